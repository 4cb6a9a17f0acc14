#include "serialscanner.h"

#include "domain/error.h"
#include "serialtransport.h"

#include <QStringDecoder>

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
        m_buffer.clear();
        m_overlong = false;
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
    m_buffer.clear();
    emit connectedChanged(false, tr("The scanner on %1 went away (%2); waiting for it to come "
                                    "back.")
                                     .arg(m_uri.path(), reason));
    if (m_running)
        m_reconnect.start();
}

void SerialScanner::readAvailable()
{
    m_buffer += m_port.readAll();
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\r' && c != '\n')
            continue;
        if (m_overlong)
            m_overlong = false; // the end of the frame that was too long
        else if (i > start)
            frame(m_buffer.mid(start, i - start));
        start = i + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxScanLength) {
        if (!m_overlong) {
            emit rejected(core::errorCodeName(core::ErrorCode::GarbledScan),
                          tr("The scanner sent more than %1 characters without an end; check "
                             "that it ends scans with Enter (CR or LF).")
                              .arg(kMaxScanLength));
        }
        m_overlong = true;
        m_buffer.clear();
    }
}

void SerialScanner::frame(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    const bool control = std::any_of(text.begin(), text.end(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (utf8.hasError() || control || bytes.size() > kMaxScanLength) {
        emit rejected(core::errorCodeName(core::ErrorCode::GarbledScan),
                      tr("The scanner sent unreadable data (%1 bytes); check its baud rate and "
                         "that it sends plain text.")
                          .arg(bytes.size()));
        return;
    }
    const QString code = text.trimmed();
    if (!code.isEmpty())
        emit scanned(code);
}

} // namespace storedesk::devices
