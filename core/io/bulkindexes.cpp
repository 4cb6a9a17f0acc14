#include "bulkindexes.h"

#include "db/database.h"

#include <QSqlQuery>

namespace storedesk::core {

BulkIndexes::BulkIndexes(Database &db, const QStringList &tables, const QStringList &only)
    : m_db(db)
{
    QStringList marks;
    QVariantList names;
    for (const QString &t : tables) {
        marks.append(QStringLiteral("?"));
        names.append(t);
    }
    QSqlQuery q = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                         "'index' AND sql IS NOT NULL AND tbl_name IN (%1)")
                              .arg(marks.join(QStringLiteral(", "))),
                          names);
    QStringList drop;
    while (q.next()) {
        if (!only.isEmpty() && !only.contains(q.value(0).toString()))
            continue;
        drop.append(q.value(0).toString());
        m_definitions.append(q.value(1).toString());
    }
    for (const QString &name : drop)
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void BulkIndexes::rebuild()
{
    for (const QString &sql : std::as_const(m_definitions))
        m_db.exec(sql);
    m_definitions.clear();
}

} // namespace storedesk::core
