#include "backupsection.h"

#include "backupkeystore.h"
#include "domain/error.h"
#include "store/store.h"
#include "style.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace storedesk::ui {

BackupSection::BackupSection(core::Store &store, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("backups"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, core::BackupPolicy::kMaxKeep);
    m_seal = new QCheckBox(tr("Seal backups with this computer's backup key"), this);
    m_seal->setObjectName(QStringLiteral("backupSeal"));
    auto *save = new QPushButton(tr("Save backup settings"), this);
    save->setObjectName(QStringLiteral("saveBackupSettings"));
    auto *now = new QPushButton(tr("Back up now…"), this);
    auto *restore = new QPushButton(tr("Restore from a backup…"), this);
    auto *phrase = new QPushButton(tr("Show the recovery phrase…"), this);
    auto *import = new QPushButton(tr("Enter a recovery phrase…"), this);
    m_error = makeErrorLabel(this);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Daily backups go to"), folderRow);
    form->addRow(tr("Daily backups to keep"), m_keep);
    form->addRow(QString(), m_seal);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(now);
    buttons->addWidget(restore);
    buttons->addStretch(1);
    auto *keys = new QHBoxLayout;
    keys->addWidget(phrase);
    keys->addWidget(import);
    keys->addStretch(1);
    form->addRow(QString(), buttons);
    form->addRow(QString(), keys);
    form->addRow(QString(), m_error);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(save, &QPushButton::clicked, this, &BackupSection::savePolicy);
    connect(now, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Back up the store to"),
            QDir(m_store.backups().policy().folder)
                .filePath(m_seal->isChecked() ? QStringLiteral("storedesk.sdbackup")
                                              : QStringLiteral("storedesk.sqlite")));
        if (!file.isEmpty())
            backUpTo(file);
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Restore the store from"), m_store.backups().policy().folder,
            tr("StoreDesk backups (*.sqlite *.sdbackup);;All files (*)"));
        if (file.isEmpty())
            return;
        const auto answer = QMessageBox::warning(
            this, tr("Restore from a backup"),
            tr("The store's books will be replaced by the backup %1. Sales made since that "
               "backup are then gone from the books (the store as it is now is kept beside it). "
               "StoreDesk restarts afterwards. Restore?")
                .arg(QDir::toNativeSeparators(file)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            restoreFrom(file);
    });
    connect(phrase, &QPushButton::clicked, this, &BackupSection::showPhrase);
    connect(import, &QPushButton::clicked, this, &BackupSection::importPhrase);
    load();
}

void BackupSection::load()
{
    const core::BackupPolicy p = m_store.backups().policy();
    m_folder->setText(QDir::toNativeSeparators(p.folder));
    m_keep->setValue(p.keep);
    m_seal->setChecked(p.encrypt);
}

bool BackupSection::savePolicy()
{
    const bool ok = tryShowingError(m_error, [this] {
        core::BackupPolicy p;
        p.folder = QDir::fromNativeSeparators(m_folder->text());
        p.keep = m_keep->value();
        p.encrypt = m_seal->isChecked();
        if (p.encrypt)
            keystore::BackupKeyStore().loadOrCreate(); // a key before the first night needs it
        m_store.backups().setPolicy(p);
    });
    if (ok) {
        load();
        emit message(tr("Backup settings saved."));
    }
    return ok;
}

bool BackupSection::backUpTo(const QString &file)
{
    return tryShowingError(m_error, [&] {
        std::optional<core::BackupKey> key;
        if (m_seal->isChecked())
            key = keystore::BackupKeyStore().loadOrCreate();
        const core::BackupInfo info = m_store.backups().backUp(file, key);
        emit message(tr("Backed up to %1.").arg(QDir::toNativeSeparators(info.path)));
    });
}

bool BackupSection::restoreFrom(const QString &file)
{
    const bool ok = tryShowingError(m_error, [&] {
        std::optional<core::BackupKey> key;
        if (core::BackupFile::describe(file).encrypted)
            key = keystore::BackupKeyStore().load();
        const core::RestoreResult r = m_store.backups().restore(file, key);
        emit message(
            tr("Restored from %1; the store as it was is kept as %2.")
                .arg(QDir::toNativeSeparators(r.source), QDir::toNativeSeparators(r.replacedCopy)));
    });
    if (ok)
        emit restartRequested();
    return ok;
}

void BackupSection::showPhrase()
{
    tryShowingError(m_error, [this] {
        const core::BackupKey key = keystore::BackupKeyStore().loadOrCreate();
        QMessageBox box(QMessageBox::Information, tr("Recovery phrase"),
                        tr("Write this down and keep it away from this computer. With it, sealed "
                           "backups can be restored on a new computer.\n\n%1")
                            .arg(key.recoveryPhrase()),
                        QMessageBox::Ok, this);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    });
}

void BackupSection::importPhrase()
{
    bool accepted = false;
    const QString phrase = QInputDialog::getText(
        this, tr("Enter a recovery phrase"),
        tr("The recovery phrase of the computer whose sealed backups should open here:"),
        QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    tryShowingError(m_error, [&] {
        const core::BackupKey key = core::BackupKey::fromRecoveryPhrase(phrase);
        keystore::BackupKeyStore().save(key);
        emit message(tr("Backup key %1 is kept on this computer now.").arg(key.id()));
    });
}

} // namespace storedesk::ui
