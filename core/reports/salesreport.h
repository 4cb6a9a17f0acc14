// Sales over any period of store days, grouped by day, week, month, product, category, cashier,
// payment method or hour of day, with the period's total and the share members bought. Read
// from the daily summaries, so a year costs about as much as a week.
#pragma once

#include "domain/money.h"
#include "reportperiod.h"
#include "sales/payment.h"

#include <QList>
#include <QString>

namespace storedesk::core {

class Database;
class ReportSummaries;

/// Sums over a set of receipts. For products and categories they are sums over receipt lines
/// (points are paid for whole receipts, so a line's net is before points); for payment
/// methods, over payments.
struct SalesFigures
{
    qint64 sales = 0;   ///< receipts (lines, payments) of sales
    qint64 refunds = 0; ///< of refunds
    qint64 items = 0;   ///< units sold (products and categories)
    qint64 itemsReturned = 0;
    Money gross;               ///< at the prices they were sold at
    Money discounts;           ///< taken off them
    Money pointsValue;         ///< paid with points
    Money net;                 ///< gross − discounts − points value
    Money refunded;            ///< given back by refunds (positive)
    qint64 pointsEarned = 0;   ///< less what refunds took back
    qint64 pointsRedeemed = 0; ///< less what refunds gave back

    /// What was taken: net less what refunds gave back.
    Money takings() const { return net - refunded; }
    /// Net per receipt, rounded half-up to the fen; zero without sales.
    Money averageTicket() const;
    SalesFigures &operator+=(const SalesFigures &other);
};

struct SalesRow
{
    QString key;   ///< the bucket ("2026-11-22", "2026-W47", "2026-11", "14"), a product's
                   ///< barcode, a category's or cashier's name, a payment method's code
    QString label; ///< for people: a product's name, a method's name …
    QDate from;    ///< time groupings: the store days the row covers
    QDate to;
    QString category; ///< products: the product's category
    SalesFigures figures;
};

/// Member against walk-in receipts (会员占比).
struct MemberShare
{
    SalesFigures members;
    SalesFigures walkIns;
    /// Members' share of the sales' net, in hundredths of a percent (0 to 10000).
    int memberNetBasisPoints() const;
};

struct SalesReport
{
    ReportPeriod period;
    SalesGrouping grouping = SalesGrouping::Day;
    QList<SalesRow> rows;
    SalesFigures total; ///< the whole period: the rows of a time grouping add up to it
    MemberShare share;
};

class SalesReports final
{
public:
    SalesReports(Database &db, ReportSummaries &summaries);

    /// Sales of \a period grouped by \a grouping. Time groupings and hours list every bucket,
    /// empty ones too; products and categories list the active ones that sold nothing last,
    /// the rest by net, most first; cashiers and payment methods by net, most first.
    SalesReport run(const ReportPeriod &period, SalesGrouping grouping) const;
    /// The period's total and member share alone.
    SalesReport totals(const ReportPeriod &period) const;

private:
    QList<SalesRow> byTime(const ReportPeriod &period, SalesGrouping grouping) const;
    QList<SalesRow> byHour(const ReportPeriod &period) const;
    QList<SalesRow> byCashier(const ReportPeriod &period) const;
    QList<SalesRow> byPayment(const ReportPeriod &period) const;
    QList<SalesRow> byProduct(const ReportPeriod &period, bool categories) const;

    Database &m_db;
    ReportSummaries &m_summaries;
};

} // namespace storedesk::core
