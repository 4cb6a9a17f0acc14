// What a member bought: their sales and refunds newest first, a page at a time, and the totals
// the member screen shows beside them (visits, spend, average ticket).
#pragma once

#include "domain/member.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace storedesk::core {

class Database;

struct SaleSummary
{
    qint64 id = 0;
    QString receiptNo;
    bool refund = false;
    QString originalReceiptNo; ///< on a refund
    QDateTime createdAt;
    QString cashier;
    qint64 items = 0; ///< units on the receipt (negative on a refund)
    Money total;      ///< what was due (negative on a refund)
    qint64 pointsEarned = 0;
    qint64 pointsRedeemed = 0;
};

struct MemberSalesTotals
{
    qint64 visits = 0; ///< sales, refunds not counted
    Money spent;       ///< sales less refunds
    QDateTime firstSaleAt;
    QDateTime lastSaleAt;
    /// The average of a visit, rounded half-up to the fen; zero without visits.
    Money averageTicket() const;
};

class SaleHistory final
{
public:
    explicit SaleHistory(Database &db);

    /// Up to \a limit sales and refunds of \a member, newest first, older than the sale
    /// \a before (0: from the newest).
    QList<SaleSummary> forMember(MemberId member, qint64 before, int limit) const;
    MemberSalesTotals totalsFor(MemberId member) const;

private:
    Database &m_db;
};

} // namespace storedesk::core
