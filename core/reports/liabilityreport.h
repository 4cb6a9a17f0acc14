// What the store owes its members right now: points outstanding and their money value at the
// current redemption rate (积分负债), and stored value (储值余额) with paid-in and bonus money
// apart. Read from the balances kept with every ledger entry, which equal the ledgers' sums.
#pragma once

#include "domain/money.h"

#include <QDateTime>

namespace storedesk::core {

class Clock;
class Database;
class RuleBook;

struct Liabilities
{
    QDateTime at;

    qint64 pointsOutstanding = 0; ///< Σ of the positive point balances
    qint64 pointsOwed = 0;        ///< Σ of the negative balances (clawbacks members owe), positive
    qint64 membersWithPoints = 0;
    qint64 redeemPoints = 0; ///< the rate: this many points …
    Money redeemValue;       ///< … are worth this much
    /// The outstanding points at the rate, rounded half-up to the fen.
    Money pointsValue;

    Money storedValuePaid;  ///< paid-in money on members' balances
    Money storedValueBonus; ///< bonus money on them
    qint64 membersWithStoredValue = 0;
    Money storedValue() const { return storedValuePaid + storedValueBonus; }

    /// Points at their value plus stored value.
    Money total() const { return pointsValue + storedValue(); }
    /// What the points ledger sums to: outstanding less owed.
    qint64 pointsNet() const { return pointsOutstanding - pointsOwed; }
};

class LiabilityReport final
{
public:
    LiabilityReport(Database &db, const Clock &clock, RuleBook &rules);

    Liabilities now() const;

private:
    Database &m_db;
    const Clock &m_clock;
    RuleBook &m_rules;
};

} // namespace storedesk::core
