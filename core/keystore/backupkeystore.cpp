#include "backupkeystore.h"

#include "domain/error.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace storedesk::keystore {

namespace {

const QString kEntry = QStringLiteral("backup-key");

/// Runs \a job to its end. QtKeychain answers through the event loop (D-Bus on Linux), so a
/// program without a running loop, like storedeskctl, waits here.
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a key in a plain file would defeat the keychain
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

[[noreturn]] void unavailable(const QKeychain::Job &job)
{
    throw core::Error(core::ErrorCode::KeychainUnavailable,
                      BackupKeyStore::tr("The keychain of this computer cannot be reached (%1). "
                                         "Log in to the desktop so the keychain is unlocked, or "
                                         "back up without sealing.")
                          .arg(job.errorString()));
}

} // namespace

BackupKeyStore::BackupKeyStore(QString service)
    : m_service(std::move(service))
{}

std::optional<core::BackupKey> BackupKeyStore::load() const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(kEntry);
    finish(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError)
        unavailable(job);
    return core::BackupKey::fromRecoveryPhrase(job.textData());
}

void BackupKeyStore::save(const core::BackupKey &key)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(kEntry);
    job.setTextData(key.recoveryPhrase());
    finish(job);
    if (job.error() != QKeychain::NoError)
        unavailable(job);
}

core::BackupKey BackupKeyStore::loadOrCreate()
{
    if (std::optional<core::BackupKey> key = load())
        return *key;
    const core::BackupKey key = core::BackupKey::generate();
    save(key);
    return key;
}

} // namespace storedesk::keystore
