// A member's points as an append-only ledger. Credits (earned, restored, adjusted up) are lots
// that expire on their own date; debits (redeemed, expired, clawed back, adjusted down) are paid
// from the oldest lots first. A clawback larger than the balance leaves debt that the next
// credits pay off — it is shown as a negative balance, never dropped.
#pragma once

#include "domain/member.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

class Database;

enum class PointsKind
{
    Earn,
    Redeem,
    Expire,
    Adjust,
    Clawback,
    Restore,
    Opening
};
QString pointsKindCode(PointsKind kind);

struct PointsEntry
{
    qint64 id = 0;
    QDateTime at;
    PointsKind kind = PointsKind::Earn;
    qint64 points = 0; ///< signed
    QDateTime expiresAt;
    qint64 saleId = 0;
    QString reason;
};

struct PointsLot
{
    qint64 entryId = 0;
    qint64 remaining = 0;
    QDateTime expiresAt; ///< invalid: never expires
};

struct ExpiringPoints
{
    MemberId member = 0;
    qint64 points = 0;
    QDateTime firstExpiry;
};

class PointsLedger final
{
public:
    explicit PointsLedger(Database &db);

    /// The cached balance (kept with every entry; `check` compares it with the ledger).
    qint64 balance(MemberId member) const;
    /// The points the member can spend at \a at: the balance less lots already past their
    /// date that the daily expiry has not posted yet.
    qint64 available(MemberId member, const QDateTime &at) const;
    /// The balance summed from the ledger itself.
    qint64 ledgerBalance(MemberId member) const;

    /// Posts a credit lot of \a points (> 0), paying any debt first. Answers the entry's id.
    /// Must run inside the caller's Transaction.
    qint64 credit(MemberId member, PointsKind kind, qint64 points, const QDateTime &at,
                  const QDateTime &expiresAt, qint64 saleId = 0, const QString &reason = {});
    /// Posts a debit of \a points (> 0) paid from the oldest lots. With \a allowDebt false it
    /// throws insufficient_points when the lots hold fewer; with true the rest becomes debt.
    qint64 debit(MemberId member, PointsKind kind, qint64 points, const QDateTime &at,
                 qint64 saleId = 0, const QString &reason = {}, bool allowDebt = false);

    /// Lots with points left, oldest first.
    QList<PointsLot> openLots(MemberId member) const;
    /// The latest expiry among the lots a debit was paid from (to give restored points back
    /// no longer than they would have lasted); invalid when none expire.
    QDateTime latestExpiryPaidBy(qint64 debitId) const;
    /// Expires every lot whose date is at or before \a at, lot by lot — of one member, or of
    /// all when \a member is 0. Answers the points expired. Must run inside the caller's
    /// Transaction.
    qint64 expireDue(const QDateTime &at, MemberId member = 0);
    /// Members with points expiring between \a from and \a until.
    QList<ExpiringPoints> expiring(const QDateTime &from, const QDateTime &until) const;

    QList<PointsEntry> entries(MemberId member, int limit = 200) const;

private:
    qint64 post(MemberId member, PointsKind kind, qint64 points, const QDateTime &at,
                const QDateTime &expiresAt, qint64 saleId, const QString &reason);
    void allocate(qint64 debitId, qint64 creditId, qint64 points);

    Database &m_db;
};

} // namespace storedesk::core
