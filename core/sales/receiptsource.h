// Builds ReceiptData for a sale from what the store holds: the sale itself, the store's
// details and receipt texts, and the member's points and stored value as they stood right
// after it.
#pragma once

#include "sales/receiptdata.h"

namespace storedesk::core {

class Checkout;
class Database;
class StoreSettings;
struct SaleRecord;

class ReceiptSource final
{
public:
    ReceiptSource(Database &db, const Checkout &checkout, const StoreSettings &settings);

    /// Throws not_found.
    ReceiptData forSale(qint64 saleId) const;
    /// Throws not_found.
    ReceiptData forReceipt(const QString &receiptNo) const;

private:
    ReceiptData build(const SaleRecord &sale) const;

    Database &m_db;
    const Checkout &m_checkout;
    const StoreSettings &m_settings;
};

} // namespace storedesk::core
