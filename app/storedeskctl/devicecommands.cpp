// print, printer test|status, drawer: receipts, test pages and the cash drawer from the command
// line, through the same layout, encoder and print queue as the window.
#include "clitext.h"
#include "command.h"
#include "deviceuri.h"
#include "invocation.h"
#include "monobitmap.h"
#include "printersettings.h"
#include "printertarget.h"
#include "printjobs.h"
#include "receiptlayout.h"
#include "sales/receiptsource.h"
#include "store/store.h"

#include <QFile>
#include <QJsonObject>

#include <memory>

namespace storedesk::cli {

namespace {

const QString kTextMode = QStringLiteral("text-mode");
const QString kCodePage = QStringLiteral("code-page");
const QString kDrawerPin = QStringLiteral("drawer-pin");
const QString kScanner = QStringLiteral("scanner");
const QString kLogo = QStringLiteral("logo");

/// A logo from a binary PBM file (the window takes any picture); "" removes it.
devices::MonoBitmap logoFrom(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("%1 cannot be read: %2").arg(path, file.errorString()),
                          kLogo);
    }
    const auto logo = devices::MonoBitmap::fromPbm(file.read(1 << 20));
    if (!logo) {
        throw core::Error(core::ErrorCode::InvalidSetting,
                          CliText::tr("%1 is not a black-and-white PBM picture (P4); convert it "
                                      "first, or choose the logo in the window.")
                              .arg(path),
                          kLogo);
    }
    return *logo;
}

QJsonObject settingsJson(const devices::PrinterSettings &settings)
{
    const devices::PrinterOptions o = settings.options();
    return QJsonObject{
        {QStringLiteral("printer"), settings.uri()},
        {QStringLiteral("paper"), devices::paperName(o.paper)},
        {QStringLiteral("text_mode"), devices::textModeName(o.textMode)},
        {QStringLiteral("code_page"), o.codePage},
        {QStringLiteral("drawer_pin"), o.drawerPin},
        {QStringLiteral("pulse_on_ms"), o.pulseOnMs},
        {QStringLiteral("pulse_off_ms"), o.pulseOffMs},
        {QStringLiteral("cut"), o.partialCut ? QStringLiteral("partial") : QStringLiteral("full")},
        {QStringLiteral("logo"), !settings.logo().isNull()},
        {QStringLiteral("qr_text"), settings.qrText()},
        {QStringLiteral("scanner"), settings.scannerSource()}};
}

/// The URI given as the command's only argument, if any.
std::optional<QString> uriArgument(Invocation &inv)
{
    inv.expectPositionals(1);
    const QStringList args = inv.parser().positionalArguments();
    return args.isEmpty() ? std::nullopt : std::optional<QString>(args.first());
}

} // namespace

QList<Command> deviceCommands()
{
    QList<Command> commands;

    Command print;
    print.words = {QStringLiteral("print")};
    print.usage = QStringLiteral("RECEIPT_NO [--printer URI] [--paper 58|80]");
    print.summary = CliText::tr("Prints a sale's receipt: its waiting print job, or a reprint "
                                "when it was printed already.");
    print.declare = [](QCommandLineParser &p) {
        p.addOption(
            {kPrinter, CliText::tr("The printer (default: the store's)."), QStringLiteral("URI")});
        declarePaper(p);
    };
    print.run = [](Invocation &inv) -> QJsonValue {
        const QString receiptNo = inv.positional(0, CliText::tr("The receipt number"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        const core::SaleRecord sale = store.checkout().loadByReceipt(receiptNo);
        const Target target = targetOf(inv, inv.value(kPrinter), true);
        const auto printer = printerOf(target); // a bad printer is refused before any job

        devices::PrintJobs jobs(store.database(), store.clock());
        std::optional<devices::PrintJob> job;
        if (const auto pending = jobs.pendingJobOf(sale.id))
            job = jobs.claim(*pending);
        const bool reprint = !job;
        if (reprint)
            job = jobs.claim(store.checkout().reprint(sale.receiptNo));
        if (!job) {
            throw core::Error(core::ErrorCode::PrinterNotReady,
                              CliText::tr("Receipt %1 is being printed by another program right "
                                          "now.")
                                  .arg(sale.receiptNo));
        }
        core::ReceiptData data =
            core::ReceiptSource(store.database(), store.checkout(), store.settings())
                .forSale(sale.id);
        data.reprint = job->kind == u"reprint" || job->maybePrinted;
        try {
            printer->print(devices::ReceiptLayout(target.options, target.logo).receipt(data));
        } catch (const core::Error &e) {
            // A reprint asked for here and failed is not left for the window to print later.
            if (reprint)
                jobs.giveUp(job->id, e.message());
            else
                jobs.release(job->id, e.message());
            throw;
        }
        jobs.markPrinted(job->id);
        return QJsonObject{{QStringLiteral("receipt_no"), sale.receiptNo},
                           {QStringLiteral("job_id"), job->id},
                           {QStringLiteral("kind"), job->kind},
                           {kPrinter, target.uri},
                           {kPaper, devices::paperName(target.options.paper)},
                           {QStringLiteral("printed"), true}};
    };
    commands.append(print);

    Command test;
    test.words = {QStringLiteral("printer"), QStringLiteral("test")};
    test.usage = QStringLiteral("[URI] [--paper 58|80]");
    test.summary = CliText::tr("Prints a test page: column ruler, Chinese text, sizes, barcodes "
                               "and a QR code.");
    test.store = Command::StoreUse::None;
    test.declare = declarePaper;
    test.run = [](Invocation &inv) -> QJsonValue {
        const Target target = targetOf(inv, uriArgument(inv), true);
        printerOf(target)->print(devices::ReceiptLayout(target.options, target.logo)
                                     .testPage(target.storeName, target.uri));
        return QJsonObject{{kPrinter, target.uri},
                           {kPaper, devices::paperName(target.options.paper)},
                           {QStringLiteral("printed"), true}};
    };
    commands.append(test);

    Command status;
    status.words = {QStringLiteral("printer"), QStringLiteral("status")};
    status.usage = QStringLiteral("[URI]");
    status.summary = CliText::tr("Asks the printer how it is (ready, paper_out, cover_open, "
                                 "offline, error, unknown, unreachable).");
    status.store = Command::StoreUse::None;
    status.run = [](Invocation &inv) -> QJsonValue {
        const Target target = targetOf(inv, uriArgument(inv), false);
        const devices::PrinterStatus s = printerOf(target)->status();
        QJsonObject out{{kPrinter, target.uri},
                        {QStringLiteral("state"), s.code()},
                        {QStringLiteral("can_print"), s.canPrint()},
                        {QStringLiteral("message"), s.text()}};
        return out;
    };
    commands.append(status);

    Command drawer;
    drawer.words = {QStringLiteral("drawer")};
    drawer.usage = QStringLiteral("[URI]");
    drawer.summary = CliText::tr("Opens the cash drawer on the printer's drawer port.");
    drawer.store = Command::StoreUse::None;
    drawer.run = [](Invocation &inv) -> QJsonValue {
        const Target target = targetOf(inv, uriArgument(inv), false);
        printerOf(target)->openDrawer();
        return QJsonObject{{kPrinter, target.uri}, {QStringLiteral("opened"), true}};
    };
    commands.append(drawer);

    Command show;
    show.words = {QStringLiteral("printer"), QStringLiteral("show")};
    show.summary = CliText::tr("Shows the store's printer and scanner settings.");
    show.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        return settingsJson(devices::PrinterSettings(store.database(), store.settings()));
    };
    commands.append(show);

    Command set;
    set.words = {QStringLiteral("printer"), QStringLiteral("set")};
    set.usage =
        QStringLiteral("[URI|\"\"] [--paper 58|80] [--text-mode gb18030|gb18030-native|"
                       "codepage] [--code-page N] [--drawer-pin 2|5] [--logo FILE.pbm|\"\"] "
                       "[--scanner hid|URI]");
    set.summary = CliText::tr("Sets the store's printer (an empty URI removes it), how it is "
                              "driven, and the scanner; what is not given stays.");
    set.declare = [](QCommandLineParser &p) {
        declarePaper(p);
        p.addOption({kTextMode, CliText::tr("How Chinese text is sent."), QStringLiteral("MODE")});
        p.addOption({kCodePage, CliText::tr("The ESC t code page in codepage mode: 0, 16 or 19."),
                     QStringLiteral("N")});
        p.addOption({kDrawerPin, CliText::tr("The drawer's pin: 2 or 5."), QStringLiteral("PIN")});
        p.addOption(
            {kScanner, CliText::tr("hid, or the scanner's serial URI."), QStringLiteral("SOURCE")});
        p.addOption({kLogo,
                     CliText::tr("A black-and-white PBM picture on top of every receipt (\"\" "
                                 "removes it)."),
                     QStringLiteral("FILE")});
    };
    set.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        devices::PrinterSettings settings(store.database(), store.settings());
        devices::PrinterOptions o = settings.options();
        if (const auto paper = inv.value(kPaper))
            o.paper = devices::PrinterSettings::parsePaper(*paper);
        if (const auto mode = inv.value(kTextMode)) {
            const auto parsed = devices::parseTextMode(*mode);
            if (!parsed) {
                throw core::Error(core::ErrorCode::InvalidSetting,
                                  CliText::tr("--text-mode is gb18030, gb18030-native or "
                                              "codepage, not “%1”.")
                                      .arg(*mode),
                                  kTextMode);
            }
            o.textMode = *parsed;
        }
        o.codePage =
            int(inv.integer(kCodePage, o.codePage, 0, 255, core::ErrorCode::InvalidSetting));
        o.drawerPin =
            int(inv.integer(kDrawerPin, o.drawerPin, 2, 5, core::ErrorCode::InvalidSetting));
        // Everything is checked before anything is written.
        const QStringList args = inv.parser().positionalArguments();
        if (!args.isEmpty() && !args.first().trimmed().isEmpty())
            devices::DeviceUri::parsePrinter(args.first());
        if (const auto scanner = inv.value(kScanner))
            devices::DeviceUri::parseScanner(*scanner);
        const auto logoPath = inv.value(kLogo);
        const devices::MonoBitmap logo = logoPath ? logoFrom(*logoPath) : settings.logo();
        devices::PrinterSettings::checkLogo(logo);
        settings.setOptions(o);
        if (logoPath)
            settings.setLogo(logo);
        if (!args.isEmpty())
            settings.setUri(args.first());
        if (const auto scanner = inv.value(kScanner))
            settings.setScannerSource(*scanner);
        return settingsJson(settings);
    };
    commands.append(set);

    return commands;
}

} // namespace storedesk::cli
