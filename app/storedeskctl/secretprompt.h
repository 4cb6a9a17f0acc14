// PINs for the command line: from an environment variable for scripts, or typed at a terminal
// without echo. Never from an argument, where `ps` and the shell's history would show it.
#pragma once

#include <QString>

namespace storedesk::cli {

/// The secret in \a envName when it is set, else typed after \a prompt at the terminal.
/// Throws sign_in_required when there is neither (standard input is not a terminal).
QString readSecret(const char *envName, const QString &prompt);

/// A new secret: from \a envName, or typed twice at the terminal (weak_pin when the two differ).
QString readNewSecret(const char *envName, const QString &prompt);

} // namespace storedesk::cli
