// The ESC/POS encoder byte for byte, and read back through the test decoder: commands, text
// in GB18030 and in code pages (¥ above all), barcodes, QR codes and pictures.
#include "catchqt.h"
#include "code128.h"
#include "domain/error.h"
#include "escposdecoder.h"
#include "escposencoder.h"
#include "textcolumns.h"

using namespace storedesk;
using namespace storedesk::devices;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

PrinterOptions withMode(TextMode mode, int codePage = 0)
{
    PrinterOptions o;
    o.textMode = mode;
    o.codePage = codePage;
    return o;
}

} // namespace

TEST_CASE("Device commands are the ESC/POS bytes", "[devices][escpos]")
{
    PrinterOptions o;
    const EscPosEncoder e(o);
    CHECK(e.initialize() == hex("1b40 1c26"));
    CHECK(e.cut(true) == hex("1d564200"));
    CHECK(e.cut(false) == hex("1d564100"));
    CHECK(e.feed(3) == hex("1b6403"));
    CHECK(EscPosEncoder::statusQuery(4) == hex("100404"));
    CHECK(e.drawerPulse() == hex("1b70003264")); // pin 2, 100 ms on, 200 ms off

    o.drawerPin = 5;
    o.pulseOnMs = 50;
    o.pulseOffMs = 500;
    CHECK(EscPosEncoder(o).drawerPulse() == hex("1b700119fa"));
    CHECK(EscPosEncoder(withMode(TextMode::CodePage, 19)).initialize() == hex("1b40 1c2e 1b7413"));
    CHECK(EscPosEncoder(withMode(TextMode::Gb18030Native)).initialize() == hex("1b40"));
}

TEST_CASE("Yen prints as yen in GB18030 and in every code page", "[devices][escpos]")
{
    // The fullwidth ￥ of GB2312 (A3 A4): GBK printers garble the four-byte GB18030 ¥.
    CHECK(EscPosEncoder(withMode(TextMode::Gb18030)).text(u"¥5") == hex("a3a435"));
    CHECK(EscPosEncoder(withMode(TextMode::Gb18030)).text(u"￥") == hex("a3a4"));
    CHECK(EscPosEncoder(withMode(TextMode::CodePage, 0)).text(u"¥") == hex("9d"));
    CHECK(EscPosEncoder(withMode(TextMode::CodePage, 19)).text(u"¥") == hex("be"));
    CHECK(EscPosEncoder(withMode(TextMode::CodePage, 16)).text(u"¥") == hex("a5"));

    for (int page : CodePage::supported()) {
        const EscPosEncoder e(withMode(TextMode::CodePage, page));
        const test::DecodedPrint d = test::decodeEscPos(e.initialize() + e.text(u"¥12.50") + '\n');
        CHECK(d.lines == QStringList{QStringLiteral("¥12.50")});
    }
    const EscPosEncoder gb(withMode(TextMode::Gb18030));
    CHECK(test::decodeEscPos(gb.initialize() + gb.text(u"合计 ¥12.50") + '\n').lines ==
          QStringList{QStringLiteral("合计 ￥12.50")});
}

TEST_CASE("Chinese text is GB18030 in the printer's Chinese mode", "[devices][escpos]")
{
    const EscPosEncoder e(withMode(TextMode::Gb18030));
    CHECK(e.text(u"农夫山泉") == hex("c5a9b7f2c9bdc8aa"));
    // A character outside GBK still has its GB18030 form.
    CHECK(e.text(u"\U00020000").size() == 4);
    const test::DecodedPrint d =
        test::decodeEscPos(e.initialize() + e.text(u"农夫山泉 550ml") + '\n');
    CHECK(d.problem.isEmpty());
    CHECK(d.listing.first() == QStringLiteral("[init]"));
    CHECK(d.listing.at(1) == QStringLiteral("[chinese]"));
    CHECK(d.lines == QStringList{QStringLiteral("农夫山泉 550ml")});
}

TEST_CASE("A code page prints question marks for what it lacks and keeps the columns",
          "[devices][escpos]")
{
    const EscPosEncoder e(withMode(TextMode::CodePage, 0));
    CHECK(e.text(u"Café 水") == QByteArray("Caf\x82 ??", 7));
    CHECK(TextColumns(TextMode::CodePage).width(u"Café 水") == 7);
}

TEST_CASE("Control characters in text can never become printer commands", "[devices][escpos]")
{
    const EscPosEncoder e(withMode(TextMode::Gb18030));
    // A product name carrying ESC p (the drawer) and GS V (the cutter) prints as letters only.
    QString name = QStringLiteral("Tea");
    name += QChar(0x1B);
    name += QStringLiteral("p");
    name += QChar(0);
    name += QChar(0x1D);
    name += QStringLiteral("V1");
    name += QChar(u'\n');
    CHECK(e.text(name) == QByteArray("TeapV1"));
    const test::DecodedPrint d = test::decodeEscPos(e.text(name) + '\n');
    CHECK(d.pulses == 0);
    CHECK(d.cuts == 0);
    CHECK(d.lines == QStringList{QStringLiteral("TeapV1")});
}

TEST_CASE("An unknown code page is refused with a reason", "[devices][escpos]")
{
    try {
        EscPosEncoder e(withMode(TextMode::CodePage, 7));
        FAIL("code page 7 was accepted");
    } catch (const core::Error &error) {
        CHECK(error.codeName() == QStringLiteral("unsupported_printer"));
        CHECK(error.message().contains(QStringLiteral("7")));
    }
}

TEST_CASE("Barcodes and QR codes are native commands", "[devices][escpos]")
{
    const EscPosEncoder e(PrinterOptions{});
    CHECK(e.barcode(BarcodeKind::Ean13, QStringLiteral("6901234567892"), 2) ==
          hex("1b6101 1d4802 1d6600 1d6850 1d7702 1d6b430d") + "6901234567892");
    CHECK(e.barcode(BarcodeKind::Code128, QStringLiteral("A{1"), 2)
              .endsWith(hex("1d6b4906") + "{BA{{1"));
    const QByteArray qr = e.qrCode(QStringLiteral("https://shop.example/r/1"), 6);
    CHECK(qr.contains(hex("1d286b0400314132 00")));
    CHECK(qr.contains(hex("1d286b0300314306")));
    CHECK(qr.endsWith(hex("1d286b0300315130")));

    const test::DecodedPrint d = test::decodeEscPos(
        e.barcode(BarcodeKind::Code128, QStringLiteral("20261122-0001"), 2) +
        e.barcode(BarcodeKind::Ean13, QStringLiteral("123"), 2) + // not an EAN-13: printed as text
        e.qrCode(QStringLiteral("会员码 42"), 5));
    CHECK(d.problem.isEmpty());
    CHECK(d.barcodes == QStringList{QStringLiteral("CODE128 20261122-0001")});
    CHECK(d.lines == QStringList{QStringLiteral("123")});
    CHECK(d.qrCodes == QStringList{QStringLiteral("会员码 42")});
}

TEST_CASE("A picture is centred raster data in bands", "[devices][escpos]")
{
    MonoBitmap logo(16, 200);
    for (int y = 0; y < 200; ++y)
        logo.setPixel(0, y, true);
    PrinterOptions o;
    o.paper = PaperWidth::Mm58;
    const QByteArray bytes = EscPosEncoder(o).image(logo);
    // (384 − 16) / 2 = 184 dots of margin: rows of 25 bytes, in bands of 128 and 72 rows.
    CHECK(bytes.startsWith(hex("1d763000 1900 8000")));
    const test::DecodedPrint d = test::decodeEscPos(bytes);
    CHECK(d.problem.isEmpty());
    CHECK(d.listing == QStringList{QStringLiteral("[image 200x128 dots, 128 black]"),
                                   QStringLiteral("[image 200x72 dots, 72 black]")});
    CHECK(MonoBitmap::fromPbm(logo.toPbm()) == logo);
    CHECK_FALSE(MonoBitmap::fromPbm("P1\n1 1\n1").has_value());
}

TEST_CASE("CODE128 packs digit runs in set C so receipt numbers fit 58 mm paper",
          "[devices][escpos]")
{
    const QString receiptNo = QStringLiteral("20261122-0001");
    // 105 + 20·1 + 26·2 + 11·3 + 22·4 + 100·5 + 13·6 + 99·7 + 0·8 + 1·9 = 1578 ≡ 33 (mod 103)
    CHECK(Code128::symbols(receiptNo) == QList<int>{105, 20, 26, 11, 22, 100, 13, 99, 0, 1, 33});
    CHECK(Code128::escPosData(receiptNo) == QByteArray("{C\x14\x1a\x0b\x16{B-{C\x00\x01", 13));
    CHECK(Code128::escPosData(QStringLiteral("12345")) == QByteArray("{B1{C\x17\x2d", 7));
    CHECK(Code128::symbols(QStringLiteral("AB")) == QList<int>{104, 33, 34, (104 + 33 + 68) % 103});
    CHECK(Code128::modulesWithQuietZone(receiptNo) * 2 <= 384);
    const EscPosEncoder e(PrinterOptions{});
    for (const QString &data : {receiptNo, QStringLiteral("12345"), QStringLiteral("A{1"),
                                QStringLiteral("99"), QStringLiteral("STOREDESK-0001")}) {
        const test::DecodedPrint d = test::decodeEscPos(e.barcode(BarcodeKind::Code128, data, 2));
        CHECK(d.barcodes == QStringList{QStringLiteral("CODE128 ") + data});
    }
    CHECK(Code128::symbols(QStringLiteral("价格")).isEmpty());
}
