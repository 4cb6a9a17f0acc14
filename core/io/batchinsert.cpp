#include "batchinsert.h"

namespace storedesk::core {

namespace {

QByteArray insertSql(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString row = u'(' + marks.join(QStringLiteral(", ")) + u')';
    return (QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                .arg(table, columns.join(QStringLiteral(", "))) +
            QStringList(rows, row).join(QStringLiteral(", ")))
        .toUtf8();
}

} // namespace

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns, int rows)
    : m_columns(int(columns.size()))
    , m_batch(rows)
    , m_values(qsizetype(rows) * columns.size())
    , m_many(db, insertSql(table, columns, rows).constData())
    , m_one(db, insertSql(table, columns, 1).constData())
{}

BatchInsert::Value &BatchInsert::slot(int index)
{
    return m_values[m_rows * m_columns + index - 1];
}

BatchInsert &BatchInsert::bind(int index, qint64 value)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Integer;
    v.integer = value;
    return *this;
}

BatchInsert &BatchInsert::bind(int index, const QByteArray &utf8)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Text;
    v.text = utf8;
    return *this;
}

BatchInsert &BatchInsert::bind(int index, const QString &text)
{
    return bind(index, text.toUtf8());
}

BatchInsert &BatchInsert::bind(int index, const char *literal)
{
    Value &v = slot(index);
    v.kind = Value::Kind::Literal;
    v.literal = literal;
    return *this;
}

BatchInsert &BatchInsert::bindNull(int index)
{
    slot(index).kind = Value::Kind::Null;
    return *this;
}

void BatchInsert::run()
{
    if (++m_rows < m_batch)
        return;
    for (qsizetype row = 0; row < m_rows; ++row)
        bindRow(m_many, row, int(row) * m_columns);
    m_many.run();
    m_rows = 0;
}

void BatchInsert::flush()
{
    for (qsizetype row = 0; row < m_rows; ++row) {
        bindRow(m_one, row, 0);
        m_one.run();
    }
    m_rows = 0;
}

void BatchInsert::bindRow(BulkStatement &statement, qsizetype row, int offset)
{
    for (int c = 0; c < m_columns; ++c) {
        Value &v = m_values[row * m_columns + c];
        const int index = offset + c + 1;
        switch (v.kind) {
        case Value::Kind::Null:
            statement.bindNull(index);
            break;
        case Value::Kind::Integer:
            statement.bind(index, v.integer);
            break;
        case Value::Kind::Text:
            statement.bind(index, v.text);
            break;
        case Value::Kind::Literal:
            statement.bind(index, v.literal);
            break;
        }
        v.kind = Value::Kind::Null; // as BulkStatement: what the next row leaves unbound is NULL
    }
}

} // namespace storedesk::core
