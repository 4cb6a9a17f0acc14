#include "deviceuri.h"

#include "domain/error.h"

#include <QHostAddress>

namespace storedesk::devices {

namespace {

constexpr quint16 kRawPrintPort = 9100;

[[noreturn]] void refuse(const QString &message)
{
    throw core::Error(core::ErrorCode::InvalidDeviceUri, message, QStringLiteral("uri"));
}

/// The serial options after '?': baud, data, parity, stop, flow — each at most once.
void readSerialOptions(const QString &query, const QString &uri, qint32 &baud, int &dataBits,
                       DeviceUri::Parity &parity, int &stopBits, DeviceUri::FlowControl &flow)
{
    if (query.isEmpty())
        return;
    QStringList seen;
    for (const QString &pair : query.split(u'&')) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = eq < 0 ? pair : pair.left(eq);
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        if (seen.contains(key)) {
            refuse(DeviceUri::tr("“%1” gives %2 twice.").arg(uri, key));
        }
        seen.append(key);
        bool ok = false;
        if (key == u"baud") {
            static const QList<qint32> rates = {1200,  2400,  4800,   9600,   19200,
                                                38400, 57600, 115200, 230400, 460800};
            baud = value.toInt(&ok);
            if (!ok || !rates.contains(baud)) {
                refuse(DeviceUri::tr("%1 is not a baud rate a serial port runs at; use one of "
                                     "1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, "
                                     "230400 or 460800.")
                           .arg(value.isEmpty() ? DeviceUri::tr("An empty value") : value));
            }
        } else if (key == u"data") {
            dataBits = value.toInt(&ok);
            if (!ok || dataBits < 5 || dataBits > 8)
                refuse(DeviceUri::tr("Data bits are 5, 6, 7 or 8, not “%1”.").arg(value));
        } else if (key == u"parity") {
            if (value == u"none")
                parity = DeviceUri::Parity::None;
            else if (value == u"even")
                parity = DeviceUri::Parity::Even;
            else if (value == u"odd")
                parity = DeviceUri::Parity::Odd;
            else
                refuse(DeviceUri::tr("Parity is none, even or odd, not “%1”.").arg(value));
        } else if (key == u"stop") {
            stopBits = value.toInt(&ok);
            if (!ok || (stopBits != 1 && stopBits != 2))
                refuse(DeviceUri::tr("Stop bits are 1 or 2, not “%1”.").arg(value));
        } else if (key == u"flow") {
            if (value == u"none")
                flow = DeviceUri::FlowControl::None;
            else if (value == u"rtscts")
                flow = DeviceUri::FlowControl::RtsCts;
            else if (value == u"xonxoff")
                flow = DeviceUri::FlowControl::XonXoff;
            else
                refuse(
                    DeviceUri::tr("Flow control is none, rtscts or xonxoff, not “%1”.").arg(value));
        } else {
            refuse(DeviceUri::tr("A serial port takes baud, data, parity, stop and flow, not "
                                 "“%1”.")
                       .arg(key));
        }
    }
}

QString parityName(DeviceUri::Parity parity)
{
    switch (parity) {
    case DeviceUri::Parity::None:
        return QStringLiteral("none");
    case DeviceUri::Parity::Even:
        return QStringLiteral("even");
    case DeviceUri::Parity::Odd:
        return QStringLiteral("odd");
    }
    return QStringLiteral("none");
}

QString flowName(DeviceUri::FlowControl flow)
{
    switch (flow) {
    case DeviceUri::FlowControl::None:
        return QStringLiteral("none");
    case DeviceUri::FlowControl::RtsCts:
        return QStringLiteral("rtscts");
    case DeviceUri::FlowControl::XonXoff:
        return QStringLiteral("xonxoff");
    }
    return QStringLiteral("none");
}

} // namespace

DeviceUri DeviceUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        refuse(tr("No device was given."));
    DeviceUri uri;
    if (text == u"hid") {
        uri.m_kind = Kind::Hid;
        return uri;
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0) {
        refuse(tr("“%1” is not a device: write serial:/dev/ttyUSB0?baud=9600, usb:/dev/usb/lp0, "
                  "tcp:HOST:9100, file:PATH or qprinter:NAME.")
                   .arg(text));
    }
    const QString scheme = text.left(colon);
    const QString rest = text.mid(colon + 1);
    if (scheme == u"serial") {
        uri.m_kind = Kind::Serial;
        const qsizetype question = rest.indexOf(u'?');
        uri.m_path = question < 0 ? rest : rest.left(question);
        readSerialOptions(question < 0 ? QString() : rest.mid(question + 1), text, uri.m_baud,
                          uri.m_dataBits, uri.m_parity, uri.m_stopBits, uri.m_flow);
        if (uri.m_path.isEmpty())
            refuse(tr("“%1” names no serial port (serial:/dev/ttyUSB0).").arg(text));
    } else if (scheme == u"usb") {
        uri.m_kind = Kind::Usb;
        uri.m_path = rest;
        if (uri.m_path.isEmpty())
            refuse(tr("“%1” names no printer device (usb:/dev/usb/lp0).").arg(text));
    } else if (scheme == u"file") {
        uri.m_kind = Kind::File;
        uri.m_path = rest;
        if (uri.m_path.isEmpty())
            refuse(tr("“%1” names no file.").arg(text));
    } else if (scheme == u"qprinter") {
        uri.m_kind = Kind::QPrinter;
        uri.m_path = rest.trimmed(); // empty: the system's default printer
    } else if (scheme == u"tcp") {
        uri.m_kind = Kind::Tcp;
        QString host = rest;
        QString port;
        if (rest.startsWith(u'[')) { // [::1]:9100
            const qsizetype close = rest.indexOf(u']');
            if (close < 0)
                refuse(tr("“%1” opens an IPv6 address with [ but never closes it.").arg(text));
            host = rest.mid(1, close - 1);
            const QString after = rest.mid(close + 1);
            if (!after.isEmpty() && !after.startsWith(u':'))
                refuse(tr("“%1”: write the port after the address as :9100.").arg(text));
            port = after.mid(1);
        } else if (const qsizetype last = rest.lastIndexOf(u':'); last >= 0) {
            host = rest.left(last);
            port = rest.mid(last + 1);
        }
        if (host.isEmpty() || (host.contains(u':') && QHostAddress(host).isNull()) ||
            host.contains(u'/') || host.contains(u' ')) {
            refuse(tr("“%1” names no printer host (tcp:192.168.1.50:9100).").arg(text));
        }
        uri.m_host = host;
        uri.m_port = kRawPrintPort;
        if (!port.isNull()) {
            bool ok = false;
            const int n = port.toInt(&ok);
            if (!ok || n < 1 || n > 65535)
                refuse(tr("%1 is not a TCP port: use 1 to 65535 (printers listen on 9100).")
                           .arg(port.isEmpty() ? tr("An empty value") : port));
            uri.m_port = quint16(n);
        }
    } else {
        refuse(tr("“%1” is not a kind of device StoreDesk drives: use serial, usb, tcp, file or "
                  "qprinter.")
                   .arg(scheme));
    }
    return uri;
}

DeviceUri DeviceUri::parsePrinter(const QString &text)
{
    const DeviceUri uri = parse(text);
    if (uri.kind() == Kind::Hid)
        refuse(tr("hid is a scanner, not a printer."));
    return uri;
}

DeviceUri DeviceUri::parseScanner(const QString &text)
{
    const DeviceUri uri = parse(text);
    if (uri.kind() != Kind::Hid && uri.kind() != Kind::Serial) {
        refuse(tr("A scanner is hid (it types like a keyboard) or serial:/dev/ttyACM0?baud=9600, "
                  "not “%1”.")
                   .arg(text.trimmed()));
    }
    return uri;
}

QString DeviceUri::kindName() const
{
    switch (m_kind) {
    case Kind::Serial:
        return QStringLiteral("serial");
    case Kind::Usb:
        return QStringLiteral("usb");
    case Kind::Tcp:
        return QStringLiteral("tcp");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::QPrinter:
        return QStringLiteral("qprinter");
    case Kind::Hid:
        return QStringLiteral("hid");
    }
    return {};
}

QString DeviceUri::toString() const
{
    switch (m_kind) {
    case Kind::Serial:
        return QStringLiteral("serial:%1?baud=%2&data=%3&parity=%4&stop=%5&flow=%6")
            .arg(m_path)
            .arg(m_baud)
            .arg(m_dataBits)
            .arg(parityName(m_parity))
            .arg(m_stopBits)
            .arg(flowName(m_flow));
    case Kind::Tcp:
        return m_host.contains(u':') ? QStringLiteral("tcp:[%1]:%2").arg(m_host).arg(m_port)
                                     : QStringLiteral("tcp:%1:%2").arg(m_host).arg(m_port);
    case Kind::Hid:
        return kindName();
    case Kind::Usb:
    case Kind::File:
    case Kind::QPrinter:
        return kindName() + u':' + m_path;
    }
    return {};
}

} // namespace storedesk::devices
