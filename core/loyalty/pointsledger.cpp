#include "pointsledger.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

const std::array<std::pair<PointsKind, const char16_t *>, 7> kKinds{{
    {PointsKind::Earn, u"earn"},
    {PointsKind::Redeem, u"redeem"},
    {PointsKind::Expire, u"expire"},
    {PointsKind::Adjust, u"adjust"},
    {PointsKind::Clawback, u"clawback"},
    {PointsKind::Restore, u"restore"},
    {PointsKind::Opening, u"opening"},
}};

PointsKind kindFromCode(const QString &code)
{
    for (const auto &[kind, text] : kKinds) {
        if (code == QStringView(text))
            return kind;
    }
    return PointsKind::Adjust;
}

QVariant stampOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QVariant(storedTimestamp(moment)) : QVariant();
}

} // namespace

QString pointsKindCode(PointsKind kind)
{
    for (const auto &[k, text] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(text);
    }
    return {};
}

PointsLedger::PointsLedger(Database &db)
    : m_db(db)
{}

qint64 PointsLedger::balance(MemberId member) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT points_balance FROM members WHERE id = ?"), {member});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 PointsLedger::available(MemberId member, const QDateTime &at) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT coalesce(sum(l.points - coalesce((SELECT sum(a.points) FROM "
                       "points_allocations a WHERE a.credit_id = l.id), 0)), 0) FROM "
                       "points_ledger l WHERE l.member_id = ? AND l.points > 0 "
                       "AND l.expires_at <= ?"),
        {member, storedTimestamp(at)});
    const qint64 lapsed = q.next() ? q.value(0).toLongLong() : 0;
    return balance(member) - lapsed;
}

qint64 PointsLedger::ledgerBalance(MemberId member) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger WHERE member_id = ?"),
        {member});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 PointsLedger::post(MemberId member, PointsKind kind, qint64 points, const QDateTime &at,
                          const QDateTime &expiresAt, qint64 saleId, const QString &reason)
{
    m_db.exec(QStringLiteral("INSERT INTO points_ledger (member_id, at, kind, points, expires_at, "
                             "sale_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {member, storedTimestamp(at), pointsKindCode(kind), points, stampOrNull(expiresAt),
               saleId > 0 ? QVariant(saleId) : QVariant(), reason});
    const qint64 id = m_db.lastInsertId();
    m_db.exec(QStringLiteral("UPDATE members SET points_balance = points_balance + ? WHERE id = ?"),
              {points, member});
    return id;
}

void PointsLedger::allocate(qint64 debitId, qint64 creditId, qint64 points)
{
    m_db.exec(QStringLiteral("INSERT INTO points_allocations (debit_id, credit_id, points) "
                             "VALUES (?, ?, ?)"),
              {debitId, creditId, points});
}

qint64 PointsLedger::credit(MemberId member, PointsKind kind, qint64 points, const QDateTime &at,
                            const QDateTime &expiresAt, qint64 saleId, const QString &reason)
{
    Q_ASSERT(points > 0);
    const qint64 id = post(member, kind, points, at, expiresAt, saleId, reason);
    // Debts (debits not fully paid from lots), oldest first, are paid from the new lot.
    QSqlQuery debts =
        m_db.exec(QStringLiteral("SELECT l.id, -l.points - coalesce((SELECT sum(a.points) FROM "
                                 "points_allocations a WHERE a.debit_id = l.id), 0) AS open "
                                 "FROM points_ledger l WHERE l.member_id = ? AND l.points < 0 "
                                 "AND open > 0 ORDER BY l.id"),
                  {member});
    QList<std::pair<qint64, qint64>> open;
    while (debts.next())
        open.append({debts.value(0).toLongLong(), debts.value(1).toLongLong()});
    qint64 left = points;
    for (const auto &[debitId, owed] : open) {
        if (left == 0)
            break;
        const qint64 pay = std::min(left, owed);
        allocate(debitId, id, pay);
        left -= pay;
    }
    return id;
}

QList<PointsLot> PointsLedger::openLots(MemberId member) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT l.id, l.points - coalesce((SELECT sum(a.points) FROM "
                       "points_allocations a WHERE a.credit_id = l.id), 0) AS remaining, "
                       "l.expires_at FROM points_ledger l WHERE l.member_id = ? AND l.points > 0 "
                       "AND remaining > 0 ORDER BY l.id"),
        {member});
    QList<PointsLot> lots;
    while (q.next()) {
        lots.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(),
             q.value(2).isNull() ? QDateTime() : fromStoredTimestamp(q.value(2).toString())});
    }
    return lots;
}

qint64 PointsLedger::debit(MemberId member, PointsKind kind, qint64 points, const QDateTime &at,
                           qint64 saleId, const QString &reason, bool allowDebt)
{
    Q_ASSERT(points > 0);
    QList<PointsLot> lots = openLots(member);
    qint64 available = 0;
    for (const PointsLot &lot : lots)
        available += lot.remaining;
    if (!allowDebt && available < points) {
        throw Error(ErrorCode::InsufficientPoints,
                    QCoreApplication::translate("storedesk::core::PointsLedger",
                                                "The member has %1 points, fewer than %2.")
                        .arg(available)
                        .arg(points),
                    QStringLiteral("points"));
    }
    const qint64 id = post(member, kind, -points, at, {}, saleId, reason);
    qint64 left = points;
    for (const PointsLot &lot : lots) {
        if (left == 0)
            break;
        const qint64 take = std::min(left, lot.remaining);
        allocate(id, lot.entryId, take);
        left -= take;
    }
    return id;
}

QDateTime PointsLedger::latestExpiryPaidBy(qint64 debitId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT max(c.expires_at), count(*), count(c.expires_at) FROM "
                                 "points_allocations a JOIN points_ledger c ON c.id = a.credit_id "
                                 "WHERE a.debit_id = ?"),
                  {debitId});
    if (!q.next() || q.value(1).toLongLong() == 0 || q.value(1) != q.value(2))
        return {}; // nothing paid, or some of it never expires
    return fromStoredTimestamp(q.value(0).toString());
}

qint64 PointsLedger::expireDue(const QDateTime &at, MemberId member)
{
    QSqlQuery due = m_db.exec(
        QStringLiteral("SELECT l.id, l.member_id, l.points - coalesce((SELECT sum(a.points) FROM "
                       "points_allocations a WHERE a.credit_id = l.id), 0) AS remaining "
                       "FROM points_ledger l WHERE l.points > 0 AND l.expires_at <= ? "
                       "AND (? = 0 OR l.member_id = ?) AND remaining > 0 "
                       "ORDER BY l.member_id, l.id"),
        {storedTimestamp(at), member, member});
    struct Due
    {
        qint64 lot;
        MemberId member;
        qint64 points;
    };
    QList<Due> lots;
    while (due.next())
        lots.append(
            {due.value(0).toLongLong(), due.value(1).toLongLong(), due.value(2).toLongLong()});
    qint64 total = 0;
    for (const Due &d : lots) {
        // Lot by lot: each expiry entry is paid from exactly the lot that expired.
        const qint64 id = post(d.member, PointsKind::Expire, -d.points, at, {}, 0, {});
        allocate(id, d.lot, d.points);
        total += d.points;
    }
    return total;
}

QList<ExpiringPoints> PointsLedger::expiring(const QDateTime &from, const QDateTime &until) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral(
                      "SELECT member_id, sum(remaining), min(expires_at) FROM (SELECT l.member_id, "
                      "l.expires_at, l.points - coalesce((SELECT sum(a.points) FROM "
                      "points_allocations a WHERE a.credit_id = l.id), 0) AS remaining "
                      "FROM points_ledger l WHERE l.points > 0 AND l.expires_at > ? "
                      "AND l.expires_at <= ?) WHERE remaining > 0 GROUP BY member_id "
                      "ORDER BY min(expires_at), member_id"),
                  {storedTimestamp(from), storedTimestamp(until)});
    QList<ExpiringPoints> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                    fromStoredTimestamp(q.value(2).toString())});
    }
    return out;
}

QList<PointsEntry> PointsLedger::entries(MemberId member, int limit) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, at, kind, points, expires_at, sale_id, "
                                           "reason FROM points_ledger WHERE member_id = ? "
                                           "ORDER BY id DESC LIMIT ?"),
                            {member, limit});
    QList<PointsEntry> out;
    while (q.next()) {
        PointsEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStoredTimestamp(q.value(1).toString());
        e.kind = kindFromCode(q.value(2).toString());
        e.points = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            e.expiresAt = fromStoredTimestamp(q.value(4).toString());
        e.saleId = q.value(5).toLongLong();
        e.reason = q.value(6).toString();
        out.append(e);
    }
    return out;
}

} // namespace storedesk::core
