// The store's devices, put to work for the window: the print queue that prints every receipt
// (and opens the drawer for cash), the keyboard-wedge scan filter and a serial scanner feeding
// the cashier screen, the hardware panel in the settings, and the printer's state in the status
// bar. Built by the program's main after the window, so the window itself stays testable
// without devices.
#pragma once

#include "devicethread.h"
#include "guiprinterfactory.h"
#include "receiptdocument.h"

#include <QObject>

namespace storedesk::core {
class Store;
}

namespace storedesk::devices {
class PrintQueue;
class PrinterStatus;
class SerialScanner;
} // namespace storedesk::devices

namespace storedesk::ui {

class MainWindow;
class ScanFilter;

class Hardware final : public QObject
{
    Q_OBJECT

public:
    Hardware(core::Store &store, MainWindow &window, QObject *parent = nullptr);
    ~Hardware() override;

    devices::PrintQueue *printQueue() const { return m_print; }
    ScanFilter *scanFilter() const { return m_scans; }

public slots:
    /// Prints \a documents (coupon slips, reports) on the store's printer, one after the
    /// other, away from the window's thread; says how it went in the status bar.
    void printDocuments(const QList<storedesk::devices::ReceiptDocument> &documents);

private:
    /// (Re)starts the serial scanner named by \a source; "hid" needs none.
    void startSerialScanner(const QString &source);
    void showStatus(const devices::PrinterStatus &status);

    core::Store &m_store;
    MainWindow &m_window;
    GuiPrinterFactory m_printers;
    devices::PrintQueue *m_print = nullptr;
    ScanFilter *m_scans = nullptr;
    devices::SerialScanner *m_serial = nullptr;
    devices::DeviceThread m_thread; ///< last: stopped first, while the rest still exists
};

} // namespace storedesk::ui
