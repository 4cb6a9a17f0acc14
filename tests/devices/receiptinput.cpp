#include "receiptinput.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace storedesk::test {

namespace {

core::Money money(const QJsonValue &v)
{
    return v.isUndefined() ? core::Money() : core::Money::parseOrThrow(v.toString(), {});
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

ReceiptInput readReceiptInput(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);

    ReceiptInput in;
    in.language = o.value(QStringLiteral("language")).toString();
    const QString mode = o.value(QStringLiteral("text_mode")).toString();
    in.textMode = devices::parseTextMode(mode).value_or(devices::TextMode::Gb18030);
    core::ReceiptData &d = in.data;
    const QJsonObject store = o.value(QStringLiteral("store")).toObject();
    d.storeName = store.value(QStringLiteral("name")).toString();
    d.storeAddress = store.value(QStringLiteral("address")).toString();
    d.storePhone = store.value(QStringLiteral("phone")).toString();
    d.header = strings(store.value(QStringLiteral("header")));
    d.footer = strings(store.value(QStringLiteral("footer")));
    d.receiptNo = o.value(QStringLiteral("receipt_no")).toString();
    d.refund = o.value(QStringLiteral("refund")).toBool();
    d.originalReceiptNo = o.value(QStringLiteral("original_receipt_no")).toString();
    d.reprint = o.value(QStringLiteral("reprint")).toBool();
    d.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
    d.cashier = o.value(QStringLiteral("cashier")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        core::ReceiptLine line;
        line.name = l.value(QStringLiteral("name")).toString();
        line.qty = l.value(QStringLiteral("qty")).toInteger();
        line.unitPrice = money(l.value(QStringLiteral("unit_price")));
        line.listPrice = l.contains(QStringLiteral("list_price"))
                             ? money(l.value(QStringLiteral("list_price")))
                             : line.unitPrice;
        line.amount = line.unitPrice.times(line.qty);
        d.lines.append(line);
    }
    d.subtotal = money(o.value(QStringLiteral("subtotal")));
    for (const QJsonValue &v : o.value(QStringLiteral("discounts")).toArray()) {
        const QJsonObject x = v.toObject();
        d.discounts.append(
            {x.value(QStringLiteral("name")).toString(), money(x.value(QStringLiteral("amount")))});
    }
    d.discountTotal = money(o.value(QStringLiteral("discount_total")));
    d.pointsRedeemed = o.value(QStringLiteral("points_redeemed")).toInteger();
    d.pointsValue = money(o.value(QStringLiteral("points_value")));
    d.total = money(o.value(QStringLiteral("total")));
    for (const QJsonValue &v : o.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject p = v.toObject();
        const auto method = core::parsePaymentMethod(p.value(QStringLiteral("method")).toString());
        REQUIRE(method.has_value());
        const core::Money amount = money(p.value(QStringLiteral("amount")));
        d.payments.append({*method, amount,
                           p.contains(QStringLiteral("tendered"))
                               ? money(p.value(QStringLiteral("tendered")))
                               : amount});
    }
    d.change = money(o.value(QStringLiteral("change")));
    if (o.contains(QStringLiteral("member"))) {
        const QJsonObject m = o.value(QStringLiteral("member")).toObject();
        core::ReceiptMember member;
        member.maskedPhone = m.value(QStringLiteral("phone")).toString();
        member.tierName = m.value(QStringLiteral("tier")).toString();
        member.pointsEarned = m.value(QStringLiteral("points_earned")).toInteger();
        member.pointsBalance = m.value(QStringLiteral("points_balance")).toInteger();
        member.storedValueBalance = money(m.value(QStringLiteral("stored_value")));
        member.usesStoredValue = m.value(QStringLiteral("uses_stored_value")).toBool();
        d.member = member;
    }
    d.qrText = o.value(QStringLiteral("qr")).toString();
    return in;
}

} // namespace storedesk::test
