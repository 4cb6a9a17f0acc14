// People in the window: the till opens locked once the store has users, a PIN typed on the
// lock screen signs in and shows only the screens that person may use, Ctrl+L locks again, a
// manager approves a cashier's action on the spot, and the People screen adds users and shows
// and checks the audit trail.
#include "../core/staffedstore.h"
#include "catchqt.h"
#include "mainwindow.h"
#include "members/memberpanel.h"
#include "sales/cashierpage.h"
#include "security/approvaldialog.h"
#include "security/peoplepage.h"
#include "security/signinform.h"
#include "security/userdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace storedesk;
using storedesk::test::StaffedStore;

namespace {

void signInOnLockScreen(ui::MainWindow &window, const char *name, const char *pin)
{
    ui::SignInForm *form = window.signInForm();
    form->nameBox()->setCurrentIndex(form->nameBox()->findText(QString::fromUtf8(name)));
    form->pinField()->setText(QString::fromLatin1(pin));
    QTest::keyClick(form->pinField(), Qt::Key_Return);
}

QLabel *visibleError(QWidget *in)
{
    for (auto *label : in->findChildren<QLabel *>(QStringLiteral("error"))) {
        if (!label->isHidden())
            return label;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The till opens locked and a PIN shows the screens its user may use", "[ui][people]")
{
    StaffedStore shop;
    ui::MainWindow window(*shop.store);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("screens"));
    REQUIRE(tabs);
    CHECK(window.isLocked());
    CHECK_FALSE(shop.store->security().current());

    // A wrong PIN says so and stays locked; a scan does not get past the lock.
    signInOnLockScreen(window, "小张", "9999");
    CHECK(window.isLocked());
    QLabel *error = visibleError(window.signInForm());
    REQUIRE(error);
    CHECK(error->text().contains(QStringLiteral("4")));
    window.deliverScan(QStringLiteral("6901234567892"));
    CHECK(window.cashierPage()->scanField()->text().isEmpty());

    signInOnLockScreen(window, "小张", "1357");
    REQUIRE_FALSE(window.isLocked());
    CHECK(shop.store->security().current()->name == QStringLiteral("小张"));
    CHECK(tabs->isTabVisible(int(ui::MainWindow::Screen::Checkout)));
    CHECK(tabs->isTabVisible(int(ui::MainWindow::Screen::Members)));
    CHECK_FALSE(tabs->isTabVisible(int(ui::MainWindow::Screen::Rules)));
    CHECK_FALSE(tabs->isTabVisible(int(ui::MainWindow::Screen::Settings)));
    CHECK_FALSE(tabs->isTabVisible(int(ui::MainWindow::Screen::People)));
    auto *who = window.findChild<QLabel *>(QStringLiteral("signedIn"));
    REQUIRE(who);
    CHECK(who->text().contains(QStringLiteral("小张")));

    // Ctrl+L locks; the owner signs in and sees every screen.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.cashierPage()->scanField(), Qt::Key_L, Qt::ControlModifier);
    CHECK(window.isLocked());
    CHECK_FALSE(shop.store->security().current());
    signInOnLockScreen(window, "王老板", "2580");
    REQUIRE_FALSE(window.isLocked());
    for (int i = 0; i < tabs->count(); ++i)
        CHECK(tabs->isTabVisible(i));
}

TEST_CASE("A manager's PIN approves a cashier's points adjustment on the spot", "[ui][people]")
{
    StaffedStore shop;
    shop.signInOwner();
    core::NewMember m;
    m.phone = QStringLiteral("13800138000");
    m.name = QStringLiteral("张三");
    const core::Member zhang = shop.store->members().add(m);
    shop.store->security().signOut();
    shop.signInCashier();

    QLabel error;
    bool offered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::ApprovalDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        offered = true;
        // Only people who may adjust points are offered: the cashier is not.
        QComboBox *names = dialog->form()->nameBox();
        CHECK(names->findText(QStringLiteral("小张")) < 0);
        names->setCurrentIndex(names->findText(QStringLiteral("李经理")));
        dialog->form()->pinField()->setText(QStringLiteral("3690"));
        QTest::keyClick(dialog->form()->pinField(), Qt::Key_Return);
    });
    const bool done = ui::tryWithApproval(nullptr, shop.store->security(), &error, [&] {
        shop.store->loyalty().adjustPoints(zhang.id, 20, QStringLiteral("生日补录"));
    });
    CHECK(offered);
    CHECK(done);
    CHECK(shop.store->loyalty().standing(zhang.id).points == 20);
    const QList<core::AuditEntry> entries = [&] {
        shop.store->security().signOut();
        shop.signInOwner();
        core::AuditFilter f;
        f.action = QStringLiteral("points_adjust");
        return shop.store->security().auditEntries(f);
    }();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().actor.name == QStringLiteral("小张"));
    CHECK(entries.first().actor.approverName == QStringLiteral("李经理"));

    // Cancelled, the refusal is shown and nothing changes.
    shop.store->security().signOut();
    shop.signInCashier();
    QTimer::singleShot(0, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
    CHECK_FALSE(ui::tryWithApproval(nullptr, shop.store->security(), &error, [&] {
        shop.store->loyalty().adjustPoints(zhang.id, 20, QStringLiteral("再补"));
    }));
    CHECK_FALSE(error.isHidden());
    CHECK(shop.store->loyalty().standing(zhang.id).points == 20);
}

TEST_CASE("The People screen adds a user and lists and checks the audit trail", "[ui][people]")
{
    StaffedStore shop;
    shop.signInOwner();
    ui::PeoplePage page(shop.store->security());
    page.show();
    CHECK(page.usersView()->model()->rowCount() == 3);

    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ui::UserDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("小李"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pin"))->setText(QStringLiteral("4826"));
        dialog->findChild<QLineEdit *>(QStringLiteral("pinAgain"))->setText(QStringLiteral("4862"));
        dialog->accept(); // the two PINs differ: refused, the dialog stays
        QLabel *error = visibleError(dialog);
        REQUIRE(error);
        dialog->findChild<QLineEdit *>(QStringLiteral("pinAgain"))->setText(QStringLiteral("4826"));
        dialog->accept();
    });
    page.findChild<QPushButton *>(QStringLiteral("addUser"))->click();
    CHECK(page.usersView()->model()->rowCount() == 4);
    CHECK(shop.store->security().user(QStringLiteral("小李")).role == core::Role::Cashier);

    page.refresh();
    QAbstractItemModel *trail = page.auditView()->model();
    REQUIRE(trail->rowCount() > 0);
    // Newest first: the user just added.
    CHECK(trail->index(0, 4).data().toString().contains(QStringLiteral("小李")));
    page.verifyTrail();
    CHECK(page.verifyResult()->property("role").toString() == QStringLiteral("ok"));

    // A cashier sees the users but not the trail.
    shop.store->security().signOut();
    shop.signInCashier();
    CHECK(page.auditView()->isHidden());
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("addUser"))->isEnabled());
}

TEST_CASE("The owner deletes a member from the member panel after saying yes", "[ui][people]")
{
    StaffedStore shop;
    shop.signInOwner();
    core::NewMember m;
    m.phone = QStringLiteral("13800138000");
    m.name = QStringLiteral("张三");
    const core::Member zhang = shop.store->members().add(m);
    ui::MemberPanel panel(*shop.store);
    panel.showMember(zhang.id);
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("张三")));
        box->button(QMessageBox::Yes)->click();
    });
    panel.findChild<QPushButton *>(QStringLiteral("deleteMember"))->click();
    CHECK(shop.store->members().get(zhang.id).deleted);
    CHECK_FALSE(panel.findChild<QPushButton *>(QStringLiteral("deleteMember"))->isEnabled());
}
