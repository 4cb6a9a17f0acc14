#include "memberrow.h"

#include "domain/clock.h"

#include <QSqlQuery>
#include <QVariant>

namespace storedesk::core {

const QString &memberColumns()
{
    static const QString columns = QStringLiteral(
        "m.id, m.phone, m.name, m.gender, m.birthday, m.card_no, m.note, m.status, m.joined_at, "
        "(SELECT group_concat(t.tag, char(31)) FROM member_tags t WHERE t.member_id = m.id), "
        "m.referred_by, m.deleted_at IS NOT NULL");
    return columns;
}

Member readMember(const QSqlQuery &q, int first)
{
    Member m;
    m.id = q.value(first).toLongLong();
    m.phone = PhoneNumber::fromNormalized(q.value(first + 1).toString());
    m.name = q.value(first + 2).toString();
    m.gender = parseGender(q.value(first + 3).toString()).value_or(Gender::Unspecified);
    m.birthday = QDate::fromString(q.value(first + 4).toString(), Qt::ISODate);
    m.cardNo = q.value(first + 5).toString();
    m.note = q.value(first + 6).toString();
    m.status =
        q.value(first + 7).toString() == u"frozen" ? MemberStatus::Frozen : MemberStatus::Active;
    m.joinedAt = fromStoredTimestamp(q.value(first + 8).toString());
    const QString tags = q.value(first + 9).toString();
    if (!tags.isEmpty()) {
        m.tags = tags.split(QChar(31));
        m.tags.sort();
    }
    m.referredBy = q.value(first + 10).toLongLong();
    m.deleted = q.value(first + 11).toBool();
    return m;
}

} // namespace storedesk::core
