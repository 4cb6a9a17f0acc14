#include "phonenumber.h"

#include "error.h"

#include <QCoreApplication>

namespace storedesk::core {

namespace {

// Full-width forms come from Chinese input methods; fold them to ASCII.
char16_t fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return char16_t(u - 0xFF10 + u'0');
    if (u == 0xFF0B)
        return u'+';
    if (u == 0xFF0D || u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014)
        return u'-';
    if (u == 0x3000 || u == 0x00A0)
        return u' ';
    return u;
}

} // namespace

std::optional<PhoneNumber> PhoneNumber::parse(QStringView input)
{
    QString digits;
    digits.reserve(input.size());
    bool plus = false;
    for (QChar raw : input) {
        const char16_t c = fold(raw);
        if (c >= u'0' && c <= u'9') {
            digits += QChar(c);
        } else if (c == u'+') {
            if (plus || !digits.isEmpty())
                return std::nullopt;
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'\t') {
            return std::nullopt;
        }
    }
    if (plus) {
        if (!digits.startsWith(QLatin1StringView("86")))
            return std::nullopt;
        digits.remove(0, 2);
    } else if (digits.size() == 15 && digits.startsWith(QLatin1StringView("0086"))) {
        digits.remove(0, 4);
    }
    if (digits.size() != 11 || digits[0] != u'1' || digits[1] < u'3' || digits[1] > u'9')
        return std::nullopt;
    return PhoneNumber(digits);
}

PhoneNumber PhoneNumber::parseOrThrow(QStringView input)
{
    if (auto phone = parse(input))
        return *phone;
    throw Error(ErrorCode::InvalidPhone,
                QCoreApplication::translate(
                    "storedesk::core::PhoneNumber",
                    "“%1” is not a mobile phone number. Enter the 11 digits, like 138 0013 8000.")
                    .arg(input.toString()),
                QStringLiteral("phone"));
}

QString PhoneNumber::masked() const
{
    return m_digits.left(3) + QLatin1StringView("****") + m_digits.right(4);
}

std::optional<QString> lastFourQuery(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 4)
        return std::nullopt;
    QString digits;
    for (QChar c : text) {
        const char16_t u = fold(c);
        if (u < u'0' || u > u'9')
            return std::nullopt;
        digits += QChar(u);
    }
    return digits;
}

} // namespace storedesk::core
