// The rules document: its defaults, its exact JSON form, and every way it can be wrong.
#include "catchqt.h"
#include "loyalty/rulebook.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::TestStore;

namespace {

const char *kDefaults = R"({
  "points": {
    "earn": {"per_amount": "1.00", "points": 1, "on_stored_value": true},
    "birthday": {"scope": "month", "multiplier": 2},
    "redeem": {"points": 100, "value": "5.00", "min_points": 100, "max_share": "0.50"},
    "expiry": {"mode": "rolling", "months": 24}
  },
  "tiers": {
    "window_months": 12,
    "levels": [
      {"name": "普通会员", "min_spend": "0.00",     "discount_percent": "0",  "points_multiplier": "1.0"},
      {"name": "金卡会员", "min_spend": "2000.00",  "discount_percent": "2",  "points_multiplier": "1.2"},
      {"name": "白金会员", "min_spend": "5000.00",  "discount_percent": "5",  "points_multiplier": "1.5"},
      {"name": "钻石会员", "min_spend": "10000.00", "discount_percent": "8",  "points_multiplier": "2.0"}
    ]
  },
  "stored_value": {"bonus": [{"min_topup": "500.00", "bonus": "50.00"}, {"min_topup": "1000.00", "bonus": "120.00"}]}
})";

QJsonObject defaults()
{
    return QJsonDocument::fromJson(kDefaults).object();
}

/// Sets the value at a dotted path ("points.redeem.max_share", "tiers.levels.1.min_spend").
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = key.toInt();
        a[i] = replaced(a[i], path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (value.isUndefined() && path.isEmpty())
        o.remove(key);
    else
        o.insert(key, replaced(o.value(key), path, value));
    return o;
}

QJsonObject with(const char *path, const QJsonValue &value)
{
    return replaced(defaults(), QString::fromLatin1(path).split(u'.'), value).toObject();
}

} // namespace

TEST_CASE("The default rules are the documented JSON exactly", "[rules]")
{
    CHECK(Rules::defaults().toJson() == defaults());
    CHECK(Rules::fromJson(defaults()).toJson() == defaults());
    const Rules r = Rules::defaults();
    CHECK(r.redeem.value == Money::fromFen(500));
    CHECK(r.tiers.size() == 4);
    CHECK(r.tiers[3].pointsMultiplier == Ratio::fromScaled(20000));
}

TEST_CASE("Ratios are exact decimals with up to four places", "[rules]")
{
    CHECK(Ratio::parse(u"1.2")->scaled() == 12000);
    CHECK(Ratio::parse(u"0.5")->scaled() == 5000);
    CHECK(Ratio::parse(u"2")->scaled() == 20000);
    CHECK(Ratio::parse(u"0.0001")->scaled() == 1);
    CHECK(Ratio::parse(u"1.2")->toString() == QStringLiteral("1.2"));
    CHECK(Ratio::parse(u"2.50")->toString() == QStringLiteral("2.5"));
    for (const char16_t *bad :
         {u"", u"-1", u"1.23456", u"abc", u"1.", u".5", u"1e3", u"9999999999"})
        CHECK_FALSE(Ratio::parse(bad).has_value());
}

TEST_CASE("A bad rules document is refused whole and names its field", "[rules]")
{
    const auto [path, value, field] = GENERATE(table<const char *, QJsonValue, const char *>({
        {"points.earn.per_amount", QJsonValue(QStringLiteral("0.00")), "points.earn.per_amount"},
        {"points.earn.per_amount", QJsonValue(1), "points.earn.per_amount"},
        {"points.earn.points", QJsonValue(0), "points.earn.points"},
        {"points.earn.points", QJsonValue(1.5), "points.earn.points"},
        {"points.earn.on_stored_value", QJsonValue(QStringLiteral("yes")),
         "points.earn.on_stored_value"},
        {"points.birthday.scope", QJsonValue(QStringLiteral("week")), "points.birthday.scope"},
        {"points.birthday.multiplier", QJsonValue(11), "points.birthday.multiplier"},
        {"points.birthday.multiplier", QJsonValue(QStringLiteral("0.5")),
         "points.birthday.multiplier"},
        {"points.redeem.points", QJsonValue(0), "points.redeem.points"},
        {"points.redeem.value", QJsonValue(QStringLiteral("0")), "points.redeem.value"},
        {"points.redeem.min_points", QJsonValue(150), "points.redeem.min_points"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("1.50")), "points.redeem.max_share"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("0")), "points.redeem.max_share"},
        {"points.expiry.mode", QJsonValue(QStringLiteral("forever")), "points.expiry.mode"},
        {"points.expiry.months", QJsonValue(0), "points.expiry.months"},
        {"points.expiry.months", QJsonValue(), "points.expiry.months"},
        {"points.extra", QJsonValue(1), "points.extra"},
        {"tiers.window_months", QJsonValue(0), "tiers.window_months"},
        {"tiers.levels", QJsonValue(QJsonArray()), "tiers.levels"},
        {"tiers.levels.0.min_spend", QJsonValue(QStringLiteral("1.00")),
         "tiers.levels[0].min_spend"},
        {"tiers.levels.2.min_spend", QJsonValue(QStringLiteral("1500.00")),
         "tiers.levels[2].min_spend"},
        {"tiers.levels.1.name", QJsonValue(QStringLiteral("普通会员")), "tiers.levels[1].name"},
        {"tiers.levels.1.name", QJsonValue(QStringLiteral(" ")), "tiers.levels[1].name"},
        {"tiers.levels.1.discount_percent", QJsonValue(QStringLiteral("101")),
         "tiers.levels[1].discount_percent"},
        {"tiers.levels.1.points_multiplier", QJsonValue(QStringLiteral("-1")),
         "tiers.levels[1].points_multiplier"},
        {"tiers.levels.1.colour", QJsonValue(QStringLiteral("gold")), "tiers.levels[1].colour"},
        {"stored_value.bonus.1.min_topup", QJsonValue(QStringLiteral("400.00")),
         "stored_value.bonus[1].min_topup"},
        {"stored_value.bonus.0.bonus", QJsonValue(QStringLiteral("-5.00")),
         "stored_value.bonus[0].bonus"},
        {"stored_valu", QJsonValue(QJsonObject()), "stored_valu"},
    }));
    CAPTURE(path);
    const QJsonObject document = with(path, value);
    try {
        Rules::fromJson(document);
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidRules);
        CHECK(e.field() == QString::fromLatin1(field));
        CHECK(e.message().contains(QString::fromLatin1(field)));
    }
}

TEST_CASE("Other expiry modes and promotions are accepted", "[rules]")
{
    QJsonObject document =
        with("points.expiry", QJsonObject{{QStringLiteral("mode"), QStringLiteral("year_end")},
                                          {QStringLiteral("years_after"), 1}});
    CHECK(Rules::fromJson(document).expiry.mode == ExpiryRule::Mode::YearEnd);
    CHECK(Rules::fromJson(document).toJson() == document);
    document =
        with("points.expiry", QJsonObject{{QStringLiteral("mode"), QStringLiteral("never")}});
    CHECK(Rules::fromJson(document).expiry.mode == ExpiryRule::Mode::Never);
    document = with("promotions", QJsonArray());
    CHECK_NOTHROW(Rules::fromJson(document));
}

TEST_CASE("Tiers and top-up bonuses are found at their thresholds", "[rules]")
{
    const Rules r = Rules::defaults();
    CHECK(r.tierFor(*Money::parse(u"1999.99")) == 0);
    CHECK(r.tierFor(*Money::parse(u"2000.00")) == 1);
    CHECK(r.tierFor(*Money::parse(u"9999.99")) == 2);
    CHECK(r.tierFor(*Money::parse(u"10000.00")) == 3);
    CHECK(r.topUpBonusFor(*Money::parse(u"499.99")).isZero());
    CHECK(r.topUpBonusFor(*Money::parse(u"500.00")) == Money::fromFen(5000));
    CHECK(r.topUpBonusFor(*Money::parse(u"999.99")) == Money::fromFen(5000));
    CHECK(r.topUpBonusFor(*Money::parse(u"1000.00")) == Money::fromFen(12000));
}

TEST_CASE("The rule book keeps every version and other programs see a new one", "[rules]")
{
    TestStore store;
    RuleBook &book = store->rules();
    CHECK(book.current().version == 1);
    CHECK(book.current().rules.toJson() == defaults());
    const VersionedRules second = book.set(with("points.redeem.max_share", QStringLiteral("0.3")));
    CHECK(second.version == 2);
    CHECK(errorOf([&] { book.set(with("points.redeem.max_share", QStringLiteral("2"))); }) ==
          ErrorCode::InvalidRules);
    CHECK(book.current().version == 2);
    CHECK(book.at(1).toJson() == defaults());
    CHECK(errorOf([&] { book.at(9); }) == ErrorCode::NotFound);

    Store other(store.path(), std::make_unique<SystemClock>(), Store::OpenMode::ExistingOnly);
    CHECK(other.rules().current().version == 2);
    other.rules().set(defaults());
    CHECK(book.current().version == 3);
}
