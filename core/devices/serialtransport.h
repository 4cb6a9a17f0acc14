// A printer on a serial port (RS-232 or a USB-serial adapter): baud rate, data bits, parity,
// stop bits and flow control from its URI.
#pragma once

#include "deviceuri.h"
#include "printertransport.h"

#include <QCoreApplication>

#include <memory>

class QSerialPort;

namespace storedesk::devices {

class SerialTransport final : public PrinterTransport
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::SerialTransport)

public:
    /// \a uri must be a serial URI.
    explicit SerialTransport(const DeviceUri &uri, int writeTimeoutMs = 10000);
    ~SerialTransport() override;

    void open() override;
    void write(const QByteArray &data) override;
    std::optional<QByteArray> query(const QByteArray &request, int replyBytes,
                                    int timeoutMs) override;
    void close() override;

    /// Opens \a port with the URI's settings (shared with the serial scanner). Answers false
    /// with the port's error when it cannot.
    static bool openPort(QSerialPort &port, const DeviceUri &uri);

private:
    [[noreturn]] void fail(const QString &what);

    DeviceUri m_uri;
    int m_writeTimeoutMs;
    std::unique_ptr<QSerialPort> m_port;
};

} // namespace storedesk::devices
