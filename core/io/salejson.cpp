#include "salejson.h"

#include "domain/clock.h"

#include <QJsonArray>

namespace storedesk::core {

namespace {

QJsonArray discountsJson(const QList<AppliedDiscount> &discounts)
{
    QJsonArray out;
    for (const AppliedDiscount &d : discounts) {
        QJsonObject o{{QStringLiteral("kind"), d.kind},
                      {QStringLiteral("name"), d.name},
                      {QStringLiteral("amount"), d.amount.toString()}};
        if (!d.code.isEmpty())
            o.insert(QStringLiteral("code"), d.code);
        out.append(o);
    }
    return out;
}

QJsonArray paymentsJson(const QList<Payment> &payments)
{
    QJsonArray out;
    for (const Payment &p : payments) {
        out.append(QJsonObject{{QStringLiteral("method"), paymentMethodCode(p.method)},
                               {QStringLiteral("amount"), p.amount.toString()},
                               {QStringLiteral("tendered"), p.tendered.toString()}});
    }
    return out;
}

QJsonValue memberJson(const std::optional<Member> &member,
                      const std::optional<MemberStanding> &standing)
{
    if (!member)
        return QJsonValue::Null;
    QJsonObject out{{QStringLiteral("id"), member->id},
                    {QStringLiteral("phone"), member->phone.digits()},
                    {QStringLiteral("name"), member->name}};
    if (standing) {
        const QJsonObject s = toJson(*standing);
        for (auto it = s.begin(); it != s.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

QJsonObject toJson(const MemberStanding &s)
{
    return QJsonObject{
        {QStringLiteral("tier"), s.tierName},
        {QStringLiteral("tier_level"), s.tier},
        {QStringLiteral("points"), s.points},
        {QStringLiteral("stored_value"), s.storedValue.total().toString()},
        {QStringLiteral("stored_value_paid"), s.storedValue.paid.toString()},
        {QStringLiteral("stored_value_bonus"), s.storedValue.bonus.toString()},
        {QStringLiteral("qualifying_spend"), s.qualifyingSpend.toString()},
        {QStringLiteral("next_tier"),
         s.nextTier
             ? QJsonValue(QJsonObject{{QStringLiteral("name"), s.nextTierName},
                                      {QStringLiteral("spend_needed"), s.toNextTier.toString()}})
             : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject toJson(const SaleRecord &sale, const std::optional<MemberStanding> &standing)
{
    QJsonArray lines;
    for (const SaleLineRecord &l : sale.lines) {
        lines.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                 {QStringLiteral("barcode"), l.barcode},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("qty"), l.qty},
                                 {QStringLiteral("list_price"), l.listPrice.toString()},
                                 {QStringLiteral("unit_price"), l.unitPrice.toString()},
                                 {QStringLiteral("discount"), l.discount.toString()},
                                 {QStringLiteral("amount"), l.amount.toString()}});
    }
    QJsonObject out{
        {QStringLiteral("sale_id"), sale.id},
        {QStringLiteral("kind"), sale.refund ? QStringLiteral("refund") : QStringLiteral("sale")},
        {QStringLiteral("receipt_no"), sale.receiptNo},
        {QStringLiteral("business_day"), sale.businessDay.toString(Qt::ISODate)},
        {QStringLiteral("created_at"), storedTimestamp(sale.createdAt)},
        {QStringLiteral("rules_version"), sale.rulesVersion},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("subtotal"), sale.subtotal.toString()},
        {QStringLiteral("discounts"), discountsJson(sale.discounts)},
        {QStringLiteral("discount_total"), sale.discountTotal.toString()},
        {QStringLiteral("points_redeemed"), sale.pointsRedeemed},
        {QStringLiteral("points_value"), sale.pointsValue.toString()},
        {QStringLiteral("total_due"), sale.total.toString()},
        {QStringLiteral("payments"), paymentsJson(sale.payments)},
        {QStringLiteral("change"), sale.change.toString()},
        {QStringLiteral("points_earned"), sale.pointsEarned},
        {QStringLiteral("member"), memberJson(sale.member, standing)},
    };
    if (sale.member)
        out.insert(QStringLiteral("priced_tier"), sale.tierName);
    if (sale.refund)
        out.insert(QStringLiteral("original_receipt_no"), sale.originalReceiptNo);
    return out;
}

QJsonObject toJson(const Quote &q, const std::optional<MemberStanding> &standing)
{
    QJsonArray lines;
    int lineNo = 0;
    for (const PricedLine &l : q.cart.lines) {
        lines.append(QJsonObject{{QStringLiteral("line_no"), ++lineNo},
                                 {QStringLiteral("barcode"), l.product.barcode.code()},
                                 {QStringLiteral("name"), l.product.name},
                                 {QStringLiteral("qty"), l.qty},
                                 {QStringLiteral("list_price"), l.listPrice.toString()},
                                 {QStringLiteral("unit_price"), l.unitPrice.toString()},
                                 {QStringLiteral("discount"), l.discount.toString()},
                                 {QStringLiteral("amount"), l.amount.toString()}});
    }
    QJsonObject out{
        {QStringLiteral("rules_version"), q.rulesVersion},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("subtotal"), q.cart.subtotal.toString()},
        {QStringLiteral("discounts"), discountsJson(q.cart.discounts)},
        {QStringLiteral("discount_total"), q.cart.discountTotal.toString()},
        {QStringLiteral("points_redeemed"), q.cart.pointsRedeemed},
        {QStringLiteral("points_value"), q.cart.pointsValue.toString()},
        {QStringLiteral("max_redeemable_points"), q.cart.maxRedeemablePoints},
        {QStringLiteral("total_due"), q.cart.totalDue.toString()},
        {QStringLiteral("points_earned"), q.pointsEarned},
        {QStringLiteral("birthday_bonus"), q.cart.birthday},
        {QStringLiteral("member"), memberJson(q.member, standing)},
    };
    if (q.settlement) {
        out.insert(QStringLiteral("payments"), paymentsJson(q.settlement->payments));
        out.insert(QStringLiteral("change"), q.settlement->change.toString());
    }
    return out;
}

} // namespace storedesk::core
