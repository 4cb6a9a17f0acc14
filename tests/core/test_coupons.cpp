// Coupons from template to till: templates checked whole, coupons issued by hand and by
// StoreDesk itself (welcome, birthday, referral), checked at the counter, used once, given back
// when their sale comes back whole — and referral rewards paid once.
#include "catchqt.h"
#include "teststore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

/// A store in Shanghai with two members, a drink, a snack and a gift product.
struct Shop
{
    TestStore store;
    Member zhang;
    Member li;

    Shop()
    {
        store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
        zhang = join("13800138000", "张三");
        li = join("13900139000", "李四");
        product("6901234567892", "矿泉水", "10.00", "饮料");
        product("6920202888883", "薯片", "50.00", "零食");
        product("4006381333931", "环保袋", "3.00", "日用品");
    }

    Member join(const char *phone, const char *name, const char *referredBy = "",
                const char *birthday = "")
    {
        NewMember m;
        m.phone = QString::fromLatin1(phone);
        m.name = QString::fromUtf8(name);
        m.referredBy = QString::fromLatin1(referredBy);
        m.birthday = QString::fromLatin1(birthday);
        return store->members().add(m);
    }

    void product(const char *barcode, const char *name, const char *price, const char *category)
    {
        NewProduct p;
        p.barcode = QString::fromLatin1(barcode);
        p.name = QString::fromUtf8(name);
        p.price = QString::fromLatin1(price);
        p.category = QString::fromUtf8(category);
        p.stock = 100;
        store->catalog().add(p);
    }

    SaleRequest request(const Member *member, QStringList coupons, const char *snacks = "2")
    {
        SaleRequest r;
        r.member = member ? member->phone.digits() : QString();
        r.lines = {{QStringLiteral("6901234567892"), 1},
                   {QStringLiteral("6920202888883"), QString::fromLatin1(snacks).toLongLong()}};
        r.coupons = std::move(coupons);
        return r;
    }

    SaleRecord sell(const Member *member, QStringList coupons, const char *snacks = "2")
    {
        SaleRequest r = request(member, std::move(coupons), snacks);
        const Quote q = store->checkout().quote(r);
        r.payments = {{PaymentMethod::Card, q.cart.totalDue, Money()}};
        return store->checkout().commit(r);
    }

    qint64 templateId(const char *document)
    {
        return store->coupons().addTemplate(json(document)).id;
    }
};

} // namespace

TEST_CASE("A coupon template is checked whole and names its field", "[coupons]")
{
    const auto [document, field] = GENERATE(table<const char *, const char *>({
        {R"({"kind":"amount_off","amount":"10.00","valid_days":30})", "name"},
        {R"({"name":"a","kind":"cash","valid_days":30})", "kind"},
        {R"({"name":"a","kind":"amount_off","valid_days":30})", "amount"},
        {R"({"name":"a","kind":"amount_off","amount":"20.00","min_spend":"10.00","valid_days":3})",
         "amount"},
        {R"({"name":"a","kind":"percent_off","percent":"100.5","valid_days":30})", "percent"},
        {R"({"name":"a","kind":"gift","gift":"6901234567891","valid_days":30})", "gift"},
        {R"({"name":"a","kind":"amount_off","amount":"10.00"})", "valid_days"},
        {R"({"name":"a","kind":"amount_off","amount":"10.00","valid_days":30,
             "valid_from":"2026-12-01","valid_until":"2026-12-31"})",
         "valid_days"},
        {R"({"name":"a","kind":"amount_off","amount":"10.00","valid_days":0})", "valid_days"},
        {R"({"name":"a","kind":"amount_off","amount":"10.00","valid_from":"2026-12-31",
             "valid_until":"2026-12-01"})",
         "valid_until"},
        {R"({"name":"a","kind":"amount_off","amount":"10.00","valid_days":3,
             "auto_issue":"weekly"})",
         "auto_issue"},
        {R"({"name":"a","kind":"amount_off","amount":"10.00","valid_days":3,"colour":"red"})",
         "colour"},
    }));
    CAPTURE(document);
    try {
        CouponTemplate::fromJson(json(document));
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidCouponTemplate);
        CHECK(e.field() == QString::fromLatin1(field));
    }
}

TEST_CASE("Templates are unique by name and a gift must be a product", "[coupons]")
{
    Shop shop;
    CouponBook &book = shop.store->coupons();
    const CouponTemplate t = book.addTemplate(
        json(R"({"name":"满100减10","kind":"amount_off","amount":"10.00","min_spend":"100.00",
                 "valid_days":30})"));
    // What `coupon template list` prints reads back as the same template (the id aside).
    QJsonObject listed = t.toJson();
    CHECK(listed.value(QStringLiteral("id")).toInteger() == t.id);
    listed.remove(QStringLiteral("id"));
    CHECK(CouponTemplate::fromJson(t.toJson()).toJson() == listed);
    CHECK(errorOf([&] {
              book.addTemplate(json(R"({"name":"满100减10","kind":"amount_off","amount":"5.00",
                                        "valid_days":3})"));
          }) == ErrorCode::InvalidCouponTemplate);
    CHECK(errorOf([&] {
              book.addTemplate(json(R"({"name":"赠品","kind":"gift","gift":"9780201379624",
                                        "valid_days":3})"));
          }) == ErrorCode::InvalidCouponTemplate);
    CHECK(book.templates().size() == 1);
    CHECK(book.findTemplate(QStringLiteral("满100减10")).id == t.id);
    CHECK(book.findTemplate(QString::number(t.id)).name == QStringLiteral("满100减10"));
    CHECK(errorOf([&] { book.findTemplate(QStringLiteral("无")); }) == ErrorCode::NotFound);
    book.setTemplateActive(t.id, false);
    CHECK(errorOf([&] { book.issue(t.id, shop.zhang.id); }) == ErrorCode::InvalidArgument);
}

TEST_CASE("A coupon pays towards one sale of its owner and is used once", "[coupons]")
{
    Shop shop;
    const qint64 t = shop.templateId(R"({"name":"满100减10","kind":"amount_off",
        "amount":"10.00","min_spend":"100.00","valid_days":7})");
    const Coupon c = shop.store->coupons().issue(t, shop.zhang.id);
    CHECK(CouponBook::looksLikeCode(c.code));
    CHECK(c.validFrom == QDate(2026, 11, 22));
    CHECK(c.validUntil == QDate(2026, 11, 28));

    // A quote shows it and writes nothing.
    const Quote q = shop.store->checkout().quote(shop.request(&shop.zhang, {c.code}));
    CHECK(q.cart.totalDue == yuan("100.00"));
    CHECK(shop.store->coupons().byCode(c.code).status == Coupon::Status::Issued);

    // Someone else, a walk-in, and a sale below the minimum are refused, and nothing is written.
    CHECK(errorOf([&] { shop.sell(&shop.li, {c.code}); }) == ErrorCode::CouponNotYours);
    CHECK(errorOf([&] { shop.sell(nullptr, {c.code}); }) == ErrorCode::CouponNotYours);
    CHECK(errorOf([&] { shop.sell(&shop.zhang, {c.code}, "1"); }) ==
          ErrorCode::CouponNotApplicable);
    CHECK(errorOf([&] { shop.sell(&shop.zhang, {QStringLiteral("CP-0000-0000")}); }) ==
          ErrorCode::UnknownCoupon);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM sales")) == 0);

    const SaleRecord sale = shop.sell(&shop.zhang, {c.code.toLower()});
    CHECK(sale.total == yuan("100.00"));
    REQUIRE(sale.discounts.size() == 1);
    CHECK(sale.discounts[0].kind == QStringLiteral("coupon"));
    CHECK(sale.discounts[0].code == c.code);
    const Coupon used = shop.store->coupons().byCode(c.code);
    CHECK(used.status == Coupon::Status::Used);
    CHECK(used.saleId == sale.id);
    CHECK(errorOf([&] { shop.sell(&shop.zhang, {c.code}); }) == ErrorCode::CouponUsed);
    CHECK(shop.store->coupons().forMember(shop.zhang.id, true).isEmpty());
    CHECK(shop.store->coupons().forMember(shop.zhang.id, false).size() == 1);
}

TEST_CASE("A coupon counts only between its days", "[coupons]")
{
    Shop shop;
    const qint64 fixed = shop.templateId(R"({"name":"双十二","kind":"amount_off","amount":"5.00",
        "valid_from":"2026-12-12","valid_until":"2026-12-12"})");
    const Coupon c = shop.store->coupons().issue(fixed, 0); // anonymous: a print-out
    CHECK(c.member == 0);
    CHECK(errorOf([&] { shop.sell(nullptr, {c.code}); }) == ErrorCode::CouponNotStarted);
    shop.store.clock().set(QDateTime(QDate(2026, 12, 12), QTime(15, 59), Qt::UTC)); // 23:59
    CHECK(shop.store->checkout().quote(shop.request(nullptr, {c.code})).cart.discountTotal ==
          yuan("5.00"));
    shop.store.clock().set(QDateTime(QDate(2026, 12, 12), QTime(16, 0), Qt::UTC)); // the 13th
    CHECK(errorOf([&] { shop.sell(nullptr, {c.code}); }) == ErrorCode::CouponExpired);
}

TEST_CASE("A whole return gives a still-valid coupon back and a partial one does not", "[coupons]")
{
    Shop shop;
    const qint64 t = shop.templateId(R"({"name":"九折券","kind":"percent_off","percent":"10",
        "cap":"8.00","valid_days":3})");
    const Coupon c = shop.store->coupons().issue(t, shop.zhang.id);
    const SaleRecord sale = shop.sell(&shop.zhang, {c.code});
    CHECK(sale.discountTotal == yuan("8.00"));

    shop.store->checkout().refund(sale.receiptNo, {{2, 1}});
    CHECK(shop.store->coupons().byCode(c.code).status == Coupon::Status::Used);
    shop.store->checkout().refund(sale.receiptNo, {});
    CHECK(shop.store->coupons().byCode(c.code).status == Coupon::Status::Issued);
    CHECK(shop.store->coupons().byCode(c.code).saleId == 0);

    // Used again, and returned after it expired: it stays used.
    const SaleRecord again = shop.sell(&shop.zhang, {c.code});
    shop.store.clock().advanceDays(5);
    shop.store->checkout().refund(again.receiptNo, {});
    CHECK(shop.store->coupons().byCode(c.code).status == Coupon::Status::Used);
}

TEST_CASE("Coupons stack only when their templates say so", "[coupons]")
{
    Shop shop;
    const qint64 lone = shop.templateId(R"({"name":"单用券","kind":"amount_off","amount":"5.00",
        "valid_days":3})");
    const qint64 stacking = shop.templateId(R"({"name":"叠加券","kind":"amount_off",
        "amount":"3.00","valid_days":3,"stacks":true})");
    CouponBook &book = shop.store->coupons();
    const Coupon a = book.issue(lone, shop.zhang.id);
    const Coupon b = book.issue(stacking, shop.zhang.id);
    const Coupon c = book.issue(stacking, shop.zhang.id);
    CHECK(errorOf([&] {
              shop.sell(&shop.zhang, {a.code, b.code});
          }) == ErrorCode::CouponsDoNotStack);
    const SaleRecord sale = shop.sell(&shop.zhang, {b.code, c.code});
    CHECK(sale.discountTotal == yuan("6.00"));
    CHECK(book.forSale(sale.id).size() == 2);
}

TEST_CASE("A gift coupon hands over its product free and moves its stock", "[coupons]")
{
    Shop shop;
    const qint64 t = shop.templateId(R"({"name":"满50送环保袋","kind":"gift",
        "gift":"4006381333931","min_spend":"50.00","valid_days":3})");
    const Coupon c = shop.store->coupons().issue(t, shop.zhang.id);
    const SaleRecord sale = shop.sell(&shop.zhang, {c.code});
    REQUIRE(sale.lines.size() == 3);
    CHECK(sale.lines[2].barcode == QStringLiteral("4006381333931"));
    CHECK(sale.lines[2].amount.isZero());
    CHECK(sale.total == yuan("110.00"));
    CHECK(shop.store->catalog().resolveBarcode(QStringLiteral("4006381333931")).stock == 99);
}

TEST_CASE("New members get the welcome coupons as they join", "[coupons]")
{
    Shop shop;
    const qint64 t = shop.templateId(R"({"name":"新人券","kind":"amount_off","amount":"5.00",
        "valid_days":30,"auto_issue":"welcome"})");
    const Member wang = shop.join("15012345678", "王芳");
    const QList<Coupon> coupons = shop.store->coupons().forMember(wang.id, true);
    REQUIRE(coupons.size() == 1);
    CHECK(coupons[0].templateId == t);
    CHECK(coupons[0].source == QStringLiteral("welcome"));
    // Members from before the template have none.
    CHECK(shop.store->coupons().forMember(shop.zhang.id, false).isEmpty());
    // Switched off, it issues nothing.
    shop.store->coupons().setTemplateActive(t, false);
    const Member zhao = shop.join("18612345678", "赵六");
    CHECK(shop.store->coupons().forMember(zhao.id, false).isEmpty());
}

TEST_CASE("Birthday coupons come once a year when the birthday period starts", "[coupons]")
{
    Shop shop;
    shop.templateId(R"({"name":"生日券","kind":"amount_off","amount":"20.00","valid_days":31,
        "auto_issue":"birthday"})");
    const Member may = shop.join("15012345678", "五月", "", "1990-05-17");
    const Member leap = shop.join("18612345678", "闰日", "", "1992-02-29");
    const auto count = [&](const Member &m) {
        return shop.store->coupons().forMember(m.id, false).size();
    };
    // Month scope (the default rules): from the 1st of the month.
    shop.store.clock().set(QDateTime(QDate(2027, 5, 1), QTime(1, 0), Qt::UTC));
    CHECK(shop.store->runDaily().birthdayCoupons == 1);
    CHECK(count(may) == 1);
    CHECK(shop.store->runDaily().birthdayCoupons == 0); // once a year
    shop.store.clock().set(QDateTime(QDate(2028, 5, 20), QTime(1, 0), Qt::UTC));
    shop.store->runDaily();
    CHECK(count(may) == 2);

    // Day scope: from the day itself; 29 February on the 28th in common years.
    QJsonObject rules = shop.store->rules().current().rules.toJson();
    QJsonObject points = rules.value(QStringLiteral("points")).toObject();
    QJsonObject birthday = points.value(QStringLiteral("birthday")).toObject();
    birthday.insert(QStringLiteral("scope"), QStringLiteral("day"));
    points.insert(QStringLiteral("birthday"), birthday);
    rules.insert(QStringLiteral("points"), points);
    shop.store->rules().set(rules);
    shop.store.clock().set(QDateTime(QDate(2027, 2, 27), QTime(1, 0), Qt::UTC));
    shop.store->runDaily();
    CHECK(count(leap) == 0);
    shop.store.clock().set(QDateTime(QDate(2027, 2, 28), QTime(1, 0), Qt::UTC));
    shop.store->runDaily();
    CHECK(count(leap) == 1);
}

TEST_CASE("A referral is rewarded once, on the new member's first sale", "[coupons]")
{
    Shop shop;
    QJsonObject rules = shop.store->rules().current().rules.toJson();
    rules.insert(QStringLiteral("referral"), QJsonObject{{QStringLiteral("points"), 200}});
    shop.store->rules().set(rules);
    shop.templateId(R"({"name":"推荐有礼","kind":"amount_off","amount":"10.00","valid_days":30,
        "auto_issue":"referral"})");

    CHECK(errorOf([&] { shop.join("15012345678", "王芳", "13111111111"); }) ==
          ErrorCode::UnknownMember);
    const Member wang = shop.join("15012345678", "王芳", "13800138000");
    CHECK(wang.referredBy == shop.zhang.id);
    CHECK(shop.store->loyalty().points().balance(shop.zhang.id) == 0);

    shop.sell(&wang, {});
    CHECK(shop.store->loyalty().points().balance(shop.zhang.id) == 200);
    const QList<PointsEntry> entries = shop.store->loyalty().points().entries(shop.zhang.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].reason.contains(QStringLiteral("王芳")));
    CHECK(shop.store->coupons().forMember(shop.zhang.id, true).size() == 1);

    shop.sell(&wang, {});
    CHECK(shop.store->loyalty().points().balance(shop.zhang.id) == 200);
    CHECK(shop.store->coupons().forMember(shop.zhang.id, true).size() == 1);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM referral_rewards")) == 1);
}
