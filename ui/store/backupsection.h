// The backups part of the settings screen: where the daily backups go, how many stay, whether
// they are sealed, and the owner's buttons — back up now, restore, and the recovery phrase that
// opens sealed backups on another computer.
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class BackupSection final : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupSection(core::Store &store, QWidget *parent = nullptr);

    /// Saves the folder, the number to keep and sealing; a bad value is shown, nothing saved.
    bool savePolicy();
    /// A backup at \a file now, sealed as the settings say. Answers false, showing why, when
    /// it could not be taken.
    bool backUpTo(const QString &file);
    /// Replaces the store with the backup at \a file (after the core checked it whole), then
    /// asks for a restart so every screen reads the restored books.
    bool restoreFrom(const QString &file);

signals:
    void message(const QString &text);
    void restartRequested();

private:
    void load();
    void showPhrase();
    void importPhrase();

    core::Store &m_store;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keep = nullptr;
    QCheckBox *m_seal = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
