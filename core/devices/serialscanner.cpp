#include "serialscanner.h"

#include "domain/error.h"
#include "serialtransport.h"

namespace storedesk::devices {

SerialScanner::SerialScanner(const DeviceUri &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
{
    m_reconnect.setInterval(1000);
    connect(&m_reconnect, &QTimer::timeout, this, &SerialScanner::tryOpen);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::readAvailable);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e != QSerialPort::NoError && e != QSerialPort::TimeoutError && m_port.isOpen())
            lost();
    });
}

void SerialScanner::start()
{
    m_running = true;
    tryOpen();
}

void SerialScanner::stop()
{
    m_running = false;
    m_reconnect.stop();
    if (m_port.isOpen())
        m_port.close();
}

void SerialScanner::tryOpen()
{
    if (!m_running || m_port.isOpen())
        return;
    if (SerialTransport::openPort(m_port, m_uri)) {
        m_reconnect.stop();
        m_frames.clear();
        emit connectedChanged(true, tr("Scanner ready on %1.").arg(m_uri.path()));
        return;
    }
    if (!m_reconnect.isActive()) {
        emit connectedChanged(false, tr("The scanner on %1 cannot be opened (%2); trying again.")
                                         .arg(m_uri.path(), m_port.errorString()));
        m_reconnect.start();
    }
}

void SerialScanner::lost()
{
    const QString reason = m_port.errorString();
    m_port.close();
    m_frames.clear();
    emit connectedChanged(false, tr("The scanner on %1 went away (%2); waiting for it to come "
                                    "back.")
                                     .arg(m_uri.path(), reason));
    if (m_running)
        m_reconnect.start();
}

void SerialScanner::readAvailable()
{
    for (const ScanFrame &f : m_frames.feed(m_port.readAll())) {
        if (f.problem.isEmpty())
            emit scanned(f.code);
        else
            emit rejected(core::errorCodeName(core::ErrorCode::GarbledScan), f.problem);
    }
}

} // namespace storedesk::devices
