// A sale request as the till (or another program through storedeskctl) sends it, and its JSON
// form — a contract other software relies on:
//   {"request_id": "till1-000123", "member": "13800138000",
//    "lines": [{"barcode": "6901234567892", "qty": 2}], "redeem_points": 100,
//    "coupons": ["CP-7K3M-9XQ2"],
//    "payments": [{"method": "cash", "amount": "45.00", "tendered": "50.00"}]}
#pragma once

#include "sales/payment.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace storedesk::core {

struct SaleLineRequest
{
    QString barcode;
    qint64 qty = 1;
};

struct SaleRequest
{
    QString requestId; ///< the same id twice commits once
    QString member;    ///< phone or card number; empty for a walk-in
    QList<SaleLineRequest> lines;
    qint64 redeemPoints = 0;
    QStringList coupons; ///< codes, as scanned
    QList<Payment> payments;
    QString cashier;

    /// Reads the JSON form. Throws invalid_request naming the field ("lines[1].qty") for a
    /// missing, mistyped or unknown field; the values themselves are checked by Checkout.
    static SaleRequest fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    /// A digest of the request's content, to tell a retry from a different sale that reuses
    /// an id.
    QString fingerprint() const;
};

} // namespace storedesk::core
