// Printers driven for real over their transports: a loopback TCP port standing in for a
// port-9100 printer, socat pty pairs for serial and USB device files, and plain files. Status
// answers in words; a silent printer still prints; bad addresses and vanished printers fail
// with a reason.
#include "../core/teststore.h"
#include "catchqt.h"
#include "deviceuri.h"
#include "domain/error.h"
#include "escposdecoder.h"
#include "escposprinterfactory.h"
#include "fakeprinter.h"
#include "ptypair.h"
#include "receiptlayout.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storedesk;
using namespace storedesk::devices;

namespace {

core::ReceiptData sampleReceipt()
{
    core::ReceiptData d;
    d.storeName = QStringLiteral("老街便利店");
    d.receiptNo = QStringLiteral("20261122-0001");
    d.at = QDateTime(QDate(2026, 11, 22), QTime(10, 0));
    d.lines = {{QStringLiteral("农夫山泉 550ml"), 2, core::Money::fromFen(250),
                core::Money::fromFen(250), core::Money::fromFen(500)}};
    d.subtotal = d.total = core::Money::fromFen(500);
    d.payments = {
        {core::PaymentMethod::Cash, core::Money::fromFen(500), core::Money::fromFen(500)}};
    return d;
}

ReceiptDocument sampleDocument(const PrinterOptions &o = {})
{
    return ReceiptLayout(o).receipt(sampleReceipt());
}

std::unique_ptr<ReceiptPrinter> printerAt(const QString &uri, PrinterOptions o = {})
{
    o.statusTimeoutMs = 300;
    return EscPosPrinterFactory().create(DeviceUri::parsePrinter(uri), o);
}

QString tcpUri(quint16 port)
{
    return QStringLiteral("tcp:127.0.0.1:%1").arg(port);
}

core::ErrorCode failureOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const core::Error &e) {
        INFO(e.message().toStdString());
        CHECK_FALSE(e.message().isEmpty());
        return e.code();
    }
    FAIL("nothing was thrown");
    return core::ErrorCode::InvalidArgument;
}

} // namespace

TEST_CASE("Printer and scanner URIs are read or refused with a reason", "[devices][uri]")
{
    const DeviceUri serial =
        DeviceUri::parse(QStringLiteral("serial:/dev/ttyUSB0?baud=19200&parity=even&flow=rtscts"));
    CHECK(serial.kind() == DeviceUri::Kind::Serial);
    CHECK(serial.baud() == 19200);
    CHECK(serial.parity() == DeviceUri::Parity::Even);
    CHECK(serial.flowControl() == DeviceUri::FlowControl::RtsCts);
    CHECK(serial.toString() ==
          QStringLiteral("serial:/dev/ttyUSB0?baud=19200&data=8&parity=even&stop=1&flow=rtscts"));
    CHECK(DeviceUri::parse(QStringLiteral("tcp:192.168.1.50")).port() == 9100);
    CHECK(DeviceUri::parse(QStringLiteral("tcp:[::1]:9101")).host() == QStringLiteral("::1"));
    CHECK(DeviceUri::parse(QStringLiteral("tcp:printer.local:9100")).host() ==
          QStringLiteral("printer.local"));
    CHECK(DeviceUri::parse(QStringLiteral("usb:/dev/usb/lp0")).path() ==
          QStringLiteral("/dev/usb/lp0"));
    CHECK(DeviceUri::parse(QStringLiteral("qprinter:Office Laser")).path() ==
          QStringLiteral("Office Laser"));
    CHECK(DeviceUri::parseScanner(QStringLiteral("hid")).kind() == DeviceUri::Kind::Hid);

    for (const char *bad :
         {"", "lp0", "serial:", "serial:/dev/ttyS0?baud=12345", "serial:/dev/ttyS0?baud=fast",
          "serial:/dev/ttyS0?data=9", "serial:/dev/ttyS0?parity=mark", "serial:/dev/ttyS0?speed=1",
          "serial:/dev/ttyS0?baud=9600&baud=9600", "tcp:", "tcp:host:0", "tcp:host:70000",
          "tcp:[::1", "tcp:a b:9100", "ftp:x", "usb:", "file:"}) {
        INFO(bad);
        CHECK(test::errorOf([&] { DeviceUri::parse(QString::fromUtf8(bad)); }) ==
              core::ErrorCode::InvalidDeviceUri);
    }
    CHECK(test::errorOf([] { DeviceUri::parsePrinter(QStringLiteral("hid")); }) ==
          core::ErrorCode::InvalidDeviceUri);
    CHECK(test::errorOf([] { DeviceUri::parseScanner(QStringLiteral("tcp:1.2.3.4")); }) ==
          core::ErrorCode::InvalidDeviceUri);
}

TEST_CASE("A network printer gets the receipt and answers its status", "[devices][tcp]")
{
    test::FakePrinter fake;
    const quint16 port = fake.listenTcp();
    const auto printer = printerAt(tcpUri(port));
    CHECK(printer->status().state() == PrinterStatus::State::Ready);
    printer->print(sampleDocument());
    REQUIRE(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 1; }, 10000));
    const test::DecodedPrint d = test::decodeEscPos(fake.received());
    CHECK(d.problem.isEmpty());
    CHECK(d.barcodes == QStringList{QStringLiteral("CODE128 20261122-0001")});
    CHECK(d.lines.contains(QStringLiteral("老街便利店")));
    CHECK(d.statusQueries >= 5); // the status before the job and the check after it
}

TEST_CASE("Paper out, cover open and offline are said in words and nothing is sent",
          "[devices][tcp][status]")
{
    struct Case
    {
        std::array<quint8, 4> answers;
        PrinterStatus::State state;
        const char *code;
    };
    const Case cases[] = {
        {{0x12, 0x12, 0x12, 0x72}, PrinterStatus::State::PaperOut, "paper_out"},
        {{0x1A, 0x16, 0x12, 0x12}, PrinterStatus::State::CoverOpen, "cover_open"},
        {{0x1A, 0x12, 0x12, 0x12}, PrinterStatus::State::Offline, "offline"},
        {{0x12, 0x12, 0x1A, 0x12}, PrinterStatus::State::Error, "error"},
        {{0x12, 0x12, 0x12, 0x1E}, PrinterStatus::State::PaperNearEnd, "paper_near_end"},
    };
    for (const Case &c : cases) {
        INFO(c.code);
        test::FakePrinter fake;
        fake.setStatus(c.answers);
        const auto printer = printerAt(tcpUri(fake.listenTcp()));
        const PrinterStatus status = printer->status();
        CHECK(status.state() == c.state);
        CHECK(status.code() == QString::fromLatin1(c.code));
        CHECK_FALSE(status.text().isEmpty());
        fake.clear();
        if (status.canPrint()) {
            printer->print(sampleDocument());
            CHECK(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 1; },
                                  10000));
        } else {
            CHECK(test::errorOf([&] { printer->print(sampleDocument()); }) ==
                  core::ErrorCode::PrinterNotReady);
            CHECK(test::decodeEscPos(fake.received()).cuts == 0);
        }
    }
}

TEST_CASE("A printer that never answers status is unknown and still prints",
          "[devices][tcp][status]")
{
    test::FakePrinter fake;
    fake.setStatus(std::nullopt);
    const auto printer = printerAt(tcpUri(fake.listenTcp()));
    const PrinterStatus status = printer->status();
    CHECK(status.state() == PrinterStatus::State::Unknown);
    CHECK(status.code() == QStringLiteral("unknown"));
    CHECK(status.canPrint());
    printer->print(sampleDocument());
    printer->print(sampleDocument());
    REQUIRE(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 2; }, 10000));
    const test::DecodedPrint d = test::decodeEscPos(fake.received());
    // Asked once at the status check and once before the first job; not before every job.
    CHECK(d.statusQueries == 1);
}

TEST_CASE("An unreachable printer fails with a reason and reads as unreachable", "[devices][tcp]")
{
    quint16 port = 0;
    {
        test::FakePrinter fake;
        port = fake.listenTcp();
    } // closed: nothing listens there now
    const auto printer = printerAt(tcpUri(port));
    CHECK(failureOf([&] { printer->print(sampleDocument()); }) ==
          core::ErrorCode::PrinterUnreachable);
    const PrinterStatus status = printer->status();
    CHECK(status.state() == PrinterStatus::State::Unreachable);
    CHECK(status.text().contains(QString::number(port)));
    CHECK(failureOf([&] { printer->openDrawer(); }) == core::ErrorCode::PrinterUnreachable);
}

TEST_CASE("A printer that goes away in the middle of a job fails the job", "[devices][tcp]")
{
    test::FakePrinter fake;
    const auto printer = printerAt(tcpUri(fake.listenTcp()));
    fake.dropAfter(40);
    CHECK(failureOf([&] { printer->print(sampleDocument()); }) ==
          core::ErrorCode::PrinterUnreachable);
    // The next try goes through whole.
    fake.clear();
    printer->print(sampleDocument());
    CHECK(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 1; }, 10000));
}

TEST_CASE("The drawer opens with the configured pulse", "[devices][drawer]")
{
    test::FakePrinter fake;
    PrinterOptions o;
    o.drawerPin = 5;
    o.pulseOnMs = 120;
    o.pulseOffMs = 240;
    printerAt(tcpUri(fake.listenTcp()), o)->openDrawer();
    REQUIRE(
        QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).pulses == 1; }, 10000));
    const test::DecodedPrint d = test::decodeEscPos(fake.received());
    CHECK(d.listing == QStringList{QStringLiteral("[pulse pin 5 on 120ms off 240ms]")});
}

TEST_CASE("A serial printer on a pty pair prints and answers status", "[devices][serial]")
{
    test::PtyPair pty;
    test::FakePrinter fake;
    fake.openSerial(pty.peer());
    const auto printer =
        printerAt(QStringLiteral("serial:%1?baud=115200&flow=none").arg(pty.device()));
    CHECK(printer->status().state() == PrinterStatus::State::Ready);
    printer->print(sampleDocument());
    REQUIRE(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 1; }, 10000));
    CHECK(test::decodeEscPos(fake.received()).lines.contains(QStringLiteral("老街便利店")));

    pty.stop(); // the cable is pulled
    CHECK(failureOf([&] { printer->print(sampleDocument()); }) ==
          core::ErrorCode::PrinterUnreachable);
}

TEST_CASE("A USB printer device file prints and answers status", "[devices][usb]")
{
    test::PtyPair pty; // a pty behaves like /dev/usb/lp0: a device file, read and written
    test::FakePrinter fake;
    fake.openSerial(pty.peer());
    const auto printer = printerAt(QStringLiteral("usb:") + pty.device());
    CHECK(printer->status().state() == PrinterStatus::State::Ready);
    printer->print(sampleDocument());
    REQUIRE(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 1; }, 10000));
    CHECK(failureOf([&] {
              printerAt(QStringLiteral("usb:/nonexistent/lp9"))->print(sampleDocument());
          }) == core::ErrorCode::PrinterUnreachable);
}

TEST_CASE("A file printer collects every job and never claims a status", "[devices][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("receipts.bin"));
    const auto printer = printerAt(QStringLiteral("file:") + path);
    CHECK(printer->status().state() == PrinterStatus::State::Unknown);
    printer->print(sampleDocument());
    printer->openDrawer();
    printer->print(sampleDocument());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const test::DecodedPrint d = test::decodeEscPos(file.readAll());
    CHECK(d.cuts == 2);
    CHECK(d.pulses == 1);
    CHECK(d.statusQueries == 0);
    CHECK(failureOf([&] {
              printerAt(QStringLiteral("file:") + dir.filePath(QStringLiteral("no/such/dir/r.bin")))
                  ->print(sampleDocument());
          }) == core::ErrorCode::PrinterUnreachable);
}

TEST_CASE("The OS driver printer needs the window", "[devices][qprinter]")
{
    CHECK(failureOf([] { printerAt(QStringLiteral("qprinter:Office")); }) ==
          core::ErrorCode::UnsupportedPrinter);
}
