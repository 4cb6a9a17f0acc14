// A USB printer-class device file (usb:/dev/usb/lp0). Written without blocking, so a printer
// that stops taking data fails the job after a time limit instead of hanging the queue; read
// back for status when the printer is bidirectional.
#pragma once

#include "printertransport.h"

#include <QCoreApplication>
#include <QString>

namespace storedesk::devices {

class UsbTransport final : public PrinterTransport
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::UsbTransport)

public:
    explicit UsbTransport(QString path, int writeTimeoutMs = 10000);
    ~UsbTransport() override;

    void open() override;
    void write(const QByteArray &data) override;
    std::optional<QByteArray> query(const QByteArray &request, int replyBytes,
                                    int timeoutMs) override;
    void close() override;

private:
    [[noreturn]] void fail(const QString &what, int error);

    QString m_path;
    int m_writeTimeoutMs;
    int m_fd = -1;
    bool m_readable = false;
};

} // namespace storedesk::devices
