// Coupons and promotions from scripts: templates, issuing to a member, a group or anonymously,
// sales with coupons and promotions, and their error codes.
#include "ctl.h"

using namespace storedesk::test;

namespace {

void openShop(const Ctl &ctl)
{
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name 张三 --tag VIP")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13900139000 --name 李四 --tag VIP")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 15012345678 --name 王芳")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name 水 --price 60 --category 饮料"))
                .exitCode == 0);
}

QByteArray sale(const QString &member, const QStringList &coupons, const char *amount)
{
    QJsonObject body{
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("barcode"), QStringLiteral("6901234567892")},
                                {QStringLiteral("qty"), 2}}}},
        {QStringLiteral("payments"),
         QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                {QStringLiteral("amount"), QString::fromLatin1(amount)}}}}};
    if (!member.isEmpty())
        body.insert(QStringLiteral("member"), member);
    if (!coupons.isEmpty())
        body.insert(QStringLiteral("coupons"), QJsonArray::fromStringList(coupons));
    return QJsonDocument(body).toJson();
}

} // namespace

TEST_CASE("coupon templates issue coupons that a sale uses once", "[cli][marketing]")
{
    Ctl ctl;
    openShop(ctl);
    const QByteArray tenOff =
        R"({"name":"满100减10","kind":"amount_off","amount":"10.00","min_spend":"100.00",
            "valid_days":30})";
    REQUIRE(ctl(words("coupon template add -"), "C.UTF-8", tenOff).exitCode == 0);
    const Run again = ctl(words("coupon template add -"), "C.UTF-8", tenOff);
    CHECK(again.exitCode == 1);
    CHECK(again.errorCode() == QStringLiteral("invalid_coupon_template"));
    const Run broken = ctl(words("coupon template add -"), "C.UTF-8", "{\"name\": ");
    CHECK(broken.errorCode() == QStringLiteral("invalid_coupon_template"));

    // To one member, to a group chosen by filters, anonymously.
    const Run one = ctl(words("coupon issue 满100减10 --member 13800138000"));
    REQUIRE(one.exitCode == 0);
    const QString code = one.array().at(0).toObject().value(QStringLiteral("code")).toString();
    CHECK(code.startsWith(QStringLiteral("CP-")));
    CHECK(ctl(words("coupon issue 满100减10 --tag VIP")).array().size() == 2);
    const Run anonymous = ctl(words("coupon issue 满100减10 --anonymous --count 3 --format csv"));
    CHECK(QString::fromUtf8(anonymous.out).split(u'\n', Qt::SkipEmptyParts).size() == 4);
    CHECK(ctl(words("coupon issue 满100减10")).errorCode() == QStringLiteral("invalid_argument"));
    CHECK(ctl(words("coupon issue 无此券 --member 13800138000")).errorCode() ==
          QStringLiteral("not_found"));
    CHECK(ctl(words("coupon list --member 13800138000")).array().size() == 2);

    // Someone else's coupon, then the owner's sale, then the same coupon again.
    CHECK(ctl(words("sale -"), "C.UTF-8", sale(QStringLiteral("13900139000"), {code}, "110.00"))
              .errorCode() == QStringLiteral("coupon_not_yours"));
    const Run sold =
        ctl(words("sale -"), "C.UTF-8", sale(QStringLiteral("13800138000"), {code}, "110.00"));
    REQUIRE(sold.exitCode == 0);
    const QJsonObject discount =
        sold.object().value(QStringLiteral("discounts")).toArray().at(0).toObject();
    CHECK(discount.value(QStringLiteral("kind")) == QStringLiteral("coupon"));
    CHECK(discount.value(QStringLiteral("code")) == code);
    CHECK(ctl(words("sale -"), "C.UTF-8", sale(QStringLiteral("13800138000"), {code}, "110.00"))
              .errorCode() == QStringLiteral("coupon_used"));
    const QJsonObject shown =
        ctl({QStringLiteral("coupon"), QStringLiteral("show"), code}).object();
    CHECK(shown.value(QStringLiteral("status")) == QStringLiteral("used"));
    CHECK(shown.value(QStringLiteral("receipt_no")) == QStringLiteral("20261122-0001"));
    CHECK(ctl(words("sale -"), "C.UTF-8", sale({}, {QStringLiteral("CP-0000-0000")}, "110.00"))
              .errorCode() == QStringLiteral("unknown_coupon"));

    REQUIRE(ctl(words("coupon template off 满100减10")).exitCode == 0);
    CHECK(ctl(words("coupon issue 满100减10 --member 15012345678")).errorCode() ==
          QStringLiteral("invalid_argument"));
}

TEST_CASE("promotions in the rules name themselves in a sale's discounts", "[cli][marketing]")
{
    Ctl ctl;
    openShop(ctl);
    QJsonObject rules = ctl(words("rules get")).object();
    rules.insert(QStringLiteral("promotions"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("threshold")},
                                        {QStringLiteral("name"), QStringLiteral("满100减15")},
                                        {QStringLiteral("min_spend"), QStringLiteral("100.00")},
                                        {QStringLiteral("off"), QStringLiteral("15.00")}}});
    REQUIRE(ctl(words("rules set -"), "C.UTF-8", QJsonDocument(rules).toJson()).exitCode == 0);
    const Run sold = ctl(words("sale -"), "C.UTF-8", sale({}, {}, "105.00"));
    REQUIRE(sold.exitCode == 0);
    const QJsonObject discount =
        sold.object().value(QStringLiteral("discounts")).toArray().at(0).toObject();
    CHECK(discount.value(QStringLiteral("kind")) == QStringLiteral("promotion"));
    CHECK(discount.value(QStringLiteral("name")) == QStringLiteral("满100减15"));
    CHECK(discount.value(QStringLiteral("amount")) == QStringLiteral("15.00"));

    rules.insert(QStringLiteral("promotions"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("bogo")},
                                        {QStringLiteral("name"), QStringLiteral("x")}}});
    const Run bad = ctl(words("rules set -"), "C.UTF-8", QJsonDocument(rules).toJson());
    CHECK(bad.errorCode() == QStringLiteral("invalid_rules"));
    CHECK(bad.errorMessage().contains(QStringLiteral("promotions[0].kind")));
}

TEST_CASE("gift hands a member products for points alone", "[cli][marketing]")
{
    Ctl ctl;
    openShop(ctl);
    REQUIRE(ctl(words("product update 6901234567892 --gift-points 150")).exitCode == 0);
    CHECK(ctl(words("product list --gifts")).array().size() == 1);
    REQUIRE(ctl({QStringLiteral("points"), QStringLiteral("adjust"), QStringLiteral("13800138000"),
                 QStringLiteral("--points"), QStringLiteral("400"), QStringLiteral("--reason"),
                 QStringLiteral("活动")})
                .exitCode == 0);
    CHECK(ctl(words("gift 13800138000 6901234567892 6901234567892 --dry-run"))
              .object()
              .value(QStringLiteral("points")) == 300);
    const Run given = ctl(words("gift 13800138000 6901234567892 6901234567892"));
    REQUIRE(given.exitCode == 0);
    CHECK(given.object().value(QStringLiteral("total_due")) == QStringLiteral("0.00"));
    CHECK(given.object().value(QStringLiteral("points_redeemed")).toInt() == 300);
    CHECK(
        given.object().value(QStringLiteral("member")).toObject().value(QStringLiteral("points")) ==
        100);
    CHECK(ctl(words("gift 13800138000 6901234567892")).errorCode() ==
          QStringLiteral("insufficient_points"));
    REQUIRE(ctl(words("product update 6901234567892 --gift-points=")).exitCode == 0);
    CHECK(ctl(words("gift 13800138000 6901234567892")).errorCode() == QStringLiteral("not_a_gift"));
}

TEST_CASE("member winback exports a list with reasons masked phones and messages",
          "[cli][marketing]")
{
    Ctl ctl;
    openShop(ctl);
    const Run csv = ctl({QStringLiteral("member"), QStringLiteral("winback"),
                         QStringLiteral("--tag"), QStringLiteral("VIP"),
                         QStringLiteral("--message"), QStringLiteral("{name}您好，{store}欢迎您。"),
                         QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    // CSV lines end in CR LF, as RFC 4180 and spreadsheets want.
    const QStringList lines =
        QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          QStringLiteral("name,phone,tier_name,reason,past_value,last_sale_at,message"));
    CHECK(lines[1].contains(QStringLiteral("139****9000")));
    CHECK(lines[1].contains(QStringLiteral("李四您好，Shop欢迎您。")));
    CHECK(ctl(words("member winback --tag VIP --full-phone"))
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("phone")) == QStringLiteral("13900139000"));

    // A kept template fills in from then on; an unknown placeholder is refused.
    REQUIRE(ctl({QStringLiteral("member"), QStringLiteral("winback"), QStringLiteral("--sleeping"),
                 QStringLiteral("1"), QStringLiteral("--message"),
                 QStringLiteral("{name}，好久不见"), QStringLiteral("--save-message")})
                .exitCode == 0);
    const Run bad =
        ctl({QStringLiteral("member"), QStringLiteral("winback"), QStringLiteral("--sleeping"),
             QStringLiteral("1"), QStringLiteral("--message"), QStringLiteral("{naem}"),
             QStringLiteral("--save-message")});
    CHECK(bad.errorCode() == QStringLiteral("invalid_setting"));
    CHECK(ctl(words("member list --near-tier")).array().isEmpty());
}

TEST_CASE("member add --referred-by rewards the referrer on the first paid sale only",
          "[cli][marketing]")
{
    Ctl ctl;
    openShop(ctl);
    QJsonObject rules = ctl(words("rules get")).object();
    rules.insert(QStringLiteral("referral"), QJsonObject{{QStringLiteral("points"), 200}});
    REQUIRE(ctl(words("rules set -"), "C.UTF-8", QJsonDocument(rules).toJson()).exitCode == 0);

    CHECK(ctl(words("member add --phone 18612345678 --name 赵六 --referred-by 13312345678"))
              .errorCode() == QStringLiteral("unknown_member"));
    CHECK(ctl(words("member find 18612345678")).array().isEmpty());
    const Run joined =
        ctl(words("member add --phone 18612345678 --name 赵六 --referred-by 13800138000"));
    REQUIRE(joined.exitCode == 0);
    const auto points = [&ctl] {
        return ctl(words("member show 13800138000")).object().value(QStringLiteral("points"));
    };
    REQUIRE(points() == 0);
    REQUIRE(ctl(words("sale -"), "C.UTF-8", sale(QStringLiteral("18612345678"), {}, "120.00"))
                .exitCode == 0);
    CHECK(points() == 200);
    REQUIRE(ctl(words("sale -"), "C.UTF-8", sale(QStringLiteral("18612345678"), {}, "120.00"))
                .exitCode == 0);
    CHECK(points() == 200);
}
