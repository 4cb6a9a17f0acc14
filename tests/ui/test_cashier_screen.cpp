// The cashier flow driven by keys as at the counter: scan, attach a member by the last four
// digits, pay cash with change — and the sale, its ledgers and its print job are in the store.
#include "../core/teststore.h"
#include "catchqt.h"
#include "sales/cartmodel.h"
#include "sales/cashierpage.h"
#include "sales/paymentdialog.h"
#include "sales/returndialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace storedesk;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
    }
}

void enter(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Return);
}

struct Counter
{
    TestStore store;
    ui::CashierPage page{*store};

    Counter()
    {
        core::NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        store->members().add(m);
        m.phone = QStringLiteral("13900001234");
        m.name = QStringLiteral("李四");
        store->members().add(m);
        for (const auto &[code, name, price] : {std::tuple{"6901234567892", "矿泉水", "2.50"},
                                                std::tuple{"4006381333931", "笔", "10.00"}}) {
            core::NewProduct p;
            p.barcode = QString::fromLatin1(code);
            p.name = QString::fromUtf8(name);
            p.price = QString::fromLatin1(price);
            p.stock = 10;
            store->catalog().add(p);
        }
        page.show();
        page.activateWindow();
        // Function keys are shortcuts: they work in the active window, as at the counter.
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
};

} // namespace

TEST_CASE("Scan twice and the same product counts up", "[ui][cashier]")
{
    Counter c;
    typeText(c.page.scanField(), QStringLiteral("6901234567892"));
    enter(c.page.scanField());
    typeText(c.page.scanField(), QStringLiteral("6901234567892"));
    enter(c.page.scanField());
    typeText(c.page.scanField(), QStringLiteral("4006381333931"));
    enter(c.page.scanField());
    REQUIRE(c.page.cart()->rowCount() == 2);
    CHECK(c.page.cart()->request().lines[0].qty == 2);
    CHECK(c.page.cart()->quote().cart.totalDue == core::Money::fromFen(1500));
    CHECK(c.page.scanField()->text().isEmpty());
    CHECK(c.page.findChild<QLabel *>(QStringLiteral("due"))
              ->text()
              .contains(QStringLiteral("15.00")));
}

TEST_CASE("An unknown barcode adds nothing and says so", "[ui][cashier]")
{
    Counter c;
    typeText(c.page.scanField(), QStringLiteral("9780201379624"));
    enter(c.page.scanField());
    CHECK(c.page.cart()->rowCount() == 0);
    CHECK(c.page.findChild<QLabel *>(QStringLiteral("message"))
              ->text()
              .contains(QStringLiteral("9780201379624")));
    CHECK(c.page.scanField()->text().isEmpty());
}

TEST_CASE("Scan attach a member by last four and pay cash with change", "[ui][cashier]")
{
    Counter c;
    typeText(c.page.scanField(), QStringLiteral("6901234567892"));
    enter(c.page.scanField());
    typeText(c.page.scanField(), QStringLiteral("4006381333931"));
    enter(c.page.scanField());
    QTest::keyClick(c.page.scanField(), Qt::Key_F2);
    typeText(c.page.memberField(), QStringLiteral("1234"));
    enter(c.page.memberField());
    REQUIRE(c.page.cart()->quote().member.has_value());
    CHECK(c.page.cart()->quote().member->name == QStringLiteral("李四"));

    QString change;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::PaymentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->amountField()->selectAll();
        typeText(dialog->amountField(), QStringLiteral("20"));
        change = dialog->findChild<QLabel *>(QStringLiteral("change"))->text();
        enter(dialog->amountField());
    });
    QTest::keyClick(c.page.scanField(), Qt::Key_F8);
    CHECK(change.contains(QStringLiteral("7.50")));
    CHECK(c.page.cart()->rowCount() == 0);
    CHECK(c.page.findChild<QLabel *>(QStringLiteral("message"))
              ->text()
              .contains(QStringLiteral("7.50")));

    core::Store &s = *c.store;
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM sales")) == 1);
    CHECK(scalar(s, QStringLiteral("SELECT change_fen FROM sales")) == 750);
    CHECK(scalar(s, QStringLiteral("SELECT tendered_fen FROM sale_payments")) == 2000);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM print_jobs WHERE status = 'pending'")) ==
          1);
    CHECK(scalar(s, QStringLiteral("SELECT points FROM points_ledger WHERE kind = 'earn'")) == 12);
    CHECK(s.loyalty().standing(s.members().resolve(QStringLiteral("13900001234")).id).points == 12);
}

TEST_CASE("F5 holds the cart and recalls it on an empty one", "[ui][cashier]")
{
    Counter c;
    typeText(c.page.scanField(), QStringLiteral("4006381333931"));
    enter(c.page.scanField());
    QTest::keyClick(c.page.scanField(), Qt::Key_F5);
    CHECK(c.page.cart()->rowCount() == 0);
    REQUIRE(c.store->heldOrders().list().size() == 1);
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(c.page.scanField(), Qt::Key_F5);
    CHECK(c.page.cart()->rowCount() == 1);
    CHECK(c.store->heldOrders().list().isEmpty());
}

TEST_CASE("F12 returns a line of a receipt and F9 reprints", "[ui][cashier]")
{
    Counter c;
    core::SaleRequest r;
    r.lines = {{QStringLiteral("4006381333931"), 2}};
    r.payments = {{core::PaymentMethod::Cash, core::Money::fromFen(2000), core::Money()}};
    const core::SaleRecord sale = c.store->checkout().commit(r);

    bool returned = false;
    QTimer::singleShot(0, [&] {
        QWidget *ask = QApplication::activeModalWidget(); // the receipt number prompt
        REQUIRE(ask != nullptr);
        QLineEdit *field = ask->findChild<QLineEdit *>();
        REQUIRE(field != nullptr);
        typeText(field, sale.receiptNo);
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<ui::ReturnDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog != nullptr);
            dialog->setQuantity(0, 1);
            dialog->accept();
            returned = true;
        });
        QTest::keyClick(field, Qt::Key_Return);
    });
    QTest::keyClick(c.page.scanField(), Qt::Key_F12);
    REQUIRE(returned);
    CHECK(c.page.findChild<QLabel *>(QStringLiteral("message"))
              ->text()
              .contains(QStringLiteral("10.00")));
    CHECK(c.store->checkout().refundable(sale.receiptNo).first().remaining() == 1);

    c.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&c.page));
    QTest::keyClick(c.page.scanField(), Qt::Key_F9); // the refund receipt, printed again
    CHECK(scalar(*c.store, QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = "
                                          "'reprint'")) == 1);
}

TEST_CASE("A member found by last four redeems points and pays cash with change", "[ui][cashier]")
{
    Counter c;
    core::Store &s = *c.store;
    const core::Member li = s.members().resolve(QStringLiteral("13900001234"));
    s.loyalty().adjustPoints(li.id, 300, QStringLiteral("开业赠送"));
    typeText(c.page.scanField(), QStringLiteral("4006381333931"));
    enter(c.page.scanField());
    typeText(c.page.scanField(), QStringLiteral("4006381333931"));
    enter(c.page.scanField());
    typeText(c.page.scanField(), QStringLiteral("6901234567892"));
    enter(c.page.scanField());
    QTest::keyClick(c.page.scanField(), Qt::Key_F2);
    typeText(c.page.memberField(), QStringLiteral("1234"));
    enter(c.page.memberField());
    REQUIRE(c.page.cart()->quote().member.has_value());

    // ¥22.50 due: points may pay half, ¥11.25, so two ¥5 blocks (200 points).
    QString hint;
    QString change;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::PaymentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        // Shortcuts need the dialog to be the active window, as it is at the counter.
        dialog->activateWindow();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
        hint = dialog->findChild<QLabel *>(QStringLiteral("pointsHint"))->text();
        QTest::keyClick(dialog->amountField(), Qt::Key_F6);
        CHECK(dialog->pointsBox()->value() == 200);
        dialog->amountField()->selectAll();
        typeText(dialog->amountField(), QStringLiteral("50"));
        change = dialog->findChild<QLabel *>(QStringLiteral("change"))->text();
        enter(dialog->amountField());
    });
    QTest::keyClick(c.page.scanField(), Qt::Key_F8);
    CHECK(hint.contains(QStringLiteral("300")));     // what the member has …
    CHECK(hint.contains(QStringLiteral("200")));     // … and the most this sale allows
    CHECK(change.contains(QStringLiteral("37.50"))); // ¥12.50 due after ¥10 of points
    CHECK(c.page.cart()->rowCount() == 0);

    CHECK(scalar(s, QStringLiteral("SELECT points_redeemed FROM sales")) == 200);
    CHECK(scalar(s, QStringLiteral("SELECT points_value_fen FROM sales")) == 1000);
    CHECK(scalar(s, QStringLiteral("SELECT change_fen FROM sales")) == 3750);
    CHECK(scalar(s, QStringLiteral("SELECT points FROM points_ledger WHERE kind = 'redeem'")) ==
          -200);
    CHECK(scalar(s, QStringLiteral("SELECT points FROM points_ledger WHERE kind = 'earn'")) == 12);
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM print_jobs WHERE kind = 'receipt' AND "
                                   "status = 'pending'")) == 1);
    CHECK(s.loyalty().points().balance(li.id) == 300 - 200 + 12);
}

TEST_CASE("A new customer's number registers them at the counter and joins the sale",
          "[ui][cashier]")
{
    Counter c;
    typeText(c.page.scanField(), QStringLiteral("6901234567892"));
    enter(c.page.scanField());
    QTest::keyClick(c.page.scanField(), Qt::Key_F2);
    typeText(c.page.memberField(), QStringLiteral("186 1234 5678"));
    bool asked = false;
    bool registered = false;
    QTimer::singleShot(0, [&] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(question != nullptr);
        asked = question->text().contains(QStringLiteral("186 1234 5678"));
        QTimer::singleShot(0, [&] {
            QWidget *form = QApplication::activeModalWidget();
            REQUIRE(form != nullptr);
            QLineEdit *name = form->findChild<QLineEdit *>(QStringLiteral("name"));
            REQUIRE(name != nullptr);
            CHECK(form->findChild<QLineEdit *>(QStringLiteral("phone"))->text() ==
                  QStringLiteral("186 1234 5678"));
            typeText(name, QStringLiteral("赵六"));
            enter(name);
            registered = true;
        });
        question->button(QMessageBox::Yes)->click();
    });
    enter(c.page.memberField());
    CHECK(asked);
    REQUIRE(registered);
    REQUIRE(c.page.cart()->quote().member.has_value());
    CHECK(c.page.cart()->quote().member->name == QStringLiteral("赵六"));
    CHECK(c.page.cart()->rowCount() == 1); // the cart is still there
}

TEST_CASE("F11 hands the attached member gifts for their points", "[ui][cashier]")
{
    Counter c;
    core::Store &s = *c.store;
    const core::Member li = s.members().resolve(QStringLiteral("13900001234"));
    s.loyalty().adjustPoints(li.id, 500, QStringLiteral("活动"));
    core::ProductChange gift;
    gift.giftPoints = QStringLiteral("200");
    s.catalog().update(s.catalog().resolveBarcode(QStringLiteral("4006381333931")).id, gift);

    // Without a member there is nobody to pay with points.
    QTest::keyClick(c.page.scanField(), Qt::Key_F11);
    CHECK(c.page.findChild<QLabel *>(QStringLiteral("message"))
              ->text()
              .contains(QStringLiteral("F2")));

    QTest::keyClick(c.page.scanField(), Qt::Key_F2);
    typeText(c.page.memberField(), QStringLiteral("1234"));
    enter(c.page.memberField());
    QString total;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog != nullptr);
        auto *gifts = dialog->findChild<QTableWidget *>(QStringLiteral("gifts"));
        REQUIRE(gifts != nullptr);
        REQUIRE(gifts->rowCount() == 1);
        qobject_cast<QSpinBox *>(gifts->cellWidget(0, 3))->setValue(2);
        total = dialog->findChild<QLabel *>(QStringLiteral("giftTotal"))->text();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(c.page.scanField(), Qt::Key_F11);
    CHECK(total.contains(QStringLiteral("400")));
    CHECK(s.loyalty().points().balance(li.id) == 100);
    CHECK(s.catalog().resolveBarcode(QStringLiteral("4006381333931")).stock == 8);
    CHECK(scalar(s, QStringLiteral("SELECT total_fen FROM sales")) == 0);
}
