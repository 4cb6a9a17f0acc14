// The demo generator's source of chance: the same sequence from the same seed on every
// platform (std::uniform_*_distribution is not), so a seed always gives the same store.
#pragma once

#include <QtGlobal>

#include <iterator>
#include <random>

namespace storedesk::core {

class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}
    quint64 below(quint64 n) { return n == 0 ? 0 : m_engine() % n; }
    /// A whole number from \a low to \a high, both included.
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }
    /// A number in [0, 1).
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list[below(std::size(list))];
    }
    /// An index into \a weights, each chosen in proportion to its weight.
    template<typename List>
    int weighted(const List &weights)
    {
        quint64 total = 0;
        for (const auto w : weights)
            total += quint64(w);
        quint64 roll = below(total);
        int i = 0;
        for (const auto w : weights) {
            if (roll < quint64(w))
                return i;
            roll -= quint64(w);
            ++i;
        }
        return i - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace storedesk::core
