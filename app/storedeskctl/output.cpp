#include "output.h"

#include "domain/error.h"
#include "io/csvfield.h"
#include "store/storecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace storedesk::cli {

namespace {

QString plain(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger(qint64(value.toDouble())));
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(plain(v));
        return parts.join(u';');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonArray rows(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    return QJsonArray{value};
}

} // namespace

void printResult(QTextStream &out, const QJsonValue &value, Format format,
                 const QStringList &csvColumns)
{
    switch (format) {
    case Format::Json:
        if (value.isArray())
            out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
        else
            out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
        break;
    case Format::Csv: {
        const QJsonArray list = rows(value);
        QStringList columns = csvColumns;
        if (columns.isEmpty() && !list.isEmpty())
            columns = list.first().toObject().keys();
        out << columns.join(u',') << "\r\n";
        for (const QJsonValue &row : list) {
            QStringList fields;
            for (const QString &column : columns)
                fields.append(core::csvField(plain(row.toObject().value(column))));
            out << fields.join(u',') << "\r\n";
        }
        break;
    }
    case Format::Text: {
        bool first = true;
        for (const QJsonValue &row : rows(value)) {
            if (!first)
                out << '\n';
            first = false;
            const QJsonObject object = row.toObject();
            QStringList keys = csvColumns.isEmpty() ? object.keys() : csvColumns;
            for (const QString &key : object.keys()) {
                if (!keys.contains(key))
                    keys.append(key);
            }
            for (const QString &key : keys) {
                if (object.contains(key))
                    out << key << ": " << plain(object.value(key)) << '\n';
            }
        }
        break;
    }
    }
    out.flush();
}

void printError(QTextStream &err, const core::Error &error)
{
    QJsonObject detail{{QStringLiteral("code"), error.codeName()},
                       {QStringLiteral("message"), error.message()}};
    if (!error.field().isEmpty())
        detail.insert(QStringLiteral("field"), error.field());
    err << QJsonDocument(QJsonObject{{QStringLiteral("error"), detail}})
               .toJson(QJsonDocument::Compact)
        << '\n';
    err.flush();
}

QJsonArray checkReportJson(const core::CheckReport &report)
{
    QJsonArray checks;
    for (const core::CheckResult &c : report.checks) {
        checks.append(
            QJsonObject{{QStringLiteral("check"), c.name},
                        {QStringLiteral("ok"), c.ok()},
                        {QStringLiteral("problems"), c.problems},
                        {QStringLiteral("description"), c.description},
                        {QStringLiteral("examples"), QJsonArray::fromStringList(c.examples)}});
    }
    return checks;
}

} // namespace storedesk::cli
