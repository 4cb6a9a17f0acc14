// A barcode scanner on a serial or USB-CDC port (serial:/dev/ttyACM0?baud=9600). Each scan is a
// frame ended by CR, LF or both; partial reads wait for the rest. Garbled frames are reported,
// not delivered. When the device goes away (unplugged) it is opened again as soon as it is back.
#pragma once

#include "deviceuri.h"
#include "scanframes.h"

#include <QByteArray>
#include <QObject>
#include <QSerialPort>
#include <QTimer>

namespace storedesk::devices {

class SerialScanner final : public QObject
{
    Q_OBJECT

public:
    explicit SerialScanner(const DeviceUri &uri, QObject *parent = nullptr);

    bool isConnected() const { return m_port.isOpen(); }
    void setReconnectInterval(int ms) { m_reconnect.setInterval(ms); }
    /// The longest scan accepted; longer frames are reported as garbled.
    static constexpr int kMaxScanLength = ScanFrames::kMaxScanLength;

public slots:
    /// Opens the port, or keeps trying until it can.
    void start();
    void stop();

signals:
    void scanned(const QString &code);
    /// A frame that is not a scan (line noise, a wrong baud rate): \a code is garbled_scan.
    void rejected(const QString &code, const QString &message);
    void connectedChanged(bool connected, const QString &message);

private:
    void tryOpen();
    void readAvailable();
    void lost();

    DeviceUri m_uri;
    QSerialPort m_port;
    QTimer m_reconnect;
    ScanFrames m_frames;
    bool m_running = false;
};

} // namespace storedesk::devices
