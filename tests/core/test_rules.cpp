// The rules document: its defaults, its exact JSON form, and every way it can be wrong.
#include "catchqt.h"
#include "db/database.h"
#include "loyalty/rulebook.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

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

/// Stands for a key that is left out of the document.
const QJsonValue kMissing(QJsonValue::Undefined);

/// \a count valid tier levels ("L0" from 0.00, "L1" from 100.00, ...).
QJsonArray levels(int count)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        out.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("L%1").arg(i)},
                               {QStringLiteral("min_spend"), QStringLiteral("%1.00").arg(i * 100)},
                               {QStringLiteral("discount_percent"), QStringLiteral("0")},
                               {QStringLiteral("points_multiplier"), QStringLiteral("1.0")}});
    }
    return out;
}

QJsonObject expiry(std::initializer_list<std::pair<const char *, QJsonValue>> keys)
{
    QJsonObject out;
    for (const auto &[key, value] : keys)
        out.insert(QString::fromLatin1(key), value);
    return out;
}

/// The document stored as \a version, empty when there is none. The query is finished before
/// returning: a statement left open would pin this connection's read snapshot, and it would not
/// see what another connection writes later.
QJsonObject storedDocument(Store &store, int version)
{
    QSqlQuery q = store.database().exec(
        QStringLiteral("SELECT document FROM rules WHERE version = ?"), {version});
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                    : QJsonObject();
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
    const auto [text, scaled, shortest] = GENERATE(table<const char16_t *, qint64, const char *>({
        {u"1.2", 12000, "1.2"},
        {u"0.5", 5000, "0.5"},
        {u"0.50", 5000, "0.5"},
        {u"2", 20000, "2"},
        {u"2.0", 20000, "2"},
        {u"0", 0, "0"},
        {u"0.0001", 1, "0.0001"},
        {u"2.50", 25000, "2.5"},
        {u"100", 1000000, "100"},
        {u"999999999.9999", 9999999999999, "999999999.9999"},
    }));
    CAPTURE(QString::fromUtf16(text));
    const std::optional<Ratio> r = Ratio::parse(text);
    REQUIRE(r.has_value());
    CHECK(r->scaled() == scaled);
    CHECK(r->toString() == QString::fromLatin1(shortest));
}

TEST_CASE("Ratios refuse signs and garbage and more than four decimals", "[rules]")
{
    const char16_t *text =
        GENERATE(u"", u"-1", u"-0.5", u"+1", u"1.23456", u"0.00001", u"abc", u"1.", u".5", u"1e3",
                 u"1,5", u"1.2.3", u"0x10", u"1 2", u"9999999999", u"99999999999999999999999");
    CAPTURE(QString::fromUtf16(text));
    CHECK_FALSE(Ratio::parse(text).has_value());
}

TEST_CASE("A bad rules document is refused whole and names its field", "[rules]")
{
    const QString tooLong(21, u'金');
    const auto [path, value, field] = GENERATE_REF(table<const char *, QJsonValue, const char *>({
        // Missing keys and wrong JSON types.
        {"points", kMissing, "points"},
        {"tiers", kMissing, "tiers"},
        {"stored_value", kMissing, "stored_value"},
        {"points.earn", QJsonValue(QStringLiteral("1")), "points.earn"},
        {"points.earn.points", kMissing, "points.earn.points"},
        {"points.redeem.max_share", kMissing, "points.redeem.max_share"},
        {"points.expiry.months", kMissing, "points.expiry.months"},
        {"points.expiry.months", QJsonValue(), "points.expiry.months"},
        {"tiers.levels", QJsonValue(QJsonObject()), "tiers.levels"},
        {"tiers.levels.1", QJsonValue(5), "tiers.levels[1]"},
        {"tiers.levels.1.name", QJsonValue(5), "tiers.levels[1].name"},
        {"tiers.levels.2.discount_percent", kMissing, "tiers.levels[2].discount_percent"},
        {"stored_value.bonus", QJsonValue(QStringLiteral("none")), "stored_value.bonus"},
        {"stored_value.bonus.0", QJsonValue(QJsonArray()), "stored_value.bonus[0]"},
        // Unknown keys: a typo must not pass silently.
        {"points.extra", QJsonValue(1), "points.extra"},
        {"points.earn.per_amout", QJsonValue(QStringLiteral("1.00")), "points.earn.per_amout"},
        {"tiers.levels.1.colour", QJsonValue(QStringLiteral("gold")), "tiers.levels[1].colour"},
        {"stored_valu", QJsonValue(QJsonObject()), "stored_valu"},
        {"stored_value.bonus.1.note", QJsonValue(QStringLiteral("x")),
         "stored_value.bonus[1].note"},
        // points.earn
        {"points.earn.per_amount", QJsonValue(QStringLiteral("0.00")), "points.earn.per_amount"},
        {"points.earn.per_amount", QJsonValue(QStringLiteral("-1.00")), "points.earn.per_amount"},
        {"points.earn.per_amount", QJsonValue(QStringLiteral("1.005")), "points.earn.per_amount"},
        {"points.earn.per_amount", QJsonValue(1), "points.earn.per_amount"},
        {"points.earn.points", QJsonValue(0), "points.earn.points"},
        {"points.earn.points", QJsonValue(1.5), "points.earn.points"},
        {"points.earn.points", QJsonValue(QStringLiteral("1")), "points.earn.points"},
        {"points.earn.points", QJsonValue(1e300), "points.earn.points"},
        {"points.earn.on_stored_value", QJsonValue(QStringLiteral("yes")),
         "points.earn.on_stored_value"},
        // points.birthday
        {"points.birthday.scope", QJsonValue(QStringLiteral("week")), "points.birthday.scope"},
        {"points.birthday.scope", QJsonValue(1), "points.birthday.scope"},
        {"points.birthday.multiplier", QJsonValue(11), "points.birthday.multiplier"},
        {"points.birthday.multiplier", QJsonValue(QStringLiteral("0.5")),
         "points.birthday.multiplier"},
        {"points.birthday.multiplier", QJsonValue(0), "points.birthday.multiplier"},
        {"points.birthday.multiplier", QJsonValue(true), "points.birthday.multiplier"},
        // points.redeem
        {"points.redeem.points", QJsonValue(0), "points.redeem.points"},
        {"points.redeem.value", QJsonValue(QStringLiteral("0")), "points.redeem.value"},
        {"points.redeem.value", QJsonValue(QStringLiteral("abc")), "points.redeem.value"},
        {"points.redeem.min_points", QJsonValue(150), "points.redeem.min_points"},
        {"points.redeem.min_points", QJsonValue(-100), "points.redeem.min_points"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("1.50")), "points.redeem.max_share"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("1.0001")),
         "points.redeem.max_share"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("0")), "points.redeem.max_share"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("-0.5")), "points.redeem.max_share"},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("0.12345")),
         "points.redeem.max_share"},
        {"points.redeem.max_share", QJsonValue(0.12345), "points.redeem.max_share"},
        // points.expiry
        {"points.expiry.mode", QJsonValue(QStringLiteral("forever")), "points.expiry.mode"},
        {"points.expiry.months", QJsonValue(0), "points.expiry.months"},
        {"points.expiry.months", QJsonValue(241), "points.expiry.months"},
        {"points.expiry",
         expiry({{"mode", QStringLiteral("rolling")}, {"months", 24}, {"years_after", 1}}),
         "points.expiry.years_after"},
        {"points.expiry", expiry({{"mode", QStringLiteral("year_end")}}),
         "points.expiry.years_after"},
        {"points.expiry", expiry({{"mode", QStringLiteral("year_end")}, {"years_after", 51}}),
         "points.expiry.years_after"},
        {"points.expiry", expiry({{"mode", QStringLiteral("year_end")}, {"years_after", -1}}),
         "points.expiry.years_after"},
        {"points.expiry", expiry({{"mode", QStringLiteral("never")}, {"months", 24}}),
         "points.expiry.months"},
        // tiers
        {"tiers.window_months", QJsonValue(0), "tiers.window_months"},
        {"tiers.window_months", QJsonValue(121), "tiers.window_months"},
        {"tiers.levels", QJsonValue(QJsonArray()), "tiers.levels"},
        {"tiers.levels", QJsonValue(levels(21)), "tiers.levels"},
        {"tiers.levels.0.min_spend", QJsonValue(QStringLiteral("1.00")),
         "tiers.levels[0].min_spend"},
        {"tiers.levels.2.min_spend", QJsonValue(QStringLiteral("1500.00")),
         "tiers.levels[2].min_spend"},
        {"tiers.levels.3.min_spend", QJsonValue(QStringLiteral("5000.00")),
         "tiers.levels[3].min_spend"},
        {"tiers.levels.1.min_spend", QJsonValue(QStringLiteral("-1.00")),
         "tiers.levels[1].min_spend"},
        {"tiers.levels.1.name", QJsonValue(QStringLiteral("普通会员")), "tiers.levels[1].name"},
        {"tiers.levels.1.name", QJsonValue(QStringLiteral(" 普通会员 ")), "tiers.levels[1].name"},
        {"tiers.levels.1.name", QJsonValue(QStringLiteral(" ")), "tiers.levels[1].name"},
        {"tiers.levels.1.name", QJsonValue(tooLong), "tiers.levels[1].name"},
        {"tiers.levels.1.discount_percent", QJsonValue(QStringLiteral("101")),
         "tiers.levels[1].discount_percent"},
        {"tiers.levels.1.discount_percent", QJsonValue(-1), "tiers.levels[1].discount_percent"},
        {"tiers.levels.1.points_multiplier", QJsonValue(QStringLiteral("-1")),
         "tiers.levels[1].points_multiplier"},
        {"tiers.levels.1.points_multiplier", QJsonValue(QStringLiteral("100.0001")),
         "tiers.levels[1].points_multiplier"},
        // stored_value
        {"stored_value.bonus.0.min_topup", QJsonValue(QStringLiteral("0.00")),
         "stored_value.bonus[0].min_topup"},
        {"stored_value.bonus.1.min_topup", QJsonValue(QStringLiteral("400.00")),
         "stored_value.bonus[1].min_topup"},
        {"stored_value.bonus.1.min_topup", QJsonValue(QStringLiteral("500.00")),
         "stored_value.bonus[1].min_topup"},
        {"stored_value.bonus.0.bonus", QJsonValue(QStringLiteral("-5.00")),
         "stored_value.bonus[0].bonus"},
        {"stored_value.bonus.0.bonus", QJsonValue(50), "stored_value.bonus[0].bonus"},
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

TEST_CASE("Ratios may be written as numbers and are normalized on the way out", "[rules]")
{
    const auto [path, value, written] = GENERATE(table<const char *, QJsonValue, QJsonValue>({
        {"points.birthday.multiplier", QJsonValue(QStringLiteral("2")), QJsonValue(2)},
        {"points.birthday.multiplier", QJsonValue(QStringLiteral("1.50")),
         QJsonValue(QStringLiteral("1.5"))},
        {"points.birthday.multiplier", QJsonValue(1.5), QJsonValue(QStringLiteral("1.5"))},
        {"points.birthday.multiplier", QJsonValue(10), QJsonValue(10)},
        {"points.redeem.max_share", QJsonValue(0.5), QJsonValue(QStringLiteral("0.50"))},
        {"points.redeem.max_share", QJsonValue(1), QJsonValue(QStringLiteral("1.00"))},
        {"points.redeem.max_share", QJsonValue(QStringLiteral("0.125")),
         QJsonValue(QStringLiteral("0.125"))},
        {"tiers.levels.1.discount_percent", QJsonValue(2), QJsonValue(QStringLiteral("2"))},
        {"tiers.levels.1.discount_percent", QJsonValue(2.5), QJsonValue(QStringLiteral("2.5"))},
        {"tiers.levels.1.discount_percent", QJsonValue(QStringLiteral("2.50")),
         QJsonValue(QStringLiteral("2.5"))},
        {"tiers.levels.1.points_multiplier", QJsonValue(1.2), QJsonValue(QStringLiteral("1.2"))},
        {"tiers.levels.1.points_multiplier", QJsonValue(2), QJsonValue(QStringLiteral("2.0"))},
        {"tiers.levels.1.points_multiplier", QJsonValue(QStringLiteral("1.2500")),
         QJsonValue(QStringLiteral("1.25"))},
        {"tiers.levels.1.points_multiplier", QJsonValue(0), QJsonValue(QStringLiteral("0.0"))},
    }));
    CAPTURE(path);
    const QJsonObject out = Rules::fromJson(with(path, value)).toJson();
    CHECK(out == with(path, written));
    CHECK(Rules::fromJson(out).toJson() == out);
}

TEST_CASE("Other expiry modes and an empty promotions list are accepted", "[rules]")
{
    QJsonObject document =
        with("points.expiry", expiry({{"mode", QStringLiteral("year_end")}, {"years_after", 0}}));
    CHECK(Rules::fromJson(document).expiry.mode == ExpiryRule::Mode::YearEnd);
    CHECK(Rules::fromJson(document).expiry.yearsAfter == 0);
    CHECK(Rules::fromJson(document).toJson() == document);
    document = with("points.expiry", expiry({{"mode", QStringLiteral("never")}}));
    CHECK(Rules::fromJson(document).expiry.mode == ExpiryRule::Mode::Never);
    CHECK(Rules::fromJson(document).toJson() == document);
    document = with("points.birthday.scope", QStringLiteral("day"));
    CHECK(Rules::fromJson(document).birthday.scope == BirthdayRule::Scope::Day);
    CHECK(Rules::fromJson(document).toJson() == document);

    // No promotions is the same as an empty list, and the document leaves the key out.
    document = with("promotions", QJsonArray());
    CHECK(Rules::fromJson(document).promotions.isEmpty());
    CHECK(Rules::fromJson(document).toJson() == defaults());
}

TEST_CASE("A store may have no top-up bonus and up to twenty tiers", "[rules]")
{
    const Rules none = Rules::fromJson(with("stored_value.bonus", QJsonArray()));
    CHECK(none.topUpBonusFor(*Money::parse(u"100000.00")).isZero());
    const Rules twenty = Rules::fromJson(with("tiers.levels", levels(20)));
    CHECK(twenty.tiers.size() == 20);
    CHECK(twenty.tierFor(*Money::parse(u"1899.99")) == 18);
    CHECK(twenty.tierFor(*Money::parse(u"1900.00")) == 19);
    const QString longest(20, u'金');
    CHECK(Rules::fromJson(with("tiers.levels.1.name", longest)).tiers[1].name == longest);
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
    QSignalSpy changed(&book, &RuleBook::changed);
    const VersionedRules first = book.current();
    CHECK(first.version == 1);
    CHECK(first.rules.toJson() == defaults());
    CHECK(changed.isEmpty());

    const QJsonObject lowerShare = with("points.redeem.max_share", QStringLiteral("0.3"));
    const VersionedRules second = book.set(lowerShare);
    CHECK(second.version == 2);
    CHECK(second.rules.redeem.maxShare == Ratio::fromScaled(3000));
    REQUIRE(changed.size() == 1);
    CHECK(changed.takeFirst().at(0).toInt() == 2);
    CHECK(book.current().version == 2);
    CHECK(book.current().rules.toJson() == Rules::fromJson(lowerShare).toJson());

    // The normalized form is what is stored, not the text that came in.
    CHECK(storedDocument(*store, 2) == with("points.redeem.max_share", QStringLiteral("0.30")));

    CHECK(errorOf([&] { book.set(with("points.redeem.max_share", QStringLiteral("2"))); }) ==
          ErrorCode::InvalidRules);
    CHECK(changed.isEmpty());
    CHECK(book.current().version == 2);
    CHECK(storedDocument(*store, 3).isEmpty());

    CHECK(book.at(1).toJson() == defaults());
    CHECK(errorOf([&] { book.at(9); }) == ErrorCode::NotFound);

    // Another program: its own connection to the same file and its own rule book.
    Database otherDb(store.path());
    SystemClock otherClock;
    AuditLog otherAudit(otherDb, otherClock);
    Security otherSecurity(otherDb, otherClock, otherAudit);
    RuleBook other(otherDb, otherClock, otherSecurity);
    CHECK(other.current().version == 2);
    CHECK(other.current().rules.redeem.maxShare == Ratio::fromScaled(3000));
    CHECK(other.set(defaults()).version == 3);
    CHECK(book.current().version == 3);
    CHECK(book.current().rules.toJson() == defaults());
}
