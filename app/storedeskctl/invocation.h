// What a running command can ask for: its parsed options and arguments, checked, and the store.
#pragma once

#include "domain/error.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace storedesk::core {
class Store;
}

namespace storedesk::cli {

class Invocation final
{
public:
    Invocation(QCommandLineParser &parser, core::Store *store, QString dbPath);

    QCommandLineParser &parser() { return m_parser; }
    /// Throws Error(not_initialized) when the command has no store.
    core::Store &store();
    const QString &dbPath() const { return m_dbPath; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    /// The option's value when it was given.
    std::optional<QString> value(const QString &option) const;
    /// Throws invalid_argument naming the option when it is missing or empty.
    QString required(const QString &option) const;
    /// The option's whole-number value, or \a fallback; throws \a code when it is not one.
    qint64 integer(const QString &option, qint64 fallback, qint64 min, qint64 max,
                   core::ErrorCode code = core::ErrorCode::InvalidArgument) const;
    /// A tier given by its number or its name ("金卡会员") in \a option, when it was given.
    /// Throws invalid_argument for a tier the store's rules do not have.
    std::optional<int> tier(const QString &option);
    /// The JSON object in file \a source, or on standard input for "-". Throws \a code for
    /// a file that is not one (invalid_argument when it cannot be read).
    QJsonObject document(const QString &source,
                         core::ErrorCode code = core::ErrorCode::InvalidRequest) const;
    /// Positional argument \a index; throws invalid_argument naming \a what when missing.
    QString positional(int index, const QString &what) const;
    /// Throws invalid_argument when more positional arguments were given than \a count.
    void expectPositionals(int count) const;

    /// Makes the command fail with \a error after its answer is printed (a check that found
    /// problems: the answer says which, the exit status that something is wrong).
    void failAfterAnswer(core::Error error) { m_failure = std::move(error); }
    const std::optional<core::Error> &failure() const { return m_failure; }

private:
    QCommandLineParser &m_parser;
    core::Store *m_store;
    QString m_dbPath;
    std::optional<core::Error> m_failure;
};

} // namespace storedesk::cli
