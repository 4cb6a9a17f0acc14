#include "escposprinterfactory.h"

#include "domain/error.h"
#include "escposprinter.h"
#include "filetransport.h"
#include "serialtransport.h"
#include "tcptransport.h"
#include "usbtransport.h"

namespace storedesk::devices {

std::unique_ptr<ReceiptPrinter> EscPosPrinterFactory::create(const DeviceUri &uri,
                                                             const PrinterOptions &options) const
{
    std::unique_ptr<PrinterTransport> transport;
    switch (uri.kind()) {
    case DeviceUri::Kind::Serial:
        transport = std::make_unique<SerialTransport>(uri);
        break;
    case DeviceUri::Kind::Usb:
        transport = std::make_unique<UsbTransport>(uri.path());
        break;
    case DeviceUri::Kind::Tcp:
        transport = std::make_unique<TcpTransport>(uri.host(), uri.port());
        break;
    case DeviceUri::Kind::File:
        transport = std::make_unique<FileTransport>(uri.path());
        break;
    case DeviceUri::Kind::QPrinter:
        throw core::Error(core::ErrorCode::UnsupportedPrinter,
                          tr("%1 is printed through the operating system's driver, which only "
                             "the StoreDesk window can use.")
                              .arg(uri.toString()),
                          QStringLiteral("printer"));
    case DeviceUri::Kind::Hid:
        throw core::Error(core::ErrorCode::InvalidDeviceUri, tr("hid is a scanner, not a printer."),
                          QStringLiteral("printer"));
    }
    return std::make_unique<EscPosPrinter>(std::move(transport), options);
}

} // namespace storedesk::devices
