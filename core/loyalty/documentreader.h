// Reads a JSON document that people write by hand (the rules, a coupon template): every value
// checked for its type and range, unknown keys refused so a typo never passes silently, and the
// first problem reported with the path of its field ("points.redeem.max_share").
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "loyalty/ratio.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace storedesk::core {

/// What a bad document is called: the error code and a translated "%1 %2" sentence that takes
/// the field's path and what is wrong with it.
struct DocumentKind
{
    ErrorCode code;
    QString sentence;
};

class DocumentReader final
{
public:
    DocumentReader(const QJsonObject &object, QString path, const DocumentKind &kind);

    /// Throws the document's error for \a field.
    [[noreturn]] void fail(const QString &field, const QString &why) const;
    QString path(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    QJsonValue value(const QString &key);
    DocumentReader object(const QString &key);
    QJsonArray array(const QString &key);
    /// The object at \a index of an array read from \a key.
    DocumentReader element(const QJsonArray &array, qsizetype index, const QString &key) const;
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QString text(const QString &key);
    /// Text of 1 to \a maxLength characters once simplified.
    QString name(const QString &key, int maxLength);
    /// An amount as text ("5.00") of at least \a min.
    Money money(const QString &key, Money min);
    /// A ratio written as text ("1.5") or as a plain number (2).
    Ratio ratio(const QString &key, Ratio min, Ratio max, bool minExclusive = false);
    /// A date as "YYYY-MM-DD".
    QDate date(const QString &key);
    /// A list of texts (each 1 to \a maxLength characters once simplified).
    QStringList texts(const QString &key, int maxLength);
    /// Refuses every key not read (or \a ignored).
    void noOthers(const QStringList &ignored = {}) const;

private:
    QJsonObject m_object;
    QString m_path;
    DocumentKind m_kind;
    QStringList m_seen;
};

} // namespace storedesk::core
