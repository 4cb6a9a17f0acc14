// Pricing a cart: the one pure function the cashier screen, `storedeskctl quote` and
// `storedeskctl sale` all use. No database, no clock: everything it needs is passed in.
//
// The order, fixed and documented (README, "Checkout and loyalty"):
//   1. unit price — a price changed at the till, else the member price when a member is
//      attached and the product has one; a line with a changed price takes no discount of
//      stages 2–4 (the price is what was agreed);
//   2. line promotions — per line the one that saves most: buy_n_get_one (every buy + 1 units,
//      one is free) or percent_off (on the products and categories it names);
//   3. tier discount — the member's tier percent on each line, unless a line promotion took
//      something off that line (and does not say "with_tier");
//   4. member day — on its weekday, its percent off the same lines as 3 (after 3) for members;
//   5. threshold (满减) — the one threshold promotion that saves most, on the lines it looks at,
//      measured after 1–4;
//   6. coupons — in the order given, each on its lines after 1–5, min spend measured there; more
//      than one only when every one of them stacks; a gift coupon adds its product free;
//   6a. a discount by hand (整单优惠) — an amount or a percent off what is left after 1–6, with
//      its reason;
//   7. points redemption — whole blocks, at least min_points, worth at most max_share of what
//      is due after 1–6, never more points than the member has;
//   8. what is left is due, paid by one or more payments (see settle()).
// Discounts 2–6 are percentages rounded half-up per line, or amounts split over their lines in
// proportion (largest remainder), so each line's amount is exactly what it costs and a return
// of a line gives back its share. Products that earn no points (tobacco, deposits) take no
// discount of any kind.
#pragma once

#include "domain/member.h"
#include "domain/money.h"
#include "domain/product.h"
#include "loyalty/coupontemplate.h"
#include "loyalty/rules.h"
#include "sales/salerequest.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

struct CartLine
{
    CartLine() = default;
    CartLine(Product item, qint64 quantity, std::optional<Money> changedPrice = {})
        : product(std::move(item))
        , qty(quantity)
        , price(changedPrice)
    {}

    Product product;
    qint64 qty = 1;
    std::optional<Money> price; ///< changed at the till
};

/// A coupon the caller has checked (it exists, is valid today, belongs to the member and is
/// unused): pricing checks it against the cart and takes it off.
struct PricingCoupon
{
    using Kind = CouponKind;
    QString code;
    QString name; ///< the template's name
    Kind kind = Kind::AmountOff;
    Money amount;
    Ratio percent; ///< "10" is 10 % off
    Money cap;     ///< zero: no cap
    Money minSpend;
    QStringList categories; ///< the lines it applies to (empty: every eligible line)
    std::optional<Product> gift;
    bool stacks = false; ///< may be used with other coupons on one sale
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
    QDate day; ///< the store's local date of the sale (birthday bonus, promotions)
    QList<PricingCoupon> coupons;
    std::optional<ManualDiscount> manualDiscount;
};

struct PricedLine
{
    Product product;
    qint64 qty = 0;
    Money listPrice;           ///< the shelf price
    Money unitPrice;           ///< after the member price
    Money gross;               ///< unitPrice × qty
    Money discount;            ///< every discount on this line (promotions, tier, coupons …)
    Money amount;              ///< gross − discount
    qint64 freeUnits = 0;      ///< units given free by a buy_n_get_one promotion
    bool gift = false;         ///< the free product of a gift coupon
    bool priceChanged = false; ///< its price was changed at the till
};

struct AppliedDiscount
{
    QString kind; ///< "promotion", "tier", "member_day", "coupon" or "manual"
    QString name; ///< for people, as on screen and receipt
    Money amount;
    QString code; ///< a coupon's code
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
    Ratio pointsMultiplier = Ratio::one(); ///< a member day's, on top of tier and birthday
    QStringList coupons;                   ///< the codes used
};

/// Prices \a input under \a rules. Throws invalid_quantity, invalid_amount (a changed price or
/// a discount by hand out of range), reason_required, invalid_points, below_min_points,
/// insufficient_points, redeem_exceeds_share, coupon_not_applicable (its minimum spend is not
/// reached or no line is one it applies to) and coupons_do_not_stack. The caller checks
/// membership and the coupons' validity.
PricedCart priceCart(const PricingInput &input, const Rules &rules);

/// Points a priced cart earns when \a storedValuePaid of its total was paid from stored value:
/// floor(eligible money paid ÷ per_amount × points × tier multiplier × birthday multiplier ×
/// member-day multiplier).
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
