// Committing sales: one transaction with every ledger entry, stock move and print job;
// idempotent by request id; tiers, stored value and expiry as the rules say.
#include "catchqt.h"
#include "io/demostore.h"
#include "sales/checkout.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

/// A store with a member (13800138000) and three products, in Shanghai's time zone.
struct Shop
{
    TestStore store;
    Member member;

    Shop()
    {
        store->loyalty().setZone(QTimeZone("Asia/Shanghai"));
        NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        m.birthday = QStringLiteral("1990-05-17");
        member = store->members().add(m);
        addProduct("6901234567892", "矿泉水", "2.50", true, 100);
        addProduct("4006381333931", "中性笔", "10.00", true, 50);
        addProduct("73513537", "香烟", "25.00", false, 20);
    }

    void addProduct(const char *barcode, const char *name, const char *price, bool points,
                    qint64 stock)
    {
        NewProduct p;
        p.barcode = QString::fromLatin1(barcode);
        p.name = QString::fromUtf8(name);
        p.price = QString::fromLatin1(price);
        p.pointsEligible = points;
        p.stock = stock;
        store->catalog().add(p);
    }

    SaleRequest request(QList<SaleLineRequest> lines, QList<Payment> payments,
                        bool withMember = true)
    {
        SaleRequest r;
        r.member = withMember ? QStringLiteral("13800138000") : QString();
        r.lines = std::move(lines);
        r.payments = std::move(payments);
        return r;
    }

    SaleRecord pay(const char *barcode, qint64 qty, const char *amount, bool withMember = true,
                   qint64 redeem = 0)
    {
        SaleRequest r = request({{QString::fromLatin1(barcode), qty}},
                                {{PaymentMethod::Card, yuan(amount), Money()}}, withMember);
        r.redeemPoints = redeem;
        return store->checkout().commit(r);
    }

    qint64 points() { return store->loyalty().points().balance(member.id); }
};

} // namespace

TEST_CASE("A walk-in cash sale commits whole with change and stock and a print job", "[checkout]")
{
    Shop shop;
    SaleRequest r =
        shop.request({{QStringLiteral("6901234567892"), 2}, {QStringLiteral("4006381333931"), 1}},
                     {{PaymentMethod::Cash, yuan("15.00"), yuan("20.00")}}, false);
    const SaleRecord sale = shop.store->checkout().commit(r);
    CHECK(sale.receiptNo == QStringLiteral("20261122-0001"));
    CHECK(sale.total == yuan("15.00"));
    CHECK(sale.change == yuan("5.00"));
    CHECK(sale.lines.size() == 2);
    CHECK_FALSE(sale.member.has_value());
    CHECK(sale.pointsEarned == 0);
    CHECK(shop.store->catalog().resolveBarcode(QStringLiteral("6901234567892")).stock == 98);
    CHECK(scalar(*shop.store,
                 QStringLiteral("SELECT count(*) FROM stock_moves WHERE reason = 'sale'")) == 2);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM print_jobs WHERE sale_id = %1 "
                                             "AND status = 'pending'")
                                  .arg(sale.id)) == 1);
    CHECK(shop.store->checkout().commit(r).receiptNo == QStringLiteral("20261122-0002"));
    shop.store.clock().advanceDays(1);
    CHECK(shop.store->checkout().commit(r).receiptNo == QStringLiteral("20261123-0001"));
}

TEST_CASE("A member earns points as a lot that matches the ledger", "[checkout]")
{
    Shop shop;
    const SaleRecord sale = shop.pay("4006381333931", 3, "30.00");
    CHECK(sale.pointsEarned == 30);
    CHECK(shop.points() == 30);
    CHECK(shop.store->loyalty().points().ledgerBalance(shop.member.id) == 30);
    const QList<PointsLot> lots = shop.store->loyalty().points().openLots(shop.member.id);
    REQUIRE(lots.size() == 1);
    // Rolling expiry, 24 months after earning.
    CHECK(lots[0].expiresAt == shop.store.clock().now().addMonths(24));
}

TEST_CASE("Ineligible products neither earn points nor get the tier discount", "[checkout]")
{
    Shop shop;
    const SaleRecord sale = shop.pay("73513537", 2, "50.00");
    CHECK(sale.pointsEarned == 0);
    CHECK(shop.points() == 0);
}

TEST_CASE("Redeeming spends the oldest lot first", "[checkout]")
{
    Shop shop;
    shop.pay("4006381333931", 10, "100.00"); // lot A: 100
    shop.store.clock().advanceDays(10);
    shop.pay("4006381333931", 10, "100.00"); // lot B: 100
    const SaleRecord sale = shop.pay("4006381333931", 4, "35.00", true, 100);
    CHECK(sale.pointsRedeemed == 100);
    CHECK(sale.pointsValue == yuan("5.00"));
    CHECK(sale.total == yuan("35.00"));
    CHECK(sale.pointsEarned == 35);
    const QList<PointsLot> lots = shop.store->loyalty().points().openLots(shop.member.id);
    REQUIRE(lots.size() == 2); // lot A is used up; lot B and the new lot remain
    CHECK(lots[0].remaining == 100);
    CHECK(lots[1].remaining == 35);
    CHECK(shop.points() == 135);
}

TEST_CASE("The same request id commits once and a reused id is refused", "[checkout]")
{
    Shop shop;
    SaleRequest r = shop.request({{QStringLiteral("6901234567892"), 1}},
                                 {{PaymentMethod::WeChat, yuan("2.50"), Money()}});
    r.requestId = QStringLiteral("till1-000123");
    const SaleRecord first = shop.store->checkout().commit(r);
    const SaleRecord again = shop.store->checkout().commit(r);
    CHECK(again.id == first.id);
    CHECK(again.receiptNo == first.receiptNo);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM sales")) == 1);
    CHECK(shop.points() == 2);
    r.lines[0].qty = 2;
    r.payments[0].amount = yuan("5.00");
    CHECK(errorOf([&] { shop.store->checkout().commit(r); }) == ErrorCode::DuplicateRequest);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM sales")) == 1);
}

TEST_CASE("A refused sale leaves nothing behind", "[checkout]")
{
    Shop shop;
    const auto [line, payment, code] = GENERATE(table<const char *, const char *, ErrorCode>({
        {"6901234567892", "3.00", ErrorCode::PaymentsDoNotMatch},
        {"4006381333932", "2.50", ErrorCode::InvalidBarcode},
        {"9780201379624", "2.50", ErrorCode::UnknownBarcode},
    }));
    CAPTURE(line);
    SaleRequest r = shop.request({{QString::fromLatin1(line), 1}},
                                 {{PaymentMethod::Cash, yuan(payment), Money()}});
    CHECK(errorOf([&] { shop.store->checkout().commit(r); }) == code);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM sales")) == 0);
    CHECK(scalar(*shop.store,
                 QStringLiteral("SELECT count(*) FROM stock_moves WHERE reason <> 'opening'")) ==
          0);
    CHECK(shop.store->catalog().resolveBarcode(QStringLiteral("6901234567892")).stock == 100);

    SaleRequest empty = shop.request({}, {});
    CHECK(errorOf([&] { shop.store->checkout().commit(empty); }) == ErrorCode::EmptySale);
    SaleRequest stranger = shop.request({{QStringLiteral("6901234567892"), 1}},
                                        {{PaymentMethod::Cash, yuan("2.50"), Money()}});
    stranger.member = QStringLiteral("13999999999");
    CHECK(errorOf([&] { shop.store->checkout().commit(stranger); }) == ErrorCode::UnknownMember);
}

TEST_CASE("A sale that crosses a tier threshold is priced at the old tier", "[checkout][tiers]")
{
    Shop shop;
    shop.addProduct("9780201379624", "礼盒", "1990.00", true, 10);
    shop.pay("9780201379624", 1, "1990.00");
    CHECK(shop.store->loyalty().standing(shop.member.id).tier == 0);
    CHECK(shop.store->loyalty().standing(shop.member.id).toNextTier == yuan("10.00"));

    const SaleRecord crossing = shop.pay("4006381333931", 2, "20.00");
    CHECK(crossing.discounts.isEmpty()); // still 普通会员 when it was priced
    const MemberStanding after = shop.store->loyalty().standing(shop.member.id);
    CHECK(after.tier == 1);
    CHECK(after.tierName == QStringLiteral("金卡会员"));
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM tier_changes")) == 1);

    const SaleRecord next = shop.pay("4006381333931", 1, "9.80");
    REQUIRE(next.discounts.size() == 1);
    CHECK(next.discounts[0].amount == yuan("0.20"));
    CHECK(next.tierName == QStringLiteral("金卡会员"));
}

TEST_CASE("A tier is kept for the window and reviewed after it", "[checkout][tiers]")
{
    Shop shop;
    shop.addProduct("9780201379624", "礼盒", "2000.00", true, 10);
    shop.pay("9780201379624", 1, "2000.00");
    REQUIRE(shop.store->loyalty().standing(shop.member.id).tier == 1);
    shop.store.clock().advanceDays(200);
    shop.store->loyalty().runDaily();
    CHECK(shop.store->loyalty().standing(shop.member.id).tier == 1);
    shop.store.clock().advanceDays(200); // past 12 months since the upgrade, no spend since
    shop.store->loyalty().runDaily();
    CHECK(shop.store->loyalty().standing(shop.member.id).tier == 0);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM tier_changes")) == 2);
}

TEST_CASE("Stored value tops up with the bonus and pays in proportion", "[checkout][stored]")
{
    Shop shop;
    const TopUpResult top =
        shop.store->loyalty().topUp(shop.member.id, yuan("500.00"), PaymentMethod::WeChat);
    CHECK(top.bonus == yuan("50.00"));
    CHECK(top.balance.total() == yuan("550.00"));

    SaleRequest r = shop.request({{QStringLiteral("4006381333931"), 11}},
                                 {{PaymentMethod::StoredValue, yuan("110.00"), Money()}});
    const SaleRecord sale = shop.store->checkout().commit(r);
    CHECK(sale.pointsEarned == 110); // stored value earns by default
    const StoredValueBalance after = shop.store->loyalty().storedValue().balance(shop.member.id);
    CHECK(after.paid == yuan("400.00"));
    CHECK(after.bonus == yuan("40.00"));
    CHECK(shop.store->loyalty().storedValue().ledgerBalance(shop.member.id).total() ==
          yuan("440.00"));

    r.lines = {{QStringLiteral("4006381333931"), 45}};
    r.payments = {{PaymentMethod::StoredValue, yuan("450.00"), Money()}};
    CHECK(errorOf([&] { shop.store->checkout().commit(r); }) == ErrorCode::InsufficientBalance);
    CHECK(shop.store->loyalty().storedValue().balance(shop.member.id).total() == yuan("440.00"));
    CHECK(errorOf([&] {
              shop.store->loyalty().topUp(shop.member.id, yuan("0"), PaymentMethod::Cash);
          }) == ErrorCode::InvalidAmount);
}

TEST_CASE("Points expire lot by lot in rolling mode", "[checkout][expiry]")
{
    Shop shop;
    shop.pay("4006381333931", 5, "50.00");
    shop.store.clock().advanceDays(100);
    shop.pay("4006381333931", 3, "30.00");
    shop.store.clock().set(shop.store.clock().now().addDays(-100).addMonths(24).addSecs(1));
    CHECK(shop.store->loyalty().runDaily() == 50);
    CHECK(shop.points() == 30);
    CHECK(shop.store->loyalty().points().ledgerBalance(shop.member.id) == 30);
    CHECK(shop.store->loyalty().runDaily() == 0); // posted once
}

TEST_CASE("Points expire at the end of the following year in year_end mode", "[checkout][expiry]")
{
    Shop shop;
    QJsonObject rules = shop.store->rules().current().rules.toJson();
    QJsonObject points = rules.value(QStringLiteral("points")).toObject();
    points.insert(QStringLiteral("expiry"),
                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("year_end")},
                              {QStringLiteral("years_after"), 1}});
    rules.insert(QStringLiteral("points"), points);
    shop.store->rules().set(rules);

    shop.pay("4006381333931", 5, "50.00"); // earned 2026-11-22 → gone when 2027 ends
    const QTimeZone shanghai("Asia/Shanghai");
    shop.store.clock().set(QDateTime(QDate(2027, 12, 31), QTime(23, 59), shanghai));
    CHECK(shop.store->loyalty().runDaily() == 0);
    shop.store.clock().set(QDateTime(QDate(2028, 1, 1), QTime(0, 0), shanghai));
    CHECK(shop.store->loyalty().runDaily() == 50);
    CHECK(shop.points() == 0);
}

TEST_CASE("Expired but unposted points cannot be redeemed", "[checkout][expiry]")
{
    Shop shop;
    shop.pay("4006381333931", 20, "200.00");
    shop.store.clock().set(shop.store.clock().now().addMonths(25));
    SaleRequest r = shop.request({{QStringLiteral("4006381333931"), 4}},
                                 {{PaymentMethod::Card, yuan("35.00"), Money()}});
    r.redeemPoints = 100;
    CHECK(errorOf([&] { shop.store->checkout().quote(r); }) == ErrorCode::InsufficientPoints);
    CHECK(errorOf([&] { shop.store->checkout().commit(r); }) == ErrorCode::InsufficientPoints);
}

TEST_CASE("A whole refund reverses the sale to the fen", "[checkout][refund]")
{
    Shop shop;
    shop.pay("4006381333931", 30, "300.00"); // 300 points to redeem from
    SaleRequest r =
        shop.request({{QStringLiteral("6901234567892"), 3}, {QStringLiteral("4006381333931"), 2}},
                     {{PaymentMethod::Cash, yuan("10.00"), yuan("20.00")},
                      {PaymentMethod::Card, yuan("12.50"), Money()}});
    r.redeemPoints = 100;
    const SaleRecord sale = shop.store->checkout().commit(r);
    REQUIRE(sale.total == yuan("22.50"));
    REQUIRE(sale.pointsEarned == 22);
    const qint64 before = shop.points();

    const SaleRecord refund = shop.store->checkout().refund(sale.receiptNo, {});
    CHECK(refund.refund);
    CHECK(refund.originalReceiptNo == sale.receiptNo);
    CHECK(refund.total == -yuan("22.50"));
    CHECK(refund.pointsRedeemed == -100);
    CHECK(refund.pointsEarned == -22);
    REQUIRE(refund.payments.size() == 2);
    CHECK(refund.payments[0].method == PaymentMethod::Cash);
    CHECK(refund.payments[0].amount == -yuan("10.00"));
    CHECK(refund.payments[1].amount == -yuan("12.50"));
    CHECK(shop.points() == before + 100 - 22);
    CHECK(shop.store->catalog().resolveBarcode(QStringLiteral("6901234567892")).stock == 100);
    CHECK(errorOf([&] { shop.store->checkout().refund(sale.receiptNo, {}); }) ==
          ErrorCode::AlreadyRefunded);
}

TEST_CASE("Partial refunds add up to the whole and never more", "[checkout][refund]")
{
    Shop shop;
    SaleRequest r = shop.request({{QStringLiteral("4006381333931"), 3}},
                                 {{PaymentMethod::WeChat, yuan("20.00"), Money()},
                                  {PaymentMethod::Cash, yuan("10.00"), Money()}});
    const SaleRecord sale = shop.store->checkout().commit(r);
    const SaleRecord first = shop.store->checkout().refund(sale.receiptNo, {{1, 1}});
    CHECK(first.total == -yuan("10.00"));
    CHECK(first.pointsEarned == -10);
    CHECK(errorOf([&] {
              shop.store->checkout().refund(sale.receiptNo, {{1, 3}});
          }) == ErrorCode::InvalidQuantity);
    CHECK(errorOf([&] {
              shop.store->checkout().refund(sale.receiptNo, {{2, 1}});
          }) == ErrorCode::NotFound);
    const SaleRecord rest = shop.store->checkout().refund(sale.receiptNo, {{1, 2}});
    CHECK(rest.total == -yuan("20.00"));
    Money back;
    for (const SaleRecord &s : {first, rest}) {
        for (const Payment &p : s.payments)
            back += p.amount;
    }
    CHECK(back == -yuan("30.00"));
    CHECK(shop.points() == 0);
    CHECK(errorOf([&] {
              shop.store->checkout().refund(sale.receiptNo, {{1, 1}});
          }) == ErrorCode::AlreadyRefunded);
}

TEST_CASE("A clawback may take points below zero and later earnings pay it off",
          "[checkout][refund]")
{
    Shop shop;
    const SaleRecord first = shop.pay("4006381333931", 10, "100.00"); // +100
    shop.pay("4006381333931", 1, "5.00", true, 100);                  // −100, +5
    REQUIRE(shop.points() == 5);
    shop.store->checkout().refund(first.receiptNo, {}); // −100 clawed back
    CHECK(shop.points() == -95);
    CHECK(shop.store->loyalty().standing(shop.member.id).points == -95);
    shop.pay("4006381333931", 20, "200.00"); // +200 pays the 95 first
    CHECK(shop.points() == 105);
    const QList<PointsLot> lots = shop.store->loyalty().points().openLots(shop.member.id);
    REQUIRE(lots.size() == 1);
    CHECK(lots[0].remaining == 105);
    CHECK(shop.store->loyalty().points().ledgerBalance(shop.member.id) == 105);
}

TEST_CASE("Held orders survive reopening the store until recalled", "[checkout][held]")
{
    TestStore store;
    SaleRequest r;
    r.member = QStringLiteral("13800138000");
    r.lines = {{QStringLiteral("6901234567892"), 2}};
    const HeldOrder held = store->heldOrders().hold(r, QStringLiteral("穿红衣服的顾客"));
    CHECK(held.id > 0);
    {
        Store reopened(store.path(), std::make_unique<SystemClock>(),
                       Store::OpenMode::ExistingOnly);
        const QList<HeldOrder> list = reopened.heldOrders().list();
        REQUIRE(list.size() == 1);
        CHECK(list[0].label == QStringLiteral("穿红衣服的顾客"));
        CHECK(list[0].request.lines[0].qty == 2);
        CHECK(list[0].request.member == QStringLiteral("13800138000"));
        const HeldOrder back = reopened.heldOrders().recall(list[0].id);
        CHECK(back.request.lines[0].barcode == QStringLiteral("6901234567892"));
    }
    CHECK(store->heldOrders().list().isEmpty());
    CHECK(errorOf([&] { store->heldOrders().discard(held.id); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { store->heldOrders().hold(SaleRequest{}); }) == ErrorCode::EmptySale);
}

TEST_CASE("A partial refund after a tier change gives back what was paid then",
          "[checkout][refund]")
{
    Shop shop;
    shop.addProduct("9780201379624", "礼盒", "1000.00", true, 10);
    const SaleRecord before = shop.pay("9780201379624", 2, "2000.00"); // priced at 普通会员
    REQUIRE(shop.store->loyalty().standing(shop.member.id).tier == 1);
    const SaleRecord after = shop.pay("9780201379624", 1, "980.00"); // 金卡会员: 2 % off
    REQUIRE(after.discounts.size() == 1);

    const SaleRecord back = shop.store->checkout().refund(before.receiptNo, {{1, 1}});
    CHECK(back.total == -yuan("1000.00")); // the price it was sold at, no discount
    CHECK(back.pointsEarned == -1000);
    const SaleRecord backGold = shop.store->checkout().refund(after.receiptNo, {});
    CHECK(backGold.total == -yuan("980.00"));
    CHECK(backGold.pointsEarned == -1176); // 980 × 1.2 earned at 金卡会员
    // Spend fell below the threshold, but a tier is only reviewed after its window.
    const MemberStanding standing = shop.store->loyalty().standing(shop.member.id);
    CHECK(standing.qualifyingSpend == yuan("1000.00"));
    CHECK(standing.tier == 1);
    CHECK(shop.points() == 2000 - 1000);
}

TEST_CASE("Refunding a stored-value balance returns paid-in money only", "[checkout][stored]")
{
    Shop shop;
    shop.store->loyalty().topUp(shop.member.id, yuan("1000.00"), PaymentMethod::Cash); // +120
    SaleRequest r = shop.request({{QStringLiteral("4006381333931"), 28}},
                                 {{PaymentMethod::StoredValue, yuan("280.00"), Money()}});
    shop.store->checkout().commit(r); // takes 250.00 paid and 30.00 bonus
    const WithdrawResult out = shop.store->loyalty().withdraw(shop.member.id, PaymentMethod::Cash);
    CHECK(out.returned == yuan("750.00"));
    CHECK(out.bonusForfeited == yuan("90.00"));
    CHECK(shop.store->loyalty().storedValue().balance(shop.member.id).total().isZero());
    CHECK(shop.store->loyalty().storedValue().ledgerBalance(shop.member.id).total().isZero());
    CHECK(errorOf([&] { shop.store->loyalty().withdraw(shop.member.id, PaymentMethod::Cash); }) ==
          ErrorCode::InsufficientBalance);
}

TEST_CASE("A receipt tells what is left to refund and can be printed again", "[checkout][refund]")
{
    Shop shop;
    const SaleRecord sale = shop.pay("4006381333931", 3, "30.00");
    shop.store->checkout().refund(sale.receiptNo, {{1, 1}});
    const QList<RefundableLine> lines = shop.store->checkout().refundable(sale.receiptNo);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].line.qty == 3);
    CHECK(lines[0].refunded == 1);
    CHECK(lines[0].remaining() == 2);
    CHECK(shop.store->checkout().reprint(sale.receiptNo) > 0);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = "
                                             "'reprint' AND sale_id = %1")
                                  .arg(sale.id)) == 1);
    CHECK(errorOf([&] { shop.store->checkout().reprint(QStringLiteral("20991231-0001")); }) ==
          ErrorCode::NotFound);
}

TEST_CASE("Points are adjusted by hand only with a reason and never below zero",
          "[checkout][adjust]")
{
    Shop shop;
    LoyaltyService &loyalty = shop.store->loyalty();
    const PointsAdjustment gift =
        loyalty.adjustPoints(shop.member.id, 50, QStringLiteral("补登积分"));
    CHECK(gift.balance == 50);
    const QList<PointsEntry> entries = loyalty.points().entries(shop.member.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].kind == PointsKind::Adjust);
    CHECK(entries[0].reason == QStringLiteral("补登积分"));
    // Given points last as long as earned ones.
    CHECK(entries[0].expiresAt == shop.store.clock().now().addMonths(24));

    CHECK(errorOf([&] { loyalty.adjustPoints(shop.member.id, 10, QStringLiteral("  ")); }) ==
          ErrorCode::ReasonRequired);
    CHECK(errorOf([&] { loyalty.adjustPoints(shop.member.id, 0, QStringLiteral("x")); }) ==
          ErrorCode::InvalidPoints);
    CHECK(errorOf([&] { loyalty.adjustPoints(shop.member.id, -51, QStringLiteral("x")); }) ==
          ErrorCode::InsufficientPoints);
    CHECK(errorOf([&] { loyalty.adjustPoints(shop.member.id, 5, QString(201, u'字')); }) ==
          ErrorCode::InvalidArgument);
    CHECK(errorOf([&] { loyalty.adjustPoints(424242, 5, QStringLiteral("x")); }) ==
          ErrorCode::NotFound);
    CHECK(shop.points() == 50);
    CHECK(loyalty.points().entries(shop.member.id).size() == 1);

    CHECK(loyalty.adjustPoints(shop.member.id, -50, QStringLiteral("兑换毛巾")).balance == 0);
    CHECK(loyalty.points().ledgerBalance(shop.member.id) == 0);
}

TEST_CASE("A member's history lists sales and refunds newest first with totals",
          "[checkout][history]")
{
    Shop shop;
    const SaleRecord first = shop.pay("4006381333931", 2, "20.00");
    shop.store.clock().advanceDays(3);
    const SaleRecord second = shop.pay("6901234567892", 4, "10.00");
    shop.store.clock().advanceDays(1);
    const SaleRecord refund =
        shop.store->checkout().refund(first.receiptNo, {{1, 1}}, QStringLiteral("王店长"));
    shop.pay("6901234567892", 1, "2.50", false); // a walk-in sale is nobody's history

    const SaleHistory &history = shop.store->history();
    const QList<SaleSummary> all = history.forMember(shop.member.id, 0, 10);
    REQUIRE(all.size() == 3);
    CHECK(all[0].receiptNo == refund.receiptNo);
    CHECK(all[0].refund);
    CHECK(all[0].originalReceiptNo == first.receiptNo);
    CHECK(all[0].items == -1);
    CHECK(all[0].total == yuan("-10.00"));
    CHECK(all[0].cashier == QStringLiteral("王店长"));
    CHECK(all[1].receiptNo == second.receiptNo);
    CHECK(all[1].items == 4);
    CHECK(all[1].pointsEarned == 10);
    CHECK(all[2].receiptNo == first.receiptNo);

    const QList<SaleSummary> page = history.forMember(shop.member.id, all[1].id, 10);
    REQUIRE(page.size() == 1);
    CHECK(page[0].receiptNo == first.receiptNo);

    const MemberSalesTotals totals = history.totalsFor(shop.member.id);
    CHECK(totals.visits == 2);
    CHECK(totals.spent == yuan("20.00"));
    CHECK(totals.averageTicket() == yuan("10.00"));
    CHECK(totals.firstSaleAt == first.createdAt);
    CHECK(totals.lastSaleAt == second.createdAt);
    CHECK(history.totalsFor(424242).visits == 0);
    CHECK(history.totalsFor(424242).averageTicket().isZero());
}
