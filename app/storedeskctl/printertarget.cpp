#include "printertarget.h"

#include "clitext.h"
#include "deviceuri.h"
#include "escposprinterfactory.h"
#include "invocation.h"
#include "printersettings.h"
#include "store/store.h"

namespace storedesk::cli {

Target targetOf(Invocation &inv, const std::optional<QString> &given, bool paperOption)
{
    Target t;
    std::unique_ptr<core::Store> opened;
    core::Store *store = nullptr;
    try {
        store = &inv.store();
    } catch (const core::Error &) {
        if (!given) { // only the store can say which printer
            opened = std::make_unique<core::Store>(inv.dbPath(), core::Clock::fromEnvironment(),
                                                   core::Store::OpenMode::ExistingOnly);
            store = opened.get();
        }
    }
    if (store) {
        const devices::PrinterSettings settings(store->database(), store->settings());
        t.uri = settings.uri();
        t.options = settings.options();
        t.logo = settings.logo();
        t.storeName = store->settings().storeName();
    }
    if (given)
        t.uri = *given;
    if (t.uri.trimmed().isEmpty()) {
        throw core::Error(core::ErrorCode::PrinterNotConfigured,
                          CliText::tr("No printer is set up for this store: give --printer URI "
                                      "(serial:/dev/ttyUSB0?baud=9600, usb:/dev/usb/lp0, "
                                      "tcp:HOST:9100, file:PATH)."),
                          kPrinter);
    }
    t.uri = devices::DeviceUri::parsePrinter(t.uri).toString();
    if (const auto paper = paperOption ? inv.value(kPaper) : std::nullopt)
        t.options.paper = devices::PrinterSettings::parsePaper(*paper);
    return t;
}

std::unique_ptr<devices::ReceiptPrinter> printerOf(const Target &t)
{
    return devices::EscPosPrinterFactory().create(devices::DeviceUri::parsePrinter(t.uri),
                                                  t.options);
}

void declarePaper(QCommandLineParser &p)
{
    p.addOption({kPaper, CliText::tr("Paper width: 58 or 80 (mm)."), QStringLiteral("58|80")});
}

} // namespace storedesk::cli
