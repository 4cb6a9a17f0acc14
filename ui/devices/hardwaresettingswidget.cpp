#include "hardwaresettingswidget.h"

#include "deviceuri.h"
#include "domain/error.h"
#include "printerfactory.h"
#include "printersettings.h"
#include "receiptlayout.h"
#include "receiptrenderer.h"
#include "store/store.h"
#include "style.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

/// The printers this computer can see, as URIs to pick from.
QStringList detectedPrinters()
{
    QStringList uris;
    for (const QFileInfo &lp :
         QDir(QStringLiteral("/dev/usb"))
             .entryInfoList({QStringLiteral("lp*")}, QDir::System | QDir::Files))
        uris.append(QStringLiteral("usb:") + lp.filePath());
    for (const QSerialPortInfo &port : QSerialPortInfo::availablePorts())
        uris.append(QStringLiteral("serial:%1?baud=9600").arg(port.systemLocation()));
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        uris.append(QStringLiteral("qprinter:") + name);
    return uris;
}

QStringList detectedScanners()
{
    QStringList sources{QStringLiteral("hid")};
    for (const QSerialPortInfo &port : QSerialPortInfo::availablePorts())
        sources.append(QStringLiteral("serial:%1?baud=9600").arg(port.systemLocation()));
    return sources;
}

QComboBox *editableCombo(const QStringList &items, const QString &name)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(items);
    combo->setObjectName(name);
    combo->setMinimumContentsLength(32);
    return combo;
}

} // namespace

HardwareSettingsWidget::HardwareSettingsWidget(core::Store &store,
                                               const devices::PrinterFactory &factory,
                                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_factory(factory)
{
    auto *printerBox = new QGroupBox(tr("Receipt printer"));
    auto *form = new QFormLayout(printerBox);
    m_printer = editableCombo(detectedPrinters(), QStringLiteral("printer"));
    m_printer->lineEdit()->setPlaceholderText(QStringLiteral("tcp:192.168.1.50:9100"));
    form->addRow(tr("&Printer:"), m_printer);
    auto *hint = new QLabel(tr("serial:/dev/ttyUSB0?baud=9600 · usb:/dev/usb/lp0 · "
                               "tcp:192.168.1.50:9100 · qprinter:NAME (system driver)"));
    hint->setWordWrap(true);
    setRole(hint, QStringLiteral("hint"));
    form->addRow(QString(), hint);

    m_paper = new QComboBox;
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("80 mm (48 columns)"), int(devices::PaperWidth::Mm80));
    m_paper->addItem(tr("58 mm (32 columns)"), int(devices::PaperWidth::Mm58));
    form->addRow(tr("P&aper:"), m_paper);

    m_textMode = new QComboBox;
    m_textMode->setObjectName(QStringLiteral("textMode"));
    m_textMode->addItem(tr("Chinese (GB18030, switches the printer to Chinese)"),
                        int(devices::TextMode::Gb18030));
    m_textMode->addItem(tr("Chinese (GB18030, printer always in Chinese)"),
                        int(devices::TextMode::Gb18030Native));
    m_textMode->addItem(tr("No Chinese font (code page)"), int(devices::TextMode::CodePage));
    form->addRow(tr("&Text:"), m_textMode);

    m_codePage = new QComboBox;
    m_codePage->setObjectName(QStringLiteral("codePage"));
    m_codePage->addItem(QStringLiteral("PC437"), 0);
    m_codePage->addItem(QStringLiteral("WPC1252"), 16);
    m_codePage->addItem(QStringLiteral("PC858 (€)"), 19);
    form->addRow(tr("&Code page:"), m_codePage);

    m_drawerPin = new QComboBox;
    m_drawerPin->setObjectName(QStringLiteral("drawerPin"));
    m_drawerPin->addItem(tr("Pin 2 (most drawers)"), 2);
    m_drawerPin->addItem(tr("Pin 5"), 5);
    form->addRow(tr("Cash &drawer:"), m_drawerPin);

    auto *logoRow = new QHBoxLayout;
    m_logo = new QLabel;
    m_logo->setObjectName(QStringLiteral("logo"));
    logoRow->addWidget(m_logo);
    auto *chooseLogo = new QPushButton(tr("Choose &logo…"));
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    connect(chooseLogo, &QPushButton::clicked, this, &HardwareSettingsWidget::chooseLogo);
    logoRow->addWidget(chooseLogo);
    auto *removeLogo = new QPushButton(tr("&Remove logo"));
    removeLogo->setObjectName(QStringLiteral("removeLogo"));
    connect(removeLogo, &QPushButton::clicked, this, [this] { setLogo(QImage()); });
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();
    form->addRow(tr("Logo:"), logoRow);

    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Save"), QStringLiteral("savePrinter"), &HardwareSettingsWidget::savePrinter);
    m_actions = {
        button(tr("Print &test page"), QStringLiteral("testPage"),
               &HardwareSettingsWidget::printTestPage),
        button(tr("&Open drawer"), QStringLiteral("openDrawer"),
               &HardwareSettingsWidget::openDrawer),
        button(tr("Check s&tatus"), QStringLiteral("checkStatus"),
               &HardwareSettingsWidget::checkStatus),
    };
    buttons->addStretch();
    form->addRow(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("printerStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Not asked yet: “Check status” asks the printer."));
    form->addRow(tr("Status:"), m_status);

    auto *scannerBox = new QGroupBox(tr("Barcode scanner"));
    auto *scannerForm = new QFormLayout(scannerBox);
    m_scanner = editableCombo(detectedScanners(), QStringLiteral("scanner"));
    scannerForm->addRow(tr("Sc&anner:"), m_scanner);
    auto *scannerHint = new QLabel(tr("hid: the scanner types like a keyboard (most USB "
                                      "scanners). serial:…: a serial or USB-CDC scanner."));
    scannerHint->setWordWrap(true);
    setRole(scannerHint, QStringLiteral("hint"));
    scannerForm->addRow(QString(), scannerHint);
    auto *saveScanner = new QPushButton(tr("Sa&ve scanner"));
    saveScanner->setObjectName(QStringLiteral("saveScanner"));
    connect(saveScanner, &QPushButton::clicked, this, &HardwareSettingsWidget::saveScanner);
    auto *scannerButtons = new QHBoxLayout;
    scannerButtons->addWidget(saveScanner);
    scannerButtons->addStretch();
    scannerForm->addRow(scannerButtons);
    m_lastScan = new QLabel(tr("Scan something to try the scanner."));
    m_lastScan->setObjectName(QStringLiteral("lastScan"));
    m_lastScan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scannerForm->addRow(tr("Last scan:"), m_lastScan);

    m_message = makeErrorLabel(this);
    m_message->setObjectName(QStringLiteral("message"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // lines up with the settings page's own groups
    layout->addWidget(printerBox);
    layout->addWidget(scannerBox);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_textMode, &QComboBox::currentIndexChanged, this,
            &HardwareSettingsWidget::updateCodePage);
    load();
}

HardwareSettingsWidget::~HardwareSettingsWidget()
{
    m_thread.stop();
}

void HardwareSettingsWidget::load()
{
    const devices::PrinterSettings settings(m_store.database(), m_store.settings());
    m_printer->setCurrentText(settings.uri());
    const devices::PrinterOptions o = settings.options();
    m_paper->setCurrentIndex(m_paper->findData(int(o.paper)));
    m_textMode->setCurrentIndex(m_textMode->findData(int(o.textMode)));
    m_codePage->setCurrentIndex(std::max(0, m_codePage->findData(o.codePage)));
    m_drawerPin->setCurrentIndex(m_drawerPin->findData(o.drawerPin));
    m_scanner->setCurrentText(settings.scannerSource());
    updateCodePage();
    showLogo();
}

void HardwareSettingsWidget::showLogo()
{
    const devices::MonoBitmap logo =
        devices::PrinterSettings(m_store.database(), m_store.settings()).logo();
    if (logo.isNull()) {
        m_logo->setText(tr("none"));
        return;
    }
    QImage picture(logo.width(), logo.height(), QImage::Format_Mono);
    for (int y = 0; y < logo.height(); ++y) {
        for (int x = 0; x < logo.width(); ++x)
            picture.setPixel(x, y, logo.pixel(x, y) ? 0 : 1);
    }
    picture.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    m_logo->setPixmap(QPixmap::fromImage(picture.scaledToHeight(std::min(48, logo.height()))));
}

bool HardwareSettingsWidget::setLogo(const QImage &image)
{
    // Two thirds of the narrow paper: the logo fits both rolls and leaves room around it.
    constexpr int kLogoWidth = 256;
    constexpr int kLogoHeight = 160;
    QImage fitted = image;
    if (!fitted.isNull() && fitted.height() * kLogoWidth > fitted.width() * kLogoHeight)
        fitted =
            fitted.scaledToHeight(std::min(fitted.height(), kLogoHeight), Qt::SmoothTransformation);
    try {
        devices::PrinterSettings(m_store.database(), m_store.settings())
            .setLogo(ReceiptRenderer::toMonoBitmap(fitted, kLogoWidth));
    } catch (const core::Error &e) {
        showProblem(e.message());
        return false;
    }
    showLogo();
    showInfo(image.isNull() ? tr("Receipts print without a logo.")
                            : tr("Receipts print with this logo; print a test page to see it."));
    return true;
}

void HardwareSettingsWidget::chooseLogo()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Logo for receipts"), QString(),
                                     tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.pbm)"));
    if (path.isEmpty())
        return;
    const QImage image(path);
    if (image.isNull()) {
        showProblem(tr("%1 is not a picture StoreDesk can read.").arg(path));
        return;
    }
    setLogo(image);
}

void HardwareSettingsWidget::updateCodePage()
{
    m_codePage->setEnabled(m_textMode->currentData().toInt() == int(devices::TextMode::CodePage));
}

void HardwareSettingsWidget::showProblem(const QString &text)
{
    m_message->setText(text);
    setRole(m_message, QStringLiteral("error"));
    m_message->show();
}

void HardwareSettingsWidget::showInfo(const QString &text)
{
    m_message->setText(text);
    setRole(m_message, QStringLiteral("ok"));
    m_message->show();
}

void HardwareSettingsWidget::setBusy(bool busy)
{
    for (QPushButton *b : m_actions)
        b->setEnabled(!busy);
}

std::optional<std::pair<QString, devices::PrinterOptions>> HardwareSettingsWidget::entered()
{
    devices::PrinterOptions o =
        devices::PrinterSettings(m_store.database(), m_store.settings()).options();
    o.paper = devices::PaperWidth(m_paper->currentData().toInt());
    o.textMode = devices::TextMode(m_textMode->currentData().toInt());
    o.codePage = m_codePage->currentData().toInt();
    o.drawerPin = m_drawerPin->currentData().toInt();
    try {
        const QString uri = devices::DeviceUri::parsePrinter(m_printer->currentText()).toString();
        return std::pair{uri, o};
    } catch (const core::Error &e) {
        showProblem(e.message());
        m_printer->setFocus();
        return std::nullopt;
    }
}

bool HardwareSettingsWidget::savePrinter()
{
    devices::PrinterSettings settings(m_store.database(), m_store.settings());
    try {
        const QString text = m_printer->currentText().trimmed();
        devices::PrinterOptions o = settings.options();
        if (!text.isEmpty()) {
            const auto e = entered();
            if (!e)
                return false;
            o = e->second;
        }
        settings.setOptions(o);
        settings.setUri(text);
    } catch (const core::Error &e) {
        showProblem(e.message());
        return false;
    }
    load();
    showInfo(m_printer->currentText().isEmpty()
                 ? tr("Saved: receipts are not printed.")
                 : tr("Saved: receipts print on %1.").arg(m_printer->currentText()));
    emit printerSaved();
    return true;
}

bool HardwareSettingsWidget::saveScanner()
{
    try {
        devices::PrinterSettings(m_store.database(), m_store.settings())
            .setScannerSource(m_scanner->currentText());
    } catch (const core::Error &e) {
        showProblem(e.message());
        m_scanner->setFocus();
        return false;
    }
    load();
    showInfo(tr("Saved: the scanner is %1.").arg(m_scanner->currentText()));
    emit scannerSaved(m_scanner->currentText());
    return true;
}

void HardwareSettingsWidget::showScan(const QString &code)
{
    m_lastScan->setText(code);
}

void HardwareSettingsWidget::runOnPrinter(
    const QString &busyText, std::function<void(devices::ReceiptPrinter &)> work,
    std::function<void(const std::optional<core::Error> &)> done)
{
    const auto e = entered();
    if (!e)
        return;
    const auto [uri, options] = *e;
    setBusy(true);
    showInfo(busyText);
    const devices::PrinterFactory &factory = m_factory;
    m_thread.run(
        [&factory, uri, options, work]() {
            const auto printer = factory.create(devices::DeviceUri::parsePrinter(uri), options);
            work(*printer);
        },
        [this, done](const std::optional<core::Error> &failure) {
            setBusy(false);
            if (failure)
                showProblem(failure->message());
            done(failure);
        });
}

void HardwareSettingsWidget::printTestPage()
{
    const auto e = entered();
    if (!e)
        return;
    const devices::ReceiptDocument page =
        devices::ReceiptLayout(
            e->second, devices::PrinterSettings(m_store.database(), m_store.settings()).logo())
            .testPage(m_store.settings().storeName(), e->first);
    runOnPrinter(
        tr("Printing a test page…"),
        [page](devices::ReceiptPrinter &printer) { printer.print(page); },
        [this](const std::optional<core::Error> &failure) {
            if (!failure) {
                showInfo(tr("The test page was sent. Check that the ruler and the Chinese line "
                            "end at the same place."));
            }
        });
}

void HardwareSettingsWidget::openDrawer()
{
    runOnPrinter(
        tr("Opening the drawer…"), [](devices::ReceiptPrinter &printer) { printer.openDrawer(); },
        [this](const std::optional<core::Error> &failure) {
            if (!failure)
                showInfo(tr("The drawer was told to open."));
        });
}

void HardwareSettingsWidget::checkStatus()
{
    auto result = std::make_shared<devices::PrinterStatus>();
    m_status->setText(tr("Asking the printer…"));
    runOnPrinter(
        tr("Asking the printer…"),
        [result](devices::ReceiptPrinter &printer) { *result = printer.status(); },
        [this, result](const std::optional<core::Error> &failure) {
            const bool fine = !failure && result->canPrint();
            m_status->setText(failure ? failure->message() : result->text());
            setRole(m_status, fine ? QStringLiteral("ok") : QStringLiteral("error"));
            if (!failure)
                m_message->hide();
        });
}

} // namespace storedesk::ui
