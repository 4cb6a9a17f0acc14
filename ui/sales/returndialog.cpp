#include "returndialog.h"

#include "domain/error.h"
#include "format.h"
#include "security/approvaldialog.h"
#include "style.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

ReturnDialog::ReturnDialog(core::Checkout &checkout, core::Security &security,
                           const QString &receiptNo, QWidget *parent)
    : QDialog(parent)
    , m_checkout(checkout)
    , m_security(security)
    , m_receiptNo(receiptNo.trimmed())
    , m_lines(checkout.refundable(receiptNo))
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return against receipt %1").arg(m_receiptNo));
    m_table = new QTableWidget(int(m_lines.size()), 4, this);
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Sold"), tr("Amount"), tr("Return")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < m_lines.size(); ++row) {
        const core::RefundableLine &l = m_lines[row];
        auto *name = new QTableWidgetItem(l.line.name);
        auto *sold =
            new QTableWidgetItem(l.refunded > 0 ? tr("%1 (%2 back)").arg(l.line.qty).arg(l.refunded)
                                                : QString::number(l.line.qty));
        auto *amount = new QTableWidgetItem(formatMoney(l.line.amount));
        for (auto *item : {name, sold, amount})
            item->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, sold);
        m_table->setItem(row, 2, amount);
        auto *qty = new QSpinBox(m_table);
        qty->setRange(0, int(std::max<qint64>(0, l.remaining())));
        qty->setEnabled(l.remaining() > 0);
        m_table->setCellWidget(row, 3, qty);
    }
    m_error = makeErrorLabel(this);
    auto *hint = new QLabel(tr("Set how many of each line come back, or leave them all at 0 to "
                               "return everything that is left. Money goes back the way it was "
                               "paid."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Refund"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(560, 320);
}

void ReturnDialog::setQuantity(int row, int qty)
{
    if (auto *box = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 3)))
        box->setValue(qty);
}

void ReturnDialog::accept()
{
    QList<core::RefundLine> lines;
    for (int row = 0; row < m_lines.size(); ++row) {
        const auto *box = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 3));
        if (box && box->value() > 0)
            lines.append({m_lines[row].line.lineNo, box->value()});
    }
    if (tryWithApproval(this, m_security, m_error,
                        [&] { m_refund = m_checkout.refund(m_receiptNo, lines); }))
        QDialog::accept();
}

} // namespace storedesk::ui
