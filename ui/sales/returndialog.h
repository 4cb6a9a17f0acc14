// A return at the counter against a receipt: the receipt's lines with what is left of each,
// the quantities to take back, and Enter to refund them to the original payment methods.
#pragma once

#include "sales/checkout.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace storedesk::core {
class Security;
}

namespace storedesk::ui {

class ReturnDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Throws core::Error (not_found) when there is no such receipt.
    ReturnDialog(core::Checkout &checkout, core::Security &security, const QString &receiptNo,
                 QWidget *parent = nullptr);

    /// The refund, once accepted.
    const core::SaleRecord &refund() const { return m_refund; }
    /// Sets the quantity to return on line \a row (for the keyboard and for tests).
    void setQuantity(int row, int qty);

    void accept() override;

private:
    core::Checkout &m_checkout;
    core::Security &m_security;
    QString m_receiptNo;
    QList<core::RefundableLine> m_lines;
    core::SaleRecord m_refund;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
