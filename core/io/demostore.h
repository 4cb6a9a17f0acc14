// Fills an empty store with a believable sample shop — products with valid barcodes in
// everyday categories, members with Chinese names, valid mobile numbers, birthdays, cards and
// tags, and optionally days of trading (see DemoSales) — so StoreDesk can be tried and measured
// without real data. The same seed always gives the same store.
#pragma once

#include "demosales.h"

#include <QtGlobal>

namespace storedesk::core {

class Store;

struct DemoOptions
{
    int members = 3000;
    int products = 300;
    quint64 seed = 1;
    qint64 sales = 0; ///< receipts of sample trading history (0: none)
    int days = 90;    ///< the store days they spread over, ending today
};

struct DemoSummary
{
    qint64 members = 0;
    qint64 products = 0;
    qint64 categories = 0;
    DemoSalesSummary trading;
};

class DemoStore final
{
public:
    /// Adds the sample data in one transaction. Throws invalid_argument for negative counts
    /// or counts past what the phone and barcode ranges can hold uniquely, and for sales
    /// asked of a store that already trades (see DemoSales::fill).
    static DemoSummary fill(Store &store, const DemoOptions &options);
};

} // namespace storedesk::core
