// The counter's work: pricing a request against the catalog, the member and the rules, and
// committing a sale — header, lines, discounts, payments, points and stored-value ledger
// entries, stock moves, the tier review and the receipt's print job — in one transaction.
#pragma once

#include "loyalty/loyaltyservice.h"
#include "sales/pricing.h"
#include "sales/salerecord.h"
#include "sales/salerequest.h"

#include <QObject>

#include <optional>

namespace storedesk::core {

class Catalog;
class Clock;
class CouponBook;
class Database;
class MemberRegistry;
class RuleBook;
class Security;

struct Quote
{
    std::optional<Member> member;
    int rulesVersion = 0;
    PricedCart cart;
    std::optional<Settlement> settlement; ///< when the request carried payments
    qint64 pointsEarned = 0;
    qint64 pointsAvailable = 0; ///< the member's points that can be redeemed now
    qint64 redeemBlock = 1;     ///< points are redeemed in multiples of this
    Money redeemBlockValue;     ///< what one block is worth
    StoredValueBalance storedValue;
};

/// A line of a receipt as a return sees it: what was sold and what is already back.
struct RefundableLine
{
    SaleLineRecord line;
    qint64 refunded = 0;
    qint64 remaining() const { return line.qty - refunded; }
};

struct RefundLine
{
    int lineNo = 0; ///< the line of the original receipt
    qint64 qty = 0;
};

class Checkout final : public QObject
{
    Q_OBJECT

public:
    Checkout(Database &db, const Clock &clock, MemberRegistry &members, Catalog &catalog,
             RuleBook &rules, LoyaltyService &loyalty, CouponBook &coupons, Security &security,
             QObject *parent = nullptr);

    /// Prices \a request without committing anything. Throws unknown_member, member_frozen,
    /// empty_sale, invalid_barcode, unknown_barcode, product_inactive, invalid_quantity, the
    /// points errors, the coupon errors (unknown_coupon, coupon_used, coupon_expired,
    /// coupon_not_started, coupon_not_yours, coupon_not_applicable, coupons_do_not_stack), and
    /// — when payments are given — invalid_payment, payments_do_not_match or
    /// insufficient_balance.
    Quote quote(const SaleRequest &request) const;
    /// Commits \a request. The same request_id again answers the sale already committed;
    /// the id with different content throws duplicate_request. Same errors as quote(). The
    /// coupons become used; a member's first sale rewards whoever referred them (once).
    SaleRecord commit(const SaleRequest &request);

    /// Refunds lines of the sale with receipt \a receiptNo — all that is left of it when
    /// \a lines is empty. Money goes back to the original methods in proportion (stored value
    /// to the balance), redeemed points are restored and earned points clawed back in
    /// proportion (a clawback may leave a negative balance), stock returns; once the whole sale
    /// is back, its coupons that are still valid can be used again. Needs the refund
    /// permission (or an approval for it). Throws not_found, already_refunded,
    /// invalid_quantity, sign_in_required or permission_denied.
    SaleRecord refund(const QString &receiptNo, const QList<RefundLine> &lines,
                      const QString &cashier = {});

    /// The lines of receipt \a receiptNo with what is left to refund. Throws not_found.
    QList<RefundableLine> refundable(const QString &receiptNo) const;
    /// Queues the receipt of \a receiptNo for printing again. Throws not_found.
    qint64 reprint(const QString &receiptNo);

    /// Throws not_found.
    SaleRecord load(qint64 saleId) const;
    SaleRecord loadByReceipt(const QString &receiptNo) const;

    /// Tells whoever follows sales (the print queue, the screens) about a sale another service
    /// committed (gifts for points), as commit() does for its own.
    void announce(qint64 saleId) { emit saleCommitted(saleId); }

signals:
    void saleCommitted(qint64 saleId);

private:
    Quote price(const SaleRequest &request, const QDateTime &at) const;
    /// Inside commit's transaction: rewards whoever referred \a member, on their first sale.
    void rewardReferral(const Member &member, qint64 saleId, const QDateTime &at,
                        const Rules &rules);

    Database &m_db;
    const Clock &m_clock;
    MemberRegistry &m_members;
    Catalog &m_catalog;
    RuleBook &m_rules;
    LoyaltyService &m_loyalty;
    CouponBook &m_coupons;
    Security &m_security;
};

} // namespace storedesk::core
