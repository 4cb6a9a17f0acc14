#include "catchqt.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/error.h"
#include "fixtures.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace storedesk::core;
using storedesk::test::scalar;

using storedesk::test::loadFixture;

TEST_CASE("Every connection gets the house pragmas", "[db]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")));
    QSqlQuery mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")) >= 5000);
}

TEST_CASE("Migrating an empty file reaches the latest version once", "[db][migration]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")));
    CHECK(db.schemaVersion() == 0);
    REQUIRE(Database::latestSchemaVersion() >= 1);
    const MigrationResult first = db.migrate();
    CHECK(first.from == 0);
    CHECK(first.to == Database::latestSchemaVersion());
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    const MigrationResult again = db.migrate();
    CHECK(again.from == again.to);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'members'")) ==
          1);
}

TEST_CASE("A file from a newer StoreDesk is refused and left alone", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        Database db(path);
        db.migrate();
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('store.name', 'x')"));
        db.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    Database db(path);
    try {
        db.migrate();
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::SchemaTooNew);
    }
    CHECK(db.schemaVersion() == Database::latestSchemaVersion() + 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM settings")) == 1);
    CHECK_THROWS_AS(Store(path, std::make_unique<SystemClock>(), Store::OpenMode::ExistingOnly),
                    Error);
}

TEST_CASE("A file that is not a store gives database_error and is not changed", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    try {
        Database db(path);
        FAIL("opened");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::DatabaseError);
    }
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray(4096, 'x'));
}

TEST_CASE("Opening a missing store without creating it is not_initialized", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    try {
        Store store(path, std::make_unique<SystemClock>(), Store::OpenMode::ExistingOnly);
        FAIL("opened");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::NotInitialized);
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A transaction rolls back unless committed", "[db]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")));
    db.migrate();
    const auto count = [&] {
        return scalar(db, QStringLiteral("SELECT count(*) FROM settings"));
    };

    {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')"));
    }
    CHECK(count() == 0);

    try {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')"));
        db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '2')")); // duplicate key
        tx.commit();
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::DatabaseError);
    }
    CHECK(count() == 0);

    {
        Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')"));
        {
            Transaction inner(db); // a savepoint: its rollback keeps the outer work
            db.exec(QStringLiteral("INSERT INTO settings VALUES ('b', '1')"));
        }
        {
            Transaction inner(db);
            db.exec(QStringLiteral("INSERT INTO settings VALUES ('c', '1')"));
            inner.commit();
        }
        tx.commit();
    }
    CHECK(count() == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'b'")) == 0);
}

TEST_CASE("Stores written by every earlier version migrate with their data", "[db][migration]")
{
    // One fixture per earlier data version, each a dump of a store that version wrote.
    const int version = GENERATE(range(1, Database::latestSchemaVersion()));
    CAPTURE(version);
    const QString script = QStringLiteral(STOREDESK_FIXTURES "/v%1.sql").arg(version);
    REQUIRE(QFile::exists(script));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    loadFixture(script, path);

    Store store(path, std::make_unique<SystemClock>(), Store::OpenMode::ExistingOnly);
    CHECK(store.migration().from == version);
    CHECK(store.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(store.settings().storeName() == QStringLiteral("老街便利店"));
    const Member zhang = store.members().resolve(QStringLiteral("13800138000"));
    CHECK(zhang.name == QStringLiteral("张三"));
    CHECK(zhang.birthday == QDate(1990, 5, 17));
    CHECK(zhang.cardNo == QStringLiteral("C001"));
    CHECK(zhang.tags == QStringList{QStringLiteral("VIP")});
    CHECK(store.members().count() == 3);
    const Product water = store.catalog().resolveBarcode(QStringLiteral("6901234567892"));
    CHECK(water.price == Money::fromFen(250));
    CHECK(water.category == QStringLiteral("饮料"));
    CHECK(store.catalog().count() == 2);
    // What later versions added starts empty and works on the old data.
    const MemberStanding standing = store.loyalty().standing(zhang.id);
    CHECK(standing.tier == 0);
    CHECK(standing.points == 0);
    CHECK(standing.storedValue.total().isZero());
    // Version 2 added sales and ledgers: 李四 bought once and topped up once.
    const Member li = store.members().resolve(QStringLiteral("13900139000"));
    QSqlQuery lastSale = store.database().exec(
        QStringLiteral("SELECT last_sale_at FROM members WHERE id = ?"), {li.id});
    REQUIRE(lastSale.next());
    if (version >= 2) {
        CHECK(store.loyalty().standing(li.id).points == 8);
        CHECK(store.loyalty().standing(li.id).storedValue.paid == Money::fromFen(10000));
        CHECK(store.checkout().loadByReceipt(QStringLiteral("20250302-0001")).total ==
              Money::fromFen(890));
        // Version 3 keeps each member's last sale; the migration finds it in the sales.
        CHECK(lastSale.value(0).toString() == QStringLiteral("2025-03-02T07:30:00.000Z"));
        // Version 4 adds the print queue's claim: the sale's receipt job is still waiting and
        // held by nobody, so a print queue can take it (or give it up as too old).
        QSqlQuery job = store.database().exec(
            QStringLiteral("SELECT status, claimed_at FROM print_jobs WHERE sale_id = 1"));
        REQUIRE(job.next());
        CHECK(job.value(0).toString() == QStringLiteral("pending"));
        CHECK(job.value(1).isNull());
        // Version 6 adds the reports' summaries: they take in the sales already there.
        const CloseReport day = store.reports().close().forDay(QDate(2025, 3, 2));
        const qint64 sales = scalar(store.database(), QStringLiteral("SELECT count(*) FROM sales"));
        CHECK(day.salesCount == sales);
        CHECK(day.total().fen() ==
              scalar(store.database(), QStringLiteral("SELECT sum(total_fen) FROM sales")));
        CHECK(day.total().fen() >= 890);
    } else {
        CHECK(lastSale.value(0).isNull());
    }
    if (version >= 6) {
        // Version 6's shift keeps its cashier, who need not be one of version 7's users.
        const Shift shift = store.shifts().get(1);
        CHECK(shift.cashier == QStringLiteral("小王"));
        CHECK_FALSE(shift.isOpen());
    }
    // Version 7 adds users and the audit trail: a store without users lets everything through
    // until its owner is set up, and its (empty) trail verifies.
    CHECK_FALSE(store.security().hasUsers());
    CHECK(store.security().allows(Permission::Refund));
    CHECK(store.security().verifyAudit().intact);
    QSqlQuery fk = store.database().exec(QStringLiteral("PRAGMA foreign_key_check"));
    CHECK_FALSE(fk.next());
    QSqlQuery integrity = store.database().exec(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
}
