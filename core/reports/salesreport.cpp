#include "salesreport.h"

#include "db/database.h"
#include "reportsummaries.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace storedesk::core {

namespace {

/// The summed columns of report_sales, read after a key column by addReceipts().
const QString kReceiptSums =
    QStringLiteral("kind, sum(receipts), sum(gross_fen), sum(discount_fen), sum(points_value_fen), "
                   "sum(total_fen), sum(points_earned), sum(points_redeemed)");
const QString kInPeriod = QStringLiteral(" WHERE business_day >= ? AND business_day <= ? ");

QVariantList periodValues(const ReportPeriod &period)
{
    return {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};
}

qint64 at(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

/// Adds a row of kReceiptSums, starting at column \a first, to \a f.
void addReceipts(SalesFigures &f, const QSqlQuery &q, int first)
{
    const qint64 receipts = at(q, first + 1);
    const Money total = Money::fromFen(at(q, first + 5));
    if (q.value(first).toString() == u"sale") {
        f.sales += receipts;
        f.gross += Money::fromFen(at(q, first + 2));
        f.discounts += Money::fromFen(at(q, first + 3));
        f.pointsValue += Money::fromFen(at(q, first + 4));
        f.net += total;
    } else {
        f.refunds += receipts;
        f.refunded -= total;
    }
    f.pointsEarned += at(q, first + 6);
    f.pointsRedeemed += at(q, first + 7);
}

void sortByNet(QList<SalesRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const SalesRow &a, const SalesRow &b) {
        if (a.figures.net != b.figures.net)
            return a.figures.net > b.figures.net;
        return a.key < b.key;
    });
}

} // namespace

Money SalesFigures::averageTicket() const
{
    return sales == 0 ? Money() : net.scaled(1, sales);
}

SalesFigures &SalesFigures::operator+=(const SalesFigures &o)
{
    sales += o.sales;
    refunds += o.refunds;
    items += o.items;
    itemsReturned += o.itemsReturned;
    gross += o.gross;
    discounts += o.discounts;
    pointsValue += o.pointsValue;
    net += o.net;
    refunded += o.refunded;
    pointsEarned += o.pointsEarned;
    pointsRedeemed += o.pointsRedeemed;
    return *this;
}

int MemberShare::memberNetBasisPoints() const
{
    const Money all = members.net + walkIns.net;
    if (all.fen() <= 0)
        return 0;
    return int(Money::fromFen(10000).scaled(members.net.fen(), all.fen()).fen());
}

SalesReports::SalesReports(Database &db, ReportSummaries &summaries)
    : m_db(db)
    , m_summaries(summaries)
{}

SalesReport SalesReports::totals(const ReportPeriod &period) const
{
    m_summaries.catchUp();
    SalesReport report;
    report.period = period;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT tier >= 0, ") + kReceiptSums +
                                QStringLiteral(" FROM report_sales") + kInPeriod +
                                QStringLiteral("GROUP BY 1, kind"),
                            periodValues(period));
    while (q.next())
        addReceipts(q.value(0).toBool() ? report.share.members : report.share.walkIns, q, 1);
    report.total = report.share.members;
    report.total += report.share.walkIns;
    QSqlQuery items = m_db.exec(QStringLiteral("SELECT kind, sum(qty) FROM report_products") +
                                    kInPeriod + QStringLiteral("GROUP BY kind"),
                                periodValues(period));
    while (items.next()) {
        if (items.value(0).toString() == u"sale")
            report.total.items = at(items, 1);
        else
            report.total.itemsReturned = -at(items, 1);
    }
    return report;
}

SalesReport SalesReports::run(const ReportPeriod &period, SalesGrouping grouping) const
{
    SalesReport report = totals(period);
    report.grouping = grouping;
    switch (grouping) {
    case SalesGrouping::Day:
    case SalesGrouping::Week:
    case SalesGrouping::Month:
        report.rows = byTime(period, grouping);
        break;
    case SalesGrouping::Hour:
        report.rows = byHour(period);
        break;
    case SalesGrouping::Cashier:
        report.rows = byCashier(period);
        break;
    case SalesGrouping::Payment:
        report.rows = byPayment(period);
        break;
    case SalesGrouping::Product:
    case SalesGrouping::Category:
        report.rows = byProduct(period, grouping == SalesGrouping::Category);
        break;
    }
    return report;
}

QList<SalesRow> SalesReports::byTime(const ReportPeriod &period, SalesGrouping grouping) const
{
    QHash<QString, SalesFigures> sums;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT business_day, ") + kReceiptSums +
                                QStringLiteral(" FROM report_sales") + kInPeriod +
                                QStringLiteral("GROUP BY business_day, kind"),
                            periodValues(period));
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        addReceipts(sums[timeBucketKey(day, grouping)], q, 1);
    }
    QList<SalesRow> rows;
    for (const TimeBucket &b : timeBuckets(period, grouping))
        rows.append({b.key, b.key, b.from, b.to, {}, sums.value(b.key)});
    return rows;
}

QList<SalesRow> SalesReports::byHour(const ReportPeriod &period) const
{
    QList<SalesRow> rows;
    for (int hour = 0; hour < 24; ++hour) {
        const QString key = QStringLiteral("%1").arg(hour, 2, 10, QChar(u'0'));
        rows.append({key, key + QStringLiteral(":00"), {}, {}, {}, {}});
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT hour, ") + kReceiptSums +
                                QStringLiteral(" FROM report_sales") + kInPeriod +
                                QStringLiteral("GROUP BY hour, kind"),
                            periodValues(period));
    while (q.next()) {
        const int hour = q.value(0).toInt();
        if (hour >= 0 && hour < 24)
            addReceipts(rows[hour].figures, q, 1);
    }
    return rows;
}

QList<SalesRow> SalesReports::byCashier(const ReportPeriod &period) const
{
    QHash<QString, SalesFigures> sums;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT cashier, ") + kReceiptSums +
                                QStringLiteral(" FROM report_sales") + kInPeriod +
                                QStringLiteral("GROUP BY cashier, kind"),
                            periodValues(period));
    while (q.next())
        addReceipts(sums[q.value(0).toString()], q, 1);
    QList<SalesRow> rows;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const QString label =
            it.key().isEmpty()
                ? QCoreApplication::translate("storedesk::core::SalesReports", "(no cashier)")
                : it.key();
        rows.append({it.key(), label, {}, {}, {}, it.value()});
    }
    sortByNet(rows);
    return rows;
}

QList<SalesRow> SalesReports::byPayment(const ReportPeriod &period) const
{
    QHash<QString, SalesFigures> sums;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT method, kind, sum(payments), sum(amount_fen) "
                                           "FROM report_payments") +
                                kInPeriod + QStringLiteral("GROUP BY method, kind"),
                            periodValues(period));
    while (q.next()) {
        SalesFigures &f = sums[q.value(0).toString()];
        const Money amount = Money::fromFen(at(q, 3));
        if (q.value(1).toString() == u"sale") {
            f.sales += at(q, 2);
            f.gross += amount;
            f.net += amount;
        } else {
            f.refunds += at(q, 2);
            f.refunded -= amount;
        }
    }
    QList<SalesRow> rows;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const auto method = parsePaymentMethod(it.key());
        rows.append(
            {it.key(), method ? paymentMethodName(*method) : it.key(), {}, {}, {}, it.value()});
    }
    sortByNet(rows);
    return rows;
}

QList<SalesRow> SalesReports::byProduct(const ReportPeriod &period, bool categories) const
{
    struct Info
    {
        QString barcode;
        QString name;
        QString category;
        bool active = true;
    };
    QHash<qint64, Info> products;
    QSqlQuery p = m_db.exec(QStringLiteral("SELECT p.id, p.barcode, p.name, coalesce(c.name, ''), "
                                           "p.active FROM products p LEFT JOIN categories c "
                                           "ON c.id = p.category_id"));
    while (p.next()) {
        products.insert(at(p, 0), {p.value(1).toString(), p.value(2).toString(),
                                   p.value(3).toString(), p.value(4).toBool()});
    }

    // Every row that could sell starts at zero, so the slowest sellers show as well.
    QHash<QString, SalesRow> rows;
    const auto rowFor = [&](const Info &info) -> SalesRow & {
        const QString key = categories ? info.category : info.barcode;
        auto it = rows.find(key);
        if (it == rows.end()) {
            SalesRow row;
            row.key = key;
            row.label = categories ? (info.category.isEmpty()
                                          ? QCoreApplication::translate(
                                                "storedesk::core::SalesReports", "(no category)")
                                          : info.category)
                                   : info.name;
            row.category = info.category;
            it = rows.insert(key, row);
        }
        return it.value();
    };
    for (const Info &info : std::as_const(products)) {
        if (info.active)
            rowFor(info);
    }
    if (categories) {
        QSqlQuery c = m_db.exec(QStringLiteral("SELECT name FROM categories"));
        while (c.next())
            rowFor(Info{{}, {}, c.value(0).toString(), true});
    }

    QSqlQuery q = m_db.exec(QStringLiteral("SELECT product_id, kind, sum(lines), sum(qty), "
                                           "sum(gross_fen), sum(discount_fen), sum(amount_fen) "
                                           "FROM report_products") +
                                kInPeriod + QStringLiteral("GROUP BY product_id, kind"),
                            periodValues(period));
    while (q.next()) {
        const auto info = products.constFind(at(q, 0));
        if (info == products.cend())
            continue; // a product can be removed from the catalog only when it never sold
        SalesFigures &f = rowFor(*info).figures;
        const Money amount = Money::fromFen(at(q, 6));
        if (q.value(1).toString() == u"sale") {
            f.sales += at(q, 2);
            f.items += at(q, 3);
            f.gross += Money::fromFen(at(q, 4));
            f.discounts += Money::fromFen(at(q, 5));
            f.net += amount;
        } else {
            f.refunds += at(q, 2);
            f.itemsReturned -= at(q, 3);
            f.refunded -= amount;
        }
    }
    QList<SalesRow> out = rows.values();
    sortByNet(out);
    return out;
}

} // namespace storedesk::core
