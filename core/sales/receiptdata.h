// Everything a printed receipt says, gathered from the sale, the store's details and the
// member's balances right after the sale: the devices layer lays it out and never reads the
// store itself.
#pragma once

#include "domain/money.h"
#include "sales/payment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storedesk::core {

struct ReceiptLine
{
    QString name;
    qint64 qty = 0;  ///< negative on a refund
    Money listPrice; ///< the shelf price
    Money unitPrice; ///< what was charged per unit (the member price when there is one)
    Money amount;    ///< unitPrice × qty, before the discounts listed under the subtotal
};

struct ReceiptDiscount
{
    QString name;
    Money amount; ///< positive: what it took off
};

struct ReceiptPayment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    Money tendered;
};

/// What the receipt says about the member: never the full phone, and balances as they stood
/// right after this sale, so a reprint next month still tells the same story.
struct ReceiptMember
{
    QString maskedPhone; ///< 138****5678
    QString tierName;
    qint64 pointsEarned = 0; ///< by this sale (negative: clawed back by a refund)
    qint64 pointsBalance = 0;
    Money storedValueBalance;
    bool usesStoredValue = false; ///< show the balance even when it is zero
};

struct ReceiptData
{
    // The store
    QString storeName;
    QString storeAddress;
    QString storePhone;
    QStringList header;
    QStringList footer;

    // The sale
    qint64 saleId = 0;
    QString receiptNo;
    bool refund = false;
    QString originalReceiptNo; ///< on a refund
    bool reprint = false;      ///< a copy printed again on request
    QDateTime at;              ///< in the store's time zone
    QString cashier;
    QList<ReceiptLine> lines;
    Money subtotal;
    QList<ReceiptDiscount> discounts; ///< by name; may add up to less than discountTotal
    Money discountTotal;
    qint64 pointsRedeemed = 0;
    Money pointsValue;
    Money total;
    QList<ReceiptPayment> payments;
    Money change;
    std::optional<ReceiptMember> member;
    QString qrText; ///< printed as a QR code at the end when not empty

    /// Whether cash changed hands (the drawer opens for these).
    bool paidCash() const;
};

} // namespace storedesk::core
