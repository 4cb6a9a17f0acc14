// Store files as earlier StoreDesk versions left them, from the dumps in tests/core/fixtures.
#pragma once

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace storedesk::test {

/// Builds a store file from a fixture script with SQLite itself, as an older StoreDesk left it.
inline void loadFixture(const QString &script, const QString &path)
{
    QFile file(script);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray sql = file.readAll();
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

/// The fixture script of data version \a version.
inline QString fixtureScript(int version)
{
    return QStringLiteral(STOREDESK_FIXTURES "/v%1.sql").arg(version);
}

} // namespace storedesk::test
