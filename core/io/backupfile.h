// One backup file: a copy of the store taken with SQLite's online backup, either a plain SQLite
// file or that file sealed with the backup key (libsodium secretstream, XChaCha20-Poly1305).
// Everything here works on file paths through connections of its own, so a backup can be taken
// on a worker thread while the window and other programs go on writing.
#pragma once

#include "io/backupkey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace storedesk::core {

struct BackupInfo
{
    QString path;
    qint64 bytes = 0;
    bool encrypted = false;
    QString keyId;      ///< the key's id, for an encrypted backup
    QDateTime modified; ///< when the file was written, UTC
    qint64 elapsedMs = 0;
};

class BackupFile final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::BackupFile)

public:
    /// Copies the store at \a storePath to \a target, sealed with \a key when one is given. The
    /// store may be in use: the copy is one consistent moment of it. \a target is written whole
    /// or not at all, and replaced when it exists. Throws backup_failed (the store cannot be
    /// read or the target not written), disk_full, or store_busy.
    static BackupInfo write(const QString &storePath, const QString &target,
                            const std::optional<BackupKey> &key);

    /// Size, kind and key id of the backup at \a path. Throws not_a_backup for a file that is
    /// neither a SQLite file nor a sealed StoreDesk backup, or that cannot be read.
    static BackupInfo describe(const QString &path);

    /// Writes the plain store file held by the backup at \a path to \a out (a copy, or the
    /// opened seal). Throws not_a_backup, backup_key_missing (sealed, no key given),
    /// backup_wrong_key (sealed with another key) or backup_damaged (the seal is broken or the
    /// file cut short).
    static void extract(const QString &path, const QString &out,
                        const std::optional<BackupKey> &key);

    /// The first bytes of a sealed backup.
    static const QByteArray &magic();
};

} // namespace storedesk::core
