#include "transaction.h"

#include "database.h"

#include <QSqlQuery>

namespace storedesk::core {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
{
    if (m_depth == 0)
        m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    else
        m_db.exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.m_transactionDepth;
    // A destructor must not throw; a failed rollback leaves SQLite's own automatic rollback.
    QSqlQuery query(m_db.connection());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
}

void Transaction::commit()
{
    if (m_depth == 0)
        m_db.exec(QStringLiteral("COMMIT"));
    else
        m_db.exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    m_done = true;
    --m_db.m_transactionDepth;
}

} // namespace storedesk::core
