// backup FILE|list|auto|settings, backup key show|import, restore: copies of the store, sealed
// or plain, the daily rotation, and the key that opens sealed copies on another computer.
#include "backupkeystore.h"
#include "clitext.h"
#include "command.h"
#include "invocation.h"
#include "output.h"
#include "store/store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

QJsonObject backupJson(const core::BackupInfo &b)
{
    QJsonObject o{{QStringLiteral("file"), QDir::toNativeSeparators(b.path)},
                  {QStringLiteral("bytes"), b.bytes},
                  {QStringLiteral("sealed"), b.encrypted},
                  {QStringLiteral("written_at"), b.modified.toString(Qt::ISODate)}};
    if (b.encrypted)
        o.insert(QStringLiteral("key_id"), b.keyId);
    if (b.elapsedMs > 0)
        o.insert(QStringLiteral("elapsed_ms"), b.elapsedMs);
    return o;
}

QJsonObject policyJson(const core::BackupPolicy &p)
{
    return {{QStringLiteral("folder"), QDir::toNativeSeparators(p.folder)},
            {QStringLiteral("keep"), p.keep},
            {QStringLiteral("sealed"), p.encrypt}};
}

/// on/off, yes/no, true/false, 1/0.
bool onOff(const QString &option, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"on" || v == u"yes" || v == u"true" || v == u"1")
        return true;
    if (v == u"off" || v == u"no" || v == u"false" || v == u"0")
        return false;
    throw core::Error(core::ErrorCode::InvalidSetting,
                      CliText::tr("--%1 is on or off, not “%2”.").arg(option, value), option);
}

/// The key a sealed backup needs, made and kept in the keychain the first time.
std::optional<core::BackupKey> sealingKey(bool seal)
{
    if (!seal)
        return std::nullopt;
    return keystore::BackupKeyStore().loadOrCreate();
}

} // namespace

QList<Command> backupCommands()
{
    QList<Command> commands;

    Command backup;
    backup.words = {QStringLiteral("backup")};
    backup.usage = QStringLiteral("FILE [--seal on|off]");
    backup.summary = CliText::tr(
        "Copies the store to FILE while it is in use (SQLite's online backup). Sealed with "
        "this computer's backup key when the backup settings say so or --seal on is given.");
    backup.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("seal"),
                     CliText::tr("on: encrypt with the backup key; off: a plain SQLite copy."),
                     QStringLiteral("on|off")});
    };
    backup.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(1);
        const QString file = inv.positional(0, QStringLiteral("FILE"));
        core::Backups &backups = inv.store().backups();
        const std::optional<QString> given = inv.value(QStringLiteral("seal"));
        const bool seal = given ? onOff(QStringLiteral("seal"), *given) : backups.policy().encrypt;
        return backupJson(backups.backUp(file, sealingKey(seal)));
    };
    commands.append(backup);

    Command list;
    list.words = {QStringLiteral("backup"), QStringLiteral("list")};
    list.summary = CliText::tr("Lists the daily backups in the backup folder, newest first.");
    list.csvColumns = {QStringLiteral("file"), QStringLiteral("bytes"), QStringLiteral("sealed"),
                       QStringLiteral("written_at")};
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        QJsonArray rows;
        for (const core::BackupInfo &b : inv.store().backups().list())
            rows.append(backupJson(b));
        return rows;
    };
    commands.append(list);

    Command daily;
    daily.words = {QStringLiteral("backup"), QStringLiteral("auto")};
    daily.summary = CliText::tr(
        "Takes today's backup into the backup folder unless one is there already, then deletes "
        "the oldest beyond the number to keep (the window does this by itself each day).");
    daily.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const std::optional<core::DailyBackup> due = inv.store().backups().dailyDue();
        if (!due)
            return QJsonObject{{QStringLiteral("taken"), false}};
        const core::DailyBackup::Result done = due->run(sealingKey(due->encrypt));
        QJsonObject o = backupJson(done.backup);
        o.insert(QStringLiteral("taken"), true);
        QJsonArray removed;
        for (const QString &path : done.removed)
            removed.append(QDir::toNativeSeparators(path));
        o.insert(QStringLiteral("removed"), removed);
        return o;
    };
    commands.append(daily);

    Command settings;
    settings.words = {QStringLiteral("backup"), QStringLiteral("settings")};
    settings.usage = QStringLiteral("[--folder DIR] [--keep N] [--seal on|off]");
    settings.summary = CliText::tr("Shows or changes where daily backups go, how many are kept "
                                   "and whether they are sealed; what is not given stays.");
    settings.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("folder"), CliText::tr("The folder for daily backups."),
                     QStringLiteral("DIR")});
        p.addOption({QStringLiteral("keep"),
                     CliText::tr("How many daily backups to keep (1 to 366)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("seal"),
                     CliText::tr("on: encrypt daily backups with the backup key."),
                     QStringLiteral("on|off")});
    };
    settings.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Backups &backups = inv.store().backups();
        core::BackupPolicy p = backups.policy();
        if (auto folder = inv.value(QStringLiteral("folder")))
            p.folder =
                QDir::isRelativePath(*folder) ? QDir::current().absoluteFilePath(*folder) : *folder;
        p.keep = int(inv.integer(QStringLiteral("keep"), p.keep, 1, core::BackupPolicy::kMaxKeep,
                                 core::ErrorCode::InvalidSetting));
        if (auto seal = inv.value(QStringLiteral("seal")))
            p.encrypt = onOff(QStringLiteral("seal"), *seal);
        if (p.encrypt)
            sealingKey(true); // make sure there is a key before the first night needs one
        backups.setPolicy(p);
        return policyJson(backups.policy());
    };
    commands.append(settings);

    Command show;
    show.words = {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("show")};
    show.summary = CliText::tr(
        "Shows the recovery phrase of this computer's backup key (making the key the first "
        "time). Write it down and keep it away from the computer: it opens sealed backups.");
    show.store = Command::StoreUse::None;
    show.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::BackupKey key = keystore::BackupKeyStore().loadOrCreate();
        return QJsonObject{{QStringLiteral("key_id"), key.id()},
                           {QStringLiteral("recovery_phrase"), key.recoveryPhrase()}};
    };
    commands.append(show);

    Command import;
    import.words = {QStringLiteral("backup"), QStringLiteral("key"), QStringLiteral("import")};
    import.usage = QStringLiteral("PHRASE");
    import.summary = CliText::tr(
        "Keeps the backup key of a recovery phrase in this computer's keychain, so sealed "
        "backups from the old computer can be restored here.");
    import.store = Command::StoreUse::None;
    import.run = [](Invocation & inv)->QJsonValue { QStringList words;
    for (int i = 0; i < inv.parser().positionalArguments().size(); ++i)
        words.append(inv.positional(i, QStringLiteral("PHRASE")));
    if (words.isEmpty())
        inv.positional(0, QStringLiteral("PHRASE")); // throws: the phrase is missing
    const core::BackupKey key = core::BackupKey::fromRecoveryPhrase(words.join(u' '));
    keystore::BackupKeyStore keys;
    const std::optional<core::BackupKey> before = keys.load();
    keys.save(key);
    QJsonObject o{{QStringLiteral("key_id"), key.id()}};
    if (before && !(*before == key))
        o.insert(QStringLiteral("replaced_key_id"), before->id());
    return o;
};
commands.append(import);

Command restore;
restore.words = {QStringLiteral("restore")};
restore.usage = QStringLiteral("FILE");
restore.summary = CliText::tr(
    "Replaces the store with the backup in FILE, after checking it whole (integrity, data "
    "version, every ledger). The store as it was is kept beside it as "
    "*.replaced-YYYYMMDD-HHMMSS.");
restore.store = Command::StoreUse::CreateOrUpgrade;
restore.run = [](Invocation &inv) -> QJsonValue {
    inv.expectPositionals(1);
    const QString file = inv.positional(0, QStringLiteral("FILE"));
    const bool sealed = core::BackupFile::describe(file).encrypted;
    const std::optional<core::BackupKey> key =
        sealed ? keystore::BackupKeyStore().load() : std::nullopt;
    const core::RestoreResult r = inv.store().backups().restore(file, key);
    return QJsonObject{{QStringLiteral("restored_from"), QDir::toNativeSeparators(r.source)},
                       {QStringLiteral("replaced_copy"), QDir::toNativeSeparators(r.replacedCopy)},
                       {QStringLiteral("from_version"), r.fromVersion},
                       {QStringLiteral("to_version"), r.toVersion},
                       {QStringLiteral("checks"), checkReportJson(r.check)}};
};
commands.append(restore);

return commands;
} // namespace storedesk::cli

} // namespace storedesk::cli
