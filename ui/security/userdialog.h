// A new person for the store: their name, role and first PIN, typed twice.
#pragma once

#include "security/security.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace storedesk::ui {

class UserDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserDialog(core::Security &security, QWidget *parent = nullptr);

    const core::User &user() const { return m_user; }
    void accept() override;

private:
    core::Security &m_security;
    core::User m_user;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
