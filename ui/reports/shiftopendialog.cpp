#include "shiftopendialog.h"

#include "domain/error.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

ShiftOpenDialog::ShiftOpenDialog(core::Shifts &shifts, const QString &cashier, QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
{
    setObjectName(QStringLiteral("shiftOpenDialog"));
    setWindowTitle(tr("Open a shift"));
    m_cashier = new QLineEdit(cashier, this);
    m_cashier->setObjectName(QStringLiteral("cashier"));
    m_cashier->setPlaceholderText(tr("The cashier's name"));
    m_float = new QLineEdit(this);
    m_float->setObjectName(QStringLiteral("float"));
    m_float->setProperty("role", QStringLiteral("search"));
    m_float->setPlaceholderText(tr("Cash in the drawer, like 500"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Cashier"), m_cashier);
    form->addRow(tr("Opening &float"), m_float);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open shift"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftOpenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShiftOpenDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    (cashier.isEmpty() ? m_cashier : m_float)->setFocus();
}

void ShiftOpenDialog::accept()
{
    try {
        const QString text = m_float->text().trimmed();
        const core::Money cash = text.isEmpty()
                                     ? core::Money()
                                     : core::Money::parseOrThrow(text, QStringLiteral("float"));
        m_shift = m_shifts.open(m_cashier->text(), cash);
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        QLineEdit *field = error.field() == u"cashier" ? m_cashier : m_float;
        field->setFocus();
        field->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
