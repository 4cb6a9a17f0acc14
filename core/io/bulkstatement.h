// A prepared statement run many times in a row on the store's own SQLite connection, without
// Qt's per-call conversions: the demo generator reads millions of rows and writes tens of
// millions with it, inside the caller's Transaction like every other write.
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace storedesk::core {

class Database;

class BulkStatement final
{
public:
    /// Prepares \a sql on \a db's connection. Throws database_error.
    BulkStatement(Database &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    /// Binds parameter \a index (from 1).
    BulkStatement &bind(int index, qint64 value);
    BulkStatement &bind(int index, const QByteArray &utf8);
    BulkStatement &bind(int index, const QString &text);
    /// Binds text that outlives the statement's run (a literal), without copying it.
    BulkStatement &bind(int index, const char *literal);
    BulkStatement &bindNull(int index);
    /// Runs the statement with what is bound, then clears the bindings. Throws database_error.
    void run();
    /// Steps a query: true with a row to read, false (and reset) after the last one.
    bool next();
    qint64 integer(int column) const;
    QByteArray text(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace storedesk::core
