#include "pricing.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace storedesk::core {

namespace {

__extension__ typedef __int128 Wide; // exact intermediates of the points formula

constexpr qint64 kMaxQuantity = 99'999;

void checkRedemption(const PricingInput &input, const Rules &rules, qint64 maxBlocks)
{
    const RedeemRule &r = rules.redeem;
    const qint64 points = input.redeemPoints;
    if (points < 0 || points % r.points != 0) {
        throw Error(ErrorCode::InvalidPoints,
                    QCoreApplication::translate(
                        "storedesk::core::Pricing",
                        "Points are redeemed in blocks of %1; %2 is not a whole number of "
                        "blocks.")
                        .arg(r.points)
                        .arg(points),
                    QStringLiteral("redeem_points"));
    }
    if (!input.member) {
        throw Error(ErrorCode::InvalidPoints,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "Redeeming points needs a member."),
                    QStringLiteral("redeem_points"));
    }
    if (points < r.minPoints) {
        throw Error(ErrorCode::BelowMinPoints,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "At least %1 points must be redeemed at a time.")
                        .arg(r.minPoints),
                    QStringLiteral("redeem_points"));
    }
    if (points > input.member->points) {
        throw Error(
            ErrorCode::InsufficientPoints,
            QCoreApplication::translate("storedesk::core::Pricing",
                                        "The member has %1 points, fewer than the %2 to redeem.")
                .arg(input.member->points)
                .arg(points),
            QStringLiteral("redeem_points"));
    }
    if (points / r.points > maxBlocks) {
        throw Error(
            ErrorCode::RedeemExceedsShare,
            QCoreApplication::translate("storedesk::core::Pricing",
                                        "Points may pay at most %1% of this sale: %2 points here.")
                .arg(rules.redeem.maxShare.scaled() * 100 / Ratio::kScale)
                .arg(maxBlocks * r.points),
            QStringLiteral("redeem_points"));
    }
}

} // namespace

bool isBirthday(const QDate &birthday, const QDate &day, BirthdayRule::Scope scope)
{
    if (!birthday.isValid() || !day.isValid())
        return false;
    if (scope == BirthdayRule::Scope::Month)
        return birthday.month() == day.month();
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(day.year()))
        return day.month() == 2 && day.day() == 28;
    return birthday.month() == day.month() && birthday.day() == day.day();
}

PricedCart priceCart(const PricingInput &input, const Rules &rules)
{
    PricedCart cart;
    const bool member = input.member.has_value();
    if (member)
        cart.tier = std::clamp(input.member->tier, 0, int(rules.tiers.size()) - 1);
    const TierLevel *level = member && !rules.tiers.isEmpty() ? &rules.tiers[cart.tier] : nullptr;
    const qint64 percent = level ? level->discountPercent.scaled() : 0;

    Money tierDiscount;
    cart.lines.reserve(input.lines.size());
    for (const CartLine &line : input.lines) {
        if (line.qty < 1 || line.qty > kMaxQuantity) {
            throw Error(ErrorCode::InvalidQuantity,
                        QCoreApplication::translate("storedesk::core::Pricing",
                                                    "A quantity is a whole number from 1 to %1.")
                            .arg(kMaxQuantity),
                        QStringLiteral("qty"));
        }
        PricedLine priced;
        priced.product = line.product;
        priced.qty = line.qty;
        priced.listPrice = line.product.price;
        priced.unitPrice =
            member && line.product.memberPrice ? *line.product.memberPrice : line.product.price;
        priced.gross = priced.unitPrice.times(line.qty);
        if (percent > 0 && line.product.pointsEligible)
            priced.discount = priced.gross.scaled(percent, 100 * Ratio::kScale);
        priced.amount = priced.gross - priced.discount;
        cart.subtotal += priced.gross;
        tierDiscount += priced.discount;
        if (line.product.pointsEligible)
            cart.eligibleAfterDiscounts += priced.amount;
        cart.lines.append(priced);
    }
    if (!tierDiscount.isZero()) {
        cart.discounts.append(
            {QStringLiteral("tier"),
             QCoreApplication::translate("storedesk::core::Pricing", "%1 discount (%2%)")
                 .arg(level->name, level->discountPercent.toString()),
             tierDiscount});
    }
    for (const AppliedDiscount &d : cart.discounts)
        cart.discountTotal += d.amount;
    cart.afterDiscounts = cart.subtotal - cart.discountTotal;

    const RedeemRule &r = rules.redeem;
    // The most blocks max_share allows, rounded down: points never pay more than the share.
    const qint64 maxBlocks = qint64(Wide(cart.afterDiscounts.fen()) * r.maxShare.scaled() /
                                    (Wide(Ratio::kScale) * r.value.fen()));
    if (member) {
        const qint64 blocks = std::min(maxBlocks, input.member->points / r.points);
        cart.maxRedeemablePoints = blocks * r.points >= r.minPoints ? blocks * r.points : 0;
        cart.birthday = isBirthday(input.member->birthday, input.day, rules.birthday.scope);
    }
    if (input.redeemPoints != 0) {
        checkRedemption(input, rules, maxBlocks);
        cart.pointsRedeemed = input.redeemPoints;
        cart.pointsValue = r.value.times(input.redeemPoints / r.points);
    }
    cart.totalDue = cart.afterDiscounts - cart.pointsValue;
    return cart;
}

qint64 pointsEarned(const PricedCart &cart, Money storedValuePaid, const Rules &rules)
{
    if (cart.afterDiscounts.fen() <= 0 || cart.eligibleAfterDiscounts.fen() <= 0)
        return 0;
    const Money paid = rules.earn.onStoredValue ? cart.totalDue : cart.totalDue - storedValuePaid;
    if (paid.fen() <= 0)
        return 0;
    const qint64 tierMultiplier =
        rules.tiers.isEmpty() ? Ratio::kScale
                              : rules.tiers[std::clamp(cart.tier, 0, int(rules.tiers.size()) - 1)]
                                    .pointsMultiplier.scaled();
    const qint64 birthdayMultiplier =
        cart.birthday ? rules.birthday.multiplier.scaled() : Ratio::kScale;
    // points = paid × eligible/afterDiscounts ÷ per_amount × points × tier × birthday, floored,
    // in one exact fraction so no intermediate is rounded.
    const Wide numerator = Wide(paid.fen()) * cart.eligibleAfterDiscounts.fen() *
                           rules.earn.points * tierMultiplier * birthdayMultiplier;
    const Wide denominator = Wide(cart.afterDiscounts.fen()) * rules.earn.perAmount.fen() *
                             Ratio::kScale * Ratio::kScale;
    return qint64(numerator / denominator);
}

} // namespace storedesk::core

namespace storedesk::core {

SalePreview previewSale(const Rules &rules, Money amount, int tier, bool birthday)
{
    if (amount.isNegative()) {
        throw Error(ErrorCode::InvalidAmount,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "An amount cannot be negative."),
                    QStringLiteral("amount"));
    }
    if (tier < 0 || tier >= rules.tiers.size()) {
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "There is no tier %1; the tiers are 0 to %2.")
                        .arg(tier)
                        .arg(rules.tiers.size() - 1),
                    QStringLiteral("tier"));
    }
    // One line of the whole amount, for a member with a birthday on the sale's day when asked
    // and more points than any sale could redeem.
    Product product;
    product.price = amount;
    PricingInput input;
    const QDate day(2026, 6, 15);
    input.member = PricingMember{0, tier, std::numeric_limits<qint64>::max() / 4,
                                 birthday ? day : QDate(2000, 1, 1)};
    input.day = day;
    input.lines = {{product, 1}};
    const PricedCart cart = priceCart(input, rules);
    SalePreview preview;
    preview.amount = amount;
    preview.discount = cart.discountTotal;
    preview.paid = cart.totalDue;
    preview.pointsEarned = pointsEarned(cart, Money(), rules);
    preview.maxRedeemablePoints = cart.maxRedeemablePoints;
    preview.maxRedeemValue =
        rules.redeem.value.times(cart.maxRedeemablePoints / rules.redeem.points);
    return preview;
}

} // namespace storedesk::core
