// What a store holds, table by table, as a row count and a digest of every row: two equal
// snapshots mean nothing was written in between — how tests tell that refused input left the
// store as it was.
#pragma once

#include "db/database.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace storedesk::test {

struct TableDigest
{
    qint64 rows = 0;
    QByteArray digest;
    friend bool operator==(const TableDigest &, const TableDigest &) = default;
};

using StoreSnapshot = QMap<QString, TableDigest>;

inline StoreSnapshot snapshot(core::Database &db)
{
    StoreSnapshot out;
    QStringList tables;
    QSqlQuery names = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (names.next())
        tables.append(names.value(0).toString());
    for (const QString &table : tables) {
        QSqlQuery rows = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells.append(rows.value(i).isNull() ? QStringLiteral("<null>")
                                                    : rows.value(i).toString());
            lines.append(cells.join(u'\x1f'));
        }
        lines.sort(); // the same rows in any order are the same table
        out.insert(table, {lines.size(), QCryptographicHash::hash(lines.join(u'\x1e').toUtf8(),
                                                                  QCryptographicHash::Sha256)});
    }
    QSqlQuery version = db.exec(QStringLiteral("PRAGMA user_version"));
    if (version.next())
        out.insert(QStringLiteral("user_version"), {version.value(0).toLongLong(), {}});
    return out;
}

/// The tables whose rows differ between \a before and \a after (empty: the same store).
inline QStringList changedTables(const StoreSnapshot &before, const StoreSnapshot &after)
{
    QStringList out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            out.append(it.key());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            out.append(it.key());
    }
    return out;
}

} // namespace storedesk::test
