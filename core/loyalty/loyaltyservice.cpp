#include "loyaltyservice.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/rulebook.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

/// The reason a hand-made change keeps, simplified; throws reason_required (saying \a why it
/// is needed) or invalid_argument.
QString checkedReason(const QString &reason, const QString &why)
{
    constexpr int kMaxReasonLength = 200;
    const QString text = reason.simplified();
    if (text.isEmpty())
        throw Error(ErrorCode::ReasonRequired, why, QStringLiteral("reason"));
    if (text.size() > kMaxReasonLength) {
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "A reason has at most %1 characters.")
                        .arg(kMaxReasonLength),
                    QStringLiteral("reason"));
    }
    return text;
}

/// Throws not_found when there is no member \a member.
void requireMember(Database &db, MemberId member)
{
    QSqlQuery exists = db.exec(QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {member});
    if (!exists.next()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "There is no member number %1.")
                        .arg(member));
    }
}

} // namespace

namespace {

constexpr qint64 kMaxTopUpFen = 100'000'00; // ¥100,000.00 at once

int clampTier(int tier, const Rules &rules)
{
    return std::clamp(tier, 0, std::max(0, int(rules.tiers.size()) - 1));
}

} // namespace

LoyaltyService::LoyaltyService(Database &db, const Clock &clock, RuleBook &rules,
                               Security &security, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_rules(rules)
    , m_security(security)
    , m_points(db)
    , m_storedValue(db)
{}

Money LoyaltyService::qualifyingSpend(MemberId member, const QDateTime &at,
                                      const Rules &rules) const
{
    const QDateTime start = at.toTimeZone(m_zone).addMonths(-rules.tierWindowMonths).toUTC();
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT coalesce(sum(qualifying_fen), 0) FROM sales "
                                           "WHERE member_id = ? AND created_at > ? "
                                           "AND created_at <= ?"),
                            {member, storedTimestamp(start), storedTimestamp(at)});
    return Money::fromFen(q.next() ? q.value(0).toLongLong() : 0);
}

QDateTime LoyaltyService::expiryFor(const QDateTime &at, const Rules &rules) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    switch (rules.expiry.mode) {
    case ExpiryRule::Mode::Never:
        return {};
    case ExpiryRule::Mode::Rolling:
        return local.addMonths(rules.expiry.months).toUTC();
    case ExpiryRule::Mode::YearEnd:
        // Earned in year Y: gone when year Y + N ends, at the store's midnight.
        return QDateTime(QDate(local.date().year() + rules.expiry.yearsAfter + 1, 1, 1),
                         QTime(0, 0), m_zone)
            .toUTC();
    }
    return {};
}

MemberStanding LoyaltyService::standing(MemberId member) const
{
    const VersionedRules current = m_rules.current();
    const Rules &rules = current.rules;
    MemberStanding s;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT tier, tier_since FROM members WHERE id = ?"), {member});
    if (!q.next()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "There is no member number %1.")
                        .arg(member));
    }
    s.tier = clampTier(q.value(0).toInt(), rules);
    if (!q.value(1).isNull())
        s.tierSince = fromStoredTimestamp(q.value(1).toString());
    s.tierName = rules.tiers.value(s.tier).name;
    s.points = m_points.balance(member);
    s.storedValue = m_storedValue.balance(member);
    s.qualifyingSpend = qualifyingSpend(member, m_clock.now(), rules);
    if (s.tier + 1 < rules.tiers.size()) {
        s.nextTier = s.tier + 1;
        s.nextTierName = rules.tiers[s.tier + 1].name;
        const Money gap = rules.tiers[s.tier + 1].minSpend - s.qualifyingSpend;
        s.toNextTier = gap.isNegative() ? Money() : gap;
    }
    return s;
}

bool LoyaltyService::reviewTier(MemberId member, const QDateTime &at, const Rules &rules,
                                qint64 saleId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT tier, tier_since FROM members WHERE id = ?"), {member});
    if (!q.next())
        return false;
    const int tier = clampTier(q.value(0).toInt(), rules);
    const QDateTime since =
        q.value(1).isNull() ? QDateTime() : fromStoredTimestamp(q.value(1).toString());
    const Money spend = qualifyingSpend(member, at, rules);
    const int target = rules.tierFor(spend);
    QString reason;
    if (target > tier) {
        reason = QStringLiteral("upgrade: qualifying spend %1 reached %2")
                     .arg(spend.toString(), rules.tiers[target].minSpend.toString());
    } else if (target < tier) {
        const QDateTime windowStart =
            at.toTimeZone(m_zone).addMonths(-rules.tierWindowMonths).toUTC();
        if (since.isValid() && since > windowStart)
            return false; // upgraded within the window: the tier holds until it has passed
        reason = QStringLiteral("downgrade: qualifying spend %1 below %2 after %3 months")
                     .arg(spend.toString(), rules.tiers[tier].minSpend.toString())
                     .arg(rules.tierWindowMonths);
    } else {
        return false;
    }
    m_db.exec(QStringLiteral("UPDATE members SET tier = ?, tier_since = ? WHERE id = ?"),
              {target, storedTimestamp(at), member});
    m_db.exec(QStringLiteral("INSERT INTO tier_changes (member_id, at, from_tier, to_tier, "
                             "reason, sale_id) VALUES (?, ?, ?, ?, ?, ?)"),
              {member, storedTimestamp(at), tier, target, reason,
               saleId > 0 ? QVariant(saleId) : QVariant()});
    return true;
}

TopUpResult LoyaltyService::topUp(MemberId member, Money amount, PaymentMethod method)
{
    if (amount.fen() <= 0 || amount.fen() > kMaxTopUpFen) {
        throw Error(ErrorCode::InvalidAmount,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "A top-up is between 0.01 and %1.")
                        .arg(Money::fromFen(kMaxTopUpFen).toString()),
                    QStringLiteral("amount"));
    }
    if (method == PaymentMethod::StoredValue) {
        throw Error(ErrorCode::InvalidPayment,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "Stored value cannot be topped up from itself."),
                    QStringLiteral("method"));
    }
    const VersionedRules current = m_rules.current();
    Transaction tx(m_db);
    QSqlQuery status =
        m_db.exec(QStringLiteral("SELECT status FROM members WHERE id = ?"), {member});
    if (!status.next()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "There is no member number %1.")
                        .arg(member));
    }
    if (status.value(0).toString() == u"frozen") {
        throw Error(ErrorCode::MemberFrozen,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "This membership is frozen."),
                    QStringLiteral("member"));
    }
    TopUpResult result;
    result.amount = amount;
    result.bonus = current.rules.topUpBonusFor(amount);
    result.entryId = m_storedValue.post(member, StoredValueKind::TopUp, amount, result.bonus,
                                        m_clock.now(), paymentMethodCode(method));
    result.balance = m_storedValue.balance(member);
    tx.commit();
    emit standingChanged(member);
    return result;
}

WithdrawResult LoyaltyService::withdraw(MemberId member, PaymentMethod method)
{
    if (method == PaymentMethod::StoredValue) {
        throw Error(ErrorCode::InvalidPayment,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "Stored value is refunded in cash, by card, "
                                                "WeChat Pay or Alipay."),
                    QStringLiteral("method"));
    }
    const Actor by = m_security.require(Permission::StoredValueAdjust);
    Transaction tx(m_db);
    requireMember(m_db, member);
    const StoredValueBalance balance = m_storedValue.balance(member);
    if (balance.total().fen() <= 0) {
        throw Error(ErrorCode::InsufficientBalance,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "There is no stored value to refund."),
                    QStringLiteral("stored_value"));
    }
    WithdrawResult result;
    result.returned = balance.paid;
    result.bonusForfeited = balance.bonus;
    result.entryId = m_storedValue.post(member, StoredValueKind::Withdraw, -balance.paid,
                                        -balance.bonus, m_clock.now(), paymentMethodCode(method));
    m_security.audit().record(
        by, QStringLiteral("stored_value_withdraw"), m_security.audit().memberSubject(member),
        {{QStringLiteral("returned"), result.returned.toString()},
         {QStringLiteral("bonus_forfeited"), result.bonusForfeited.toString()},
         {QStringLiteral("method"), paymentMethodCode(method)}});
    tx.commit();
    emit standingChanged(member);
    return result;
}

PointsAdjustment LoyaltyService::adjustPoints(MemberId member, qint64 points, const QString &reason)
{
    constexpr qint64 kMaxAdjustment = 10'000'000;
    if (points == 0 || points > kMaxAdjustment || points < -kMaxAdjustment) {
        throw Error(ErrorCode::InvalidPoints,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "An adjustment is a whole number of points "
                                                "other than 0, from -%1 to %1.")
                        .arg(kMaxAdjustment),
                    QStringLiteral("points"));
    }
    const QString why = checkedReason(
        reason, QCoreApplication::translate("storedesk::core::LoyaltyService",
                                            "Say why the points change; the reason stays "
                                            "in the member's points history."));
    const Actor by = m_security.require(Permission::PointsAdjust);
    const VersionedRules current = m_rules.current();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    requireMember(m_db, member);
    PointsAdjustment result;
    result.points = points;
    if (points > 0) {
        result.entryId = m_points.credit(member, PointsKind::Adjust, points, now,
                                         expiryFor(now, current.rules), 0, why);
    } else {
        m_points.expireDue(now, member); // lapsed points cannot be taken a second time
        result.entryId = m_points.debit(member, PointsKind::Adjust, -points, now, 0, why);
    }
    result.balance = m_points.balance(member);
    m_security.audit().record(by, QStringLiteral("points_adjust"),
                              m_security.audit().memberSubject(member),
                              {{QStringLiteral("points"), points},
                               {QStringLiteral("balance"), result.balance},
                               {QStringLiteral("reason"), why}});
    tx.commit();
    emit standingChanged(member);
    return result;
}

BonusAdjustment LoyaltyService::adjustBonus(MemberId member, Money amount, const QString &reason)
{
    const Money most = Money::fromFen(100'000'00);
    if (amount.fen() == 0 || amount > most || amount < -most) {
        throw Error(ErrorCode::InvalidAmount,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "An adjustment is an amount other than 0, from "
                                                "-%1 to %1.")
                        .arg(most.toString()),
                    QStringLiteral("amount"));
    }
    const QString why = checkedReason(
        reason, QCoreApplication::translate("storedesk::core::LoyaltyService",
                                            "Say why the stored value changes; the reason stays "
                                            "in the member's stored-value history."));
    const Actor by = m_security.require(Permission::StoredValueAdjust);
    Transaction tx(m_db);
    requireMember(m_db, member);
    const StoredValueBalance before = m_storedValue.balance(member);
    if (before.bonus + amount < Money()) {
        throw Error(ErrorCode::InsufficientBalance,
                    QCoreApplication::translate("storedesk::core::LoyaltyService",
                                                "Only bonus money can be taken back by hand, and "
                                                "the member has %1 of it.")
                        .arg(before.bonus.toString()),
                    QStringLiteral("amount"));
    }
    BonusAdjustment result;
    result.amount = amount;
    result.entryId = m_storedValue.post(member, StoredValueKind::Adjust, Money(), amount,
                                        m_clock.now(), {}, 0, why);
    result.balance = m_storedValue.balance(member);
    m_security.audit().record(by, QStringLiteral("stored_value_adjust"),
                              m_security.audit().memberSubject(member),
                              {{QStringLiteral("bonus"), amount.toString()},
                               {QStringLiteral("balance"), result.balance.total().toString()},
                               {QStringLiteral("reason"), why}});
    tx.commit();
    emit standingChanged(member);
    return result;
}

qint64 LoyaltyService::runDaily()
{
    const VersionedRules current = m_rules.current();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    const qint64 expired = m_points.expireDue(now);
    const QDateTime windowStart =
        now.toTimeZone(m_zone).addMonths(-current.rules.tierWindowMonths).toUTC();
    QSqlQuery due = m_db.exec(QStringLiteral("SELECT id FROM members WHERE tier > 0 AND "
                                             "(tier_since IS NULL OR tier_since <= ?)"),
                              {storedTimestamp(windowStart)});
    QList<MemberId> members;
    while (due.next())
        members.append(due.value(0).toLongLong());
    for (MemberId m : members)
        reviewTier(m, now, current.rules);
    tx.commit();
    return expired;
}

} // namespace storedesk::core
