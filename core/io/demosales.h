// A believable trading history for the demo store: days of sales and refunds at the counter by
// two cashiers in two shifts a day, members and walk-ins, promotions and coupons, points earned
// and redeemed, stored value topped up and spent, tiers climbed — priced by the checkout's own
// pricing and written straight into the tables with every invariant the checkout keeps (balances
// equal their ledgers, payments add up, stock follows its moves, receipt numbers run per day).
// The same seed always gives the same history.
#pragma once

#include <QtGlobal>

namespace storedesk::core {

class Store;

struct DemoSalesSummary
{
    qint64 sales = 0;
    qint64 refunds = 0;
    qint64 topUps = 0;
    qint64 coupons = 0;
    qint64 shifts = 0;
};

class DemoSales final
{
public:
    /// The most receipts and days one run writes.
    static constexpr qint64 kMaxSales = 50'000'000;
    static constexpr int kMaxDays = 3660;

    /// Writes \a sales receipts over the \a days store days that end today (today's only up to
    /// now), inside the caller's transaction. The store must have products and no sales,
    /// points or stored value yet. Throws invalid_argument.
    static DemoSalesSummary fill(Store &store, qint64 sales, int days, quint64 seed);
};

} // namespace storedesk::core
