#include "catchqt.h"
#include "domain/error.h"
#include "domain/money.h"

#include <limits>

using storedesk::core::ErrorCode;
using storedesk::core::Money;

TEST_CASE("Money parses the amounts people and programs write", "[money]")
{
    const auto [text, fen] = GENERATE(table<const char *, qint64>({
        {"37.50", 3750},
        {"37.5", 3750},
        {"37", 3700},
        {"0.01", 1},
        {"0.1", 10},
        {"0", 0},
        {" 12.30 ", 1230},
        {"-2.00", -200},
        {"-0.05", -5},
        {"+3.10", 310},
        {"00012.00", 1200},
        {"92233720368547758.07", std::numeric_limits<qint64>::max()},
    }));
    CAPTURE(text);
    const auto money = Money::parse(QString::fromUtf8(text));
    REQUIRE(money.has_value());
    CHECK(money->fen() == fen);
}

TEST_CASE("Money refuses anything that is not an amount", "[money]")
{
    const char *text =
        GENERATE("", " ", "abc", "1.234", "1.", ".5", "1,50", "1.5.0", "--1", "1e3", "¥5", "5元",
                 "12 .30", "0x10", "92233720368547758.08", "99999999999999999999");
    CAPTURE(text);
    CHECK_FALSE(Money::parse(QString::fromUtf8(text)).has_value());
    try {
        Money::parseOrThrow(QString::fromUtf8(text), QStringLiteral("price"));
        FAIL("no error");
    } catch (const storedesk::core::Error &e) {
        CHECK(e.code() == ErrorCode::InvalidAmount);
        CHECK(e.field() == QStringLiteral("price"));
    }
}

TEST_CASE("Money formats with two decimals and a minus sign", "[money]")
{
    CHECK(Money::fromFen(3750).toString() == QStringLiteral("37.50"));
    CHECK(Money::fromFen(5).toString() == QStringLiteral("0.05"));
    CHECK(Money::fromFen(0).toString() == QStringLiteral("0.00"));
    CHECK(Money::fromFen(-5).toString() == QStringLiteral("-0.05"));
    CHECK(Money::fromFen(-123456).toString() == QStringLiteral("-1234.56"));
    CHECK(Money::fromFen(std::numeric_limits<qint64>::min()).toString() ==
          QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("Money rounds half-up to the fen in one place", "[money]")
{
    const auto [fen, num, den, expected] = GENERATE(table<qint64, qint64, qint64, qint64>({
        {1000, 2, 100, 20},   // 2% of 10.00 = 0.20
        {1234, 5, 100, 62},   // 61.7 fen -> 62
        {1230, 5, 100, 62},   // 61.5 fen, exactly half -> 62
        {1210, 5, 100, 61},   // 60.5 -> 61
        {1209, 5, 100, 60},   // 60.45 -> 60
        {-1230, 5, 100, -62}, // half away from zero for refunds too
        {-1209, 5, 100, -60},
        {1, 1, 2, 1}, // 0.5 fen -> 1
        {1, 1, 3, 0},
        {2, 1, 3, 1},
        {100, -1, 2, -50},
        {12800, 92, 100, 11776}, // a 92% price
    }));
    CAPTURE(fen, num, den);
    CHECK(Money::fromFen(fen).scaled(num, den).fen() == expected);
}

TEST_CASE("Money arithmetic refuses to overflow", "[money]")
{
    const Money max = Money::fromFen(std::numeric_limits<qint64>::max());
    const Money min = Money::fromFen(std::numeric_limits<qint64>::min());
    auto overflows = [](auto &&f) {
        try {
            f();
        } catch (const storedesk::core::Error &e) {
            return e.code() == ErrorCode::AmountOverflow;
        }
        return false;
    };
    CHECK(overflows([&] { return max + Money::fromFen(1); }));
    CHECK(overflows([&] { return min - Money::fromFen(1); }));
    CHECK(overflows([&] { return -min; }));
    CHECK(overflows([&] { return max.times(2); }));
    CHECK(overflows([&] { return max.scaled(3, 2); }));
    CHECK(overflows([&] { return Money::fromFen(1).scaled(1, 0); }));
    CHECK((Money::fromFen(250).times(3) + Money::fromFen(50)).fen() == 800);
    CHECK(max.scaled(1, 1) == max);
    Money sum;
    sum += Money::fromFen(199);
    sum -= Money::fromFen(99);
    CHECK(sum == Money::fromFen(100));
    CHECK(Money::fromFen(1) < Money::fromFen(2));
}
