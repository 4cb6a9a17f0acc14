// The window's side of backups: the daily backup is taken on a worker thread while the till
// goes on, and the settings screen saves only backup settings that make sense.
#include "../core/teststore.h"
#include "catchqt.h"
#include "store/autobackup.h"
#include "store/backupsection.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace storedesk;
using storedesk::test::scalar;
using storedesk::test::TestStore;

TEST_CASE("The window takes today's backup on a worker thread and only once a day", "[backup]")
{
    TestStore store;
    QTemporaryDir dir;
    store->backups().setPolicy({dir.path(), 3, false});
    ui::AutoBackup backup(*store);
    QSignalSpy finished(&backup, &ui::AutoBackup::finished);
    backup.start();
    REQUIRE(backup.isRunning());
    // The window can go on writing while the copy is made.
    core::NewMember m;
    m.phone = QStringLiteral("13900001111");
    m.name = QStringLiteral("Qian");
    store->members().add(m);
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.first().at(1).toBool());
    CHECK(finished.first().at(0).toString().contains(dir.path()));
    CHECK_FALSE(backup.isRunning());
    REQUIRE(store->backups().list().size() == 1);

    backup.runIfDue(); // the same day: nothing to do
    CHECK_FALSE(backup.isRunning());
    CHECK(store->backups().list().size() == 1);
    store.clock().advanceDays(1);
    backup.runIfDue();
    CHECK(backup.isRunning());
    REQUIRE(finished.wait(30000));
    CHECK(store->backups().list().size() == 2);
}

TEST_CASE("A daily backup that cannot be written says why and the till goes on", "[backup]")
{
    TestStore store;
    QTemporaryDir dir;
    const QString blocked = dir.filePath(QStringLiteral("file-not-folder"));
    QFile file(blocked);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    store->backups().setPolicy({blocked, 3, false});
    ui::AutoBackup backup(*store);
    QSignalSpy finished(&backup, &ui::AutoBackup::finished);
    backup.runIfDue();
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(1).toBool());
    CHECK(finished.first().at(0).toString().contains(QStringLiteral("not taken")));
}

TEST_CASE("The backup settings save what makes sense and show what does not", "[backup]")
{
    TestStore store;
    ui::BackupSection section(*store);
    const core::BackupPolicy before = store->backups().policy();
    auto *folder = section.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    auto *keep = section.findChild<QSpinBox *>(QStringLiteral("backupKeep"));
    auto *error = section.findChild<QLabel *>(QStringLiteral("error"));
    REQUIRE(folder);
    REQUIRE(keep);
    REQUIRE(error);
    CHECK(folder->text() == QDir::toNativeSeparators(before.folder));
    CHECK(keep->value() == 7);

    folder->setText(QStringLiteral("relative/folder"));
    keep->setValue(4);
    CHECK_FALSE(section.savePolicy());
    CHECK_FALSE(error->isHidden());
    CHECK(store->backups().policy().folder == before.folder);
    CHECK(store->backups().policy().keep == 7);

    QTemporaryDir dir;
    folder->setText(dir.path());
    QSignalSpy messages(&section, &ui::BackupSection::message);
    CHECK(section.savePolicy());
    CHECK(error->isHidden());
    CHECK(store->backups().policy().folder == dir.path());
    CHECK(store->backups().policy().keep == 4);
    CHECK(messages.size() == 1);
}

TEST_CASE("Back up now and restore from the settings screen", "[backup]")
{
    TestStore store;
    ui::BackupSection section(*store);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("now.sqlite"));
    REQUIRE(section.backUpTo(file));
    core::NewMember m;
    m.phone = QStringLiteral("13900002222");
    m.name = QStringLiteral("Sun");
    store->members().add(m);
    const qint64 members = scalar(*store, QStringLiteral("SELECT count(*) FROM members"));

    QSignalSpy restart(&section, &ui::BackupSection::restartRequested);
    CHECK_FALSE(section.restoreFrom(dir.filePath(QStringLiteral("missing.sqlite"))));
    CHECK(restart.isEmpty());
    REQUIRE(section.restoreFrom(file));
    CHECK(restart.size() == 1);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members")) == members - 1);
}
