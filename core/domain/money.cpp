#include "money.h"

#include "error.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace storedesk::core {

namespace {

__extension__ typedef __int128 Wide; // exact intermediate for num/den scaling

[[noreturn]] void throwOverflow()
{
    throw Error(ErrorCode::AmountOverflow,
                QCoreApplication::translate("storedesk::core::Money",
                                            "The amount is too large to be handled."));
}

} // namespace

std::optional<Money> Money::parse(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && (fraction.isEmpty() || fraction.size() > 2)))
        return std::nullopt;

    qint64 fen = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (__builtin_mul_overflow(fen, qint64(10), &fen) ||
            __builtin_add_overflow(fen, qint64(c.unicode() - u'0'), &fen))
            return std::nullopt;
    }
    qint64 cents = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        cents = cents * 10 + (c.unicode() - u'0');
    }
    if (__builtin_mul_overflow(fen, qint64(100), &fen) || __builtin_add_overflow(fen, cents, &fen))
        return std::nullopt;
    return Money(negative ? -fen : fen);
}

Money Money::parseOrThrow(QStringView text, const QString &field)
{
    if (auto money = parse(text))
        return *money;
    throw Error(ErrorCode::InvalidAmount,
                QCoreApplication::translate("storedesk::core::Money",
                                            "“%1” is not an amount of money (example: 37.50).")
                    .arg(text.toString()),
                field);
}

QString Money::toString() const
{
    // Work on the magnitude as unsigned so that the most negative value formats too.
    const bool negative = m_fen < 0;
    const quint64 magnitude = negative ? 0 - quint64(m_fen) : quint64(m_fen);
    QString out = QString::number(magnitude / 100);
    out += u'.';
    const quint64 cents = magnitude % 100;
    if (cents < 10)
        out += u'0';
    out += QString::number(cents);
    return negative ? u'-' + out : out;
}

Money Money::scaled(qint64 num, qint64 den) const
{
    if (den == 0)
        throwOverflow();
    Wide product = Wide(m_fen) * num;
    if (den < 0) {
        product = -product;
        den = -den;
    }
    const bool negative = product < 0;
    const Wide magnitude = negative ? -product : product;
    // Half-up: a remainder of exactly half the denominator rounds away from zero.
    const Wide rounded = (2 * (magnitude % den) >= den) ? magnitude / den + 1 : magnitude / den;
    const Wide result = negative ? -rounded : rounded;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        throwOverflow();
    return Money(qint64(result));
}

Money Money::times(qint64 quantity) const
{
    qint64 out = 0;
    if (__builtin_mul_overflow(m_fen, quantity, &out))
        throwOverflow();
    return Money(out);
}

Money Money::operator+(Money other) const
{
    qint64 out = 0;
    if (__builtin_add_overflow(m_fen, other.m_fen, &out))
        throwOverflow();
    return Money(out);
}

Money Money::operator-(Money other) const
{
    qint64 out = 0;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &out))
        throwOverflow();
    return Money(out);
}

Money Money::operator-() const
{
    if (m_fen == std::numeric_limits<qint64>::min())
        throwOverflow();
    return Money(-m_fen);
}

} // namespace storedesk::core

namespace storedesk::core {

QList<qint64> apportion(qint64 total, const QList<qint64> &weights)
{
    __extension__ typedef __int128 Wide;
    QList<qint64> parts(weights.size(), 0);
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    if (sum == 0 || weights.isEmpty())
        return parts;
    QList<std::pair<qint64, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const Wide share = Wide(total) * weights[i];
        parts[i] = qint64(share / sum);
        remainders.append({qint64(share % sum), i});
        given += parts[i];
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; given < total; ++k, ++given)
        ++parts[remainders[k % remainders.size()].second];
    return parts;
}

} // namespace storedesk::core
