// PINs and passwords, kept only as Argon2id hashes (libsodium's encoded strings, carrying their
// own salt and cost): never stored plain, never reversible, never logged.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace storedesk::core {

class Secrets final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::Secrets)

public:
    /// Throws weak_pin saying why when \a secret is not good enough: a PIN is 4 to 12 digits,
    /// not all one digit and not a run like 1234 or 9876; a password is 8 characters or more.
    static void checkStrength(const QString &secret);
    /// A fresh Argon2id hash of \a secret (about a tenth of a second and 64 MiB, on purpose).
    static QString hash(const QString &secret);
    /// Whether \a secret is the one \a stored was made from. False for a malformed hash.
    static bool verify(const QString &stored, const QString &secret);
    /// Whether \a stored was made with weaker settings than hash() uses now.
    static bool needsRehash(const QString &stored);
};

} // namespace storedesk::core
