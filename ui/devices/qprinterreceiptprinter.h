// A receipt printer that only has an operating-system driver (qprinter:NAME; an empty name is
// the system's default printer): the receipt is painted as the preview shows it, one page as
// long as the receipt. Such printers kick their drawer through the driver's own settings.
#pragma once

#include "receiptprinter.h"

#include <QCoreApplication>
#include <QString>

namespace storedesk::ui {

class QPrinterReceiptPrinter final : public devices::ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::ui::QPrinterReceiptPrinter)

public:
    explicit QPrinterReceiptPrinter(QString name);

    void print(const devices::ReceiptDocument &document) override;
    /// Throws unsupported_printer: the driver decides when the drawer opens.
    void openDrawer() override;
    devices::PrinterStatus status() override;

private:
    QString m_name;
};

} // namespace storedesk::ui
