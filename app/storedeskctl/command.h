// One storedeskctl command ("member add"): its words, what it needs, and what it does.
#pragma once

#include "domain/error.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>

namespace storedesk::core {
class Store;
}

namespace storedesk::cli {

class Invocation;

/// A command's answer as one CSV table, when its JSON is not a plain list of rows.
struct CsvTable
{
    QStringList columns;
    QJsonArray rows;
};

struct Command
{
    enum class StoreUse
    {
        None,
        Existing,
        CreateOrUpgrade
    };

    QStringList words; ///< {"member", "add"}
    QString usage;     ///< "--phone P --name N [--birthday YYYY-MM-DD] …"
    QString summary;   ///< one translated line for the command list
    StoreUse store = StoreUse::Existing;
    QStringList csvColumns;                               ///< the columns of --format csv, in order
    std::function<CsvTable(const QJsonValue &)> csvTable; ///< --format csv of a nested answer
    std::function<void(QCommandLineParser &)> declare;    ///< adds the command's options
    std::function<QJsonValue(Invocation &)> run;
};

/// A refusal that comes with an answer worth reading (an import's report, row by row): the
/// answer goes to standard output, the error to standard error, and the exit code is 1.
struct RefusalWithAnswer
{
    core::Error error;
    QJsonValue answer;
};

QList<Command> storeCommands();
QList<Command> memberCommands();
QList<Command> productCommands();
QList<Command> saleCommands();
QList<Command> deviceCommands();
QList<Command> couponCommands();
QList<Command> ioCommands();
QList<Command> backupCommands();
QList<Command> reportCommands();
QList<Command> userCommands();

} // namespace storedesk::cli
