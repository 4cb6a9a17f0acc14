// Thousands of mixed sales, refunds, top-ups and expiries at random, checking after every step
// that the books balance: every balance equals its ledger, stored value never goes negative,
// payments always equal what was due, and no point exists without its source.
#include "catchqt.h"
#include "io/demostore.h"
#include "sales/checkout.h"
#include "store/storecheck.h"
#include "teststore.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <random>

using namespace storedesk::core;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

void checkBooks(Database &db)
{
    // Cached balances equal the ledgers, and stored value is never negative.
    CHECK(scalar(db, QStringLiteral(
                         "SELECT count(*) FROM members m WHERE points_balance <> (SELECT "
                         "coalesce(sum(points), 0) FROM points_ledger l WHERE l.member_id = m.id) "
                         "OR stored_paid_fen <> (SELECT coalesce(sum(paid_fen), 0) FROM "
                         "stored_value_ledger s WHERE s.member_id = m.id) OR stored_bonus_fen <> "
                         "(SELECT coalesce(sum(bonus_fen), 0) FROM stored_value_ledger s WHERE "
                         "s.member_id = m.id) OR stored_paid_fen < 0 OR stored_bonus_fen < 0")) ==
          0);
    // Payments add up to what was due, on every sale and refund.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sales s WHERE total_fen <> (SELECT "
                                    "coalesce(sum(amount_fen), 0) FROM sale_payments p WHERE "
                                    "p.sale_id = s.id)")) == 0);
    // Every sale's arithmetic holds: subtotal − discounts − points value = total.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE subtotal_fen - discount_fen "
                                    "- points_value_fen <> total_fen")) == 0);
    // No point without a source: earned and clawed-back points match the sales that caused
    // them, redeemed and restored points likewise.
    CHECK(scalar(db, QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE "
                                    "kind IN ('earn', 'clawback')")) ==
          scalar(db, QStringLiteral("SELECT coalesce(sum(points_earned), 0) FROM sales")));
    CHECK(scalar(db, QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE "
                                    "kind IN ('redeem', 'restore')")) ==
          -scalar(db, QStringLiteral("SELECT coalesce(sum(points_redeemed), 0) FROM sales")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind IN ('earn', "
                                    "'redeem', 'clawback', 'restore') AND sale_id IS NULL")) == 0);
    // Allocations never take more from a lot, or pay more of a debit, than it holds.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM points_ledger l WHERE (SELECT "
                                    "coalesce(sum(points), 0) FROM points_allocations a WHERE "
                                    "a.credit_id = l.id OR a.debit_id = l.id) > abs(l.points)")) ==
          0);
    // Stock follows its moves.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM products p WHERE stock <> (SELECT "
                                    "coalesce(sum(qty), 0) FROM stock_moves m WHERE "
                                    "m.product_id = p.id)")) == 0);
}

} // namespace

TEST_CASE("Thousands of random sales refunds top-ups and expiries keep the books",
          "[checkout][invariants]")
{
    TestStore store;
    store->loyalty().setZone(QTimeZone("Asia/Shanghai"));
    DemoStore::fill(*store, DemoOptions{40, 30, 11});
    Database &db = store->database();
    db.exec(QStringLiteral("UPDATE products SET active = 1"));
    for (const Product &p : store->catalog().find(QString(), 1000))
        store->catalog().adjustStock(p.id, 1000 - p.stock, QStringLiteral("stocktake"));
    db.exec(QStringLiteral("UPDATE members SET status = 'active'"));

    QStringList phones;
    QSqlQuery m = db.exec(QStringLiteral("SELECT phone FROM members ORDER BY id"));
    while (m.next())
        phones.append(m.value(0).toString());
    QStringList barcodes;
    QSqlQuery p = db.exec(QStringLiteral("SELECT barcode FROM products ORDER BY id"));
    while (p.next())
        barcodes.append(p.value(0).toString());

    std::mt19937_64 random(20261122);
    const auto below = [&](quint64 n) {
        return qint64(random() % n);
    };
    QStringList receipts;
    int sales = 0;
    int refunds = 0;
    int refused = 0;
    for (int step = 0; step < 2500; ++step) {
        const qint64 roll = below(100);
        try {
            if (roll < 60) {
                SaleRequest r;
                const bool member = below(100) < 75;
                if (member)
                    r.member = phones[int(below(phones.size()))];
                for (qint64 i = 0, n = 1 + below(4); i < n; ++i)
                    r.lines.append({barcodes[int(below(barcodes.size()))], 1 + below(3)});
                Quote q = store->checkout().quote(r);
                if (member && q.cart.maxRedeemablePoints > 0 && below(3) == 0) {
                    r.redeemPoints = q.cart.maxRedeemablePoints;
                    q = store->checkout().quote(r);
                }
                Money due = q.cart.totalDue;
                if (member && q.storedValue.total().fen() > 0 && below(2) == 0) {
                    const Money sv = std::min(due, q.storedValue.total());
                    if (sv.fen() > 0)
                        r.payments.append({PaymentMethod::StoredValue, sv, Money()});
                    due -= sv;
                }
                if (due.fen() > 0) {
                    const bool cash = below(2) == 0;
                    r.payments.append({cash ? PaymentMethod::Cash : PaymentMethod::Alipay, due,
                                       cash ? due + Money::fromFen(below(5000)) : Money()});
                }
                receipts.append(store->checkout().commit(r).receiptNo);
                ++sales;
            } else if (roll < 75 && !receipts.isEmpty()) {
                const QString receipt = receipts[int(below(receipts.size()))];
                const SaleRecord original = store->checkout().loadByReceipt(receipt);
                QList<RefundLine> lines;
                if (below(2) == 0) {
                    const SaleLineRecord &line = original.lines[int(below(original.lines.size()))];
                    lines.append({line.lineNo, 1});
                }
                store->checkout().refund(receipt, lines);
                ++refunds;
            } else if (roll < 85) {
                const Member member = store->members().resolve(phones[int(below(phones.size()))]);
                store->loyalty().topUp(member.id, Money::fromFen(10000 + below(120000)),
                                       PaymentMethod::WeChat);
            } else {
                store.clock().advanceDays(1 + below(60));
                store->loyalty().runDaily();
            }
        } catch (const Error &e) {
            // Refusals are part of the game (refunding what is already refunded, …); they
            // must leave the books as they were.
            ++refused;
            CAPTURE(e.codeName().toStdString(), e.message().toStdString());
            CHECK(
                (e.code() == ErrorCode::AlreadyRefunded || e.code() == ErrorCode::InvalidQuantity));
        }
        if (step % 50 == 0)
            checkBooks(db);
    }
    checkBooks(db);
    // storedeskctl check agrees, with its stricter per-sale view of the same books.
    const CheckReport report = StoreCheck::run(db);
    INFO(report.failed().join(u' ').toStdString());
    CHECK(report.ok());
    CHECK(sales > 1000);
    CHECK(refunds > 100);
    INFO("refused " << refused);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'expire'")) >
          0);
}

TEST_CASE("A generated store keeps the books the checkout keeps", "[demo][invariants]")
{
    TestStore store;
    store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
    DemoOptions options{300, 60, 17};
    options.sales = 4000;
    options.days = 40;
    const DemoSummary summary = DemoStore::fill(*store, options);
    CHECK(summary.trading.sales == 4000);
    CHECK(summary.trading.refunds > 0);
    CHECK(summary.trading.topUps > 0);
    CHECK(summary.trading.coupons > 0);
    Database &db = store->database();
    checkBooks(db);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'sale'")) == 4000);
    // Receipt numbers run 1, 2, 3 … within each store day, and name the day.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT business_day, max(day_seq) AS "
                                    "last, count(*) AS n FROM sales GROUP BY business_day) "
                                    "WHERE last <> n")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sales WHERE receipt_no <> "
                                    "replace(business_day, '-', '') || '-' || "
                                    "printf('%04d', day_seq)")) == 0);
    // A refund gives back exactly its sale, after it, and each sale comes back at most once.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sales r JOIN sales o ON o.id = "
                                    "r.original_sale_id WHERE r.total_fen <> -o.total_fen OR "
                                    "r.created_at < o.created_at")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT original_sale_id FROM sales "
                                    "WHERE kind = 'refund' GROUP BY 1 HAVING count(*) > 1)")) == 0);
    // Each member's last purchase, their tier and a sale's day are as the checkout keeps them.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM members m WHERE last_sale_at IS NOT "
                                    "(SELECT max(created_at) FROM sales s WHERE s.member_id = "
                                    "m.id AND s.kind = 'sale')")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM members m WHERE tier <> coalesce((SELECT "
                                    "to_tier FROM tier_changes t WHERE t.member_id = m.id ORDER "
                                    "BY t.id DESC LIMIT 1), 0)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM members WHERE tier > 0")) > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sales s JOIN members m ON m.id = "
                                    "s.member_id WHERE s.created_at < m.joined_at OR m.status = "
                                    "'frozen'")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM products WHERE stock < 0")) == 0);
    QSqlQuery fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    CHECK_FALSE(fk.next());
    // A sale from the store afterwards works on the generated data.
    const QString phone = QString::number(scalar(
        db,
        QStringLiteral(
            "SELECT phone FROM members WHERE status = 'active' AND stored_paid_fen > 0 LIMIT 1")));
    SaleRequest r;
    r.member = phone;
    r.lines = {
        {QString::number(scalar(db, QStringLiteral("SELECT barcode FROM products LIMIT 1"))), 1}};
    const Money due = store->checkout().quote(r).cart.totalDue;
    r.payments = {{PaymentMethod::StoredValue, due, Money()}};
    store->checkout().commit(r);
    checkBooks(db);
}

TEST_CASE("The same seed gives the same trading history", "[demo]")
{
    const auto history = [](quint64 seed) {
        TestStore store;
        DemoOptions options{60, 20, seed};
        options.sales = 300;
        options.days = 10;
        DemoStore::fill(*store, options);
        QSqlQuery q = store->database().exec(QStringLiteral(
            "SELECT group_concat(receipt_no || coalesce(member_id, '') || total_fen || "
            "created_at, ';') FROM sales ORDER BY id"));
        q.next();
        return q.value(0).toString();
    };
    CHECK(history(8) == history(8));
    CHECK(history(8) != history(9));
}

TEST_CASE("Sample sales need products and a store that does not trade yet", "[demo]")
{
    TestStore store;
    DemoOptions noProducts{10, 0, 1};
    noProducts.sales = 10;
    CHECK(storedesk::test::errorOf([&] { DemoStore::fill(*store, noProducts); }) ==
          ErrorCode::InvalidArgument);
    CHECK(store->members().count() == 0); // nothing of it stays
    DemoOptions first{10, 5, 1};
    first.sales = 20;
    first.days = 2;
    DemoStore::fill(*store, first);
    CHECK(storedesk::test::errorOf([&] { DemoStore::fill(*store, first); }) ==
          ErrorCode::InvalidArgument);
    CHECK(store->members().count() == 10);
    DemoOptions badDays{0, 0, 1};
    badDays.sales = 1;
    badDays.days = 0;
    CHECK(storedesk::test::errorOf([&] { DemoStore::fill(*store, badDays); }) ==
          ErrorCode::InvalidArgument);
}
