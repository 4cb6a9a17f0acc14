// The reports in the window: the dashboard on today, every report as tables and charts that
// follow their controls, CSV and PDF exports, the close report at receipt width on the store's
// printer, and the shift dialogs with their refusals.
#include "../core/teststore.h"
#include "../devices/escposdecoder.h"
#include "catchqt.h"
#include "devices/guiprinterfactory.h"
#include "format.h"
#include "loyalty/rulespage.h"
#include "mainwindow.h"
#include "printersettings.h"
#include "reports/campaignview.h"
#include "reports/closereceiptprinter.h"
#include "reports/closereportview.h"
#include "reports/dashboardview.h"
#include "reports/liabilityview.h"
#include "reports/memberreportview.h"
#include "reports/periodselector.h"
#include "reports/reportcharts.h"
#include "reports/reportspage.h"
#include "reports/salesreportview.h"
#include "reports/shiftclosedialog.h"
#include "reports/shiftopendialog.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace storedesk;
using storedesk::test::TestStore;

namespace {

constexpr int kWait = 20000;

core::Money yuan(const char *text)
{
    return *core::Money::parse(QString::fromLatin1(text));
}

/// A store in Shanghai at 2026-11-22 10:00 with a member, water at 2.50 and a pen at 10.00.
struct Shop
{
    TestStore store;
    ui::GuiPrinterFactory printers;

    Shop()
    {
        store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
        store->settings().setStoreName(QStringLiteral("老街便利店"));
        core::NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        store->members().add(m);
        for (const auto &[barcode, name, price] :
             {std::tuple{"6901234567892", "矿泉水", "2.50"},
              std::tuple{"4006381333931", "中性笔", "10.00"}}) {
            core::NewProduct p;
            p.barcode = QString::fromLatin1(barcode);
            p.name = QString::fromUtf8(name);
            p.price = QString::fromLatin1(price);
            p.stock = 500;
            store->catalog().add(p);
        }
    }

    core::SaleRecord sell(const char *barcode, qint64 qty, core::PaymentMethod method,
                          bool member = false, const char *cashier = "王丽")
    {
        core::SaleRequest r;
        r.cashier = QString::fromUtf8(cashier);
        r.member = member ? QStringLiteral("13800138000") : QString();
        r.lines = {{QString::fromLatin1(barcode), qty}};
        const core::Money due = store->checkout().quote(r).cart.totalDue;
        r.payments = {{method, due, core::Money()}};
        return store->checkout().commit(r);
    }
};

const char *kWater = "6901234567892";
const char *kPen = "4006381333931";

QStringList column(const ui::ReportTable &table, int index)
{
    QStringList out;
    for (const QList<ui::ReportCell> &row : table.rows())
        out.append(row.value(index).text);
    return out;
}

QString lastCell(const ui::ReportTable &table, int index)
{
    return table.rows().last().value(index).text;
}

} // namespace

TEST_CASE("The reports open on today's takings with a chart of the last 30 days", "[ui][reports]")
{
    Shop shop;
    shop.sell(kPen, 3, core::PaymentMethod::Cash, true);
    shop.sell(kWater, 2, core::PaymentMethod::WeChat);
    ui::ReportsPage page(*shop.store, shop.printers);
    page.resize(1280, 800);
    page.show();
    REQUIRE(page.tabs()->currentWidget() == page.dashboard());
    ui::DashboardView *d = page.dashboard();
    CHECK(d->takingsLabel()->text() == ui::formatMoney(yuan("35.00")));
    CHECK(d->receiptsLabel()->text() == QStringLiteral("2"));
    CHECK(d->averageLabel()->text() == ui::formatMoney(yuan("17.50")));
    CHECK(d->newMembersLabel()->text() == QStringLiteral("1"));
    REQUIRE(d->chartViews().size() == 1);
    const auto *series =
        qobject_cast<QBarSeries *>(d->chartViews().first()->chart()->series().value(0));
    REQUIRE(series != nullptr);
    REQUIRE(series->barSets().first()->count() == 30);
    CHECK(series->barSets().first()->at(29) == 35.0);

    // A sale at the counter shows up on its own.
    shop.sell(kPen, 1, core::PaymentMethod::Card);
    REQUIRE(QTest::qWaitFor(
        [&] { return d->takingsLabel()->text() == ui::formatMoney(yuan("45.00")); }, kWait));
    CHECK(d->receiptsLabel()->text() == QStringLiteral("3"));
}

TEST_CASE("The sales report follows its period and grouping and its rows add up", "[ui][reports]")
{
    Shop shop;
    const QTimeZone shanghai("Asia/Shanghai");
    for (int day = 1; day <= 10; ++day) {
        shop.store.clock().set(QDateTime(QDate(2026, 11, day), QTime(9 + day % 8, 15), shanghai));
        shop.sell(kPen, day, core::PaymentMethod::Cash, day % 2 == 0,
                  day % 3 == 0 ? "李强" : "王丽");
        shop.sell(kWater, 2, core::PaymentMethod::Alipay);
    }
    shop.store.clock().set(QDateTime(QDate(2026, 11, 22), QTime(10, 0), shanghai));
    ui::SalesReportView view(*shop.store);
    view.resize(1200, 800);
    view.show();
    view.periodSelector()->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    view.setGrouping(core::SalesGrouping::Day);
    ui::ReportTable byDay = view.tables().first();
    REQUIRE(byDay.rows().size() == 31); // 30 days and the total
    const int takings = 8;              // the column of takings
    REQUIRE(byDay.columns().size() == 10);
    CHECK(lastCell(byDay, takings) == ui::formatMoney(yuan("600.00")));
    CHECK(byDay.rows()[9].value(1).plain == QStringLiteral("2")); // two receipts on the 10th

    view.setGrouping(core::SalesGrouping::Week);
    CHECK(lastCell(view.tables().first(), takings) == lastCell(byDay, takings));
    view.setGrouping(core::SalesGrouping::Month);
    REQUIRE(view.tables().first().rows().size() == 2);
    CHECK(view.tables().first().rows().first().value(takings).text == lastCell(byDay, takings));
    CHECK(view.shareLabel()->text().contains(QStringLiteral("%")));

    view.setGrouping(core::SalesGrouping::Cashier);
    CHECK(column(view.tables().first(), 0).contains(QStringLiteral("李强")));
    CHECK(lastCell(view.tables().first(), takings) == lastCell(byDay, takings));

    view.setGrouping(core::SalesGrouping::Product);
    const ui::ReportTable products = view.tables().first();
    CHECK(products.rows().first().value(0).text == QStringLiteral("中性笔"));
    CHECK(products.rows().first().value(3).plain == QStringLiteral("55")); // pens sold
    REQUIRE(view.chartViews().size() == 2);
    CHECK(view.chartViews().first()->chart()->series().size() == 1);

    view.setGrouping(core::SalesGrouping::Payment);
    CHECK(column(view.tables().first(), 0)
              .contains(core::paymentMethodName(core::PaymentMethod::Alipay)));

    // A first day after the last moves the last along: the period never runs backwards.
    view.periodSelector()->fromEdit()->setDate(QDate(2026, 12, 5));
    CHECK(view.periodSelector()->toEdit()->date() == QDate(2026, 12, 5));
    CHECK(view.errorLabel()->isHidden());
}

TEST_CASE("Every report exports its tables as CSV and itself as a PDF", "[ui][reports]")
{
    Shop shop;
    shop.sell(kPen, 2, core::PaymentMethod::Cash, true);
    shop.store->shifts().open(QStringLiteral("王丽"), yuan("500"));
    ui::ReportsPage page(*shop.store, shop.printers);
    QTemporaryDir dir;
    const QList<ui::ReportView *> views{page.dashboard(),    page.closeReport(), page.salesReport(),
                                        page.memberReport(), page.liabilities(), page.campaigns()};
    for (ui::ReportView *view : views) {
        CAPTURE(view->objectName().toStdString());
        REQUIRE_FALSE(view->tables().isEmpty());
        for (int i = 0; i < view->tables().size(); ++i) {
            const QString csv =
                dir.filePath(QStringLiteral("%1-%2.csv").arg(view->objectName()).arg(i));
            REQUIRE(view->exportCsv(i, csv));
            QFile file(csv);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            CHECK(bytes.startsWith("\xEF\xBB\xBF"));
            const QString header =
                QString::fromUtf8(bytes.mid(3)).section(QStringLiteral("\r\n"), 0, 0);
            CHECK(header.startsWith(view->tables()[i].columns().first().title));
            CHECK(bytes.count("\r\n") == view->tables()[i].rows().size() + 1);
        }
        const QString pdf = dir.filePath(view->objectName() + QStringLiteral(".pdf"));
        REQUIRE(view->exportPdf(pdf));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "%PDF-");
        CHECK(file.size() > 10000); // charts and tables, not an empty page
    }
    // Money in CSV is plain for spreadsheets; on screen it is the locale's.
    ui::SalesReportView *sales = page.salesReport();
    CHECK(lastCell(sales->tables().first(), 8) == ui::formatMoney(yuan("20.00")));
    CHECK(sales->tables().first().rows().last().value(8).plain == QStringLiteral("20.00"));
    CHECK_FALSE(page.campaigns()->exportCsv(0, dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
}

TEST_CASE("The close report prints at receipt width on the store's printer", "[ui][reports]")
{
    Shop shop;
    const core::Shift shift = shop.store->shifts().open(QStringLiteral("王丽"), yuan("300"));
    shop.sell(kPen, 4, core::PaymentMethod::Cash);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("printer.bin"));
    devices::PrinterSettings settings(shop.store->database(), shop.store->settings());
    settings.setUri(QStringLiteral("file:") + out);
    devices::PrinterOptions options = settings.options();
    options.paper = devices::PaperWidth::Mm58;
    settings.setOptions(options);

    ui::CloseReportView view(*shop.store, shop.printers);
    REQUIRE(view.scopeBox()->count() == 2); // the whole day and the open shift
    view.scopeBox()->setCurrentIndex(1);
    view.refresh();
    REQUIRE(view.report().shift);
    CHECK(view.report().shift->id == shift.id);
    CHECK(view.report().cash.expected() == yuan("340.00"));
    QSignalSpy done(view.receiptPrinter(), &ui::CloseReceiptPrinter::finished);
    view.printReceipt();
    REQUIRE(done.wait(kWait));
    CHECK(done.first().at(0).toBool());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const test::DecodedPrint d = test::decodeEscPos(file.readAll());
    CHECK(d.problem.isEmpty());
    CHECK(d.cuts == 1);
    CHECK(d.lines.contains(QStringLiteral("老街便利店")));
    bool expected = false;
    for (const QString &line : d.lines) {
        CHECK(line.size() <= 32);
        expected = expected || (line.startsWith(QStringLiteral("Cash expected")) &&
                                line.endsWith(QStringLiteral("340.00")));
    }
    CHECK(expected);

    // Without a printer the view says so and prints nothing.
    settings.setUri(QString());
    QSignalSpy refused(view.receiptPrinter(), &ui::CloseReceiptPrinter::finished);
    view.printReceipt();
    REQUIRE(refused.size() == 1);
    CHECK_FALSE(refused.first().at(0).toBool());
}

TEST_CASE("The shift dialogs open and close a shift and keep bad input out", "[ui][reports]")
{
    Shop shop;
    core::Shifts &shifts = shop.store->shifts();

    ui::ShiftOpenDialog open(shifts, QStringLiteral("王丽"));
    open.floatField()->setText(QStringLiteral("five hundred"));
    open.accept();
    CHECK(open.result() != QDialog::Accepted);
    auto *error = open.findChild<QLabel *>(QStringLiteral("error"));
    REQUIRE(error != nullptr);
    CHECK(error->isVisibleTo(&open));
    CHECK(shifts.openShifts().isEmpty());
    open.floatField()->setText(QStringLiteral("500"));
    open.accept();
    REQUIRE(open.result() == QDialog::Accepted);
    CHECK(open.shift().openingFloat == yuan("500.00"));

    ui::ShiftOpenDialog again(shifts, QStringLiteral("王丽"));
    again.floatField()->setText(QStringLiteral("100"));
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.findChild<QLabel *>(QStringLiteral("error"))
              ->text()
              .contains(QStringLiteral("王丽")));

    shop.sell(kPen, 6, core::PaymentMethod::Cash);
    ui::ShiftCloseDialog close(*shop.store, open.shift().id);
    CHECK(close.findChild<QLabel *>(QStringLiteral("expected"))->text() ==
          ui::formatMoney(yuan("560.00")));
    close.countedField()->setText(QStringLiteral("555.5"));
    CHECK(close.differenceLabel()->text() ==
          ui::formatMoney(yuan("4.50")) + QStringLiteral(" short"));
    close.countedField()->setText(QStringLiteral("-1"));
    close.accept();
    CHECK(close.result() != QDialog::Accepted);
    CHECK(shifts.get(open.shift().id).isOpen());
    close.countedField()->setText(QStringLiteral("560"));
    CHECK(close.differenceLabel()->text().contains(ui::formatMoney(core::Money())));
    close.noteField()->setText(QStringLiteral("对账无误"));
    close.accept();
    REQUIRE(close.result() == QDialog::Accepted);
    CHECK_FALSE(shifts.get(open.shift().id).isOpen());
    REQUIRE(close.report().cash.difference());
    CHECK(close.report().cash.difference()->isZero());
    CHECK(close.report().shift->note == QStringLiteral("对账无误"));
}

TEST_CASE("Members liabilities and campaigns show what the core reports", "[ui][reports]")
{
    Shop shop;
    shop.sell(kPen, 40, core::PaymentMethod::Card, true); // 400 points
    shop.store->loyalty().topUp(shop.store->members().resolve(QStringLiteral("13800138000")).id,
                                yuan("500"), core::PaymentMethod::Cash);
    ui::ReportsPage page(*shop.store, shop.printers);

    const ui::ReportTable owed = page.liabilities()->tables().first();
    CHECK(lastCell(owed, 1) == ui::formatMoney(yuan("570.00"))); // ¥20.00 of points + ¥550.00
    CHECK(page.liabilities()->chartViews().size() == 1);

    ui::MemberReportView *members = page.memberReport();
    const ui::ReportTable overview = members->tables().first();
    CHECK(overview.rows().first().value(1).plain == QStringLiteral("1"));
    CHECK(members->tables().size() == 5);
    members->groupingBox()->setCurrentIndex(2); // by month
    members->refresh();
    CHECK(members->tables().at(1).rows().size() == 2); // October and November

    CHECK_FALSE(page.campaigns()->tables().isEmpty());
    page.showReport(ui::ReportsPage::Report::Campaigns);
    CHECK(page.tabs()->currentWidget() == page.campaigns());
}

TEST_CASE("A chart of a few members counts in whole numbers", "[ui][reports]")
{
    for (const qint64 most : {qint64(0), qint64(1), qint64(3), qint64(5)}) {
        CAPTURE(most);
        std::unique_ptr<QChart> chart(ui::countBarChart(
            QStringLiteral("New members"), {QStringLiteral("1"), QStringLiteral("2")}, {0, most}));
        auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        REQUIRE(axis);
        const qint64 top = std::max<qint64>(1, most);
        CHECK(axis->min() == 0);
        CHECK(axis->max() == double(top));
        CHECK(axis->tickCount() == int(top) + 1); // a tick, and a label, at each whole number
    }
}

TEST_CASE("The main window has a Reports screen that opens on today", "[ui][reports]")
{
    Shop shop;
    shop.sell(kPen, 2, core::PaymentMethod::Cash);
    ui::MainWindow window(*shop.store);
    window.showScreen(ui::MainWindow::Screen::Reports);
    auto *screens = window.findChild<QTabWidget *>(QStringLiteral("screens"));
    REQUIRE(screens);
    CHECK(screens->currentWidget() == window.reportsPage());
    CHECK(screens->tabText(screens->currentIndex()) == QStringLiteral("Reports"));
    window.showScreen(ui::MainWindow::Screen::Rules);
    CHECK(screens->currentWidget() == window.rulesPage());
    CHECK(window.reportsPage()->dashboard()->dashboard().today.salesCount == 1);
}
