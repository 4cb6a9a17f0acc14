#include "barcode.h"

#include "error.h"

#include <QCoreApplication>

namespace storedesk::core {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool storeCodeChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
           c == u'-' || c == u'_' || c == u'.' || c == u'/';
}

bool checkDigitHolds(QStringView digits)
{
    return Barcode::gs1CheckDigit(digits.chopped(1)) == digits.back().unicode() - u'0';
}

} // namespace

int Barcode::gs1CheckDigit(QStringView payload)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        sum += (payload[i].unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

std::optional<Barcode> Barcode::parse(QStringView input)
{
    const QStringView code = input.trimmed();
    if (code.isEmpty() || code.size() > 32)
        return std::nullopt;
    if (allDigits(code)) {
        switch (code.size()) {
        case 13:
            if (!checkDigitHolds(code))
                return std::nullopt;
            if (code.front() == u'0') // a UPC-A sent in its EAN-13 form
                return Barcode(code.mid(1).toString(), Kind::UpcA);
            return Barcode(code.toString(), Kind::Ean13);
        case 12:
            if (!checkDigitHolds(code))
                return std::nullopt;
            return Barcode(code.toString(), Kind::UpcA);
        case 8:
            if (!checkDigitHolds(code))
                return std::nullopt;
            return Barcode(code.toString(), Kind::Ean8);
        default:
            return Barcode(code.toString(), Kind::Store);
        }
    }
    for (QChar c : code) {
        if (!storeCodeChar(c))
            return std::nullopt;
    }
    return Barcode(code.toString(), Kind::Store);
}

Barcode Barcode::parseOrThrow(QStringView input)
{
    if (auto barcode = parse(input))
        return *barcode;
    const QStringView code = input.trimmed();
    const bool gs1Length =
        allDigits(code) && (code.size() == 8 || code.size() == 12 || code.size() == 13);
    const QString message =
        gs1Length ? QCoreApplication::translate(
                        "storedesk::core::Barcode",
                        "“%1” has a wrong check digit: the last digit should be %2. "
                        "Scan it again or check the number on the label.")
                        .arg(code.toString())
                        .arg(gs1CheckDigit(code.chopped(1)))
                  : QCoreApplication::translate(
                        "storedesk::core::Barcode",
                        "“%1” is not a barcode. Use the digits of an EAN or UPC code, or a "
                        "store code of up to 32 letters, digits and - _ . /")
                        .arg(input.toString());
    throw Error(ErrorCode::InvalidBarcode, message, QStringLiteral("barcode"));
}

Barcode Barcode::fromNormalized(const QString &code)
{
    if (auto barcode = parse(code))
        return *barcode;
    return Barcode(code, Kind::Store);
}

} // namespace storedesk::core
