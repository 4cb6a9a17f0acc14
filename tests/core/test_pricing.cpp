// The pricing rules, pinned case by case: member prices, tier discounts rounded half-up per
// line, points redemption limits, points earned, and settling payments.
#include "catchqt.h"
#include "sales/payment.h"
#include "sales/pricing.h"
#include "teststore.h"

using namespace storedesk::core;
using storedesk::test::errorOf;

namespace {

Product product(const char *price, const char *memberPrice = nullptr, bool eligible = true)
{
    static qint64 nextId = 1;
    Product p;
    p.id = nextId++;
    p.name = QStringLiteral("item");
    p.price = *Money::parse(QString::fromLatin1(price));
    if (memberPrice)
        p.memberPrice = Money::parse(QString::fromLatin1(memberPrice));
    p.pointsEligible = eligible;
    return p;
}

PricingMember member(int tier, qint64 points = 0, QDate birthday = {})
{
    return PricingMember{42, tier, points, birthday};
}

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

const QDate kDay(2026, 11, 22);

} // namespace

TEST_CASE("A walk-in pays shelf prices with no discount", "[pricing]")
{
    PricingInput in;
    in.lines = {{product("12.50", "11.00"), 2}, {product("3.00"), 1}};
    in.day = kDay;
    const PricedCart cart = priceCart(in, Rules::defaults());
    CHECK(cart.lines[0].unitPrice == yuan("12.50"));
    CHECK(cart.subtotal == yuan("28.00"));
    CHECK(cart.discounts.isEmpty());
    CHECK(cart.totalDue == yuan("28.00"));
    CHECK(cart.maxRedeemablePoints == 0);
    CHECK(pointsEarned(cart, Money(), Rules::defaults()) == 28); // nobody earns them, though
}

TEST_CASE("Tier discounts round half-up per line and skip ineligible lines", "[pricing]")
{
    const auto [tier, price, qty, eligible, discount] =
        GENERATE(table<int, const char *, qint64, bool, const char *>({
            {0, "12.80", 1, true, "0.00"},  // 普通会员: 0 %
            {1, "12.80", 1, true, "0.26"},  // 2 % of 12.80 = 0.256
            {1, "0.25", 1, true, "0.01"},   // 0.005: exactly half rounds up
            {1, "0.24", 1, true, "0.00"},   // 0.0048
            {1, "12.80", 1, false, "0.00"}, // not points-eligible: no tier discount
            {2, "9.90", 3, true, "1.49"},   // 5 % of 29.70 = 1.485
            {3, "10.00", 3, true, "2.40"},  // 8 % of 30.00
            {3, "0.06", 1, true, "0.00"},   // 0.0048
        }));
    CAPTURE(tier, price, qty, eligible);
    PricingInput in;
    in.member = member(tier);
    in.lines = {{product(price, nullptr, eligible), qty}};
    in.day = kDay;
    const PricedCart cart = priceCart(in, Rules::defaults());
    CHECK(cart.lines[0].discount == yuan(discount));
    CHECK(cart.discountTotal == yuan(discount));
    CHECK(cart.totalDue == cart.subtotal - yuan(discount));
    CHECK(cart.discounts.size() == (yuan(discount).isZero() ? 0 : 1));
}

TEST_CASE("A member pays the member price and the tier discount applies to it", "[pricing]")
{
    PricingInput in;
    in.member = member(1);
    in.lines = {{product("12.50", "11.00"), 2}};
    in.day = kDay;
    const PricedCart cart = priceCart(in, Rules::defaults());
    CHECK(cart.lines[0].listPrice == yuan("12.50"));
    CHECK(cart.lines[0].unitPrice == yuan("11.00"));
    CHECK(cart.subtotal == yuan("22.00"));
    CHECK(cart.lines[0].discount == yuan("0.44"));
    REQUIRE(cart.discounts.size() == 1);
    CHECK(cart.discounts[0].kind == QStringLiteral("tier"));
    CHECK(cart.discounts[0].name.contains(QStringLiteral("金卡会员")));
    CHECK(cart.totalDue == yuan("21.56"));
}

TEST_CASE("Points redemption is whole blocks within the member's points and the share", "[pricing]")
{
    Rules rules = Rules::defaults(); // 100 points = 5.00, min 100, at most 50 %
    PricingInput in;
    in.member = member(0, 350);
    in.lines = {{product("20.00"), 1}};
    in.day = kDay;

    CHECK(priceCart(in, rules).maxRedeemablePoints == 200); // 50 % of 20.00 is 2 blocks

    in.redeemPoints = 200;
    PricedCart cart = priceCart(in, rules);
    CHECK(cart.pointsRedeemed == 200);
    CHECK(cart.pointsValue == yuan("10.00"));
    CHECK(cart.totalDue == yuan("10.00"));

    const auto [points, code] = GENERATE(table<qint64, ErrorCode>({
        {300, ErrorCode::RedeemExceedsShare},
        {150, ErrorCode::InvalidPoints},
        {-100, ErrorCode::InvalidPoints},
        {400, ErrorCode::InsufficientPoints},
    }));
    CAPTURE(points);
    in.redeemPoints = points;
    if (points == 400)
        in.lines = {{product("200.00"), 1}};
    CHECK(errorOf([&] { priceCart(in, rules); }) == code);
}

TEST_CASE("Redemption below min_points or without a member is refused", "[pricing]")
{
    Rules rules = Rules::defaults();
    rules.redeem.minPoints = 200;
    PricingInput in;
    in.member = member(0, 1000);
    in.lines = {{product("100.00"), 1}};
    in.redeemPoints = 100;
    CHECK(errorOf([&] { priceCart(in, rules); }) == ErrorCode::BelowMinPoints);
    in.member.reset();
    in.redeemPoints = 200;
    CHECK(errorOf([&] { priceCart(in, rules); }) == ErrorCode::InvalidPoints);
    in.member = member(0, 150);
    in.redeemPoints = 0;
    CHECK(priceCart(in, rules).maxRedeemablePoints == 0); // one block, but below the minimum
}

TEST_CASE("Points earned follow money paid and the tier and birthday multipliers", "[pricing]")
{
    const Rules rules = Rules::defaults();
    const auto [tier, birthday, price, storedValue, expected] =
        GENERATE(table<int, QDate, const char *, const char *, qint64>({
            {0, QDate(), "100.00", "0.00", 100},
            {0, QDate(), "99.99", "0.00", 99},              // floor, never rounded up
            {0, QDate(1990, 11, 3), "100.00", "0.00", 200}, // birthday month: × 2
            {0, QDate(1990, 12, 3), "100.00", "0.00", 100},
            {1, QDate(), "130.62", "0.00", 153},           // 2 % off → 128.01 × 1.2 = 153.6
            {3, QDate(1990, 11, 22), "10.00", "0.00", 36}, // 9.20 × 2.0 × 2 = 36.8
            {0, QDate(), "100.00", "40.00", 100},          // stored value earns by default
        }));
    CAPTURE(tier, price, storedValue);
    PricingInput in;
    in.member = member(tier, 0, birthday);
    in.lines = {{product(price), 1}};
    in.day = kDay;
    const PricedCart cart = priceCart(in, rules);
    CHECK(pointsEarned(cart, yuan(storedValue), rules) == expected);
}

TEST_CASE("Stored value earns nothing when the rules say so", "[pricing]")
{
    Rules rules = Rules::defaults();
    rules.earn.onStoredValue = false;
    PricingInput in;
    in.member = member(0);
    in.lines = {{product("100.00"), 1}};
    const PricedCart cart = priceCart(in, rules);
    CHECK(pointsEarned(cart, yuan("40.00"), rules) == 60);
    CHECK(pointsEarned(cart, yuan("100.00"), rules) == 0);
}

TEST_CASE("Only the eligible share of what was paid earns points", "[pricing]")
{
    const Rules rules = Rules::defaults();
    PricingInput in;
    in.member = member(0, 1000);
    in.lines = {{product("60.00"), 1}, {product("40.00", nullptr, false), 1}};
    PricedCart cart = priceCart(in, rules);
    CHECK(cart.eligibleAfterDiscounts == yuan("60.00"));
    CHECK(pointsEarned(cart, Money(), rules) == 60);
    in.redeemPoints = 200; // 10.00 off: 90.00 paid, 60 % of it eligible
    cart = priceCart(in, rules);
    CHECK(cart.totalDue == yuan("90.00"));
    CHECK(pointsEarned(cart, Money(), rules) == 54);
}

TEST_CASE("Birthday on the day counts 29 February on the 28th in other years", "[pricing]")
{
    using Scope = BirthdayRule::Scope;
    CHECK(isBirthday(QDate(1992, 2, 29), QDate(2027, 2, 28), Scope::Day));
    CHECK(isBirthday(QDate(1992, 2, 29), QDate(2028, 2, 29), Scope::Day));
    CHECK_FALSE(isBirthday(QDate(1992, 2, 29), QDate(2028, 2, 28), Scope::Day));
    CHECK(isBirthday(QDate(1990, 5, 17), QDate(2026, 5, 17), Scope::Day));
    CHECK_FALSE(isBirthday(QDate(1990, 5, 17), QDate(2026, 5, 18), Scope::Day));
    CHECK(isBirthday(QDate(1990, 5, 17), QDate(2026, 5, 1), Scope::Month));
    CHECK_FALSE(isBirthday(QDate(), QDate(2026, 5, 1), Scope::Month));
}

TEST_CASE("Quantities outside 1 to 99999 are refused", "[pricing]")
{
    PricingInput in;
    in.lines = {{product("1.00"), 0}};
    CHECK(errorOf([&] { priceCart(in, Rules::defaults()); }) == ErrorCode::InvalidQuantity);
    in.lines = {{product("1.00"), 100000}};
    CHECK(errorOf([&] { priceCart(in, Rules::defaults()); }) == ErrorCode::InvalidQuantity);
}

TEST_CASE("Payments must add up to what is due exactly", "[pricing][payments]")
{
    Settlement s = settle(yuan("45.00"), {{PaymentMethod::Cash, yuan("45.00"), yuan("50.00")}});
    CHECK(s.change == yuan("5.00"));
    CHECK(s.money == yuan("45.00"));

    s = settle(yuan("100.00"), {{PaymentMethod::StoredValue, yuan("60.00"), Money()},
                                {PaymentMethod::WeChat, yuan("40.00"), Money()}});
    CHECK(s.storedValue == yuan("60.00"));
    CHECK(s.money == yuan("40.00"));
    CHECK(s.change.isZero());
    CHECK(settle(Money(), {}).payments.isEmpty());

    const auto [payment, code] = GENERATE(table<Payment, ErrorCode>({
        {Payment{PaymentMethod::Cash, yuan("40.00"), Money()}, ErrorCode::PaymentsDoNotMatch},
        {Payment{PaymentMethod::Cash, yuan("45.00"), yuan("44.00")}, ErrorCode::InvalidPayment},
        {Payment{PaymentMethod::Card, yuan("45.00"), yuan("50.00")}, ErrorCode::InvalidPayment},
        {Payment{PaymentMethod::Alipay, Money(), Money()}, ErrorCode::InvalidPayment},
        {Payment{PaymentMethod::Card, yuan("-45.00"), Money()}, ErrorCode::InvalidPayment},
    }));
    CHECK(errorOf([&] { settle(yuan("45.00"), {payment}); }) == code);
}

TEST_CASE("Payment methods have stable codes", "[payments]")
{
    for (auto m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::WeChat,
                   PaymentMethod::Alipay, PaymentMethod::StoredValue})
        CHECK(parsePaymentMethod(paymentMethodCode(m)) == m);
    CHECK(paymentMethodCode(PaymentMethod::StoredValue) == QStringLiteral("stored_value"));
    CHECK_FALSE(parsePaymentMethod(u"bitcoin").has_value());
}

TEST_CASE("The rules preview prices an amount the way the counter would", "[pricing]")
{
    const Rules rules = Rules::defaults();
    // 金卡会员: 2 % off, points × 1.2.
    SalePreview p = previewSale(rules, *Money::parse(u"128.00"), 1, false);
    CHECK(p.discount == *Money::parse(u"2.56"));
    CHECK(p.paid == *Money::parse(u"125.44"));
    CHECK(p.pointsEarned == 150);         // ⌊125.44 × 1.2⌋
    CHECK(p.maxRedeemablePoints == 1200); // 50 % of 125.44 is 62.72: 12 blocks of ¥5
    CHECK(p.maxRedeemValue == *Money::parse(u"60.00"));
    p = previewSale(rules, *Money::parse(u"128.00"), 1, true);
    CHECK(p.pointsEarned == 301); // ⌊125.44 × 1.2 × 2⌋
    p = previewSale(rules, *Money::parse(u"9.99"), 0, false);
    CHECK(p.discount.isZero());
    CHECK(p.pointsEarned == 9);
    CHECK(p.maxRedeemablePoints == 0); // ¥4.99 allowed, less than one ¥5 block
    CHECK(storedesk::test::errorOf([&] { previewSale(rules, Money::fromFen(-1), 0, false); }) ==
          ErrorCode::InvalidAmount);
    CHECK(storedesk::test::errorOf([&] { previewSale(rules, Money::fromFen(100), 4, false); }) ==
          ErrorCode::InvalidArgument);
}
