// storedeskctl print, printer test|status|show|set and drawer, run as another program would,
// against file printers and the loopback network printer.
#include "../e2e/ctl.h"
#include "escposdecoder.h"
#include "fakeprinter.h"
#include "monobitmap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storedesk;
using storedesk::test::Ctl;
using storedesk::test::Run;

namespace {

/// A store with one product and one cash sale (receipt 20261122-0001).
struct CliShop
{
    Ctl ctl;
    QTemporaryDir dir;

    CliShop()
    {
        REQUIRE(ctl({QStringLiteral("init"), QStringLiteral("--store-name"),
                     QStringLiteral("老街便利店")})
                    .exitCode == 0);
        REQUIRE(ctl({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--barcode"),
                     QStringLiteral("6901234567892"), QStringLiteral("--name"),
                     QStringLiteral("农夫山泉 550ml"), QStringLiteral("--price"),
                     QStringLiteral("2.50"), QStringLiteral("--stock"), QStringLiteral("10")})
                    .exitCode == 0);
        const Run sale = ctl({QStringLiteral("sale"), QStringLiteral("-")}, "C.UTF-8",
                             R"({"lines":[{"barcode":"6901234567892","qty":2}],
                    "payments":[{"method":"cash","amount":"5.00","tendered":"10.00"}]})");
        REQUIRE(sale.exitCode == 0);
        REQUIRE(sale.object().value(QStringLiteral("receipt_no")).toString() ==
                QStringLiteral("20261122-0001"));
    }

    QString file(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

test::DecodedPrint printed(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return test::decodeEscPos(f.readAll());
}

} // namespace

TEST_CASE("storedeskctl print prints the waiting receipt and then reprints", "[devices][cli]")
{
    CliShop shop;
    const QString out = shop.file("r.bin");
    const Run first = shop.ctl({QStringLiteral("print"), QStringLiteral("20261122-0001"),
                                QStringLiteral("--printer"), QStringLiteral("file:") + out,
                                QStringLiteral("--paper"), QStringLiteral("58")},
                               "zh_CN.UTF-8");
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.object().value(QStringLiteral("kind")).toString() == QStringLiteral("receipt"));
    CHECK(first.object().value(QStringLiteral("paper")).toString() == QStringLiteral("58"));
    test::DecodedPrint d = printed(out);
    CHECK(d.problem.isEmpty());
    CHECK(d.cuts == 1);
    CHECK(d.barcodes == QStringList{QStringLiteral("CODE128 20261122-0001")});
    CHECK(d.lines.contains(QStringLiteral("农夫山泉 550ml                  ")));
    CHECK(d.lines.contains(QStringLiteral("应付                      ￥5.00")));

    const Run again = shop.ctl({QStringLiteral("print"), QStringLiteral("20261122-0001"),
                                QStringLiteral("--printer"), QStringLiteral("file:") + out});
    REQUIRE(again.exitCode == 0);
    CHECK(again.object().value(QStringLiteral("kind")).toString() == QStringLiteral("reprint"));
    CHECK(again.object().value(QStringLiteral("job_id")).toInteger() ==
          first.object().value(QStringLiteral("job_id")).toInteger() + 1);
    d = printed(out);
    CHECK(d.cuts == 2);
    CHECK(d.lines.contains(QStringLiteral("*** REPRINT ***")));
}

TEST_CASE("storedeskctl print refuses bad input and prints nothing", "[devices][cli]")
{
    CliShop shop;
    const QString out = shop.file("r.bin");
    const auto print = [&](QStringList extra, const QByteArray &lang = "C.UTF-8") {
        QStringList args{QStringLiteral("print")};
        args += extra;
        return shop.ctl(args, lang);
    };
    Run r = print({QStringLiteral("20991231-0001"), QStringLiteral("--printer"),
                   QStringLiteral("file:") + out});
    CHECK(r.exitCode == 1);
    CHECK(r.errorCode() == QStringLiteral("not_found"));
    r = print({QStringLiteral("20261122-0001")});
    CHECK(r.errorCode() == QStringLiteral("printer_not_configured"));
    r = print({QStringLiteral("20261122-0001"), QStringLiteral("--printer"),
               QStringLiteral("serial:/dev/ttyS0?baud=1234")},
              "zh_CN.UTF-8");
    CHECK(r.errorCode() == QStringLiteral("invalid_device_uri"));
    CHECK(r.errorMessage().contains(QStringLiteral("波特率")));
    r = print({QStringLiteral("20261122-0001"), QStringLiteral("--printer"),
               QStringLiteral("qprinter:Office")});
    CHECK(r.errorCode() == QStringLiteral("unsupported_printer"));
    r = print({QStringLiteral("20261122-0001"), QStringLiteral("--printer"),
               QStringLiteral("file:") + out, QStringLiteral("--paper"), QStringLiteral("76")});
    CHECK(r.errorCode() == QStringLiteral("invalid_setting"));
    CHECK_FALSE(QFile::exists(out));

    // An unreachable printer: the receipt's job waits; the next print is still the receipt.
    quint16 port = 0;
    {
        test::FakePrinter gone;
        port = gone.listenTcp();
    }
    r = print({QStringLiteral("20261122-0001"), QStringLiteral("--printer"),
               QStringLiteral("tcp:127.0.0.1:%1").arg(port)});
    CHECK(r.exitCode == 1);
    CHECK(r.errorCode() == QStringLiteral("printer_unreachable"));
    r = print({QStringLiteral("20261122-0001"), QStringLiteral("--printer"),
               QStringLiteral("file:") + out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.object().value(QStringLiteral("kind")).toString() == QStringLiteral("receipt"));
    CHECK(printed(out).cuts == 1);
}

TEST_CASE("storedeskctl printer set and show keep the store's printer", "[devices][cli]")
{
    CliShop shop;
    const QString out = shop.file("store-printer.bin");
    Run r =
        shop.ctl({QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("file:") + out,
                  QStringLiteral("--paper"), QStringLiteral("58"), QStringLiteral("--text-mode"),
                  QStringLiteral("codepage"), QStringLiteral("--code-page"), QStringLiteral("19"),
                  QStringLiteral("--drawer-pin"), QStringLiteral("5")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.object().value(QStringLiteral("text_mode")).toString() == QStringLiteral("codepage"));
    r = shop.ctl({QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--scanner"),
                  QStringLiteral("tcp:1.2.3.4")});
    CHECK(r.errorCode() == QStringLiteral("invalid_device_uri"));
    r = shop.ctl({QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--drawer-pin"),
                  QStringLiteral("3")});
    CHECK(r.errorCode() == QStringLiteral("invalid_setting"));
    r = shop.ctl({QStringLiteral("printer"), QStringLiteral("show")});
    CHECK(r.object().value(QStringLiteral("printer")).toString() == QStringLiteral("file:") + out);
    CHECK(r.object().value(QStringLiteral("drawer_pin")).toInt() == 5);
    CHECK(r.object().value(QStringLiteral("scanner")).toString() == QStringLiteral("hid"));

    REQUIRE(shop.ctl({QStringLiteral("print"), QStringLiteral("20261122-0001")}).exitCode == 0);
    REQUIRE(shop.ctl({QStringLiteral("drawer")}).exitCode == 0);
    const test::DecodedPrint d = printed(out);
    CHECK(d.listing.contains(QStringLiteral("[codepage 19]")));
    CHECK(d.lines.contains(QStringLiteral("Total                      ¥5.00")));
    CHECK(d.listing.last() == QStringLiteral("[pulse pin 5 on 100ms off 200ms]"));
}

TEST_CASE("storedeskctl printer status answers JSON in the user's language", "[devices][cli]")
{
    Ctl ctl; // no store at all: a URI is enough
    test::FakePrinter fake;
    fake.setStatus(std::array<quint8, 4>{0x12, 0x12, 0x12, 0x72});
    const QString uri = QStringLiteral("tcp:127.0.0.1:%1").arg(fake.listenTcp());
    Run r = ctl({QStringLiteral("printer"), QStringLiteral("status"), uri}, "zh_CN.UTF-8");
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.object().value(QStringLiteral("state")).toString() == QStringLiteral("paper_out"));
    CHECK_FALSE(r.object().value(QStringLiteral("can_print")).toBool());
    CHECK(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("缺纸")));

    fake.setStatus(std::nullopt);
    r = ctl({QStringLiteral("printer"), QStringLiteral("status"), uri});
    CHECK(r.object().value(QStringLiteral("state")).toString() == QStringLiteral("unknown"));
    CHECK(r.object().value(QStringLiteral("can_print")).toBool());

    r = ctl({QStringLiteral("drawer"), uri});
    CHECK(r.exitCode == 0);
    r = ctl({QStringLiteral("printer"), QStringLiteral("test"), uri, QStringLiteral("--paper"),
             QStringLiteral("58")});
    CHECK(r.exitCode == 0);
    REQUIRE(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).cuts == 1; }, 20000));
    const test::DecodedPrint d = test::decodeEscPos(fake.received());
    CHECK(d.pulses == 1);
    CHECK(d.lines.contains(QStringLiteral("12345678901234567890123456789012")));
    CHECK(d.barcodes.size() == 2);
    CHECK(d.qrCodes.size() == 1);

    r = ctl({QStringLiteral("printer"), QStringLiteral("status")});
    CHECK(r.errorCode() == QStringLiteral("not_initialized"));
}

TEST_CASE("storedeskctl printer set takes a PBM logo and receipts carry it", "[devices][cli]")
{
    CliShop shop;
    const QString out = shop.file("logo-printer.bin");
    devices::MonoBitmap logo(64, 16);
    for (int x = 0; x < 64; ++x)
        logo.setPixel(x, 8, true);
    QFile pbm(shop.file("logo.pbm"));
    REQUIRE(pbm.open(QIODevice::WriteOnly));
    pbm.write(logo.toPbm());
    pbm.close();
    QFile text(shop.file("logo.txt"));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a picture");
    text.close();

    Run r = shop.ctl({QStringLiteral("printer"), QStringLiteral("set"),
                      QStringLiteral("file:") + out, QStringLiteral("--logo"), text.fileName()});
    CHECK(r.errorCode() == QStringLiteral("invalid_setting"));
    r = shop.ctl({QStringLiteral("printer"), QStringLiteral("show")});
    CHECK(r.object().value(QStringLiteral("printer")).toString().isEmpty()); // nothing written

    r = shop.ctl({QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("file:") + out,
                  QStringLiteral("--logo"), pbm.fileName()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.object().value(QStringLiteral("logo")).toBool());
    REQUIRE(shop.ctl({QStringLiteral("print"), QStringLiteral("20261122-0001")}).exitCode == 0);
    const test::DecodedPrint d = printed(out);
    REQUIRE_FALSE(d.listing.isEmpty());
    // Centred on the 80 mm roll: 256 dots of margin, then the 64-dot picture.
    CHECK(d.listing.contains(QStringLiteral("[image 320x16 dots, 64 black]")));

    r = shop.ctl(
        {QStringLiteral("printer"), QStringLiteral("set"), QStringLiteral("--logo"), QString()});
    CHECK_FALSE(r.object().value(QStringLiteral("logo")).toBool());
}
