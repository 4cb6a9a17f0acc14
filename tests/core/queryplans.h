// What SQLite does with the statements a piece of work runs: EXPLAIN QUERY PLAN on each of them,
// with the values they were run with, so a test can fail on a full table scan.
#pragma once

#include "db/database.h"

#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace storedesk::test {

/// Every statement \a work runs on \a db, with EXPLAIN QUERY PLAN's lines for it.
inline QStringList plansOf(core::Database &db, const std::function<void()> &work)
{
    QList<std::pair<QString, QVariantList>> statements;
    db.setStatementObserver([&](const QString &sql, const QVariantList &values) {
        statements.append({sql, values});
    });
    work();
    db.setStatementObserver({});
    QStringList plans;
    for (const auto &[sql, values] : statements) {
        QSqlQuery explain = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (int i = 0; i < values.size(); ++i)
            explain.bindValue(i, values[i]);
        db.exec(explain);
        while (explain.next())
            plans.append(explain.value(3).toString());
    }
    return plans;
}

/// Whether a plan reads table \a alias whole: "SCAN m" is a full scan, "SCAN m USING INDEX"
/// walks an index in order.
inline bool scansTable(const QStringList &plans, const QString &alias)
{
    for (const QString &line : plans) {
        if (line == QStringLiteral("SCAN ") + alias)
            return true;
    }
    return false;
}

} // namespace storedesk::test
