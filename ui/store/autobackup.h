// Takes the store's daily backup while the window is open: at start-up and then whenever the
// day turns, copying on a worker thread so the till never waits for it. The backup settings
// (folder, how many to keep, sealed or not) are the store's; a sealed backup's key comes from
// this computer's keychain.
#pragma once

#include <QObject>
#include <QTimer>

class QThread;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class AutoBackup final : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackup(core::Store &store, QObject *parent = nullptr);
    /// Waits for a backup under way: the copy is left whole, never half-written.
    ~AutoBackup() override;

    /// Looks now, then every quarter of an hour.
    void start();
    bool isRunning() const { return m_worker != nullptr; }

public slots:
    /// Starts today's backup unless one is there or under way.
    void runIfDue();

signals:
    /// A backup ended: where it went, or why it failed (\a problem).
    void finished(const QString &message, bool problem);

private:
    core::Store &m_store;
    QTimer m_timer;
    QThread *m_worker = nullptr;
};

} // namespace storedesk::ui
