#include "userdialog.h"

#include "domain/error.h"
#include "style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace storedesk::ui {

UserDialog::UserDialog(core::Security &security, QWidget *parent)
    : QDialog(parent)
    , m_security(security)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("New user"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const core::Role role : core::Roles::all())
        m_role->addItem(core::Roles::name(role), int(role));
    // The first user is the owner; after that most new people are cashiers.
    m_role->setCurrentIndex(security.hasUsers() ? 0 : m_role->count() - 1);
    m_role->setEnabled(security.hasUsers());
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("pinAgain"));
    m_again->setEchoMode(QLineEdit::Password);
    auto *hint = new QLabel(tr("A PIN of 4 to 12 digits (not 1234 or 0000), or a password of at "
                               "least 8 characters."),
                            this);
    hint->setWordWrap(true);
    setRole(hint, QStringLiteral("hint"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&PIN or password"), m_pin);
    form->addRow(tr("PIN &again"), m_again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void UserDialog::accept()
{
    if (m_pin->text() != m_again->text()) {
        m_error->setText(tr("The two PINs differ. Type the same one twice."));
        m_error->show();
        m_again->clear();
        m_again->setFocus();
        return;
    }
    if (tryShowingError(m_error, [this] {
            m_user = m_security.addUser(m_name->text(), core::Role(m_role->currentData().toInt()),
                                        m_pin->text());
        })) {
        QDialog::accept();
    }
}

} // namespace storedesk::ui
