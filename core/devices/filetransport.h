// A file standing in for a printer (file:PATH): every job is appended, so a test or a preview
// sees exactly the bytes a printer would have had. A file never answers status queries.
#pragma once

#include "printertransport.h"

#include <QCoreApplication>
#include <QFile>

namespace storedesk::devices {

class FileTransport final : public PrinterTransport
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::FileTransport)

public:
    explicit FileTransport(const QString &path);

    void open() override;
    void write(const QByteArray &data) override;
    std::optional<QByteArray> query(const QByteArray &request, int replyBytes,
                                    int timeoutMs) override;
    void close() override;

private:
    [[noreturn]] void fail(const QString &what);

    QFile m_file;
};

} // namespace storedesk::devices
