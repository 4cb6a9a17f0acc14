#include "payment.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace storedesk::core {

QString paymentMethodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::WeChat:
        return QStringLiteral("wechat");
    case PaymentMethod::Alipay:
        return QStringLiteral("alipay");
    case PaymentMethod::StoredValue:
        return QStringLiteral("stored_value");
    }
    return {};
}

std::optional<PaymentMethod> parsePaymentMethod(QStringView code)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::WeChat,
                            PaymentMethod::Alipay, PaymentMethod::StoredValue}) {
        if (code == paymentMethodCode(m))
            return m;
    }
    return std::nullopt;
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("storedesk::core::Payment", "Cash");
    case PaymentMethod::Card:
        return QCoreApplication::translate("storedesk::core::Payment", "Bank card");
    case PaymentMethod::WeChat:
        return QCoreApplication::translate("storedesk::core::Payment", "WeChat Pay");
    case PaymentMethod::Alipay:
        return QCoreApplication::translate("storedesk::core::Payment", "Alipay");
    case PaymentMethod::StoredValue:
        return QCoreApplication::translate("storedesk::core::Payment", "Stored value");
    }
    return {};
}

Settlement settle(Money due, const QList<Payment> &payments)
{
    Settlement s;
    Money paid;
    for (const Payment &p : payments) {
        if (p.amount.isNegative() || p.amount.isZero()) {
            throw Error(ErrorCode::InvalidPayment,
                        QCoreApplication::translate("storedesk::core::Payment",
                                                    "A payment must be more than 0.00."),
                        QStringLiteral("payments"));
        }
        Payment checked = p;
        if (p.method == PaymentMethod::Cash) {
            if (checked.tendered.isZero())
                checked.tendered = checked.amount;
            if (checked.tendered < checked.amount) {
                throw Error(ErrorCode::InvalidPayment,
                            QCoreApplication::translate(
                                "storedesk::core::Payment",
                                "The cash handed over (%1) is less than the cash payment (%2).")
                                .arg(checked.tendered.toString(), checked.amount.toString()),
                            QStringLiteral("payments"));
            }
            s.change += checked.tendered - checked.amount;
        } else {
            if (!checked.tendered.isZero() && checked.tendered != checked.amount) {
                throw Error(ErrorCode::InvalidPayment,
                            QCoreApplication::translate(
                                "storedesk::core::Payment",
                                "Only cash can be handed over above the amount; %1 gives no "
                                "change.")
                                .arg(paymentMethodName(checked.method)),
                            QStringLiteral("payments"));
            }
            checked.tendered = checked.amount;
        }
        if (checked.method == PaymentMethod::StoredValue)
            s.storedValue += checked.amount;
        else
            s.money += checked.amount;
        paid += checked.amount;
        s.payments.append(checked);
    }
    if (paid != due) {
        throw Error(ErrorCode::PaymentsDoNotMatch,
                    QCoreApplication::translate("storedesk::core::Payment",
                                                "The payments add up to %1 but %2 is due.")
                        .arg(paid.toString(), due.toString()),
                    QStringLiteral("payments"));
    }
    return s;
}

} // namespace storedesk::core
