// The import window driven as the manager drives it: a file chosen, its columns read from the
// header (or chosen in the list), the check's report row by row, and Import only once the
// file is accepted or the bad rows are to be left out.
#include "../core/storechecksum.h"
#include "../core/teststore.h"
#include "catchqt.h"
#include "members/importmembersdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace storedesk;
using storedesk::test::changedTables;
using storedesk::test::scalar;
using storedesk::test::snapshot;
using storedesk::test::TestStore;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

} // namespace

TEST_CASE("A GBK file with a bad row imports only once the bad rows are to be left out",
          "[ui][import]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString path = writeFile(dir, "旧系统会员.csv",
                                   gbk(QStringLiteral("手机,姓名,积分,储值\r\n"
                                                      "13800138000,张三,120,50.00\r\n"
                                                      "1380013800,李四,10,\r\n"
                                                      "13900139000,王五,,20\r\n")));
    ui::ImportMembersDialog dialog(*store);
    REQUIRE(dialog.openFile(path));

    CHECK(dialog.findChild<QLabel *>(QStringLiteral("found"))->text().contains(u"GBK"));
    // Each column's detail as the header says: 手机 the phone, 储值 the stored value.
    REQUIRE(dialog.mappingTable()->rowCount() == 4);
    CHECK(dialog.fieldBox(0)->currentData().toInt() == int(core::ImportField::Phone));
    CHECK(dialog.fieldBox(1)->currentData().toInt() == int(core::ImportField::Name));
    CHECK(dialog.fieldBox(2)->currentData().toInt() == int(core::ImportField::Points));
    CHECK(dialog.fieldBox(3)->currentData().toInt() == int(core::ImportField::StoredValue));

    // The check names the bad line and what is wrong with it; nothing may be imported yet.
    REQUIRE(dialog.reportTable()->rowCount() == 1);
    CHECK(column(dialog.reportTable(), 0) == QStringList{QStringLiteral("3")});
    CHECK(column(dialog.reportTable(), 2) == QStringList{QStringLiteral("手机")});
    CHECK_FALSE(dialog.importButton()->isEnabled());
    const auto before = snapshot(store->database());

    dialog.skipBadBox()->setChecked(true);
    REQUIRE(dialog.importButton()->isEnabled());
    qint64 announced = 0;
    QObject::connect(&dialog, &ui::ImportMembersDialog::imported,
                     [&announced](qint64 members) { announced = members; });
    dialog.importButton()->click();

    CHECK(announced == 2);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(changedTables(before, snapshot(store->database())).contains(u"members"));
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members")) == 2);
    CHECK(scalar(*store, QStringLiteral("SELECT sum(points) FROM points_ledger WHERE kind = "
                                        "'opening'")) == 120);
    CHECK(scalar(*store, QStringLiteral("SELECT sum(paid_fen) FROM stored_value_ledger")) == 7000);
}

TEST_CASE("A column the header does not name is chosen in the list and the file passes",
          "[ui][import]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString path = writeFile(dir, "members.csv",
                                   "\xEF\xBB\xBF"
                                   "mobile,customer,remark\n"
                                   "13800138000,Ann,regular\n"
                                   "13900139000,Bob,\n");
    ui::ImportMembersDialog dialog(*store);
    dialog.openFile(path);

    // No column holds the name: the window says so and cannot import.
    CHECK(dialog.errorLabel()->isVisibleTo(&dialog));
    CHECK(dialog.errorLabel()->text().contains(u"--map name="));
    CHECK(dialog.fieldBox(1)->currentIndex() == 0);
    CHECK_FALSE(dialog.importButton()->isEnabled());

    QComboBox *box = dialog.fieldBox(1);
    box->setCurrentIndex(box->findData(int(core::ImportField::Name)));
    emit box->activated(box->currentIndex());

    CHECK_FALSE(dialog.errorLabel()->isVisibleTo(&dialog));
    REQUIRE(dialog.lastReport().has_value());
    CHECK(dialog.lastReport()->accepted == 2);
    CHECK(dialog.reportTable()->rowCount() == 0);
    REQUIRE(dialog.importButton()->isEnabled());
    REQUIRE(dialog.importMembers());
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members WHERE name IN ('Ann', "
                                        "'Bob')")) == 2);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members WHERE note = 'regular'")) ==
          1);
}

TEST_CASE("Choosing a detail another column filled leaves that column out", "[ui][import]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString path = writeFile(dir, "members.csv",
                                   "手机号,联系电话,姓名\n"
                                   "13800138000,13900139000,张三\n");
    ui::ImportMembersDialog dialog(*store);
    REQUIRE(dialog.openFile(path));
    CHECK(dialog.fieldBox(0)->currentData().toInt() == int(core::ImportField::Phone));
    CHECK(dialog.fieldBox(1)->currentIndex() == 0);

    QComboBox *box = dialog.fieldBox(1);
    box->setCurrentIndex(box->findData(int(core::ImportField::Phone)));
    emit box->activated(box->currentIndex());

    CHECK(dialog.fieldBox(0)->currentIndex() == 0);
    REQUIRE(dialog.importMembers());
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members WHERE phone = "
                                        "'13900139000'")) == 1);
}

TEST_CASE("A quote that never closes is shown with its line and nothing can be imported",
          "[ui][import]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, "broken.csv", QByteArray("手机,姓名\n\"13800138000,张三\n"));
    ui::ImportMembersDialog dialog(*store);
    CHECK_FALSE(dialog.openFile(path));
    CHECK(dialog.errorLabel()->isVisibleTo(&dialog));
    CHECK(dialog.errorLabel()->text().contains(u"line 2"));
    CHECK(dialog.mappingTable()->rowCount() == 0);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.importMembers());
}
