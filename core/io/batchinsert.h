// Rows for one table written many at a time: one INSERT of a few dozen rows costs SQLite about
// what one row does (cursors opened and closed, the statement begun and ended once), so the
// demo generator's tens of millions of rows go in batches. Same binding as BulkStatement; the
// rows wait in memory until a batch is full or flush() is called, and a column a row leaves
// unbound is NULL.
#pragma once

#include "bulkstatement.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace storedesk::core {

class Database;

class BatchInsert final
{
public:
    BatchInsert(Database &db, const QString &table, const QStringList &columns, int rows = 64);

    /// Sets column \a index (from 1) of the row being made.
    BatchInsert &bind(int index, qint64 value);
    BatchInsert &bind(int index, const QByteArray &utf8);
    BatchInsert &bind(int index, const QString &text);
    BatchInsert &bind(int index, const char *literal);
    BatchInsert &bindNull(int index);
    /// Ends the row; writes the batch when it is full. Throws database_error.
    void run();
    /// Writes the rows still waiting. Throws database_error.
    void flush();

private:
    struct Value
    {
        enum class Kind
        {
            Null,
            Integer,
            Text,
            Literal
        };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        QByteArray text;
        const char *literal = nullptr;
    };
    Value &slot(int index);
    void bindRow(BulkStatement &statement, qsizetype row, int offset);

    int m_columns;
    int m_batch;
    QList<Value> m_values; ///< the waiting rows, column after column
    qsizetype m_rows = 0;
    BulkStatement m_many;
    BulkStatement m_one;
};

} // namespace storedesk::core
