// Members who leave the books: one who asks to be forgotten (个人信息删除) keeps their sales for
// the accounts but loses everything that says who they were, and a member registered twice is
// merged into one — their sales, points, stored value, coupons and tags moved onto the member
// kept. Both need member_delete and go on the audit trail.
#pragma once

#include "domain/member.h"
#include "domain/money.h"

#include <QCoreApplication>

namespace storedesk::core {

class Clock;
class Database;
class LoyaltyService;
class MemberRegistry;
class Security;

struct MergeResult
{
    Member kept;
    qint64 pointsMoved = 0;
    Money storedValueMoved;
    qint64 salesMoved = 0;
};

class MemberHousekeeping final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::MemberHousekeeping)

public:
    MemberHousekeeping(Database &db, const Clock &clock, MemberRegistry &members,
                       LoyaltyService &loyalty, Security &security);

    /// Forgets \a member: name, phone, card, birthday, note and tags are erased, unused coupons
    /// void, points forfeited; sales stay, without a name. Throws not_found,
    /// member_has_balance (stored value must be paid back first), sign_in_required or
    /// permission_denied.
    void forget(MemberId member);
    /// Moves everything of \a drop onto \a keep and forgets \a drop. The kept member keeps
    /// their own details and takes the other's card, birthday and gender where they have none.
    /// Throws not_found, invalid_argument (the same member twice, a member already gone),
    /// sign_in_required or permission_denied.
    MergeResult merge(MemberId keep, MemberId drop);

private:
    /// Inside the caller's transaction.
    void erase(MemberId member);

    Database &m_db;
    const Clock &m_clock;
    MemberRegistry &m_members;
    LoyaltyService &m_loyalty;
    Security &m_security;
};

} // namespace storedesk::core
