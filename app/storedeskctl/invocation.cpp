#include "invocation.h"

#include "clitext.h"
#include "domain/error.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace storedesk::cli {

Invocation::Invocation(QCommandLineParser &parser, core::Store *store, QString dbPath)
    : m_parser(parser)
    , m_store(store)
    , m_dbPath(std::move(dbPath))
{}

core::Store &Invocation::store()
{
    if (!m_store) {
        throw core::Error(core::ErrorCode::NotInitialized,
                          CliText::tr("This command has no store open."));
    }
    return *m_store;
}

std::optional<QString> Invocation::value(const QString &option) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    return m_parser.value(option);
}

QString Invocation::required(const QString &option) const
{
    const QString v = m_parser.value(option);
    if (!m_parser.isSet(option) || v.trimmed().isEmpty()) {
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("--%1 is required.").arg(option), option);
    }
    return v;
}

qint64 Invocation::integer(const QString &option, qint64 fallback, qint64 min, qint64 max,
                           core::ErrorCode code) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 n = m_parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        throw core::Error(code,
                          CliText::tr("--%1 takes a whole number from %2 to %3, not “%4”.")
                              .arg(option)
                              .arg(min)
                              .arg(max)
                              .arg(m_parser.value(option)),
                          option);
    }
    return n;
}

QJsonObject Invocation::document(const QString &source, core::ErrorCode code) const
{
    constexpr qint64 kMaxDocument = 1 << 20;
    QFile file;
    const bool stdinput = source == u"-";
    const bool opened = stdinput ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("%1 cannot be read: %2").arg(source, file.errorString()));
    }
    const QByteArray data = file.read(kMaxDocument + 1);
    if (data.size() > kMaxDocument)
        throw core::Error(code, CliText::tr("%1 is larger than 1 MiB.").arg(source));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        throw core::Error(code, error.error != QJsonParseError::NoError
                                    ? CliText::tr("%1 is not valid JSON (at byte %2: %3).")
                                          .arg(source)
                                          .arg(error.offset)
                                          .arg(error.errorString())
                                    : CliText::tr("%1 must hold a JSON object.").arg(source));
    }
    return json.object();
}

std::optional<int> Invocation::tier(const QString &option)
{
    const std::optional<QString> text = value(option);
    if (!text)
        return std::nullopt;
    const QList<core::TierLevel> tiers = store().rules().current().rules.tiers;
    bool isNumber = false;
    const int number = text->trimmed().toInt(&isNumber);
    if (isNumber && number >= 0 && number < tiers.size())
        return number;
    QStringList names;
    for (int i = 0; i < tiers.size(); ++i) {
        if (tiers[i].name == text->trimmed())
            return i;
        names.append(tiers[i].name);
    }
    throw core::Error(core::ErrorCode::InvalidArgument,
                      CliText::tr("“%1” is not a tier; the tiers are %2 (or 0 to %3).")
                          .arg(*text, names.join(QStringLiteral(", ")))
                          .arg(tiers.size() - 1),
                      option);
}

QString Invocation::positional(int index, const QString &what) const
{
    const QStringList args = m_parser.positionalArguments();
    if (index >= args.size() || args[index].trimmed().isEmpty()) {
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("%1 is missing.").arg(what));
    }
    return args[index];
}

void Invocation::expectPositionals(int count) const
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() > count) {
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("Unexpected argument “%1”.").arg(args[count]));
    }
}

} // namespace storedesk::cli
