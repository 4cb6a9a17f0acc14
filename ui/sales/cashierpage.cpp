#include "cashierpage.h"

#include "cartmodel.h"
#include "domain/error.h"
#include "format.h"
#include "giftdialog.h"
#include "loyalty/couponbook.h"
#include "members/memberdialog.h"
#include "paymentdialog.h"
#include "returndialog.h"
#include "store/store.h"
#include "style.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

QPushButton *keyButton(QWidget *parent, const QString &text, const QKeySequence &key,
                       const char *name)
{
    auto *button = new QPushButton(QStringLiteral("%1\n%2").arg(key.toString(), text), parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setProperty("role", QStringLiteral("key"));
    button->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
    return button;
}

} // namespace

CashierPage::CashierPage(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_cart(new CartModel(store.checkout(), this))
{
    setObjectName(QStringLiteral("cashierPage"));
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("scan"));
    m_scan->setProperty("role", QStringLiteral("search"));
    m_scan->setPlaceholderText(tr("Scan or type a barcode, then Enter"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cart"));
    m_table->setModel(m_cart);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CartModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(76); // headers stay readable when empty

    m_memberField = new QLineEdit(this);
    m_memberField->setObjectName(QStringLiteral("memberLookup"));
    m_memberField->setPlaceholderText(tr("Member: phone, last 4 or card"));
    m_member = new QLabel(this);
    m_member->setObjectName(QStringLiteral("memberPanel"));
    m_member->setWordWrap(true);
    m_member->setTextFormat(Qt::RichText);
    m_member->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::RichText);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setProperty("role", QStringLiteral("due"));
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("cashierSide"));
    side->setMinimumWidth(300);
    side->setMaximumWidth(420);
    auto *newMember = new QPushButton(tr("New"), side);
    newMember->setObjectName(QStringLiteral("registerMember"));
    newMember->setToolTip(tr("Register a new member and attach them to this sale"));
    newMember->setFocusPolicy(Qt::NoFocus);
    connect(newMember, &QPushButton::clicked, this, &CashierPage::registerMember);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_memberField, 1);
    memberRow->addWidget(newMember);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addLayout(memberRow);
    sideLayout->addWidget(m_member, 1);
    sideLayout->addWidget(m_totals);
    sideLayout->addWidget(m_due);

    m_keyBar = new QWidget(this);
    m_keyBar->setObjectName(QStringLiteral("keyBar"));
    // The bar takes the width it is given: at 1024 pixels its keys go in two rows.
    m_keyBar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_keys = new QGridLayout(m_keyBar);
    m_keys->setContentsMargins(0, 0, 0, 0);
    struct Key
    {
        QString text;
        QKeySequence key;
        const char *name;
        void (CashierPage::*slot)();
    };
    const QList<Key> list{
        {tr("Member"), QKeySequence(Qt::Key_F2), "keyMember", &CashierPage::findMember},
        {tr("Quantity"), QKeySequence(Qt::Key_F3), "keyQuantity", &CashierPage::changeQuantity},
        {tr("Remove line"), QKeySequence(Qt::Key_F4), "keyRemove", &CashierPage::removeLine},
        {tr("Hold / recall"), QKeySequence(Qt::Key_F5), "keyHold", &CashierPage::holdOrRecall},
        {tr("Coupons"), QKeySequence(Qt::Key_F7), "keyCoupons", &CashierPage::chooseCoupons},
        {tr("Pay"), QKeySequence(Qt::Key_F8), "keyPay", &CashierPage::pay},
        {tr("Reprint"), QKeySequence(Qt::Key_F9), "keyReprint", &CashierPage::reprint},
        {tr("Gifts"), QKeySequence(Qt::Key_F11), "keyGifts", &CashierPage::giftsForPoints},
        {tr("Return"), QKeySequence(Qt::Key_F12), "keyReturn", &CashierPage::returns},
        {tr("Cancel sale"), QKeySequence(Qt::Key_Escape), "keyCancel", &CashierPage::cancelSale},
    };
    for (const Key &k : list) {
        QPushButton *button = keyButton(this, k.text, k.key, k.name);
        if (k.key == QKeySequence(Qt::Key_F8))
            button->setProperty("role", QStringLiteral("primary"));
        auto *action = new QAction(this);
        action->setShortcut(k.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, k.slot);
        connect(button, &QPushButton::clicked, this, k.slot);
        m_keyButtons.append(button);
    }

    auto *left = new QVBoxLayout;
    left->addWidget(m_scan);
    left->addWidget(m_message);
    left->addWidget(m_table, 1);
    left->addWidget(m_keyBar);
    arrangeKeys(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(side);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] { scan(m_scan->text()); });
    connect(m_memberField, &QLineEdit::returnPressed, this,
            [this] { attach(m_memberField->text()); });
    connect(m_cart, &CartModel::priced, this, &CashierPage::refresh);
    refresh();
    ready();
}

void CashierPage::arrangeKeys(int rows)
{
    if (rows == m_keyRows)
        return;
    m_keyRows = rows;
    for (QPushButton *b : m_keyButtons)
        m_keys->removeWidget(b);
    const int perRow = int((m_keyButtons.size() + rows - 1) / rows);
    for (int i = 0; i < m_keyButtons.size(); ++i)
        m_keys->addWidget(m_keyButtons[i], i / perRow, i % perRow);
    int widest = 0;
    for (QPushButton *b : m_keyButtons)
        widest = std::max(widest, b->minimumSizeHint().width());
    // Two rows always fit: the bar never asks for more than that.
    m_keyBar->setMinimumWidth(widest * perRowFor(2) + m_keys->horizontalSpacing() * perRowFor(2));
    // Its height changed with the rows: the page lays itself out again.
    m_keys->invalidate();
    m_keyBar->setMinimumHeight(m_keys->minimumSize().height());
    m_keyBar->updateGeometry();
}

int CashierPage::perRowFor(int rows) const
{
    return int((m_keyButtons.size() + rows - 1) / rows);
}

void CashierPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    int oneRow = 0;
    for (QPushButton *b : m_keyButtons)
        oneRow += b->sizeHint().width() + m_keys->horizontalSpacing();
    arrangeKeys(m_keyBar->width() >= oneRow ? 1 : 2);
}

void CashierPage::ready()
{
    m_scan->clear();
    m_scan->setFocus();
}

void CashierPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setRole(m_message, problem ? QStringLiteral("error") : QStringLiteral("ok"));
    if (problem)
        QApplication::beep();
}

void CashierPage::scan(const QString &code)
{
    const QString text = code.trimmed();
    if (text.isEmpty()) {
        ready();
        return;
    }
    if (core::CouponBook::looksLikeCode(text)) {
        addCoupon(text);
        ready();
        return;
    }
    try {
        m_cart->addBarcode(text);
        m_message->clear();
        const QString barcode = core::Barcode::parseOrThrow(text).code();
        for (int row = 0; row < m_cart->request().lines.size(); ++row) {
            if (m_cart->request().lines[row].barcode == barcode)
                m_table->selectRow(row);
        }
    } catch (const core::Error &error) {
        // Not a product: a member card scanned at the counter attaches its member.
        const bool notProduct = error.code() == core::ErrorCode::UnknownBarcode ||
                                error.code() == core::ErrorCode::InvalidBarcode;
        if (notProduct && m_store.members().byCard(text)) {
            attach(text);
            return;
        }
        showMessage(error.message(), true); // nothing was added
    }
    ready();
}

void CashierPage::scanFromDevice(const QString &code)
{
    // A window or dialog in front (the payment, a pick list) is not interrupted.
    if (QApplication::activeModalWidget())
        return;
    scan(code);
}

void CashierPage::addCoupon(const QString &code)
{
    try {
        m_cart->addCoupon(code);
        showMessage(tr("Coupon %1 taken.").arg(code.trimmed().toUpper()), false);
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
}

void CashierPage::chooseCoupons()
{
    const core::SaleRequest &r = m_cart->request();
    QList<core::Coupon> usable;
    if (!r.member.isEmpty()) {
        try {
            usable = m_store.coupons().forMember(m_store.members().resolve(r.member).id, true);
        } catch (const core::Error &error) {
            showMessage(error.message(), true);
        }
    }
    if (usable.isEmpty()) {
        // No member coupons: a printed coupon's code, typed in.
        bool ok = false;
        const QString code = QInputDialog::getText(
            this, tr("Coupon"),
            r.member.isEmpty() ? tr("Coupon code (scan it):")
                               : tr("This member has no coupon to use today. Coupon code:"),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !code.trimmed().isEmpty())
            addCoupon(code);
        ready();
        return;
    }
    QStringList items;
    for (const core::Coupon &c : usable) {
        items.append(
            tr("%1 · %2 · until %3").arg(c.templateName, c.code, formatDate(c.validUntil)));
    }
    bool ok = false;
    const QString pick =
        QInputDialog::getItem(this, tr("Use a coupon"), tr("Which coupon?"), items, 0, false, &ok);
    if (ok)
        addCoupon(usable[int(items.indexOf(pick))].code);
    ready();
}

void CashierPage::findMember()
{
    m_memberField->selectAll();
    m_memberField->setFocus();
}

void CashierPage::attach(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        m_cart->setMember(QString());
        ready();
        return;
    }
    QList<core::Member> found;
    try {
        found = m_store.members().find(text, 50);
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
        return;
    }
    if (found.isEmpty()) {
        // A new customer giving their number: offer to register them on the spot.
        if (core::PhoneNumber::parse(text)) {
            const auto answer =
                QMessageBox::question(this, tr("Not a member yet"),
                                      tr("No member has the number %1. Register them now?")
                                          .arg(formatPhone(*core::PhoneNumber::parse(text))));
            if (answer == QMessageBox::Yes) {
                registerMember();
                return;
            }
        }
        showMessage(tr("No member matches “%1”.").arg(text), true);
        return;
    }
    core::Member chosen = found.first();
    if (found.size() > 1) {
        QStringList items;
        for (const core::Member &m : found)
            items.append(QStringLiteral("%1  %2").arg(m.name, formatPhone(m.phone)));
        bool ok = false;
        const QString pick = QInputDialog::getItem(this, tr("Several members match"),
                                                   tr("Which member?"), items, 0, false, &ok);
        if (!ok) {
            ready();
            return;
        }
        chosen = found[int(items.indexOf(pick))];
    }
    try {
        m_cart->setMember(chosen.phone.digits());
        m_memberField->clear();
        m_message->clear();
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
    ready();
}

void CashierPage::registerMember()
{
    const QString typed = m_memberField->text().trimmed();
    MemberDialog dialog(m_store.members(), core::PhoneNumber::parse(typed) ? typed : QString(),
                        this);
    if (dialog.exec() == QDialog::Accepted) {
        try {
            m_cart->setMember(dialog.member().phone.digits());
            m_memberField->clear();
            showMessage(tr("%1 is now a member and on this sale.").arg(dialog.member().name),
                        false);
        } catch (const core::Error &error) {
            showMessage(error.message(), true);
        }
    }
    ready();
}

void CashierPage::giftsForPoints()
{
    const QString who = m_cart->request().member;
    if (who.isEmpty()) {
        showMessage(tr("Attach the member first (F2): gifts are paid with their points."), true);
        ready();
        return;
    }
    try {
        GiftDialog dialog(m_store, m_store.members().resolve(who), this);
        if (dialog.exec() == QDialog::Accepted) {
            m_lastReceipt = dialog.sale().receiptNo;
            showMessage(tr("Receipt %1: gifts for %2 points handed over.")
                            .arg(dialog.sale().receiptNo)
                            .arg(dialog.sale().pointsRedeemed),
                        false);
            m_cart->setMember(who); // the points changed: price the cart again
        }
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
    ready();
}

void CashierPage::changeQuantity()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row()
                                                      : int(m_cart->rowCount()) - 1;
    if (row < 0) {
        ready();
        return;
    }
    bool ok = false;
    const int qty =
        QInputDialog::getInt(this, tr("Quantity"), m_cart->quote().cart.lines[row].product.name,
                             int(m_cart->request().lines[row].qty), 1, 99999, 1, &ok);
    if (ok) {
        try {
            m_cart->setQuantity(row, qty);
            m_table->selectRow(row);
        } catch (const core::Error &error) {
            showMessage(error.message(), true);
        }
    }
    ready();
}

void CashierPage::removeLine()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row()
                                                      : int(m_cart->rowCount()) - 1;
    try {
        m_cart->removeLine(row);
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
    ready();
}

void CashierPage::holdOrRecall()
{
    try {
        if (!m_cart->isEmpty()) {
            const QString label = m_cart->quote().member ? m_cart->quote().member->name : QString();
            const core::HeldOrder held = m_store.heldOrders().hold(m_cart->request(), label);
            m_cart->clear();
            showMessage(tr("Held as order %1. F5 on an empty cart recalls it.").arg(held.id),
                        false);
        } else {
            const QList<core::HeldOrder> held = m_store.heldOrders().list();
            if (held.isEmpty()) {
                showMessage(tr("There are no held orders."), false);
            } else {
                QStringList items;
                for (const core::HeldOrder &h : held) {
                    items.append(
                        tr("Order %1 · %2 · %n line(s)", nullptr, int(h.request.lines.size()))
                            .arg(h.id)
                            .arg(h.label.isEmpty() ? formatTime(h.heldAt) : h.label));
                }
                bool ok = false;
                const QString pick = QInputDialog::getItem(
                    this, tr("Recall a held order"), tr("Which order?"), items, 0, false, &ok);
                if (ok) {
                    const core::HeldOrder order =
                        m_store.heldOrders().recall(held[int(items.indexOf(pick))].id);
                    m_cart->load(order.request);
                }
            }
        }
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
    ready();
}

void CashierPage::pay()
{
    if (m_cart->isEmpty()) {
        showMessage(tr("Scan something first."), true);
        ready();
        return;
    }
    PaymentDialog dialog(m_store.checkout(), *m_cart, this);
    if (dialog.exec() == QDialog::Accepted) {
        const core::SaleRecord &sale = dialog.sale();
        m_lastReceipt = sale.receiptNo;
        m_cart->clear();
        showMessage(
            sale.change.isZero()
                ? tr("Receipt %1 done.").arg(sale.receiptNo)
                : tr("Receipt %1 done. Change: %2").arg(sale.receiptNo, formatMoney(sale.change)),
            false);
    }
    ready();
}

void CashierPage::reprint()
{
    QString receipt = m_lastReceipt;
    if (receipt.isEmpty()) {
        bool ok = false;
        receipt = QInputDialog::getText(this, tr("Reprint"), tr("Receipt number (scan it):"),
                                        QLineEdit::Normal, QString(), &ok);
        if (!ok || receipt.trimmed().isEmpty()) {
            ready();
            return;
        }
    }
    try {
        m_store.checkout().reprint(receipt);
        emit printRequested();
        showMessage(tr("Receipt %1 sent to the printer again.").arg(receipt.trimmed()), false);
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
    ready();
}

void CashierPage::returns()
{
    bool ok = false;
    const QString receipt = QInputDialog::getText(this, tr("Return"),
                                                  tr("Receipt number (scan the receipt's "
                                                     "barcode):"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok || receipt.trimmed().isEmpty()) {
        ready();
        return;
    }
    try {
        ReturnDialog dialog(m_store.checkout(), m_store.security(), receipt, this);
        if (dialog.exec() == QDialog::Accepted) {
            const core::SaleRecord &refund = dialog.refund();
            QStringList back;
            for (const core::Payment &p : refund.payments)
                back.append(core::paymentMethodName(p.method) + u' ' + formatMoney(-p.amount));
            m_lastReceipt = refund.receiptNo;
            showMessage(tr("Refund %1: %2").arg(refund.receiptNo, back.join(QStringLiteral(", "))),
                        false);
        }
    } catch (const core::Error &error) {
        showMessage(error.message(), true);
    }
    ready();
}

void CashierPage::cancelSale()
{
    if (!m_cart->isEmpty() || !m_cart->request().member.isEmpty()) {
        m_cart->clear();
        showMessage(tr("Sale cancelled."), false);
    }
    ready();
}

void CashierPage::refresh()
{
    const core::Quote &q = m_cart->quote();
    const core::SaleRequest &r = m_cart->request();
    // The member panel: who, tier, points, stored value, birthday and how far to the next tier.
    if (!r.member.isEmpty()) {
        try {
            const core::Member m = m_store.members().resolve(r.member);
            const core::MemberStanding s = m_store.loyalty().standing(m.id);
            QString html = QStringLiteral("<div style='font-size:20px;font-weight:bold'>%1</div>")
                               .arg(m.name.toHtmlEscaped());
            html += QStringLiteral("<div>%1 · %2</div>")
                        .arg(formatPhone(m.phone), s.tierName.toHtmlEscaped());
            html += QStringLiteral("<div>%1</div>")
                        .arg(tr("Points: %1 · Stored value: %2")
                                 .arg(QLocale().toString(s.points),
                                      formatMoney(s.storedValue.total())));
            if (q.cart.birthday)
                html += QStringLiteral("<div style='color:#b45309'>%1</div>")
                            .arg(tr("🎂 Birthday bonus points on this sale"));
            if (s.nextTier) {
                html +=
                    QStringLiteral("<div style='color:#6b7280'>%1</div>")
                        .arg(tr("%1 more to %2")
                                 .arg(formatMoney(s.toNextTier), s.nextTierName.toHtmlEscaped()));
            }
            const QList<core::Coupon> coupons = m_store.coupons().forMember(m.id, true);
            if (!coupons.isEmpty()) {
                QStringList names;
                for (const core::Coupon &c : coupons)
                    names.append(c.templateName.toHtmlEscaped());
                html += QStringLiteral("<div style='color:#0f766e'>%1</div>")
                            .arg(tr("%n coupon(s) to use (F7): %1", nullptr, int(coupons.size()))
                                     .arg(names.join(QStringLiteral(", "))));
            }
            m_member->setText(html);
        } catch (const core::Error &error) {
            m_member->setText(error.message().toHtmlEscaped());
        }
    } else {
        m_member->setText(tr("Walk-in customer. F2 to attach a member."));
    }
    // The totals: subtotal, every discount by name, points, and what is due.
    QString totals = QStringLiteral("<table width='100%'>");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    totals += row(tr("Subtotal"), formatMoney(q.cart.subtotal));
    for (const core::AppliedDiscount &d : q.cart.discounts)
        totals += row(d.name, formatMoney(-d.amount));
    if (q.cart.pointsRedeemed > 0) {
        totals += row(tr("%1 points").arg(q.cart.pointsRedeemed), formatMoney(-q.cart.pointsValue));
    }
    if (q.member)
        totals += row(tr("Points to earn"), QLocale().toString(q.pointsEarned));
    totals += QStringLiteral("</table>");
    m_totals->setText(totals);
    m_due->setText(tr("Due %1").arg(formatMoney(q.cart.totalDue)));
}

} // namespace storedesk::ui
