// The close report (交班, 日结) at receipt width: every figure on the line of its label and
// flush with the paper's right edge at 58 and 80 mm, in English and in Chinese (two columns a
// character), the drawer's sums, the day's shifts, lines to sign, and the cut.
#include "catchqt.h"
#include "closereportlayout.h"
#include "escposdecoder.h"
#include "escposencoder.h"
#include "store/translations.h"
#include "textcolumns.h"

using namespace storedesk;
using namespace storedesk::devices;

namespace {

core::Money yuan(const char *text)
{
    return *core::Money::parse(QString::fromLatin1(text));
}

core::CloseReport dayReport()
{
    core::CloseReport r;
    r.day = QDate(2026, 11, 22);
    r.salesCount = 79;
    r.refundsCount = 1;
    r.items = 327;
    r.gross = yuan("19816.90");
    r.discounts = yuan("362.83");
    r.discountsByKind = {
        {QStringLiteral("tier"), QStringLiteral("金卡会员 98折"), 12, yuan("300.00")},
        {QStringLiteral("coupon"), QStringLiteral("满50减5"), 12, yuan("62.83")}};
    r.pointsValue = yuan("505.00");
    r.net = yuan("18949.07");
    r.refunds = yuan("785.90");
    r.payments = {{core::PaymentMethod::Cash, 16, yuan("2359.70"), yuan("0.00")},
                  {core::PaymentMethod::Alipay, 22, yuan("5841.56"), yuan("785.90")}};
    r.cash.openingFloat = yuan("1000.00");
    r.cash.sales = yuan("2359.70");
    r.cash.topUps = yuan("500.00");
    r.cash.counted = yuan("3850.00");
    r.storedValueToppedUp = yuan("500.00");
    r.pointsIssued = 18949;
    r.pointsRedeemed = 10100;
    core::Shift s;
    s.id = 7;
    s.cashier = QStringLiteral("王丽");
    s.openedAt = QDateTime(QDate(2026, 11, 21), QTime(23, 0), Qt::UTC);
    s.closedAt = QDateTime(QDate(2026, 11, 22), QTime(7, 0), Qt::UTC);
    s.countedCash = yuan("3850.00");
    r.shifts = {s};
    return r;
}

/// Every normal-sized left-aligned line: no wider than the paper; a label with its figure
/// fills it exactly, so the figures stand in one column.
void checkFits(const test::DecodedPrint &print, TextMode mode, int columns)
{
    const TextColumns measure(mode);
    QString size = QStringLiteral("1x1");
    for (const QString &entry : print.listing) {
        if (entry.startsWith(QStringLiteral("[size ")))
            size = entry.mid(6).chopped(1);
        else if (entry.startsWith(QStringLiteral("[init")))
            size = QStringLiteral("1x1");
        else if (entry.startsWith(u'|') && size == u"1x1") {
            const QString line = entry.mid(1).chopped(1);
            INFO(line.toStdString());
            CHECK(measure.width(line) <= columns);
            if (line.trimmed().contains(u' ') && line.back().isDigit())
                CHECK(measure.width(line) == columns);
        }
    }
}

} // namespace

TEST_CASE("The close report fits the receipt paper in English and in Chinese",
          "[devices][closereport]")
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime printed(QDate(2026, 11, 22), QTime(15, 5), Qt::UTC);
    for (const char *language : {"en", "zh_CN"}) {
        CAPTURE(language);
        core::installTranslations(QLocale(QString::fromLatin1(language)));
        for (const PaperWidth paper : {PaperWidth::Mm58, PaperWidth::Mm80}) {
            PrinterOptions options;
            options.paper = paper;
            const ReceiptDocument doc = CloseReportLayout(options).layout(
                dayReport(), QStringLiteral("老街便利店"), printed, shanghai);
            const test::DecodedPrint print = test::decodeEscPos(EscPosEncoder(options).encode(doc));
            CHECK(print.problem.isEmpty());
            CHECK(print.cuts == 1);
            checkFits(print, options.textMode, options.columns());
            const QString all = print.lines.join(u'\n');
            CHECK(all.contains(QStringLiteral("老街便利店")));
            CHECK(all.contains(QStringLiteral("2026-11-22 23:05"))); // printed, in Shanghai
            CHECK(all.contains(QStringLiteral("18163.17")));         // the takings
            CHECK(all.contains(QStringLiteral("3859.70")));          // cash expected
            CHECK(all.contains(QStringLiteral("-9.70")));            // the difference
            CHECK(all.contains(QStringLiteral("#7 王丽")));
            if (QString::fromLatin1(language) == u"zh_CN") {
                CHECK(all.contains(QStringLiteral("日结报表")));
                CHECK(all.contains(QStringLiteral("应收现金")));
            } else {
                CHECK(all.contains(QStringLiteral("Day close")));
            }
        }
    }
    core::installTranslations(QLocale::c());
}
