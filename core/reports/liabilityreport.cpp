#include "liabilityreport.h"

#include "db/database.h"
#include "domain/clock.h"
#include "loyalty/rulebook.h"

#include <QSqlQuery>

namespace storedesk::core {

LiabilityReport::LiabilityReport(Database &db, const Clock &clock, RuleBook &rules)
    : m_db(db)
    , m_clock(clock)
    , m_rules(rules)
{}

Liabilities LiabilityReport::now() const
{
    Liabilities l;
    l.at = m_clock.now();
    const RedeemRule rate = m_rules.current().rules.redeem;
    l.redeemPoints = rate.points;
    l.redeemValue = rate.value;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT coalesce(sum(max(points_balance, 0)), 0), coalesce(sum(min(points_balance, 0)), "
        "0), coalesce(sum(points_balance > 0), 0), coalesce(sum(stored_paid_fen), 0), "
        "coalesce(sum(stored_bonus_fen), 0), coalesce(sum(stored_paid_fen + stored_bonus_fen > "
        "0), 0) FROM members"));
    q.next();
    l.pointsOutstanding = q.value(0).toLongLong();
    l.pointsOwed = -q.value(1).toLongLong();
    l.membersWithPoints = q.value(2).toLongLong();
    l.storedValuePaid = Money::fromFen(q.value(3).toLongLong());
    l.storedValueBonus = Money::fromFen(q.value(4).toLongLong());
    l.membersWithStoredValue = q.value(5).toLongLong();
    l.pointsValue = rate.points > 0 ? rate.value.scaled(l.pointsOutstanding, rate.points) : Money();
    return l;
}

} // namespace storedesk::core
