// The member registry: registering, changing and finding members (会员). Every lookup the
// counter uses — full phone, last four digits, card number, name prefix — is an index lookup.
#pragma once

#include "domain/error.h"
#include "domain/member.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace storedesk::core {

class Clock;
class Database;

class MemberRegistry final : public QObject
{
    Q_OBJECT

public:
    MemberRegistry(Database &db, const Clock &clock, QObject *parent = nullptr);

    /// Registers a member. Throws invalid_phone, duplicate_phone, invalid_name, invalid_date,
    /// invalid_gender, invalid_card, duplicate_card or unknown_member (the referrer); nothing is
    /// written then. The join hook runs inside the same transaction.
    Member add(const NewMember &request);
    /// What happens to every new member in the transaction that registers them (the welcome
    /// coupons); an error there refuses the registration.
    void setJoinHook(std::function<void(MemberId)> hook) { m_joinHook = std::move(hook); }
    /// Changes the fields \a change holds. Same errors as add(), plus not_found.
    Member update(MemberId id, const MemberChange &change);
    /// Adds and removes tags in one step; answers the member as it is afterwards.
    Member changeTags(MemberId id, const QStringList &add, const QStringList &remove);

    /// Throws not_found.
    Member get(MemberId id) const;
    std::optional<Member> byPhone(const PhoneNumber &phone) const;
    std::optional<Member> byCard(const QString &cardNo) const;
    /// Every member whose phone ends in \a digits (four digits), by name.
    QList<Member> byLastFour(const QString &digits, int limit) const;
    /// Members whose name starts with \a prefix, by name.
    QList<Member> byNamePrefix(const QString &prefix, int limit) const;

    /// The members who joined last, newest first.
    QList<Member> recent(int limit) const;

    /// What the search box does: a full phone, four digits (尾号), a card number or a name
    /// prefix — every kind that matches, exact matches first. Throws invalid_argument on an
    /// empty query.
    QList<Member> find(const QString &query, int limit = 50) const;
    /// A member named by phone number or card number, as a sale request names one.
    /// Throws \a ifMissing (unknown_member unless told otherwise) when there is none.
    Member resolve(const QString &phoneOrCard,
                   ErrorCode ifMissing = ErrorCode::UnknownMember) const;

    qint64 count() const;

signals:
    void memberAdded(storedesk::core::MemberId id);
    void memberChanged(storedesk::core::MemberId id);

private:
    QList<Member> select(const QString &where, const QVariantList &values, int limit) const;
    void requireUniquePhone(const PhoneNumber &phone, MemberId except) const;
    void requireUniqueCard(const QString &card, MemberId except) const;

    Database &m_db;
    const Clock &m_clock;
    std::function<void(MemberId)> m_joinHook;
};

} // namespace storedesk::core
