#include "approvaldialog.h"

#include "domain/error.h"
#include "signinform.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

ApprovalDialog::ApprovalDialog(core::Security &security, core::Permission permission,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approval needed"));
    const QString who = security.current() ? security.current()->name : QString();
    auto *what = new QLabel(tr("%1 may not %2 alone. Someone who may, approves it with their "
                               "PIN; both names go on the audit trail.")
                                .arg(who.toHtmlEscaped(), core::Roles::name(permission)),
                            this);
    what->setWordWrap(true);

    m_form = new SignInForm(
        tr("&Approve"),
        [&security, permission](const QString &name, const QString &pin) {
            security.approve(name, pin, permission);
        },
        this);
    QStringList names;
    for (const core::User &u : security.users()) {
        if (u.active && core::Roles::allows(u.role, permission))
            names << u.name;
    }
    m_form->setNames(names);
    connect(m_form, &SignInForm::succeeded, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    m_form->pinField()->setFocus();
}

bool tryWithApproval(QWidget *parent, core::Security &security, QLabel *error,
                     const std::function<void()> &work)
{
    try {
        work();
        error->hide();
        return true;
    } catch (const core::Error &e) {
        const auto permission = core::Roles::parsePermission(e.field());
        if (e.code() != core::ErrorCode::PermissionDenied || !permission) {
            error->setText(e.message());
            error->show();
            return false;
        }
        ApprovalDialog dialog(security, *permission, parent);
        if (dialog.exec() != QDialog::Accepted) {
            error->setText(e.message());
            error->show();
            return false;
        }
    }
    return tryShowingError(error, work);
}

} // namespace storedesk::ui
