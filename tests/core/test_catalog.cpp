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

namespace {

/// Five products: two drinks (one low, one inactive), two snacks, one without a category.
struct Shelf
{
    TestStore store;
    QList<Product> products;

    Shelf()
    {
        const auto add = [&](const char *barcode, const char *name, const char *category,
                             qint64 stock, const char *reorder) {
            NewProduct p = item(barcode, name, "3.00");
            p.category = QString::fromUtf8(category);
            p.stock = stock;
            p.reorderLevel = QString::fromLatin1(reorder);
            products.append(store->catalog().add(p));
        };
        add("6901234567892", "可乐", "饮料", 3, "");
        add("6920202888883", "雪碧", "饮料", 2, "");
        add("4006381333931", "薯片", "零食", 12, "20");
        add("73513537", "饼干", "零食", 6, "");
        add("P-0001", "散装糖果", "", 0, "0");
        ProductChange off;
        off.active = false;
        store->catalog().update(products[1].id, off);
    }

    QString names(const ProductListFilter &filter)
    {
        QStringList out;
        for (const Product &p : store->catalog().page(filter, {}, 100))
            out.append(p.name);
        CHECK(store->catalog().count(filter) == out.size());
        return out.join(u' ');
    }
};

} // namespace

TEST_CASE("The product list filters by text category state and low stock", "[catalog]")
{
    Shelf shelf;
    using F = ProductListFilter;
    F all;
    CHECK(shelf.names(all) == QStringLiteral("可乐 散装糖果 薯片 雪碧 饼干"));
    F text;
    text.text = QStringLiteral("薯");
    CHECK(shelf.names(text) == QStringLiteral("薯片"));
    text.text = QStringLiteral("73513537");
    CHECK(shelf.names(text) == QStringLiteral("饼干"));
    F drinks;
    drinks.category = QStringLiteral("饮料");
    CHECK(shelf.names(drinks) == QStringLiteral("可乐 雪碧"));
    F none;
    none.category = QString();
    CHECK(shelf.names(none) == QStringLiteral("散装糖果"));
    F active;
    active.state = F::State::Active;
    CHECK(shelf.names(active) == QStringLiteral("可乐 散装糖果 薯片 饼干"));
    F inactive;
    inactive.state = F::State::Inactive;
    CHECK(shelf.names(inactive) == QStringLiteral("雪碧"));
    // Low: at or below the product's own level, else the store's (5). Inactive ones are not
    // reordered; a level of 0 alerts only when nothing is left.
    F low;
    low.lowStock = true;
    CHECK(shelf.names(low) == QStringLiteral("可乐 散装糖果 薯片"));
    shelf.store->settings().setDefaultReorderLevel(6);
    CHECK(shelf.names(low) == QStringLiteral("可乐 散装糖果 薯片 饼干"));
    CHECK(shelf.store->catalog().reorderLevel(shelf.products[2]) == 20);
    CHECK(shelf.store->catalog().reorderLevel(shelf.products[3]) == 6);
}

TEST_CASE("The product list pages by name without losing or repeating a product", "[catalog]")
{
    TestStore store;
    for (int i = 0; i < 17; ++i) {
        // Pairs of products with the same name: the cursor must tell them apart.
        store->catalog().add(item(QStringLiteral("SKU-%1").arg(i).toLatin1().constData(),
                                  QStringLiteral("商品%1").arg(i / 2).toUtf8().constData(),
                                  "1.00"));
    }
    QList<ProductId> seen;
    ProductCursor after;
    for (;;) {
        const QList<Product> page = store->catalog().page({}, after, 4);
        if (page.isEmpty())
            break;
        for (const Product &p : page)
            seen.append(p.id);
        after = {page.last().name, page.last().id};
    }
    CHECK(seen.size() == 17);
    CHECK(QSet<ProductId>(seen.cbegin(), seen.cend()).size() == 17);
}

TEST_CASE("Stock corrections keep their note and stock is always its moves' sum", "[catalog]")
{
    Shelf shelf;
    Catalog &catalog = shelf.store->catalog();
    const Product cola = shelf.products[0];
    CHECK(catalog.adjustStock(cola.id, 24, QStringLiteral("到货 2 箱")).stock == 27);
    CHECK(catalog.adjustStock(cola.id, -1, QStringLiteral("破损")).stock == 26);
    // A count through update() is kept as the difference.
    ProductChange count;
    count.stock = 25;
    CHECK(catalog.update(cola.id, count).stock == 25);

    const QList<StockMove> moves = catalog.stockMoves(cola.id);
    REQUIRE(moves.size() == 4);
    CHECK(moves[0].qty == -1);
    CHECK(moves[0].reason == QStringLiteral("adjust"));
    CHECK(moves[0].note.isEmpty());
    CHECK(moves[1].note == QStringLiteral("破损"));
    CHECK(moves[2].qty == 24);
    CHECK(moves[3].reason == QStringLiteral("opening"));
    CHECK(moves[3].qty == 3);

    CHECK(errorOf([&] { catalog.adjustStock(cola.id, 5, QStringLiteral("  ")); }) ==
          ErrorCode::ReasonRequired);
    CHECK(errorOf([&] { catalog.adjustStock(cola.id, 0, QStringLiteral("盘点")); }) ==
          ErrorCode::InvalidQuantity);
    CHECK(errorOf([&] { catalog.adjustStock(cola.id, -2'000'000'000, QStringLiteral("x")); }) ==
          ErrorCode::InvalidQuantity);
    CHECK(errorOf([&] { catalog.adjustStock(99999, 1, QStringLiteral("x")); }) ==
          ErrorCode::NotFound);
    CHECK(catalog.get(cola.id).stock == 25);
    CHECK(catalog.stockMoves(cola.id).size() == 4);

    QSqlQuery q = shelf.store->database().exec(
        QStringLiteral("SELECT count(*) FROM products p WHERE stock <> (SELECT coalesce(sum(qty), "
                       "0) FROM stock_moves m WHERE m.product_id = p.id)"));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("A reorder level is a whole number or the store's default", "[catalog]")
{
    Shelf shelf;
    Catalog &catalog = shelf.store->catalog();
    ProductChange level;
    level.reorderLevel = QStringLiteral("-1");
    CHECK(errorOf([&] { catalog.update(shelf.products[0].id, level); }) ==
          ErrorCode::InvalidQuantity);
    level.reorderLevel = QStringLiteral("12x");
    CHECK(errorOf([&] { catalog.update(shelf.products[0].id, level); }) ==
          ErrorCode::InvalidQuantity);
    level.reorderLevel = QStringLiteral("30");
    CHECK(catalog.update(shelf.products[0].id, level).reorderLevel == 30);
    level.reorderLevel = QString();
    CHECK_FALSE(catalog.update(shelf.products[0].id, level).reorderLevel.has_value());
}

TEST_CASE("Categories are added renamed and removed only when empty", "[catalog]")
{
    Shelf shelf;
    Catalog &catalog = shelf.store->catalog();
    QList<CategoryInfo> list = catalog.categoryList();
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == QStringLiteral("零食"));
    CHECK(list[0].products == 2);
    CHECK(list[1].name == QStringLiteral("饮料"));

    catalog.addCategory(QStringLiteral(" 日用品 "));
    CHECK(catalog.categories().contains(QStringLiteral("日用品")));
    CHECK(errorOf([&] { catalog.addCategory(QStringLiteral("饮料")); }) == ErrorCode::InvalidName);
    CHECK(errorOf([&] { catalog.addCategory(QStringLiteral(" ")); }) == ErrorCode::InvalidName);

    catalog.renameCategory(QStringLiteral("饮料"), QStringLiteral("酒水饮料"));
    CHECK(catalog.get(shelf.products[0].id).category == QStringLiteral("酒水饮料"));
    CHECK(errorOf([&] {
              catalog.renameCategory(QStringLiteral("零食"), QStringLiteral("酒水饮料"));
          }) == ErrorCode::InvalidName);
    CHECK(errorOf([&] { catalog.renameCategory(QStringLiteral("无"), QStringLiteral("新")); }) ==
          ErrorCode::NotFound);

    CHECK(errorOf([&] { catalog.removeCategory(QStringLiteral("零食")); }) ==
          ErrorCode::InvalidArgument);
    catalog.removeCategory(QStringLiteral("日用品"));
    CHECK_FALSE(catalog.categories().contains(QStringLiteral("日用品")));
    CHECK(catalog.categories().size() == 2);
}
