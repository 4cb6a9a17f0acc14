// storedesk-checkoutloop: a till that never stops, for the crash and two-writer tests. Opens
// the store, then commits sales one after another with request ids PREFIX-SEQ. Writes
// "begin ID REQUEST-JSON" before and "done ID RECEIPT" after each commit, flushed, so whoever
// kills it knows which sales were certainly committed and which one may have been — and can
// hand that request back with --resend FILE, as a real till sends its pending sale again after
// a restart (the same request, even if prices have moved since).
//
//   storedesk-checkoutloop --db PATH --prefix P [--resend FILE] [--from SEQ] [--count N]
//                          [--topup]
//
// With --topup each sale also tops up the first member by 1.00 in a transaction of its own.
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cstdio>

using namespace storedesk::core;

namespace {

QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q = db.exec(sql);
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("store"), QStringLiteral("PATH")},
                       {QStringLiteral("prefix"), QStringLiteral("ids"), QStringLiteral("P")},
                       {QStringLiteral("from"), QStringLiteral("first seq"), QStringLiteral("N")},
                       {QStringLiteral("resend"), QStringLiteral("request"), QStringLiteral("F")},
                       {QStringLiteral("count"), QStringLiteral("sales"), QStringLiteral("N")},
                       {QStringLiteral("topup"), QStringLiteral("top up too")}});
    parser.process(app);
    try {
        Store store(parser.value(QStringLiteral("db")), std::make_unique<SystemClock>(),
                    Store::OpenMode::ExistingOnly);
        const QStringList phones =
            column(store.database(),
                   QStringLiteral("SELECT phone FROM members WHERE status = 'active' ORDER BY id"));
        const QStringList barcodes =
            column(store.database(),
                   QStringLiteral("SELECT barcode FROM products WHERE active = 1 ORDER BY id"));
        if (phones.size() < 2 || barcodes.size() < 3) {
            say("error no-members-or-products");
            return 3;
        }
        const MemberId topUpMember = store.members().resolve(phones.first()).id;
        say("ready");
        auto commit = [&](const SaleRequest &r) {
            const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
            say("begin " + r.requestId.toUtf8() + ' ' + json);
            const SaleRecord sale = store.checkout().commit(r);
            say("done " + r.requestId.toUtf8() + ' ' + sale.receiptNo.toUtf8());
        };
        if (parser.isSet(QStringLiteral("resend"))) {
            QFile file(parser.value(QStringLiteral("resend")));
            if (!file.open(QIODevice::ReadOnly)) {
                say("error cannot-read-resend");
                return 3;
            }
            commit(SaleRequest::fromJson(QJsonDocument::fromJson(file.readAll()).object()));
        }
        const QString prefix = parser.value(QStringLiteral("prefix"));
        const qint64 from = parser.value(QStringLiteral("from")).toLongLong();
        const qint64 count = parser.isSet(QStringLiteral("count"))
                                 ? parser.value(QStringLiteral("count")).toLongLong()
                                 : -1;
        for (qint64 seq = from; count < 0 || seq < from + count; ++seq) {
            SaleRequest r;
            r.requestId = QStringLiteral("%1-%2").arg(prefix).arg(seq);
            if (seq % 3 != 0)
                r.member = phones[seq % phones.size()];
            r.lines.append({barcodes[seq % barcodes.size()], 1 + seq % 2});
            r.lines.append({barcodes[(seq + 1) % barcodes.size()], 1});
            const Money due = store.checkout().quote(r).cart.totalDue;
            r.payments.append({PaymentMethod::Cash, due, due});
            commit(r);
            if (parser.isSet(QStringLiteral("topup"))) {
                store.loyalty().topUp(topUpMember, Money::fromFen(100), PaymentMethod::Cash);
                say("topup " + r.requestId.toUtf8());
            }
        }
        return 0;
    } catch (const Error &e) {
        say("error " + e.codeName().toUtf8() + ' ' + e.message().toUtf8());
        return 1;
    }
}
