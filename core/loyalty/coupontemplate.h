// A coupon template (优惠券模板): what its coupons take off, on which lines, from what spend,
// for how long, and whether StoreDesk issues it by itself (to new members, on birthdays, as a
// referral reward). Written as a small JSON document:
//
//   {"name": "满100减10", "kind": "amount_off", "amount": "10.00", "min_spend": "100.00",
//    "valid_days": 30, "auto_issue": "welcome"}
//   {"name": "饮料9折券", "kind": "percent_off", "percent": "10", "cap": "20.00",
//    "categories": ["饮料"], "valid_from": "2026-12-01", "valid_until": "2026-12-31"}
//   {"name": "生日礼", "kind": "gift", "gift": "6901234567892", "valid_days": 31,
//    "auto_issue": "birthday", "stacks": true}
#pragma once

#include "domain/money.h"
#include "loyalty/ratio.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace storedesk::core {

enum class CouponKind
{
    AmountOff,  ///< 满100减10: an amount off once the minimum spend is reached
    PercentOff, ///< 9折: a percent off, at most the cap
    Gift        ///< a free product
};

enum class AutoIssue
{
    None,
    Welcome,  ///< to every new member
    Birthday, ///< when a member's birthday period starts
    Referral  ///< to a member whose referral made a first purchase
};

QString couponKindCode(CouponKind kind);
QString autoIssueCode(AutoIssue when);

struct CouponTemplate
{
    qint64 id = 0;
    QString name;
    CouponKind kind = CouponKind::AmountOff;
    Money amount;           ///< amount_off
    Ratio percent;          ///< percent_off: "10" is 10 % off
    Money cap;              ///< percent_off: the most it takes off (zero: no cap)
    Money minSpend;         ///< on the lines it applies to
    QStringList categories; ///< empty: every line that takes discounts
    QString gift;           ///< gift: the product's barcode
    bool stacks = false;
    int validDays = 0; ///< valid this many days from issue (today counts) …
    QDate validFrom;   ///< … or between these days
    QDate validUntil;
    AutoIssue autoIssue = AutoIssue::None;
    bool active = true;

    /// Reads a template document. Throws Error(invalid_coupon_template) naming the first bad
    /// field; the template is taken whole or not at all.
    static CouponTemplate fromJson(const QJsonObject &document);
    QJsonObject toJson() const;
    /// The days a coupon issued on \a today is valid, both included.
    std::pair<QDate, QDate> validity(const QDate &today) const;
};

} // namespace storedesk::core
