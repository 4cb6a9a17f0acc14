// The owner's and manager's view of the people: who may sign in and with what role (add,
// change role, reset a PIN, unlock, stop someone's sign-in), and the audit trail — every
// sensitive action, filterable, with a check that no entry was changed behind the trail's back.
#pragma once

#include "security/security.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace storedesk::ui {

class RecordTableModel;

class PeoplePage final : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(core::Security &security, QWidget *parent = nullptr);

    QTableView *usersView() const { return m_usersView; }
    QTableView *auditView() const { return m_auditView; }
    QLineEdit *auditSearch() const { return m_search; }
    QLabel *verifyResult() const { return m_verified; }
    /// Reads users and the trail again (and shows only what the signed-in user may see).
    void refresh();
    void verifyTrail();

signals:
    void message(const QString &text);

private:
    QWidget *makeUsersSheet();
    QWidget *makeAuditSheet();
    void refreshUsers();
    void refreshAudit();
    /// Shows the trail or says who may read it; answers whether the signed-in user may.
    bool showAuditAllowed();
    std::optional<core::User> selectedUser() const;
    void updateButtons();
    void addUser();
    void changeRole();
    void resetPin();
    void unlockUser();
    void toggleActive();
    /// Runs \a work, saying what went wrong in a message box.
    bool attempt(const std::function<void()> &work);

    core::Security &m_security;
    QTabWidget *m_sheets = nullptr;
    RecordTableModel *m_users = nullptr;
    QTableView *m_usersView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_active = nullptr;
    RecordTableModel *m_audit = nullptr;
    QTableView *m_auditView = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_verified = nullptr;
    QLabel *m_denied = nullptr;
};

} // namespace storedesk::ui
