// Backups are only worth what a restore makes of them: a copy taken while the store is in use
// must be one whole moment, a sealed copy must open with its key and nothing else, the daily
// rotation must keep exactly what it promises, and a restore must refuse anything it cannot
// trust before it touches the store, and keep what it replaced.
#include "catchqt.h"
#include "db/database.h"
#include "fixtures.h"
#include "io/backups.h"
#include "shop.h"
#include "store/storecheck.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::TestStore;

namespace {

qint64 salesIn(const QString &path)
{
    Database db(path);
    return scalar(db, QStringLiteral("SELECT count(*) FROM sales"));
}

/// Runs \a sql on the file at \a path with SQLite itself, past every rule of the program.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A backup taken while another program writes holds what was committed and no more",
          "[backup]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 12);
    const qint64 sales = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));

    // Another connection is half-way through a write, holding the write lock.
    Database other(store.path());
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    other.exec(QStringLiteral("DELETE FROM sale_payments"));

    QTemporaryDir dir;
    const BackupInfo info =
        store->backups().backUp(dir.filePath(QStringLiteral("copy.sqlite")), std::nullopt);
    other.exec(QStringLiteral("ROLLBACK"));
    // Nothing but the backup itself is left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("copy.sqlite")});
    CHECK(QDir(QFileInfo(store.path()).absolutePath())
              .entryList({QStringLiteral(".storedesk-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
    CHECK_FALSE(info.encrypted);
    CHECK(info.bytes > 0);
    CHECK(QFileInfo(info.path).size() == info.bytes);
    CHECK(salesIn(info.path) == sales);
    Database copy(info.path);
    CHECK(scalar(copy, QStringLiteral("SELECT count(*) FROM sale_payments")) > 0);
    const CheckReport report = StoreCheck::run(copy);
    INFO(report.failed().join(u' ').toStdString());
    CHECK(report.ok());
}

TEST_CASE("A recovery phrase gives back its key and catches a mistyped character", "[backup]")
{
    const BackupKey key = BackupKey::generate();
    const QString phrase = key.recoveryPhrase();
    CHECK(phrase.size() == 56 + 13);
    CHECK(phrase.count(u'-') == 13);
    CHECK(BackupKey::fromRecoveryPhrase(phrase) == key);
    CHECK(BackupKey::fromRecoveryPhrase(phrase.toLower().replace(u'-', u' ')) == key);
    CHECK(BackupKey::fromRecoveryPhrase(phrase).id() == key.id());
    CHECK(key.id().size() == 8);
    CHECK_FALSE(BackupKey::generate() == key);

    QString typo = phrase;
    typo[5] = typo[5] == u'A' ? u'B' : u'A';
    CHECK(errorOf([&] { BackupKey::fromRecoveryPhrase(typo); }) ==
          ErrorCode::InvalidRecoveryPhrase);
    CHECK(errorOf([&] { BackupKey::fromRecoveryPhrase(phrase.left(60)); }) ==
          ErrorCode::InvalidRecoveryPhrase);
    CHECK(errorOf([&] { BackupKey::fromRecoveryPhrase(phrase + QStringLiteral("AAAA")); }) ==
          ErrorCode::InvalidRecoveryPhrase);
    QString foreign = phrase;
    foreign[0] = u'9';
    CHECK(errorOf([&] { BackupKey::fromRecoveryPhrase(foreign); }) ==
          ErrorCode::InvalidRecoveryPhrase);
}

TEST_CASE("A sealed backup opens with its key only and any change to it is caught", "[backup]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 6);
    const qint64 sales = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
    const BackupKey key = BackupKey::generate();
    QTemporaryDir dir;
    const QString sealed = dir.filePath(QStringLiteral("store.sdbackup"));
    const BackupInfo info = store->backups().backUp(sealed, key);
    CHECK(info.encrypted);
    CHECK(info.keyId == key.id());
    const QByteArray bytes = readAll(sealed);
    CHECK(bytes.startsWith(BackupFile::magic()));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));

    const QString out = dir.filePath(QStringLiteral("opened.sqlite"));
    BackupFile::extract(sealed, out, key);
    CHECK(salesIn(out) == sales);

    CHECK(errorOf([&] { BackupFile::extract(sealed, out, std::nullopt); }) ==
          ErrorCode::BackupKeyMissing);
    CHECK(errorOf([&] { BackupFile::extract(sealed, out, BackupKey::generate()); }) ==
          ErrorCode::BackupWrongKey);

    const QString changed = dir.filePath(QStringLiteral("changed.sdbackup"));
    struct Damage
    {
        const char *what;
        QByteArray bytes;
    };
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x01);
    QByteArray lastChunkGone = bytes.left(bytes.size() - (bytes.size() - 37) % (65536 + 17));
    const Damage damages[] = {
        {"one bit flipped", flipped},
        {"cut short by a byte", bytes.left(bytes.size() - 1)},
        {"cut at a chunk's end", lastChunkGone},
        {"something appended", bytes + QByteArrayLiteral("more")},
        {"header only", bytes.left(37)},
    };
    for (const Damage &d : damages) {
        INFO(d.what);
        writeAll(changed, d.bytes);
        QFile::remove(out);
        CHECK(errorOf([&] { BackupFile::extract(changed, out, key); }) == ErrorCode::BackupDamaged);
        CHECK_FALSE(QFileInfo::exists(out)); // nothing half-opened is left behind
    }
    // The key id is bound to the seal: pointing a backup at another key breaks it.
    QByteArray otherId = bytes;
    otherId[9] = char(otherId[9] ^ 0x01);
    writeAll(changed, otherId);
    CHECK(errorOf([&] { BackupFile::extract(changed, out, key); }) == ErrorCode::BackupWrongKey);

    writeAll(changed, QByteArrayLiteral("member,phone\n"));
    CHECK(errorOf([&] { BackupFile::describe(changed); }) == ErrorCode::NotABackup);
}

TEST_CASE("The daily backup runs once a day and the rotation keeps the newest N", "[backup]")
{
    TestStore store;
    store->settings().setTimeZone(QStringLiteral("Asia/Shanghai")); // the store's day, not UTC's
    storedesk::test::sellSome(*store, 3);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("daily"));
    store->backups().setPolicy(BackupPolicy{folder, 3, false});
    REQUIRE(QDir().mkpath(folder));
    writeAll(QDir(folder).filePath(QStringLiteral("notes.txt")), "mine");

    QStringList taken;
    for (int day = 0; day < 5; ++day) {
        const std::optional<DailyBackup> due = store->backups().dailyDue();
        REQUIRE(due);
        CHECK(due->keep == 3);
        const DailyBackup::Result done = due->run(std::nullopt);
        taken.append(done.backup.path);
        CHECK(done.removed.size() == (day < 3 ? 0 : 1));
        CHECK_FALSE(store->backups().dailyDue()); // once a day only
        store.clock().advanceSeconds(3600);
        CHECK_FALSE(store->backups().dailyDue());
        store.clock().advanceDays(1);
    }
    const QList<BackupInfo> kept = store->backups().list();
    REQUIRE(kept.size() == 3);
    CHECK(kept[0].path == taken[4]); // newest first
    CHECK(kept[1].path == taken[3]);
    CHECK(kept[2].path == taken[2]);
    CHECK_FALSE(QFileInfo::exists(taken[0]));
    CHECK(QFileInfo(taken[0]).fileName() == QStringLiteral("storedesk-20261122-100000.sqlite"));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));

    store->backups().setPolicy(BackupPolicy{folder, 1, true});
    const std::optional<DailyBackup> sealed = store->backups().dailyDue();
    REQUIRE(sealed);
    CHECK(sealed->target.endsWith(QStringLiteral(".sdbackup")));
    const DailyBackup::Result done = sealed->run(BackupKey::generate());
    CHECK(done.backup.encrypted);
    CHECK(done.removed.size() == 3);
    CHECK(store->backups().list().size() == 1);
}

TEST_CASE("Backup settings refuse a relative folder or a bad count and keep the old ones",
          "[backup]")
{
    TestStore store;
    const BackupPolicy defaults = store->backups().policy();
    CHECK(defaults.keep == 7);
    CHECK_FALSE(defaults.encrypt);
    CHECK(defaults.folder ==
          QFileInfo(store.path()).absoluteDir().filePath(QStringLiteral("backups")));
    QTemporaryDir dir;
    CHECK(errorOf([&] {
              store->backups().setPolicy({QStringLiteral("rel/dir"), 3, false});
          }) == ErrorCode::InvalidSetting);
    CHECK(errorOf([&] {
              store->backups().setPolicy({QString(), 3, false});
          }) == ErrorCode::InvalidSetting);
    CHECK(errorOf([&] {
              store->backups().setPolicy({dir.path(), 0, false});
          }) == ErrorCode::InvalidSetting);
    CHECK(errorOf([&] {
              store->backups().setPolicy({dir.path(), 367, true});
          }) == ErrorCode::InvalidSetting);
    CHECK(store->backups().policy().folder == defaults.folder);
    CHECK(store->backups().policy().keep == 7);
    store->backups().setPolicy({dir.path(), 30, true});
    CHECK(store->backups().policy().keep == 30);
    CHECK(store->backups().policy().encrypt);
}

TEST_CASE("A restore brings the backup's books back and keeps the store it replaced", "[backup]")
{
    TestStore store;
    store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
    storedesk::test::sellSome(*store, 6);
    const qint64 before = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
    QTemporaryDir dir;
    const BackupKey key = BackupKey::generate();
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    const QString sealed = dir.filePath(QStringLiteral("sealed.sdbackup"));
    store->backups().backUp(plain, std::nullopt);
    store->backups().backUp(sealed, key);
    storedesk::test::sellSome(*store, 5);
    const qint64 after = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
    REQUIRE(after > before);

    // Another program holds the store open all along and sees the restored books.
    Database other(store.path());
    const RestoreResult r = store->backups().restore(sealed, key);
    CHECK(r.fromVersion == Database::latestSchemaVersion());
    CHECK(r.toVersion == Database::latestSchemaVersion());
    CHECK(r.check.ok());
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales")) == before);
    CHECK(scalar(other, QStringLiteral("SELECT count(*) FROM sales")) == before);
    CHECK(StoreCheck::run(store->database()).ok());
    CHECK(QFileInfo(r.replacedCopy).fileName() ==
          QStringLiteral("store.sqlite.replaced-20261122-100000"));
    CHECK(QFileInfo(r.replacedCopy).absolutePath() == QFileInfo(store.path()).absolutePath());
    CHECK(salesIn(r.replacedCopy) == after);

    // The store goes on selling, and a second restore the same second keeps both copies.
    storedesk::test::sellSome(*store, 1);
    const qint64 sold = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
    REQUIRE(sold > before);
    const RestoreResult again = store->backups().restore(plain, std::nullopt);
    CHECK(again.replacedCopy != r.replacedCopy);
    CHECK(salesIn(again.replacedCopy) == sold);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales")) == before);
    // The backups themselves are left as they were.
    CHECK(salesIn(plain) == before);
}

TEST_CASE("A restore refuses what it cannot trust and leaves the store alone", "[backup]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 4);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    store->backups().backUp(good, std::nullopt);
    storedesk::test::sellSome(*store, 2);
    const qint64 sales = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
    const QString storeDir = QFileInfo(store.path()).absolutePath();
    const QStringList filesBefore = QDir(storeDir).entryList(QDir::Files | QDir::Hidden);

    struct Case
    {
        const char *what;
        std::function<QString()> make;
        ErrorCode expected;
    };
    int n = 0;
    auto copyOfGood = [&] {
        const QString path = dir.filePath(QStringLiteral("case%1.sqlite").arg(++n));
        REQUIRE(QFile::copy(good, path));
        return path;
    };
    const Case cases[] = {
        {"a text file",
         [&] {
             const QString path = dir.filePath(QStringLiteral("members.csv"));
             writeAll(path, "phone,name\n13800138000,Li\n");
             return path;
         },
         ErrorCode::NotABackup},
        {"an empty SQLite file",
         [&] {
             const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
             tamper(path, "CREATE TABLE t(x)");
             return path;
         },
         ErrorCode::NotABackup},
        {"a file that is not there", [&] { return dir.filePath(QStringLiteral("missing")); },
         ErrorCode::NotABackup},
        {"a damaged page",
         [&] {
             const QString path = copyOfGood();
             QByteArray bytes = readAll(path);
             for (int i = 4096 * 3 + 8; i < 4096 * 3 + 600; ++i)
                 bytes[i] = char(0x5a);
             writeAll(path, bytes);
             return path;
         },
         ErrorCode::BackupDamaged},
        {"a newer data version",
         [&] {
             const QString path = copyOfGood();
             tamper(path, "PRAGMA user_version = 99");
             return path;
         },
         ErrorCode::SchemaTooNew},
        {"books that do not balance",
         [&] {
             const QString path = copyOfGood();
             tamper(path, "UPDATE members SET points_balance = points_balance + 1 WHERE id = 1");
             return path;
         },
         ErrorCode::CheckFailed},
        {"a sale without payments",
         [&] {
             const QString path = copyOfGood();
             tamper(path, "DELETE FROM sale_payments WHERE sale_id = (SELECT max(id) FROM sales)");
             return path;
         },
         ErrorCode::CheckFailed},
        {"a sealed backup without its key",
         [&] {
             const QString path = dir.filePath(QStringLiteral("sealed.sdbackup"));
             store->backups().backUp(path, BackupKey::generate());
             return path;
         },
         ErrorCode::BackupKeyMissing},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString file = c.make();
        CHECK(errorOf([&] { store->backups().restore(file, std::nullopt); }) == c.expected);
        CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales")) == sales);
        CHECK(QDir(storeDir).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    }
    CHECK(StoreCheck::run(store->database()).ok());
}

TEST_CASE("A backup from an earlier version is brought up to date as it is restored", "[backup]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 2);
    QTemporaryDir dir;
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        CAPTURE(version);
        const QString old = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        storedesk::test::loadFixture(storedesk::test::fixtureScript(version), old);
        const qint64 members = [&] {
            Database db(old);
            return scalar(db, QStringLiteral("SELECT count(*) FROM members"));
        }();
        const QByteArray bytes = readAll(old);
        const RestoreResult r = store->backups().restore(old, std::nullopt);
        CHECK(r.fromVersion == version);
        CHECK(r.toVersion == Database::latestSchemaVersion());
        CHECK(store->database().schemaVersion() == Database::latestSchemaVersion());
        CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members")) == members);
        CHECK(readAll(old) == bytes); // the backup file itself is not upgraded
        store.clock().advanceSeconds(1);
    }
}

TEST_CASE("A full disk refuses the change with disk_full and keeps what was committed", "[db]")
{
    TestStore store;
    storedesk::test::sellSome(*store, 4);
    const qint64 sales = scalar(*store, QStringLiteral("SELECT count(*) FROM sales"));
    const qint64 members = scalar(*store, QStringLiteral("SELECT count(*) FROM members"));
    // SQLite's page limit stands in for the disk: a write that needs a page more fails the
    // way a full disk does (SQLITE_FULL).
    const qint64 pages = scalar(*store, QStringLiteral("PRAGMA page_count"));
    store->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    int refused = 0;
    for (int i = 0; i < 5000; ++i) {
        try {
            NewMember m;
            m.phone = QStringLiteral("139%1").arg(10000000 + i);
            m.name = QStringLiteral("Member %1").arg(i);
            store->members().add(m);
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::DiskFull);
            CHECK(e.message().contains(QStringLiteral("full")));
            ++refused;
            break;
        }
    }
    REQUIRE(refused == 1);
    const qint64 added = scalar(*store, QStringLiteral("SELECT count(*) FROM members")) - members;
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales")) == sales);
    CHECK(StoreCheck::run(store->database()).ok());
    // Once there is room again, work goes on where it stopped.
    store->database().exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    storedesk::test::sellSome(*store, 1);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM sales")) > sales);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members")) == members + added);
}
