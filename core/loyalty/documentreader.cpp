#include "documentreader.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace storedesk::core {

DocumentReader::DocumentReader(const QJsonObject &object, QString path, const DocumentKind &kind)
    : m_object(object)
    , m_path(std::move(path))
    , m_kind(kind)
{}

void DocumentReader::fail(const QString &field, const QString &why) const
{
    throw Error(m_kind.code, QString(m_kind.sentence).arg(field, why), field);
}

QString DocumentReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QJsonValue DocumentReader::value(const QString &key)
{
    m_seen.append(key);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules", "is missing."));
    return v;
}

DocumentReader DocumentReader::object(const QString &key)
{
    const QJsonValue v = value(key);
    if (!v.isObject())
        fail(path(key),
             QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
    return DocumentReader(v.toObject(), path(key), m_kind);
}

QJsonArray DocumentReader::array(const QString &key)
{
    const QJsonValue v = value(key);
    if (!v.isArray())
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules", "must be a list."));
    return v.toArray();
}

DocumentReader DocumentReader::element(const QJsonArray &array, qsizetype index,
                                       const QString &key) const
{
    const QString at = QStringLiteral("%1[%2]").arg(path(key)).arg(index);
    if (!array.at(index).isObject())
        fail(at, QCoreApplication::translate("storedesk::core::Rules", "must be an object."));
    return DocumentReader(array.at(index).toObject(), at, m_kind);
}

qint64 DocumentReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = value(key);
    const double d = v.toDouble();
    // The range check comes first: converting an out-of-range double to qint64 is undefined.
    if (!v.isDouble() || d < double(min) || d > double(max) || d != std::trunc(d)) {
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules",
                                                    "must be a whole number from %1 to %2.")
                            .arg(min)
                            .arg(max));
    }
    return qint64(d);
}

bool DocumentReader::boolean(const QString &key)
{
    const QJsonValue v = value(key);
    if (!v.isBool())
        fail(path(key),
             QCoreApplication::translate("storedesk::core::Rules", "must be true or false."));
    return v.toBool();
}

QString DocumentReader::text(const QString &key)
{
    const QJsonValue v = value(key);
    if (!v.isString())
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules", "must be text."));
    return v.toString();
}

QString DocumentReader::name(const QString &key, int maxLength)
{
    const QString t = text(key).simplified();
    if (t.isEmpty() || t.size() > maxLength) {
        fail(path(key),
             QCoreApplication::translate("storedesk::core::Rules", "must have 1 to %1 characters.")
                 .arg(maxLength));
    }
    return t;
}

Money DocumentReader::money(const QString &key, Money min)
{
    const QJsonValue v = value(key);
    const auto m = v.isString() ? Money::parse(v.toString()) : std::nullopt;
    if (!m || *m < min) {
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules",
                                                    "must be an amount as text of at least %1, "
                                                    "like \"5.00\".")
                            .arg(min.toString()));
    }
    return *m;
}

Ratio DocumentReader::ratio(const QString &key, Ratio min, Ratio max, bool minExclusive)
{
    const QJsonValue v = value(key);
    std::optional<Ratio> r;
    if (v.isString())
        r = Ratio::parse(v.toString());
    else if (v.isDouble())
        // The shortest text that reads back as the same double: 1.2 gives "1.2", and 1.23456
        // stays five decimals and is refused instead of being rounded to four.
        r = Ratio::parse(QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest));
    if (!r || *r > max || *r < min || (minExclusive && *r == min)) {
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules",
                                                    "must be a number from %1 to %2 (at most "
                                                    "four decimals).")
                            .arg(min.toString(), max.toString()));
    }
    return *r;
}

QDate DocumentReader::date(const QString &key)
{
    const QDate d = QDate::fromString(text(key), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid()) {
        fail(path(key), QCoreApplication::translate("storedesk::core::Rules",
                                                    "must be a date like \"2026-11-22\"."));
    }
    return d;
}

QStringList DocumentReader::texts(const QString &key, int maxLength)
{
    const QJsonArray list = array(key);
    QStringList out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString t = list.at(i).toString().simplified();
        if (!list.at(i).isString() || t.isEmpty() || t.size() > maxLength) {
            fail(QStringLiteral("%1[%2]").arg(path(key)).arg(i),
                 QCoreApplication::translate("storedesk::core::Rules",
                                             "must be text of 1 to %1 characters.")
                     .arg(maxLength));
        }
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

void DocumentReader::noOthers(const QStringList &ignored) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_seen.contains(it.key()) && !ignored.contains(it.key())) {
            fail(path(it.key()),
                 QCoreApplication::translate("storedesk::core::Rules", "is not a known setting."));
        }
    }
}

} // namespace storedesk::core
