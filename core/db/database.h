// One open StoreDesk store: a SQLite file with the house pragmas, its schema version and the
// numbered migrations that bring it up to date.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

struct sqlite3;

namespace storedesk::core {

/// A row id for a column that may reference nothing: NULL for 0.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

class Error;

struct MigrationResult
{
    int from = 0;
    int to = 0;
};

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::Database)

public:
    /// Opens (creating if needed) the SQLite file at \a path and applies the pragmas.
    /// Throws Error(database_error) when the file cannot be opened.
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase connection() const;

    /// PRAGMA user_version: 0 for a file no StoreDesk has set up yet.
    int schemaVersion() const;
    /// The version this program's migrations lead to.
    static int latestSchemaVersion();
    /// Applies every migration above the file's version, each in one transaction.
    /// Throws Error(schema_too_new) for a file written by a newer StoreDesk; nothing changes then.
    MigrationResult migrate();
    /// Throws Error(not_initialized) for an empty file and schema_too_new for a newer one.
    void requireCurrentSchema() const;

    /// Prepares \a sql (throws database_error when it does not compile).
    QSqlQuery prepare(const QString &sql) const;
    /// Prepares, binds \a values in order, executes; throws database_error on failure.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    /// The same with values assembled at run time (a statement built from optional parts).
    QSqlQuery exec(const QString &sql, const QVariantList &values) const;
    /// Executes a prepared and bound query; throws database_error on failure.
    void exec(QSqlQuery &query) const;

    /// The ROWID of the last insert on this connection.
    qint64 lastInsertId() const;
    /// SQLite's own handle of this connection (for BulkStatement), or null without one.
    sqlite3 *nativeHandle() const;

    /// Called with every statement this connection runs and its bound values. For tests that
    /// check how the services query (EXPLAIN QUERY PLAN on what really ran); none by default.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &values)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

private:
    friend class Transaction;
    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    StatementObserver m_observer;
};

/// The error for SQLite result \a sqliteCode on the store at \a path: disk_full, store_read_only,
/// store_busy (the busy timeout ran out), else database_error with \a detail.
Error storeError(int sqliteCode, const QString &path, const QString &detail);

/// The exclusive upper end of a prefix range: every text starting with \a prefix sorts in
/// [prefix, prefixRangeEnd(prefix)), so "name >= ? AND name < ?" is an index range.
QString prefixRangeEnd(const QString &prefix);

} // namespace storedesk::core
