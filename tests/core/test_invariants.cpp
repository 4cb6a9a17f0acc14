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
