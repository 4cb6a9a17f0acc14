// Batched inserts write exactly the rows they are given: full batches as they fill, the rest on
// flush(), in order, with a column a row leaves unbound written as NULL (as BulkStatement does).
#include "catchqt.h"
#include "db/database.h"
#include "io/batchinsert.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace storedesk::core;

namespace {

qint64 count(Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM t"));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("Batched inserts write every row in order and leave unbound columns NULL", "[io][demo]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("batch.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT, "
                           "k TEXT)"));
    BatchInsert rows(
        db, QStringLiteral("t"),
        {QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("k")}, 4);
    for (int i = 1; i <= 10; ++i) {
        rows.bind(1, qint64(i)).bind(3, QStringLiteral("行%1").arg(i));
        if (i % 3 != 0) // every third row leaves n unbound, after rows that bound it
            rows.bind(2, qint64(i * 10));
        if (i % 2 == 0)
            rows.bind(4, "even");
        rows.run();
        // Two full batches of four are written as they fill; the last two wait.
        CHECK(count(db) == (i / 4) * 4);
    }
    rows.flush();
    REQUIRE(count(db) == 10);
    rows.flush(); // nothing waits: nothing more is written
    CHECK(count(db) == 10);

    QSqlQuery q = db.exec(QStringLiteral("SELECT id, n, s, k FROM t ORDER BY rowid"));
    for (int i = 1; i <= 10; ++i) {
        INFO(i);
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == i);
        CHECK(q.value(1).isNull() == (i % 3 == 0));
        if (i % 3 != 0)
            CHECK(q.value(1).toInt() == i * 10);
        CHECK(q.value(2).toString() == QStringLiteral("行%1").arg(i));
        CHECK(q.value(3).isNull() == (i % 2 != 0));
    }
    CHECK_FALSE(q.next());
}
