// init, migrate, demo: setting up and upgrading a store file.
#include "clitext.h"
#include "command.h"
#include "invocation.h"
#include "io/demostore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

QJsonObject storeInfo(core::Store &store)
{
    return QJsonObject{
        {QStringLiteral("db"), store.database().path()},
        {QStringLiteral("store_name"), store.settings().storeName()},
        {QStringLiteral("schema_version"), store.database().schemaVersion()},
        {QStringLiteral("members"), store.members().count()},
        {QStringLiteral("products"), store.catalog().count()},
    };
}

} // namespace

QList<Command> storeCommands()
{
    QList<Command> commands;

    Command init;
    init.words = {QStringLiteral("init")};
    init.usage = QStringLiteral("--store-name NAME");
    init.summary =
        CliText::tr("Creates the store file (or brings an existing one up to date) and names "
                    "the store.");
    init.store = Command::StoreUse::CreateOrUpgrade;
    init.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("store-name"), CliText::tr("The store's name, as on receipts."),
                     QStringLiteral("NAME")});
    };
    init.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.required(QStringLiteral("store-name"));
        inv.expectPositionals(0);
        inv.store().settings().setStoreName(name);
        QJsonObject info = storeInfo(inv.store());
        info.insert(QStringLiteral("migrated_from"), inv.store().migration().from);
        return info;
    };
    commands.append(init);

    Command migrate;
    migrate.words = {QStringLiteral("migrate")};
    migrate.summary =
        CliText::tr("Brings an existing store file up to this program's data version.");
    migrate.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        return QJsonObject{{QStringLiteral("db"), inv.dbPath()},
                           {QStringLiteral("from"), inv.store().migration().from},
                           {QStringLiteral("to"), inv.store().migration().to}};
    };
    commands.append(migrate);

    Command info;
    info.words = {QStringLiteral("info")};
    info.summary = CliText::tr("Shows the store's name, file, data version and size.");
    info.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        return storeInfo(inv.store());
    };
    commands.append(info);

    Command demo;
    demo.words = {QStringLiteral("demo")};
    demo.usage = QStringLiteral("[--members N] [--products N] [--seed S]");
    demo.summary =
        CliText::tr("Fills the store with a sample shop: products with valid barcodes and "
                    "members with valid phones. The same seed gives the same data.");
    demo.store = Command::StoreUse::CreateOrUpgrade;
    demo.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("members"), CliText::tr("How many members (default 3000)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("products"), CliText::tr("How many products (default 300)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("seed"), CliText::tr("Seed of the generator (default 1)."),
                     QStringLiteral("S")});
    };
    demo.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::DemoOptions options;
        options.members = int(inv.integer(QStringLiteral("members"), 3000, 0, 20'000'000));
        options.products = int(inv.integer(QStringLiteral("products"), 300, 0, 20'000'000));
        options.seed =
            quint64(inv.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
        core::Store &store = inv.store();
        if (store.settings().storeName().isEmpty())
            store.settings().setStoreName(CliText::tr("StoreDesk Demo Store"));
        const core::DemoSummary summary = core::DemoStore::fill(store, options);
        QJsonObject out = storeInfo(store);
        out.insert(QStringLiteral("added"),
                   QJsonObject{{QStringLiteral("members"), summary.members},
                               {QStringLiteral("products"), summary.products}});
        return out;
    };
    commands.append(demo);

    return commands;
}

} // namespace storedesk::cli
