#include "jsoncodec.h"

#include "domain/clock.h"

#include <QJsonArray>

namespace storedesk::core {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const Member &m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("phone"), m.phone.digits()},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("gender"), textOrNull(genderCode(m.gender))},
        {QStringLiteral("birthday"),
         m.birthday.isValid() ? QJsonValue(m.birthday.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("card"), textOrNull(m.cardNo)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("status"),
         m.status == MemberStatus::Frozen ? QStringLiteral("frozen") : QStringLiteral("active")},
        {QStringLiteral("joined_at"), storedTimestamp(m.joinedAt)},
        {QStringLiteral("referred_by"),
         m.referredBy != 0 ? QJsonValue(m.referredBy) : QJsonValue()},
    };
}

QJsonObject toJson(const Product &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("barcode"), p.barcode.code()},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("price"), p.price.toString()},
        {QStringLiteral("member_price"),
         p.memberPrice ? QJsonValue(p.memberPrice->toString()) : QJsonValue()},
        {QStringLiteral("category"), textOrNull(p.category)},
        {QStringLiteral("stock"), p.stock},
        {QStringLiteral("reorder_level"),
         p.reorderLevel ? QJsonValue(*p.reorderLevel) : QJsonValue()},
        {QStringLiteral("gift_points"), p.giftPoints ? QJsonValue(*p.giftPoints) : QJsonValue()},
        {QStringLiteral("points_eligible"), p.pointsEligible},
        {QStringLiteral("active"), p.active},
    };
}

QJsonObject toJson(const MemberSummary &row, const QString &tierName)
{
    QJsonObject out = toJson(row.member);
    out.insert(QStringLiteral("tier"), row.tier);
    out.insert(QStringLiteral("tier_name"), tierName);
    out.insert(QStringLiteral("points"), row.points);
    out.insert(QStringLiteral("stored_value"), row.storedValue.toString());
    out.insert(QStringLiteral("last_sale_at"), row.lastSaleAt.isValid()
                                                   ? QJsonValue(storedTimestamp(row.lastSaleAt))
                                                   : QJsonValue());
    return out;
}

QJsonObject toJson(const SaleSummary &s)
{
    return QJsonObject{
        {QStringLiteral("sale_id"), s.id},
        {QStringLiteral("receipt_no"), s.receiptNo},
        {QStringLiteral("kind"), s.refund ? QStringLiteral("refund") : QStringLiteral("sale")},
        {QStringLiteral("original_receipt_no"), textOrNull(s.originalReceiptNo)},
        {QStringLiteral("created_at"), storedTimestamp(s.createdAt)},
        {QStringLiteral("cashier"), s.cashier},
        {QStringLiteral("items"), s.items},
        {QStringLiteral("total"), s.total.toString()},
        {QStringLiteral("points_earned"), s.pointsEarned},
        {QStringLiteral("points_redeemed"), s.pointsRedeemed},
    };
}

QJsonObject toJson(const StockMove &m)
{
    return QJsonObject{
        {QStringLiteral("at"), storedTimestamp(m.at)},
        {QStringLiteral("qty"), m.qty},
        {QStringLiteral("reason"), m.reason},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("receipt_no"), textOrNull(m.receiptNo)},
    };
}

} // namespace storedesk::core
