// The hardware thread: work runs in order off the caller's thread, its result comes back on it,
// and stopping finishes what is under way but starts nothing new — not even what a result that
// arrives while stopping asks for (a print queue kicking itself for the next job as it closes).
#include "catchqt.h"
#include "devicethread.h"

#include <QTest>
#include <QThread>

using namespace storedesk;
using namespace storedesk::devices;

TEST_CASE("The device thread runs work off the caller's thread and reports back on it",
          "[devices][thread]")
{
    DeviceThread worker;
    QThread *ranOn = nullptr;
    QThread *reportedOn = nullptr;
    std::optional<core::Error> failure;
    worker.run([&ranOn] { ranOn = QThread::currentThread(); },
               [&reportedOn](const std::optional<core::Error> &) {
                   reportedOn = QThread::currentThread();
               });
    worker.run([] { throw core::Error(core::ErrorCode::PrinterUnreachable, QStringLiteral("x")); },
               [&failure](const std::optional<core::Error> &e) { failure = e; });
    REQUIRE(QTest::qWaitFor([&failure] { return failure.has_value(); }, 10000));
    CHECK(ranOn != nullptr);
    CHECK(ranOn != QThread::currentThread());
    CHECK(reportedOn == QThread::currentThread());
    CHECK(failure->code() == core::ErrorCode::PrinterUnreachable);
    CHECK(worker.pending() == 0);
}

TEST_CASE("Stopping delivers the last result and starts nothing it asks for", "[devices][thread]")
{
    auto worker = std::make_unique<DeviceThread>();
    int runs = 0;
    int reports = 0;
    std::function<void(const std::optional<core::Error> &)> again;
    again = [&](const std::optional<core::Error> &) {
        ++reports;
        worker->run([&runs] { ++runs; }, again); // like a queue looking for its next job
    };
    worker->run([&runs] { ++runs; }, again);
    QThread::msleep(50); // the first piece is done and its report waits in the queue
    worker->stop();
    CHECK(runs == 1);
    CHECK(reports == 1);
    CHECK(worker->pending() == 0);
    worker->run([&runs] { ++runs; }, {});
    worker.reset();
    CHECK(runs == 1);
}
