// Exports from the window: the members the list shows with phones masked unless whole ones are
// asked for, and the sales of a span of days, refused with a reason when the span is backwards.
#include "../core/teststore.h"
#include "catchqt.h"
#include "store/exportdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

using namespace storedesk;
using storedesk::test::TestStore;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("Members are exported with masked phones unless whole ones are ticked", "[ui][export]")
{
    TestStore store;
    core::NewMember m;
    m.phone = QStringLiteral("13800138000");
    m.name = QStringLiteral("张三");
    store->members().add(m);
    QTemporaryDir dir;

    ui::ExportDialog masked(*store, ui::ExportDialog::What::Members);
    const QString first = dir.filePath(QStringLiteral("masked.csv"));
    CHECK(masked.saveTo(first) == 1);
    CHECK(readAll(first).contains(u"138****8000"));
    CHECK_FALSE(readAll(first).contains(u"13800138000"));

    ui::ExportDialog whole(*store, ui::ExportDialog::What::Members);
    whole.wholePhonesBox()->setChecked(true);
    const QString second = dir.filePath(QStringLiteral("whole.csv"));
    CHECK(whole.saveTo(second) == 1);
    CHECK(readAll(second).contains(u"13800138000"));
    QFile raw(second);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK(raw.read(3) == QByteArray("\xEF\xBB\xBF")); // so Excel reads it as UTF-8
}

TEST_CASE("A sales export whose first day is after its last says so and writes nothing",
          "[ui][export]")
{
    TestStore store;
    QTemporaryDir dir;
    ui::ExportDialog dialog(*store, ui::ExportDialog::What::Sales);
    dialog.fromField()->setDate(QDate(2026, 11, 20));
    dialog.toField()->setDate(QDate(2026, 11, 10));
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    CHECK(dialog.saveTo(path) == -1);
    CHECK_FALSE(QFile::exists(path));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    REQUIRE(error != nullptr);
    CHECK(error->isVisibleTo(&dialog));

    dialog.toField()->setDate(QDate(2026, 11, 22));
    CHECK(dialog.saveTo(path) == 0);
    CHECK(QFile::exists(path));
}
