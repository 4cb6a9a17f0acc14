// A mainland China mobile number, normalized to its 11 digits ("13800138000"). Accepts what
// people type and scanners send: +86 / 0086 prefixes, spaces, dashes and full-width digits.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace storedesk::core {

class PhoneNumber final
{
public:
    /// nullopt for anything that is not a mainland mobile number (1[3-9] followed by 9 digits).
    static std::optional<PhoneNumber> parse(QStringView input);
    /// As parse(), but throws Error(invalid_phone).
    static PhoneNumber parseOrThrow(QStringView input);
    /// For numbers read back from the store, which only ever holds normalized ones.
    static PhoneNumber fromNormalized(const QString &digits) { return PhoneNumber(digits); }

    /// The 11 digits.
    const QString &digits() const { return m_digits; }
    /// "138****8000", for receipts, logs and exports without the full-phone permission.
    QString masked() const;
    /// The last four digits (尾号), the usual way a cashier asks for a member.
    QString lastFour() const { return m_digits.right(4); }

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;

private:
    explicit PhoneNumber(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

/// When \a text is exactly four ASCII or full-width digits (a last-four lookup), those
/// digits in ASCII; otherwise nullopt.
std::optional<QString> lastFourQuery(QStringView text);

} // namespace storedesk::core
