#include "topupdialog.h"

#include "domain/error.h"
#include "format.h"
#include "loyalty/rulebook.h"
#include "style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

TopUpDialog::TopUpDialog(core::LoyaltyService &loyalty, core::RuleBook &rules,
                         const core::Member &member, QWidget *parent)
    : QDialog(parent)
    , m_loyalty(loyalty)
    , m_rules(rules)
    , m_member(member)
{
    setObjectName(QStringLiteral("topUpDialog"));
    setWindowTitle(tr("Top up %1").arg(member.name));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setProperty("role", QStringLiteral("search"));
    m_amount->setPlaceholderText(tr("Amount, like 500"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (core::PaymentMethod m : {core::PaymentMethod::Cash, core::PaymentMethod::WeChat,
                                  core::PaymentMethod::Alipay, core::PaymentMethod::Card})
        m_method->addItem(core::paymentMethodName(m), QVariant::fromValue(int(m)));
    m_bonus = new QLabel(this);
    m_bonus->setObjectName(QStringLiteral("bonus"));
    m_bonus->setWordWrap(true);
    m_error = makeErrorLabel(this);

    const core::StoredValueBalance balance = loyalty.storedValue().balance(member.id);
    auto *form = new QFormLayout;
    form->addRow(
        tr("Member"),
        new QLabel(QStringLiteral("%1  %2").arg(member.name, formatPhone(member.phone)), this));
    form->addRow(tr("Balance now"), new QLabel(formatMoney(balance.total()), this));
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("Paid &by"), m_method);
    form->addRow(QString(), m_bonus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Top up"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TopUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TopUpDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &TopUpDialog::preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    preview();
    m_amount->setFocus();
}

void TopUpDialog::preview()
{
    const auto amount = core::Money::parse(m_amount->text().trimmed());
    m_ok->setEnabled(amount && amount->fen() > 0);
    if (!amount || amount->fen() <= 0) {
        m_bonus->setText(tr("Enter the amount the member pays."));
        setRole(m_bonus, QStringLiteral("hint"));
        return;
    }
    const core::Money bonus = m_rules.current().rules.topUpBonusFor(*amount);
    m_bonus->setText(bonus.isZero() ? tr("No bonus for this amount.")
                                    : tr("Bonus %1: the balance grows by %2.")
                                          .arg(formatMoney(bonus), formatMoney(*amount + bonus)));
    setRole(m_bonus, bonus.isZero() ? QStringLiteral("hint") : QStringLiteral("ok"));
}

void TopUpDialog::accept()
{
    try {
        const core::Money amount =
            core::Money::parseOrThrow(m_amount->text().trimmed(), QStringLiteral("amount"));
        m_result = m_loyalty.topUp(m_member.id, amount,
                                   core::PaymentMethod(m_method->currentData().toInt()));
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        m_amount->setFocus();
        m_amount->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
