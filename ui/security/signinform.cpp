#include "signinform.h"

#include "domain/error.h"
#include "style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

SignInForm::SignInForm(const QString &buttonText, Attempt attempt, QWidget *parent)
    : QWidget(parent)
    , m_attempt(std::move(attempt))
{
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMinimumWidth(220);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(64);
    m_button = new QPushButton(buttonText, this);
    m_button->setObjectName(QStringLiteral("signIn"));
    m_button->setDefault(true);
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&PIN or password"), m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_button, 0, Qt::AlignRight);

    connect(m_button, &QPushButton::clicked, this, &SignInForm::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &SignInForm::submit);
    connect(m_name, &QComboBox::activated, this, [this] { m_pin->setFocus(); });
}

void SignInForm::setNames(const QStringList &names, const QString &preferred)
{
    m_name->clear();
    m_name->addItems(names);
    if (const int i = int(names.indexOf(preferred)); i >= 0)
        m_name->setCurrentIndex(i);
}

void SignInForm::reset()
{
    m_pin->clear();
    m_error->hide();
    m_pin->setFocus();
}

void SignInForm::submit()
{
    const QString name = m_name->currentText();
    if (name.isEmpty())
        return;
    const bool ok = tryShowingError(m_error, [&] { m_attempt(name, m_pin->text()); });
    m_pin->clear();
    if (ok)
        emit succeeded(name);
    else
        m_pin->setFocus();
}

} // namespace storedesk::ui
