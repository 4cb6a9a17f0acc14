#include "paymentdialog.h"

#include "cartmodel.h"
#include "domain/error.h"
#include "format.h"
#include "sales/checkout.h"
#include "style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storedesk::ui {

PaymentDialog::PaymentDialog(core::Checkout &checkout, CartModel &cart, QWidget *parent)
    : QDialog(parent)
    , m_checkout(checkout)
    , m_cart(cart)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setProperty("role", QStringLiteral("amount"));
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("redeemPoints"));
    m_pointsHint = new QLabel(this);
    m_pointsHint->setObjectName(QStringLiteral("pointsHint"));
    m_pointsHint->setProperty("role", QStringLiteral("hint"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (auto method :
         {core::PaymentMethod::Cash, core::PaymentMethod::Card, core::PaymentMethod::WeChat,
          core::PaymentMethod::Alipay, core::PaymentMethod::StoredValue}) {
        m_method->addItem(core::paymentMethodName(method), int(method));
    }
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setProperty("role", QStringLiteral("search"));
    m_taken = new QListWidget(this);
    m_taken->setObjectName(QStringLiteral("payments"));
    m_taken->setMaximumHeight(90);
    m_left = new QLabel(this);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setProperty("role", QStringLiteral("change"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Due"), m_due);
    auto *most = new QPushButton(tr("Most (F6)"), this);
    most->setObjectName(QStringLiteral("mostPoints"));
    most->setAutoDefault(false);
    most->setFocusPolicy(Qt::NoFocus);
    auto *mostKey = new QShortcut(QKeySequence(Qt::Key_F6), this);
    auto *pointsRow = new QHBoxLayout;
    pointsRow->addWidget(m_points, 1);
    pointsRow->addWidget(most);
    auto *pointsLabel = new QLabel(tr("Redeem &points"), this);
    pointsLabel->setBuddy(m_points);
    form->addRow(pointsLabel, pointsRow);
    form->addRow(QString(), m_pointsHint);
    form->addRow(tr("&Method"), m_method);
    form->addRow(tr("&Received"), m_amount);
    form->addRow(tr("Taken"), m_taken);
    form->addRow(tr("Still due"), m_left);
    auto *hint = new QLabel(tr("Enter takes the amount; a smaller amount splits the payment. "
                               "↑/↓ change the method, F6 redeems the most points, Esc goes "
                               "back to the cart."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_change);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    setMinimumWidth(460);

    const core::Quote &q = m_cart.quote();
    m_points->setRange(0, int(std::min<qint64>(q.cart.maxRedeemablePoints, 1'000'000'000)));
    m_points->setSingleStep(int(std::min<qint64>(q.redeemBlock, 1'000'000)));
    m_points->setValue(int(q.cart.pointsRedeemed));
    m_points->setEnabled(q.member.has_value() && q.cart.maxRedeemablePoints > 0);
    most->setEnabled(m_points->isEnabled());
    const auto redeem = [this] {
        if (m_points->value() == m_cart.request().redeemPoints)
            return;
        try {
            m_payments.clear();
            m_cart.setRedeemPoints(m_points->value());
            m_error->hide();
        } catch (const core::Error &error) {
            m_error->setText(error.message());
            m_error->show();
        }
        refresh();
    };
    connect(m_points, &QSpinBox::editingFinished, this, redeem);
    // One key redeems the most the sale allows, and the cashier goes on typing the amount.
    const auto redeemMost = [this, redeem] {
        if (!m_points->isEnabled())
            return;
        m_points->setValue(m_points->maximum());
        redeem();
        m_amount->setFocus();
    };
    connect(most, &QPushButton::clicked, this, redeemMost);
    connect(mostKey, &QShortcut::activated, this, redeemMost);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentDialog::refresh);
    connect(m_amount, &QLineEdit::returnPressed, this, &PaymentDialog::takePayment);
    connect(m_amount, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto amount = core::Money::parse(text);
        const bool cash =
            core::PaymentMethod(m_method->currentData().toInt()) == core::PaymentMethod::Cash;
        if (cash && amount && *amount > remaining())
            m_change->setText(tr("Change %1").arg(formatMoney(*amount - remaining())));
        else
            m_change->clear();
    });
    refresh();
    m_amount->setFocus();
}

core::Money PaymentDialog::remaining() const
{
    core::Money left = m_cart.quote().cart.totalDue;
    for (const core::Payment &p : m_payments)
        left -= p.amount;
    return left;
}

void PaymentDialog::refresh()
{
    const core::Quote &q = m_cart.quote();
    m_due->setText(formatMoney(q.cart.totalDue));
    if (q.member) {
        m_pointsHint->setText(tr("%1 points available; at most %2 on this sale (%3 points = %4).")
                                  .arg(q.pointsAvailable)
                                  .arg(q.cart.maxRedeemablePoints)
                                  .arg(q.redeemBlock)
                                  .arg(formatMoney(q.redeemBlockValue)));
    } else {
        m_pointsHint->setText(tr("Attach a member to redeem points."));
    }
    m_left->setText(formatMoney(remaining()));
    m_taken->clear();
    for (const core::Payment &p : m_payments)
        m_taken->addItem(core::paymentMethodName(p.method) + QStringLiteral("  ") +
                         formatMoney(p.amount));
    m_amount->setText(remaining().toString());
    m_amount->selectAll();
}

void PaymentDialog::takePayment()
{
    m_error->hide();
    const auto amount = core::Money::parse(m_amount->text());
    if (!amount || amount->fen() <= 0) {
        m_error->setText(tr("Type the amount received, like 50 or 37.50."));
        m_error->show();
        return;
    }
    const auto method = core::PaymentMethod(m_method->currentData().toInt());
    const core::Money left = remaining();
    core::Payment payment{method, std::min(*amount, left), core::Money()};
    if (method == core::PaymentMethod::Cash) {
        payment.tendered = *amount;
    } else if (*amount > left) {
        m_error->setText(tr("Only cash can be more than what is due."));
        m_error->show();
        return;
    }
    m_payments.append(payment);
    if (remaining().fen() > 0) {
        refresh();
        return;
    }
    commit();
}

void PaymentDialog::commit()
{
    core::SaleRequest request = m_cart.request();
    request.payments = m_payments;
    try {
        m_sale = m_checkout.commit(request);
    } catch (const core::Error &error) {
        m_payments.clear();
        refresh();
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    accept();
}

void PaymentDialog::keyPressEvent(QKeyEvent *event)
{
    // Up and Down choose the method from wherever the cursor is: the cashier keeps typing.
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        const int n = m_method->count();
        m_method->setCurrentIndex((m_method->currentIndex() + step + n) % n);
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace storedesk::ui
