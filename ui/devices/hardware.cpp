#include "hardware.h"

#include "deviceuri.h"
#include "domain/error.h"
#include "hardwaresettingswidget.h"
#include "mainwindow.h"
#include "printersettings.h"
#include "printerstatus.h"
#include "printqueue.h"
#include "scanfilter.h"
#include "serialscanner.h"
#include "store/settingspage.h"
#include "store/store.h"

#include <QApplication>

namespace storedesk::ui {

Hardware::Hardware(core::Store &store, MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
{
    const devices::PrinterSettings settings(store.database(), store.settings());

    // Receipts: every sale and refund is queued in the store; the queue prints them and opens
    // the drawer for cash.
    m_print = new devices::PrintQueue(store, m_printers, this);
    m_print->setOpenDrawerForCash(true);
    connect(m_print, &devices::PrintQueue::statusChanged, this, &Hardware::showStatus);
    connect(m_print, &devices::PrintQueue::jobFailed, this,
            [this](qint64, const QString &receiptNo, const QString &, const QString &message,
                   bool willRetry) {
                m_window.showDeviceProblem(
                    willRetry ? tr("Receipt %1 waits for the printer: %2").arg(receiptNo, message)
                              : tr("Receipt %1 was not printed: %2").arg(receiptNo, message));
            });
    connect(m_print, &devices::PrintQueue::drawerFailed, this,
            [this](const QString &, const QString &message) {
                m_window.showDeviceProblem(tr("The drawer did not open: %1").arg(message));
            });
    connect(&window, &MainWindow::printRequested, m_print, &devices::PrintQueue::kick);
    connect(&window, &MainWindow::printDocumentsRequested, this, &Hardware::printDocuments);
    m_print->start();

    // Scanners: a keyboard-wedge scan reaches the cashier screen whatever has the focus.
    m_scans = new ScanFilter(this);
    m_scans->setMaxGapMs(settings.hidMaxGapMs());
    m_scans->setMinLength(settings.hidMinLength());
    qApp->installEventFilter(m_scans);
    connect(m_scans, &ScanFilter::scanned, &window, &MainWindow::deliverScan);
    startSerialScanner(settings.scannerSource());

    // The hardware panel in the settings.
    auto *panel = new HardwareSettingsWidget(store, m_printers, window.settingsPage());
    window.settingsPage()->addSection(panel);
    connect(m_scans, &ScanFilter::scanned, panel, &HardwareSettingsWidget::showScan);
    connect(panel, &HardwareSettingsWidget::printerSaved, m_print, &devices::PrintQueue::retryNow);
    connect(panel, &HardwareSettingsWidget::scannerSaved, this, &Hardware::startSerialScanner);
}

Hardware::~Hardware()
{
    m_thread.stop();
    qApp->removeEventFilter(m_scans);
}

void Hardware::printDocuments(const QList<devices::ReceiptDocument> &documents)
{
    const devices::PrinterSettings settings(m_store.database(), m_store.settings());
    const QString uri = settings.uri();
    if (uri.isEmpty()) {
        m_window.showDeviceProblem(
            tr("No receipt printer is set up: choose one in the settings first."));
        return;
    }
    const devices::PrinterOptions options = settings.options();
    const devices::PrinterFactory &factory = m_printers;
    const qsizetype count = documents.size();
    m_thread.run(
        [&factory, uri, options, documents]() {
            const auto printer = factory.create(devices::DeviceUri::parsePrinter(uri), options);
            for (const devices::ReceiptDocument &d : documents)
                printer->print(d);
        },
        [this, count](const std::optional<core::Error> &failure) {
            m_window.showDeviceProblem(failure ? failure->message()
                                               : tr("%n slip(s) printed.", nullptr, int(count)));
        });
}

void Hardware::startSerialScanner(const QString &source)
{
    delete m_serial;
    m_serial = nullptr;
    try {
        const devices::DeviceUri uri = devices::DeviceUri::parseScanner(source);
        if (uri.kind() != devices::DeviceUri::Kind::Serial)
            return;
        m_serial = new devices::SerialScanner(uri, this);
    } catch (const core::Error &error) {
        m_window.showDeviceProblem(error.message());
        return;
    }
    connect(m_serial, &devices::SerialScanner::scanned, &m_window, &MainWindow::deliverScan);
    connect(
        m_serial, &devices::SerialScanner::rejected, this,
        [this](const QString &, const QString &message) { m_window.showDeviceProblem(message); });
    connect(m_serial, &devices::SerialScanner::connectedChanged, this,
            [this](bool connected, const QString &message) {
                if (!connected)
                    m_window.showDeviceProblem(message);
            });
    m_serial->start();
}

void Hardware::showStatus(const devices::PrinterStatus &status)
{
    m_window.setPrinterState(status.text(), !status.canPrint());
}

} // namespace storedesk::ui
