// A promotion (促销) as the rules document holds it, under "promotions": what it takes off,
// which lines it applies to and when. Pricing applies them in a fixed order (see pricing.h).
//
//   {"kind": "threshold", "name": "满200减30", "min_spend": "200.00", "off": "30.00"}
//   {"kind": "threshold", "name": "每满100减10", "min_spend": "100.00", "off": "10.00",
//    "repeat": true, "max_off": "50.00", "categories": ["零食"]}
//   {"kind": "percent_off", "name": "饮料9折", "percent": "10", "categories": ["饮料"],
//    "from": "2026-11-01", "until": "2026-11-30"}
//   {"kind": "member_day", "name": "周三会员日", "weekday": 3, "percent": "5",
//    "points_multiplier": "2"}
//   {"kind": "buy_n_get_one", "name": "可乐买二送一", "barcode": "6901234567892", "buy": 2}
#pragma once

#include "domain/money.h"
#include "domain/product.h"
#include "loyalty/ratio.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace storedesk::core {

class DocumentReader;

struct Promotion
{
    enum class Kind
    {
        Threshold,  ///< 满减: spend min_spend, get off (every min_spend with repeat)
        PercentOff, ///< a percent off the products or categories named
        MemberDay,  ///< one weekday: members get a percent off and/or a points multiplier
        BuyNGetOne  ///< buy `buy` of one product, get one more free
    };

    Kind kind = Kind::Threshold;
    QString name; ///< on screen and on the receipt; unique among the promotions
    QDate from;   ///< the first day it runs (invalid: open)
    QDate until;  ///< the last day it runs (invalid: open)
    bool membersOnly = false;
    QStringList categories; ///< the lines it looks at (empty: every line)
    QStringList barcodes;   ///< percent_off: products it applies to besides the categories

    Money minSpend; ///< threshold
    Money off;      ///< threshold
    bool repeat = false;
    Money maxOff;          ///< threshold with repeat: the most it takes off (zero: no cap)
    Ratio percent;         ///< percent_off, member_day: "10" is 10 % off
    bool withTier = false; ///< percent_off, buy_n_get_one: the tier discount applies too
    int weekday = 0;       ///< member_day: 1 (Monday) to 7 (Sunday)
    Ratio pointsMultiplier = Ratio::one(); ///< member_day
    QString barcode;                       ///< buy_n_get_one
    int buy = 0;                           ///< buy_n_get_one

    /// Whether it runs on the store's day \a day, for a member when \a member.
    bool appliesOn(const QDate &day, bool member) const;
    /// Whether \a product is one of the lines it looks at.
    bool covers(const Product &product) const;

    /// Reads one promotion; throws through \a reader naming the bad field.
    static Promotion read(DocumentReader &reader);
    /// Reads one promotion on its own (an editor's form). Throws invalid_rules naming the field
    /// ("off", "weekday").
    static Promotion fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

QString promotionKindCode(Promotion::Kind kind);

} // namespace storedesk::core
