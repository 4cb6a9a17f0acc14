// A member's stored value (储值) as an append-only ledger that keeps paid-in money and bonus
// money apart in every entry. The balance never goes below zero. Spending takes from both parts
// in proportion, so the bonus share of a balance stays what the top-ups made it; refunding a
// balance in cash returns paid-in money only.
#pragma once

#include "domain/member.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>

namespace storedesk::core {

class Database;

struct StoredValueBalance
{
    Money paid;
    Money bonus;
    Money total() const { return paid + bonus; }
};

enum class StoredValueKind
{
    TopUp,
    Pay,
    Refund,
    Adjust,
    Withdraw,
    Opening
};
QString storedValueKindCode(StoredValueKind kind);

struct StoredValueEntry
{
    qint64 id = 0;
    QDateTime at;
    StoredValueKind kind = StoredValueKind::TopUp;
    Money paid;  ///< signed
    Money bonus; ///< signed
    QString method;
    qint64 saleId = 0;
    QString reason;
};

class StoredValueLedger final
{
public:
    explicit StoredValueLedger(Database &db);

    StoredValueBalance balance(MemberId member) const;
    StoredValueBalance ledgerBalance(MemberId member) const;

    /// Posts an entry changing the paid and bonus parts by the signed amounts given. Throws
    /// insufficient_balance when either part would go below zero. Inside the caller's
    /// Transaction.
    qint64 post(MemberId member, StoredValueKind kind, Money paid, Money bonus, const QDateTime &at,
                const QString &method = {}, qint64 saleId = 0, const QString &reason = {});
    /// How \a amount splits into paid and bonus money when spent from \a balance: in
    /// proportion, the bonus part rounded half-up (the one rounding rule).
    static StoredValueBalance split(const StoredValueBalance &balance, Money amount);

    QList<StoredValueEntry> entries(MemberId member, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace storedesk::core
