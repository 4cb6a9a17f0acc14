// storedesk-screenshots: opens StoreDesk on a sample store with a few months of sales and saves
// a picture of every main screen, in one language, for people to look at (and for the README).
// Run it through tests/ui/screenshots.sh, which runs it under Xvfb in Chinese and English.
#include "catalog/productspage.h"
#include "devices/hardware.h"
#include "devices/receiptrenderer.h"
#include "io/demostore.h"
#include "loyalty/rulespage.h"
#include "mainwindow.h"
#include "members/importmembersdialog.h"
#include "members/memberlistmodel.h"
#include "members/memberspage.h"
#include "printersettings.h"
#include "receiptlayout.h"
#include "reports/closereportview.h"
#include "reports/periodselector.h"
#include "reports/reportspage.h"
#include "reports/salesreportview.h"
#include "sales/cartmodel.h"
#include "sales/cashierpage.h"
#include "sales/paymentdialog.h"
#include "sales/receiptdialog.h"
#include "sales/receiptsource.h"
#include "security/peoplepage.h"
#include "store/settingspage.h"
#include "store/store.h"
#include "store/translations.h"
#include "style.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace storedesk;

namespace {

/// The day's first sale hands over the counter: yesterday's shifts close with the cash counted
/// (a few yuan short now and then) and both cashiers open one with a float of ¥500.
void handOver(core::Store &store, QRandomGenerator &random)
{
    for (const core::Shift &open : store.shifts().openShifts()) {
        const core::Money expected = store.reports().close().forShift(open.id).cash.expected();
        store.shifts().close(open.id,
                             expected - core::Money::fromFen(random.bounded(6) == 0 ? 500 : 0));
    }
    for (const QString &cashier : {QStringLiteral("王丽"), QStringLiteral("陈刚")})
        store.shifts().open(cashier, core::Money::fromFen(50000));
}

/// A few months of trade: sales to members and walk-ins, some top-ups, some returns — all
/// through the core's own checkout, at back-dated moments, in the cashiers' shifts.
void trade(core::Store &store, core::FixedClock &clock, const QDateTime &until)
{
    QRandomGenerator random(7);
    QStringList barcodes;
    for (const core::Product &p : store.catalog().find(QString(), 400, false))
        barcodes.append(p.barcode.code());
    QStringList phones;
    QSqlQuery q = store.database().exec(
        QStringLiteral("SELECT phone FROM members WHERE status = 'active' ORDER BY id LIMIT 400"));
    while (q.next())
        phones.append(q.value(0).toString());

    QDateTime at = until.addDays(-120);
    int n = 0;
    QDate shiftDay;
    while (at < until) {
        clock.set(at);
        if (const QDate day = store.reports().today(); day != shiftDay) {
            handOver(store, random);
            shiftDay = day;
        }
        core::SaleRequest r;
        r.requestId = QStringLiteral("shot-%1").arg(++n);
        // Now and then a customer signs up at the counter.
        if (random.bounded(12) == 0) {
            core::NewMember joined;
            joined.phone = QStringLiteral("199%1").arg(n, 8, 10, QLatin1Char('0'));
            joined.name = QStringLiteral("新会员%1").arg(n);
            try {
                store.members().add(joined);
            } catch (const core::Error &) {
                // The number is taken: the counter would say so and move on.
            }
        }
        // Regulars: a few members buy often, so some climb tiers.
        if (random.bounded(100) < 70)
            r.member = phones[int(random.bounded(phones.size() < 40 ? phones.size() : 40))];
        const int lines = 1 + int(random.bounded(5));
        for (int i = 0; i < lines; ++i)
            r.lines.append(
                {barcodes[int(random.bounded(barcodes.size()))], 1 + qint64(random.bounded(3))});
        r.cashier = random.bounded(2) ? QStringLiteral("王丽") : QStringLiteral("陈刚");
        try {
            const core::Quote quote = store.checkout().quote(r);
            r.payments = {
                {random.bounded(3) == 0 ? core::PaymentMethod::WeChat : core::PaymentMethod::Cash,
                 quote.cart.totalDue, quote.cart.totalDue}};
            const core::SaleRecord sale = store.checkout().commit(r);
            // Goods arrive before the shelf is empty, as in a store that is looked after.
            for (const core::SaleLineRecord &line : sale.lines) {
                const core::Product p = store.catalog().get(line.productId);
                if (p.stock < 4 && random.bounded(4) != 0)
                    store.catalog().adjustStock(p.id, 48, QStringLiteral("到货"));
            }
            if (random.bounded(40) == 0)
                store.checkout().refund(sale.receiptNo, {{1, 1}}, r.cashier);
            if (!r.member.isEmpty() && random.bounded(25) == 0) {
                store.loyalty().topUp(store.members().resolve(r.member).id,
                                      core::Money::fromFen(50000), core::PaymentMethod::WeChat);
            }
        } catch (const core::Error &) {
            // Out of stock or a frozen member: the counter would refuse it too.
        }
        at = at.addSecs(20 * 60 + qint64(random.bounded(120 * 60)));
    }
    clock.set(until);
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qFatal("could not write %s", qPrintable(path));
    QTextStream(stdout) << path << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    core::Store::setApplicationIdentity();
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("L"),
                      QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the pictures"),
                      QStringLiteral("DIR"), QStringLiteral("screenshots")});
    parser.process(app);
    const QLocale locale(parser.value(QStringLiteral("lang")));
    QLocale::setDefault(locale);
    core::installTranslations(locale);
    ui::applyStyle(app);
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);

    QTemporaryDir dir;
    const QDateTime now(QDate(2026, 11, 22), QTime(6, 30), Qt::UTC); // 14:30 in Shanghai
    auto clockOwner = std::make_unique<core::FixedClock>(now);
    core::FixedClock &clock = *clockOwner;
    core::Store store(dir.filePath(QStringLiteral("shots.sqlite")), std::move(clockOwner),
                      core::Store::OpenMode::CreateOrUpgrade);
    store.settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
    store.settings().setProfile({QStringLiteral("老街便利店"),
                                 QStringLiteral("上海市黄浦区老街 12 号"),
                                 QStringLiteral("021-5555 1234"), QStringLiteral("欢迎光临"),
                                 QStringLiteral("谢谢惠顾 欢迎再来")});
    clock.set(now.addDays(-400));
    core::DemoStore::fill(store, core::DemoOptions{3000, 300, 1});
    // Some marketing: a welcome coupon, a birthday gift, a 满减 and a member day.
    const QList<core::Product> shelf = store.catalog().find(QString(), 40, false);
    store.coupons().addTemplate(QJsonDocument::fromJson(R"({"name":"新人满50减5",
        "kind":"amount_off","amount":"5.00","min_spend":"50.00","valid_days":30,
        "auto_issue":"welcome"})")
                                    .object());
    store.coupons().addTemplate(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("生日礼")},
                    {QStringLiteral("kind"), QStringLiteral("gift")},
                    {QStringLiteral("gift"), shelf.value(5).barcode.code()},
                    {QStringLiteral("valid_days"), 31},
                    {QStringLiteral("auto_issue"), QStringLiteral("birthday")}});
    store.coupons().addTemplate(QJsonDocument::fromJson(R"({"name":"饮料九折券",
        "kind":"percent_off","percent":"10","cap":"20.00","categories":["饮料"],
        "valid_from":"2026-11-01","valid_until":"2026-12-31"})")
                                    .object());
    QJsonObject rules = store.rules().current().rules.toJson();
    rules.insert(QStringLiteral("promotions"), QJsonDocument::fromJson(R"([
        {"kind":"threshold","name":"满200减20","min_spend":"200.00","off":"20.00"},
        {"kind":"member_day","name":"周三会员日","weekday":3,"percent":"5",
         "points_multiplier":"2"}])")
                                                   .array());
    store.rules().set(rules);
    trade(store, clock, now);
    store.loyalty().runDaily();

    ui::MainWindow window(store);
    window.resize(1366, 768);
    window.show();

    // Checkout: a member found by the last four digits, three products scanned.
    ui::CashierPage *cashier = window.cashierPage();
    QSqlQuery regular = store.database().exec(QStringLiteral(
        "SELECT phone FROM members WHERE tier > 0 AND points_balance > 300 ORDER BY id LIMIT 1"));
    const QString phone = regular.next() ? regular.value(0).toString() : QString();
    const QList<core::Product> products = store.catalog().find(QString(), 40, false);
    cashier->cart()->setMember(phone);
    for (int i : {3, 11, 11, 27})
        cashier->scan(products.value(i).barcode.code());
    window.showScreen(ui::MainWindow::Screen::Checkout);
    save(&window, out, QStringLiteral("checkout"));

    ui::PaymentDialog payment(store.checkout(), *cashier->cart(), &window);
    payment.show();
    payment.amountField()->setText(QStringLiteral("200"));
    save(&payment, out, QStringLiteral("payment"));
    payment.hide();

    window.resize(1024, 768);
    save(&window, out, QStringLiteral("checkout-1024"));
    window.resize(1366, 768);

    // Members: the regular's whole picture.
    window.showScreen(ui::MainWindow::Screen::Members);
    ui::MembersPage *members = window.membersPage();
    members->searchField()->setText(phone);
    members->search();
    save(&window, out, QStringLiteral("members"));
    members->clearFilters();
    save(&window, out, QStringLiteral("members-list"));

    // Moving in: an old system's GBK export, checked, with a few rows it refuses.
    {
        const QString old = dir.filePath(QStringLiteral("旧系统会员.csv"));
        QFile file(old);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("could not write %s", qPrintable(old));
        QStringEncoder gbk("GB18030");
        file.write(gbk.encode(QStringLiteral(
            "会员卡号,姓名,手机号,性别,生日,当前积分,储值余额（元）,会员等级,备注,微信号\r\n"
            "V0001,赵敏,13612345678,女,1990/5/17,\"1,200\",¥350.50,,爱喝茶,zm_wx\r\n"
            "V0002,钱伟,1381234567,男,1985-02-30,80,0,,,\r\n"
            "V0003,孙丽,13712345679,女,19920304,300,35元,白金会员,,sl88\r\n"
            "V0004,李强,13612345678,男,,0,,,,\r\n"
            "V0005,周杰,15912345670,男,1979年7月1日,45,12.5,,老顾客,\r\n")));
        file.close();
        ui::ImportMembersDialog import(store, &window);
        import.show();
        import.openFile(old);
        save(&import, out, QStringLiteral("import-members"));
    }

    // Products: what to reorder.
    window.showScreen(ui::MainWindow::Screen::Products);
    window.productsPage()->lowStockBox()->setChecked(true);
    save(&window, out, QStringLiteral("products"));

    window.showScreen(ui::MainWindow::Screen::Marketing);
    save(&window, out, QStringLiteral("marketing"));
    // Reports: today's dashboard, the day's close with its shifts, a quarter's sales by week and
    // by product, the members, what the store owes them and the campaigns; two as PDF too.
    window.showScreen(ui::MainWindow::Screen::Reports);
    ui::ReportsPage *reports = window.reportsPage();
    const QList<std::pair<ui::ReportsPage::Report, QString>> pages{
        {ui::ReportsPage::Report::Dashboard, QStringLiteral("reports-dashboard")},
        {ui::ReportsPage::Report::Close, QStringLiteral("reports-close")},
        {ui::ReportsPage::Report::Sales, QStringLiteral("reports-sales")},
        {ui::ReportsPage::Report::Members, QStringLiteral("reports-members")},
        {ui::ReportsPage::Report::Liabilities, QStringLiteral("reports-liabilities")},
        {ui::ReportsPage::Report::Campaigns, QStringLiteral("reports-campaigns")}};
    const QDate today = store.reports().today();
    reports->salesReport()->periodSelector()->setPeriod(today.addDays(-89), today);
    reports->salesReport()->setGrouping(core::SalesGrouping::Week);
    for (const auto &[report, name] : pages) {
        reports->showReport(report);
        save(&window, out, name);
    }
    reports->showReport(ui::ReportsPage::Report::Sales);
    reports->salesReport()->setGrouping(core::SalesGrouping::Product);
    save(&window, out, QStringLiteral("reports-sales-products"));
    reports->salesReport()->setGrouping(core::SalesGrouping::Week);
    for (ui::ReportView *view : {static_cast<ui::ReportView *>(reports->closeReport()),
                                 static_cast<ui::ReportView *>(reports->salesReport())}) {
        const QString pdf = QDir(out).filePath(view == reports->salesReport()
                                                   ? QStringLiteral("reports-sales.pdf")
                                                   : QStringLiteral("reports-close.pdf"));
        if (!view->exportPdf(pdf))
            qFatal("could not write %s", qPrintable(pdf));
        QTextStream(stdout) << pdf << '\n';
    }

    window.showScreen(ui::MainWindow::Screen::Rules);
    save(&window, out, QStringLiteral("rules"));
    auto *sheets = window.rulesPage()->findChild<QTabWidget *>(QStringLiteral("rulesSheets"));
    sheets->setCurrentIndex(2);
    save(&window, out, QStringLiteral("promotions"));
    sheets->setCurrentIndex(0);
    window.showScreen(ui::MainWindow::Screen::Settings);
    save(&window, out, QStringLiteral("settings"));

    // The hardware panel, as the program's main adds it, with a printer writing into a file.
    devices::PrinterSettings printer(store.database(), store.settings());
    printer.setUri(QStringLiteral("file:") + dir.filePath(QStringLiteral("printer.bin")));
    ui::Hardware hardware(store, window);
    auto *settingsScroll = window.settingsPage()->findChild<QScrollArea *>();
    for (int pass = 0; pass < 3; ++pass) // the page lays itself out again around the new panel
        QCoreApplication::processEvents();
    settingsScroll->verticalScrollBar()->setValue(settingsScroll->verticalScrollBar()->maximum());
    save(&window, out, QStringLiteral("settings-hardware"));

    // People: the owner adds a manager and a cashier, the manager adjusts points, and the
    // audit trail shows it; then the till locks.
    core::Security &security = store.security();
    security.addUser(QStringLiteral("王老板"), core::Role::Owner, QStringLiteral("2580"));
    security.signIn(QStringLiteral("王老板"), QStringLiteral("2580"));
    security.addUser(QStringLiteral("李经理"), core::Role::Manager, QStringLiteral("3690"));
    security.addUser(QStringLiteral("小张"), core::Role::Cashier, QStringLiteral("1357"));
    store.loyalty().adjustPoints(store.members().resolve(phone).id, 50,
                                 QStringLiteral("开业活动补录"));
    window.showScreen(ui::MainWindow::Screen::People);
    save(&window, out, QStringLiteral("people"));
    auto *peopleSheets =
        window.peoplePage()->findChild<QTabWidget *>(QStringLiteral("peopleSheets"));
    peopleSheets->setCurrentIndex(1);
    window.peoplePage()->verifyTrail();
    save(&window, out, QStringLiteral("audit"));
    window.lock();
    save(&window, out, QStringLiteral("lock"));
    security.signIn(QStringLiteral("王老板"), QStringLiteral("2580"));

    // The regular's last receipt, in the preview dialog (80 mm) and as 58 mm paper prints it.
    QSqlQuery last(store.database().exec(
        QStringLiteral(
            "SELECT s.id FROM sales s JOIN members m ON m.id = s.member_id WHERE m.phone = '%1' "
            "ORDER BY s.id DESC LIMIT 1")
            .arg(phone)));
    if (last.next()) {
        const qint64 saleId = last.value(0).toLongLong();
        ui::ReceiptDialog preview(store, saleId, &window);
        preview.resize(660, 740);
        preview.show();
        save(&preview, out, QStringLiteral("receipt-80"));
        devices::PrinterOptions narrow = printer.options();
        narrow.paper = devices::PaperWidth::Mm58;
        const core::ReceiptData receipt =
            core::ReceiptSource(store.database(), store.checkout(), store.settings())
                .forSale(saleId);
        ui::ReceiptRenderer(devices::ReceiptLayout(narrow, printer.logo()).receipt(receipt))
            .savePng(QDir(out).filePath(QStringLiteral("receipt-58.png")));
    }
    return 0;
}
