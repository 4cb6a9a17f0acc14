// A manager's approval on the spot: when the signed-in cashier may not do something, someone
// who may (a manager or the owner) types their PIN here, and the core lets that one action
// through and writes both names to the audit trail.
#pragma once

#include "security/security.h"

#include <QDialog>

#include <functional>

class QLabel;

namespace storedesk::ui {

class SignInForm;

class ApprovalDialog final : public QDialog
{
    Q_OBJECT

public:
    ApprovalDialog(core::Security &security, core::Permission permission,
                   QWidget *parent = nullptr);

    SignInForm *form() const { return m_form; }

private:
    SignInForm *m_form = nullptr;
};

/// Runs \a work; when the core refuses it for want of a permission, asks for an approval and,
/// once given, runs it again. Other errors, and a refusal nobody approved, are shown in
/// \a error as tryShowingError does. Answers whether \a work went through.
bool tryWithApproval(QWidget *parent, core::Security &security, QLabel *error,
                     const std::function<void()> &work);

} // namespace storedesk::ui
