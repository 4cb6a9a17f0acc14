#include "rules.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace storedesk::core {

namespace {

[[noreturn]] void bad(const QString &field, const QString &why)
{
    throw Error(
        ErrorCode::InvalidRules,
        QCoreApplication::translate("storedesk::core::Rules", "The rules are not valid: %1 %2")
            .arg(field, why),
        field);
}

/// Reads one object of the document, refusing keys it does not know (a typo must not pass
/// silently).
class Reader
{
public:
    Reader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    QJsonValue value(const QString &key)
    {
        m_seen.append(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            bad(path(key), QCoreApplication::translate("storedesk::core::Rules", "is missing."));
        return v;
    }

    Reader object(const QString &key)
    {
        const QJsonValue v = value(key);
        if (!v.isObject())
            bad(path(key),
                QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
        return Reader(v.toObject(), path(key));
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = value(key);
        if (!v.isArray())
            bad(path(key),
                QCoreApplication::translate("storedesk::core::Rules", "must be a list."));
        return v.toArray();
    }

    qint64 integer(const QString &key, qint64 min, qint64 max)
    {
        const QJsonValue v = value(key);
        const double d = v.toDouble();
        // The range check comes first: converting an out-of-range double to qint64 is undefined.
        if (!v.isDouble() || d < double(min) || d > double(max) || d != std::trunc(d)) {
            bad(path(key), QCoreApplication::translate("storedesk::core::Rules",
                                                       "must be a whole number from %1 to %2.")
                               .arg(min)
                               .arg(max));
        }
        return qint64(d);
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = value(key);
        if (!v.isBool())
            bad(path(key),
                QCoreApplication::translate("storedesk::core::Rules", "must be true or false."));
        return v.toBool();
    }

    QString text(const QString &key)
    {
        const QJsonValue v = value(key);
        if (!v.isString())
            bad(path(key), QCoreApplication::translate("storedesk::core::Rules", "must be text."));
        return v.toString();
    }

    Money money(const QString &key, Money min)
    {
        const QJsonValue v = value(key);
        const auto m = v.isString() ? Money::parse(v.toString()) : std::nullopt;
        if (!m || *m < min) {
            bad(path(key), QCoreApplication::translate("storedesk::core::Rules",
                                                       "must be an amount as text of at least "
                                                       "%1, like \"5.00\".")
                               .arg(min.toString()));
        }
        return *m;
    }

    /// A ratio written as text ("1.5") or as a plain number (2).
    Ratio ratio(const QString &key, Ratio min, Ratio max, bool minExclusive = false)
    {
        const QJsonValue v = value(key);
        std::optional<Ratio> r;
        if (v.isString())
            r = Ratio::parse(v.toString());
        else if (v.isDouble())
            // The shortest text that reads back as the same double: 1.2 gives "1.2", and
            // 1.23456 stays five decimals and is refused instead of being rounded to four.
            r = Ratio::parse(QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest));
        if (!r || *r > max || *r < min || (minExclusive && *r == min)) {
            bad(path(key),
                QCoreApplication::translate("storedesk::core::Rules",
                                            "must be a number from %1 to %2 (at most four "
                                            "decimals).")
                    .arg(min.toString(), max.toString()));
        }
        return *r;
    }

    void noOthers(const QStringList &ignored = {}) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()) && !ignored.contains(it.key())) {
                bad(path(it.key()), QCoreApplication::translate("storedesk::core::Rules",
                                                                "is not a known setting."));
            }
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList m_seen;
};

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

std::optional<Ratio> Ratio::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 9 || fraction.size() > 4 ||
        (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    qint64 part = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        part = part * 10 + (c.unicode() - u'0');
    }
    return Ratio(value * kScale + part);
}

QString Ratio::toString() const
{
    QString out = QString::number(m_scaled / kScale);
    qint64 part = m_scaled % kScale;
    if (part == 0)
        return out;
    QString digits = QString::number(part).rightJustified(4, u'0');
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return out + u'.' + digits;
}

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
    Reader root(document, {});
    Reader points = root.object(QStringLiteral("points"));

    Reader earn = points.object(QStringLiteral("earn"));
    r.earn.perAmount = earn.money(QStringLiteral("per_amount"), Money::fromFen(1));
    r.earn.points = earn.integer(QStringLiteral("points"), 1, 1'000'000);
    r.earn.onStoredValue = earn.boolean(QStringLiteral("on_stored_value"));
    earn.noOthers();

    Reader birthday = points.object(QStringLiteral("birthday"));
    const QString scope = birthday.text(QStringLiteral("scope"));
    if (scope == u"day")
        r.birthday.scope = BirthdayRule::Scope::Day;
    else if (scope == u"month")
        r.birthday.scope = BirthdayRule::Scope::Month;
    else
        bad(QStringLiteral("points.birthday.scope"),
            QCoreApplication::translate("storedesk::core::Rules", "must be \"day\" or \"month\"."));
    r.birthday.multiplier = birthday.ratio(QStringLiteral("multiplier"), Ratio::one(),
                                           Ratio::fromScaled(10 * Ratio::kScale));
    birthday.noOthers();

    Reader redeem = points.object(QStringLiteral("redeem"));
    r.redeem.points = redeem.integer(QStringLiteral("points"), 1, 1'000'000);
    r.redeem.value = redeem.money(QStringLiteral("value"), Money::fromFen(1));
    r.redeem.minPoints = redeem.integer(QStringLiteral("min_points"), 0, 100'000'000);
    if (r.redeem.minPoints % r.redeem.points != 0) {
        bad(QStringLiteral("points.redeem.min_points"),
            QCoreApplication::translate("storedesk::core::Rules",
                                        "must be a whole number of redeem blocks (points)."));
    }
    r.redeem.maxShare = redeem.ratio(QStringLiteral("max_share"), Ratio(), Ratio::one(), true);
    redeem.noOthers();

    Reader expiry = points.object(QStringLiteral("expiry"));
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
        bad(QStringLiteral("points.expiry.mode"),
            QCoreApplication::translate("storedesk::core::Rules",
                                        "must be \"rolling\", \"year_end\" or \"never\"."));
    }
    expiry.noOthers();
    points.noOthers();

    Reader tiers = root.object(QStringLiteral("tiers"));
    r.tierWindowMonths = int(tiers.integer(QStringLiteral("window_months"), 1, 120));
    const QJsonArray levels = tiers.array(QStringLiteral("levels"));
    if (levels.isEmpty() || levels.size() > 20)
        bad(QStringLiteral("tiers.levels"),
            QCoreApplication::translate("storedesk::core::Rules", "must hold 1 to 20 levels."));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString path = QStringLiteral("tiers.levels[%1]").arg(i);
        if (!levels[i].isObject())
            bad(path, QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
        Reader level(levels[i].toObject(), path);
        TierLevel t;
        t.name = level.text(QStringLiteral("name")).simplified();
        if (t.name.isEmpty() || t.name.size() > 20)
            bad(path + QStringLiteral(".name"),
                QCoreApplication::translate("storedesk::core::Rules",
                                            "must have 1 to 20 characters."));
        for (const TierLevel &other : r.tiers) {
            if (other.name == t.name)
                bad(path + QStringLiteral(".name"),
                    QCoreApplication::translate("storedesk::core::Rules",
                                                "is used by another level."));
        }
        t.minSpend = level.money(QStringLiteral("min_spend"), Money());
        if (i == 0 && !t.minSpend.isZero())
            bad(path + QStringLiteral(".min_spend"),
                QCoreApplication::translate("storedesk::core::Rules",
                                            "must be 0.00 for the first level."));
        if (i > 0 && t.minSpend <= r.tiers.last().minSpend)
            bad(path + QStringLiteral(".min_spend"),
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

    Reader stored = root.object(QStringLiteral("stored_value"));
    const QJsonArray bonuses = stored.array(QStringLiteral("bonus"));
    for (qsizetype i = 0; i < bonuses.size(); ++i) {
        const QString path = QStringLiteral("stored_value.bonus[%1]").arg(i);
        if (!bonuses[i].isObject())
            bad(path, QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
        Reader bonus(bonuses[i].toObject(), path);
        TopUpBonus b;
        b.minTopUp = bonus.money(QStringLiteral("min_topup"), Money::fromFen(1));
        b.bonus = bonus.money(QStringLiteral("bonus"), Money());
        if (!r.topUpBonuses.isEmpty() && b.minTopUp <= r.topUpBonuses.last().minTopUp)
            bad(path + QStringLiteral(".min_topup"),
                QCoreApplication::translate("storedesk::core::Rules",
                                            "must be above the rule before."));
        bonus.noOthers();
        r.topUpBonuses.append(b);
    }
    stored.noOthers();
    // "promotions" are a later feature: a document that already has them must still load, so
    // the key is let through unread (and toJson() does not write it).
    root.noOthers({QStringLiteral("promotions")});
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
    return QJsonObject{
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
