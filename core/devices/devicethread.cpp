#include "devicethread.h"

#include <QCoreApplication>

namespace storedesk::devices {

DeviceThread::DeviceThread(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("storedesk-devices"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DeviceThread::~DeviceThread()
{
    stop();
}

void DeviceThread::run(std::function<void()> work,
                       std::function<void(const std::optional<core::Error> &)> done)
{
    if (m_stopping)
        return; // what a finishing result asks for next waits for the next start
    ++m_pending;
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work), done = std::move(done)]() {
            std::optional<core::Error> failure;
            try {
                work();
            } catch (const core::Error &e) {
                failure = e;
            } catch (const std::exception &e) {
                failure = core::Error(core::ErrorCode::PrinterUnreachable,
                                      QString::fromLocal8Bit(e.what()));
            }
            QMetaObject::invokeMethod(
                this,
                [this, done, failure]() {
                    --m_pending;
                    if (done)
                        done(failure);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DeviceThread::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
    // What finished meanwhile is reported now, so a printed job is marked printed.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace storedesk::devices
