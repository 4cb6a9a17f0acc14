// Fills an empty store with a believable sample shop — products with valid barcodes in
// everyday categories, and members with Chinese names, valid mobile numbers, birthdays, cards
// and tags — so StoreDesk can be tried and measured without real data. The same seed always
// gives the same store.
#pragma once

#include <QtGlobal>

namespace storedesk::core {

class Store;

struct DemoOptions
{
    int members = 3000;
    int products = 300;
    quint64 seed = 1;
};

struct DemoSummary
{
    qint64 members = 0;
    qint64 products = 0;
    qint64 categories = 0;
};

class DemoStore final
{
public:
    /// Adds the sample data in one transaction. Throws invalid_argument for negative counts
    /// or counts past what the phone and barcode ranges can hold uniquely.
    static DemoSummary fill(Store &store, const DemoOptions &options);
};

} // namespace storedesk::core
