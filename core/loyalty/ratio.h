// An exact decimal for the rates and multipliers of the rules ("1.5", "2", "0.50"): kept as a
// whole number of ten-thousandths, so no rule is ever a binary fraction.
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace storedesk::core {

/// A non-negative decimal with up to four places ("1.5", "2", "0.50"), kept exactly as an
/// integer count of ten-thousandths. Rates and multipliers in the rules use it.
class Ratio final
{
public:
    static constexpr qint64 kScale = 10000;
    constexpr Ratio() = default;
    static constexpr Ratio fromScaled(qint64 tenThousandths) { return Ratio(tenThousandths); }
    static constexpr Ratio one() { return Ratio(kScale); }
    /// nullopt for a negative number, more than four decimals, or anything not a number.
    static std::optional<Ratio> parse(QStringView text);

    constexpr qint64 scaled() const { return m_scaled; }
    /// The shortest exact text: "1.2", "2", "0.5".
    QString toString() const;

    constexpr auto operator<=>(const Ratio &) const = default;

private:
    constexpr explicit Ratio(qint64 scaled)
        : m_scaled(scaled)
    {}
    qint64 m_scaled = 0;
};

} // namespace storedesk::core
