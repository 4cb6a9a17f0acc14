// A statement prepared once and run many times straight on SQLite, for work that writes or
// looks up row after row (an import of a hundred thousand members): binding through QSqlQuery
// costs more than the insert itself. Runs on the Database's own connection, so it takes part
// in its Transaction like any other statement.
#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace storedesk::core {

class Database;

class Statement final
{
public:
    /// Prepares \a sql; throws database_error when it does not compile.
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Binds parameter \a index (from 1). A null QString binds as '' — use bindNull() for NULL.
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);

    /// Runs it to the first row: true when there is one (read it with integer() and text()),
    /// false when it is done. Throws database_error.
    bool step();
    qint64 integer(int column) const;
    QString text(int column) const;
    /// Runs it through and readies it for the next binding. Throws database_error.
    void run();
    /// Readies it for the next binding after step().
    void reset();
    /// The ROWID of the last insert on the connection.
    qint64 lastInsertId() const;

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
};

} // namespace storedesk::core
