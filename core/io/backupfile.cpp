#include "backupfile.h"

#include "db/database.h"
#include "db/sqlitehandle.h"
#include "domain/error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <sodium.h>
#include <sqlite3.h>

namespace storedesk::core {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr char kFormatVersion = 1;
constexpr int kKeyIdBytes = 4;
const QByteArray kSqliteMagic = QByteArrayLiteral("SQLite format 3\0");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void cannotWrite(const QString &target, const QString &why)
{
    constexpr qint64 kNearlyFull = 1024 * 1024;
    const QStorageInfo disk(QFileInfo(target).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < kNearlyFull) {
        throw Error(ErrorCode::DiskFull,
                    BackupFile::tr("The disk holding %1 is full: no backup was written there. "
                                   "Free some space or choose another folder.")
                        .arg(native(target)));
    }
    throw Error(ErrorCode::BackupFailed,
                BackupFile::tr("The backup %1 could not be written: %2").arg(native(target), why));
}

/// A raw SQLite connection that closes itself.
class RawConnection final
{
public:
    RawConnection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, 8000);
    }
    ~RawConnection() { sqlite3_close(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

/// The plain copy of the store, beside the store itself: a plain copy holds nothing the store
/// does not, so it never lands on a backup disk that leaves the shop unsealed.
std::unique_ptr<QTemporaryFile> plainSnapshot(const QString &storePath, const QString &target)
{
    if (!QFileInfo(storePath).isFile()) {
        throw Error(ErrorCode::BackupFailed,
                    BackupFile::tr("There is no store at %1 to back up.").arg(native(storePath)));
    }
    auto temp = std::make_unique<QTemporaryFile>(QFileInfo(storePath).absolutePath() +
                                                 QStringLiteral("/.storedesk-backup-XXXXXX"));
    if (!temp->open())
        cannotWrite(target, temp->errorString());
    temp->close();

    RawConnection source(storePath, SQLITE_OPEN_READWRITE);
    if (!source.ok()) {
        throw Error(ErrorCode::BackupFailed, BackupFile::tr("The store %1 could not be read: %2")
                                                 .arg(native(storePath), source.message()));
    }
    RawConnection copy(temp->fileName(), SQLITE_OPEN_READWRITE);
    if (!copy.ok())
        cannotWrite(target, copy.message());
    const int rc = sqliteOnlineCopy(source.handle(), copy.handle());
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
            throw storeError(rc, storePath, QString());
        cannotWrite(target, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return temp;
}

QByteArray sealPrefix(const BackupKey &key)
{
    return BackupFile::magic() + kFormatVersion +
           QByteArray::fromHex(key.id().toLatin1()).left(kKeyIdBytes);
}

void seal(QFile &in, QSaveFile &out, const BackupKey &key, const QString &target)
{
    const QByteArray prefix = sealPrefix(key);
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key.data());
    auto put = [&](const char *data, qint64 size) {
        if (out.write(data, size) != size)
            cannotWrite(target, out.errorString());
    };
    put(prefix.constData(), prefix.size());
    put(reinterpret_cast<const char *>(header), sizeof header);
    QByteArray sealed(kSealedChunk, Qt::Uninitialized);
    QByteArray current = in.read(kChunk);
    while (true) {
        const QByteArray next = in.read(kChunk);
        const bool last = next.isEmpty();
        unsigned long long length = 0;
        // The prefix is bound to every chunk: changing the key id or the format breaks the seal.
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(sealed.data()), &length,
            reinterpret_cast<const unsigned char *>(current.constData()), size_t(current.size()),
            reinterpret_cast<const unsigned char *>(prefix.constData()), size_t(prefix.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        put(sealed.constData(), qint64(length));
        if (last)
            break;
        current = next;
    }
    sodium_memzero(&state, sizeof state);
}

[[noreturn]] void damaged(const QString &path)
{
    throw Error(ErrorCode::BackupDamaged,
                BackupFile::tr("The backup %1 is damaged or cut short: its seal does not hold, "
                               "so nothing in it can be trusted. Use another backup.")
                    .arg(native(path)));
}

[[noreturn]] void notABackup(const QString &path, const QString &why)
{
    throw Error(ErrorCode::NotABackup,
                BackupFile::tr("%1 is not a StoreDesk backup: %2").arg(native(path), why));
}

} // namespace

const QByteArray &BackupFile::magic()
{
    static const QByteArray bytes = QByteArrayLiteral("SDBACKUP");
    return bytes;
}

BackupInfo BackupFile::write(const QString &storePath, const QString &target,
                             const std::optional<BackupKey> &key)
{
    QElapsedTimer timer;
    timer.start();
    if (sodium_init() < 0)
        qFatal("libsodium could not start");
    const QFileInfo targetInfo(target);
    if (!targetInfo.dir().exists() && !QDir().mkpath(targetInfo.absolutePath()))
        cannotWrite(target, tr("its folder could not be created."));
    if (targetInfo.absoluteFilePath() == QFileInfo(storePath).absoluteFilePath())
        cannotWrite(target, tr("it is the store itself."));

    const std::unique_ptr<QTemporaryFile> plain = plainSnapshot(storePath, target);
    QFile in(plain->fileName());
    if (!in.open(QIODevice::ReadOnly))
        cannotWrite(target, in.errorString());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        cannotWrite(target, out.errorString());
    if (key) {
        seal(in, out, *key, target);
    } else {
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            if (out.write(chunk) != chunk.size())
                cannotWrite(target, out.errorString());
        }
    }
    if (!out.commit())
        cannotWrite(target, out.errorString());
    BackupInfo info = describe(target);
    info.elapsedMs = timer.elapsed();
    return info;
}

BackupInfo BackupFile::describe(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        notABackup(path, file.errorString());
    const QByteArray head = file.read(kSqliteMagic.size());
    BackupInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.bytes = file.size();
    info.modified = QFileInfo(path).lastModified().toUTC();
    if (head.startsWith(magic())) {
        if (head.size() < magic().size() + 1 + kKeyIdBytes ||
            head[magic().size()] != kFormatVersion)
            notABackup(path, tr("it was sealed by a newer StoreDesk."));
        info.encrypted = true;
        info.keyId = QString::fromLatin1(head.mid(magic().size() + 1, kKeyIdBytes).toHex());
    } else if (head != kSqliteMagic) {
        notABackup(path, tr("it is neither a SQLite file nor a sealed backup."));
    }
    return info;
}

void BackupFile::extract(const QString &path, const QString &out,
                         const std::optional<BackupKey> &key)
{
    const BackupInfo info = describe(path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        notABackup(path, in.errorString());
    QSaveFile plain(out);
    if (!plain.open(QIODevice::WriteOnly))
        cannotWrite(out, plain.errorString());
    auto put = [&](const char *data, qint64 size) {
        if (plain.write(data, size) != size)
            cannotWrite(out, plain.errorString());
    };
    if (!info.encrypted) {
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            put(chunk.constData(), chunk.size());
        }
    } else {
        if (!key) {
            throw Error(ErrorCode::BackupKeyMissing,
                        tr("The backup %1 is sealed with key %2, and this computer has no "
                           "backup key. Import the store's recovery phrase first "
                           "(storedeskctl backup key import, or Settings › Backups).")
                            .arg(native(path), info.keyId));
        }
        if (key->id() != info.keyId) {
            throw Error(ErrorCode::BackupWrongKey,
                        tr("The backup %1 is sealed with key %2, but this computer's backup key "
                           "is %3. Import the recovery phrase of the store that wrote it.")
                            .arg(native(path), info.keyId, key->id()));
        }
        const QByteArray prefix = in.read(sealPrefix(*key).size());
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        if (in.read(reinterpret_cast<char *>(header), sizeof header) != qint64(sizeof header))
            damaged(path);
        if (sodium_init() < 0)
            qFatal("libsodium could not start");
        crypto_secretstream_xchacha20poly1305_state state;
        if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key->data()) != 0)
            damaged(path);
        QByteArray opened(kChunk, Qt::Uninitialized);
        bool finished = false;
        while (!finished) {
            const QByteArray sealed = in.read(kSealedChunk);
            if (sealed.isEmpty())
                damaged(path); // cut short: the final chunk never came
            unsigned long long length = 0;
            unsigned char tag = 0;
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &state, reinterpret_cast<unsigned char *>(opened.data()), &length, &tag,
                    reinterpret_cast<const unsigned char *>(sealed.constData()),
                    size_t(sealed.size()),
                    reinterpret_cast<const unsigned char *>(prefix.constData()),
                    size_t(prefix.size())) != 0) {
                damaged(path);
            }
            put(opened.constData(), qint64(length));
            finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        }
        if (!in.atEnd())
            damaged(path); // something was added after the end
        sodium_memzero(&state, sizeof state);
    }
    if (!plain.commit())
        cannotWrite(out, plain.errorString());
}

} // namespace storedesk::core
