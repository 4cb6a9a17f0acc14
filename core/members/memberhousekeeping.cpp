#include "memberhousekeeping.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/loyaltyservice.h"
#include "members/memberregistry.h"
#include "security/security.h"

#include <QSqlQuery>

namespace storedesk::core {

MemberHousekeeping::MemberHousekeeping(Database &db, const Clock &clock, MemberRegistry &members,
                                       LoyaltyService &loyalty, Security &security)
    : m_db(db)
    , m_clock(clock)
    , m_members(members)
    , m_loyalty(loyalty)
    , m_security(security)
{}

void MemberHousekeeping::erase(MemberId member)
{
    const QString now = storedTimestamp(m_clock.now());
    // The phone column must hold 11 unique characters: a 0 and the number, which no mobile
    // number can be, so the phone is free for someone else and no look-up finds the row.
    m_db.exec(QStringLiteral("UPDATE members SET phone = printf('0%010d', id), name = '-', "
                             "gender = '', birthday = NULL, card_no = NULL, note = '', "
                             "status = 'frozen', deleted_at = ?, updated_at = ? WHERE id = ?"),
              {now, now, member});
    m_db.exec(QStringLiteral("DELETE FROM member_tags WHERE member_id = ?"), {member});
    m_db.exec(QStringLiteral("UPDATE coupons SET status = 'void' WHERE member_id = ? AND "
                             "status = 'issued'"),
              {member});
    m_db.exec(QStringLiteral("UPDATE held_orders SET member_id = NULL WHERE member_id = ?"),
              {member});
}

void MemberHousekeeping::forget(MemberId id)
{
    const Actor by = m_security.require(Permission::MemberDelete);
    Member member;
    {
        Transaction tx(m_db);
        member = m_members.get(id);
        if (member.deleted) {
            throw Error(ErrorCode::InvalidArgument,
                        tr("Member number %1 was deleted already.").arg(id));
        }
        const StoredValueBalance balance = m_loyalty.storedValue().balance(id);
        if (balance.total().fen() > 0) {
            throw Error(ErrorCode::MemberHasBalance,
                        tr("%1 still has %2 of stored value. Pay it back before deleting the "
                           "member.")
                            .arg(member.name, balance.total().toString()));
        }
        const QString subject = m_security.audit().memberSubject(id);
        const qint64 points = m_loyalty.points().balance(id);
        if (points > 0) {
            m_loyalty.points().debit(id, PointsKind::Adjust, points, m_clock.now(), 0,
                                     tr("Member deleted"));
        }
        erase(id);
        m_security.audit().record(by, QStringLiteral("member_deleted"), subject,
                                  {{QStringLiteral("points_forfeited"), points}});
        tx.commit();
    }
    emit m_members.memberChanged(id);
}

MergeResult MemberHousekeeping::merge(MemberId keepId, MemberId dropId)
{
    const Actor by = m_security.require(Permission::MemberDelete);
    if (keepId == dropId) {
        throw Error(ErrorCode::InvalidArgument, tr("A member cannot be merged into themselves."),
                    QStringLiteral("member"));
    }
    MergeResult result;
    {
        Transaction tx(m_db);
        const Member keep = m_members.get(keepId);
        const Member drop = m_members.get(dropId);
        for (const Member *m : {&keep, &drop}) {
            if (m->deleted) {
                throw Error(ErrorCode::InvalidArgument,
                            tr("Member number %1 was deleted already.").arg(m->id),
                            QStringLiteral("member"));
            }
        }
        const QString dropSubject = m_security.audit().memberSubject(dropId);
        QSqlQuery moved = m_db.exec(
            QStringLiteral("SELECT points_balance, stored_paid_fen + stored_bonus_fen, "
                           "(SELECT count(*) FROM sales WHERE member_id = ?) FROM members "
                           "WHERE id = ?"),
            {dropId, dropId});
        moved.next();
        result.pointsMoved = moved.value(0).toLongLong();
        result.storedValueMoved = Money::fromFen(moved.value(1).toLongLong());
        result.salesMoved = moved.value(2).toLongLong();

        // Everything that belongs to the person moves; the ledgers' cached balances follow.
        for (const char *table : {"sales", "points_ledger", "stored_value_ledger", "tier_changes",
                                  "held_orders", "coupons"}) {
            m_db.exec(QStringLiteral("UPDATE %1 SET member_id = ? WHERE member_id = ?")
                          .arg(QLatin1String(table)),
                      {keepId, dropId});
        }
        m_db.exec(
            QStringLiteral("UPDATE referral_rewards SET referrer_id = ? WHERE referrer_id = ?"),
            {keepId, dropId});
        m_db.exec(QStringLiteral("UPDATE members SET referred_by = ? WHERE referred_by = ? AND "
                                 "id <> ?"),
                  {keepId, dropId, keepId});
        m_db.exec(QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag) SELECT ?, tag "
                                 "FROM member_tags WHERE member_id = ?"),
                  {keepId, dropId});
        // The card moves when the kept member has none; it must leave the other row first.
        const QString card = keep.cardNo.isEmpty() ? drop.cardNo : QString();
        m_db.exec(QStringLiteral("UPDATE members SET card_no = NULL WHERE id = ?"), {dropId});
        // The kept member's balances take in the other's (their ledgers moved above).
        QSqlQuery other = m_db.exec(
            QStringLiteral("SELECT d.points_balance, d.stored_paid_fen, d.stored_bonus_fen, "
                           "d.tier, max(coalesce(k.last_sale_at, ''), coalesce(d.last_sale_at, "
                           "'')), d.joined_at, d.gender FROM members d, members k WHERE d.id = ? "
                           "AND k.id = ?"),
            {dropId, keepId});
        other.next();
        const QString lastSale = other.value(4).toString();
        m_db.exec(
            QStringLiteral(
                "UPDATE members SET points_balance = points_balance + ?, "
                "stored_paid_fen = stored_paid_fen + ?, stored_bonus_fen = "
                "stored_bonus_fen + ?, tier = max(tier, ?), last_sale_at = ?, "
                "joined_at = min(joined_at, ?), birthday = coalesce(birthday, ?), "
                "gender = CASE WHEN gender = '' THEN ? ELSE gender END, "
                "card_no = coalesce(card_no, ?), referred_by = coalesce(referred_by, ?), "
                "updated_at = ? WHERE id = ?"),
            {other.value(0), other.value(1), other.value(2), other.value(3),
             lastSale.isEmpty() ? QVariant() : QVariant(lastSale), other.value(5),
             drop.birthday.isValid() ? QVariant(drop.birthday.toString(Qt::ISODate)) : QVariant(),
             other.value(6), card.isEmpty() ? QVariant() : QVariant(card),
             drop.referredBy > 0 && drop.referredBy != keepId ? QVariant(drop.referredBy)
                                                              : QVariant(),
             storedTimestamp(m_clock.now()), keepId});
        m_db.exec(QStringLiteral("UPDATE members SET points_balance = 0, stored_paid_fen = 0, "
                                 "stored_bonus_fen = 0, tier = 0 WHERE id = ?"),
                  {dropId});
        erase(dropId);
        result.kept = m_members.get(keepId);
        m_security.audit().record(
            by, QStringLiteral("members_merged"), m_security.audit().memberSubject(keepId),
            {{QStringLiteral("merged"), dropSubject},
             {QStringLiteral("points"), result.pointsMoved},
             {QStringLiteral("stored_value"), result.storedValueMoved.toString()},
             {QStringLiteral("sales"), result.salesMoved}});
        tx.commit();
    }
    emit m_members.memberChanged(keepId);
    emit m_members.memberChanged(dropId);
    emit m_loyalty.standingChanged(keepId);
    return result;
}

} // namespace storedesk::core
