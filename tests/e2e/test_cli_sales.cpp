// The checkout contract other till software scripts: quote, sale, refund, topup, rules, expire
// and the member's standing, with their error codes.
#include "ctl.h"

using namespace storedesk::test;

namespace {

/// A store with one member and two products, ready to sell.
void openShop(const Ctl &ctl)
{
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name Zhang --card C001")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name Water --price 22.50")).exitCode ==
            0);
    REQUIRE(ctl(words("product add --barcode 73513537 --name Cigarettes --price 25 --no-points"))
                .exitCode == 0);
}

QByteArray request(const char *json)
{
    return QByteArray(json);
}

} // namespace

TEST_CASE("quote prices without committing and sale commits once per request id", "[cli][sale]")
{
    Ctl ctl;
    openShop(ctl);
    const QByteArray body = request(
        R"({"request_id": "till1-000123", "member": "13800138000",
            "lines": [{"barcode": "6901234567892", "qty": 2}],
            "payments": [{"method": "cash", "amount": "45.00", "tendered": "50.00"}]})");
    const Run quote = ctl(words("quote -"), "C.UTF-8", body);
    REQUIRE(quote.exitCode == 0);
    CHECK(quote.object().value(QStringLiteral("total_due")) == QStringLiteral("45.00"));
    CHECK(quote.object().value(QStringLiteral("points_earned")).toInt() == 45);
    CHECK(quote.object().value(QStringLiteral("change")) == QStringLiteral("5.00"));
    CHECK_FALSE(quote.object().contains(QStringLiteral("receipt_no")));

    const Run sale = ctl(words("sale -"), "C.UTF-8", body);
    REQUIRE(sale.exitCode == 0);
    const QJsonObject answer = sale.object();
    for (const char *key :
         {"sale_id", "receipt_no", "lines", "subtotal", "discounts", "points_redeemed",
          "points_value", "total_due", "payments", "change", "points_earned", "member"}) {
        CAPTURE(key);
        CHECK(answer.contains(QString::fromLatin1(key)));
    }
    CHECK(answer.value(QStringLiteral("receipt_no")) == QStringLiteral("20261122-0001"));
    const QJsonObject line = answer.value(QStringLiteral("lines")).toArray().first().toObject();
    CHECK(line.value(QStringLiteral("unit_price")) == QStringLiteral("22.50"));
    CHECK(line.value(QStringLiteral("amount")) == QStringLiteral("45.00"));
    const QJsonObject member = answer.value(QStringLiteral("member")).toObject();
    CHECK(member.value(QStringLiteral("tier")) == QStringLiteral("普通会员"));
    CHECK(member.value(QStringLiteral("points")).toInt() == 45);
    CHECK(member.value(QStringLiteral("stored_value")) == QStringLiteral("0.00"));

    const Run again = ctl(words("sale -"), "C.UTF-8", body);
    CHECK(again.object().value(QStringLiteral("sale_id")) ==
          answer.value(QStringLiteral("sale_id")));
    CHECK(ctl(words("member show 13800138000")).object().value(QStringLiteral("points")).toInt() ==
          45);
}

TEST_CASE("member show answers the standing and both ledgers", "[cli][sale]")
{
    Ctl ctl;
    openShop(ctl);
    REQUIRE(ctl(words("topup 13800138000 1000 --method alipay")).exitCode == 0);
    const QByteArray body = request(
        R"({"member": "C001", "lines": [{"barcode": "6901234567892", "qty": 4}],
            "payments": [{"method": "stored_value", "amount": "90.00"}]})");
    REQUIRE(ctl(words("sale -"), "C.UTF-8", body).exitCode == 0);
    const QJsonObject show = ctl(words("member show 13800138000")).object();
    CHECK(show.value(QStringLiteral("phone")) == QStringLiteral("13800138000"));
    CHECK(show.value(QStringLiteral("name")) == QStringLiteral("Zhang"));
    CHECK(show.value(QStringLiteral("tier")) == QStringLiteral("普通会员"));
    CHECK(show.value(QStringLiteral("points")).toInt() == 90);
    CHECK(show.value(QStringLiteral("stored_value")) ==
          QStringLiteral("1030.00")); // 1000 + 120 − 90
    CHECK(show.value(QStringLiteral("qualifying_spend")) == QStringLiteral("90.00"));
    CHECK(show.value(QStringLiteral("next_tier")).toObject().value(QStringLiteral("name")) ==
          QStringLiteral("金卡会员"));
    CHECK(show.value(QStringLiteral("points_ledger")).toArray().size() == 1);
    CHECK(show.value(QStringLiteral("stored_value_ledger")).toArray().size() == 2);
}

TEST_CASE("refund gives a receipt back whole or by line", "[cli][sale]")
{
    Ctl ctl;
    openShop(ctl);
    const QByteArray body = request(
        R"({"member": "13800138000", "lines": [{"barcode": "6901234567892", "qty": 3}],
            "payments": [{"method": "wechat", "amount": "67.50"}]})");
    const QString receipt = ctl(words("sale -"), "C.UTF-8", body)
                                .object()
                                .value(QStringLiteral("receipt_no"))
                                .toString();
    const Run part = ctl({QStringLiteral("refund"), receipt, QStringLiteral("--line"),
                          QStringLiteral("1"), QStringLiteral("--qty"), QStringLiteral("1")});
    REQUIRE(part.exitCode == 0);
    CHECK(part.object().value(QStringLiteral("total_due")) == QStringLiteral("-22.50"));
    CHECK(part.object().value(QStringLiteral("original_receipt_no")) == receipt);
    const Run rest = ctl({QStringLiteral("refund"), receipt});
    CHECK(rest.object().value(QStringLiteral("total_due")) == QStringLiteral("-45.00"));
    const Run again = ctl({QStringLiteral("refund"), receipt});
    CHECK(again.exitCode == 1);
    CHECK(again.errorCode() == QStringLiteral("already_refunded"));
    CHECK(ctl(words("member show 13800138000")).object().value(QStringLiteral("points")).toInt() ==
          0);
}

TEST_CASE("rules get and set round-trip and a bad document names its field", "[cli][rules]")
{
    Ctl ctl;
    openShop(ctl);
    const Run get = ctl(words("rules get"));
    REQUIRE(get.exitCode == 0);
    QJsonObject rules = get.object();
    CHECK(rules.value(QStringLiteral("version")).toInt() == 1);
    QJsonObject points = rules.value(QStringLiteral("points")).toObject();
    QJsonObject redeem = points.value(QStringLiteral("redeem")).toObject();
    CHECK(redeem.value(QStringLiteral("max_share")) == QStringLiteral("0.50"));

    redeem.insert(QStringLiteral("max_share"), QStringLiteral("1.50"));
    points.insert(QStringLiteral("redeem"), redeem);
    rules.insert(QStringLiteral("points"), points);
    const Run bad = ctl(words("rules set -"), "C.UTF-8", QJsonDocument(rules).toJson());
    CHECK(bad.exitCode == 1);
    CHECK(bad.errorCode() == QStringLiteral("invalid_rules"));
    CHECK(QJsonDocument::fromJson(bad.err)
              .object()
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("field")) == QStringLiteral("points.redeem.max_share"));

    redeem.insert(QStringLiteral("max_share"), QStringLiteral("0.3"));
    points.insert(QStringLiteral("redeem"), redeem);
    rules.insert(QStringLiteral("points"), points);
    const Run good = ctl(words("rules set -"), "C.UTF-8", QJsonDocument(rules).toJson());
    REQUIRE(good.exitCode == 0);
    CHECK(good.object().value(QStringLiteral("version")).toInt() == 2);
    CHECK(ctl(words("rules get")).object().value(QStringLiteral("version")).toInt() == 2);
}

TEST_CASE("Sale refusals have their codes and change nothing", "[cli][sale]")
{
    Ctl ctl;
    openShop(ctl);
    const auto [json, code] = GENERATE(table<const char *, const char *>({
        {R"({"lines": [{"barcode": "6901234567892"}], "payments": [{"method": "cash", "amount": "20.00"}]})",
         "payments_do_not_match"},
        {R"({"lines": [{"barcode": "9780201379624"}], "payments": []})", "unknown_barcode"},
        {R"({"member": "13999999999", "lines": [{"barcode": "6901234567892"}]})", "unknown_member"},
        {R"({"member": "13800138000", "redeem_points": 100, "lines": [{"barcode": "6901234567892"}]})",
         "insufficient_points"},
        {R"({"member": "13800138000", "lines": [{"barcode": "6901234567892"}], "payments": [{"method": "stored_value", "amount": "22.50"}]})",
         "insufficient_balance"},
        {R"({"lines": [{"barcode": "6901234567892", "qty": 0}]})", "invalid_quantity"},
        {R"({"lines": []})", "empty_sale"},
        {R"({"lines": [{"barcode": "6901234567892"}], "payments": [{"method": "bitcoin", "amount": "22.50"}]})",
         "invalid_request"},
        {R"({"lines": [{"barcode": "6901234567892"}], "tip": "1.00"})", "invalid_request"},
        {R"({"lines": )", "invalid_request"},
    }));
    CAPTURE(json);
    const Run run = ctl(words("sale -"), "C.UTF-8", QByteArray(json));
    CHECK(run.exitCode == 1);
    CHECK(run.errorCode() == QString::fromLatin1(code));
    CHECK(ctl(words("member show 13800138000")).object().value(QStringLiteral("points")).toInt() ==
          0);
    CHECK(
        ctl(words("product show 6901234567892")).object().value(QStringLiteral("stock")).toInt() ==
        0);
}

TEST_CASE("expire posts what is due and member expiring lists what is coming", "[cli][expiry]")
{
    Ctl ctl;
    openShop(ctl);
    const QByteArray body = request(
        R"({"member": "13800138000", "lines": [{"barcode": "6901234567892", "qty": 4}],
            "payments": [{"method": "card", "amount": "90.00"}]})");
    REQUIRE(ctl(words("sale -"), "C.UTF-8", body).exitCode == 0);
    CHECK(ctl(words("member expiring --within 30")).array().isEmpty());
    CHECK(ctl(words("member expiring --within 740")).array().size() == 1);
    CHECK(ctl(words("expire")).object().value(QStringLiteral("points_expired")).toInt() == 0);
}

TEST_CASE("topup adds the bonus and withdraw returns paid-in money only", "[cli][stored]")
{
    Ctl ctl;
    openShop(ctl);
    const Run top = ctl(words("topup C001 500 --method cash"));
    REQUIRE(top.exitCode == 0);
    CHECK(top.object().value(QStringLiteral("bonus")) == QStringLiteral("50.00"));
    CHECK(top.object().value(QStringLiteral("stored_value")) == QStringLiteral("550.00"));
    CHECK(ctl(words("topup C001 abc --method cash")).errorCode() ==
          QStringLiteral("invalid_amount"));
    CHECK(ctl(words("topup C001 5 --method bitcoin")).errorCode() ==
          QStringLiteral("invalid_payment"));
    const Run out = ctl(words("withdraw 13800138000 --method cash"));
    REQUIRE(out.exitCode == 0);
    CHECK(out.object().value(QStringLiteral("returned")) == QStringLiteral("500.00"));
    CHECK(out.object().value(QStringLiteral("bonus_forfeited")) == QStringLiteral("50.00"));
    CHECK(ctl(words("withdraw 13800138000 --method cash")).errorCode() ==
          QStringLiteral("insufficient_balance"));
}
