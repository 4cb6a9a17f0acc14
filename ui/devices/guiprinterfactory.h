// The window's printers: everything the core drives, plus qprinter: through the OS driver.
#pragma once

#include "escposprinterfactory.h"
#include "printerfactory.h"

namespace storedesk::ui {

class GuiPrinterFactory final : public devices::PrinterFactory
{
public:
    std::unique_ptr<devices::ReceiptPrinter>
    create(const devices::DeviceUri &uri, const devices::PrinterOptions &options) const override;

private:
    devices::EscPosPrinterFactory m_escPos;
};

} // namespace storedesk::ui
