#include "reportsummaries.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "loyalty/loyaltyservice.h"
#include "reportperiod.h"

#include <QSqlQuery>

namespace storedesk::core {

namespace {

// Sales folded per statement: keeps SQLite's sorter small on a store with millions of them.
constexpr qint64 kChunk = 200'000;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

ReportSummaries::ReportSummaries(Database &db, const LoyaltyService &loyalty)
    : m_db(db)
    , m_loyalty(loyalty)
{}

qint64 ReportSummaries::foldedThrough() const
{
    return scalar(m_db, QStringLiteral("SELECT folded_sale_id FROM report_state WHERE id = 1"));
}

QString ReportSummaries::discountNameSql()
{
    return QStringLiteral("CASE WHEN d.kind = 'coupon' THEN coalesce((SELECT t.name FROM coupons c "
                          "JOIN coupon_templates t ON t.id = c.template_id WHERE c.code = d.code), "
                          "d.name) ELSE d.name END");
}

qint64 ReportSummaries::catchUp()
{
    const QString lastSale = QStringLiteral("SELECT coalesce(max(id), 0) FROM sales");
    if (scalar(m_db, lastSale) <= foldedThrough())
        return 0;
    Transaction tx(m_db);
    // Read again under the write lock: another program may have folded meanwhile.
    const qint64 from = foldedThrough();
    const qint64 last = scalar(m_db, lastSale);
    for (qint64 after = from; after < last; after += kChunk)
        fold(after, std::min(last, after + kChunk));
    m_db.exec(QStringLiteral("UPDATE report_state SET folded_sale_id = ? WHERE id = 1"), {last});
    const qint64 folded =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM sales WHERE id > %1 AND id <= %2")
                         .arg(from)
                         .arg(last));
    tx.commit();
    return folded;
}

void ReportSummaries::fold(qint64 after, qint64 through)
{
    foldSales(after, through);
    m_db.exec(QStringLiteral(
                  "INSERT INTO report_payments (business_day, cashier, kind, method, payments, "
                  "amount_fen) SELECT s.business_day, s.cashier, s.kind, p.method, count(*), "
                  "sum(p.amount_fen) FROM sale_payments p JOIN sales s ON s.id = p.sale_id "
                  "WHERE p.sale_id > ? AND p.sale_id <= ? GROUP BY 1, 2, 3, 4 "
                  "ON CONFLICT (business_day, cashier, kind, method) DO UPDATE SET "
                  "payments = payments + excluded.payments, "
                  "amount_fen = amount_fen + excluded.amount_fen"),
              {after, through});
    m_db.exec(QStringLiteral(
                  "INSERT INTO report_products (business_day, product_id, kind, lines, qty, "
                  "gross_fen, discount_fen, amount_fen) SELECT s.business_day, l.product_id, "
                  "s.kind, count(*), sum(l.qty), sum(l.unit_price_fen * l.qty), "
                  "sum(l.discount_fen), sum(l.amount_fen) FROM sale_lines l JOIN sales s "
                  "ON s.id = l.sale_id WHERE l.sale_id > ? AND l.sale_id <= ? GROUP BY 1, 2, 3 "
                  "ON CONFLICT (business_day, product_id, kind) DO UPDATE SET "
                  "lines = lines + excluded.lines, qty = qty + excluded.qty, "
                  "gross_fen = gross_fen + excluded.gross_fen, "
                  "discount_fen = discount_fen + excluded.discount_fen, "
                  "amount_fen = amount_fen + excluded.amount_fen"),
              {after, through});
    // Per receipt first, so a receipt with two coupons of one template counts once.
    m_db.exec(QStringLiteral(
                  "INSERT INTO report_discounts (business_day, kind, name, uses, amount_fen, "
                  "receipts, total_fen) SELECT business_day, kind, name, sum(uses), "
                  "sum(amount), count(*), sum(total_fen) FROM (SELECT s.business_day, d.kind, ") +
                  discountNameSql() +
                  QStringLiteral(
                      " AS name, count(*) AS uses, sum(d.amount_fen) AS amount, "
                      "s.total_fen FROM sale_discounts d JOIN sales s ON s.id = d.sale_id "
                      "WHERE d.sale_id > ? AND d.sale_id <= ? GROUP BY d.sale_id, d.kind, 3) "
                      "WHERE true GROUP BY 1, 2, 3 "
                      "ON CONFLICT (business_day, kind, name) DO UPDATE SET "
                      "uses = uses + excluded.uses, amount_fen = amount_fen + excluded.amount_fen, "
                      "receipts = receipts + excluded.receipts, "
                      "total_fen = total_fen + excluded.total_fen"),
              {after, through});
}

void ReportSummaries::foldSales(qint64 after, qint64 through)
{
    // The local hour is the UTC time plus the zone's offset, which changes only at the zone's
    // transitions (summer time): fold each stretch between two of them with its own offset.
    QSqlQuery span = m_db.exec(QStringLiteral("SELECT min(created_at), max(created_at) FROM sales "
                                              "WHERE id > ? AND id <= ?"),
                               {after, through});
    if (!span.next() || span.value(0).isNull())
        return;
    const QDateTime first = fromStoredTimestamp(span.value(0).toString());
    const QDateTime last = fromStoredTimestamp(span.value(1).toString());
    const QList<OffsetStretch> stretches = offsetStretches(m_loyalty.zone(), first, last);
    for (const OffsetStretch &s : stretches) {
        m_db.exec(
            QStringLiteral(
                "INSERT INTO report_sales (business_day, hour, cashier, tier, kind, receipts, "
                "gross_fen, discount_fen, points_value_fen, total_fen, points_earned, "
                "points_redeemed) SELECT business_day, (((CAST(substr(created_at, 12, 2) AS "
                "INTEGER) * 60 + CAST(substr(created_at, 15, 2) AS INTEGER)) * 60 + ? + 86400) "
                "% 86400) / 3600, cashier, CASE WHEN member_id IS NULL THEN -1 ELSE "
                "coalesce(tier, 0) END, kind, count(*), sum(subtotal_fen), sum(discount_fen), "
                "sum(points_value_fen), sum(total_fen), sum(points_earned), "
                "sum(points_redeemed) FROM sales WHERE id > ? AND id <= ? AND created_at >= ? "
                "AND created_at < ? GROUP BY 1, 2, 3, 4, 5 "
                "ON CONFLICT (business_day, hour, cashier, tier, kind) DO UPDATE SET "
                "receipts = receipts + excluded.receipts, "
                "gross_fen = gross_fen + excluded.gross_fen, "
                "discount_fen = discount_fen + excluded.discount_fen, "
                "points_value_fen = points_value_fen + excluded.points_value_fen, "
                "total_fen = total_fen + excluded.total_fen, "
                "points_earned = points_earned + excluded.points_earned, "
                "points_redeemed = points_redeemed + excluded.points_redeemed"),
            {s.offset, after, through, s.from, s.until});
    }
}

} // namespace storedesk::core
