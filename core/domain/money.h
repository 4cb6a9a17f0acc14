// An amount of money as a whole number of fen (1/100 yuan). Never a floating-point number:
// every sum is exact, and the only rounding in StoreDesk happens in Money::scaled().
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace storedesk::core {

class Money final
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    /// Parses "37.50", "37.5", "37", "-2.00" (at most two decimals, '.' as separator).
    /// Anything else, or an amount too large to hold, gives nullopt.
    static std::optional<Money> parse(QStringView text);
    /// As parse(), but throws Error(invalid_amount) naming \a field.
    static Money parseOrThrow(QStringView text, const QString &field);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    /// "37.50", "-0.05": the machine form used in JSON and CSV. People see the locale's form
    /// (see ui), never this one.
    QString toString() const;

    /// This amount times num/den, rounded half-up (half away from zero) to the fen.
    /// The single rounding rule of the whole program. Throws amount_overflow.
    Money scaled(qint64 num, qint64 den) const;
    /// This amount times a whole quantity. Throws amount_overflow.
    Money times(qint64 quantity) const;

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money &operator+=(Money other) { return *this = *this + other; }
    Money &operator-=(Money other) { return *this = *this - other; }

    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}
    qint64 m_fen = 0;
};

/// Splits \a total fen over \a weights exactly, in proportion, the remainder going to the
/// largest fractions (ties to the first): the parts always add up to \a total. All zeros when
/// the weights add up to zero.
QList<qint64> apportion(qint64 total, const QList<qint64> &weights);

} // namespace storedesk::core
