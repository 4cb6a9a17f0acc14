#include "backups.h"

#include "db/database.h"
#include "db/sqlitehandle.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "security/security.h"
#include "store/storesettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace storedesk::core {

namespace {

const QString kFolder = QStringLiteral("backup.folder");
const QString kKeep = QStringLiteral("backup.keep");
const QString kEncrypt = QStringLiteral("backup.encrypt");
constexpr int kDefaultKeep = 7;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The files SQLite may leave beside a store file.
void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

/// What SQLite makes of the file at \a path before anything writes to it: its data version, or
/// not_a_backup / backup_damaged when it is not a whole SQLite file.
int inspectCopy(const QString &path, const QString &source)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QStringList problems;
    int version = 0;
    int rc = SQLITE_OK;
    auto rows = [&](const char *sql, auto &&each) {
        sqlite3_stmt *stmt = nullptr;
        rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
        while (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            each(stmt);
        if (rc == SQLITE_OK)
            rc = sqlite3_finalize(stmt);
        else
            sqlite3_finalize(stmt);
    };
    rows("PRAGMA integrity_check(20)", [&](sqlite3_stmt *stmt) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (line != u"ok")
            problems.append(line);
    });
    const int integrityRc = rc;
    if (rc == SQLITE_OK)
        rows("PRAGMA user_version",
             [&](sqlite3_stmt *stmt) { version = sqlite3_column_int(stmt, 0); });
    sqlite3_close(db);
    if ((integrityRc & 0xff) == SQLITE_NOTADB) {
        throw Error(ErrorCode::NotABackup,
                    BackupFile::tr("%1 is not a StoreDesk backup: %2")
                        .arg(native(source), Backups::tr("it is not a SQLite file.")));
    }
    if (integrityRc != SQLITE_OK || !problems.isEmpty()) {
        if (problems.isEmpty())
            problems.append(QString::fromUtf8(sqlite3_errstr(integrityRc)));
        throw Error(ErrorCode::BackupDamaged,
                    Backups::tr("The backup %1 is damaged (%2); nothing was restored. Use "
                                "another backup.")
                        .arg(native(source), problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    if (version == 0) {
        throw Error(ErrorCode::NotABackup,
                    BackupFile::tr("%1 is not a StoreDesk backup: %2")
                        .arg(native(source), Backups::tr("it holds no StoreDesk store.")));
    }
    return version;
}

} // namespace

DailyBackup::Result DailyBackup::run(const std::optional<BackupKey> &key) const
{
    Result result;
    result.backup = BackupFile::write(storePath, target, key);
    result.removed = Backups::rotate(folder, keep);
    return result;
}

Backups::Backups(Database &db, StoreSettings &settings, const Clock &clock, Security &security)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_security(security)
{}

BackupPolicy Backups::policy() const
{
    BackupPolicy p;
    p.folder = m_settings.value(kFolder);
    if (p.folder.isEmpty())
        p.folder = QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("backups"));
    bool ok = false;
    p.keep = m_settings.value(kKeep).toInt(&ok);
    if (!ok || p.keep < 1 || p.keep > BackupPolicy::kMaxKeep)
        p.keep = kDefaultKeep;
    p.encrypt = m_settings.value(kEncrypt) == u"1";
    return p;
}

void Backups::setPolicy(const BackupPolicy &policy)
{
    const QString folder = QDir::cleanPath(policy.folder.trimmed());
    if (policy.folder.trimmed().isEmpty() || QDir::isRelativePath(folder)) {
        throw Error(ErrorCode::InvalidSetting,
                    tr("The backup folder must be a full path, such as /media/usb/storedesk or "
                       "D:\\StoreDesk backups."),
                    QStringLiteral("backup_folder"));
    }
    if (policy.keep < 1 || policy.keep > BackupPolicy::kMaxKeep) {
        throw Error(ErrorCode::InvalidSetting,
                    tr("Keep between 1 and %1 daily backups.").arg(BackupPolicy::kMaxKeep),
                    QStringLiteral("backup_keep"));
    }
    Transaction tx(m_db);
    m_settings.setValue(kFolder, folder);
    m_settings.setValue(kKeep, QString::number(policy.keep));
    m_settings.setValue(kEncrypt, policy.encrypt ? QStringLiteral("1") : QStringLiteral("0"));
    tx.commit();
}

BackupInfo Backups::backUp(const QString &target, const std::optional<BackupKey> &key) const
{
    return BackupFile::write(m_db.path(), target, key);
}

std::optional<DailyBackup> Backups::dailyDue() const
{
    const BackupPolicy p = policy();
    const QDateTime local = m_clock.now().toTimeZone(m_settings.timeZone());
    const QString today =
        QStringLiteral("storedesk-%1-").arg(local.date().toString(QStringLiteral("yyyyMMdd")));
    const QDir dir(p.folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (isDailyName(name) && name.startsWith(today))
            return std::nullopt;
    }
    DailyBackup job;
    job.storePath = m_db.path();
    job.folder = p.folder;
    job.keep = p.keep;
    job.encrypt = p.encrypt;
    job.target =
        dir.filePath(today + local.time().toString(QStringLiteral("HHmmss")) +
                     (p.encrypt ? QStringLiteral(".sdbackup") : QStringLiteral(".sqlite")));
    return job;
}

bool Backups::isDailyName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^storedesk-\\d{8}-\\d{6}\\.(sqlite|sdbackup)$"));
    return pattern.match(fileName).hasMatch();
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> backups;
    const QDir dir(policy().folder);
    QStringList names = dir.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : std::as_const(names)) {
        if (!isDailyName(name))
            continue;
        try {
            backups.append(BackupFile::describe(dir.filePath(name)));
        } catch (const Error &) {
            continue; // a file with a backup's name but not one: not ours to list
        }
    }
    return backups;
}

QStringList Backups::rotate(const QString &folder, int keep)
{
    const QDir dir(folder);
    QStringList daily;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (isDailyName(name))
            daily.append(name);
    }
    QStringList removed;
    for (int i = std::max(keep, 1); i < daily.size(); ++i) {
        const QString path = dir.filePath(daily[i]);
        if (QFile::remove(path))
            removed.append(path);
    }
    return removed;
}

RestoreResult Backups::restore(const QString &file, const std::optional<BackupKey> &key)
{
    const Actor by = m_security.require(Permission::BackupRestore);
    RestoreResult result;
    result.source = QFileInfo(file).absoluteFilePath();
    // The backup is checked on a copy beside the store: bringing an older one up to date
    // writes, and the user's backup file stays as it was.
    QTemporaryFile temp(
        QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral(".storedesk-restore-XXXXXX")));
    if (!temp.open()) {
        throw Error(ErrorCode::BackupFailed,
                    tr("No room to check the backup beside the store %1: %2")
                        .arg(native(m_db.path()), temp.errorString()));
    }
    temp.close();
    const QString copyPath = temp.fileName();
    struct Cleanup
    {
        QString path;
        ~Cleanup() { removeWithCompanions(path); }
    } cleanup{copyPath};

    BackupFile::extract(file, copyPath, key);
    result.fromVersion = inspectCopy(copyPath, file);
    const int latest = Database::latestSchemaVersion();
    if (result.fromVersion > latest) {
        throw Error(ErrorCode::SchemaTooNew,
                    tr("The backup %1 was written by a newer StoreDesk (data version %2; this "
                       "program knows up to %3). Install the newer StoreDesk to restore it.")
                        .arg(native(file))
                        .arg(result.fromVersion)
                        .arg(latest));
    }
    Database copy(copyPath);
    result.toVersion = copy.migrate().to;
    result.check = StoreCheck::run(copy);
    if (!result.check.ok()) {
        throw Error(ErrorCode::CheckFailed,
                    tr("The backup %1 does not pass the store check (%2); nothing was restored. "
                       "Use another backup.")
                        .arg(native(file), result.check.failed().join(QStringLiteral(", "))));
    }
    sqlite3 *from = sqliteHandle(copy.connection());
    sqlite3 *to = sqliteHandle(m_db.connection());
    auto pageSize = [](const Database &db) {
        QSqlQuery q = db.exec(QStringLiteral("PRAGMA page_size"));
        return q.next() ? q.value(0).toInt() : 0;
    };
    if (!from || !to || pageSize(copy) != pageSize(m_db)) {
        // SQLite cannot copy between WAL files of different page sizes.
        throw Error(ErrorCode::BackupFailed,
                    tr("The backup %1 uses another page size than the store; nothing was "
                       "restored.")
                        .arg(native(file)));
    }

    const QString stamp =
        m_clock.now().toTimeZone(m_settings.timeZone()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString storeFile = QFileInfo(m_db.path()).absoluteFilePath();
    result.replacedCopy = storeFile + QStringLiteral(".replaced-") + stamp;
    for (int n = 2; QFileInfo::exists(result.replacedCopy); ++n)
        result.replacedCopy = storeFile + QStringLiteral(".replaced-%1-%2").arg(stamp).arg(n);
    BackupFile::write(m_db.path(), result.replacedCopy, std::nullopt);

    const int rc = sqliteOnlineCopy(from, to);
    if (rc != SQLITE_OK)
        throw storeError(rc, m_db.path(), QString::fromUtf8(sqlite3_errstr(rc)));
    // The restored books have their own users: the one who restored is named on their trail,
    // but not as one of them.
    m_security.endSession();
    m_security.audit().record(
        Actor{0, by.name, 0, by.approverName}, QStringLiteral("backup_restored"),
        QFileInfo(file).fileName(),
        {{QStringLiteral("replaced"), QFileInfo(result.replacedCopy).fileName()},
         {QStringLiteral("from_version"), result.fromVersion}});
    return result;
}

} // namespace storedesk::core
