// A thread of its own for talking to hardware: connecting to a printer that is switched off can
// take seconds, and the cashier's screen must not freeze meanwhile. Work runs there one piece at
// a time, in order; its result comes back in the owner's thread.
#pragma once

#include "domain/error.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace storedesk::devices {

class DeviceThread final : public QObject
{
    Q_OBJECT

public:
    explicit DeviceThread(QObject *parent = nullptr);
    ~DeviceThread() override;

    /// Runs \a work on the device thread, then \a done in this object's thread with the
    /// core::Error \a work threw, if any. \a work must only touch objects it owns or that no
    /// other thread uses meanwhile. Once stop() has begun, work is dropped unrun (a print job
    /// stays waiting in the store for the next start).
    void run(std::function<void()> work,
             std::function<void(const std::optional<core::Error> &)> done);
    /// Pieces of work given and not yet done.
    int pending() const { return m_pending; }
    /// Finishes the work under way, delivers its results and stops the thread. The owner calls
    /// this first in its destructor, while what the results touch still exists.
    void stop();

private:
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives in m_thread; work is queued to it
    int m_pending = 0;
    bool m_stopping = false;
};

} // namespace storedesk::devices
