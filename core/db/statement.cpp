#include "statement.h"

#include "database.h"
#include "domain/error.h"

#include <sqlite3.h>

namespace storedesk::core {

Statement::Statement(Database &db, const QString &sql)
    : m_handle(db.nativeHandle())
    , m_sql(sql)
{
    if (!m_handle)
        throw Error(ErrorCode::DatabaseError, Database::tr("The SQLite driver is not available."));
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        fail();
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::fail() const
{
    throw Error(ErrorCode::DatabaseError,
                Database::tr("The store could not be read or written (%1): %2")
                    .arg(m_sql.simplified().left(60), QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

Statement &Statement::bind(int index, const QString &text)
{
    // UTF-16 as it is: SQLite converts it to the file's UTF-8 in one pass.
    // A null QString has no data at all; SQLite would take it for NULL.
    const void *data = text.isNull() ? static_cast<const void *>(u"") : text.utf16();
    if (sqlite3_bind_text16(m_statement, index, data, int(text.size() * 2), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail();
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_statement);
    fail();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return data ? QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / 2)
                : QString();
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace storedesk::core
