// Test side: a receipt printer on loopback TCP port or on the far end of a socat pty pair, in a
// thread of its own (the code under test blocks while it talks to it). Answers DLE EOT status
// queries with the bytes it is given, or stays silent like many network printers; can drop
// the connection in the middle of a job.
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThread>

#include <array>
#include <optional>

class QIODevice;
class QTcpServer;

namespace storedesk::test {

class FakePrinter final
{
public:
    FakePrinter();
    ~FakePrinter();

    /// Listens on 127.0.0.1; answers the port.
    quint16 listenTcp();
    /// Stops listening and drops every connection (the printer is switched off).
    void stopTcp();
    /// Opens the pty at \a path (the peer end of a socat pair).
    void openSerial(const QString &path);

    /// The four status answers; nullopt: never answers.
    void setStatus(std::optional<std::array<quint8, 4>> answers);
    /// Drops the connection once, after \a bytes bytes of the next job arrived.
    void dropAfter(qsizetype bytes);

    QByteArray received() const;
    int connections() const;
    void clear();

private:
    void onData(QIODevice *device);

    QThread m_thread;
    QObject *m_context = nullptr;
    mutable QMutex m_mutex;
    QByteArray m_received;
    QByteArray m_tail; ///< the last bytes, for a query split across reads
    std::optional<std::array<quint8, 4>> m_status;
    qsizetype m_dropAfter = -1;
    int m_connections = 0;
    QTcpServer *m_server = nullptr; ///< lives in m_thread
};

} // namespace storedesk::test
