// Taking payment at the counter: points to redeem (with the most allowed shown), one or more
// payments — cash tendered with the change shown large, card, WeChat Pay, Alipay, stored
// value — and Enter to confirm. The sale is committed here, so a refusal keeps the dialog open.
#pragma once

#include "sales/payment.h"
#include "sales/salerecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace storedesk::core {
class Checkout;
}

namespace storedesk::ui {

class CartModel;

class PaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(core::Checkout &checkout, CartModel &cart, QWidget *parent = nullptr);

    /// The committed sale, once accepted.
    const core::SaleRecord &sale() const { return m_sale; }
    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QSpinBox *pointsBox() const { return m_points; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void takePayment();
    void commit();
    core::Money remaining() const;

    core::Checkout &m_checkout;
    CartModel &m_cart;
    QList<core::Payment> m_payments;
    core::SaleRecord m_sale;
    QLabel *m_due = nullptr;
    QLabel *m_left = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pointsHint = nullptr;
    QSpinBox *m_points = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_amount = nullptr;
    QListWidget *m_taken = nullptr;
};

} // namespace storedesk::ui
