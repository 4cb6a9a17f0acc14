#include "bulkstatement.h"

#include "db/database.h"
#include "domain/error.h"

#include <sqlite3.h>

namespace storedesk::core {

BulkStatement::BulkStatement(Database &db, const char *sql)
{
    m_db = db.nativeHandle();
    if (!m_db)
        throw Error(ErrorCode::DatabaseError, Database::tr("The SQLite driver is not available."));
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        fail(sql);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

BulkStatement &BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

BulkStatement &BulkStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement &BulkStatement::bind(int index, const QString &text)
{
    return bind(index, text.toUtf8());
}

BulkStatement &BulkStatement::bind(int index, const char *literal)
{
    sqlite3_bind_text(m_statement, index, literal, -1, SQLITE_STATIC);
    return *this;
}

BulkStatement &BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

void BulkStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc != SQLITE_DONE)
        fail(sqlite3_sql(m_statement));
}

bool BulkStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE)
        fail(sqlite3_sql(m_statement));
    return false;
}

qint64 BulkStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray BulkStatement::text(int column) const
{
    const auto *data = sqlite3_column_text(m_statement, column);
    return QByteArray(reinterpret_cast<const char *>(data),
                      sqlite3_column_bytes(m_statement, column));
}

bool BulkStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void BulkStatement::fail(const char *what) const
{
    throw Error(ErrorCode::DatabaseError,
                Database::tr("The store could not be read or written (%1): %2")
                    .arg(QString::fromUtf8(what).simplified().left(60),
                         QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace storedesk::core
