#include "salerequest.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace storedesk::core {

namespace {

[[noreturn]] void bad(const QString &field, const QString &what)
{
    throw Error(ErrorCode::InvalidRequest,
                QCoreApplication::translate("storedesk::core::SaleRequest",
                                            "The sale request's %1 is wrong: %2")
                    .arg(field, what),
                field);
}

QString expectedText()
{
    return QCoreApplication::translate("storedesk::core::SaleRequest", "expected text");
}

void onlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            bad(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                QCoreApplication::translate("storedesk::core::SaleRequest", "unknown field"));
        }
    }
}

QString text(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            bad(path, QCoreApplication::translate("storedesk::core::SaleRequest", "missing"));
        return {};
    }
    if (!v.isString())
        bad(path, expectedText());
    return v.toString();
}

qint64 wholeNumber(const QJsonValue &v, const QString &path)
{
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || d > 1e12 || d < -1e12) {
        bad(path,
            QCoreApplication::translate("storedesk::core::SaleRequest", "expected a whole number"));
    }
    return qint64(d);
}

Money amount(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            bad(path, QCoreApplication::translate("storedesk::core::SaleRequest", "missing"));
        return {};
    }
    if (!v.isString()) {
        bad(path, QCoreApplication::translate("storedesk::core::SaleRequest",
                                              "expected an amount as text, like \"37.50\""));
    }
    const auto money = Money::parse(v.toString());
    if (!money) {
        bad(path,
            QCoreApplication::translate("storedesk::core::SaleRequest", "“%1” is not an amount")
                .arg(v.toString()));
    }
    return *money;
}

} // namespace

SaleRequest SaleRequest::fromJson(const QJsonObject &json)
{
    onlyKeys(json,
             {QStringLiteral("request_id"), QStringLiteral("member"), QStringLiteral("lines"),
              QStringLiteral("redeem_points"), QStringLiteral("coupons"),
              QStringLiteral("manual_discount"), QStringLiteral("payments"),
              QStringLiteral("cashier")},
             {});
    SaleRequest r;
    r.requestId = text(json, QStringLiteral("request_id"), QStringLiteral("request_id"), false);
    if (r.requestId.size() > 64)
        bad(QStringLiteral("request_id"),
            QCoreApplication::translate("storedesk::core::SaleRequest", "at most 64 characters"));
    r.member = text(json, QStringLiteral("member"), QStringLiteral("member"), false);
    r.cashier = text(json, QStringLiteral("cashier"), QStringLiteral("cashier"), false);
    if (json.contains(QStringLiteral("redeem_points"))) {
        r.redeemPoints = wholeNumber(json.value(QStringLiteral("redeem_points")),
                                     QStringLiteral("redeem_points"));
    }
    const QJsonValue coupons = json.value(QStringLiteral("coupons"));
    if (!coupons.isUndefined() && !coupons.isArray()) {
        bad(QStringLiteral("coupons"), QCoreApplication::translate("storedesk::core::SaleRequest",
                                                                   "expected a list of codes"));
    }
    const QJsonArray couponArray = coupons.toArray();
    for (qsizetype i = 0; i < couponArray.size(); ++i) {
        const QString path = QStringLiteral("coupons[%1]").arg(i);
        if (!couponArray[i].isString() || couponArray[i].toString().trimmed().isEmpty())
            bad(path, expectedText());
        const QString code = couponArray[i].toString().trimmed().toUpper();
        if (r.coupons.contains(code)) {
            bad(path, QCoreApplication::translate("storedesk::core::SaleRequest",
                                                  "the same coupon twice"));
        }
        r.coupons.append(code);
    }
    const QJsonValue lines = json.value(QStringLiteral("lines"));
    if (!lines.isArray()) {
        bad(QStringLiteral("lines"), QCoreApplication::translate("storedesk::core::SaleRequest",
                                                                 "expected a list of lines"));
    }
    const QJsonArray lineArray = lines.toArray();
    for (qsizetype i = 0; i < lineArray.size(); ++i) {
        const QString path = QStringLiteral("lines[%1]").arg(i);
        if (!lineArray[i].isObject())
            bad(path,
                QCoreApplication::translate("storedesk::core::SaleRequest", "expected an object"));
        const QJsonObject line = lineArray[i].toObject();
        onlyKeys(line, {QStringLiteral("barcode"), QStringLiteral("qty"), QStringLiteral("price")},
                 path);
        SaleLineRequest l;
        l.barcode = text(line, QStringLiteral("barcode"), path + QStringLiteral(".barcode"), true);
        if (line.contains(QStringLiteral("qty")))
            l.qty = wholeNumber(line.value(QStringLiteral("qty")), path + QStringLiteral(".qty"));
        if (line.contains(QStringLiteral("price")))
            l.price = amount(line, QStringLiteral("price"), path + QStringLiteral(".price"), true);
        r.lines.append(l);
    }
    const QJsonValue manual = json.value(QStringLiteral("manual_discount"));
    if (!manual.isUndefined() && !manual.isNull()) {
        const QString path = QStringLiteral("manual_discount");
        if (!manual.isObject())
            bad(path,
                QCoreApplication::translate("storedesk::core::SaleRequest", "expected an object"));
        const QJsonObject m = manual.toObject();
        onlyKeys(m, {QStringLiteral("amount"), QStringLiteral("percent"), QStringLiteral("reason")},
                 path);
        ManualDiscount d;
        d.amount = amount(m, QStringLiteral("amount"), path + QStringLiteral(".amount"), false);
        const QString percent =
            text(m, QStringLiteral("percent"), path + QStringLiteral(".percent"), false);
        if (!percent.isEmpty()) {
            const auto ratio = Ratio::parse(percent);
            if (!ratio) {
                bad(path + QStringLiteral(".percent"),
                    QCoreApplication::translate("storedesk::core::SaleRequest",
                                                "“%1” is not a percent")
                        .arg(percent));
            }
            d.percent = *ratio;
        }
        d.reason = text(m, QStringLiteral("reason"), path + QStringLiteral(".reason"), false);
        r.manualDiscount = d;
    }
    const QJsonValue payments = json.value(QStringLiteral("payments"));
    if (!payments.isUndefined() && !payments.isArray()) {
        bad(QStringLiteral("payments"), QCoreApplication::translate("storedesk::core::SaleRequest",
                                                                    "expected a list of payments"));
    }
    const QJsonArray paymentArray = payments.toArray();
    for (qsizetype i = 0; i < paymentArray.size(); ++i) {
        const QString path = QStringLiteral("payments[%1]").arg(i);
        if (!paymentArray[i].isObject())
            bad(path,
                QCoreApplication::translate("storedesk::core::SaleRequest", "expected an object"));
        const QJsonObject p = paymentArray[i].toObject();
        onlyKeys(p,
                 {QStringLiteral("method"), QStringLiteral("amount"), QStringLiteral("tendered")},
                 path);
        const QString method =
            text(p, QStringLiteral("method"), path + QStringLiteral(".method"), true);
        const auto m = parsePaymentMethod(method);
        if (!m) {
            bad(path + QStringLiteral(".method"),
                QCoreApplication::translate("storedesk::core::SaleRequest",
                                            "“%1” is not one of cash, card, wechat, alipay, "
                                            "stored_value")
                    .arg(method));
        }
        Payment payment;
        payment.method = *m;
        payment.amount =
            amount(p, QStringLiteral("amount"), path + QStringLiteral(".amount"), true);
        payment.tendered =
            amount(p, QStringLiteral("tendered"), path + QStringLiteral(".tendered"), false);
        r.payments.append(payment);
    }
    return r;
}

QJsonObject SaleRequest::toJson() const
{
    QJsonObject json;
    if (!requestId.isEmpty())
        json.insert(QStringLiteral("request_id"), requestId);
    if (!member.isEmpty())
        json.insert(QStringLiteral("member"), member);
    if (!cashier.isEmpty())
        json.insert(QStringLiteral("cashier"), cashier);
    if (redeemPoints != 0)
        json.insert(QStringLiteral("redeem_points"), redeemPoints);
    QJsonArray lineArray;
    for (const SaleLineRequest &l : lines) {
        QJsonObject line{{QStringLiteral("barcode"), l.barcode}, {QStringLiteral("qty"), l.qty}};
        if (l.price)
            line.insert(QStringLiteral("price"), l.price->toString());
        lineArray.append(line);
    }
    json.insert(QStringLiteral("lines"), lineArray);
    if (!coupons.isEmpty())
        json.insert(QStringLiteral("coupons"), QJsonArray::fromStringList(coupons));
    if (manualDiscount) {
        QJsonObject m{{QStringLiteral("reason"), manualDiscount->reason}};
        if (!manualDiscount->amount.isZero())
            m.insert(QStringLiteral("amount"), manualDiscount->amount.toString());
        if (manualDiscount->percent != Ratio())
            m.insert(QStringLiteral("percent"), manualDiscount->percent.toString());
        json.insert(QStringLiteral("manual_discount"), m);
    }
    QJsonArray paymentArray;
    for (const Payment &p : payments) {
        QJsonObject o{{QStringLiteral("method"), paymentMethodCode(p.method)},
                      {QStringLiteral("amount"), p.amount.toString()}};
        if (!p.tendered.isZero())
            o.insert(QStringLiteral("tendered"), p.tendered.toString());
        paymentArray.append(o);
    }
    json.insert(QStringLiteral("payments"), paymentArray);
    return json;
}

QString SaleRequest::fingerprint() const
{
    QJsonObject content = toJson();
    content.remove(QStringLiteral("request_id"));
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace storedesk::core
