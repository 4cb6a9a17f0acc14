// The store's backups: the policy (folder, how many to keep, sealed or not) kept in the store,
// the automatic daily backup with its rotation, the list of what the folder holds, and restore,
// which checks a backup whole before it replaces anything and keeps what it replaced.
#pragma once

#include "io/backupfile.h"
#include "store/storecheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;
class Security;
class StoreSettings;

struct BackupPolicy
{
    QString folder; ///< where the daily backups go
    int keep = 7;   ///< how many daily backups stay; older ones are deleted
    bool encrypt = false;

    static constexpr int kMaxKeep = 366;
};

/// Today's automatic backup, planned on the thread that owns the store and run on any thread.
struct DailyBackup
{
    QString storePath;
    QString target;
    QString folder;
    int keep = 7;
    bool encrypt = false;

    struct Result
    {
        BackupInfo backup;
        QStringList removed; ///< older backups the rotation deleted
    };
    /// Writes the backup, then deletes the oldest automatic backups beyond keep. Touches no
    /// Qt connection, so it may run on a worker thread. Throws like BackupFile::write.
    Result run(const std::optional<BackupKey> &key) const;
};

struct RestoreResult
{
    QString source;
    QString replacedCopy; ///< the store as it was before, beside it
    int fromVersion = 0;  ///< the backup's data version, before it was brought up to date
    int toVersion = 0;
    CheckReport check;
};

class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::Backups)

public:
    Backups(Database &db, StoreSettings &settings, const Clock &clock, Security &security);

    /// The folder defaults to "backups" beside the store, keep to 7, unsealed.
    BackupPolicy policy() const;
    /// Throws invalid_setting for an empty or relative folder, or keep outside 1 to 366;
    /// nothing changes then.
    void setPolicy(const BackupPolicy &policy);

    /// A backup of this store at \a target now; see BackupFile::write.
    BackupInfo backUp(const QString &target, const std::optional<BackupKey> &key) const;

    /// Today's automatic backup, when the folder holds none from today (the store's day) yet.
    std::optional<DailyBackup> dailyDue() const;
    /// The automatic backups in the policy's folder, newest first.
    QList<BackupInfo> list() const;
    /// Deletes the oldest automatic backups in \a folder beyond \a keep; answers their paths.
    /// Other files in the folder are never touched.
    static QStringList rotate(const QString &folder, int keep);
    /// Whether \a fileName is one of the automatic backups' names.
    static bool isDailyName(const QString &fileName);

    /// Replaces this store with the backup at \a file. First the backup is checked on a copy:
    /// it must be whole (integrity_check), hold a store of this or an earlier data version (an
    /// earlier one is brought up to date) and pass every StoreCheck. Then the store as it is
    /// now is copied beside it (store.sqlite.replaced-YYYYMMDD-HHMMSS), and the backup is
    /// written into the open store with SQLite's online backup, so other programs holding it
    /// open see the restored books. Throws not_a_backup, backup_key_missing,
    /// backup_wrong_key, backup_damaged, schema_too_new or check_failed with the store as it
    /// was; backup_failed, disk_full or store_busy when the copy beside it cannot be made.
    /// Needs the owner (backup_restore). Afterwards no one is signed in (the restored books
    /// have their own users), and the restored trail says who restored it, from which file.
    RestoreResult restore(const QString &file, const std::optional<BackupKey> &key);

private:
    Database &m_db;
    StoreSettings &m_settings;
    const Clock &m_clock;
    Security &m_security;
};

} // namespace storedesk::core
