#include "storedvalue.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

namespace storedesk::core {

namespace {

const std::array<std::pair<StoredValueKind, const char16_t *>, 6> kKinds{{
    {StoredValueKind::TopUp, u"topup"},
    {StoredValueKind::Pay, u"pay"},
    {StoredValueKind::Refund, u"refund"},
    {StoredValueKind::Adjust, u"adjust"},
    {StoredValueKind::Withdraw, u"withdraw"},
    {StoredValueKind::Opening, u"opening"},
}};

} // namespace

QString storedValueKindCode(StoredValueKind kind)
{
    for (const auto &[k, text] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(text);
    }
    return {};
}

StoredValueLedger::StoredValueLedger(Database &db)
    : m_db(db)
{}

StoredValueBalance StoredValueLedger::balance(MemberId member) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT stored_paid_fen, stored_bonus_fen FROM members WHERE id = ?"),
        {member});
    if (!q.next())
        return {};
    return {Money::fromFen(q.value(0).toLongLong()), Money::fromFen(q.value(1).toLongLong())};
}

StoredValueBalance StoredValueLedger::ledgerBalance(MemberId member) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT coalesce(sum(paid_fen), 0), "
                                           "coalesce(sum(bonus_fen), 0) FROM stored_value_ledger "
                                           "WHERE member_id = ?"),
                            {member});
    if (!q.next())
        return {};
    return {Money::fromFen(q.value(0).toLongLong()), Money::fromFen(q.value(1).toLongLong())};
}

StoredValueBalance StoredValueLedger::split(const StoredValueBalance &balance, Money amount)
{
    const Money total = balance.total();
    if (total.fen() <= 0)
        return {amount, Money()};
    Money bonus = balance.bonus.scaled(amount.fen(), total.fen());
    if (bonus > balance.bonus)
        bonus = balance.bonus;
    Money paid = amount - bonus;
    if (paid > balance.paid) { // rounding pushed past the paid part: take the rest from bonus
        bonus += paid - balance.paid;
        paid = balance.paid;
    }
    return {paid, bonus};
}

qint64 StoredValueLedger::post(MemberId member, StoredValueKind kind, Money paid, Money bonus,
                               const QDateTime &at, const QString &method, qint64 saleId,
                               const QString &reason)
{
    const StoredValueBalance now = balance(member);
    if ((now.paid + paid).isNegative() || (now.bonus + bonus).isNegative()) {
        throw Error(ErrorCode::InsufficientBalance,
                    QCoreApplication::translate("storedesk::core::StoredValueLedger",
                                                "The stored value balance is %1, less than %2.")
                        .arg(now.total().toString(), (-(paid + bonus)).toString()),
                    QStringLiteral("stored_value"));
    }
    m_db.exec(QStringLiteral("INSERT INTO stored_value_ledger (member_id, at, kind, paid_fen, "
                             "bonus_fen, method, sale_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {member, storedTimestamp(at), storedValueKindCode(kind), paid.fen(), bonus.fen(),
               method.isEmpty() ? QVariant() : QVariant(method),
               saleId > 0 ? QVariant(saleId) : QVariant(), reason});
    const qint64 id = m_db.lastInsertId();
    m_db.exec(QStringLiteral("UPDATE members SET stored_paid_fen = stored_paid_fen + ?, "
                             "stored_bonus_fen = stored_bonus_fen + ? WHERE id = ?"),
              {paid.fen(), bonus.fen(), member});
    return id;
}

QList<StoredValueEntry> StoredValueLedger::entries(MemberId member, int limit) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, at, kind, paid_fen, bonus_fen, method, "
                                           "sale_id, reason FROM stored_value_ledger WHERE "
                                           "member_id = ? ORDER BY id DESC LIMIT ?"),
                            {member, limit});
    QList<StoredValueEntry> out;
    while (q.next()) {
        StoredValueEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStoredTimestamp(q.value(1).toString());
        const QString kind = q.value(2).toString();
        for (const auto &[k, text] : kKinds) {
            if (kind == QStringView(text))
                e.kind = k;
        }
        e.paid = Money::fromFen(q.value(3).toLongLong());
        e.bonus = Money::fromFen(q.value(4).toLongLong());
        e.method = q.value(5).toString();
        e.saleId = q.value(6).toLongLong();
        e.reason = q.value(7).toString();
        out.append(e);
    }
    return out;
}

} // namespace storedesk::core
