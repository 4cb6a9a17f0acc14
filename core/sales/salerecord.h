// A committed sale or refund as the store holds it: what receipts, reprints, refunds and the
// CLI answer are made from.
#pragma once

#include "domain/member.h"
#include "domain/money.h"
#include "sales/payment.h"
#include "sales/pricing.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

struct SaleLineRecord
{
    qint64 id = 0;
    int lineNo = 0;
    qint64 productId = 0;
    QString barcode;
    QString name;
    qint64 qty = 0; ///< negative on a refund
    Money listPrice;
    Money unitPrice;
    Money discount;
    Money amount;
    bool pointsEligible = true;
    qint64 originalLineId = 0;
};

struct SaleRecord
{
    qint64 id = 0;
    bool refund = false;
    QString receiptNo;
    QDate businessDay;
    QDateTime createdAt;
    QString cashier;
    std::optional<Member> member;
    int tier = 0;
    QString tierName;
    int rulesVersion = 0;
    QList<SaleLineRecord> lines;
    QList<AppliedDiscount> discounts;
    QList<Payment> payments;
    Money subtotal;
    Money discountTotal;
    qint64 pointsRedeemed = 0;
    Money pointsValue;
    Money total;
    Money change;
    qint64 pointsEarned = 0;
    QString originalReceiptNo; ///< on a refund
};

} // namespace storedesk::core
