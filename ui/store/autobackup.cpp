#include "autobackup.h"

#include "backupkeystore.h"
#include "domain/error.h"
#include "store/store.h"

#include <QDir>
#include <QThread>

#include <memory>
#include <variant>

namespace storedesk::ui {

AutoBackup::AutoBackup(core::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::runIfDue);
}

AutoBackup::~AutoBackup()
{
    if (m_worker)
        m_worker->wait();
}

void AutoBackup::start()
{
    runIfDue();
    m_timer.start();
}

void AutoBackup::runIfDue()
{
    if (m_worker)
        return;
    std::optional<core::DailyBackup> due;
    std::optional<core::BackupKey> key;
    try {
        due = m_store.backups().dailyDue();
        if (!due)
            return;
        if (due->encrypt)
            key = keystore::BackupKeyStore().loadOrCreate();
    } catch (const core::Error &error) {
        emit finished(tr("Today's backup was not taken: %1").arg(error.message()), true);
        return;
    }
    // The worker copies through SQLite connections of its own; the result comes back here.
    auto outcome = std::make_shared<std::variant<core::DailyBackup::Result, core::Error>>(
        core::Error(core::ErrorCode::BackupFailed, QString()));
    m_worker = QThread::create([job = *due, key, outcome] {
        try {
            *outcome = job.run(key);
        } catch (const core::Error &error) {
            *outcome = error;
        }
    });
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (const auto *error = std::get_if<core::Error>(outcome.get())) {
            emit finished(tr("Today's backup was not taken: %1").arg(error->message()), true);
            return;
        }
        const auto &done = std::get<core::DailyBackup::Result>(*outcome);
        emit finished(tr("Backed up to %1.").arg(QDir::toNativeSeparators(done.backup.path)),
                      false);
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace storedesk::ui
