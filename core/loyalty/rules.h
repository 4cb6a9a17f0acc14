// The store's loyalty rules — points earning and redemption, birthday bonus, expiry, tiers and
// stored-value top-up bonuses — as one versioned document, read and written as JSON.
#pragma once

#include "domain/money.h"
#include "loyalty/promotion.h"
#include "loyalty/ratio.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace storedesk::core {

struct EarnRule
{
    Money perAmount = Money::fromFen(100); ///< every this much paid …
    qint64 points = 1;                     ///< … earns this many points
    bool onStoredValue = true;             ///< stored-value payments earn points too
};

struct BirthdayRule
{
    enum class Scope
    {
        Day,
        Month
    };
    Scope scope = Scope::Month;
    Ratio multiplier = Ratio::fromScaled(2 * Ratio::kScale);
};

struct RedeemRule
{
    qint64 points = 100;                      ///< points in one block
    Money value = Money::fromFen(500);        ///< what one block is worth
    qint64 minPoints = 100;                   ///< the fewest points a sale may redeem
    Ratio maxShare = Ratio::fromScaled(5000); ///< at most this share of what is due
};

struct ExpiryRule
{
    enum class Mode
    {
        Never,
        Rolling,
        YearEnd
    };
    Mode mode = Mode::Rolling;
    int months = 24;    ///< Rolling: points expire this many months after they were earned
    int yearsAfter = 1; ///< YearEnd: points earned in year Y expire at the end of Y + yearsAfter
};

struct TierLevel
{
    QString name;
    Money minSpend;
    Ratio discountPercent; ///< "2" is 2 %
    Ratio pointsMultiplier = Ratio::one();
};

struct TopUpBonus
{
    Money minTopUp;
    Money bonus;
};

struct Rules
{
    EarnRule earn;
    BirthdayRule birthday;
    RedeemRule redeem;
    ExpiryRule expiry;
    int tierWindowMonths = 12;
    QList<TierLevel> tiers;         ///< by min_spend, the first at 0.00
    QList<TopUpBonus> topUpBonuses; ///< by min_topup
    QList<Promotion> promotions;    ///< as the document lists them
    /// Points a member gets when someone they referred pays for a first sale ("referral":
    /// {"points": 200}; none when missing). Referral coupons come from coupon templates.
    qint64 referralPoints = 0;

    /// The defaults every new store starts with (普通/金卡/白金/钻石 …).
    static Rules defaults();
    /// Reads a rules document. Throws Error(invalid_rules) naming the first bad field
    /// ("points.redeem.max_share") — the document is taken whole or not at all.
    /// A ratio (birthday.multiplier, max_share, discount_percent, points_multiplier) may be text
    /// or a JSON number; a number with more than four decimals is refused, never rounded.
    /// "promotions" is optional (none when missing); see promotion.h for each kind.
    static Rules fromJson(const QJsonObject &document);
    /// The normalized document: amounts as text with two decimals, points and months as
    /// numbers, and each ratio in one fixed form per key, the form of the documented defaults:
    /// birthday.multiplier a number when whole (2), else text ("1.5"); max_share text with at
    /// least two decimals ("0.50"); points_multiplier text with at least one ("1.0", "1.25");
    /// discount_percent the shortest text ("0", "2.5"); "promotions" only when there are some.
    /// fromJson(toJson()) gives the same rules.
    QJsonObject toJson() const;

    /// The highest tier whose min_spend \a spend reaches.
    int tierFor(Money spend) const;
    /// The bonus a top-up of \a amount earns (the largest rule it reaches; zero if none).
    Money topUpBonusFor(Money amount) const;
};

} // namespace storedesk::core
