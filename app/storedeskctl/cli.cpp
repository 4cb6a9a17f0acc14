#include "cli.h"

#include "clitext.h"
#include "command.h"
#include "domain/error.h"
#include "invocation.h"
#include "output.h"
#include "secretprompt.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace storedesk::cli {

namespace {

struct Globals
{
    QString dbPath;
    QString user; ///< who signs in for the command (--user or STOREDESK_USER)
    Format format = Format::Json;
    QStringList rest;
};

/// Takes --db and --format out of the arguments wherever they stand.
Globals splitGlobals(const QStringList &arguments)
{
    Globals g;
    g.dbPath = core::Store::defaultPath();
    g.user = qEnvironmentVariable("STOREDESK_USER");
    QString format = QStringLiteral("json");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto take = [&](QLatin1StringView name, QString &into) {
            if (a == name) {
                if (i + 1 >= arguments.size()) {
                    throw core::Error(core::ErrorCode::InvalidArgument,
                                      CliText::tr("%1 needs a value.").arg(name));
                }
                into = arguments[++i];
                return true;
            }
            if (a.startsWith(name + u'=')) {
                into = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (i > 0 && (take(QLatin1StringView("--db"), g.dbPath) ||
                      take(QLatin1StringView("--format"), format) ||
                      take(QLatin1StringView("--user"), g.user)))
            continue;
        g.rest.append(a);
    }
    if (g.dbPath.trimmed().isEmpty())
        throw core::Error(core::ErrorCode::InvalidArgument, CliText::tr("--db needs a file path."));
    if (format == u"json")
        g.format = Format::Json;
    else if (format == u"csv")
        g.format = Format::Csv;
    else if (format == u"text")
        g.format = Format::Text;
    else
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("--format is json, csv or text, not “%1”.").arg(format));
    return g;
}

QList<Command> allCommands()
{
    QList<Command> all = storeCommands();
    all += memberCommands();
    all += productCommands();
    all += saleCommands();
    all += couponCommands();
    all += reportCommands();
    all += deviceCommands();
    all += userCommands();
    all += ioCommands();
    all += backupCommands();
    return all;
}

QString overview(const QList<Command> &commands)
{
    QString text =
        CliText::tr("Usage: storedeskctl [--db PATH] [--format json|csv|text] [--user NAME] "
                    "COMMAND ...\n\n"
                    "StoreDesk from the command line: answers in JSON on standard output; "
                    "errors as {\"error\": {\"code\", \"message\"}} on standard error.\n"
                    "Once a store has users, commands that need a permission need --user NAME "
                    "(or STOREDESK_USER), with the PIN in STOREDESK_PIN or typed at the "
                    "terminal.\n\n"
                    "Commands:\n");
    for (const Command &c : commands) {
        const QString words = c.words.join(u' ');
        text += QStringLiteral("  %1\n      %2\n").arg(words + u' ' + c.usage, c.summary);
    }
    text += CliText::tr("\nWithout --db the store is %1.\n"
                        "\"storedeskctl COMMAND --help\" describes one command.\n")
                .arg(core::Store::defaultPath());
    return text;
}

/// The command whose words begin \a args (after the program name), longest match first.
std::optional<Command> match(const QList<Command> &commands, const QStringList &args)
{
    std::optional<Command> best;
    for (const Command &c : commands) {
        if (args.size() - 1 < c.words.size())
            continue;
        bool same = true;
        for (int i = 0; i < c.words.size(); ++i)
            same = same && args[i + 1] == c.words[i];
        if (same && (!best || c.words.size() > best->words.size()))
            best = c;
    }
    return best;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QList<Command> commands = allCommands();
    // How a refusal's answer is printed, once the command line says.
    Format format = Format::Json;
    QStringList csvColumns;
    try {
        const Globals globals = splitGlobals(arguments);
        format = globals.format;
        const QStringList &args = globals.rest;
        if (args.size() < 2 || args[1] == u"help" || args[1] == u"--help" || args[1] == u"-h") {
            out << overview(commands);
            out.flush();
            return args.size() < 2 ? 2 : 0;
        }
        if (args[1] == u"--version") {
            out << "storedeskctl " << STOREDESK_VERSION << '\n';
            out.flush();
            return 0;
        }
        const std::optional<Command> command = match(commands, args);
        if (!command) {
            throw core::Error(
                core::ErrorCode::InvalidArgument,
                CliText::tr("“%1” is not a storedeskctl command. Run storedeskctl help for "
                            "the list.")
                    .arg(args.mid(1).join(u' ')));
        }

        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                      CliText::tr("Describes this command."));
        parser.addOption(help);
        if (command->declare)
            command->declare(parser);
        QStringList parserArgs{arguments.first() + u' ' + command->words.join(u' ')};
        parserArgs += args.mid(1 + command->words.size());
        if (!parser.parse(parserArgs)) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              parser.errorText() + u' ' +
                                  CliText::tr("Usage: storedeskctl %1 %2")
                                      .arg(command->words.join(u' '), command->usage));
        }
        if (parser.isSet(help)) {
            out << CliText::tr("Usage: storedeskctl %1 %2\n")
                       .arg(command->words.join(u' '), command->usage)
                << parser.helpText().section(u'\n', 1);
            out.flush();
            return 0;
        }

        std::unique_ptr<core::Store> store;
        if (command->store != Command::StoreUse::None) {
            const auto mode = command->store == Command::StoreUse::CreateOrUpgrade
                                  ? core::Store::OpenMode::CreateOrUpgrade
                                  : core::Store::OpenMode::ExistingOnly;
            store =
                std::make_unique<core::Store>(globals.dbPath, core::Clock::fromEnvironment(), mode);
            store->audit().setProgram(QStringLiteral("storedeskctl"));
            if (!globals.user.trimmed().isEmpty()) {
                const QString pin = readSecret(
                    "STOREDESK_PIN", CliText::tr("PIN for %1: ").arg(globals.user.trimmed()));
                store->security().signIn(globals.user.trimmed(), pin);
            }
        }
        csvColumns = command->csvColumns;
        Invocation invocation(parser, store.get(), globals.dbPath);
        const QJsonValue result = command->run(invocation);
        if (globals.format == Format::Csv && command->csvTable) {
            const CsvTable table = command->csvTable(result);
            printResult(out, table.rows, globals.format, table.columns);
        } else {
            printResult(out, result, globals.format, command->csvColumns);
        }
        if (invocation.failure()) {
            printError(err, *invocation.failure());
            return 1;
        }
        return 0;
    } catch (const RefusalWithAnswer &refusal) {
        printResult(out, refusal.answer, format, csvColumns);
        printError(err, refusal.error);
        return 1;
    } catch (const core::Error &error) {
        printError(err, error);
        return error.code() == core::ErrorCode::InvalidArgument ? 2 : 1;
    } catch (const std::exception &error) {
        printError(
            err, core::Error(core::ErrorCode::DatabaseError, QString::fromLocal8Bit(error.what())));
        return 1;
    }
}

} // namespace storedesk::cli
