// The receipt printer a command prints on, and how to drive it: --printer (or a URI argument)
// over the store's printer.uri, --paper over printer.paper. Shared by the device commands and
// the close report's print-out.
#pragma once

#include "monobitmap.h"
#include "printeroptions.h"
#include "receiptprinter.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <optional>

namespace storedesk::cli {

class Invocation;

inline const QString kPrinter = QStringLiteral("printer");
inline const QString kPaper = QStringLiteral("paper");

struct Target
{
    QString uri;
    devices::PrinterOptions options;
    devices::MonoBitmap logo;
    QString storeName;
};

/// The printer \a given names, else the store's; --paper when \a paperOption. The store is
/// opened only when it is needed. Throws printer_not_configured, invalid_device_uri and
/// invalid_setting.
Target targetOf(Invocation &inv, const std::optional<QString> &given, bool paperOption);
/// Throws unsupported_printer.
std::unique_ptr<devices::ReceiptPrinter> printerOf(const Target &target);
/// Adds --paper 58|80.
void declarePaper(QCommandLineParser &parser);

} // namespace storedesk::cli
