// Where this computer keeps the backup key: the operating system's keychain, under the service
// "StoreDesk". The key never lands in the store file or in a settings file; what leaves the
// keychain is the recovery phrase, shown on request.
#pragma once

#include "io/backupkey.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace storedesk::keystore {

class BackupKeyStore final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::keystore::BackupKeyStore)

public:
    explicit BackupKeyStore(QString service = QStringLiteral("StoreDesk"));

    /// The key kept on this computer, or none. Throws keychain_unavailable when there is no
    /// keychain to ask (no Secret Service running, or it is locked and refuses).
    std::optional<core::BackupKey> load() const;
    /// Keeps \a key, replacing any key kept before. Throws keychain_unavailable.
    void save(const core::BackupKey &key);
    /// The kept key; a new one is made and kept the first time.
    core::BackupKey loadOrCreate();

private:
    QString m_service;
};

} // namespace storedesk::keystore
