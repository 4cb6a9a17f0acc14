#include "catchqt.h"
#include "io/demostore.h"
#include "teststore.h"

#include <QSet>
#include <QSqlQuery>

using namespace storedesk::core;
using storedesk::test::TestStore;

namespace {

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

TEST_CASE("The demo store is valid data throughout", "[demo]")
{
    TestStore store;
    const DemoSummary summary = DemoStore::fill(*store, DemoOptions{500, 120, 7});
    CHECK(summary.members == 500);
    CHECK(summary.products == 120);
    CHECK(store->members().count() == 500);
    CHECK(store->catalog().count() == 120);

    Database &db = store->database();
    for (const QString &phone : column(db, QStringLiteral("SELECT phone FROM members")))
        REQUIRE(PhoneNumber::parse(phone).has_value());
    for (const QString &code : column(db, QStringLiteral("SELECT barcode FROM products"))) {
        const auto barcode = Barcode::parse(code);
        REQUIRE(barcode.has_value());
        CHECK(barcode->kind() == Barcode::Kind::Ean13);
    }
    CHECK(store->catalog().categories().size() >= 5);
    // Searching works on it as on real data.
    const QString tail = column(db, QStringLiteral("SELECT substr(phone, 8, 4) FROM members "
                                                   "LIMIT 1"))
                             .first();
    CHECK_FALSE(store->members().find(tail).isEmpty());
}

TEST_CASE("The same seed gives the same store and another seed another", "[demo]")
{
    const auto snapshot = [](quint64 seed) {
        TestStore store;
        DemoStore::fill(*store, DemoOptions{50, 20, seed});
        return column(store->database(),
                      QStringLiteral("SELECT phone || name || coalesce(birthday, '') FROM members "
                                     "ORDER BY id")) +
               column(store->database(),
                      QStringLiteral("SELECT barcode || name || price_fen FROM products "
                                     "ORDER BY id"));
    };
    CHECK(snapshot(3) == snapshot(3));
    CHECK(snapshot(3) != snapshot(4));
}

TEST_CASE("Filling twice adds to the store without clashing", "[demo]")
{
    TestStore store;
    DemoStore::fill(*store, DemoOptions{200, 50, 1});
    DemoStore::fill(*store, DemoOptions{200, 50, 1});
    CHECK(store->members().count() == 400);
    CHECK(store->catalog().count() == 100);
    CHECK_THROWS_AS(DemoStore::fill(*store, DemoOptions{-1, 0, 1}), Error);
}
