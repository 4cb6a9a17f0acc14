#include "database.h"

#include "domain/error.h"
#include "sqlitehandle.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStorageInfo>

#include <map>
#include <sqlite3.h>

namespace storedesk::core {

namespace {

[[noreturn]] void throwSqlError(const QSqlError &error, const QString &path, const QString &context)
{
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode);
    throw storeError(isCode ? code : SQLITE_ERROR, path,
                     QStringLiteral("%1: %2").arg(context, error.text().trimmed()));
}

/// The migration scripts compiled into the program, by the version each one leads to.
std::map<int, QString> migrationScripts()
{
    std::map<int, QString> scripts;
    const QDir dir(QStringLiteral(":/storedesk/migrations"));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = info.fileName().section(u'_', 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            scripts.emplace(version, QString::fromUtf8(file.readAll()));
    }
    return scripts;
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("storedesk-%1").arg(counter.fetchAndAddRelaxed(1));

    const QFileInfo info(path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        throw Error(ErrorCode::DatabaseError,
                    Database::tr("The folder %1 could not be created.").arg(info.absolutePath()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throwSqlError(error, path, path);
    }
    try {
        // busy_timeout first: setting WAL needs a lock another program may hold right now.
        exec(QStringLiteral("PRAGMA busy_timeout = 8000"));
        QSqlQuery mode = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode.next() ||
            mode.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
            throw Error(
                ErrorCode::DatabaseError,
                Database::tr("The store %1 cannot use write-ahead logging; is it on a network "
                             "drive or read-only?")
                    .arg(path));
        }
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (...) {
        db.close();
        db = QSqlDatabase(); // the last handle, so the connection can go without a warning
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query = exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

int Database::latestSchemaVersion()
{
    const auto scripts = migrationScripts();
    return scripts.empty() ? 0 : scripts.rbegin()->first;
}

MigrationResult Database::migrate()
{
    const auto scripts = migrationScripts();
    MigrationResult result;
    const int latest = scripts.empty() ? 0 : scripts.rbegin()->first;
    result.from = schemaVersion();
    if (result.from != latest) {
        // Read the version again under the write lock, so two programs opening a new store at
        // once cannot both apply the same step. An up-to-date store needs no lock at all, and
        // so opens on a read-only disk too.
        Transaction probe(*this);
        result.from = schemaVersion();
    }
    result.to = result.from;
    if (result.from > latest) {
        throw Error(
            ErrorCode::SchemaTooNew,
            Database::tr("The store %1 was written by a newer StoreDesk (data version %2; this "
                         "program knows up to %3). Install the newer StoreDesk to open it.")
                .arg(m_path)
                .arg(result.from)
                .arg(latest));
    }
    sqlite3 *handle = nativeHandle();
    if (!handle)
        throw Error(ErrorCode::DatabaseError, Database::tr("The SQLite driver is not available."));

    for (const auto &[version, script] : scripts) {
        Transaction tx(*this);
        if (schemaVersion() >= version)
            continue; // another program got there first
        char *message = nullptr;
        const QByteArray sql =
            script.toUtf8() + "\nPRAGMA user_version = " + QByteArray::number(version) + ";";
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message);
            sqlite3_free(message);
            throw Error(ErrorCode::DatabaseError,
                        Database::tr("Updating the store to data version %1 failed: %2")
                            .arg(version)
                            .arg(text));
        }
        QSqlQuery fkCheck = exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (fkCheck.next()) {
            throw Error(
                ErrorCode::DatabaseError,
                Database::tr("Updating the store to data version %1 left rows that point nowhere "
                             "(table %2).")
                    .arg(version)
                    .arg(fkCheck.value(0).toString()));
        }
        tx.commit();
        result.to = version;
    }
    return result;
}

void Database::requireCurrentSchema() const
{
    const int version = schemaVersion();
    if (version == 0) {
        throw Error(ErrorCode::NotInitialized,
                    Database::tr("There is no store at %1 yet. Create one with: storedeskctl init "
                                 "--store-name NAME")
                        .arg(m_path));
    }
    if (version > latestSchemaVersion()) {
        throw Error(
            ErrorCode::SchemaTooNew,
            Database::tr("The store %1 was written by a newer StoreDesk (data version %2; this "
                         "program knows up to %3). Install the newer StoreDesk to open it.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion()));
    }
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throwSqlError(query.lastError(), m_path, sql.simplified().left(60));
    return query;
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values) const
{
    return exec(sql, QVariantList(values));
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = prepare(sql);
    int index = 0;
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; an empty text column wants ''. Callers that mean
        // NULL pass an invalid QVariant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(index++, QStringLiteral(""));
        else
            query.bindValue(index++, value);
    }
    exec(query);
    return query;
}

void Database::exec(QSqlQuery &query) const
{
    if (m_observer)
        m_observer(query.lastQuery(), query.boundValues());
    if (!query.exec())
        throwSqlError(query.lastError(), m_path, query.lastQuery().simplified().left(60));
}

Error storeError(int sqliteCode, const QString &path, const QString &detail)
{
    // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, ...) share their primary's
    // low byte.
    const int primary = sqliteCode & 0xff;
    // A full disk shows as SQLITE_FULL while a write grows the file or its log, but as a plain
    // I/O error while SQLite makes the files beside it (the WAL index) at the first open.
    constexpr qint64 kNearlyFull = 1024 * 1024;
    const bool diskFull =
        primary == SQLITE_FULL ||
        (primary == SQLITE_IOERR &&
         QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < kNearlyFull);
    switch (diskFull ? SQLITE_FULL : primary) {
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull,
                     Database::tr("The disk holding %1 is full: the last change was not saved; "
                                  "everything saved before it is safe. Free some space and try "
                                  "again.")
                         .arg(QDir::toNativeSeparators(path)));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::StoreReadOnly,
                     Database::tr("The store %1 can only be read, not written (the file, its "
                                  "folder or the disk is read-only): the change was not saved. "
                                  "Give this user write access to the file and its folder.")
                         .arg(QDir::toNativeSeparators(path)));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::StoreBusy,
                     Database::tr("Another program kept the store %1 busy for too long; nothing "
                                  "was changed. Try again in a moment.")
                         .arg(QDir::toNativeSeparators(path)));
    default:
        return Error(ErrorCode::DatabaseError,
                     Database::tr("The store could not be read or written (%1): %2")
                         .arg(QDir::toNativeSeparators(path), detail));
    }
}

QString prefixRangeEnd(const QString &prefix)
{
    return prefix + QChar::highSurrogate(0x10FFFF) + QChar::lowSurrogate(0x10FFFF);
}

qint64 Database::lastInsertId() const
{
    sqlite3 *handle = nativeHandle();
    return handle ? sqlite3_last_insert_rowid(handle) : -1;
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace storedesk::core
