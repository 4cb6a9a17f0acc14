// `storedeskctl check` and a restore trust a store only when every rule of its books holds:
// each check must pass on honest books, old and new, and each must catch the damage it is for.
#include "catchqt.h"
#include "db/database.h"
#include "fixtures.h"
#include "shop.h"
#include "store/storecheck.h"
#include "teststore.h"

#include <QTemporaryDir>

using namespace storedesk::core;
using storedesk::test::TestStore;

namespace {

const CheckResult *find(const CheckReport &report, const QString &name)
{
    for (const CheckResult &c : report.checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Honest books pass every check", "[check]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 24);
    const CheckReport report = StoreCheck::run(store->database());
    INFO(report.failed().join(u' ').toStdString());
    CHECK(report.ok());
    const QStringList names{QStringLiteral("integrity"),
                            QStringLiteral("foreign_keys"),
                            QStringLiteral("points_balance"),
                            QStringLiteral("stored_value_balance"),
                            QStringLiteral("stored_value_never_negative"),
                            QStringLiteral("sale_totals"),
                            QStringLiteral("sale_payments"),
                            QStringLiteral("sale_lines"),
                            QStringLiteral("sale_points"),
                            QStringLiteral("sale_stored_value"),
                            QStringLiteral("sale_receipt_job"),
                            QStringLiteral("points_sources"),
                            QStringLiteral("stock")};
    for (const QString &name : names) {
        INFO(name.toStdString());
        const CheckResult *c = find(report, name);
        REQUIRE(c);
        CHECK(c->ok());
        CHECK(!c->description.isEmpty());
    }
}

TEST_CASE("Stores every earlier version wrote pass every check once upgraded", "[check]")
{
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        CAPTURE(version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        storedesk::test::loadFixture(storedesk::test::fixtureScript(version), path);
        Store store(path, std::make_unique<SystemClock>(), Store::OpenMode::ExistingOnly);
        const CheckReport report = StoreCheck::run(store.database());
        INFO(report.failed().join(u' ').toStdString());
        CHECK(report.ok());
    }
}

TEST_CASE("Each check catches the damage it is for and names an example", "[check]")
{
    struct Damage
    {
        const char *check;
        const char *sql;
    };
    const Damage cases[] = {
        {"points_balance", "UPDATE members SET points_balance = points_balance + 7 WHERE id = "
                           "(SELECT min(member_id) FROM points_ledger)"},
        {"stored_value_balance", "UPDATE members SET stored_bonus_fen = stored_bonus_fen + 1 "
                                 "WHERE id = (SELECT min(member_id) FROM stored_value_ledger)"},
        {"stored_value_never_negative",
         "INSERT INTO stored_value_ledger (member_id, at, kind, paid_fen, bonus_fen) SELECT "
         "min(member_id), '2026-11-22T02:00:00.000Z', 'adjust', -100000000, 0 FROM "
         "stored_value_ledger"},
        {"sale_totals", "UPDATE sales SET discount_fen = discount_fen + 1 WHERE id = 2"},
        {"sale_payments", "DELETE FROM sale_payments WHERE id = (SELECT max(id) FROM "
                          "sale_payments)"},
        {"sale_lines", "DELETE FROM stock_moves WHERE sale_id = 3"},
        {"sale_points", "UPDATE sales SET points_earned = points_earned + 1 WHERE id = 2"},
        {"sale_stored_value", "UPDATE stored_value_ledger SET sale_id = NULL WHERE id = (SELECT "
                              "min(id) FROM stored_value_ledger WHERE kind = 'pay')"},
        {"sale_receipt_job", "DELETE FROM print_jobs WHERE sale_id = 4"},
        {"points_sources", "UPDATE points_ledger SET sale_id = NULL WHERE id = (SELECT min(id) "
                           "FROM points_ledger WHERE kind = 'earn')"},
        {"stock", "UPDATE products SET stock = stock + 1 WHERE id = 1"},
    };
    for (const Damage &damage : cases) {
        const QString name = QString::fromLatin1(damage.check);
        CAPTURE(name.toStdString());
        TestStore store;
        storedesk::test::sellSome(*store);
        store->database().exec(QString::fromLatin1(damage.sql));
        const CheckReport report = StoreCheck::run(store->database());
        CHECK_FALSE(report.ok());
        CHECK(report.failed().contains(name));
        const CheckResult *c = find(report, name);
        REQUIRE(c);
        CHECK(c->problems >= 1);
        REQUIRE(!c->examples.isEmpty());
        CHECK(!c->examples.first().isEmpty());
    }
}

TEST_CASE("A row pointing nowhere fails the foreign key check", "[check]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 2);
    store->database().exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    store->database().exec(
        QStringLiteral("INSERT INTO member_tags (member_id, tag) VALUES (999999, 'lost')"));
    const CheckReport report = StoreCheck::run(store->database());
    CHECK(report.failed() == QStringList{QStringLiteral("foreign_keys")});
    CHECK(find(report, QStringLiteral("foreign_keys"))->examples.first().contains(u"member_tags"));
}

TEST_CASE("An index that disagrees with its table fails the integrity check", "[check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Store store(path, std::make_unique<SystemClock>(), Store::OpenMode::CreateOrUpgrade);
        storedesk::test::sellSome(store, 2);
        // Tell SQLite the name index covers another column: its entries no longer match.
        store.database().exec(QStringLiteral("PRAGMA writable_schema = ON"));
        store.database().exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX "
                                             "members_name ON members (note)' WHERE name = "
                                             "'members_name'"));
    }
    Database db(path);
    const CheckReport report = StoreCheck::run(db);
    CHECK(report.failed().contains(QStringLiteral("integrity")));
    CHECK(find(report, QStringLiteral("integrity"))->examples.first().contains(u"members_name"));
}

TEST_CASE("A generated trading history passes every check", "[check]")
{
    TestStore store;
    DemoOptions options;
    options.members = 200;
    options.products = 40;
    options.seed = 5;
    options.sales = 3000;
    options.days = 30;
    DemoStore::fill(*store, options);
    const CheckReport report = StoreCheck::run(store->database());
    INFO(report.failed().join(u' ').toStdString());
    CHECK(report.ok());
}
