#include "tcptransport.h"

#include "domain/error.h"

#include <QDeadlineTimer>
#include <QTcpSocket>

namespace storedesk::devices {

TcpTransport::TcpTransport(QString host, quint16 port, int connectTimeoutMs, int writeTimeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_writeTimeoutMs(writeTimeoutMs)
{}

TcpTransport::~TcpTransport()
{
    if (m_socket)
        m_socket->abort();
}

void TcpTransport::fail(const QString &what)
{
    const QString reason = m_socket ? m_socket->errorString() : QString();
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
    throw core::Error(core::ErrorCode::PrinterUnreachable,
                      tr("%1 (%2:%3: %4)").arg(what, m_host).arg(m_port).arg(reason));
}

void TcpTransport::open()
{
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(m_connectTimeoutMs))
        fail(tr("The printer did not accept a connection"));
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void TcpTransport::write(const QByteArray &data)
{
    if (!m_socket)
        open();
    if (m_socket->write(data) != data.size())
        fail(tr("The printer stopped taking data"));
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_writeTimeoutMs))
            fail(tr("The printer stopped taking data"));
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        fail(tr("The printer closed the connection in the middle of a job"));
}

std::optional<QByteArray> TcpTransport::query(const QByteArray &request, int replyBytes,
                                              int timeoutMs)
{
    if (!m_socket)
        open();
    m_socket->readAll(); // whatever the printer sent on its own is not the answer
    write(request);
    QByteArray reply;
    QDeadlineTimer deadline(timeoutMs);
    while (reply.size() < replyBytes) {
        if (m_socket->bytesAvailable() == 0 &&
            !m_socket->waitForReadyRead(int(std::max<qint64>(0, deadline.remainingTime())))) {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                fail(tr("The printer closed the connection in the middle of a job"));
            return std::nullopt; // silent: it does not answer status queries
        }
        reply += m_socket->read(replyBytes - reply.size());
    }
    return reply;
}

void TcpTransport::close()
{
    if (!m_socket)
        return;
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_writeTimeoutMs))
            fail(tr("The printer stopped taking data"));
    }
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->waitForDisconnected(m_writeTimeoutMs);
    m_socket.reset();
}

} // namespace storedesk::devices
