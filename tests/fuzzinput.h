// Random input for the fuzz tests: a generator with a fixed seed (a failure happens again on
// the next run, and the seed and round are in the message), and the ways real input goes bad —
// bytes flipped, cut, repeated or spliced from another file, quotes and line ends in the wrong
// place, a huge field, text in another encoding dropped into the middle.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringEncoder>

#include <cstdint>
#include <random>

namespace storedesk::test {

class FuzzInput
{
public:
    explicit FuzzInput(std::uint64_t seed)
        : m_random(seed)
    {}

    /// A number from \a low to \a high, both included.
    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_random);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template<typename T>
    const T &pick(const QList<T> &from)
    {
        return from.at(between(0, from.size() - 1));
    }

    /// \a size bytes, any of the 256 values.
    QByteArray bytes(qsizetype size)
    {
        QByteArray out(size, Qt::Uninitialized);
        for (char &c : out)
            c = char(between(0, 255));
        return out;
    }

    /// \a seed changed one to \a steps times in the ways files go bad, with \a alphabet
    /// (separators, quotes, line ends of the format) sprinkled in as well.
    QByteArray mutate(QByteArray data, const QByteArray &alphabet, int steps)
    {
        for (int i = 0; i < steps; ++i) {
            const qsizetype at = data.isEmpty() ? 0 : between(0, data.size());
            switch (between(0, 9)) {
            case 0: // a byte flipped
                if (!data.isEmpty())
                    data[std::min(at, data.size() - 1)] = char(between(0, 255));
                break;
            case 1: // a run of random bytes
                data.insert(at, bytes(between(1, 16)));
                break;
            case 2: // a piece cut out
                data.remove(at, between(1, 64));
                break;
            case 3: // cut short
                data.truncate(at);
                break;
            case 4: // a piece repeated
                if (!data.isEmpty()) {
                    const qsizetype from = between(0, data.size() - 1);
                    data.insert(at, data.mid(from, between(1, 200)));
                }
                break;
            case 5: // the format's own characters where they do not belong
                for (qint64 n = between(1, 6); n > 0; --n)
                    data.insert(between(0, data.size()),
                                alphabet.at(between(0, alphabet.size() - 1)));
                break;
            case 6: // a huge field
                data.insert(at, QByteArray(between(1000, 200'000), char(between(0x21, 0x7e))));
                break;
            case 7: // Chinese in GB18030 in a UTF-8 file, or the other way round
                data.insert(at, chance(50) ? m_gb.encode(QStringLiteral("张三会员积分储值余额"))
                                           : QStringLiteral("李四 ¥35.50 会员").toUtf8());
                break;
            case 8: // a NUL, a BOM or a lone surrogate's bytes
                data.insert(at, pick(QList<QByteArray>{
                                    QByteArray(1, '\0'), QByteArray("\xEF\xBB\xBF"),
                                    QByteArray("\xED\xA0\x80"), QByteArray("\xFF\xFE")}));
                break;
            default: // a number made huge or negative
                data.insert(at, pick(QList<QByteArray>{"-1", "99999999999999999999", "1e308", "-0",
                                                       "0.0000001", "NaN", "1,2,3"}));
                break;
            }
        }
        return data;
    }

private:
    std::mt19937_64 m_random;
    QStringEncoder m_gb{"GB18030"};
};

} // namespace storedesk::test
