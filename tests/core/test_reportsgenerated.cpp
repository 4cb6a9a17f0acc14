// Reports on a generated store: every report reconciles with the receipts and ledgers it sums,
// and the generator's own summaries equal what folding its receipts gives.
#include "catchqt.h"
#include "io/demostore.h"
#include "reports/reports.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace storedesk::core;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

void checkSameFigures(const SalesFigures &a, const SalesFigures &b)
{
    CHECK(a.sales == b.sales);
    CHECK(a.refunds == b.refunds);
    CHECK(a.gross == b.gross);
    CHECK(a.discounts == b.discounts);
    CHECK(a.pointsValue == b.pointsValue);
    CHECK(a.net == b.net);
    CHECK(a.refunded == b.refunded);
    CHECK(a.pointsEarned == b.pointsEarned);
    CHECK(a.pointsRedeemed == b.pointsRedeemed);
}

SalesFigures sumOf(const QList<SalesRow> &rows)
{
    SalesFigures sum;
    for (const SalesRow &r : rows)
        sum += r.figures;
    return sum;
}

} // namespace

TEST_CASE("On a generated store every report reconciles with the receipts and ledgers",
          "[reports][demo]")
{
    TestStore store;
    store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
    store.clock().set(QDateTime(QDate(2026, 11, 22), QTime(18, 30), QTimeZone("Asia/Shanghai")));
    DemoOptions options{400, 80, 3};
    options.sales = 5000;
    options.days = 45;
    const DemoSummary summary = DemoStore::fill(*store, options);
    REQUIRE(summary.trading.sales == 5000);
    REQUIRE(summary.trading.refunds > 50);
    Database &db = store->database();
    Reports &reports = store->reports();
    const ReportPeriod period = ReportPeriod::of(QDate(2026, 10, 9), QDate(2026, 11, 22));

    SECTION("each day's close report equals its receipts, payments and ledger entries")
    {
        for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
            CAPTURE(day.toString(Qt::ISODate).toStdString());
            const QVariantList d{day.toString(Qt::ISODate)};
            const CloseReport z = reports.close().forDay(day);
            CHECK(z.salesCount == scalar(db,
                                         QStringLiteral("SELECT count(*) FROM sales WHERE "
                                                        "business_day = ? AND kind = 'sale'"),
                                         d));
            CHECK(z.total().fen() ==
                  scalar(db,
                         QStringLiteral("SELECT coalesce(sum(total_fen), 0) FROM sales WHERE "
                                        "business_day = ?"),
                         d));
            CHECK(z.net == z.gross - z.discounts - z.pointsValue);
            CHECK(z.total() == z.net - z.refunds);
            Money methods;
            for (const CloseTakings &t : z.payments) {
                methods += t.net();
                CHECK(t.net().fen() ==
                      scalar(db,
                             QStringLiteral("SELECT coalesce(sum(p.amount_fen), 0) FROM "
                                            "sale_payments p JOIN sales s ON s.id = p.sale_id "
                                            "WHERE s.business_day = ? AND p.method = ?"),
                             {d[0], paymentMethodCode(t.method)}));
            }
            CHECK(methods == z.total());
            CHECK(z.storedValueSpent.fen() ==
                  scalar(db,
                         QStringLiteral("SELECT coalesce(-sum(v.paid_fen + v.bonus_fen), 0) FROM "
                                        "stored_value_ledger v JOIN sales s ON s.id = v.sale_id "
                                        "WHERE v.kind = 'pay' AND s.business_day = ?"),
                         d));
            CHECK(z.pointsIssued ==
                  scalar(db,
                         QStringLiteral("SELECT coalesce(sum(l.points), 0) FROM points_ledger l "
                                        "JOIN sales s ON s.id = l.sale_id WHERE l.kind = 'earn' "
                                        "AND s.business_day = ?"),
                         d));
            CHECK(z.pointsRedeemed ==
                  -scalar(db,
                          QStringLiteral("SELECT coalesce(sum(l.points), 0) FROM points_ledger l "
                                         "JOIN sales s ON s.id = l.sale_id WHERE l.kind = "
                                         "'redeem' AND s.business_day = ?"),
                          d));
            Money discounts;
            for (const CloseDiscount &c : z.discountsByKind)
                discounts += c.amount;
            CHECK(discounts == z.discounts);

            // The generated cashiers' shifts cover the whole day between them.
            REQUIRE_FALSE(z.shifts.isEmpty());
            qint64 shiftSales = 0;
            Money shiftTotal;
            Money shiftExpected;
            Money shiftTopUps;
            for (const Shift &s : z.shifts) {
                const CloseReport sz = reports.close().forShift(s.id);
                shiftSales += sz.salesCount;
                shiftTotal += sz.total();
                shiftExpected += sz.cash.expected();
                shiftTopUps += sz.storedValueToppedUp;
            }
            CHECK(shiftSales == z.salesCount);
            CHECK(shiftTotal == z.total());
            CHECK(shiftExpected == z.cash.expected());
            CHECK(shiftTopUps == z.storedValueToppedUp);
        }
    }

    SECTION("days, weeks and months add up to the period, and so do the other groupings")
    {
        const SalesReport total = reports.sales().totals(period);
        CHECK(total.total.sales == 5000);
        CHECK(total.total.net - total.total.refunded ==
              Money::fromFen(scalar(db, QStringLiteral("SELECT sum(total_fen) FROM sales"))));
        for (SalesGrouping g : {SalesGrouping::Day, SalesGrouping::Week, SalesGrouping::Month,
                                SalesGrouping::Hour, SalesGrouping::Cashier}) {
            CAPTURE(salesGroupingCode(g).toStdString());
            checkSameFigures(sumOf(reports.sales().run(period, g).rows), total.total);
        }
        CHECK(reports.sales().run(period, SalesGrouping::Day).rows.size() == 45);
        CHECK(reports.sales().run(period, SalesGrouping::Cashier).rows.size() == 2);

        const SalesFigures byPayment =
            sumOf(reports.sales().run(period, SalesGrouping::Payment).rows);
        CHECK(byPayment.takings() == total.total.takings());
        const SalesFigures byProduct =
            sumOf(reports.sales().run(period, SalesGrouping::Product).rows);
        const SalesFigures byCategory =
            sumOf(reports.sales().run(period, SalesGrouping::Category).rows);
        CHECK(byProduct.items == total.total.items);
        CHECK(byCategory.items == total.total.items);
        CHECK(byCategory.net == byProduct.net);
        // Lines are before points: what they took, less the points, is what the receipts took.
        CHECK(byProduct.net - total.total.pointsValue == total.total.net);
        CHECK(byProduct.discounts == total.total.discounts);

        SalesFigures shares = total.share.members;
        shares += total.share.walkIns;
        checkSameFigures(shares, total.total);
        CHECK(total.share.members.sales > 0);
        CHECK(total.share.walkIns.sales > 0);
        const int bp = total.share.memberNetBasisPoints();
        CHECK(bp > 0);
        CHECK(bp < 10000);
    }

    SECTION("liabilities equal the ledgers' sums")
    {
        const Liabilities l = reports.liabilities().now();
        CHECK(l.pointsNet() ==
              scalar(db, QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger")));
        CHECK(l.storedValuePaid.fen() ==
              scalar(db, QStringLiteral("SELECT sum(paid_fen) FROM stored_value_ledger")));
        CHECK(l.storedValueBonus.fen() ==
              scalar(db, QStringLiteral("SELECT sum(bonus_fen) FROM stored_value_ledger")));
        CHECK(l.pointsOutstanding > 0);
        CHECK(l.pointsValue == l.redeemValue.scaled(l.pointsOutstanding, l.redeemPoints));
        CHECK(l.total() == l.pointsValue + l.storedValuePaid + l.storedValueBonus);
    }

    SECTION("campaigns account for every discount and coupon")
    {
        const CampaignReport c = reports.campaigns().run(period);
        CHECK(c.discount == reports.sales().totals(period).total.discounts);
        // Some were handed out in the days before the period began.
        CHECK(c.couponsIssued ==
              scalar(db, QStringLiteral("SELECT count(*) FROM coupons WHERE issued_at >= ?"),
                     {storedTimestamp(period.startUtc(QTimeZone("Asia/Shanghai")))}));
        CHECK(c.couponsIssued < scalar(db, QStringLiteral("SELECT count(*) FROM coupons")));
        CHECK(c.couponsUsed ==
              scalar(db, QStringLiteral("SELECT count(*) FROM coupons WHERE status = 'used'")));
        qint64 couponUses = 0;
        for (const CampaignRow &row : c.rows) {
            if (row.kind == u"coupon")
                couponUses += row.uses;
        }
        CHECK(couponUses == c.couponsUsed);
        for (const CampaignRow &row : c.rows) {
            // A coupon's row holds its issues and its uses: one discount per coupon used.
            if (row.kind == u"coupon") {
                CAPTURE(row.name.toStdString());
                CHECK(row.uses == row.couponsUsed);
                CHECK(row.couponsIssued > 0);
            }
        }
        CHECK(std::any_of(c.rows.cbegin(), c.rows.cend(),
                          [](const CampaignRow &r) { return r.kind == u"promotion"; }));
    }

    SECTION("members report covers every buyer and member")
    {
        const MemberReport m = reports.members().run(period, SalesGrouping::Week);
        qint64 segmented = 0;
        Money spend;
        for (const RfmSegment &s : m.rfm) {
            segmented += s.members;
            spend += s.spend;
        }
        CHECK(segmented == m.rfmAverages.buyers);
        CHECK(spend == m.rfmAverages.spendTotal);
        CHECK(m.rfmAverages.buyers ==
              scalar(db, QStringLiteral("SELECT count(DISTINCT member_id) FROM sales WHERE "
                                        "kind = 'sale'")));
        qint64 tiers = 0;
        for (const TierRow &t : m.tiers)
            tiers += t.members;
        CHECK(tiers == 400);
        CHECK(m.upgrades == scalar(db, QStringLiteral("SELECT count(*) FROM tier_changes WHERE "
                                                      "to_tier > from_tier")));
    }
}

TEST_CASE("The generator's summaries are what folding its receipts gives", "[reports][demo]")
{
    TestStore store;
    store->settings().setTimeZone(QStringLiteral("America/New_York")); // with summer time
    store.clock().set(QDateTime(QDate(2026, 3, 20), QTime(20, 0), QTimeZone("America/New_York")));
    DemoOptions options{200, 40, 5};
    options.sales = 3000;
    options.days = 30; // summer time starts on 8 March
    DemoStore::fill(*store, options);
    Database &db = store->database();
    const QStringList tables{QStringLiteral("report_sales"), QStringLiteral("report_payments"),
                             QStringLiteral("report_products"), QStringLiteral("report_discounts")};
    for (const QString &t : tables)
        db.exec(QStringLiteral("CREATE TEMP TABLE generated_%1 AS SELECT * FROM %1").arg(t));
    CHECK(store->reports().summaries().foldedThrough() ==
          scalar(db, QStringLiteral("SELECT max(id) FROM sales")));
    for (const QString &t : tables)
        db.exec(QStringLiteral("DELETE FROM %1").arg(t));
    db.exec(QStringLiteral("UPDATE report_state SET folded_sale_id = 0"));
    CHECK(store->reports().summaries().catchUp() ==
          scalar(db, QStringLiteral("SELECT count(*) FROM sales")));
    for (const QString &t : tables) {
        CAPTURE(t.toStdString());
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(t)) > 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT * FROM %1 EXCEPT SELECT * "
                                        "FROM generated_%1)")
                             .arg(t)) == 0);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT * FROM generated_%1 EXCEPT "
                                        "SELECT * FROM %1)")
                             .arg(t)) == 0);
    }
}
