// Promotions and coupons in pricing, pinned case by case: each kind, its dates and scope, the
// documented order with tier discounts, coupons and points, and how discounts land on lines.
#include "catchqt.h"
#include "sales/pricing.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace storedesk::core;
using storedesk::test::errorOf;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

Product product(const char *barcode, const char *price, const char *category, bool eligible = true)
{
    static qint64 nextId = 100;
    Product p;
    p.id = nextId++;
    p.barcode = Barcode::fromNormalized(QString::fromLatin1(barcode));
    p.name = QString::fromLatin1(barcode);
    p.price = yuan(price);
    p.category = QString::fromUtf8(category);
    p.pointsEligible = eligible;
    return p;
}

/// The default rules with \a promotions (JSON text of the list).
Rules withPromotions(const char *promotions)
{
    QJsonObject doc = Rules::defaults().toJson();
    doc.insert(QStringLiteral("promotions"),
               QJsonDocument::fromJson(QByteArray(promotions)).array());
    return Rules::fromJson(doc);
}

const QDate kWednesday(2026, 11, 25);

PricingInput basket(std::optional<int> tier = std::nullopt)
{
    PricingInput in;
    in.day = kWednesday;
    if (tier)
        in.member = PricingMember{7, *tier, 100000, QDate(1990, 1, 1)};
    in.lines = {{product("6901234567892", "10.00", "饮料"), 3},
                {product("6920202888883", "50.00", "零食"), 2},
                {product("73513537", "25.00", "香烟", false), 1}};
    return in;
}

QString discountsOf(const PricedCart &cart)
{
    QStringList out;
    for (const AppliedDiscount &d : cart.discounts)
        out.append(QStringLiteral("%1=%2").arg(d.name, d.amount.toString()));
    return out.join(u' ');
}

/// The invariant every priced cart keeps: its lines' amounts add up to what it costs.
void checkLines(const PricedCart &cart)
{
    Money amounts;
    Money discounts;
    for (const PricedLine &l : cart.lines) {
        CHECK(l.amount == l.gross - l.discount);
        CHECK_FALSE(l.amount.isNegative());
        amounts += l.amount;
        discounts += l.discount;
    }
    CHECK(amounts == cart.afterDiscounts);
    CHECK(discounts == cart.discountTotal);
    CHECK(cart.subtotal - cart.discountTotal - cart.pointsValue == cart.totalDue);
}

} // namespace

TEST_CASE("Each promotion kind takes off what it says", "[pricing][promotions]")
{
    // The basket: 3 drinks at 10, 2 snacks at 50, and cigarettes at 25 that take no discounts.
    const auto [promotions, tier, expected] = GENERATE(table<const char *, int, const char *>({
        // 满减 on everything discountable (130.00).
        {R"([{"kind":"threshold","name":"满100减15","min_spend":"100.00","off":"15.00"}])", -1,
         "满100减15=15.00"},
        {R"([{"kind":"threshold","name":"满200减30","min_spend":"200.00","off":"30.00"}])", -1, ""},
        // Repeating: every 50 off 5, three times in 130.00, capped at 12.
        {R"([{"kind":"threshold","name":"每满50减5","min_spend":"50.00","off":"5.00",
              "repeat":true}])",
         -1, "每满50减5=10.00"},
        {R"([{"kind":"threshold","name":"每满20减5","min_spend":"20.00","off":"5.00",
              "repeat":true,"max_off":"12.00"}])",
         -1, "每满20减5=12.00"},
        // Only the drinks (30.00) count towards a drinks threshold.
        {R"([{"kind":"threshold","name":"饮料满30减3","min_spend":"30.00","off":"3.00",
              "categories":["饮料"]}])",
         -1, "饮料满30减3=3.00"},
        // The best threshold wins; they do not add up.
        {R"([{"kind":"threshold","name":"A","min_spend":"100.00","off":"10.00"},
             {"kind":"threshold","name":"B","min_spend":"120.00","off":"20.00"}])",
         -1, "B=20.00"},
        {R"([{"kind":"percent_off","name":"饮料9折","percent":"10","categories":["饮料"]}])", -1,
         "饮料9折=3.00"},
        {R"([{"kind":"percent_off","name":"单品8折","percent":"20",
              "barcodes":["6920202888883"]}])",
         -1, "单品8折=20.00"},
        // Percent off never touches what takes no discount.
        {R"([{"kind":"percent_off","name":"烟9折","percent":"10","categories":["香烟"]}])", -1, ""},
        // Buy two get one: 3 drinks, one free.
        {R"([{"kind":"buy_n_get_one","name":"买二送一","barcode":"6901234567892","buy":2}])", -1,
         "买二送一=10.00"},
        {R"([{"kind":"buy_n_get_one","name":"买三送一","barcode":"6901234567892","buy":3}])", -1,
         ""},
        // Member day (Wednesday): 5 % after the tier's 2 % on every discountable line, and a
        // points multiplier.
        {R"([{"kind":"member_day","name":"周三会员日","weekday":3,"percent":"5"}])", 1,
         "金卡会员 discount (2%)=2.60 周三会员日=6.37"},
        {R"([{"kind":"member_day","name":"周四会员日","weekday":4,"percent":"5"}])", 1,
         "金卡会员 discount (2%)=2.60"},
        {R"([{"kind":"member_day","name":"周三会员日","weekday":3,"percent":"5"}])", -1, ""},
        // Members only: a walk-in does not get it.
        {R"([{"kind":"threshold","name":"会员满100减10","min_spend":"100.00","off":"10.00",
              "members_only":true}])",
         -1, ""},
        {R"([{"kind":"threshold","name":"会员满100减10","min_spend":"100.00","off":"10.00",
              "members_only":true}])",
         0, "会员满100减10=10.00"},
        // Dates: over before the sale's day, or starting after it.
        {R"([{"kind":"threshold","name":"双十一","min_spend":"100.00","off":"10.00",
              "from":"2026-11-11","until":"2026-11-11"}])",
         -1, ""},
        {R"([{"kind":"threshold","name":"本周","min_spend":"100.00","off":"10.00",
              "from":"2026-11-23","until":"2026-11-29"}])",
         -1, "本周=10.00"},
    }));
    CAPTURE(promotions, tier);
    PricingInput in = basket(tier >= 0 ? std::optional<int>(tier) : std::nullopt);
    const PricedCart cart = priceCart(in, withPromotions(promotions));
    CHECK(discountsOf(cart) == QString::fromUtf8(expected));
    checkLines(cart);
    // Cigarettes keep their price whatever happens.
    CHECK(cart.lines[2].discount.isZero());
}

TEST_CASE("A line promotion replaces the tier discount unless it says with_tier",
          "[pricing][promotions]")
{
    PricingInput in = basket(3); // 钻石会员: 8 %
    PricedCart cart =
        priceCart(in, withPromotions(R"([{"kind":"percent_off","name":"饮料9折","percent":"10",
                                  "categories":["饮料"]}])"));
    // Drinks: 10 % promotion only; snacks: 8 % tier.
    CHECK(cart.lines[0].discount == yuan("3.00"));
    CHECK(cart.lines[1].discount == yuan("8.00"));
    CHECK(discountsOf(cart) == QStringLiteral("饮料9折=3.00 钻石会员 discount (8%)=8.00"));
    checkLines(cart);

    cart = priceCart(in, withPromotions(R"([{"kind":"percent_off","name":"饮料9折","percent":"10",
                                              "categories":["饮料"],"with_tier":true}])"));
    // 30.00 − 3.00 = 27.00, then 8 % of it: 2.16.
    CHECK(cart.lines[0].discount == yuan("5.16"));
    checkLines(cart);

    // On one line the promotion that saves most wins: buy-two-get-one (10.00) over 10 % (3.00).
    cart = priceCart(in, withPromotions(R"([
        {"kind":"percent_off","name":"饮料9折","percent":"10","categories":["饮料"]},
        {"kind":"buy_n_get_one","name":"买二送一","barcode":"6901234567892","buy":2}])"));
    CHECK(cart.lines[0].freeUnits == 1);
    CHECK(cart.lines[0].discount == yuan("10.00"));
    CHECK(discountsOf(cart) == QStringLiteral("买二送一=10.00 钻石会员 discount (8%)=8.00"));
}

TEST_CASE("Discounts come in the documented order down to points", "[pricing][promotions]")
{
    // 金卡会员 (2 %), a member day of 5 %, 满100减10 measured after both, a 10 % coupon capped at
    // 8.00 after that, then points on what is left.
    const Rules rules = withPromotions(R"([
        {"kind":"member_day","name":"会员日","weekday":3,"percent":"5","points_multiplier":"2"},
        {"kind":"threshold","name":"满100减10","min_spend":"100.00","off":"10.00"}])");
    PricingInput in = basket(1);
    PricingCoupon coupon;
    coupon.code = QStringLiteral("C-1");
    coupon.name = QStringLiteral("九折券");
    coupon.kind = PricingCoupon::Kind::PercentOff;
    coupon.percent = *Ratio::parse(u"10");
    coupon.cap = yuan("8.00");
    in.coupons = {coupon};
    in.redeemPoints = 500;
    const PricedCart cart = priceCart(in, rules);
    // 130.00 discountable: tier 2.60 → 127.40; member day 6.37 → 121.03; 满减 10.00 → 111.03;
    // coupon min(11.10, 8.00) → 103.03; plus cigarettes 25.00 = 128.03 before points.
    CHECK(discountsOf(cart) == QStringLiteral("金卡会员 discount (2%)=2.60 会员日=6.37 "
                                              "满100减10=10.00 Coupon 九折券=8.00"));
    CHECK(cart.afterDiscounts == yuan("128.03"));
    CHECK(cart.eligibleAfterDiscounts == yuan("103.03"));
    CHECK(cart.pointsValue == yuan("25.00")); // 500 points, within half of 128.03
    CHECK(cart.totalDue == yuan("103.03"));
    CHECK(cart.coupons == QStringList{QStringLiteral("C-1")});
    checkLines(cart);
    // Points: 103.03 paid, 103.03/128.03 of it eligible, × 1.2 (tier) × 2 (member day).
    CHECK(pointsEarned(cart, Money(), rules) == 198);
}

TEST_CASE("Coupons check their minimum spend and scope and stack only when allowed",
          "[pricing][promotions]")
{
    PricingCoupon tenOff;
    tenOff.code = QStringLiteral("A");
    tenOff.name = QStringLiteral("满100减10");
    tenOff.kind = PricingCoupon::Kind::AmountOff;
    tenOff.amount = yuan("10.00");
    tenOff.minSpend = yuan("100.00");
    PricingInput in = basket(0);
    in.coupons = {tenOff};
    PricedCart cart = priceCart(in, Rules::defaults());
    CHECK(discountsOf(cart) == QStringLiteral("Coupon 满100减10=10.00"));
    // Split over the lines it applies to by their amounts: 30 and 100 of 130.
    CHECK(cart.lines[0].discount == yuan("2.31"));
    CHECK(cart.lines[1].discount == yuan("7.69"));
    checkLines(cart);

    // Cigarettes do not count towards the minimum: 130.00 of discountable lines.
    tenOff.minSpend = yuan("140.00");
    in.coupons = {tenOff};
    CHECK(errorOf([&] { priceCart(in, Rules::defaults()); }) == ErrorCode::CouponNotApplicable);
    tenOff.minSpend = yuan("20.00");
    tenOff.categories = {QStringLiteral("饮料")};
    in.coupons = {tenOff};
    cart = priceCart(in, Rules::defaults());
    CHECK(cart.lines[0].discount == yuan("10.00"));
    CHECK(cart.lines[1].discount.isZero());
    tenOff.categories = {QStringLiteral("日用品")};
    tenOff.minSpend = Money();
    in.coupons = {tenOff};
    CHECK(errorOf([&] { priceCart(in, Rules::defaults()); }) == ErrorCode::CouponNotApplicable);

    // Two coupons: only when both stack.
    tenOff.categories.clear();
    PricingCoupon five = tenOff;
    five.code = QStringLiteral("B");
    five.amount = yuan("5.00");
    in.coupons = {tenOff, five};
    CHECK(errorOf([&] { priceCart(in, Rules::defaults()); }) == ErrorCode::CouponsDoNotStack);
    tenOff.stacks = five.stacks = true;
    in.coupons = {tenOff, five};
    cart = priceCart(in, Rules::defaults());
    CHECK(cart.discountTotal == yuan("15.00"));
    checkLines(cart);

    // An amount larger than its lines takes only what they cost.
    PricingCoupon big = tenOff;
    big.amount = yuan("500.00");
    big.stacks = false;
    in.coupons = {big};
    cart = priceCart(in, Rules::defaults());
    CHECK(cart.discountTotal == yuan("130.00"));
    CHECK(cart.afterDiscounts == yuan("25.00"));
    checkLines(cart);
}

TEST_CASE("A gift coupon adds its product free and earns nothing for it", "[pricing][promotions]")
{
    PricingCoupon gift;
    gift.code = QStringLiteral("G");
    gift.name = QStringLiteral("赠品券");
    gift.kind = PricingCoupon::Kind::Gift;
    gift.gift = product("4006381333931", "6.50", "日用品");
    gift.minSpend = yuan("50.00");
    PricingInput in = basket(0);
    in.coupons = {gift};
    const PricedCart cart = priceCart(in, Rules::defaults());
    REQUIRE(cart.lines.size() == 4);
    CHECK(cart.lines[3].gift);
    CHECK(cart.lines[3].gross == yuan("6.50"));
    CHECK(cart.lines[3].amount.isZero());
    CHECK(cart.subtotal == yuan("161.50"));
    CHECK(cart.afterDiscounts == yuan("155.00"));
    CHECK(discountsOf(cart) == QStringLiteral("Coupon 赠品券=6.50"));
    checkLines(cart);
    CHECK(pointsEarned(cart, Money(), Rules::defaults()) == 130);
}

TEST_CASE("A bad promotion is refused whole and names its field", "[rules][promotions]")
{
    const auto [promotions, field] = GENERATE(table<const char *, const char *>({
        {R"([{"kind":"bogo","name":"x"}])", "promotions[0].kind"},
        {R"([{"kind":"threshold","name":"","min_spend":"100.00","off":"10.00"}])",
         "promotions[0].name"},
        {R"([{"kind":"threshold","name":"a","min_spend":"100.00"}])", "promotions[0].off"},
        {R"([{"kind":"threshold","name":"a","min_spend":"10.00","off":"20.00"}])",
         "promotions[0].off"},
        {R"([{"kind":"threshold","name":"a","min_spend":"10.00","off":"2.00",
              "max_off":"5.00"}])",
         "promotions[0].max_off"},
        {R"([{"kind":"threshold","name":"a","min_spend":"10.00","off":"2.00",
              "from":"2026-12-01","until":"2026-11-01"}])",
         "promotions[0].until"},
        {R"([{"kind":"threshold","name":"a","min_spend":"10.00","off":"2.00",
              "from":"2026-13-01"}])",
         "promotions[0].from"},
        {R"([{"kind":"threshold","name":"a","min_spend":"10.00","off":"2.00","colour":"red"}])",
         "promotions[0].colour"},
        {R"([{"kind":"percent_off","name":"a","percent":"10"}])", "promotions[0].categories"},
        {R"([{"kind":"percent_off","name":"a","percent":"0","categories":["x"]}])",
         "promotions[0].percent"},
        {R"([{"kind":"percent_off","name":"a","percent":"10","barcodes":["6901234567891"]}])",
         "promotions[0].barcodes[0]"},
        {R"([{"kind":"member_day","name":"a","weekday":8,"percent":"5"}])",
         "promotions[0].weekday"},
        {R"([{"kind":"member_day","name":"a","weekday":3}])", "promotions[0].percent"},
        {R"([{"kind":"buy_n_get_one","name":"a","barcode":"6901234567892","buy":0}])",
         "promotions[0].buy"},
        {R"([{"kind":"threshold","name":"a","min_spend":"10.00","off":"2.00"},
             {"kind":"threshold","name":"a","min_spend":"20.00","off":"2.00"}])",
         "promotions[1].name"},
        {R"([5])", "promotions[0]"},
    }));
    CAPTURE(promotions);
    try {
        withPromotions(promotions);
        FAIL("accepted");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidRules);
        CHECK(e.field() == QString::fromLatin1(field));
    }
}

TEST_CASE("Promotions are written back as they were read", "[rules][promotions]")
{
    const Rules rules = withPromotions(R"([
        {"kind":"threshold","name":"每满100减10","min_spend":"100.00","off":"10.00",
         "repeat":true,"max_off":"50.00","categories":["零食"],"members_only":true},
        {"kind":"percent_off","name":"饮料9折","percent":"10","categories":["饮料"],
         "barcodes":["6901234567892"],"with_tier":true,"from":"2026-11-01","until":"2026-11-30"},
        {"kind":"member_day","name":"周三会员日","weekday":3,"percent":"5",
         "points_multiplier":"2"},
        {"kind":"buy_n_get_one","name":"可乐买二送一","barcode":"6901234567892","buy":2}])");
    REQUIRE(rules.promotions.size() == 4);
    CHECK(Rules::fromJson(rules.toJson()).toJson() == rules.toJson());
    CHECK(rules.toJson().value(QStringLiteral("promotions")).toArray().size() == 4);
}
