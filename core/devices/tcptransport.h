// A network printer's raw port (tcp:HOST:9100): one connection per job, closed after it, so
// other tills can print to the same printer in between.
#pragma once

#include "printertransport.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTcpSocket;

namespace storedesk::devices {

class TcpTransport final : public PrinterTransport
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::TcpTransport)

public:
    TcpTransport(QString host, quint16 port, int connectTimeoutMs = 3000,
                 int writeTimeoutMs = 10000);
    ~TcpTransport() override;

    void open() override;
    void write(const QByteArray &data) override;
    std::optional<QByteArray> query(const QByteArray &request, int replyBytes,
                                    int timeoutMs) override;
    void close() override;

private:
    [[noreturn]] void fail(const QString &what);

    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs;
    int m_writeTimeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace storedesk::devices
