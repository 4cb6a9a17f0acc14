#include "fakeprinter.h"

#include <QSerialPort>
#include <QTcpServer>
#include <QTcpSocket>

#include <catch2/catch.hpp>

namespace storedesk::test {

namespace {

/// Runs \a f in \a context's thread and waits for it.
template<typename F>
void inThread(QObject *context, F f)
{
    QMetaObject::invokeMethod(context, f, Qt::BlockingQueuedConnection);
}

} // namespace

FakePrinter::FakePrinter()
    : m_context(new QObject)
    , m_status(std::array<quint8, 4>{0x12, 0x12, 0x12, 0x12})
{
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

FakePrinter::~FakePrinter()
{
    stopTcp();
    m_thread.quit();
    m_thread.wait();
}

quint16 FakePrinter::listenTcp()
{
    quint16 port = 0;
    inThread(m_context, [&] {
        if (!m_server) {
            m_server = new QTcpServer(m_context);
            QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    {
                        QMutexLocker lock(&m_mutex);
                        ++m_connections;
                    }
                    socket->setParent(m_server);
                    QObject::connect(socket, &QTcpSocket::readyRead, m_context,
                                     [this, socket] { onData(socket); });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                     &QObject::deleteLater);
                }
            });
        }
        // The same port again after a stop, so a printer "comes back" where it was.
        const quint16 wanted = m_server->property("port").value<quint16>();
        if (m_server->listen(QHostAddress::LocalHost, wanted))
            m_server->setProperty("port", m_server->serverPort());
        port = m_server->serverPort();
    });
    REQUIRE(port != 0);
    return port;
}

void FakePrinter::stopTcp()
{
    inThread(m_context, [&] {
        if (!m_server)
            return;
        m_server->close();
        for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>())
            socket->abort();
    });
}

void FakePrinter::openSerial(const QString &path)
{
    bool opened = false;
    QString error;
    inThread(m_context, [&] {
        auto *port = new QSerialPort(path, m_context);
        opened = port->open(QIODevice::ReadWrite);
        error = port->errorString();
        QObject::connect(port, &QSerialPort::readyRead, m_context, [this, port] { onData(port); });
    });
    INFO(error.toStdString());
    REQUIRE(opened);
}

void FakePrinter::setStatus(std::optional<std::array<quint8, 4>> answers)
{
    QMutexLocker lock(&m_mutex);
    m_status = answers;
}

void FakePrinter::dropAfter(qsizetype bytes)
{
    QMutexLocker lock(&m_mutex);
    m_dropAfter = m_received.size() + bytes;
}

QByteArray FakePrinter::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

int FakePrinter::connections() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

void FakePrinter::clear()
{
    QMutexLocker lock(&m_mutex);
    m_received.clear();
    m_tail.clear();
}

void FakePrinter::onData(QIODevice *device)
{
    QByteArray data = device->readAll();
    QByteArray answer;
    bool drop = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_dropAfter >= 0 && m_received.size() + data.size() >= m_dropAfter) {
            data = data.left(m_dropAfter - m_received.size());
            drop = true;
            m_dropAfter = -1;
        }
        m_received += data;
        // DLE EOT n anywhere in the stream, as a real printer reacts to it at once.
        const QByteArray scan = m_tail + data;
        for (qsizetype i = 0; i + 2 < scan.size(); ++i) {
            if (scan.at(i) == 0x10 && scan.at(i + 1) == 0x04 && i + 2 >= m_tail.size()) {
                const int n = scan.at(i + 2);
                if (m_status && n >= 1 && n <= 4)
                    answer.append(char((*m_status)[size_t(n - 1)]));
            }
        }
        m_tail = scan.right(2);
    }
    if (drop) {
        if (auto *socket = qobject_cast<QTcpSocket *>(device))
            socket->abort();
        return;
    }
    if (!answer.isEmpty())
        device->write(answer);
}

} // namespace storedesk::test
