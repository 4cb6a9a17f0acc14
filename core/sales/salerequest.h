// A sale request as the till (or another program through storedeskctl) sends it, and its JSON
// form — a contract other software relies on:
//   {"request_id": "till1-000123", "member": "13800138000",
//    "lines": [{"barcode": "6901234567892", "qty": 2}], "redeem_points": 100,
//    "coupons": ["CP-7K3M-9XQ2"],
//    "payments": [{"method": "cash", "amount": "45.00", "tendered": "50.00"}]}
// A line may carry "price": "9.90" (a price changed at the till) and the sale
// "manual_discount": {"amount": "5.00" | "percent": "10", "reason": "老顾客"}; both need a
// permission when the sale is committed.
#pragma once

#include "loyalty/ratio.h"
#include "sales/payment.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storedesk::core {

struct SaleLineRequest
{
    SaleLineRequest() = default;
    SaleLineRequest(QString code, qint64 quantity, std::optional<Money> changedPrice = {})
        : barcode(std::move(code))
        , qty(quantity)
        , price(changedPrice)
    {}

    QString barcode;
    qint64 qty = 1;
    std::optional<Money> price; ///< the unit price changed at the till (price_override)
};

/// An amount or a percent off the whole sale, given by hand with its reason (manual_discount).
struct ManualDiscount
{
    Money amount;  ///< zero when a percent is given
    Ratio percent; ///< "10" is 10 % off; zero when an amount is given
    QString reason;
};

struct SaleRequest
{
    QString requestId; ///< the same id twice commits once
    QString member;    ///< phone or card number; empty for a walk-in
    QList<SaleLineRequest> lines;
    qint64 redeemPoints = 0;
    QStringList coupons; ///< codes, as scanned
    std::optional<ManualDiscount> manualDiscount;
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
