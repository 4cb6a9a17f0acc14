// Takes some tables' own indexes away while millions of rows are written into them, and
// builds them again from the finished data: far faster than keeping each up to date row by row,
// and the indexes come out packed. Inside the caller's transaction, so a failure leaves them
// as they were.
#pragma once

#include <QStringList>

namespace storedesk::core {

class Database;

class BulkIndexes final
{
public:
    /// Drops the indexes declared on \a tables (not those behind UNIQUE or PRIMARY KEY) — only
    /// those named in \a only when it is not empty: an index whose key grows with every row
    /// costs little to keep up to date and is left alone.
    BulkIndexes(Database &db, const QStringList &tables, const QStringList &only = {});
    /// Builds them again. Call before the transaction commits.
    void rebuild();

private:
    Database &m_db;
    QStringList m_definitions;
};

} // namespace storedesk::core
