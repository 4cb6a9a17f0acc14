// The backup key lives in the operating system's keychain, and the recovery phrase carries it
// to a new computer. Runs inside keyring-session.sh: a real gnome-keyring on a private D-Bus
// session; a "new computer" is another keyring-session.sh with a HOME of its own.
#include "backupkeystore.h"
#include "ctl.h"
#include "domain/error.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace storedesk;
using namespace storedesk::test;

namespace {

/// storedeskctl on another computer: its own keyring in \a home, its own store.
Run elsewhere(const QString &home, const QString &db, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KEYRING_SESSION),
            QStringList{QStringLiteral("--home"), home, QStringLiteral(STOREDESKCTL),
                        QStringLiteral("--db"), db} +
                args);
    REQUIRE(p.waitForFinished(60000));
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString uniqueService()
{
    return QStringLiteral("StoreDesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("The keychain keeps one backup key until another is saved", "[keychain]")
{
    const QString service = uniqueService();
    keystore::BackupKeyStore keys(service);
    CHECK_FALSE(keys.load());
    const core::BackupKey made = keys.loadOrCreate();
    CHECK(keys.loadOrCreate() == made);
    REQUIRE(keys.load());
    CHECK(*keys.load() == made);
    const core::BackupKey other = core::BackupKey::generate();
    keys.save(other);
    CHECK(*keys.load() == other);
    // Another program asking the same keychain gets the same key; another service none.
    CHECK(*keystore::BackupKeyStore(service).load() == other);
    CHECK_FALSE(keystore::BackupKeyStore(uniqueService()).load());
}

TEST_CASE("A sealed backup opens on a new computer with the recovery phrase and only with it",
          "[keychain]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("demo --members 25 --products 10")).exitCode == 0);
    const Run settings = ctl(words("backup settings --seal on --keep 2"));
    INFO(settings.err.toStdString());
    REQUIRE(settings.exitCode == 0);
    CHECK(settings.object().value(QStringLiteral("sealed")).toBool());
    const Run shown = ctl(words("backup key show"));
    REQUIRE(shown.exitCode == 0);
    const QString phrase = shown.object().value(QStringLiteral("recovery_phrase")).toString();
    const QString keyId = shown.object().value(QStringLiteral("key_id")).toString();
    CHECK(phrase.size() == 69);
    // The key is made once: asking again shows the same phrase.
    CHECK(ctl(words("backup key show")).object().value(QStringLiteral("recovery_phrase")) ==
          phrase);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shop.sdbackup"));
    const Run backup = ctl({QStringLiteral("backup"), file});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.object().value(QStringLiteral("sealed")).toBool());
    CHECK(backup.object().value(QStringLiteral("key_id")).toString() == keyId);
    const Run daily = ctl(words("backup auto"));
    REQUIRE(daily.exitCode == 0);
    CHECK(daily.object().value(QStringLiteral("taken")).toBool());
    CHECK(daily.object().value(QStringLiteral("sealed")).toBool());
    const QString members =
        ctl(words("info")).object().value(QStringLiteral("members")).toVariant().toString();

    // The new computer: its own keyring, no key yet.
    QTemporaryDir newHome;
    const QString newDb = dir.filePath(QStringLiteral("new/store.sqlite"));
    const Run noKey = elsewhere(newHome.path(), newDb, {QStringLiteral("restore"), file});
    INFO(noKey.err.toStdString());
    CHECK(noKey.exitCode == 1);
    CHECK(noKey.errorCode() == QStringLiteral("backup_key_missing"));

    QString typo = phrase;
    typo[0] = typo[0] == u'A' ? u'C' : u'A';
    const Run bad = elsewhere(
        newHome.path(), newDb,
        {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("import"), typo});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errorCode() == QStringLiteral("invalid_recovery_phrase"));

    const QString otherPhrase = core::BackupKey::generate().recoveryPhrase();
    REQUIRE(elsewhere(newHome.path(), newDb,
                      {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("import"),
                       otherPhrase})
                .exitCode == 0);
    const Run wrong = elsewhere(newHome.path(), newDb, {QStringLiteral("restore"), file});
    CHECK(wrong.errorCode() == QStringLiteral("backup_wrong_key"));

    // Typed as people type it: lower case, spaces for dashes.
    const Run imported =
        elsewhere(newHome.path(), newDb,
                  {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("import"),
                   phrase.toLower().replace(u'-', u' ')});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.object().value(QStringLiteral("key_id")).toString() == keyId);
    CHECK(imported.object().contains(QStringLiteral("replaced_key_id")));
    const Run restored = elsewhere(newHome.path(), newDb, {QStringLiteral("restore"), file});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const Run info = elsewhere(newHome.path(), newDb, {QStringLiteral("info")});
    CHECK(info.object().value(QStringLiteral("members")).toVariant().toString() == members);
    CHECK(elsewhere(newHome.path(), newDb, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("Without a keychain sealing fails with keychain_unavailable and plain backups work",
          "[keychain]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    auto run = [&](const QStringList &args) {
        p.start(QStringLiteral(STOREDESKCTL), QStringList{QStringLiteral("--db"), ctl.db()} + args);
        REQUIRE(p.waitForFinished(60000));
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    };
    const Run sealed = run({QStringLiteral("backup"), dir.filePath(QStringLiteral("s.sdbackup")),
                            QStringLiteral("--seal"), QStringLiteral("on")});
    CHECK(sealed.exitCode == 1);
    CHECK(sealed.errorCode() == QStringLiteral("keychain_unavailable"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("s.sdbackup"))));
    const Run plain = run({QStringLiteral("backup"), dir.filePath(QStringLiteral("p.sqlite"))});
    CHECK(plain.exitCode == 0);
    CHECK_FALSE(plain.object().value(QStringLiteral("sealed")).toBool());
}
