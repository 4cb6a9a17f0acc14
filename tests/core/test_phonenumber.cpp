#include "catchqt.h"
#include "domain/error.h"
#include "domain/phonenumber.h"

using storedesk::core::ErrorCode;
using storedesk::core::PhoneNumber;

TEST_CASE("PhoneNumber accepts mainland mobiles however they are typed", "[phone]")
{
    const auto [input, digits] = GENERATE(table<const char *, const char *>({
        {"13800138000", "13800138000"},
        {"138 0013 8000", "13800138000"},
        {"138-0013-8000", "13800138000"},
        {"+8613800138000", "13800138000"},
        {"+86 138 0013 8000", "13800138000"},
        {"+86-138-0013-8000", "13800138000"},
        {"008613800138000", "13800138000"},
        {"0086 138 0013 8000", "13800138000"},
        {"  19912345678  ", "19912345678"},
        {"16612345678", "16612345678"},
        {"１３８００１３８０００", "13800138000"}, // full-width digits from an IME
        {"＋８６ １３８　００１３　８０００", "13800138000"},
    }));
    CAPTURE(input);
    const auto phone = PhoneNumber::parse(QString::fromUtf8(input));
    REQUIRE(phone.has_value());
    CHECK(phone->digits() == QString::fromUtf8(digits));
}

TEST_CASE("PhoneNumber rejects what is not a mainland mobile", "[phone]")
{
    const char *input = GENERATE("", "1380013800", "138001380001", "12800138000", "10800138000",
                                 "23800138000", "1380013800a", "(138)00138000", "+85213800138000",
                                 "+86+8613800138000", "86 13800138000", "0086", "+86",
                                 "138.0013.8000", "13800138000+", "021-12345678", "0013800138000");
    CAPTURE(input);
    CHECK_FALSE(PhoneNumber::parse(QString::fromUtf8(input)).has_value());
    try {
        PhoneNumber::parseOrThrow(QString::fromUtf8(input));
        FAIL("no error");
    } catch (const storedesk::core::Error &e) {
        CHECK(e.code() == ErrorCode::InvalidPhone);
        CHECK(e.codeName() == QStringLiteral("invalid_phone"));
    }
}

TEST_CASE("PhoneNumber masks and gives the last four", "[phone]")
{
    const PhoneNumber phone = PhoneNumber::parseOrThrow(u"13812345678");
    CHECK(phone.masked() == QStringLiteral("138****5678"));
    CHECK(phone.lastFour() == QStringLiteral("5678"));
    CHECK(phone == PhoneNumber::parseOrThrow(u"+86 138 1234 5678"));
}

TEST_CASE("A last-four query is exactly four digits", "[phone]")
{
    CHECK(storedesk::core::lastFourQuery(u"5678") == QStringLiteral("5678"));
    CHECK(storedesk::core::lastFourQuery(u" 0001 ") == QStringLiteral("0001"));
    CHECK(storedesk::core::lastFourQuery(u"５６７８") == QStringLiteral("5678"));
    CHECK_FALSE(storedesk::core::lastFourQuery(u"567").has_value());
    CHECK_FALSE(storedesk::core::lastFourQuery(u"56789").has_value());
    CHECK_FALSE(storedesk::core::lastFourQuery(u"56a8").has_value());
}
