// A receipt printer as the rest of StoreDesk sees it: print a laid-out receipt, kick the cash
// drawer, say how it is. EscPosPrinter drives ESC/POS printers; the GUI adds one for printers
// that only have an OS driver.
#pragma once

#include "printerstatus.h"
#include "receiptdocument.h"

namespace storedesk::devices {

class ReceiptPrinter
{
public:
    virtual ~ReceiptPrinter() = default;

    /// Returns once the printer (or its driver) has accepted the whole receipt. Throws
    /// printer_unreachable, or printer_not_ready when the printer says it cannot print (out
    /// of paper, cover open, offline); nothing was sent then.
    virtual void print(const ReceiptDocument &document) = 0;
    /// Throws printer_unreachable, or unsupported_printer when this printer has no drawer port.
    virtual void openDrawer() = 0;
    /// Never throws: an unreachable printer is a status too.
    virtual PrinterStatus status() = 0;
};

} // namespace storedesk::devices
