// How a sale is paid: the methods the counter takes and the check that payments cover what
// is due exactly (cash may be tendered over the amount; the difference is change).
#pragma once

#include "domain/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

enum class PaymentMethod
{
    Cash,
    Card,
    WeChat,
    Alipay,
    StoredValue
};

/// "cash", "card", "wechat", "alipay", "stored_value".
QString paymentMethodCode(PaymentMethod method);
std::optional<PaymentMethod> parsePaymentMethod(QStringView code);
/// The method's name for people (现金, 银行卡, 微信支付, 支付宝, 储值).
QString paymentMethodName(PaymentMethod method);

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;   ///< what this payment settles
    Money tendered; ///< cash handed over (≥ amount); equals amount for other methods
};

struct Settlement
{
    QList<Payment> payments;
    Money change;
    Money storedValue; ///< paid from the member's stored value
    Money money;       ///< paid by every other method
};

/// Checks \a payments against \a due: every amount positive, cash tendered not below its
/// amount, only cash tendered over, and the amounts adding up to \a due exactly. Throws
/// invalid_payment or payments_do_not_match. A sale with nothing due may have no payments.
Settlement settle(Money due, const QList<Payment> &payments);

} // namespace storedesk::core
