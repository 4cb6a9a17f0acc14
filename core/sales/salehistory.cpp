#include "salehistory.h"

#include "db/database.h"
#include "domain/clock.h"

#include <QSqlQuery>

namespace storedesk::core {

Money MemberSalesTotals::averageTicket() const
{
    return visits > 0 ? spent.scaled(1, visits) : Money();
}

SaleHistory::SaleHistory(Database &db)
    : m_db(db)
{}

QList<SaleSummary> SaleHistory::forMember(MemberId member, qint64 before, int limit) const
{
    // The sales_member index gives the member's sales in time order; ids follow time, and the
    // id bound lets the next page start where this one ended.
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.id, s.receipt_no, s.kind, o.receipt_no, s.created_at, "
                       "s.cashier, (SELECT coalesce(sum(l.qty), 0) FROM sale_lines l WHERE "
                       "l.sale_id = s.id), s.total_fen, s.points_earned, s.points_redeemed "
                       "FROM sales s LEFT JOIN sales o ON o.id = s.original_sale_id "
                       "WHERE s.member_id = ? AND s.id < ? ORDER BY s.created_at DESC, s.id DESC "
                       "LIMIT ?"),
        {member, before > 0 ? before : std::numeric_limits<qint64>::max(), qBound(1, limit, 1000)});
    QList<SaleSummary> out;
    while (q.next()) {
        SaleSummary s;
        s.id = q.value(0).toLongLong();
        s.receiptNo = q.value(1).toString();
        s.refund = q.value(2).toString() == u"refund";
        s.originalReceiptNo = q.value(3).toString();
        s.createdAt = fromStoredTimestamp(q.value(4).toString());
        s.cashier = q.value(5).toString();
        s.items = q.value(6).toLongLong();
        s.total = Money::fromFen(q.value(7).toLongLong());
        s.pointsEarned = q.value(8).toLongLong();
        s.pointsRedeemed = q.value(9).toLongLong();
        out.append(s);
    }
    return out;
}

MemberSalesTotals SaleHistory::totalsFor(MemberId member) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT count(*) FILTER (WHERE kind = 'sale'), coalesce(sum(total_fen), 0), "
                       "min(created_at) FILTER (WHERE kind = 'sale'), "
                       "max(created_at) FILTER (WHERE kind = 'sale') "
                       "FROM sales WHERE member_id = ?"),
        {member});
    MemberSalesTotals t;
    if (q.next()) {
        t.visits = q.value(0).toLongLong();
        t.spent = Money::fromFen(q.value(1).toLongLong());
        if (!q.value(2).isNull())
            t.firstSaleAt = fromStoredTimestamp(q.value(2).toString());
        if (!q.value(3).isNull())
            t.lastSaleAt = fromStoredTimestamp(q.value(3).toString());
    }
    return t;
}

} // namespace storedesk::core
