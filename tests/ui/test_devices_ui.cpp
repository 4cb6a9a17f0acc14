// The devices in the window: a keyboard-wedge scan burst reaches the cart whatever has the
// focus while people's typing reaches its field, input methods neither swallow nor split scans,
// receipt previews come from the same layout as printed receipts, driver printers say what
// they cannot do, and the hardware settings panel drives a real (file) printer.
#include "../core/teststore.h"
#include "../devices/escposdecoder.h"
#include "catchqt.h"
#include "devices/barcodepattern.h"
#include "devices/guiprinterfactory.h"
#include "devices/hardwaresettingswidget.h"
#include "devices/qprinterreceiptprinter.h"
#include "devices/receiptrenderer.h"
#include "devices/scanfilter.h"
#include "keyevents.h"
#include "printersettings.h"
#include "receiptlayout.h"
#include "sales/cartmodel.h"
#include "sales/cashierpage.h"
#include "store/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace storedesk;
using storedesk::test::commit;
using storedesk::test::key;
using storedesk::test::TestStore;

namespace {

constexpr int kWait = 20000;

/// Types \a text with \a gapMs between keys, starting at \a start; answers the next moment.
quint64 typeAt(QWidget *widget, const QString &text, quint64 start, int gapMs)
{
    quint64 at = start;
    for (QChar c : text) {
        key(widget, QString(c), at);
        at += quint64(gapMs);
    }
    return at;
}

/// The filter installed on the application for one test, removed after it.
struct InstalledFilter
{
    ui::ScanFilter filter;
    InstalledFilter() { qApp->installEventFilter(&filter); }
    ~InstalledFilter() { qApp->removeEventFilter(&filter); }
};

struct Counter
{
    TestStore store;
    ui::CashierPage page{*store};

    Counter()
    {
        core::NewProduct p;
        p.barcode = QStringLiteral("6901234567892");
        p.name = QStringLiteral("矿泉水");
        p.price = QStringLiteral("2.50");
        p.stock = 10;
        store->catalog().add(p);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
};

} // namespace

TEST_CASE("A scan burst typed into a focused search field reaches the cart and not the field",
          "[ui][devices][scan]")
{
    Counter c;
    InstalledFilter f;
    QObject::connect(&f.filter, &ui::ScanFilter::scanned, &c.page, &ui::CashierPage::scan);
    QLineEdit *search = c.page.memberField(); // the member search box has the focus
    search->setFocus();
    const quint64 end = typeAt(search, QStringLiteral("6901234567892"), 1000, 8);
    key(search, QStringLiteral("\r"), end + 8, Qt::Key_Return);
    CHECK(search->text().isEmpty());
    REQUIRE(c.page.cart()->rowCount() == 1);
    CHECK(c.page.cart()->request().lines.first().barcode == QStringLiteral("6901234567892"));
    QTest::qWait(200); // nothing held comes out later either
    CHECK(search->text().isEmpty());
}

TEST_CASE("People typing reach their field untouched", "[ui][devices][scan]")
{
    InstalledFilter f;
    QSignalSpy scanned(&f.filter, &ui::ScanFilter::scanned);
    QLineEdit field;
    field.show();
    field.setFocus();
    // At a person's pace, Enter included.
    const quint64 end = typeAt(&field, QStringLiteral("张 13800"), 1000, 150);
    key(&field, QStringLiteral("\r"), end + 150, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return field.text() == QStringLiteral("张 13800"); }, kWait));
    // Fast but short, then Enter: a person hitting keys together, not a scan.
    field.clear();
    const quint64 quick = typeAt(&field, QStringLiteral("12"), 5000, 10);
    key(&field, QStringLiteral("\r"), quick + 10, Qt::Key_Return);
    CHECK(field.text() == QStringLiteral("12"));
    // A shortcut ends a burst and goes through at once.
    field.clear();
    typeAt(&field, QStringLiteral("abc"), 9000, 10);
    key(&field, QString(), 9030, Qt::Key_Backspace);
    CHECK(field.text() == QStringLiteral("ab"));
    CHECK(scanned.isEmpty());

    f.filter.setEnabled(false);
    field.clear();
    const quint64 raw = typeAt(&field, QStringLiteral("6901234567892"), 20000, 5);
    key(&field, QStringLiteral("\r"), raw, Qt::Key_Return);
    CHECK(field.text() == QStringLiteral("6901234567892"));
    CHECK(scanned.isEmpty());
}

TEST_CASE("An input method neither swallows nor splits a scan", "[ui][devices][scan][ime]")
{
    InstalledFilter f;
    QSignalSpy scanned(&f.filter, &ui::ScanFilter::scanned);
    QLineEdit field;
    field.show();
    field.setFocus();
    REQUIRE(field.testAttribute(Qt::WA_InputMethodEnabled));

    // Digits come as keys; the letters went through the IME, which commits them in the burst.
    quint64 at = typeAt(&field, QStringLiteral("2026"), 1000, 8);
    CHECK_FALSE(field.testAttribute(Qt::WA_InputMethodEnabled)); // off for the rest of it
    commit(&field, QStringLiteral("AB"));
    key(&field, QStringLiteral("\r"), at + 8, Qt::Key_Return);
    REQUIRE(scanned.size() == 1);
    CHECK(scanned.first().first().toString() == QStringLiteral("2026AB"));
    CHECK(field.text().isEmpty());
    CHECK(field.testAttribute(Qt::WA_InputMethodEnabled)); // back for the person

    // The IME took the Enter to commit: its commit ends the scan.
    at = typeAt(&field, QStringLiteral("1234"), 5000, 8);
    commit(&field, QStringLiteral("XY"));
    REQUIRE(QTest::qWaitFor([&] { return scanned.size() == 2; }, kWait));
    CHECK(scanned.last().first().toString() == QStringLiteral("1234XY"));
    CHECK(field.text().isEmpty());

    // Chinese typed through the IME at a person's pace is the person's.
    commit(&field, QStringLiteral("你好"));
    CHECK(field.text() == QStringLiteral("你好"));
    CHECK(scanned.size() == 2);
}

TEST_CASE("Barcode patterns are EAN-13 and CODE128 as scanners read them", "[ui][devices]")
{
    const QList<bool> ean = ui::BarcodePattern::ean13(QStringLiteral("690123456789"));
    REQUIRE(ean.size() == 95);
    CHECK(ui::BarcodePattern::ean13Text(QStringLiteral("690123456789")) ==
          QStringLiteral("6901234567892"));
    const auto bits = [](const QList<bool> &m, int from, int n) {
        QString s;
        for (int i = from; i < from + n; ++i)
            s += m.at(i) ? u'1' : u'0';
        return s;
    };
    CHECK(bits(ean, 0, 3) == QStringLiteral("101"));
    CHECK(bits(ean, 3, 7) == QStringLiteral("0001011"));  // 9 in L (first digit 6: LGGGLL)
    CHECK(bits(ean, 10, 7) == QStringLiteral("0100111")); // 0 in G
    CHECK(bits(ean, 45, 5) == QStringLiteral("01010"));
    CHECK(bits(ean, 50, 7) == QStringLiteral("1001110")); // 5 in R
    CHECK(bits(ean, 92, 3) == QStringLiteral("101"));
    CHECK(ui::BarcodePattern::ean13(QStringLiteral("6901234567890")).isEmpty()); // bad check

    const QList<bool> code = ui::BarcodePattern::code128(QStringLiteral("AB"));
    CHECK(code.size() == 11 * 4 + 13);                            // start, A, B, check, stop
    CHECK(bits(code, 0, 11) == QStringLiteral("11010010000"));    // start B
    CHECK(bits(code, 11, 11) == QStringLiteral("10100011000"));   // A (33)
    CHECK(bits(code, 44, 13) == QStringLiteral("1100011101011")); // stop
    CHECK(ui::BarcodePattern::code128(QStringLiteral("中")).isEmpty());
}

TEST_CASE("The receipt preview is the printed layout at both widths", "[ui][devices][preview]")
{
    core::ReceiptData d;
    d.storeName = QStringLiteral("老街便利店");
    d.receiptNo = QStringLiteral("20261122-0001");
    d.at = QDateTime(QDate(2026, 11, 22), QTime(10, 0));
    d.lines = {{QStringLiteral("农夫山泉 550ml"), 2, core::Money::fromFen(250),
                core::Money::fromFen(220), core::Money::fromFen(440)}};
    d.subtotal = d.total = core::Money::fromFen(440);
    d.qrText = QStringLiteral("https://laojie.example/r/1");
    QTemporaryDir dir;
    for (const auto &[paper, dots] :
         {std::pair{devices::PaperWidth::Mm58, 384}, std::pair{devices::PaperWidth::Mm80, 576}}) {
        devices::PrinterOptions o;
        o.paper = paper;
        const ui::ReceiptRenderer renderer(devices::ReceiptLayout(o).receipt(d));
        const QImage image = renderer.toImage();
        CHECK(image.width() == dots);
        CHECK(image.height() == renderer.height());
        CHECK(image.height() > 600);
        // The rule under the header spans the paper exactly: 32 or 48 dashes of 12 dots.
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        CHECK(dark > 5000); // text, a barcode and a QR code
        const QString png = dir.filePath(QStringLiteral("r%1.png").arg(dots));
        const QString pdf = dir.filePath(QStringLiteral("r%1.pdf").arg(dots));
        REQUIRE(renderer.savePng(png));
        REQUIRE(renderer.savePdf(pdf));
        CHECK(QImage(png).size() == image.size());
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
    }
}

TEST_CASE("A logo is dithered to black and white within the paper", "[ui][devices][preview]")
{
    QImage picture(800, 100, QImage::Format_RGB32);
    picture.fill(Qt::white);
    for (int x = 0; x < 400; ++x) {
        for (int y = 0; y < 100; ++y)
            picture.setPixel(x, y, qRgb(0, 0, 0));
    }
    const devices::MonoBitmap logo = ui::ReceiptRenderer::toMonoBitmap(picture, 384);
    CHECK(logo.width() == 384);
    CHECK(logo.height() == 48);
    CHECK(logo.pixel(10, 10));
    CHECK_FALSE(logo.pixel(300, 10));
}

TEST_CASE("A driver printer that is not there says so", "[ui][devices][qprinter]")
{
    const ui::GuiPrinterFactory factory;
    const auto printer = factory.create(
        devices::DeviceUri::parsePrinter(QStringLiteral("qprinter:No Such Printer 42")), {});
    const devices::PrinterStatus status = printer->status();
    CHECK(status.state() == devices::PrinterStatus::State::Unreachable);
    CHECK(status.text().contains(QStringLiteral("No Such Printer 42")));
    CHECK(test::errorOf([&] {
              printer->print(
                  devices::ReceiptDocument(devices::PaperWidth::Mm80, devices::TextMode::Gb18030));
          }) == core::ErrorCode::PrinterUnreachable);
    CHECK(test::errorOf([&] { printer->openDrawer(); }) == core::ErrorCode::UnsupportedPrinter);
    // Everything else is the core's ESC/POS printer.
    QTemporaryDir dir;
    CHECK(factory
              .create(devices::DeviceUri::parsePrinter(QStringLiteral("file:") +
                                                       dir.filePath(QStringLiteral("x"))),
                      {})
              ->status()
              .state() == devices::PrinterStatus::State::Unknown);
}

TEST_CASE("The hardware panel saves, tests a printer and opens its drawer",
          "[ui][devices][settings]")
{
    TestStore store;
    store->settings().setStoreName(QStringLiteral("老街便利店"));
    const ui::GuiPrinterFactory factory;
    ui::HardwareSettingsWidget panel(*store, factory);
    panel.show();
    auto *message = panel.findChild<QLabel *>(QStringLiteral("message"));
    const auto click = [&](const char *name) {
        auto *b = panel.findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(b != nullptr);
        REQUIRE(QTest::qWaitFor([&] { return b->isEnabled(); }, kWait));
        b->click();
    };

    panel.printerField()->setCurrentText(QStringLiteral("serial:/dev/ttyS0?baud=7"));
    click("savePrinter");
    CHECK(message->text().contains(QStringLiteral("baud")));
    const devices::PrinterSettings settings(store->database(), store->settings());
    CHECK(settings.uri().isEmpty()); // nothing saved

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("printer.bin"));
    panel.printerField()->setCurrentText(QStringLiteral("file:") + out);
    auto *paper = panel.findChild<QComboBox *>(QStringLiteral("paper"));
    paper->setCurrentIndex(paper->findData(int(devices::PaperWidth::Mm58)));
    click("testPage");
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(out); }, kWait));
    click("openDrawer");
    REQUIRE(QTest::qWaitFor(
        [&] { return message->text().contains(QStringLiteral("told to open")); }, kWait));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const test::DecodedPrint d = test::decodeEscPos(file.readAll());
    CHECK(d.lines.contains(QStringLiteral("12345678901234567890123456789012")));
    CHECK(d.lines.contains(QStringLiteral("老街便利店")));
    CHECK(d.pulses == 1);

    click("checkStatus");
    auto *status = panel.findChild<QLabel *>(QStringLiteral("printerStatus"));
    REQUIRE(
        QTest::qWaitFor([&] { return status->text() == devices::PrinterStatus().text(); }, kWait));

    QSignalSpy saved(&panel, &ui::HardwareSettingsWidget::printerSaved);
    click("savePrinter");
    CHECK(saved.size() == 1);
    CHECK(settings.uri() == QStringLiteral("file:") + out);
    CHECK(settings.options().paper == devices::PaperWidth::Mm58);

    panel.scannerField()->setCurrentText(QStringLiteral("tcp:1.2.3.4"));
    click("saveScanner");
    CHECK(settings.scannerSource() == QStringLiteral("hid"));
    QSignalSpy scannerSaved(&panel, &ui::HardwareSettingsWidget::scannerSaved);
    panel.scannerField()->setCurrentText(QStringLiteral("serial:/dev/ttyACM0?baud=9600"));
    click("saveScanner");
    CHECK(scannerSaved.size() == 1);
    CHECK(settings.scannerSource().startsWith(QStringLiteral("serial:/dev/ttyACM0")));

    QImage picture(600, 300, QImage::Format_RGB32);
    picture.fill(Qt::white);
    for (int y = 100; y < 200; ++y) {
        for (int x = 0; x < 600; ++x)
            picture.setPixel(x, y, qRgb(0, 0, 0));
    }
    REQUIRE(panel.setLogo(picture));
    CHECK(settings.logo().width() == 256);
    CHECK(settings.logo().height() == 128);
    QFile::remove(out);
    click("testPage");
    REQUIRE(
        QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("ruler")); }, kWait));
    QFile withLogo(out);
    REQUIRE(withLogo.open(QIODevice::ReadOnly));
    CHECK(
        test::decodeEscPos(withLogo.readAll()).listing.at(2).startsWith(QStringLiteral("[image")));
    REQUIRE(panel.setLogo(QImage()));
    CHECK(settings.logo().isNull());

    panel.showScan(QStringLiteral("6901234567892"));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("lastScan"))->text() ==
          QStringLiteral("6901234567892"));
}
