#include "guiprinterfactory.h"

#include "qprinterreceiptprinter.h"

namespace storedesk::ui {

std::unique_ptr<devices::ReceiptPrinter>
GuiPrinterFactory::create(const devices::DeviceUri &uri,
                          const devices::PrinterOptions &options) const
{
    if (uri.kind() == devices::DeviceUri::Kind::QPrinter)
        return std::make_unique<QPrinterReceiptPrinter>(uri.path());
    return m_escPos.create(uri, options);
}

} // namespace storedesk::ui
