// Makes the ReceiptPrinter a printer URI stands for. The core's factory drives ESC/POS printers
// on serial, usb, tcp and file; the GUI's adds qprinter: (the OS driver).
#pragma once

#include "deviceuri.h"
#include "printeroptions.h"
#include "receiptprinter.h"

#include <memory>

namespace storedesk::devices {

class PrinterFactory
{
public:
    virtual ~PrinterFactory() = default;
    /// Throws unsupported_printer for a kind this factory cannot drive. Called from the print
    /// queue's thread: implementations keep no thread-bound state.
    virtual std::unique_ptr<ReceiptPrinter> create(const DeviceUri &uri,
                                                   const PrinterOptions &options) const = 0;
};

} // namespace storedesk::devices
