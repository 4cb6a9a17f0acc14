#include "pricing.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace storedesk::core {

namespace {

__extension__ typedef __int128 Wide; // exact intermediates of the points formula

constexpr qint64 kMaxQuantity = 99'999;
constexpr qint64 kMaxChangedPriceFen = 1'000'000'00; // ¥1,000,000.00

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

namespace {

/// The cart as it is priced, stage by stage: each stage takes its discount off the lines it
/// touches and names it once in the cart's list.
class Pricer
{
public:
    Pricer(const PricingInput &input, const Rules &rules)
        : m_input(input)
        , m_rules(rules)
        , m_member(input.member.has_value())
    {}

    PricedCart run();

private:
    /// Lines any discount may touch: points-eligible, not a gift.
    bool discountable(int i) const
    {
        return m_cart.lines[i].product.pointsEligible && !m_cart.lines[i].gift;
    }
    /// Takes \a amounts (one per line, zero where none) off the lines under one name.
    void take(const QString &kind, const QString &name, const QList<qint64> &amounts,
              const QString &code = {});
    /// Splits \a total over \a lines by their amounts and takes it off under one name.
    void takeSplit(const QString &kind, const QString &name, Money total, const QList<int> &lines,
                   const QString &code = {});
    QList<int> linesCoveredBy(const QStringList &categories) const;
    Money amountOf(const QList<int> &lines) const;

    void lines();
    void linePromotions();
    void memberDiscounts();
    void threshold();
    void coupons();
    void manual();
    void redemption();

    const PricingInput &m_input;
    const Rules &m_rules;
    const bool m_member;
    PricedCart m_cart;
    QList<bool> m_promoted; ///< a line promotion without with_tier took something off
};

void Pricer::take(const QString &kind, const QString &name, const QList<qint64> &amounts,
                  const QString &code)
{
    qint64 total = 0;
    for (int i = 0; i < amounts.size(); ++i) {
        if (amounts[i] == 0)
            continue;
        PricedLine &line = m_cart.lines[i];
        line.discount += Money::fromFen(amounts[i]);
        line.amount -= Money::fromFen(amounts[i]);
        total += amounts[i];
    }
    if (total != 0)
        m_cart.discounts.append({kind, name, Money::fromFen(total), code});
}

void Pricer::takeSplit(const QString &kind, const QString &name, Money total,
                       const QList<int> &lines, const QString &code)
{
    QList<qint64> weights;
    for (int i : lines)
        weights.append(m_cart.lines[i].amount.fen());
    const QList<qint64> parts = apportion(total.fen(), weights);
    QList<qint64> amounts(m_cart.lines.size(), 0);
    for (int k = 0; k < lines.size(); ++k)
        amounts[lines[k]] = parts[k];
    take(kind, name, amounts, code);
}

QList<int> Pricer::linesCoveredBy(const QStringList &categories) const
{
    QList<int> out;
    for (int i = 0; i < m_cart.lines.size(); ++i) {
        if (discountable(i) &&
            (categories.isEmpty() || categories.contains(m_cart.lines[i].product.category)))
            out.append(i);
    }
    return out;
}

Money Pricer::amountOf(const QList<int> &lines) const
{
    Money sum;
    for (int i : lines)
        sum += m_cart.lines[i].amount;
    return sum;
}

void Pricer::lines()
{
    m_cart.lines.reserve(m_input.lines.size() + m_input.coupons.size());
    for (const CartLine &line : m_input.lines) {
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
            m_member && line.product.memberPrice ? *line.product.memberPrice : line.product.price;
        if (line.price) {
            if (line.price->isNegative() || line.price->fen() > kMaxChangedPriceFen) {
                throw Error(ErrorCode::InvalidAmount,
                            QCoreApplication::translate("storedesk::core::Pricing",
                                                        "A changed price is from 0.00 to %1.")
                                .arg(Money::fromFen(kMaxChangedPriceFen).toString()),
                            QStringLiteral("price"));
            }
            priced.unitPrice = *line.price;
            priced.priceChanged = true;
        }
        priced.gross = priced.unitPrice.times(line.qty);
        priced.amount = priced.gross;
        m_cart.lines.append(priced);
    }
    // A gift coupon's product joins the cart at its price, and the coupon takes all of it off.
    for (const PricingCoupon &c : m_input.coupons) {
        if (c.kind != PricingCoupon::Kind::Gift || !c.gift)
            continue;
        PricedLine gift;
        gift.product = *c.gift;
        gift.qty = 1;
        gift.listPrice = c.gift->price;
        gift.unitPrice = c.gift->price;
        gift.gross = c.gift->price;
        gift.amount = gift.gross;
        gift.gift = true;
        m_cart.lines.append(gift);
    }
    m_promoted = QList<bool>(m_cart.lines.size(), false);
    for (int i = 0; i < m_cart.lines.size(); ++i) {
        m_cart.subtotal += m_cart.lines[i].gross;
        m_promoted[i] = m_cart.lines[i].priceChanged; // the agreed price takes no tier discount
    }
}

void Pricer::linePromotions()
{
    // Per line, the one promotion that saves most (the first listed on a tie).
    struct Best
    {
        qint64 saving = 0;
        int promotion = -1;
        qint64 freeUnits = 0;
    };
    QList<Best> best(m_cart.lines.size());
    for (int p = 0; p < m_rules.promotions.size(); ++p) {
        const Promotion &promo = m_rules.promotions[p];
        if ((promo.kind != Promotion::Kind::BuyNGetOne &&
             promo.kind != Promotion::Kind::PercentOff) ||
            !promo.appliesOn(m_input.day, m_member))
            continue;
        for (int i = 0; i < m_cart.lines.size(); ++i) {
            const PricedLine &line = m_cart.lines[i];
            if (!discountable(i) || line.priceChanged || !promo.covers(line.product))
                continue;
            qint64 free = 0;
            qint64 saving = 0;
            if (promo.kind == Promotion::Kind::BuyNGetOne) {
                free = line.qty / (promo.buy + 1);
                saving = line.unitPrice.times(free).fen();
            } else {
                saving = line.amount.scaled(promo.percent.scaled(), 100 * Ratio::kScale).fen();
            }
            if (saving > best[i].saving)
                best[i] = {saving, p, free};
        }
    }
    // One discount entry per promotion, in the order the rules list them.
    for (int p = 0; p < m_rules.promotions.size(); ++p) {
        QList<qint64> amounts(m_cart.lines.size(), 0);
        for (int i = 0; i < m_cart.lines.size(); ++i) {
            if (best[i].promotion != p)
                continue;
            amounts[i] = best[i].saving;
            m_cart.lines[i].freeUnits = best[i].freeUnits;
            m_promoted[i] = !m_rules.promotions[p].withTier;
        }
        take(QStringLiteral("promotion"), m_rules.promotions[p].name, amounts);
    }
}

void Pricer::memberDiscounts()
{
    if (!m_member)
        return;
    const auto percentOff = [&](Ratio percent, const QStringList &categories) {
        QList<qint64> amounts(m_cart.lines.size(), 0);
        if (percent == Ratio())
            return amounts;
        for (int i : linesCoveredBy(categories)) {
            if (!m_promoted[i]) {
                amounts[i] =
                    m_cart.lines[i].amount.scaled(percent.scaled(), 100 * Ratio::kScale).fen();
            }
        }
        return amounts;
    };
    if (!m_rules.tiers.isEmpty()) {
        const TierLevel &level = m_rules.tiers[m_cart.tier];
        take(QStringLiteral("tier"),
             QCoreApplication::translate("storedesk::core::Pricing", "%1 discount (%2%)")
                 .arg(level.name, level.discountPercent.toString()),
             percentOff(level.discountPercent, {}));
    }
    for (const Promotion &promo : m_rules.promotions) {
        if (promo.kind != Promotion::Kind::MemberDay || !promo.appliesOn(m_input.day, true))
            continue;
        take(QStringLiteral("member_day"), promo.name, percentOff(promo.percent, promo.categories));
        m_cart.pointsMultiplier = Ratio::fromScaled(
            m_cart.pointsMultiplier.scaled() * promo.pointsMultiplier.scaled() / Ratio::kScale);
    }
}

void Pricer::threshold()
{
    const Promotion *best = nullptr;
    Money bestOff;
    for (const Promotion &promo : m_rules.promotions) {
        if (promo.kind != Promotion::Kind::Threshold || !promo.appliesOn(m_input.day, m_member))
            continue;
        const Money base = amountOf(linesCoveredBy(promo.categories));
        if (base < promo.minSpend)
            continue;
        Money off = promo.repeat ? promo.off.times(base.fen() / promo.minSpend.fen()) : promo.off;
        if (promo.repeat && !promo.maxOff.isZero())
            off = std::min(off, promo.maxOff);
        off = std::min(off, base);
        if (off > bestOff) {
            best = &promo;
            bestOff = off;
        }
    }
    if (best)
        takeSplit(QStringLiteral("promotion"), best->name, bestOff,
                  linesCoveredBy(best->categories));
}

void Pricer::coupons()
{
    const QList<PricingCoupon> &list = m_input.coupons;
    if (list.size() > 1) {
        for (const PricingCoupon &c : list) {
            if (!c.stacks) {
                throw Error(ErrorCode::CouponsDoNotStack,
                            QCoreApplication::translate("storedesk::core::Pricing",
                                                        "Coupon %1 (%2) cannot be used with "
                                                        "another coupon on the same sale.")
                                .arg(c.code, c.name),
                            QStringLiteral("coupons"));
            }
        }
    }
    for (const PricingCoupon &c : list) {
        const QString name =
            QCoreApplication::translate("storedesk::core::Pricing", "Coupon %1").arg(c.name);
        if (c.kind == PricingCoupon::Kind::Gift) {
            for (int i = 0; i < m_cart.lines.size(); ++i) {
                if (m_cart.lines[i].gift && c.gift && m_cart.lines[i].product.id == c.gift->id &&
                    m_cart.lines[i].discount.isZero()) {
                    QList<qint64> amounts(m_cart.lines.size(), 0);
                    amounts[i] = m_cart.lines[i].amount.fen();
                    take(QStringLiteral("coupon"), name, amounts, c.code);
                    break;
                }
            }
            // A gift coupon's minimum spend is on the rest of the cart.
        }
        const QList<int> covered = linesCoveredBy(c.categories);
        const Money base = amountOf(covered);
        if ((c.kind != PricingCoupon::Kind::Gift && covered.isEmpty()) || base < c.minSpend) {
            throw Error(ErrorCode::CouponNotApplicable,
                        c.minSpend.isZero()
                            ? QCoreApplication::translate("storedesk::core::Pricing",
                                                          "Coupon %1 (%2) applies to none of "
                                                          "these products.")
                                  .arg(c.code, c.name)
                            : QCoreApplication::translate("storedesk::core::Pricing",
                                                          "Coupon %1 (%2) needs a spend of %3 on "
                                                          "what it applies to; this sale has %4.")
                                  .arg(c.code, c.name, c.minSpend.toString(), base.toString()),
                        QStringLiteral("coupons"));
        }
        Money off;
        if (c.kind == PricingCoupon::Kind::AmountOff)
            off = std::min(c.amount, base);
        else if (c.kind == PricingCoupon::Kind::PercentOff)
            off = base.scaled(c.percent.scaled(), 100 * Ratio::kScale);
        if (!c.cap.isZero())
            off = std::min(off, c.cap);
        if (off.fen() > 0)
            takeSplit(QStringLiteral("coupon"), name, off, covered, c.code);
        m_cart.coupons.append(c.code);
    }
}

void Pricer::manual()
{
    if (!m_input.manualDiscount)
        return;
    const ManualDiscount &d = *m_input.manualDiscount;
    const bool byAmount = !d.amount.isZero();
    const bool byPercent = d.percent != Ratio();
    if (byAmount == byPercent || d.amount.isNegative() || d.percent < Ratio() ||
        d.percent > Ratio::fromScaled(100 * Ratio::kScale)) {
        throw Error(ErrorCode::InvalidAmount,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "A discount by hand is an amount or a percent "
                                                "from 0 to 100, not both."),
                    QStringLiteral("manual_discount"));
    }
    const QString reason = d.reason.simplified();
    if (reason.isEmpty()) {
        throw Error(ErrorCode::ReasonRequired,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "Say why the sale is discounted by hand; the "
                                                "reason is kept with the sale."),
                    QStringLiteral("manual_discount.reason"));
    }
    const QList<int> covered = linesCoveredBy({});
    const Money base = amountOf(covered);
    if (byAmount && d.amount > base) {
        throw Error(ErrorCode::InvalidAmount,
                    QCoreApplication::translate("storedesk::core::Pricing",
                                                "A discount of %1 by hand is more than the %2 "
                                                "it would come off.")
                        .arg(d.amount.toString(), base.toString()),
                    QStringLiteral("manual_discount.amount"));
    }
    const Money off = byAmount ? d.amount : base.scaled(d.percent.scaled(), 100 * Ratio::kScale);
    takeSplit(QStringLiteral("manual"),
              QCoreApplication::translate("storedesk::core::Pricing", "Discount by hand (%1)")
                  .arg(reason),
              off, covered);
}

void Pricer::redemption()
{
    for (const AppliedDiscount &d : m_cart.discounts)
        m_cart.discountTotal += d.amount;
    m_cart.afterDiscounts = m_cart.subtotal - m_cart.discountTotal;
    for (const PricedLine &line : m_cart.lines) {
        if (line.product.pointsEligible && !line.gift)
            m_cart.eligibleAfterDiscounts += line.amount;
    }

    const RedeemRule &r = m_rules.redeem;
    // The most blocks max_share allows, rounded down: points never pay more than the share.
    const qint64 maxBlocks = qint64(Wide(m_cart.afterDiscounts.fen()) * r.maxShare.scaled() /
                                    (Wide(Ratio::kScale) * r.value.fen()));
    if (m_member) {
        const qint64 blocks = std::min(maxBlocks, m_input.member->points / r.points);
        m_cart.maxRedeemablePoints = blocks * r.points >= r.minPoints ? blocks * r.points : 0;
    }
    if (m_input.redeemPoints != 0) {
        checkRedemption(m_input, m_rules, maxBlocks);
        m_cart.pointsRedeemed = m_input.redeemPoints;
        m_cart.pointsValue = r.value.times(m_input.redeemPoints / r.points);
    }
    m_cart.totalDue = m_cart.afterDiscounts - m_cart.pointsValue;
}

PricedCart Pricer::run()
{
    if (m_member) {
        m_cart.tier = std::clamp(m_input.member->tier, 0, int(m_rules.tiers.size()) - 1);
        m_cart.birthday = isBirthday(m_input.member->birthday, m_input.day, m_rules.birthday.scope);
    }
    lines();
    linePromotions();
    memberDiscounts();
    threshold();
    coupons();
    manual();
    redemption();
    return m_cart;
}

} // namespace

PricedCart priceCart(const PricingInput &input, const Rules &rules)
{
    return Pricer(input, rules).run();
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
    // points = paid × eligible/afterDiscounts ÷ per_amount × points × tier × birthday × member
    // day, floored, in one exact fraction so no intermediate is rounded. Each multiplier is at
    // most 100 (10⁶ scaled): the product stays far inside 128 bits.
    const Wide numerator = Wide(paid.fen()) * cart.eligibleAfterDiscounts.fen() *
                           rules.earn.points * tierMultiplier * birthdayMultiplier *
                           cart.pointsMultiplier.scaled();
    const Wide denominator = Wide(cart.afterDiscounts.fen()) * rules.earn.perAmount.fen() *
                             Ratio::kScale * Ratio::kScale * Ratio::kScale;
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
