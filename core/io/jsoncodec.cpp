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
        {QStringLiteral("points_eligible"), p.pointsEligible},
        {QStringLiteral("active"), p.active},
    };
}

} // namespace storedesk::core
