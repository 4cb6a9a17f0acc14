#include "receiptsource.h"

#include "db/database.h"
#include "domain/clock.h"
#include "sales/checkout.h"
#include "store/storesettings.h"

#include <QSqlQuery>

#include <algorithm>

namespace storedesk::core {

namespace {

QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

} // namespace

bool ReceiptData::paidCash() const
{
    return std::any_of(payments.cbegin(), payments.cend(),
                       [](const ReceiptPayment &p) { return p.method == PaymentMethod::Cash; });
}

ReceiptSource::ReceiptSource(Database &db, const Checkout &checkout, const StoreSettings &settings)
    : m_db(db)
    , m_checkout(checkout)
    , m_settings(settings)
{}

ReceiptData ReceiptSource::forSale(qint64 saleId) const
{
    return build(m_checkout.load(saleId));
}

ReceiptData ReceiptSource::forReceipt(const QString &receiptNo) const
{
    return build(m_checkout.loadByReceipt(receiptNo));
}

ReceiptData ReceiptSource::build(const SaleRecord &sale) const
{
    const StoreProfile profile = m_settings.profile();
    ReceiptData r;
    r.storeName = profile.name;
    r.storeAddress = profile.address;
    r.storePhone = profile.phone;
    r.header = linesOf(profile.receiptHeader);
    r.footer = linesOf(profile.receiptFooter);
    r.qrText = m_settings.value(QStringLiteral("printer.qr_text"));
    r.qrText.replace(QStringLiteral("{receipt_no}"), sale.receiptNo);

    r.saleId = sale.id;
    r.receiptNo = sale.receiptNo;
    r.refund = sale.refund;
    r.originalReceiptNo = sale.originalReceiptNo;
    r.at = sale.createdAt.toTimeZone(m_settings.timeZone());
    r.cashier = sale.cashier;
    for (const SaleLineRecord &l : sale.lines)
        r.lines.append({l.name, l.qty, l.listPrice, l.unitPrice, l.unitPrice.times(l.qty)});
    r.subtotal = sale.subtotal;
    r.discountTotal = sale.discountTotal;
    for (const AppliedDiscount &d : sale.discounts)
        r.discounts.append({d.name, d.amount});
    r.pointsRedeemed = sale.pointsRedeemed;
    r.pointsValue = sale.pointsValue;
    r.total = sale.total;
    for (const Payment &p : sale.payments)
        r.payments.append({p.method, p.amount, p.tendered});
    r.change = sale.change;

    if (sale.member) {
        ReceiptMember m;
        m.maskedPhone = sale.member->phone.masked();
        m.tierName = sale.tierName;
        m.pointsEarned = sale.pointsEarned;
        // The ledgers up to this sale's moment: the entries the sale itself posted carry its
        // timestamp, later ones (other sales, expiry, top-ups) do not count.
        const QString at = storedTimestamp(sale.createdAt);
        QSqlQuery points =
            m_db.exec(QStringLiteral("SELECT coalesce(sum(points), 0) FROM "
                                     "points_ledger WHERE member_id = ? AND at <= ?"),
                      {sale.member->id, at});
        m.pointsBalance = points.next() ? points.value(0).toLongLong() : 0;
        QSqlQuery stored =
            m_db.exec(QStringLiteral("SELECT coalesce(sum(paid_fen + bonus_fen), 0) FROM "
                                     "stored_value_ledger WHERE member_id = ? AND at <= ?"),
                      {sale.member->id, at});
        m.storedValueBalance = Money::fromFen(stored.next() ? stored.value(0).toLongLong() : 0);
        m.usesStoredValue =
            std::any_of(sale.payments.cbegin(), sale.payments.cend(),
                        [](const Payment &p) { return p.method == PaymentMethod::StoredValue; });
        r.member = m;
    }
    return r;
}

} // namespace storedesk::core
