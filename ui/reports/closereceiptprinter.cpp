#include "closereceiptprinter.h"

#include "closereportlayout.h"
#include "deviceuri.h"
#include "printerfactory.h"
#include "printersettings.h"
#include "store/store.h"

namespace storedesk::ui {

CloseReceiptPrinter::CloseReceiptPrinter(core::Store &store, const devices::PrinterFactory &factory,
                                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(factory)
{}

CloseReceiptPrinter::~CloseReceiptPrinter()
{
    m_thread.stop();
}

void CloseReceiptPrinter::print(const core::CloseReport &report)
{
    const devices::PrinterSettings settings(m_store.database(), m_store.settings());
    const QString uri = settings.uri();
    if (uri.trimmed().isEmpty()) {
        emit finished(false, tr("No receipt printer is set up: choose one under Settings, "
                                "Hardware."));
        return;
    }
    const devices::PrinterOptions options = settings.options();
    const devices::ReceiptDocument document = devices::CloseReportLayout(options).layout(
        report, m_store.settings().storeName(), m_store.clock().now(),
        m_store.settings().timeZone());
    const devices::PrinterFactory &factory = m_factory;
    m_thread.run(
        [&factory, uri, options, document] {
            factory.create(devices::DeviceUri::parsePrinter(uri), options)->print(document);
        },
        [this](const std::optional<core::Error> &failure) {
            emit finished(!failure, failure ? failure->message()
                                            : tr("The close report was sent to the receipt "
                                                 "printer."));
        });
}

} // namespace storedesk::ui
