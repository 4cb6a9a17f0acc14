// storedeskctl: the command-line face of the core for scripts, migrations and other till
// software. Global options (--db, --format) may stand anywhere; the command's words come first.
#pragma once

#include <QStringList>

class QTextStream;

namespace storedesk::cli {

/// Runs one command line (arguments[0] is the program) and answers the exit code:
/// 0 success, 1 a refused request (the error object names why), 2 a malformed command line.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace storedesk::cli
