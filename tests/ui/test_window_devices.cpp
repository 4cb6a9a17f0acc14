// The whole window with its devices, as the program's main puts them together: a cash sale
// comes out of the printer with the drawer opened, scans go where the screen in front wants
// them, and a coupon or a member card can be scanned at the till like a product.
#include "../core/teststore.h"
#include "../devices/escposdecoder.h"
#include "catalog/productspage.h"
#include "catchqt.h"
#include "devices/hardware.h"
#include "devices/scanfilter.h"
#include "mainwindow.h"
#include "members/memberlistmodel.h"
#include "members/memberspage.h"
#include "printersettings.h"
#include "sales/cartmodel.h"
#include "sales/cashierpage.h"
#include "sales/paymentdialog.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace storedesk;
using storedesk::test::TestStore;

namespace {

/// A till whose printer writes into a file.
struct Till
{
    TestStore store;
    QTemporaryDir dir;
    QString printed = dir.filePath(QStringLiteral("printer.bin"));
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::Hardware> hardware;

    Till()
    {
        devices::PrinterSettings(store->database(), store->settings())
            .setUri(QStringLiteral("file:") + printed);
        core::NewProduct p;
        p.barcode = QStringLiteral("6901234567892");
        p.name = QStringLiteral("矿泉水");
        p.price = QStringLiteral("2.50");
        p.stock = 10;
        store->catalog().add(p);
        core::NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        m.cardNo = QStringLiteral("VIP0001");
        store->members().add(m);
        window = std::make_unique<ui::MainWindow>(*store);
        hardware = std::make_unique<ui::Hardware>(*store, *window);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    ~Till()
    {
        hardware.reset(); // the filter leaves the application before the window goes
    }

    test::DecodedPrint output() const
    {
        QFile file(printed);
        return file.open(QIODevice::ReadOnly) ? test::decodeEscPos(file.readAll())
                                              : test::DecodedPrint{};
    }
};

} // namespace

TEST_CASE("A cash sale prints its receipt and opens the drawer", "[ui][devices][window]")
{
    Till till;
    ui::CashierPage *cashier = till.window->cashierPage();
    cashier->scan(QStringLiteral("6901234567892"));
    QString receipt;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::PaymentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->amountField()->setText(QStringLiteral("10"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
    });
    cashier->pay();
    receipt = till.store->checkout().load(1).receiptNo;
    REQUIRE(QTest::qWaitFor([&] { return till.output().cuts == 1; }, 20000));
    const test::DecodedPrint out = till.output();
    CHECK(out.pulses == 1); // the drawer, for cash
    CHECK(out.barcodes.contains(QStringLiteral("CODE128 ") + receipt));
    CHECK(out.lines.join(u'\n').contains(QStringLiteral("矿泉水")));
}

TEST_CASE("Scans go to the till's cart and to the search of the screen in front",
          "[ui][devices][window]")
{
    Till till;
    ui::MainWindow &window = *till.window;
    // At the till, with the member box focused, a scan still reaches the cart.
    window.cashierPage()->memberField()->setFocus();
    emit till.hardware->scanFilter()->scanned(QStringLiteral("6901234567892"));
    CHECK(window.cashierPage()->cart()->rowCount() == 1);
    CHECK(window.cashierPage()->memberField()->text().isEmpty());

    // A member card scanned at the till attaches its member.
    emit till.hardware->scanFilter()->scanned(QStringLiteral("VIP0001"));
    REQUIRE(window.cashierPage()->cart()->quote().member.has_value());
    CHECK(window.cashierPage()->cart()->quote().member->name == QStringLiteral("张三"));

    // On the product and member screens, a scan finds what was scanned.
    window.showScreen(ui::MainWindow::Screen::Products);
    emit till.hardware->scanFilter()->scanned(QStringLiteral("6901234567892"));
    CHECK(window.productsPage()->searchField()->text() == QStringLiteral("6901234567892"));
    CHECK(window.cashierPage()->cart()->request().lines.first().qty == 1);
    window.showScreen(ui::MainWindow::Screen::Members);
    emit till.hardware->scanFilter()->scanned(QStringLiteral("VIP0001"));
    REQUIRE(window.membersPage()->model()->rowCount() == 1);
    CHECK(window.membersPage()->model()->summary(0).member.name == QStringLiteral("张三"));
    // Elsewhere it goes back to the till.
    window.showScreen(ui::MainWindow::Screen::Rules);
    emit till.hardware->scanFilter()->scanned(QStringLiteral("6901234567892"));
    CHECK(window.cashierPage()->cart()->request().lines.first().qty == 2);
}

TEST_CASE("A scanned coupon pays towards the sale and F7 picks the member's", "[ui][window]")
{
    Till till;
    core::Store &store = *till.store;
    const core::CouponTemplate t = store.coupons().addTemplate(
        QJsonDocument::fromJson(R"({"name":"立减1元","kind":"amount_off","amount":"1.00",
                                    "valid_days":30})")
            .object());
    const core::Member zhang = store.members().resolve(QStringLiteral("13800138000"));
    const core::Coupon printed = store.coupons().issue(t.id, 0);
    const core::Coupon his = store.coupons().issue(t.id, zhang.id);
    ui::CashierPage *cashier = till.window->cashierPage();
    auto *message = cashier->findChild<QLabel *>(QStringLiteral("message"));

    // Before any product: refused, with the reason.
    cashier->scan(printed.code);
    CHECK(message->text().contains(QStringLiteral("products first")));
    cashier->scan(QStringLiteral("6901234567892"));
    cashier->scan(QStringLiteral("6901234567892"));
    cashier->scan(printed.code);
    CHECK(cashier->cart()->quote().cart.discountTotal == core::Money::fromFen(100));
    CHECK(cashier->findChild<QLabel *>(QStringLiteral("totals"))
              ->text()
              .contains(QStringLiteral("立减1元")));

    // Attaching a member starts the coupons over; F7 offers the member's own.
    cashier->scan(QStringLiteral("VIP0001"));
    CHECK(cashier->cart()->request().coupons.isEmpty());
    CHECK(cashier->findChild<QLabel *>(QStringLiteral("memberPanel"))
              ->text()
              .contains(QStringLiteral("立减1元")));
    QTimer::singleShot(0, [&] {
        QWidget *pick = QApplication::activeModalWidget();
        REQUIRE(pick != nullptr);
        QTest::keyClick(pick, Qt::Key_Return);
    });
    QTest::keyClick(cashier->scanField(), Qt::Key_F7);
    CHECK(cashier->cart()->request().coupons == QStringList{his.code});
}

TEST_CASE("Every screen's tab carries its drawn icon", "[ui][window]")
{
    TestStore store;
    ui::MainWindow window(*store);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("screens"));
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        INFO("tab " << tabs->tabText(i).toStdString());
        // A null pixmap here means the SVG icon engine is missing or the file is not in the
        // resources: the tab would show its text alone.
        const QImage picture = tabs->tabIcon(i).pixmap(24, 24).toImage();
        REQUIRE_FALSE(picture.isNull());
        int inked = 0;
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x)
                inked += qAlpha(picture.pixel(x, y)) > 0 ? 1 : 0;
        CHECK(inked > 20);
    }
}
