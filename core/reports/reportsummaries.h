// The daily summaries reports read (report_sales, report_payments, report_products,
// report_discounts): folded forward from the sales committed since the last fold, so a year's
// report reads a few thousand summed rows instead of millions of receipts, and the checkout
// never waits for them.
#pragma once

#include <QString>

namespace storedesk::core {

class Database;
class LoyaltyService;

class ReportSummaries final
{
public:
    /// Hours of day are the loyalty service's time zone's, when a sale is folded in.
    ReportSummaries(Database &db, const LoyaltyService &loyalty);

    /// Folds every sale committed since the last fold into the summaries, in one transaction
    /// (or the caller's). Costs one indexed lookup when there is nothing new. Answers how many
    /// sales and refunds were folded.
    qint64 catchUp();
    /// The last sale the summaries hold.
    qint64 foldedThrough() const;

    /// How reports name the discount row \c d of sale_discounts: a coupon by its template's
    /// name (its own name on the receipt carries the till's language and the code varies);
    /// any other by the name the receipt printed.
    static QString discountNameSql();

private:
    void fold(qint64 after, qint64 through);
    void foldSales(qint64 after, qint64 through);

    Database &m_db;
    const LoyaltyService &m_loyalty;
};

} // namespace storedesk::core
