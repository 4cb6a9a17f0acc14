#include "catchqt.h"
#include "domain/error.h"
#include "teststore.h"

#include <QSqlQuery>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::TestStore;

namespace {

NewProduct item(const char *barcode, const char *name, const char *price)
{
    NewProduct p;
    p.barcode = QString::fromUtf8(barcode);
    p.name = QString::fromUtf8(name);
    p.price = QString::fromUtf8(price);
    return p;
}

} // namespace

TEST_CASE("Adding a product keeps its prices in fen and its category", "[catalog]")
{
    TestStore store;
    NewProduct request = item("6901234567892", "农夫山泉 550ml", "2.50");
    request.memberPrice = QStringLiteral("2.2");
    request.category = QStringLiteral("饮料");
    request.stock = 48;
    request.pointsEligible = false;
    const Product p = store->catalog().add(request);
    CHECK(p.barcode.code() == QStringLiteral("6901234567892"));
    CHECK(p.price == Money::fromFen(250));
    REQUIRE(p.memberPrice.has_value());
    CHECK(*p.memberPrice == Money::fromFen(220));
    CHECK(p.category == QStringLiteral("饮料"));
    CHECK(p.stock == 48);
    CHECK_FALSE(p.pointsEligible);
    CHECK(p.active);
    CHECK(store->catalog().categories() == QStringList{QStringLiteral("饮料")});
}

TEST_CASE("Bad product input is refused and writes nothing", "[catalog]")
{
    TestStore store;
    Catalog &catalog = store->catalog();
    catalog.add(item("6901234567892", "水", "2.50"));
    CHECK(errorOf([&] { catalog.add(item("6901234567891", "x", "1")); }) ==
          ErrorCode::InvalidBarcode);
    CHECK(errorOf([&] { catalog.add(item("6901234567892", "x", "1")); }) ==
          ErrorCode::DuplicateBarcode);
    CHECK(errorOf([&] { catalog.add(item("4006381333931", "", "1")); }) == ErrorCode::InvalidName);
    CHECK(errorOf([&] { catalog.add(item("4006381333931", "x", "1.234")); }) ==
          ErrorCode::InvalidAmount);
    CHECK(errorOf([&] { catalog.add(item("4006381333931", "x", "-1")); }) ==
          ErrorCode::InvalidAmount);
    NewProduct p = item("4006381333931", "x", "1");
    p.memberPrice = QStringLiteral("abc");
    CHECK(errorOf([&] { catalog.add(p); }) == ErrorCode::InvalidAmount);
    p.memberPrice.clear();
    p.stock = 5'000'000'000;
    CHECK(errorOf([&] { catalog.add(p); }) == ErrorCode::InvalidQuantity);
    p.stock = 0;
    p.category = QString(61, u'类');
    CHECK(errorOf([&] { catalog.add(p); }) == ErrorCode::InvalidName);
    CHECK(catalog.count() == 1);
    CHECK(catalog.categories().isEmpty());
}

TEST_CASE("Updating a product and taking it off sale", "[catalog]")
{
    TestStore store;
    Catalog &catalog = store->catalog();
    NewProduct request = item("6901234567892", "水", "2.50");
    request.memberPrice = QStringLiteral("2.00");
    const Product p = catalog.add(request);
    catalog.add(item("4006381333931", "笔", "3"));

    ProductChange change;
    change.price = QStringLiteral("2.80");
    change.memberPrice = QString();
    change.category = QStringLiteral("饮料");
    change.active = false;
    Product updated = catalog.update(p.id, change);
    CHECK(updated.price == Money::fromFen(280));
    CHECK_FALSE(updated.memberPrice.has_value());
    CHECK(updated.category == QStringLiteral("饮料"));
    CHECK_FALSE(updated.active);
    CHECK(catalog.find(QStringLiteral("水"), 10, false).isEmpty());
    CHECK(catalog.find(QStringLiteral("水"), 10, true).size() == 1);

    ProductChange steal;
    steal.barcode = QStringLiteral("4006381333931");
    CHECK(errorOf([&] { catalog.update(p.id, steal); }) == ErrorCode::DuplicateBarcode);
    CHECK(errorOf([&] { catalog.update(777, change); }) == ErrorCode::NotFound);
    CHECK(catalog.get(p.id).barcode.code() == QStringLiteral("6901234567892"));
}

TEST_CASE("A scan finds its product and UPC-A in either scanner mode", "[catalog]")
{
    TestStore store;
    Catalog &catalog = store->catalog();
    catalog.add(item("036000291452", "Kleenex", "12.00"));
    catalog.add(item("6901234567892", "水", "2.50"));
    CHECK(catalog.resolveBarcode(QStringLiteral("0036000291452")).name ==
          QStringLiteral("Kleenex"));
    CHECK(catalog.resolveBarcode(QStringLiteral("036000291452\r\n")).name ==
          QStringLiteral("Kleenex"));
    CHECK(errorOf([&] { catalog.resolveBarcode(QStringLiteral("4006381333931")); }) ==
          ErrorCode::UnknownBarcode);
    CHECK(errorOf([&] { catalog.resolveBarcode(QStringLiteral("4006381333932")); }) ==
          ErrorCode::InvalidBarcode);
    CHECK(catalog.find(QString()).size() == 2);
    CHECK(catalog.find(QStringLiteral("6901234567892")).first().name == QStringLiteral("水"));
}
