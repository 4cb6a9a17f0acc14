#include "catchqt.h"
#include "domain/barcode.h"
#include "domain/error.h"

using storedesk::core::Barcode;
using storedesk::core::ErrorCode;
using Kind = storedesk::core::Barcode::Kind;

TEST_CASE("The GS1 check digit", "[barcode]")
{
    const auto [payload, check] = GENERATE(table<const char *, int>({
        {"690123456789", 2},
        {"400638133393", 1},
        {"978020137962", 4}, // an ISBN-13
        {"7351353", 7},      // EAN-8
        {"03600029145", 2},  // UPC-A
        {"000000000000", 0},
        {"590123412345", 7},
    }));
    CAPTURE(payload);
    CHECK(Barcode::gs1CheckDigit(QString::fromLatin1(payload)) == check);
}

TEST_CASE("Barcodes with a right check digit and store codes are accepted", "[barcode]")
{
    const auto [input, code, kind] = GENERATE(table<const char *, const char *, Kind>({
        {"6901234567892", "6901234567892", Kind::Ean13},
        {"4006381333931", "4006381333931", Kind::Ean13},
        {"9780201379624", "9780201379624", Kind::Ean13},
        {"73513537", "73513537", Kind::Ean8},
        {"036000291452", "036000291452", Kind::UpcA},
        {"0036000291452", "036000291452", Kind::UpcA}, // UPC-A sent as EAN-13
        {" 6901234567892\r\n", "6901234567892", Kind::Ean13},
        {"12345", "12345", Kind::Store}, // a PLU
        {"A-102", "A-102", Kind::Store},
        {"sku_77/b.2", "sku_77/b.2", Kind::Store},
        {"123456789012345", "123456789012345", Kind::Store},
    }));
    CAPTURE(input);
    const auto barcode = Barcode::parse(QString::fromLatin1(input));
    REQUIRE(barcode.has_value());
    CHECK(barcode->code() == QString::fromLatin1(code));
    CHECK(barcode->kind() == kind);
}

TEST_CASE("A wrong check digit or a malformed code is invalid_barcode", "[barcode]")
{
    const char *input =
        GENERATE("6901234567891", "4006381333930", "73513530", "036000291453", "0036000291453", "",
                 "   ", "A 102", "条码", "abc#1", "123456789012345678901234567890123");
    CAPTURE(input);
    CHECK_FALSE(Barcode::parse(QString::fromUtf8(input)).has_value());
    try {
        Barcode::parseOrThrow(QString::fromUtf8(input));
        FAIL("no error");
    } catch (const storedesk::core::Error &e) {
        CHECK(e.code() == ErrorCode::InvalidBarcode);
        CHECK(e.field() == QStringLiteral("barcode"));
    }
}

TEST_CASE("The wrong-check-digit message names the right digit", "[barcode]")
{
    try {
        Barcode::parseOrThrow(u"6901234567891");
        FAIL("no error");
    } catch (const storedesk::core::Error &e) {
        CHECK(e.message().contains(QStringLiteral("2")));
    }
}
