// Where a printer or a scanner is, written as one URI a person can type and a setting can hold:
// serial:/dev/ttyUSB0?baud=9600, usb:/dev/usb/lp0, tcp:192.168.1.50:9100, file:/tmp/r.bin,
// qprinter:NAME, and hid for a keyboard-wedge scanner.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace storedesk::devices {

class DeviceUri final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::DeviceUri)

public:
    enum class Kind
    {
        Serial,
        Usb,
        Tcp,
        File,
        QPrinter,
        Hid,
    };
    enum class Parity
    {
        None,
        Even,
        Odd,
    };
    enum class FlowControl
    {
        None,
        RtsCts,
        XonXoff,
    };

    /// Throws invalid_device_uri, saying what is wrong, for anything it cannot read.
    static DeviceUri parse(const QString &text);
    /// As parse(), and also refuses kinds that are not printers (hid).
    static DeviceUri parsePrinter(const QString &text);
    /// As parse(), and also refuses kinds that are not scanners (only serial and hid are).
    static DeviceUri parseScanner(const QString &text);

    Kind kind() const { return m_kind; }
    /// The device or file path (serial, usb, file) or the printer's name (qprinter).
    const QString &path() const { return m_path; }
    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    qint32 baud() const { return m_baud; }
    int dataBits() const { return m_dataBits; }
    Parity parity() const { return m_parity; }
    int stopBits() const { return m_stopBits; }
    FlowControl flowControl() const { return m_flow; }

    /// The URI in its canonical spelling (defaults written out for serial ports).
    QString toString() const;
    /// The stable word for the kind ("serial", "tcp", …), as in the URI.
    QString kindName() const;

private:
    DeviceUri() = default;

    Kind m_kind = Kind::File;
    QString m_path;
    QString m_host;
    quint16 m_port = 0;
    qint32 m_baud = 9600;
    int m_dataBits = 8;
    Parity m_parity = Parity::None;
    int m_stopBits = 1;
    FlowControl m_flow = FlowControl::None;
};

} // namespace storedesk::devices
