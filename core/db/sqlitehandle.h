// The SQLite connection under a Qt one, for what only SQLite's C interface does: the online
// backup, the busy handler of a raw connection.
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace storedesk::core {

/// The sqlite3 handle of an open QSQLITE connection; null for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace storedesk::core

namespace storedesk::core {

/// Copies database "main" of \a from over "main" of \a to with SQLite's online backup, in one
/// step: one read transaction on the source, so the copy is a single moment even while others
/// write (in WAL mode readers never wait for writers). Retries for a while when either side is
/// busy. Answers SQLITE_OK or the SQLite result that stopped it.
int sqliteOnlineCopy(sqlite3 *from, sqlite3 *to);

} // namespace storedesk::core
