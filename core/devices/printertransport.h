// The wire to a receipt printer: a serial port, a USB printer device, a TCP port 9100 or a file.
// Blocking calls with time limits, used from the print queue's own thread or from the CLI.
// Every failure throws printer_unreachable with a translated reason.
#pragma once

#include <QByteArray>

#include <optional>

namespace storedesk::devices {

class PrinterTransport
{
public:
    virtual ~PrinterTransport() = default;

    /// Opens the connection or device. Throws printer_unreachable.
    virtual void open() = 0;
    /// Hands every byte of \a data over, or throws printer_unreachable.
    virtual void write(const QByteArray &data) = 0;
    /// Sends \a request and waits up to \a timeoutMs for \a replyBytes bytes. nullopt when
    /// no (full) answer came in time — many printers never answer; throws printer_unreachable
    /// when the connection broke instead.
    virtual std::optional<QByteArray> query(const QByteArray &request, int replyBytes,
                                            int timeoutMs) = 0;
    /// Waits until what was written has left and closes. Throws printer_unreachable when it
    /// could not be delivered.
    virtual void close() = 0;
};

} // namespace storedesk::devices
