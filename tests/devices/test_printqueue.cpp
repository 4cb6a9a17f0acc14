// The persistent print queue against a real (fake) network printer: a job waits while the
// printer is down and is printed exactly once when it comes back, also across a restart; a job
// whose sending was cut off by a crash is printed again, marked as a copy; old jobs are given
// up; the receipt shows what the sale and the member's balances were.
#include "catchqt.h"
#include "escposdecoder.h"
#include "escposprinterfactory.h"
#include "fakeprinter.h"
#include "printersettings.h"
#include "printqueue.h"
#include "sales/receiptsource.h"
#include "shop.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace storedesk;
using namespace storedesk::devices;

namespace {

constexpr int kWait = 20000; // generous: the machine may be busy; nothing waits this long when well

QVariant jobField(core::Store &store, qint64 saleId, const char *column)
{
    QSqlQuery q =
        store.database().exec(QStringLiteral("SELECT %1 FROM print_jobs WHERE sale_id = ?")
                                  .arg(QLatin1StringView(column)),
                              {saleId});
    REQUIRE(q.next());
    return q.value(0);
}

void usePrinter(core::Store &store, quint16 port)
{
    PrinterSettings settings(store.database(), store.settings());
    settings.setUri(QStringLiteral("tcp:127.0.0.1:%1").arg(port));
    PrinterOptions o = settings.options();
    o.statusTimeoutMs = 300;
    settings.setOptions(o);
}

int cutsReceived(const test::FakePrinter &fake)
{
    return test::decodeEscPos(fake.received()).cuts;
}

/// The fake reads on its own thread: what the client sent may still be on its way.
bool receivedCuts(const test::FakePrinter &fake, int cuts)
{
    static_cast<void>(QTest::qWaitFor([&] { return cutsReceived(fake) >= cuts; }, kWait));
    return cutsReceived(fake) == cuts;
}

void configureQueue(PrintQueue &queue)
{
    queue.setRetryDelays(50, 200);
    queue.setPollInterval(100);
}

} // namespace

TEST_CASE("A receipt waits while the printer is down and prints once when it is back",
          "[devices][queue]")
{
    test::Shop shop;
    test::FakePrinter fake;
    const quint16 port = fake.listenTcp();
    fake.stopTcp(); // switched off
    usePrinter(*shop.store, port);
    const EscPosPrinterFactory factory;
    PrintQueue queue(*shop.store, factory);
    configureQueue(queue);
    QSignalSpy failed(&queue, &PrintQueue::jobFailed);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    queue.start();
    const core::SaleRecord sale = shop.sell(QStringLiteral("13800135678"));

    REQUIRE(QTest::qWaitFor([&] { return failed.size() >= 2; }, kWait));
    CHECK(failed.first().at(2).toString() == QStringLiteral("printer_unreachable"));
    CHECK(failed.first().at(4).toBool()); // it will be tried again
    CHECK(jobField(*shop.store, sale.id, "status").toString() == QStringLiteral("pending"));
    CHECK(jobField(*shop.store, sale.id, "attempts").toInt() >= 2);
    CHECK_FALSE(jobField(*shop.store, sale.id, "last_error").toString().isEmpty());
    CHECK(queue.lastStatus().state() == PrinterStatus::State::Unreachable);
    CHECK(printed.isEmpty());

    fake.listenTcp(); // switched on again, same address
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 1; }, kWait));
    CHECK(printed.first().at(1).toString() == sale.receiptNo);
    CHECK(jobField(*shop.store, sale.id, "status").toString() == QStringLiteral("done"));
    QTest::qWait(500); // more polls and retries would have time to print it twice
    CHECK(printed.size() == 1);
    CHECK(receivedCuts(fake, 1));
    const test::DecodedPrint d = test::decodeEscPos(fake.received());
    CHECK(d.cuts == 1);
    CHECK(d.barcodes == QStringList{QStringLiteral("CODE128 ") + sale.receiptNo});
    CHECK_FALSE(d.lines.join(u'\n').contains(QStringLiteral("REPRINT")));
}

TEST_CASE("A job made while the printer was down is printed once after a restart",
          "[devices][queue]")
{
    test::Shop shop;
    test::FakePrinter fake;
    const quint16 port = fake.listenTcp();
    fake.stopTcp();
    usePrinter(*shop.store, port);
    const core::SaleRecord sale = shop.sell();
    const EscPosPrinterFactory factory;
    {
        PrintQueue queue(*shop.store, factory);
        configureQueue(queue);
        QSignalSpy failed(&queue, &PrintQueue::jobFailed);
        queue.start();
        REQUIRE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kWait));
    } // the program is closed with the job still pending

    fake.listenTcp();
    core::Store reopened(shop.store.path(),
                         std::make_unique<core::FixedClock>(shop.store.clock().now()),
                         core::Store::OpenMode::ExistingOnly);
    PrintQueue queue(reopened, factory);
    configureQueue(queue);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    queue.start();
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 1; }, kWait));
    QTest::qWait(500);
    CHECK(printed.size() == 1);
    CHECK(receivedCuts(fake, 1));
    CHECK(jobField(reopened, sale.id, "status").toString() == QStringLiteral("done"));
}

TEST_CASE("A job cut off by a crash is printed again after its claim expires and says so",
          "[devices][queue]")
{
    test::Shop shop;
    test::FakePrinter fake;
    usePrinter(*shop.store, fake.listenTcp());
    const core::SaleRecord sale = shop.sell();
    // Another run claimed the job and died before marking it.
    PrintJobs(shop.store->database(), shop.store.clock()).claimNext(24);

    const EscPosPrinterFactory factory;
    PrintQueue queue(*shop.store, factory);
    configureQueue(queue);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    queue.start();
    QTest::qWait(400);
    CHECK(printed.isEmpty()); // held by the claim: never two programs on one job
    CHECK(cutsReceived(fake) == 0);

    shop.store.clock().advanceSeconds(PrintJobs::kClaimSeconds + 1);
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 1; }, kWait));
    CHECK(receivedCuts(fake, 1));
    const test::DecodedPrint d = test::decodeEscPos(fake.received());
    CHECK(d.lines.join(u'\n').contains(QStringLiteral("*** REPRINT ***")));
    CHECK(jobField(*shop.store, sale.id, "status").toString() == QStringLiteral("done"));
}

TEST_CASE("A printer that goes away mid-job gets the whole receipt on the next try",
          "[devices][queue]")
{
    test::Shop shop;
    test::FakePrinter fake;
    usePrinter(*shop.store, fake.listenTcp());
    fake.dropAfter(60);
    const EscPosPrinterFactory factory;
    PrintQueue queue(*shop.store, factory);
    configureQueue(queue);
    QSignalSpy failed(&queue, &PrintQueue::jobFailed);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    queue.start();
    shop.sell();
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 1; }, kWait));
    CHECK(failed.size() >= 1);
    CHECK(receivedCuts(fake, 1)); // the cut-off start never reached its cut
}

TEST_CASE("Receipts too old to matter are given up, not printed", "[devices][queue]")
{
    test::Shop shop;
    test::FakePrinter fake;
    usePrinter(*shop.store, fake.listenTcp());
    const core::SaleRecord old = shop.sell();
    shop.store.clock().advanceDays(2);
    const core::SaleRecord fresh = shop.sell();
    const EscPosPrinterFactory factory;
    PrintQueue queue(*shop.store, factory);
    configureQueue(queue);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    queue.start();
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 1; }, kWait));
    CHECK(printed.first().at(1).toString() == fresh.receiptNo);
    CHECK(jobField(*shop.store, old.id, "status").toString() == QStringLiteral("failed"));
    CHECK(jobField(*shop.store, old.id, "last_error").toString().contains(QStringLiteral("24")));
    CHECK(queue.pendingCount() == 0);
}

TEST_CASE("The drawer opens through the queue's printer and says when it cannot",
          "[devices][queue][drawer]")
{
    test::Shop shop;
    const EscPosPrinterFactory factory;
    PrintQueue queue(*shop.store, factory);
    QSignalSpy failedDrawer(&queue, &PrintQueue::drawerFailed);
    queue.openDrawer();
    REQUIRE(failedDrawer.size() == 1);
    CHECK(failedDrawer.first().at(0).toString() == QStringLiteral("printer_not_configured"));

    test::FakePrinter fake;
    usePrinter(*shop.store, fake.listenTcp());
    QSignalSpy opened(&queue, &PrintQueue::drawerOpened);
    queue.openDrawer();
    REQUIRE(QTest::qWaitFor([&] { return opened.size() == 1; }, kWait));
    CHECK(QTest::qWaitFor([&] { return test::decodeEscPos(fake.received()).pulses == 1; }, kWait));

    QSignalSpy status(&queue, &PrintQueue::statusChanged);
    fake.setStatus(std::array<quint8, 4>{0x12, 0x12, 0x12, 0x72});
    queue.refreshStatus();
    REQUIRE(QTest::qWaitFor([&] { return !status.isEmpty(); }, kWait));
    CHECK(queue.lastStatus().state() == PrinterStatus::State::PaperOut);
}

TEST_CASE("A receipt shows the member's balances as they were right after the sale",
          "[devices][receipt]")
{
    test::Shop shop;
    const core::Member member = shop.store->members().resolve(QStringLiteral("13800135678"));
    shop.store->loyalty().topUp(member.id, core::Money::fromFen(10000), core::PaymentMethod::Cash);
    shop.store.clock().advanceSeconds(60);
    const core::SaleRecord first = shop.sell(QStringLiteral("13800135678"));
    shop.store.clock().advanceSeconds(60);
    shop.sell(QStringLiteral("13800135678")); // later points must not show on the first receipt

    core::Store &s = *shop.store;
    const core::ReceiptData data =
        core::ReceiptSource(s.database(), s.checkout(), s.settings()).forSale(first.id);
    REQUIRE(data.member.has_value());
    CHECK(data.member->maskedPhone == QStringLiteral("138****5678"));
    CHECK(data.member->pointsEarned == first.pointsEarned);
    CHECK(data.member->pointsBalance == first.pointsEarned);
    CHECK(data.member->storedValueBalance == s.loyalty().standing(member.id).storedValue.total());
    CHECK(data.storeName == QStringLiteral("老街便利店"));
    CHECK(data.footer == QStringList{QStringLiteral("谢谢惠顾")});
    CHECK(data.lines.size() == 2);
    CHECK(data.lines.first().unitPrice == core::Money::fromFen(220));
    CHECK(data.lines.first().listPrice == core::Money::fromFen(250));
    CHECK(data.paidCash());
    CHECK(data.at.timeZone() == s.settings().timeZone());
    CHECK(core::errorCodeName(test::errorOf([&] {
              core::ReceiptSource(s.database(), s.checkout(), s.settings())
                  .forReceipt(QStringLiteral("20991231-9999"));
          })) == QStringLiteral("not_found"));
}

TEST_CASE("A cash sale opens the drawer before its receipt prints; a card sale does not",
          "[devices][queue][drawer]")
{
    test::Shop shop;
    test::FakePrinter fake;
    usePrinter(*shop.store, fake.listenTcp());
    const EscPosPrinterFactory factory;
    PrintQueue queue(*shop.store, factory);
    configureQueue(queue);
    queue.setOpenDrawerForCash(true);
    QSignalSpy opened(&queue, &PrintQueue::drawerOpened);
    QSignalSpy printed(&queue, &PrintQueue::jobPrinted);
    queue.start();
    shop.sell(); // cash
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 1; }, kWait));
    CHECK(opened.size() == 1);

    core::SaleRequest card;
    card.lines = {{QStringLiteral("4006381333931"), 1}};
    card.payments = {{core::PaymentMethod::Card, core::Money::fromFen(450), core::Money()}};
    shop.store->checkout().commit(card);
    REQUIRE(QTest::qWaitFor([&] { return printed.size() == 2; }, kWait));
    CHECK(opened.size() == 1);
    REQUIRE(receivedCuts(fake, 2));
    const QStringList listing = test::decodeEscPos(fake.received()).listing;
    const auto pulse = std::find_if(listing.cbegin(), listing.cend(), [](const QString &e) {
        return e.startsWith(QStringLiteral("[pulse"));
    });
    const auto firstCut = std::find_if(listing.cbegin(), listing.cend(), [](const QString &e) {
        return e.startsWith(QStringLiteral("[cut"));
    });
    REQUIRE(pulse != listing.cend());
    CHECK(pulse < firstCut);
    CHECK(std::count_if(listing.cbegin(), listing.cend(), [](const QString &e) {
              return e.startsWith(QStringLiteral("[pulse"));
          }) == 1);
}
