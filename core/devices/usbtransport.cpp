#include "usbtransport.h"

#include "domain/error.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace storedesk::devices {

UsbTransport::UsbTransport(QString path, int writeTimeoutMs)
    : m_path(std::move(path))
    , m_writeTimeoutMs(writeTimeoutMs)
{}

UsbTransport::~UsbTransport()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void UsbTransport::fail(const QString &what, int error)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    const QString reason = error ? QString::fromLocal8Bit(std::strerror(error)) : QString();
    throw core::Error(core::ErrorCode::PrinterUnreachable,
                      tr("%1 (%2: %3)").arg(what, m_path, reason));
}

void UsbTransport::open()
{
    const QByteArray path = QFile::encodeName(m_path);
    m_fd = ::open(path.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    m_readable = m_fd >= 0;
    if (m_fd < 0 && (errno == EACCES || errno == EROFS)) // some printers are write-only
        m_fd = ::open(path.constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        fail(tr("The printer device cannot be opened"), errno);
}

void UsbTransport::write(const QByteArray &data)
{
    if (m_fd < 0)
        open();
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n > 0) {
            p += n;
            left -= n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN)
            fail(tr("The printer stopped taking data"), errno);
        pollfd fd{m_fd, POLLOUT, 0};
        const int ready = ::poll(&fd, 1, m_writeTimeoutMs);
        if (ready == 0)
            fail(tr("The printer has not taken data for %1 seconds").arg(m_writeTimeoutMs / 1000),
                 0);
        if (ready < 0 && errno != EINTR)
            fail(tr("The printer stopped taking data"), errno);
        if (fd.revents & (POLLERR | POLLHUP))
            fail(tr("The printer device went away in the middle of a job"), EIO);
    }
}

std::optional<QByteArray> UsbTransport::query(const QByteArray &request, int replyBytes,
                                              int timeoutMs)
{
    if (m_fd < 0)
        open();
    if (!m_readable)
        return std::nullopt;
    char scratch[256];
    while (::read(m_fd, scratch, sizeof scratch) > 0) { // drop what came unasked
    }
    write(request);
    QByteArray reply;
    QDeadlineTimer deadline(timeoutMs);
    while (reply.size() < replyBytes) {
        pollfd fd{m_fd, POLLIN, 0};
        const int ready = ::poll(&fd, 1, int(std::max<qint64>(0, deadline.remainingTime())));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return std::nullopt;
        if ((fd.revents & (POLLERR | POLLHUP)) && !(fd.revents & POLLIN))
            fail(tr("The printer device went away in the middle of a job"), EIO);
        const ssize_t n = ::read(m_fd, scratch, size_t(replyBytes - reply.size()));
        if (n > 0)
            reply.append(scratch, n);
        else if (n == 0 || (errno != EAGAIN && errno != EINTR))
            return std::nullopt;
    }
    return reply;
}

void UsbTransport::close()
{
    if (m_fd >= 0) {
        const int rc = ::close(m_fd);
        m_fd = -1;
        if (rc != 0 && errno != EINTR)
            fail(tr("The printer device did not take the last data"), errno);
    }
}

} // namespace storedesk::devices
