// The member screen driven as the cashier drives it: keys into the search box, the form filled
// by typing, Enter to save.
#include "../core/teststore.h"
#include "catchqt.h"
#include "mainwindow.h"
#include "members/memberdialog.h"
#include "members/membersearchmodel.h"
#include "members/memberspage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace storedesk;
using storedesk::test::TestStore;

namespace {

void addMember(core::Store &store, const char *phone, const char *name)
{
    core::NewMember m;
    m.phone = QString::fromUtf8(phone);
    m.name = QString::fromUtf8(name);
    store.members().add(m);
}

/// Types \a text key by key, as a keyboard (or an input method committing characters) would.
void type(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

} // namespace

TEST_CASE("Typing the last four digits and Enter lists every match", "[ui][members]")
{
    TestStore store;
    addMember(*store, "13800138000", "张三");
    addMember(*store, "13900008000", "张伟");
    addMember(*store, "15012345678", "王芳");
    ui::MembersPage page(store->members());
    page.show();

    QLineEdit *search = child<QLineEdit>(page, "memberSearch");
    type(search, QStringLiteral("8000"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.model()->rowCount() == 2);
    // The first match is shown straight away, and the box is ready for the next search.
    CHECK(child<QLabel>(page, "memberTitle")->text() == QStringLiteral("张三"));
    CHECK(search->selectedText() == QStringLiteral("8000"));

    search->clear();
    type(search, QStringLiteral("王"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->member(0).name == QStringLiteral("王芳"));

    search->clear();
    type(search, QStringLiteral("赵"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.model()->rowCount() == 0);
    CHECK(child<QLabel>(page, "searchStatus")->text().contains(QStringLiteral("F2")));
}

TEST_CASE("Registering needs only a phone and a name and checks the phone as typed",
          "[ui][members]")
{
    TestStore store;
    addMember(*store, "13800138000", "张三");
    ui::MemberDialog dialog(store->members(), QString());
    dialog.show();
    QLineEdit *phone = child<QLineEdit>(dialog, "phone");
    QLineEdit *name = child<QLineEdit>(dialog, "name");
    QLabel *hint = child<QLabel>(dialog, "phoneHint");
    const auto saveButton = [&] {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    };

    type(phone, QStringLiteral("139 0013"));
    CHECK_FALSE(saveButton()->isEnabled());
    CHECK(hint->text().contains(QStringLiteral("11 digits")));

    phone->clear();
    type(phone, QStringLiteral("138 0013 8000"));
    CHECK(hint->text().contains(QStringLiteral("张三"))); // already a member
    CHECK_FALSE(saveButton()->isEnabled());

    phone->clear();
    type(phone, QStringLiteral("139 0013 9000"));
    CHECK(hint->text().contains(QStringLiteral("139 0013 9000")));
    type(name, QStringLiteral("李四"));
    REQUIRE(saveButton()->isEnabled());
    QTest::keyClick(name, Qt::Key_Return);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.member().name == QStringLiteral("李四"));
    const auto saved = store->members().byPhone(core::PhoneNumber::parseOrThrow(u"13900139000"));
    REQUIRE(saved.has_value());
    CHECK(saved->name == QStringLiteral("李四"));
}

TEST_CASE("A refused registration says why and keeps the form open", "[ui][members]")
{
    TestStore store;
    ui::MemberDialog dialog(store->members(), QStringLiteral("13900139000"));
    dialog.show();
    type(child<QLineEdit>(dialog, "name"), QStringLiteral("李四"));
    type(child<QLineEdit>(dialog, "birthday"), QStringLiteral("1990-02-30"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    QLabel *error = child<QLabel>(dialog, "error");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(store->members().count() == 0);
}

TEST_CASE("An edited member refreshes in the result list", "[ui][members]")
{
    TestStore store;
    addMember(*store, "13800138000", "张三");
    ui::MembersPage page(store->members());
    page.searchField()->setText(QStringLiteral("8000"));
    page.search();
    REQUIRE(page.model()->rowCount() == 1);
    core::MemberChange change;
    change.name = QStringLiteral("张三丰");
    store->members().update(page.model()->member(0).id, change);
    CHECK(page.model()->data(page.model()->index(0, ui::MemberSearchModel::Name)).toString() ==
          QStringLiteral("张三丰"));
    CHECK(child<QLabel>(page, "memberTitle")->text() == QStringLiteral("张三丰"));
}

TEST_CASE("F2 in the main window registers the number typed in the search box", "[ui][members]")
{
    TestStore store;
    ui::MainWindow window(*store);
    window.showMembers();
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QLineEdit *search = window.membersPage()->searchField();
    type(search, QStringLiteral("13912345678"));

    QString prefilled;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ui::MemberDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (!dialog)
            return;
        prefilled = dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->text();
        type(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("赵六"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("name")), Qt::Key_Return);
    });
    QTest::keyClick(search, Qt::Key_F2);
    CHECK(opened);
    CHECK(prefilled == QStringLiteral("13912345678"));
    const auto saved = store->members().byPhone(core::PhoneNumber::parseOrThrow(u"13912345678"));
    REQUIRE(saved.has_value());
    CHECK(saved->name == QStringLiteral("赵六"));
    // The new member is what the list shows now.
    CHECK(window.membersPage()->model()->rowCount() == 1);
}
