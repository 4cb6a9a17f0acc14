// Gifts for points (积分兑换): products marked as gifts, taken by a member for points alone —
// a sale of its own that moves stock and points, earns nothing, and comes back like any other.
#include "catchqt.h"
#include "teststore.h"

#include <QSqlQuery>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

struct Counter
{
    TestStore store;
    Member zhang;

    Counter()
    {
        NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        zhang = store->members().add(m);
        store->loyalty().adjustPoints(zhang.id, 1000, QStringLiteral("开业赠送"));
        const auto add = [&](const char *barcode, const char *name, const char *price,
                             const char *gift) {
            NewProduct p;
            p.barcode = QString::fromLatin1(barcode);
            p.name = QString::fromUtf8(name);
            p.price = QString::fromLatin1(price);
            p.stock = 10;
            p.giftPoints = QString::fromLatin1(gift);
            store->catalog().add(p);
        };
        add("6901234567892", "毛巾", "15.00", "300");
        add("4006381333931", "水杯", "25.00", "");
    }

    GiftRequest request(qint64 qty, const char *barcode = "6901234567892")
    {
        GiftRequest r;
        r.member = zhang.phone.digits();
        r.lines = {{QString::fromLatin1(barcode), qty}};
        return r;
    }
};

} // namespace

TEST_CASE("A member takes gifts for points alone", "[gifts]")
{
    Counter c;
    Store &s = *c.store;
    CHECK(s.gifts().cost(c.request(2)) == 600);
    const SaleRecord sale = s.gifts().redeem(c.request(2));
    CHECK(sale.total.isZero());
    CHECK(sale.payments.isEmpty());
    CHECK(sale.pointsRedeemed == 600);
    CHECK(sale.pointsValue == Money::fromFen(3000));
    CHECK(sale.subtotal - sale.discountTotal - sale.pointsValue == sale.total);
    CHECK(sale.pointsEarned == 0);
    CHECK(s.loyalty().points().balance(c.zhang.id) == 400);
    CHECK(s.catalog().resolveBarcode(QStringLiteral("6901234567892")).stock == 8);
    CHECK(
        scalar(s,
               QStringLiteral("SELECT count(*) FROM print_jobs WHERE sale_id = %1").arg(sale.id)) ==
        1);
    // It is not spend: no tier progress from it.
    CHECK(s.loyalty().standing(c.zhang.id).qualifyingSpend.isZero());

    CHECK(errorOf([&] { s.gifts().redeem(c.request(2)); }) == ErrorCode::InsufficientPoints);
    CHECK(errorOf([&] { s.gifts().redeem(c.request(1, "4006381333931")); }) == ErrorCode::NotAGift);
    CHECK(errorOf([&] { s.gifts().redeem(c.request(0)); }) == ErrorCode::InvalidQuantity);
    GiftRequest walkIn = c.request(1);
    walkIn.member.clear();
    CHECK(errorOf([&] { s.gifts().redeem(walkIn); }) == ErrorCode::UnknownMember);
    CHECK(errorOf([&] {
              s.gifts().redeem(GiftRequest{{}, c.zhang.phone.digits(), {}, {}});
          }) == ErrorCode::EmptySale);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM sales")) == 1);
}

TEST_CASE("A gift handed back gives the points back", "[gifts]")
{
    Counter c;
    Store &s = *c.store;
    const SaleRecord sale = s.gifts().redeem(c.request(3));
    const SaleRecord back = s.checkout().refund(sale.receiptNo, {{1, 1}});
    CHECK(back.total.isZero());
    CHECK(back.pointsRedeemed == -300);
    CHECK(s.loyalty().points().balance(c.zhang.id) == 400);
    CHECK(s.catalog().resolveBarcode(QStringLiteral("6901234567892")).stock == 8);
    s.checkout().refund(sale.receiptNo, {});
    CHECK(s.loyalty().points().balance(c.zhang.id) == 1000);
    CHECK(s.loyalty().points().ledgerBalance(c.zhang.id) == 1000);
}

TEST_CASE("The same gift request twice hands over once", "[gifts]")
{
    Counter c;
    GiftRequest r = c.request(1);
    r.requestId = QStringLiteral("till-9");
    const SaleRecord first = c.store->gifts().redeem(r);
    CHECK(c.store->gifts().redeem(r).id == first.id);
    CHECK(c.store->loyalty().points().balance(c.zhang.id) == 700);
    r.lines[0].qty = 2;
    CHECK(errorOf([&] { c.store->gifts().redeem(r); }) == ErrorCode::DuplicateRequest);
}

TEST_CASE("A product becomes a gift for points and stops being one", "[gifts][catalog]")
{
    Counter c;
    Catalog &catalog = c.store->catalog();
    const Product cup = catalog.resolveBarcode(QStringLiteral("4006381333931"));
    ProductChange change;
    change.giftPoints = QStringLiteral("500");
    CHECK(catalog.update(cup.id, change).giftPoints == 500);
    ProductListFilter gifts;
    gifts.giftsOnly = true;
    CHECK(catalog.count(gifts) == 2);
    change.giftPoints = QString();
    CHECK_FALSE(catalog.update(cup.id, change).giftPoints.has_value());
    CHECK(catalog.count(gifts) == 1);
    for (const char *bad : {"0", "-5", "abc", "100000001"}) {
        change.giftPoints = QString::fromLatin1(bad);
        CHECK(errorOf([&] { catalog.update(cup.id, change); }) == ErrorCode::InvalidPoints);
    }
}
