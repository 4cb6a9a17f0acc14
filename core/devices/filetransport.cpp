#include "filetransport.h"

#include "domain/error.h"

namespace storedesk::devices {

FileTransport::FileTransport(const QString &path)
    : m_file(path)
{}

void FileTransport::fail(const QString &what)
{
    const QString reason = m_file.errorString();
    m_file.close();
    throw core::Error(core::ErrorCode::PrinterUnreachable,
                      tr("%1 (%2: %3)").arg(what, m_file.fileName(), reason));
}

void FileTransport::open()
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        fail(tr("The file cannot be written"));
}

void FileTransport::write(const QByteArray &data)
{
    open();
    if (m_file.write(data) != data.size())
        fail(tr("The file cannot be written"));
}

std::optional<QByteArray> FileTransport::query(const QByteArray &, int, int)
{
    return std::nullopt; // nobody answers; the file keeps only what is printed
}

void FileTransport::close()
{
    if (!m_file.isOpen())
        return;
    if (!m_file.flush())
        fail(tr("The file cannot be written"));
    m_file.close();
}

} // namespace storedesk::devices
