// Prints a command's answer as JSON (the default), CSV or plain text, and errors as the
// {"error": {"code", "message"}} object on stderr.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

class QTextStream;

namespace storedesk::core {
class Error;
struct CheckReport;
} // namespace storedesk::core

namespace storedesk::cli {

enum class Format
{
    Json,
    Csv,
    Text
};

void printResult(QTextStream &out, const QJsonValue &value, Format format,
                 const QStringList &csvColumns);
void printError(QTextStream &err, const core::Error &error);

/// Each check of \a report: its name, whether it passed, how many problems, a description and
/// the first few problems.
QJsonArray checkReportJson(const core::CheckReport &report);

} // namespace storedesk::cli
