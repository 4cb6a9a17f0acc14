// Structural mutations of JSON documents for the fuzz tests: a value somewhere in the tree
// swapped for one of another type, a huge or negative number, a key dropped or added — the
// mistakes another program's JSON makes, which byte-level mutation seldom reaches because it
// mostly yields text that is not JSON at all.
#pragma once

#include "fuzzinput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace storedesk::test {

inline QJsonValue randomJsonValue(FuzzInput &fuzz, int depth = 0)
{
    switch (fuzz.between(0, depth > 2 ? 8 : 10)) {
    case 0:
        return QJsonValue();
    case 1:
        return fuzz.chance(50);
    case 2:
        return double(fuzz.between(-3, 3));
    case 3:
        return fuzz.pick(
            QList<double>{1e300, -1e300, 9007199254740993.0, 0.1, -0.0, 2.5, 4294967297.0, 1e-9});
    case 4:
        return fuzz.pick(QList<QString>{QString(), QStringLiteral("0"), QStringLiteral("-1.00"),
                                        QStringLiteral("37.505"), QStringLiteral("１２.５"),
                                        QStringLiteral("99999999999999999.99"),
                                        QStringLiteral("NaN"), QStringLiteral("1e5")});
    case 5:
        return fuzz.pick(QList<QString>{QStringLiteral("cash"), QStringLiteral("stored_value"),
                                        QStringLiteral("13800138000"),
                                        QStringLiteral("6901234567892"), QStringLiteral("张三"),
                                        QStringLiteral("\u0000\u0007"), QString(300, u'9')});
    case 6:
        return QString::fromLatin1(fuzz.bytes(fuzz.between(0, 20)));
    case 7:
        return double(fuzz.between(-1'000'000'000'000LL, 1'000'000'000'000LL));
    case 8:
        return double(fuzz.between(0, 200));
    case 9: {
        QJsonArray a;
        for (qint64 n = fuzz.between(0, 3); n > 0; --n)
            a.append(randomJsonValue(fuzz, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (qint64 n = fuzz.between(0, 3); n > 0; --n)
            o.insert(fuzz.pick(QList<QString>{QStringLiteral("qty"), QStringLiteral("amount"),
                                              QStringLiteral("method"), QStringLiteral("x")}),
                     randomJsonValue(fuzz, depth + 1));
        return o;
    }
    }
}

/// \a value with one node somewhere inside replaced, removed or given a new key.
inline QJsonValue mutateJson(FuzzInput &fuzz, const QJsonValue &value, const QStringList &keys)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        const QStringList present = o.keys();
        if (present.isEmpty() || fuzz.chance(15)) {
            o.insert(fuzz.pick(keys), randomJsonValue(fuzz));
            return o;
        }
        const QString key = fuzz.pick(present);
        if (fuzz.chance(15))
            o.remove(key);
        else if (fuzz.chance(30))
            o.insert(key, randomJsonValue(fuzz));
        else
            o.insert(key, mutateJson(fuzz, o.value(key), keys));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        if (a.isEmpty() || fuzz.chance(20)) {
            a.append(randomJsonValue(fuzz));
            return a;
        }
        const qsizetype i = fuzz.between(0, a.size() - 1);
        if (fuzz.chance(15))
            a.removeAt(i);
        else if (fuzz.chance(10))
            a.append(a.at(i));
        else
            a.replace(i, fuzz.chance(30) ? randomJsonValue(fuzz) : mutateJson(fuzz, a.at(i), keys));
        return a;
    }
    return randomJsonValue(fuzz);
}

} // namespace storedesk::test
