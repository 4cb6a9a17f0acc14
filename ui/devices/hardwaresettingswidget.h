// The store's hardware on one panel, so it can be set up without a technician: the receipt
// printer (address, paper, Chinese text mode, drawer pin) with a test page, the drawer and the
// printer's status in words; the scanner (keyboard or serial) and the last code it read.
// Self-contained: the settings screen places it; tests drive it.
#pragma once

#include "devicethread.h"
#include "domain/error.h"
#include "printeroptions.h"

#include <QWidget>

class QComboBox;
class QImage;
class QLabel;
class QPushButton;

namespace storedesk::core {
class Store;
}

namespace storedesk::devices {
class PrinterFactory;
class ReceiptPrinter;
} // namespace storedesk::devices

namespace storedesk::ui {

class HardwareSettingsWidget final : public QWidget
{
    Q_OBJECT

public:
    HardwareSettingsWidget(core::Store &store, const devices::PrinterFactory &factory,
                           QWidget *parent = nullptr);
    ~HardwareSettingsWidget() override;

    QComboBox *printerField() const { return m_printer; }
    QComboBox *scannerField() const { return m_scanner; }

public slots:
    /// Shows a code the scanner read (connect the scan filter's or serial scanner's scanned()).
    void showScan(const QString &code);
    /// Checks what is entered and writes it to the store; says what is wrong otherwise.
    bool savePrinter();
    bool saveScanner();
    /// These use what is entered, saved or not, so a printer can be tried before it is kept.
    void printTestPage();
    void openDrawer();
    void checkStatus();
    /// Makes \a image the logo on top of every receipt (dithered to the paper's width); a null
    /// image removes it.
    bool setLogo(const QImage &image);
    /// Asks for a picture file and makes it the logo.
    void chooseLogo();

signals:
    void printerSaved();
    /// The scanner source changed: the window restarts its scanner with \a source.
    void scannerSaved(const QString &source);

private:
    /// The entered printer and options; nullopt (with the reason shown) when they are wrong.
    std::optional<std::pair<QString, devices::PrinterOptions>> entered();
    void runOnPrinter(const QString &busyText, std::function<void(devices::ReceiptPrinter &)> work,
                      std::function<void(const std::optional<core::Error> &)> done);
    void showProblem(const QString &text);
    void showInfo(const QString &text);
    void setBusy(bool busy);
    void load();
    void updateCodePage();
    void showLogo();

    core::Store &m_store;
    const devices::PrinterFactory &m_factory;
    devices::DeviceThread m_thread;
    QComboBox *m_printer = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_textMode = nullptr;
    QComboBox *m_codePage = nullptr;
    QComboBox *m_drawerPin = nullptr;
    QList<QPushButton *> m_actions;
    QLabel *m_status = nullptr;
    QLabel *m_logo = nullptr;
    QComboBox *m_scanner = nullptr;
    QLabel *m_lastScan = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace storedesk::ui
