// Gifts for points (积分兑换): a member takes products marked as gifts and pays with points
// alone. It is a sale of its own — a receipt, the stock move, the points ledger entry — with
// nothing to pay and no points earned, so the books, the reports and a return treat it like any
// other sale: the goods' price is what the points paid.
#pragma once

#include "domain/member.h"
#include "sales/salerecord.h"
#include "sales/salerequest.h"

#include <QObject>

namespace storedesk::core {

class Catalog;
class Checkout;
class Security;
class Clock;
class Database;
class LoyaltyService;
class MemberRegistry;
class RuleBook;

struct GiftRequest
{
    QString requestId; ///< the same id twice redeems once
    QString member;    ///< phone or card number
    QList<SaleLineRequest> lines;
    QString cashier;
};

class GiftCounter final
{
public:
    GiftCounter(Database &db, const Clock &clock, MemberRegistry &members, Catalog &catalog,
                RuleBook &rules, LoyaltyService &loyalty, Checkout &checkout,
                const Security &security);

    /// The points \a request costs. Throws unknown_member, member_frozen, empty_sale,
    /// unknown_barcode, product_inactive, not_a_gift, invalid_quantity and
    /// insufficient_points; writes nothing.
    qint64 cost(const GiftRequest &request) const;
    /// Hands the gifts over: one transaction with the sale, its lines, the stock moves, the
    /// points and the receipt's print job. Same errors as cost(), plus duplicate_request.
    SaleRecord redeem(const GiftRequest &request);

private:
    struct Checked
    {
        Member member;
        QList<std::pair<Product, qint64>> lines;
        qint64 points = 0;
    };
    Checked check(const GiftRequest &request, const QDateTime &at) const;

    Database &m_db;
    const Clock &m_clock;
    MemberRegistry &m_members;
    Catalog &m_catalog;
    RuleBook &m_rules;
    LoyaltyService &m_loyalty;
    Checkout &m_checkout;
    const Security &m_security;
};

} // namespace storedesk::core
