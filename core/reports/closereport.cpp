#include "closereport.h"

#include "db/database.h"
#include "domain/clock.h"
#include "loyalty/loyaltyservice.h"
#include "reportperiod.h"
#include "reportsummaries.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace storedesk::core {

/// The statements a report is made of. Each answers rows of one fixed shape, whether it reads
/// the day's summaries or a shift's own receipts, so both reports are assembled by one piece
/// of code.
struct CloseReports::Source
{
    QString totals;    ///< kind, receipts, gross, discount, points value, total, points earned,
                       ///< points redeemed, member receipts, member total
    QString payments;  ///< kind, method, payments, amount
    QString discounts; ///< kind, name, uses, amount (sales only)
    QString items;     ///< kind, units
    QVariantList saleValues;
    QString ledger; ///< kind, method, paid, bonus
    QVariantList ledgerValues;
};

namespace {

qint64 fen(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

PaymentMethod method(const QString &code)
{
    return parsePaymentMethod(code).value_or(PaymentMethod::Cash);
}

void addTo(QList<std::pair<PaymentMethod, Money>> &list, PaymentMethod m, Money amount)
{
    for (auto &[method, sum] : list) {
        if (method == m) {
            sum += amount;
            return;
        }
    }
    list.append({m, amount});
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return int(a.first) < int(b.first); });
}

} // namespace

QString discountKindName(const QString &kind)
{
    if (kind == u"promotion")
        return QCoreApplication::translate("storedesk::core::CloseReports", "Promotion");
    if (kind == u"tier")
        return QCoreApplication::translate("storedesk::core::CloseReports", "Tier discount");
    if (kind == u"member_day")
        return QCoreApplication::translate("storedesk::core::CloseReports", "Member day");
    if (kind == u"coupon")
        return QCoreApplication::translate("storedesk::core::CloseReports", "Coupon");
    return kind;
}

std::optional<Money> CloseCash::difference() const
{
    if (!counted)
        return std::nullopt;
    return *counted - expected();
}

Money CloseReport::averageTicket() const
{
    return salesCount == 0 ? Money() : net.scaled(1, salesCount);
}

CloseReports::CloseReports(Database &db, const LoyaltyService &loyalty, ReportSummaries &summaries,
                           Shifts &shifts)
    : m_db(db)
    , m_loyalty(loyalty)
    , m_summaries(summaries)
    , m_shifts(shifts)
{}

CloseReport CloseReports::forDay(const QDate &day) const
{
    m_summaries.catchUp();
    const QTimeZone zone = m_loyalty.zone();
    Source source;
    source.totals = QStringLiteral(
        "SELECT kind, sum(receipts), sum(gross_fen), sum(discount_fen), sum(points_value_fen), "
        "sum(total_fen), sum(points_earned), sum(points_redeemed), sum(CASE WHEN tier >= 0 THEN "
        "receipts ELSE 0 END), sum(CASE WHEN tier >= 0 THEN total_fen ELSE 0 END) "
        "FROM report_sales WHERE business_day = ? GROUP BY kind");
    source.payments = QStringLiteral("SELECT kind, method, sum(payments), sum(amount_fen) FROM "
                                     "report_payments WHERE business_day = ? GROUP BY kind, "
                                     "method");
    source.discounts = QStringLiteral("SELECT kind, name, sum(uses), sum(amount_fen) FROM "
                                      "report_discounts WHERE business_day = ? GROUP BY kind, "
                                      "name");
    source.items = QStringLiteral("SELECT kind, sum(qty) FROM report_products WHERE "
                                  "business_day = ? GROUP BY kind");
    source.saleValues = {day.toString(Qt::ISODate)};
    source.ledger = QStringLiteral("SELECT kind, coalesce(method, ''), sum(paid_fen), "
                                   "sum(bonus_fen) FROM stored_value_ledger WHERE at >= ? AND "
                                   "at < ? GROUP BY 1, 2");
    source.ledgerValues = {storedTimestamp(dayStartUtc(day, zone)),
                           storedTimestamp(dayStartUtc(day.addDays(1), zone))};

    CloseReport report = build(source);
    report.day = day;
    report.shifts = m_shifts.forDay(day);
    bool allCounted = !report.shifts.isEmpty();
    Money counted;
    for (const Shift &s : report.shifts) {
        report.cash.openingFloat += s.openingFloat;
        allCounted = allCounted && s.countedCash.has_value();
        counted += s.countedCash.value_or(Money());
    }
    if (allCounted)
        report.cash.counted = counted;
    return report;
}

CloseReport CloseReports::forShift(qint64 shiftId) const
{
    const Shift shift = m_shifts.get(shiftId);
    qint64 throughSale = shift.throughSaleId;
    qint64 throughEntry = shift.throughEntryId;
    if (shift.isOpen()) {
        // Up to now: whatever is committed after this read belongs to the shift's next report.
        QSqlQuery last =
            m_db.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM sales), "
                                     "(SELECT coalesce(max(id), 0) FROM stored_value_ledger)"));
        last.next();
        throughSale = last.value(0).toLongLong();
        throughEntry = last.value(1).toLongLong();
    }
    const QString scope = QStringLiteral(" WHERE s.cashier = ? AND s.id > ? AND s.id <= ? ");
    Source source;
    source.totals = QStringLiteral("SELECT s.kind, count(*), sum(s.subtotal_fen), "
                                   "sum(s.discount_fen), sum(s.points_value_fen), "
                                   "sum(s.total_fen), sum(s.points_earned), "
                                   "sum(s.points_redeemed), sum(s.member_id IS NOT NULL), "
                                   "sum(CASE WHEN s.member_id IS NOT NULL THEN s.total_fen ELSE 0 "
                                   "END) FROM sales s") +
                    scope + QStringLiteral("GROUP BY s.kind");
    source.payments = QStringLiteral("SELECT s.kind, p.method, count(*), sum(p.amount_fen) FROM "
                                     "sale_payments p JOIN sales s ON s.id = p.sale_id") +
                      scope + QStringLiteral("GROUP BY 1, 2");
    source.discounts = QStringLiteral("SELECT d.kind, ") + ReportSummaries::discountNameSql() +
                       QStringLiteral(", count(*), sum(d.amount_fen) FROM sale_discounts d JOIN "
                                      "sales s ON s.id = d.sale_id") +
                       scope + QStringLiteral("GROUP BY 1, 2");
    source.items = QStringLiteral("SELECT s.kind, sum(l.qty) FROM sale_lines l JOIN sales s ON "
                                  "s.id = l.sale_id") +
                   scope + QStringLiteral("GROUP BY 1");
    source.saleValues = {shift.cashier, shift.afterSaleId, throughSale};
    source.ledger = QStringLiteral("SELECT kind, coalesce(method, ''), sum(paid_fen), "
                                   "sum(bonus_fen) FROM stored_value_ledger WHERE id > ? AND "
                                   "id <= ? GROUP BY 1, 2");
    source.ledgerValues = {shift.afterEntryId, throughEntry};

    CloseReport report = build(source);
    report.day = shift.businessDay;
    report.shift = shift;
    report.cash.openingFloat = shift.openingFloat;
    report.cash.counted = shift.countedCash;
    return report;
}

CloseReport CloseReports::build(const Source &source) const
{
    CloseReport r;
    QSqlQuery totals = m_db.exec(source.totals, source.saleValues);
    while (totals.next()) {
        if (totals.value(0).toString() == u"sale") {
            r.salesCount = fen(totals, 1);
            r.gross = Money::fromFen(fen(totals, 2));
            r.discounts = Money::fromFen(fen(totals, 3));
            r.pointsValue = Money::fromFen(fen(totals, 4));
            r.net = Money::fromFen(fen(totals, 5));
            r.pointsIssued = fen(totals, 6);
            r.pointsRedeemed = fen(totals, 7);
            r.memberSales = fen(totals, 8);
            r.memberNet = Money::fromFen(fen(totals, 9));
        } else {
            r.refundsCount = fen(totals, 1);
            r.refunds = Money::fromFen(-fen(totals, 5));
            r.pointsClawedBack = -fen(totals, 6);
            r.pointsRestored = -fen(totals, 7);
        }
    }

    std::map<int, CloseTakings> byMethod;
    QSqlQuery payments = m_db.exec(source.payments, source.saleValues);
    while (payments.next()) {
        const PaymentMethod m = method(payments.value(1).toString());
        CloseTakings &t = byMethod[int(m)];
        t.method = m;
        if (payments.value(0).toString() == u"sale") {
            t.payments += fen(payments, 2);
            t.sales += Money::fromFen(fen(payments, 3));
        } else {
            t.refunds += Money::fromFen(-fen(payments, 3));
        }
    }
    for (const auto &[key, takings] : byMethod)
        r.payments.append(takings);
    if (const auto it = byMethod.find(int(PaymentMethod::Cash)); it != byMethod.end())
        r.cash.sales = it->second.net();
    if (const auto it = byMethod.find(int(PaymentMethod::StoredValue)); it != byMethod.end()) {
        r.storedValueSpent = it->second.sales;
        r.storedValueRefunded = it->second.refunds;
    }

    QSqlQuery discounts = m_db.exec(source.discounts, source.saleValues);
    while (discounts.next()) {
        r.discountsByKind.append({discounts.value(0).toString(), discounts.value(1).toString(),
                                  fen(discounts, 2), Money::fromFen(fen(discounts, 3))});
    }
    std::sort(r.discountsByKind.begin(), r.discountsByKind.end(),
              [](const CloseDiscount &a, const CloseDiscount &b) {
                  return a.kind != b.kind
                             ? a.kind < b.kind
                             : (a.amount != b.amount ? a.amount > b.amount : a.name < b.name);
              });

    QSqlQuery items = m_db.exec(source.items, source.saleValues);
    while (items.next()) {
        if (items.value(0).toString() == u"sale")
            r.items = fen(items, 1);
        else
            r.itemsReturned = -fen(items, 1);
    }

    QSqlQuery ledger = m_db.exec(source.ledger, source.ledgerValues);
    while (ledger.next()) {
        const QString kind = ledger.value(0).toString();
        const QString code = ledger.value(1).toString();
        const Money paid = Money::fromFen(fen(ledger, 2));
        if (kind == u"topup") {
            r.storedValueToppedUp += paid;
            r.storedValueBonus += Money::fromFen(fen(ledger, 3));
            addTo(r.topUpsByMethod, method(code), paid);
            if (code == u"cash")
                r.cash.topUps += paid;
        } else if (kind == u"withdraw") {
            r.storedValueWithdrawn -= paid;
            addTo(r.withdrawalsByMethod, method(code), -paid);
            if (code == u"cash")
                r.cash.withdrawals -= paid;
        }
    }
    return r;
}

} // namespace storedesk::core
