// init, migrate, info, demo, store show|set, check: setting up a store file, its details, and
// whether its books balance.
#include "clitext.h"
#include "command.h"
#include "invocation.h"
#include "io/demosales.h"
#include "io/demostore.h"
#include "output.h"
#include "store/store.h"
#include "store/storecheck.h"

#include <QCoreApplication>
#include <QDir>
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

QJsonObject profileJson(core::Store &store)
{
    const core::StoreProfile p = store.settings().profile();
    const QString zone = store.settings().value(QStringLiteral("store.time_zone"));
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("receipt_header"), p.receiptHeader},
        {QStringLiteral("receipt_footer"), p.receiptFooter},
        {QStringLiteral("time_zone"), QString::fromUtf8(store.settings().timeZone().id())},
        {QStringLiteral("time_zone_is_system"), zone.isEmpty()},
        {QStringLiteral("reorder_level"), store.settings().defaultReorderLevel()},
    };
}

/// Receipt texts on one command line: "\\n" stands for a line break.
QString receiptText(const QString &argument)
{
    return QString(argument).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
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
    demo.usage = QStringLiteral("[--members N] [--products N] [--sales N] [--days D] [--seed S]");
    demo.summary =
        CliText::tr("Fills the store with a sample shop: products with valid barcodes, members "
                    "with valid phones and, with --sales, days of trading up to today. The same "
                    "seed gives the same data.");
    demo.store = Command::StoreUse::CreateOrUpgrade;
    demo.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("members"), CliText::tr("How many members (default 3000)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("products"), CliText::tr("How many products (default 300)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("sales"),
                     CliText::tr("How many receipts of trading history (default 0; the store "
                                 "must not trade yet)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("days"),
                     CliText::tr("How many store days, ending today, the sales spread over "
                                 "(default 90)."),
                     QStringLiteral("D")});
        p.addOption({QStringLiteral("seed"), CliText::tr("Seed of the generator (default 1)."),
                     QStringLiteral("S")});
    };
    demo.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::DemoOptions options;
        options.members = int(inv.integer(QStringLiteral("members"), 3000, 0, 20'000'000));
        options.products = int(inv.integer(QStringLiteral("products"), 300, 0, 20'000'000));
        options.sales = inv.integer(QStringLiteral("sales"), 0, 0, core::DemoSales::kMaxSales);
        options.days = int(inv.integer(QStringLiteral("days"), 90, 1, core::DemoSales::kMaxDays));
        options.seed =
            quint64(inv.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max()));
        core::Store &store = inv.store();
        if (store.settings().storeName().isEmpty())
            store.settings().setStoreName(CliText::tr("StoreDesk Demo Store"));
        const core::DemoSummary summary = core::DemoStore::fill(store, options);
        QJsonObject out = storeInfo(store);
        out.insert(QStringLiteral("added"),
                   QJsonObject{{QStringLiteral("members"), summary.members},
                               {QStringLiteral("products"), summary.products},
                               {QStringLiteral("sales"), summary.trading.sales},
                               {QStringLiteral("refunds"), summary.trading.refunds},
                               {QStringLiteral("top_ups"), summary.trading.topUps},
                               {QStringLiteral("coupons"), summary.trading.coupons},
                               {QStringLiteral("shifts"), summary.trading.shifts}});
        return out;
    };
    commands.append(demo);

    const QStringList profileColumns{
        QStringLiteral("name"),           QStringLiteral("address"),
        QStringLiteral("phone"),          QStringLiteral("receipt_header"),
        QStringLiteral("receipt_footer"), QStringLiteral("time_zone"),
        QStringLiteral("reorder_level")};

    Command show;
    show.words = {QStringLiteral("store"), QStringLiteral("show")};
    show.summary = CliText::tr("Shows the store's details: name, address, telephone, receipt "
                               "header and footer, time zone and default reorder level.");
    show.csvColumns = profileColumns;
    show.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        return profileJson(inv.store());
    };
    commands.append(show);

    Command set;
    set.words = {QStringLiteral("store"), QStringLiteral("set")};
    set.usage = QStringLiteral("[--name N] [--address A] [--phone P] [--receipt-header T] "
                               "[--receipt-footer T] [--time-zone Asia/Shanghai] "
                               "[--reorder-level N]");
    set.summary = CliText::tr("Changes the store's details; what is not given stays. In "
                              "receipt texts \\n starts a new line.");
    set.csvColumns = profileColumns;
    set.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("name"), CliText::tr("The store's name, as on receipts."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("address"), CliText::tr("The address on receipts."),
                     QStringLiteral("A")});
        p.addOption({QStringLiteral("phone"), CliText::tr("The store's telephone number."),
                     QStringLiteral("P")});
        p.addOption({QStringLiteral("receipt-header"),
                     CliText::tr("Up to four lines under the name on every receipt."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("receipt-footer"),
                     CliText::tr("Up to four lines at the end of every receipt."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("time-zone"),
                     CliText::tr("The store's time zone (empty: this computer's)."),
                     QStringLiteral("Z")});
        p.addOption({QStringLiteral("reorder-level"),
                     CliText::tr("Stock at or below this is low, unless a product has its own "
                                 "level."),
                     QStringLiteral("N")});
    };
    set.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::StoreSettings &settings = inv.store().settings();
        core::StoreProfile p = settings.profile();
        p.name = inv.value(QStringLiteral("name")).value_or(p.name);
        p.address = inv.value(QStringLiteral("address")).value_or(p.address);
        p.phone = inv.value(QStringLiteral("phone")).value_or(p.phone);
        if (auto header = inv.value(QStringLiteral("receipt-header")))
            p.receiptHeader = receiptText(*header);
        if (auto footer = inv.value(QStringLiteral("receipt-footer")))
            p.receiptFooter = receiptText(*footer);
        const QString zone = inv.value(QStringLiteral("time-zone"))
                                 .value_or(settings.value(QStringLiteral("store.time_zone")));
        const qint64 level =
            inv.integer(QStringLiteral("reorder-level"), settings.defaultReorderLevel(), 0,
                        1'000'000, core::ErrorCode::InvalidSetting);
        settings.save(p, zone, level);
        return profileJson(inv.store());
    };
    commands.append(set);

    Command check;
    check.words = {QStringLiteral("check")};
    check.summary =
        CliText::tr("Checks the store: SQLite's integrity and foreign-key checks, and that the "
                    "books balance (balances equal their ledgers, every sale is whole, stock "
                    "equals its moves). Exits 1 with check_failed when something is wrong.");
    check.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::CheckReport report = core::StoreCheck::run(inv.store().database());
        if (!report.ok()) {
            inv.failAfterAnswer(core::Error(
                core::ErrorCode::CheckFailed,
                CliText::tr("The store has problems: %1. Restore the last good backup, or ask "
                            "for help before selling on.")
                    .arg(report.failed().join(QStringLiteral(", ")))));
        }
        return QJsonObject{{QStringLiteral("db"), QDir::toNativeSeparators(inv.dbPath())},
                           {QStringLiteral("ok"), report.ok()},
                           {QStringLiteral("elapsed_ms"), report.elapsedMs},
                           {QStringLiteral("checks"), checkReportJson(report)}};
    };
    commands.append(check);

    return commands;
}

} // namespace storedesk::cli
