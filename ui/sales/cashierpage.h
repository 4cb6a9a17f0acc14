// The cashier screen, open all day and driven by the keyboard: the scan field always has the
// focus after each action; function keys for every step (F2 member, F3 quantity, F4 remove
// line, F5 hold/recall, F7 coupons, F8 pay, F9 reprint, F12 returns, Esc cancel). A scan may be
// a product, a coupon or a member card. Every price comes from the core's Checkout.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class CartModel;

class CashierPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CashierPage(core::Store &store, QWidget *parent = nullptr);

    CartModel *cart() const { return m_cart; }
    QLineEdit *scanField() const { return m_scan; }
    QLineEdit *memberField() const { return m_memberField; }

public slots:
    /// A product barcode, a coupon code or a member card, typed or scanned.
    void scan(const QString &code);
    /// A scan from a scanner, whatever had the focus.
    void scanFromDevice(const QString &code);
    /// The member's usable coupons to tick, or a code to type.
    void chooseCoupons();
    /// Gifts for points for the attached member (F11).
    void giftsForPoints();
    void findMember();
    void changeQuantity();
    void removeLine();
    void holdOrRecall();
    void pay();
    void reprint();
    void returns();
    void cancelSale();
    /// Registers a new member from the counter (the phone typed in the member box, if any)
    /// and attaches them to the sale.
    void registerMember();

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    /// A receipt was queued outside a sale (a reprint): the printer should look now.
    void printRequested();

private:
    void showMessage(const QString &text, bool problem);
    void addCoupon(const QString &code);
    /// Lays the function keys out in \a rows rows.
    void arrangeKeys(int rows);
    int perRowFor(int rows) const;
    void attach(const QString &phoneOrCard);
    void refresh();
    void ready();

    core::Store &m_store;
    CartModel *m_cart = nullptr;
    QLineEdit *m_scan = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_memberField = nullptr;
    QLabel *m_member = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_due = nullptr;
    QString m_lastReceipt;
    QWidget *m_keyBar = nullptr;
    QGridLayout *m_keys = nullptr;
    QList<QPushButton *> m_keyButtons;
    int m_keyRows = 0;
};

} // namespace storedesk::ui
