// storedesk-bench: measures what the counter waits for on a store of a given size and prints
// JSON with the median and 99th percentile of each figure. Built with the project, never run by
// ctest: numbers are read by people, not asserted.
//
//   storedesk-bench [--members N] [--products N] [--runs N] [--db PATH]
#include "db/database.h"
#include "io/demostore.h"
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
                       {QStringLiteral("db"), QStringLiteral("Use (and fill if empty) this store."),
                        QStringLiteral("PATH")}});
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
        core::DemoStore::fill(
            store, core::DemoOptions{parser.value(QStringLiteral("members")).toInt(),
                                     parser.value(QStringLiteral("products")).toInt(), 42});
    }
    const qint64 fillMs = fillTimer.elapsed();

    core::Database &db = store.database();
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

    QJsonObject figures;
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

    const QJsonObject out{{QStringLiteral("members"), store.members().count()},
                          {QStringLiteral("products"), store.catalog().count()},
                          {QStringLiteral("fill_ms"), fillMs},
                          {QStringLiteral("figures"), figures}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
