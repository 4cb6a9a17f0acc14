// The manager's reports: close reports of a day and of a shift, sales by period and grouping,
// members, liabilities and campaigns — checked against hand-made sales to the fen, and on a
// generated store against the receipts and ledgers they sum.
#include "catchqt.h"
#include "io/demostore.h"
#include "queryplans.h"
#include "reports/reports.h"
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

QDateTime shanghai(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Shanghai"));
}

/// A store in Shanghai's time zone with a member (13800138000), water at 2.50 and a pen at
/// 10.00.
struct Shop
{
    TestStore store;
    Member member;

    explicit Shop(const QString &zone = QStringLiteral("Asia/Shanghai"))
    {
        store->settings().setTimeZone(zone);
        NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        member = store->members().add(m);
        for (const auto &[barcode, name, price] :
             {std::tuple{"6901234567892", "矿泉水", "2.50"},
              std::tuple{"4006381333931", "中性笔", "10.00"}}) {
            NewProduct p;
            p.barcode = QString::fromLatin1(barcode);
            p.name = QString::fromUtf8(name);
            p.price = QString::fromLatin1(price);
            p.stock = 1000;
            store->catalog().add(p);
        }
    }

    void at(const QDateTime &moment) { store.clock().set(moment); }

    /// Sells \a qty of \a barcode paid whole by \a method (stored value first when asked).
    SaleRecord sell(const char *cashier, const char *barcode, qint64 qty, PaymentMethod method,
                    bool withMember = false, qint64 redeem = 0)
    {
        SaleRequest r;
        r.cashier = QString::fromUtf8(cashier);
        r.member = withMember ? QStringLiteral("13800138000") : QString();
        r.lines = {{QString::fromLatin1(barcode), qty}};
        r.redeemPoints = redeem;
        const Money due = store->checkout().quote(r).cart.totalDue;
        r.payments = {{method, due, Money()}};
        return store->checkout().commit(r);
    }

    Reports &reports() { return store->reports(); }
};

const char *kWater = "6901234567892";
const char *kPen = "4006381333931";

Money takingsOf(const CloseReport &r, PaymentMethod method)
{
    for (const CloseTakings &t : r.payments) {
        if (t.method == method)
            return t.net();
    }
    return {};
}

} // namespace

TEST_CASE("A store day is the local day: 23:30 and 00:30 fall on two days of one UTC date",
          "[reports]")
{
    Shop shop;
    // 2026-11-22 23:30 and 2026-11-23 00:30 in Shanghai are 15:30 and 16:30 UTC on the 22nd.
    shop.at(shanghai(2026, 11, 22, 23, 30));
    shop.sell("王丽", kPen, 1, PaymentMethod::Cash);
    shop.at(shanghai(2026, 11, 23, 0, 30));
    shop.sell("王丽", kPen, 2, PaymentMethod::Cash);
    REQUIRE(shop.store.clock().now().date() == QDate(2026, 11, 22)); // the UTC date

    const CloseReport first = shop.reports().close().forDay(QDate(2026, 11, 22));
    const CloseReport second = shop.reports().close().forDay(QDate(2026, 11, 23));
    CHECK(first.salesCount == 1);
    CHECK(first.total() == yuan("10.00"));
    CHECK(second.salesCount == 1);
    CHECK(second.total() == yuan("20.00"));

    const SalesReport byDay = shop.reports().sales().run(
        ReportPeriod::of(QDate(2026, 11, 22), QDate(2026, 11, 23)), SalesGrouping::Day);
    REQUIRE(byDay.rows.size() == 2);
    CHECK(byDay.rows[0].key == QStringLiteral("2026-11-22"));
    CHECK(byDay.rows[0].figures.net == yuan("10.00"));
    CHECK(byDay.rows[1].figures.net == yuan("20.00"));

    const SalesReport byHour = shop.reports().sales().run(
        ReportPeriod::of(QDate(2026, 11, 22), QDate(2026, 11, 23)), SalesGrouping::Hour);
    REQUIRE(byHour.rows.size() == 24);
    CHECK(byHour.rows[23].figures.sales == 1);
    CHECK(byHour.rows[0].figures.sales == 1);
    CHECK(byHour.rows[15].figures.sales == 0); // not the UTC hour
}

TEST_CASE("Hours of day follow the store's zone across summer time", "[reports]")
{
    Shop shop(QStringLiteral("America/New_York"));
    const QTimeZone ny("America/New_York");
    // Summer time starts on 8 March 2026: 10:00 is 15:00 UTC before it and 14:00 UTC after.
    shop.at(QDateTime(QDate(2026, 3, 7), QTime(10, 0), ny));
    shop.sell("Ann", kWater, 1, PaymentMethod::Card);
    shop.at(QDateTime(QDate(2026, 3, 9), QTime(10, 0), ny));
    shop.sell("Ann", kWater, 1, PaymentMethod::Card);
    const SalesReport byHour = shop.reports().sales().run(
        ReportPeriod::of(QDate(2026, 3, 7), QDate(2026, 3, 9)), SalesGrouping::Hour);
    CHECK(byHour.rows[10].figures.sales == 2);
    CHECK(byHour.total.sales == 2);
}

TEST_CASE("A day's and a shift's close reports add up to the fen", "[reports][shifts]")
{
    Shop shop;
    Shifts &shifts = shop.store->shifts();
    shop.at(shanghai(2026, 11, 22, 9, 0));
    const Shift shift = shifts.open(QStringLiteral("王丽"), yuan("500.00"));
    CHECK(shift.businessDay == QDate(2026, 11, 22));

    shop.at(shanghai(2026, 11, 22, 9, 30));
    shop.sell("王丽", kPen, 30, PaymentMethod::Cash, true); // 300.00, earns 300 points
    shop.at(shanghai(2026, 11, 22, 9, 40));
    shop.store->loyalty().topUp(shop.member.id, yuan("500.00"), PaymentMethod::Cash);
    shop.at(shanghai(2026, 11, 22, 10, 0));
    // 100.00 less 100 points (5.00), paid from stored value; earns 95 points.
    shop.sell("王丽", kPen, 10, PaymentMethod::StoredValue, true, 100);
    shop.at(shanghai(2026, 11, 22, 10, 10));
    const SaleRecord walkIn = shop.sell("王丽", kWater, 2, PaymentMethod::Card);
    shop.at(shanghai(2026, 11, 22, 10, 20));
    shop.store->checkout().refund(walkIn.receiptNo, {}, QStringLiteral("王丽"));
    shop.at(shanghai(2026, 11, 22, 10, 30));
    shop.sell("李强", kWater, 4, PaymentMethod::Cash); // another cashier, no shift

    const CloseReport day = shop.reports().close().forDay(QDate(2026, 11, 22));
    CHECK(day.salesCount == 4);
    CHECK(day.refundsCount == 1);
    CHECK(day.items == 46);
    CHECK(day.itemsReturned == 2);
    CHECK(day.gross == yuan("415.00"));
    CHECK(day.discounts == Money());
    CHECK(day.pointsValue == yuan("5.00"));
    CHECK(day.net == yuan("410.00"));
    CHECK(day.refunds == yuan("5.00"));
    CHECK(day.total() == yuan("405.00"));
    CHECK(takingsOf(day, PaymentMethod::Cash) == yuan("310.00"));
    CHECK(takingsOf(day, PaymentMethod::StoredValue) == yuan("95.00"));
    CHECK(takingsOf(day, PaymentMethod::Card) == Money());
    CHECK(day.storedValueToppedUp == yuan("500.00"));
    CHECK(day.storedValueBonus == yuan("50.00"));
    CHECK(day.storedValueSpent == yuan("95.00"));
    CHECK(day.pointsIssued == 395);
    CHECK(day.pointsRedeemed == 100);
    CHECK(day.memberSales == 2);
    CHECK(day.memberNet == yuan("395.00"));
    CHECK(day.cash.openingFloat == yuan("500.00"));
    CHECK(day.cash.sales == yuan("310.00"));
    CHECK(day.cash.topUps == yuan("500.00"));
    CHECK(day.cash.expected() == yuan("1310.00"));
    CHECK_FALSE(day.cash.counted); // the shift is still open
    REQUIRE(day.shifts.size() == 1);

    const CloseReport open = shop.reports().close().forShift(shift.id);
    CHECK(open.salesCount == 3);
    CHECK(open.total() == yuan("395.00"));
    CHECK(open.cash.expected() == yuan("1300.00"));

    shop.at(shanghai(2026, 11, 22, 15, 0));
    shifts.close(shift.id, yuan("1295.50"), QStringLiteral("短款"));
    shop.at(shanghai(2026, 11, 22, 15, 5));
    shop.sell("王丽", kWater, 1, PaymentMethod::Cash); // after the close: not the shift's

    const CloseReport closed = shop.reports().close().forShift(shift.id);
    CHECK(closed.salesCount == 3);
    CHECK(closed.refundsCount == 1);
    CHECK(closed.total() == yuan("395.00"));
    CHECK(closed.cash.expected() == yuan("1300.00"));
    REQUIRE(closed.cash.counted);
    CHECK(*closed.cash.counted == yuan("1295.50"));
    CHECK(*closed.cash.difference() == yuan("-4.50"));
    CHECK(closed.shift->note == QStringLiteral("短款"));

    const CloseReport later = shop.reports().close().forDay(QDate(2026, 11, 22));
    CHECK(later.salesCount == 5);
    CHECK(later.total() == yuan("407.50"));
    REQUIRE(later.cash.counted);
    CHECK(*later.cash.difference() == *later.cash.counted - later.cash.expected());
}

TEST_CASE("A cashier has one open shift, and a closed one stays closed", "[reports][shifts]")
{
    using storedesk::test::errorOf;
using storedesk::test::scalar;
    Shop shop;
    Shifts &shifts = shop.store->shifts();
    Database &db = shop.store->database();
    const Shift s = shifts.open(QStringLiteral(" 王丽 "), yuan("200"));
    CHECK(s.cashier == QStringLiteral("王丽"));
    const auto count = [&] {
        return scalar(db, QStringLiteral("SELECT count(*) FROM shifts"));
    };

    CHECK(errorOf([&] { shifts.open(QStringLiteral("王丽"), yuan("100")); }) ==
          ErrorCode::ShiftAlreadyOpen);
    CHECK(errorOf([&] { shifts.open(QStringLiteral("  "), yuan("100")); }) ==
          ErrorCode::InvalidName);
    CHECK(errorOf([&] { shifts.open(QStringLiteral("李强"), yuan("-1")); }) ==
          ErrorCode::InvalidAmount);
    CHECK(count() == 1);
    CHECK(errorOf([&] { shifts.close(s.id, yuan("-0.01")); }) == ErrorCode::InvalidAmount);
    CHECK(shifts.get(s.id).isOpen());
    CHECK(errorOf([&] { shifts.close(999, yuan("10")); }) == ErrorCode::NotFound);
    CHECK(errorOf([&] { shifts.requireOpen(QStringLiteral("李强")); }) == ErrorCode::NotFound);

    shifts.close(s.id, yuan("200"));
    CHECK(errorOf([&] { shifts.close(s.id, yuan("200")); }) == ErrorCode::ShiftAlreadyClosed);
    CHECK(*shifts.get(s.id).countedCash == yuan("200.00"));
    // Another may open now, and the day lists both.
    const Shift next = shifts.open(QStringLiteral("王丽"), yuan("300"));
    CHECK(shifts.forDay(s.businessDay).size() == 2);
    CHECK(shifts.openShifts().size() == 1);
    CHECK(shifts.openShifts().first().id == next.id);
}

TEST_CASE("Bad report input is refused with a stable code", "[reports]")
{
    CHECK(errorOf([] {
              ReportPeriod::parse(QStringLiteral("2026-13-01"), QStringLiteral("2026-12-01"));
          }) == ErrorCode::InvalidDate);
    CHECK(errorOf([] {
              ReportPeriod::parse(QStringLiteral("yesterday"), QStringLiteral("2026-12-01"));
          }) == ErrorCode::InvalidDate);
    CHECK(errorOf([] {
              ReportPeriod::parse(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01"));
          }) == ErrorCode::InvalidDate);
    CHECK(errorOf([] {
              ReportPeriod::parse(QStringLiteral("2026-12-02"), QStringLiteral("2026-12-01"));
          }) == ErrorCode::InvalidArgument);
    CHECK(errorOf([] { ReportPeriod::of(QDate(2000, 1, 1), QDate(2026, 1, 1)); }) ==
          ErrorCode::InvalidArgument);
    CHECK(errorOf([] { requireSalesGrouping(QStringLiteral("year"), {SalesGrouping::Day}); }) ==
          ErrorCode::InvalidArgument);
    CHECK(errorOf([] { requireSalesGrouping(QStringLiteral("product"), {SalesGrouping::Day}); }) ==
          ErrorCode::InvalidArgument);
    CHECK(requireSalesGrouping(QStringLiteral(" week "), {SalesGrouping::Week}) ==
          SalesGrouping::Week);
}

TEST_CASE("Weeks run Monday to Sunday and months by the calendar, clipped to the period",
          "[reports]")
{
    const ReportPeriod p = ReportPeriod::of(QDate(2026, 11, 20), QDate(2026, 12, 2));
    const QList<TimeBucket> weeks = timeBuckets(p, SalesGrouping::Week);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].key == QStringLiteral("2026-W47"));
    CHECK(weeks[0].from == QDate(2026, 11, 20));
    CHECK(weeks[0].to == QDate(2026, 11, 22)); // a Sunday
    CHECK(weeks[1].from == QDate(2026, 11, 23));
    CHECK(weeks[2].to == QDate(2026, 12, 2));
    const QList<TimeBucket> months = timeBuckets(p, SalesGrouping::Month);
    REQUIRE(months.size() == 2);
    CHECK(months[0].key == QStringLiteral("2026-11"));
    CHECK(months[1].from == QDate(2026, 12, 1));
    CHECK(timeBucketKey(QDate(2027, 1, 1), SalesGrouping::Week) == QStringLiteral("2026-W53"));
}

TEST_CASE("Summaries take in each new sale once, whichever program folds it", "[reports]")
{
    Shop shop;
    shop.at(shanghai(2026, 11, 22, 10, 0));
    shop.sell("王丽", kPen, 1, PaymentMethod::Cash);
    const ReportPeriod today = ReportPeriod::of(QDate(2026, 11, 22), QDate(2026, 11, 22));
    CHECK(shop.reports().sales().totals(today).total.net == yuan("10.00"));
    shop.sell("王丽", kPen, 2, PaymentMethod::Cash);
    {
        // A second program on the same file folds the new sale first.
        Store other(shop.store.path(), std::make_unique<FixedClock>(shop.store.clock().now()),
                    Store::OpenMode::ExistingOnly);
        CHECK(other.reports().summaries().catchUp() == 1);
        CHECK(other.reports().summaries().catchUp() == 0);
    }
    CHECK(shop.reports().summaries().catchUp() == 0);
    CHECK(shop.reports().sales().totals(today).total.net == yuan("30.00"));
    CHECK(shop.reports().summaries().foldedThrough() == 2);
}

TEST_CASE("Reports read the summaries and indexes, never whole tables", "[reports][plans]")
{
    Shop shop;
    shop.at(shanghai(2026, 11, 22, 10, 0));
    shop.sell("王丽", kPen, 1, PaymentMethod::Cash, true);
    shop.store->shifts().open(QStringLiteral("王丽"), yuan("100"));
    shop.sell("王丽", kWater, 1, PaymentMethod::Cash, true);
    Database &db = shop.store->database();
    shop.reports().summaries().catchUp();
    const ReportPeriod year = ReportPeriod::of(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QStringList plans = storedesk::test::plansOf(db, [&] {
        shop.reports().close().forDay(QDate(2026, 11, 22));
        shop.reports().close().forShift(1);
        shop.reports().sales().run(year, SalesGrouping::Month);
        shop.reports().sales().run(year, SalesGrouping::Payment);
        shop.reports().campaigns().run(year);
    });
    CAPTURE(plans);
    for (const char *table :
         {"sales", "s", "sale_lines", "l", "sale_payments", "p", "sale_discounts", "d",
          "stored_value_ledger", "report_sales", "report_payments", "report_products",
          "report_discounts", "coupons", "c"}) {
        CAPTURE(table);
        CHECK_FALSE(storedesk::test::scansTable(plans, QString::fromLatin1(table)));
    }
}

TEST_CASE("Members report: sign-ups per local day, sleepers as the member list counts them",
          "[reports]")
{
    Shop shop; // 张三 joined 2026-11-22 10:00 and never bought
    const auto join = [&](const char *phone, const QDateTime &at) {
        shop.at(at);
        NewMember m;
        m.phone = QString::fromLatin1(phone);
        m.name = QStringLiteral("会员");
        return shop.store->members().add(m);
    };
    join("13900139001", shanghai(2026, 11, 20, 23, 50));
    join("13900139002", shanghai(2026, 11, 21, 0, 10));
    join("13900139003", shanghai(2026, 11, 21, 9, 0));
    shop.at(shanghai(2026, 12, 25, 12, 0));
    shop.sell("王丽", kPen, 1, PaymentMethod::Cash, true); // 张三 buys a month later

    const MemberReport r = shop.reports().members().run(
        ReportPeriod::of(QDate(2026, 11, 20), QDate(2026, 12, 25)), SalesGrouping::Day);
    REQUIRE(r.joined.size() == 36);
    CHECK(r.joined[0].members == 1);
    CHECK(r.joined[1].members == 2);
    CHECK(r.joined[2].members == 1);
    CHECK(r.joinedInPeriod == 4);
    CHECK(r.members == 4);
    CHECK(r.active30 == 1);
    CHECK(r.neverBought == 3);
    MemberListFilter asleep;
    asleep.sleepingDays = 30;
    CHECK(r.sleeping30 == shop.store->directory().count(asleep));
    CHECK(r.sleeping30 == 3);
    CHECK(r.sleeping90 == 0);
    qint64 inTiers = 0;
    for (const TierRow &t : r.tiers)
        inTiers += t.members;
    CHECK(inTiers == 4);
    CHECK(r.tiers[0].visits == 1);
    CHECK(r.tiers[0].averageSpend() == yuan("10.00"));
    CHECK(r.rfmAverages.buyers == 1);
    qint64 segmented = 0;
    for (const RfmSegment &s : r.rfm)
        segmented += s.members;
    CHECK(segmented == 1);
    CHECK(r.rfm.size() == 8);
    CHECK(r.rfm.first().code() == QStringLiteral("important_value"));
}
