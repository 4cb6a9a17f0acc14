// The member screen driven as the cashier drives it: keys into the search box, the form filled
// by typing, Enter to save.
#include "../core/teststore.h"
#include "catchqt.h"
#include "io/demostore.h"
#include "mainwindow.h"
#include "members/memberdialog.h"
#include "members/memberlistmodel.h"
#include "members/memberpanel.h"
#include "members/memberspage.h"
#include "recordtablemodel.h"

#include <QApplication>
#include <QComboBox>
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
    ui::MembersPage page(*store);
    page.show();

    QLineEdit *search = child<QLineEdit>(page, "memberSearch");
    type(search, QStringLiteral("8000"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.model()->rowCount() == 2);
    // The first match (the newest member) is shown straight away, and the box is ready for the
    // next search.
    CHECK(child<QLabel>(page, "memberTitle")->text() == QStringLiteral("张伟"));
    CHECK(search->selectedText() == QStringLiteral("8000"));

    search->clear();
    type(search, QStringLiteral("王"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->summary(0).member.name == QStringLiteral("王芳"));

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
    ui::MembersPage page(*store);
    page.searchField()->setText(QStringLiteral("8000"));
    page.search();
    REQUIRE(page.model()->rowCount() == 1);
    core::MemberChange change;
    change.name = QStringLiteral("张三丰");
    store->members().update(page.model()->summary(0).member.id, change);
    CHECK(page.model()->data(page.model()->index(0, ui::MemberListModel::Name)).toString() ==
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

TEST_CASE("The member list loads a page at a time as it scrolls", "[ui][members]")
{
    TestStore store;
    core::DemoStore::fill(*store, core::DemoOptions{450, 0, 3});
    ui::MembersPage page(*store);
    ui::MemberListModel *model = page.model();
    CHECK(model->total() == 450);
    CHECK(model->rowCount() == ui::MemberListModel::kPageSize);
    CHECK(child<QLabel>(page, "searchStatus")->text().contains(QStringLiteral("450")));
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * ui::MemberListModel::kPageSize);
    model->fetchMore({});
    CHECK(model->rowCount() == 450);
    CHECK_FALSE(model->canFetchMore({}));
    // Newest first, every member once.
    QSet<core::MemberId> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->summary(row).member.id);
        if (row > 0)
            CHECK(model->summary(row).member.id < model->summary(row - 1).member.id);
    }
    CHECK(ids.size() == 450);
}

TEST_CASE("The member filters narrow the list and say how many match", "[ui][members]")
{
    TestStore store;
    addMember(*store, "13800138000", "张三");
    addMember(*store, "13900139000", "李四");
    const core::Member li = store->members().resolve(QStringLiteral("13900139000"));
    store->members().changeTags(li.id, {QStringLiteral("VIP")}, {});
    ui::MembersPage page(*store);
    CHECK(page.model()->total() == 2);

    QComboBox *tag = child<QComboBox>(page, "tagFilter");
    tag->setCurrentIndex(tag->findData(QStringLiteral("VIP")));
    page.search();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->summary(0).member.name == QStringLiteral("李四"));
    CHECK(child<QLabel>(page, "searchStatus")->text().contains(QStringLiteral("1")));

    // A member who stops matching leaves the list at once.
    store->members().changeTags(li.id, {}, {QStringLiteral("VIP")});
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.model()->total() == 0);

    page.clearFilters();
    CHECK(page.model()->rowCount() == 2);
    QComboBox *status = child<QComboBox>(page, "statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("frozen")));
    page.search();
    CHECK(page.model()->rowCount() == 0);
    // A new member who matches appears at the top.
    status->setCurrentIndex(0);
    page.search();
    addMember(*store, "15012345678", "王芳");
    REQUIRE(page.model()->rowCount() == 3);
    CHECK(page.model()->summary(0).member.name == QStringLiteral("王芳"));
    CHECK(page.model()->total() == 3);
}

TEST_CASE("The member panel tops up adjusts points with a reason and edits tags", "[ui][members]")
{
    TestStore store;
    addMember(*store, "13800138000", "张三");
    ui::MembersPage page(*store);
    page.searchField()->setText(QStringLiteral("8000"));
    page.search();
    ui::MemberPanel *panel = page.panel();
    REQUIRE(panel->memberId() != 0);

    // Top up ¥500 in cash: the default rules add a ¥50 bonus.
    bool toppedUp = false;
    QTimer::singleShot(0, [&] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        QLineEdit *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        type(amount, QStringLiteral("500"));
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("bonus"))
                  ->text()
                  .contains(QStringLiteral("50.00")));
        QTest::keyClick(amount, Qt::Key_Return);
        toppedUp = dialog->result() == QDialog::Accepted;
    });
    child<QPushButton>(*panel, "topUp")->click();
    CHECK(toppedUp);
    CHECK(store->loyalty().storedValue().balance(panel->memberId()).total() ==
          core::Money::fromFen(55000));
    CHECK(panel->storedValueLedger()->rowCount() == 1);
    CHECK(child<QLabel>(*panel, "memberFigures")->text().contains(QStringLiteral("550.00")));

    // Points: Save stays off until there is a reason.
    bool saveWasOffWithoutReason = false;
    QTimer::singleShot(0, [&] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("points")), QStringLiteral("120"));
        saveWasOffWithoutReason = !save->isEnabled();
        QLineEdit *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reason"));
        type(reason, QStringLiteral("开业活动补送"));
        REQUIRE(save->isEnabled());
        QTest::keyClick(reason, Qt::Key_Return);
    });
    child<QPushButton>(*panel, "adjustPoints")->click();
    CHECK(saveWasOffWithoutReason);
    CHECK(store->loyalty().points().balance(panel->memberId()) == 120);
    REQUIRE(panel->pointsLedger()->rowCount() == 1);
    CHECK(panel->pointsLedger()->record(0).cells.contains(QStringLiteral("开业活动补送")));
    CHECK(page.model()->summary(0).points == 120);

    // Tags: a new one typed in and saved.
    QTimer::singleShot(0, [&] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        QLineEdit *fresh = dialog->findChild<QLineEdit *>(QStringLiteral("newTag"));
        fresh->setFocus();
        type(fresh, QStringLiteral("宝妈"));
        QTest::keyClick(fresh, Qt::Key_Return); // adds it, ticked
        QTest::keyClick(fresh, Qt::Key_Return); // saves
    });
    child<QPushButton>(*panel, "editTags")->click();
    CHECK(store->members().get(panel->memberId()).tags == QStringList{QStringLiteral("宝妈")});
    CHECK(page.model()->summary(0).member.tags == QStringList{QStringLiteral("宝妈")});
}
