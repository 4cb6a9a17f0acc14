// The secret that encrypts backups: 32 random bytes, kept in the OS keychain, and written out
// for people as a recovery phrase (base32 in groups of four, with a checksum) so a backup can be
// opened on a new computer.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>

namespace storedesk::core {

class BackupKey final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::BackupKey)

public:
    static constexpr int kBytes = 32;

    /// A new key from the operating system's random source.
    static BackupKey generate();
    /// The key a recovery phrase stands for. Case, spaces and dashes do not matter, and the
    /// look-alikes 0, 1 and 8 are read as O, I and B. Throws invalid_recovery_phrase for a
    /// phrase of the wrong length, with a character base32 lacks, or whose checksum is off (a
    /// mistyped character).
    static BackupKey fromRecoveryPhrase(const QString &phrase);

    BackupKey(const BackupKey &other) = default;
    BackupKey &operator=(const BackupKey &other) = default;
    ~BackupKey();

    /// 56 characters in 14 groups of four: "ABCD-EFGH-…".
    QString recoveryPhrase() const;
    /// Eight hex digits that name the key without giving it away; written into each encrypted
    /// backup so a restore can tell "another key" from "a damaged file".
    QString id() const;
    const unsigned char *data() const { return m_bytes.data(); }

    bool operator==(const BackupKey &other) const;

private:
    BackupKey() = default;
    std::array<unsigned char, kBytes> m_bytes{};
};

} // namespace storedesk::core
