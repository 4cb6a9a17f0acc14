#include "shiftclosedialog.h"

#include "domain/error.h"
#include "format.h"
#include "store/store.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace storedesk::ui {

ShiftCloseDialog::ShiftCloseDialog(core::Store &store, qint64 shiftId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_report(store.reports().close().forShift(shiftId))
{
    setObjectName(QStringLiteral("shiftCloseDialog"));
    const core::Shift &shift = *m_report.shift;
    setWindowTitle(tr("Close shift %1 of %2").arg(shift.id).arg(shift.cashier));
    m_counted = new QLineEdit(this);
    m_counted->setObjectName(QStringLiteral("counted"));
    m_counted->setProperty("role", QStringLiteral("search"));
    m_counted->setPlaceholderText(tr("Cash counted in the drawer"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("difference"));
    m_difference->setProperty("role", QStringLiteral("amount"));
    m_error = makeErrorLabel(this);

    const core::CloseCash &cash = m_report.cash;
    auto *expected = new QLabel(formatMoney(cash.expected()), this);
    expected->setObjectName(QStringLiteral("expected"));
    expected->setProperty("role", QStringLiteral("amount"));
    auto *form = new QFormLayout;
    form->addRow(tr("Opened"), new QLabel(formatDateTime(shift.openedAt), this));
    form->addRow(tr("Sales"),
                 new QLabel(tr("%n receipt(s), %1 taken", nullptr, int(m_report.salesCount))
                                .arg(formatMoney(m_report.total())),
                            this));
    form->addRow(tr("Opening float"), new QLabel(formatMoney(cash.openingFloat), this));
    form->addRow(tr("Cash sales (net)"), new QLabel(formatMoney(cash.sales), this));
    if (!cash.topUps.isZero())
        form->addRow(tr("Cash top-ups"), new QLabel(formatMoney(cash.topUps), this));
    if (!cash.withdrawals.isZero())
        form->addRow(tr("Stored value paid out"), new QLabel(formatMoney(-cash.withdrawals), this));
    form->addRow(tr("Cash expected"), expected);
    form->addRow(tr("Cash &counted"), m_counted);
    form->addRow(tr("Difference"), m_difference);
    form->addRow(tr("&Note"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close shift"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftCloseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShiftCloseDialog::reject);
    connect(m_counted, &QLineEdit::textChanged, this, &ShiftCloseDialog::showDifference);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    showDifference();
    m_counted->setFocus();
}

void ShiftCloseDialog::showDifference()
{
    const auto counted = core::Money::parse(m_counted->text().trimmed());
    if (!counted || counted->isNegative()) {
        m_difference->setText(QStringLiteral("—"));
        setRole(m_difference, QStringLiteral("amount"));
        return;
    }
    const core::Money difference = *counted - m_report.cash.expected();
    m_difference->setText(difference.isZero()
                              ? tr("%1 — the drawer is right").arg(formatMoney(difference))
                              : (difference.isNegative()
                                     ? tr("%1 short").arg(formatMoney(-difference))
                                     : tr("%1 over").arg(formatMoney(difference))));
    setRole(m_difference, difference.isZero() ? QStringLiteral("ok") : QStringLiteral("error"));
}

void ShiftCloseDialog::accept()
{
    try {
        const core::Money counted =
            core::Money::parseOrThrow(m_counted->text().trimmed(), QStringLiteral("counted"));
        m_store.shifts().close(m_report.shift->id, counted, m_note->text());
        m_report = m_store.reports().close().forShift(m_report.shift->id);
    } catch (const core::Error &error) {
        m_error->setText(error.message());
        m_error->show();
        m_counted->setFocus();
        m_counted->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace storedesk::ui
