// Drives the ESC/POS printers StoreDesk reaches without the GUI: serial, usb, tcp and file.
// qprinter: needs the GUI's factory; the CLI answers unsupported_printer for it.
#pragma once

#include "printerfactory.h"

#include <QCoreApplication>

namespace storedesk::devices {

class EscPosPrinterFactory final : public PrinterFactory
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::EscPosPrinterFactory)

public:
    std::unique_ptr<ReceiptPrinter> create(const DeviceUri &uri,
                                           const PrinterOptions &options) const override;
};

} // namespace storedesk::devices
