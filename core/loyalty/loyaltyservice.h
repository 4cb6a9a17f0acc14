// A member's standing in the loyalty programme — tier, points, stored value, qualifying spend —
// and the actions that change it outside a sale: tier review, top-ups, expiry.
#pragma once

#include "domain/member.h"
#include "domain/money.h"
#include "loyalty/pointsledger.h"
#include "loyalty/storedvalue.h"
#include "sales/payment.h"

#include <QObject>
#include <QTimeZone>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;
class RuleBook;
class Security;
struct Rules;

struct MemberStanding
{
    int tier = 0;
    QString tierName;
    QDateTime tierSince;
    qint64 points = 0;
    StoredValueBalance storedValue;
    Money qualifyingSpend;       ///< paid in the tier window, refunds taken off
    std::optional<int> nextTier; ///< none at the top
    QString nextTierName;
    Money toNextTier; ///< still to spend for the next tier
};

struct TopUpResult
{
    qint64 entryId = 0;
    Money amount;
    Money bonus;
    StoredValueBalance balance;
};

struct PointsAdjustment
{
    qint64 entryId = 0;
    qint64 points = 0;  ///< signed, as asked
    qint64 balance = 0; ///< afterwards
};

struct BonusAdjustment
{
    qint64 entryId = 0;
    Money amount; ///< signed, as asked
    StoredValueBalance balance;
};

struct WithdrawResult
{
    qint64 entryId = 0;
    Money returned;       ///< paid-in money handed back
    Money bonusForfeited; ///< bonus money that goes with the closed balance
};

class LoyaltyService final : public QObject
{
    Q_OBJECT

public:
    LoyaltyService(Database &db, const Clock &clock, RuleBook &rules, Security &security,
                   QObject *parent = nullptr);

    PointsLedger &points() { return m_points; }
    StoredValueLedger &storedValue() { return m_storedValue; }
    /// The store's time zone: it decides what "a day" and "the end of the year" are.
    QTimeZone zone() const { return m_zone; }
    void setZone(const QTimeZone &zone) { m_zone = zone; }

    MemberStanding standing(MemberId member) const;
    /// What \a member paid (after discounts, before points) in the window ending at \a at.
    Money qualifyingSpend(MemberId member, const QDateTime &at, const Rules &rules) const;
    /// When points earned at \a at expire under \a rules (invalid: never).
    QDateTime expiryFor(const QDateTime &at, const Rules &rules) const;

    /// Moves the member up when their spend reached a higher tier, or down when the window has
    /// passed since the last upgrade and the spend no longer holds the tier. Records the change
    /// with its reason. Inside the caller's Transaction; answers whether the tier changed.
    bool reviewTier(MemberId member, const QDateTime &at, const Rules &rules, qint64 saleId = 0);

    /// Tops up \a amount paid by \a method, adding the rules' bonus. One transaction.
    TopUpResult topUp(MemberId member, Money amount, PaymentMethod method);
    /// Refunds the whole stored-value balance (退储值): the paid-in money goes back by
    /// \a method, the bonus money is forfeited. Throws insufficient_balance when there is
    /// nothing to refund. One transaction.
    /// Needs stored_value_adjust.
    WithdrawResult withdraw(MemberId member, PaymentMethod method);
    /// Corrects a member's points by hand (a goodwill gift, a mistake at the counter): \a points
    /// is signed and \a reason is required, both kept in the ledger. Added points expire like
    /// earned ones; taken points come from the oldest lots and never below zero. Needs
    /// points_adjust. Throws not_found, invalid_points, reason_required or
    /// insufficient_points. One transaction.
    PointsAdjustment adjustPoints(MemberId member, qint64 points, const QString &reason);
    /// Gives (or, negative, takes back) bonus stored value by hand — a goodwill credit, a bonus
    /// given by mistake. Only bonus money: paid-in money moves only with real money (top-ups,
    /// payments, refunds, withdrawals), so what the store owes in cash stays honest. Needs
    /// stored_value_adjust. Throws not_found, invalid_amount, reason_required or
    /// insufficient_balance.
    BonusAdjustment adjustBonus(MemberId member, Money amount, const QString &reason);
    /// Posts every expiry due now and reviews every tier whose window has passed. One
    /// transaction. Answers the points expired.
    qint64 runDaily();

signals:
    void standingChanged(storedesk::core::MemberId member);

private:
    Database &m_db;
    const Clock &m_clock;
    RuleBook &m_rules;
    Security &m_security;
    PointsLedger m_points;
    StoredValueLedger m_storedValue;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace storedesk::core
