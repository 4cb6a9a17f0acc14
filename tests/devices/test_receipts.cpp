// Whole receipts against golden files (tests/devices/receipts/<case>/): input.json is the
// receipt's data, expected-58.txt and expected-80.txt what the printer is sent, decoded. To
// regenerate after a deliberate layout change, run
//   cmake --build build -t update_receipt_goldens
// and read the diff before committing it.
#include "catchqt.h"
#include "escposdecoder.h"
#include "escposencoder.h"
#include "receiptinput.h"
#include "receiptlayout.h"
#include "store/translations.h"
#include "textcolumns.h"

#include <QDir>
#include <QFile>

using namespace storedesk;
using namespace storedesk::devices;

namespace {

const QString kCases = QStringLiteral(STOREDESK_RECEIPT_CASES);

/// Every left-aligned line of normal width fills the paper exactly: that is what keeps the
/// names, quantities and prices of a Chinese receipt in their columns.
void checkAligned(const test::DecodedPrint &print, TextMode mode, int columns)
{
    const TextColumns measure(mode);
    QString align = QStringLiteral("left");
    QString size = QStringLiteral("1x1");
    for (const QString &entry : print.listing) {
        if (entry.startsWith(QStringLiteral("[align ")))
            align = entry.mid(7).chopped(1);
        else if (entry.startsWith(QStringLiteral("[size ")))
            size = entry.mid(6).chopped(1);
        else if (entry.startsWith(QStringLiteral("[init")))
            align = QStringLiteral("left"), size = QStringLiteral("1x1");
        else if (entry.startsWith(u'|') && align == u"left" && size != u"2x2") {
            INFO(entry.toStdString());
            CHECK(measure.width(entry.mid(1).chopped(1)) == columns);
        }
    }
}

} // namespace

TEST_CASE("Receipts match their golden files at 58 and 80 mm", "[devices][receipt][golden]")
{
    const bool update = qEnvironmentVariableIsSet("STOREDESK_UPDATE_GOLDEN");
    const QStringList cases = QDir(kCases).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(cases.size() >= 4);
    for (const QString &name : cases) {
        const QDir dir(kCases + u'/' + name);
        const test::ReceiptInput input =
            test::readReceiptInput(dir.filePath(QStringLiteral("input.json")));
        core::installTranslations(QLocale(input.language));
        for (const PaperWidth paper : {PaperWidth::Mm58, PaperWidth::Mm80}) {
            PrinterOptions options;
            options.paper = paper;
            options.textMode = input.textMode;
            const QByteArray bytes =
                EscPosEncoder(options).encode(ReceiptLayout(options).receipt(input.data));
            const test::DecodedPrint print = test::decodeEscPos(bytes);
            INFO((name + u' ' + paperName(paper)).toStdString());
            REQUIRE(print.problem.isEmpty());
            CHECK(print.cuts == 1);
            checkAligned(print, options.textMode, options.columns());

            const QString expectedPath =
                dir.filePath(QStringLiteral("expected-%1.txt").arg(paperName(paper)));
            const QString actual = print.listing.join(u'\n') + u'\n';
            QFile file(expectedPath);
            if (update) {
                REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(actual.toUtf8());
                continue;
            }
            INFO("regenerate with: cmake --build build -t update_receipt_goldens");
            REQUIRE(file.open(QIODevice::ReadOnly));
            CHECK(actual == QString::fromUtf8(file.readAll()));
        }
    }
    core::installTranslations(QLocale::c());
}

TEST_CASE("The test page's ruler and Chinese line end in the same column", "[devices][receipt]")
{
    for (const PaperWidth paper : {PaperWidth::Mm58, PaperWidth::Mm80}) {
        PrinterOptions options;
        options.paper = paper;
        const test::DecodedPrint print =
            test::decodeEscPos(EscPosEncoder(options).encode(ReceiptLayout(options).testPage(
                QStringLiteral("老街便利店"), QStringLiteral("tcp:127.0.0.1:9100"))));
        REQUIRE(print.problem.isEmpty());
        const QString chinese =
            QStringLiteral("中文对齐测试").repeated(4).left(options.columns() / 2);
        REQUIRE(print.lines.contains(chinese));
        const qsizetype ruler = print.lines.indexOf(chinese) - 1;
        CHECK(print.lines.at(ruler).endsWith(QString::number(options.columns() % 10)));
        CHECK(TextColumns(options.textMode).width(print.lines.at(ruler)) == options.columns());
        CHECK(TextColumns(options.textMode).width(chinese) == options.columns());
        CHECK(print.barcodes.size() == 2);
        CHECK(print.qrCodes.size() == 1);
        CHECK(print.cuts == 1);
    }
}

TEST_CASE("A coupon slip says what it gives and carries its code to scan", "[devices][receipt]")
{
    core::CouponTemplate coupon;
    coupon.name = QStringLiteral("满100减10");
    coupon.kind = core::CouponKind::AmountOff;
    coupon.amount = core::Money::fromFen(1000);
    coupon.minSpend = core::Money::fromFen(10000);
    CouponSlip slip{QStringLiteral("老街便利店"),
                    coupon,
                    QString(),
                    QStringLiteral("CP-7K3M-9XQ2"),
                    QDate(2026, 11, 22),
                    QDate(2026, 12, 21),
                    QString()};
    for (const PaperWidth paper : {PaperWidth::Mm58, PaperWidth::Mm80}) {
        PrinterOptions options;
        options.paper = paper;
        const test::DecodedPrint print = test::decodeEscPos(
            EscPosEncoder(options).encode(ReceiptLayout(options).couponSlip(slip)));
        REQUIRE(print.problem.isEmpty());
        const QString text = print.lines.join(u'\n');
        CHECK(text.contains(QStringLiteral("满100减10")));
        CHECK(text.contains(QStringLiteral("￥10.00")));
        CHECK(text.contains(QStringLiteral("￥100.00")));
        CHECK(text.contains(QStringLiteral("2026-12-21")));
        CHECK(print.barcodes == QStringList{QStringLiteral("CODE128 CP-7K3M-9XQ2")});
        CHECK(print.cuts == 1);
        for (const QString &line : print.lines)
            CHECK(TextColumns(options.textMode).width(line) <= options.columns() * 2);
    }
}
