#include "rules.h"

#include "domain/error.h"
#include "loyalty/documentreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace storedesk::core {

namespace {

DocumentKind rulesDocument()
{
    return {ErrorCode::InvalidRules, QCoreApplication::translate("storedesk::core::Rules",
                                                                 "The rules are not valid: %1 %2")};
}

/// A ratio for the document: whole numbers as JSON numbers, others as exact text.
QJsonValue ratioJson(const Ratio &r)
{
    if (r.scaled() % Ratio::kScale == 0)
        return QJsonValue(r.scaled() / Ratio::kScale);
    return r.toString();
}

/// A share as text with at least two decimals ("0.50"), as the documented defaults write it.
QString shareText(const Ratio &r)
{
    QString text = r.toString();
    if (!text.contains(u'.'))
        text += u'.';
    while (text.size() - text.indexOf(u'.') - 1 < 2)
        text += u'0';
    return text;
}

} // namespace

Rules Rules::defaults()
{
    Rules r;
    r.tiers = {
        {QStringLiteral("普通会员"), Money::fromFen(0), Ratio::fromScaled(0), Ratio::one()},
        {QStringLiteral("金卡会员"), Money::fromFen(200000), Ratio::fromScaled(2 * Ratio::kScale),
         Ratio::fromScaled(12000)},
        {QStringLiteral("白金会员"), Money::fromFen(500000), Ratio::fromScaled(5 * Ratio::kScale),
         Ratio::fromScaled(15000)},
        {QStringLiteral("钻石会员"), Money::fromFen(1000000), Ratio::fromScaled(8 * Ratio::kScale),
         Ratio::fromScaled(20000)},
    };
    r.topUpBonuses = {{Money::fromFen(50000), Money::fromFen(5000)},
                      {Money::fromFen(100000), Money::fromFen(12000)}};
    return r;
}

Rules Rules::fromJson(const QJsonObject &document)
{
    Rules r;
    const DocumentKind kind = rulesDocument();
    DocumentReader root(document, {}, kind);
    DocumentReader points = root.object(QStringLiteral("points"));

    DocumentReader earn = points.object(QStringLiteral("earn"));
    r.earn.perAmount = earn.money(QStringLiteral("per_amount"), Money::fromFen(1));
    r.earn.points = earn.integer(QStringLiteral("points"), 1, 1'000'000);
    r.earn.onStoredValue = earn.boolean(QStringLiteral("on_stored_value"));
    earn.noOthers();

    DocumentReader birthday = points.object(QStringLiteral("birthday"));
    const QString scope = birthday.text(QStringLiteral("scope"));
    if (scope == u"day")
        r.birthday.scope = BirthdayRule::Scope::Day;
    else if (scope == u"month")
        r.birthday.scope = BirthdayRule::Scope::Month;
    else
        root.fail(
            QStringLiteral("points.birthday.scope"),
            QCoreApplication::translate("storedesk::core::Rules", "must be \"day\" or \"month\"."));
    r.birthday.multiplier = birthday.ratio(QStringLiteral("multiplier"), Ratio::one(),
                                           Ratio::fromScaled(10 * Ratio::kScale));
    birthday.noOthers();

    DocumentReader redeem = points.object(QStringLiteral("redeem"));
    r.redeem.points = redeem.integer(QStringLiteral("points"), 1, 1'000'000);
    r.redeem.value = redeem.money(QStringLiteral("value"), Money::fromFen(1));
    r.redeem.minPoints = redeem.integer(QStringLiteral("min_points"), 0, 100'000'000);
    if (r.redeem.minPoints % r.redeem.points != 0) {
        root.fail(QStringLiteral("points.redeem.min_points"),
                  QCoreApplication::translate("storedesk::core::Rules",
                                              "must be a whole number of redeem blocks (points)."));
    }
    r.redeem.maxShare = redeem.ratio(QStringLiteral("max_share"), Ratio(), Ratio::one(), true);
    redeem.noOthers();

    DocumentReader expiry = points.object(QStringLiteral("expiry"));
    const QString mode = expiry.text(QStringLiteral("mode"));
    if (mode == u"rolling") {
        r.expiry.mode = ExpiryRule::Mode::Rolling;
        r.expiry.months = int(expiry.integer(QStringLiteral("months"), 1, 240));
    } else if (mode == u"year_end") {
        r.expiry.mode = ExpiryRule::Mode::YearEnd;
        r.expiry.yearsAfter = int(expiry.integer(QStringLiteral("years_after"), 0, 50));
    } else if (mode == u"never") {
        r.expiry.mode = ExpiryRule::Mode::Never;
    } else {
        root.fail(QStringLiteral("points.expiry.mode"),
                  QCoreApplication::translate("storedesk::core::Rules",
                                              "must be \"rolling\", \"year_end\" or \"never\"."));
    }
    expiry.noOthers();
    points.noOthers();

    DocumentReader tiers = root.object(QStringLiteral("tiers"));
    r.tierWindowMonths = int(tiers.integer(QStringLiteral("window_months"), 1, 120));
    const QJsonArray levels = tiers.array(QStringLiteral("levels"));
    if (levels.isEmpty() || levels.size() > 20)
        root.fail(
            QStringLiteral("tiers.levels"),
            QCoreApplication::translate("storedesk::core::Rules", "must hold 1 to 20 levels."));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString path = QStringLiteral("tiers.levels[%1]").arg(i);
        if (!levels[i].isObject())
            root.fail(path,
                      QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
        DocumentReader level(levels[i].toObject(), path, kind);
        TierLevel t;
        t.name = level.text(QStringLiteral("name")).simplified();
        if (t.name.isEmpty() || t.name.size() > 20)
            root.fail(path + QStringLiteral(".name"),
                      QCoreApplication::translate("storedesk::core::Rules",
                                                  "must have 1 to 20 characters."));
        for (const TierLevel &other : r.tiers) {
            if (other.name == t.name)
                root.fail(path + QStringLiteral(".name"),
                          QCoreApplication::translate("storedesk::core::Rules",
                                                      "is used by another level."));
        }
        t.minSpend = level.money(QStringLiteral("min_spend"), Money());
        if (i == 0 && !t.minSpend.isZero())
            root.fail(path + QStringLiteral(".min_spend"),
                      QCoreApplication::translate("storedesk::core::Rules",
                                                  "must be 0.00 for the first level."));
        if (i > 0 && t.minSpend <= r.tiers.last().minSpend)
            root.fail(path + QStringLiteral(".min_spend"),
                      QCoreApplication::translate("storedesk::core::Rules",
                                                  "must be above the level before."));
        t.discountPercent = level.ratio(QStringLiteral("discount_percent"), Ratio(),
                                        Ratio::fromScaled(100 * Ratio::kScale));
        t.pointsMultiplier = level.ratio(QStringLiteral("points_multiplier"), Ratio(),
                                         Ratio::fromScaled(100 * Ratio::kScale));
        level.noOthers();
        r.tiers.append(t);
    }
    tiers.noOthers();

    DocumentReader stored = root.object(QStringLiteral("stored_value"));
    const QJsonArray bonuses = stored.array(QStringLiteral("bonus"));
    for (qsizetype i = 0; i < bonuses.size(); ++i) {
        const QString path = QStringLiteral("stored_value.bonus[%1]").arg(i);
        if (!bonuses[i].isObject())
            root.fail(path,
                      QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
        DocumentReader bonus(bonuses[i].toObject(), path, kind);
        TopUpBonus b;
        b.minTopUp = bonus.money(QStringLiteral("min_topup"), Money::fromFen(1));
        b.bonus = bonus.money(QStringLiteral("bonus"), Money());
        if (!r.topUpBonuses.isEmpty() && b.minTopUp <= r.topUpBonuses.last().minTopUp)
            root.fail(path + QStringLiteral(".min_topup"),
                      QCoreApplication::translate("storedesk::core::Rules",
                                                  "must be above the rule before."));
        bonus.noOthers();
        r.topUpBonuses.append(b);
    }
    stored.noOthers();

    if (root.has(QStringLiteral("referral"))) {
        DocumentReader referral = root.object(QStringLiteral("referral"));
        r.referralPoints = referral.integer(QStringLiteral("points"), 0, 1'000'000);
        referral.noOthers();
    }
    if (root.has(QStringLiteral("promotions"))) {
        const QString key = QStringLiteral("promotions");
        const QJsonArray list = root.array(key);
        if (list.size() > 100)
            root.fail(key, QCoreApplication::translate("storedesk::core::Rules",
                                                       "must hold at most 100 promotions."));
        for (qsizetype i = 0; i < list.size(); ++i) {
            DocumentReader one = root.element(list, i, key);
            Promotion p = Promotion::read(one);
            for (const Promotion &other : r.promotions) {
                if (other.name == p.name)
                    one.fail(one.path(QStringLiteral("name")),
                             QCoreApplication::translate("storedesk::core::Rules",
                                                         "is used by another promotion."));
            }
            r.promotions.append(p);
        }
    }
    root.noOthers();
    return r;
}

QJsonObject Rules::toJson() const
{
    QJsonObject expiryJson{{QStringLiteral("mode"),
                            expiry.mode == ExpiryRule::Mode::Rolling   ? QStringLiteral("rolling")
                            : expiry.mode == ExpiryRule::Mode::YearEnd ? QStringLiteral("year_end")
                                                                       : QStringLiteral("never")}};
    if (expiry.mode == ExpiryRule::Mode::Rolling)
        expiryJson.insert(QStringLiteral("months"), expiry.months);
    if (expiry.mode == ExpiryRule::Mode::YearEnd)
        expiryJson.insert(QStringLiteral("years_after"), expiry.yearsAfter);

    QJsonArray levels;
    for (const TierLevel &t : tiers) {
        QString multiplier = t.pointsMultiplier.toString();
        if (!multiplier.contains(u'.'))
            multiplier += QStringLiteral(".0"); // "1.0", "2.0": as the documented defaults
        levels.append(
            QJsonObject{{QStringLiteral("name"), t.name},
                        {QStringLiteral("min_spend"), t.minSpend.toString()},
                        {QStringLiteral("discount_percent"), t.discountPercent.toString()},
                        {QStringLiteral("points_multiplier"), multiplier}});
    }
    QJsonArray bonuses;
    for (const TopUpBonus &b : topUpBonuses) {
        bonuses.append(QJsonObject{{QStringLiteral("min_topup"), b.minTopUp.toString()},
                                   {QStringLiteral("bonus"), b.bonus.toString()}});
    }
    QJsonObject document{
        {QStringLiteral("points"),
         QJsonObject{
             {QStringLiteral("earn"),
              QJsonObject{{QStringLiteral("per_amount"), earn.perAmount.toString()},
                          {QStringLiteral("points"), earn.points},
                          {QStringLiteral("on_stored_value"), earn.onStoredValue}}},
             {QStringLiteral("birthday"),
              QJsonObject{{QStringLiteral("scope"), birthday.scope == BirthdayRule::Scope::Day
                                                        ? QStringLiteral("day")
                                                        : QStringLiteral("month")},
                          {QStringLiteral("multiplier"), ratioJson(birthday.multiplier)}}},
             {QStringLiteral("redeem"),
              QJsonObject{{QStringLiteral("points"), redeem.points},
                          {QStringLiteral("value"), redeem.value.toString()},
                          {QStringLiteral("min_points"), redeem.minPoints},
                          {QStringLiteral("max_share"), shareText(redeem.maxShare)}}},
             {QStringLiteral("expiry"), expiryJson}}},
        {QStringLiteral("tiers"), QJsonObject{{QStringLiteral("window_months"), tierWindowMonths},
                                              {QStringLiteral("levels"), levels}}},
        {QStringLiteral("stored_value"), QJsonObject{{QStringLiteral("bonus"), bonuses}}},
    };
    if (referralPoints > 0)
        document.insert(QStringLiteral("referral"),
                        QJsonObject{{QStringLiteral("points"), referralPoints}});
    if (!promotions.isEmpty()) {
        QJsonArray list;
        for (const Promotion &p : promotions)
            list.append(p.toJson());
        document.insert(QStringLiteral("promotions"), list);
    }
    return document;
}

int Rules::tierFor(Money spend) const
{
    int tier = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        if (spend >= tiers[i].minSpend)
            tier = i;
    }
    return tier;
}

Money Rules::topUpBonusFor(Money amount) const
{
    Money bonus;
    for (const TopUpBonus &b : topUpBonuses) {
        if (amount >= b.minTopUp)
            bonus = b.bonus;
    }
    return bonus;
}

} // namespace storedesk::core
