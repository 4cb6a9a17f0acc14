// storedesk-bench: measures what the counter and the manager wait for on a store of a given
// size and prints JSON with the median and 99th percentile of each figure. Built with the
// project, never run by ctest: numbers are read by people, not asserted.
//
//   storedesk-bench [--members N] [--products N] [--sales N] [--days D] [--runs N] [--db PATH]
//                   [--skip-counter]
#include "db/database.h"
#include "io/demostore.h"
#include "reports/reports.h"
#include "sales/pricing.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace storedesk;

namespace {

QJsonObject measure(int runs, const std::function<void(int)> &op)
{
    std::vector<qint64> ns;
    ns.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        op(i);
        ns.push_back(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) {
        return double(ns[size_t(q * double(ns.size() - 1))]) / 1e6;
    };
    return QJsonObject{{QStringLiteral("runs"), runs},
                       {QStringLiteral("p50_ms"), at(0.50)},
                       {QStringLiteral("p99_ms"), at(0.99)}};
}

void printFigures(core::Store &store, qint64 fillMs, const QJsonObject &figures)
{
    QSqlQuery sales = store.database().exec(QStringLiteral("SELECT count(*) FROM sales"));
    sales.next();
    const QJsonObject out{{QStringLiteral("members"), store.members().count()},
                          {QStringLiteral("products"), store.catalog().count()},
                          {QStringLiteral("sales_and_refunds"), sales.value(0).toLongLong()},
                          {QStringLiteral("fill_ms"), fillMs},
                          {QStringLiteral("figures"), figures}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
}

/// The reports the manager waits for: a day's close report (日结) on days across the store's
/// history, a year of sales by month, and the others once they are warm.
void measureReports(core::Store &store, int runs, QJsonObject &figures)
{
    core::Reports &reports = store.reports();
    QElapsedTimer fold;
    fold.start();
    reports.summaries().catchUp(); // what is new since the summaries were last folded
    figures.insert(QStringLiteral("summaries_catch_up_ms"), double(fold.nsecsElapsed()) / 1e6);
    const QDate today = reports.today();
    const int dayRuns = std::min(runs, 500);
    figures.insert(QStringLiteral("report_day_close"), measure(dayRuns, [&](int i) {
                       reports.close().forDay(today.addDays(-(i * 7919 % 365)));
                   }));
    const core::ReportPeriod year = core::ReportPeriod::lastDays(today, 365);
    const int yearRuns = std::min(runs, 100);
    figures.insert(QStringLiteral("report_year_by_month"), measure(yearRuns, [&](int) {
                       reports.sales().run(year, core::SalesGrouping::Month);
                   }));
    figures.insert(QStringLiteral("report_year_by_day"), measure(yearRuns, [&](int) {
                       reports.sales().run(year, core::SalesGrouping::Day);
                   }));
    figures.insert(QStringLiteral("report_year_by_product"), measure(std::min(runs, 20), [&](int) {
                       reports.sales().run(year, core::SalesGrouping::Product);
                   }));
    figures.insert(QStringLiteral("report_dashboard"),
                   measure(std::min(runs, 100), [&](int) { reports.dashboard(); }));
    figures.insert(QStringLiteral("report_liabilities"),
                   measure(std::min(runs, 20), [&](int) { reports.liabilities().now(); }));
    figures.insert(QStringLiteral("report_campaigns_year"),
                   measure(std::min(runs, 20), [&](int) { reports.campaigns().run(year); }));
    const core::ReportPeriod month = core::ReportPeriod::lastDays(today, 30);
    figures.insert(QStringLiteral("report_members_30_days"), measure(std::min(runs, 5), [&](int) {
                       reports.members().run(month, core::SalesGrouping::Day);
                   }));
    figures.insert(QStringLiteral("report_members_year"), measure(std::min(runs, 2), [&](int) {
                       reports.members().run(year, core::SalesGrouping::Month);
                   }));
    const QList<core::Shift> shifts = store.shifts().forDay(today.addDays(-1));
    if (!shifts.isEmpty()) {
        figures.insert(QStringLiteral("report_shift_close"), measure(dayRuns, [&](int i) {
                           reports.close().forShift(shifts[i % shifts.size()].id);
                       }));
    }
}

QStringList sample(core::Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("members"), QStringLiteral("Members in the store."),
                        QStringLiteral("N"), QStringLiteral("100000")},
                       {QStringLiteral("products"), QStringLiteral("Products in the store."),
                        QStringLiteral("N"), QStringLiteral("5000")},
                       {QStringLiteral("runs"), QStringLiteral("Operations per figure."),
                        QStringLiteral("N"), QStringLiteral("2000")},
                       {QStringLiteral("sales"), QStringLiteral("Receipts of trading history."),
                        QStringLiteral("N"), QStringLiteral("0")},
                       {QStringLiteral("days"), QStringLiteral("Days the history spreads over."),
                        QStringLiteral("D"), QStringLiteral("365")},
                       {QStringLiteral("db"), QStringLiteral("Use (and fill if empty) this store."),
                        QStringLiteral("PATH")},
                       {QStringLiteral("skip-counter"),
                        QStringLiteral("Measure the reports only (leaves the store as it is).")}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : dir.filePath(QStringLiteral("bench.sqlite"));
    core::Store store(path, std::make_unique<core::SystemClock>(),
                      core::Store::OpenMode::CreateOrUpgrade);
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (store.members().count() == 0) {
        core::DemoOptions options{parser.value(QStringLiteral("members")).toInt(),
                                  parser.value(QStringLiteral("products")).toInt(), 42};
        options.sales = parser.value(QStringLiteral("sales")).toLongLong();
        options.days = parser.value(QStringLiteral("days")).toInt();
        core::DemoStore::fill(store, options);
    }
    const qint64 fillMs = fillTimer.elapsed();

    core::Database &db = store.database();
    QJsonObject figures;
    measureReports(store, runs, figures);
    if (parser.isSet(QStringLiteral("skip-counter"))) {
        printFigures(store, fillMs, figures);
        return 0;
    }
    const QStringList phones = sample(db, QStringLiteral("SELECT phone FROM members ORDER BY "
                                                         "random() LIMIT 1000"));
    const QStringList cards =
        sample(db, QStringLiteral("SELECT card_no FROM members WHERE card_no "
                                  "IS NOT NULL ORDER BY random() LIMIT 1000"));
    const QStringList names = sample(db, QStringLiteral("SELECT substr(name, 1, 2) FROM members "
                                                        "ORDER BY random() LIMIT 1000"));
    const QStringList barcodes = sample(db, QStringLiteral("SELECT barcode FROM products ORDER BY "
                                                           "random() LIMIT 1000"));
    const auto pick = [](const QStringList &list, int i) {
        return list[i % list.size()];
    };

    figures.insert(QStringLiteral("member_by_phone"),
                   measure(runs, [&](int i) { store.members().find(pick(phones, i), 50); }));
    figures.insert(QStringLiteral("member_by_last_four"), measure(runs, [&](int i) {
                       store.members().find(pick(phones, i).right(4), 50);
                   }));
    figures.insert(QStringLiteral("member_by_card"),
                   measure(runs, [&](int i) { store.members().find(pick(cards, i), 50); }));
    figures.insert(QStringLiteral("member_by_name_prefix"),
                   measure(runs, [&](int i) { store.members().find(pick(names, i), 50); }));
    figures.insert(QStringLiteral("product_by_barcode"), measure(runs, [&](int i) {
                       store.catalog().resolveBarcode(pick(barcodes, i));
                   }));
    // The raw SQLite floor beside the phone lookup: one indexed row, no objects built.
    QSqlQuery raw = db.prepare(QStringLiteral("SELECT id, name FROM members WHERE phone = ?"));
    figures.insert(QStringLiteral("sqlite_phone_baseline"), measure(runs, [&](int i) {
                       raw.bindValue(0, pick(phones, i));
                       db.exec(raw);
                       raw.next();
                       raw.finish();
                   }));

    // Pricing a 50-line cart for a gold member redeeming points: the pure function alone,
    // then the whole quote (barcode lookups, member, rules) as the till asks for it.
    core::PricingInput input;
    input.member = core::PricingMember{1, 1, 100000, QDate(1990, 11, 3)};
    input.day = QDate(2026, 11, 22);
    const QList<core::Product> products = store.catalog().find(QString(), 50);
    for (int i = 0; i < 50; ++i)
        input.lines.append({products[i % products.size()], 1 + i % 3});
    const core::Rules rules = store.rules().current().rules;
    input.redeemPoints = core::priceCart(input, rules).maxRedeemablePoints;
    qint64 sink = 0;
    figures.insert(QStringLiteral("price_50_line_cart"), measure(runs, [&](int) {
                       sink += core::priceCart(input, rules).totalDue.fen();
                   }));
    core::SaleRequest request;
    request.member = phones.first();
    for (int i = 0; i < 50; ++i)
        request.lines.append({pick(barcodes, i), 1 + i % 3});
    figures.insert(QStringLiteral("quote_50_line_cart"), measure(std::min(runs, 500), [&](int) {
                       sink += store.checkout().quote(request).cart.totalDue.fen();
                   }));

    // Committing a 5-line sale (one transaction, synchronous=FULL: header, lines, payment,
    // stock moves, print job), beside the fsync floor: a bare one-row insert committed on the
    // same file. A walk-in, so every run has the same price.
    core::SaleRequest sale;
    for (int i = 0; i < 5; ++i)
        sale.lines.append({pick(barcodes, i), 1});
    const core::Money due = store.checkout().quote(sale).cart.totalDue;
    sale.payments = {{core::PaymentMethod::Card, due, core::Money()}};
    const int commits = std::min(runs, 300);
    figures.insert(QStringLiteral("commit_sale"),
                   measure(commits, [&](int) { sink += store.checkout().commit(sale).id; }));
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor (x INTEGER)"));
    figures.insert(QStringLiteral("sqlite_commit_baseline"), measure(commits, [&](int i) {
                       db.exec(QStringLiteral("BEGIN IMMEDIATE"));
                       db.exec(QStringLiteral("INSERT INTO bench_floor VALUES (?)"), {i});
                       db.exec(QStringLiteral("COMMIT"));
                   }));
    db.exec(QStringLiteral("DROP TABLE bench_floor"));
    if (sink == 42)
        QTextStream(stderr) << ""; // keeps the work from being optimised away

    printFigures(store, fillMs, figures);
    return 0;
}
