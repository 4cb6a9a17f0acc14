// Registers a new member or edits one: phone and name are enough, the phone is checked as it
// is typed (format and whether it is already a member), and Enter saves.
#pragma once

#include "domain/member.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace storedesk::core {
class MemberRegistry;
}

namespace storedesk::ui {

class MemberDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A registration form; \a phone prefills the phone field (what the cashier searched for).
    MemberDialog(core::MemberRegistry &registry, const QString &phone, QWidget *parent = nullptr);
    /// An edit form for \a member.
    MemberDialog(core::MemberRegistry &registry, const core::Member &member,
                 QWidget *parent = nullptr);

    /// The member as saved, once the dialog was accepted.
    const core::Member &member() const { return m_member; }

    void accept() override;

private:
    void build();
    void checkPhone();
    void checkForm();
    void showError(const QString &field, const QString &message);

    core::MemberRegistry &m_registry;
    core::Member m_member;
    bool m_editing = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneHint = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_birthday = nullptr;
    QLineEdit *m_card = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_status = nullptr;   ///< only when editing
    QLineEdit *m_referrer = nullptr; ///< only when registering
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_phoneOk = false;
};

} // namespace storedesk::ui
