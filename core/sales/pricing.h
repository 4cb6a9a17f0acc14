// Pricing a cart: the one pure function the cashier screen, `storedeskctl quote` and
// `storedeskctl sale` all use. No database, no clock: everything it needs is passed in.
//
// The order, fixed and documented:
//   1. unit price — the member price when a member is attached and the product has one;
//   2. tier discount — the member's tier percent on each points-eligible line, half-up per line;
//   3. (promotions and coupons slot in here);
//   4. points redemption — whole blocks, at least min_points, worth at most max_share of what is
//      due after 1–3, never more points than the member has;
//   5. what is left is due, paid by one or more payments (see settle()).
#pragma once

#include "domain/member.h"
#include "domain/money.h"
#include "domain/product.h"
#include "loyalty/rules.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

struct CartLine
{
    Product product;
    qint64 qty = 1;
};

/// What pricing needs to know about the member at the counter.
struct PricingMember
{
    MemberId id = 0;
    int tier = 0;
    qint64 points = 0;
    QDate birthday;
};

struct PricingInput
{
    std::optional<PricingMember> member;
    QList<CartLine> lines;
    qint64 redeemPoints = 0;
    QDate day; ///< the store's local date of the sale (for the birthday bonus)
};

struct PricedLine
{
    Product product;
    qint64 qty = 0;
    Money listPrice; ///< the shelf price
    Money unitPrice; ///< after the member price
    Money gross;     ///< unitPrice × qty
    Money discount;  ///< tier (and later promotion) discounts on this line
    Money amount;    ///< gross − discount
};

struct AppliedDiscount
{
    QString kind; ///< "tier" (later "promotion", "coupon")
    QString name; ///< for people, as on screen and receipt
    Money amount;
};

struct PricedCart
{
    QList<PricedLine> lines;
    Money subtotal; ///< Σ gross
    QList<AppliedDiscount> discounts;
    Money discountTotal;          ///< Σ discounts
    Money afterDiscounts;         ///< subtotal − discounts: what the member pays before points
    Money eligibleAfterDiscounts; ///< the points-eligible part of it
    qint64 pointsRedeemed = 0;
    Money pointsValue;
    Money totalDue;                 ///< afterDiscounts − pointsValue
    qint64 maxRedeemablePoints = 0; ///< the most this cart allows (0 when below min_points)
    int tier = 0;                   ///< the tier that priced it (the member's, before this sale)
    bool birthday = false;          ///< the birthday bonus applies
};

/// Prices \a input under \a rules. Throws invalid_quantity, member_frozen-free (the caller checks
/// membership), invalid_points, below_min_points, insufficient_points, redeem_exceeds_share.
PricedCart priceCart(const PricingInput &input, const Rules &rules);

/// Points a priced cart earns when \a storedValuePaid of its total was paid from stored value:
/// floor(eligible money paid ÷ per_amount × points × tier multiplier × birthday multiplier).
/// The eligible share of what was paid follows the eligible share of the cart after discounts.
qint64 pointsEarned(const PricedCart &cart, Money storedValuePaid, const Rules &rules);

/// What a sale of \a amount (all of it points-eligible) comes to for a member of \a tier under
/// \a rules — for the rules editor's preview and `storedeskctl rules preview`, computed by the
/// same functions that price the counter's sales.
struct SalePreview
{
    Money amount;
    Money discount; ///< the tier's discount
    Money paid;     ///< what is paid when no points are redeemed
    qint64 pointsEarned = 0;
    qint64 maxRedeemablePoints = 0; ///< for a member with points enough
    Money maxRedeemValue;           ///< what those points are worth
};
/// Throws invalid_amount for a negative amount and invalid_argument for a tier the rules
/// do not have.
SalePreview previewSale(const Rules &rules, Money amount, int tier, bool birthday);

/// Whether \a day is the member's birthday under \a scope (29 February counts on 28 February in
/// other years).
bool isBirthday(const QDate &birthday, const QDate &day, BirthdayRule::Scope scope);

} // namespace storedesk::core
