#include "serialtransport.h"

#include "domain/error.h"

#include <QDeadlineTimer>
#include <QSerialPort>

namespace storedesk::devices {

SerialTransport::SerialTransport(const DeviceUri &uri, int writeTimeoutMs)
    : m_uri(uri)
    , m_writeTimeoutMs(writeTimeoutMs)
{}

SerialTransport::~SerialTransport() = default;

bool SerialTransport::openPort(QSerialPort &port, const DeviceUri &uri)
{
    port.setPortName(uri.path());
    if (!port.open(QIODevice::ReadWrite))
        return false;
    const QSerialPort::Parity parity =
        uri.parity() == DeviceUri::Parity::Even  ? QSerialPort::EvenParity
        : uri.parity() == DeviceUri::Parity::Odd ? QSerialPort::OddParity
                                                 : QSerialPort::NoParity;
    const QSerialPort::FlowControl flow =
        uri.flowControl() == DeviceUri::FlowControl::RtsCts    ? QSerialPort::HardwareControl
        : uri.flowControl() == DeviceUri::FlowControl::XonXoff ? QSerialPort::SoftwareControl
                                                               : QSerialPort::NoFlowControl;
    const bool ok =
        port.setBaudRate(uri.baud()) && port.setDataBits(QSerialPort::DataBits(uri.dataBits())) &&
        port.setParity(parity) &&
        port.setStopBits(uri.stopBits() == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop) &&
        port.setFlowControl(flow);
    if (!ok)
        port.close();
    return ok;
}

void SerialTransport::fail(const QString &what)
{
    const QString reason = m_port ? m_port->errorString() : QString();
    m_port.reset();
    throw core::Error(core::ErrorCode::PrinterUnreachable,
                      tr("%1 (%2: %3)").arg(what, m_uri.path(), reason));
}

void SerialTransport::open()
{
    m_port = std::make_unique<QSerialPort>();
    if (!openPort(*m_port, m_uri))
        fail(tr("The serial port cannot be opened"));
}

void SerialTransport::write(const QByteArray &data)
{
    if (!m_port)
        open();
    if (m_port->write(data) != data.size())
        fail(tr("The printer stopped taking data"));
    while (m_port->bytesToWrite() > 0) {
        if (!m_port->waitForBytesWritten(m_writeTimeoutMs))
            fail(tr("The printer stopped taking data"));
    }
}

std::optional<QByteArray> SerialTransport::query(const QByteArray &request, int replyBytes,
                                                 int timeoutMs)
{
    if (!m_port)
        open();
    m_port->readAll();
    write(request);
    QByteArray reply;
    QDeadlineTimer deadline(timeoutMs);
    while (reply.size() < replyBytes) {
        if (m_port->bytesAvailable() == 0 &&
            !m_port->waitForReadyRead(int(std::max<qint64>(0, deadline.remainingTime())))) {
            if (m_port->error() != QSerialPort::NoError &&
                m_port->error() != QSerialPort::TimeoutError)
                fail(tr("The serial port went away in the middle of a job"));
            return std::nullopt;
        }
        reply += m_port->read(replyBytes - reply.size());
    }
    return reply;
}

void SerialTransport::close()
{
    if (!m_port)
        return;
    while (m_port->bytesToWrite() > 0) {
        if (!m_port->waitForBytesWritten(m_writeTimeoutMs))
            fail(tr("The printer stopped taking data"));
    }
    m_port->close();
    m_port.reset();
}

} // namespace storedesk::devices
