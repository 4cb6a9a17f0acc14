// A serial / USB-CDC scanner on a socat pty pair: frames split on CR and LF, partial reads
// joined, garbled bytes reported and skipped, and the scanner picked up again after it was
// unplugged and came back.
#include "catchqt.h"
#include "deviceuri.h"
#include "ptypair.h"
#include "serialscanner.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace storedesk;
using namespace storedesk::devices;

namespace {

constexpr int kWait = 20000;

/// Types \a bytes into the far end of the pty, as the scanner would.
void send(const QString &peer, const QByteArray &bytes)
{
    QFile f(peer);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    REQUIRE(f.write(bytes) == bytes.size());
}

QStringList codes(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.first().toString());
    return out;
}

} // namespace

TEST_CASE("Scans arrive whole however the bytes are split", "[devices][scanner][serial]")
{
    test::PtyPair pty;
    SerialScanner scanner(
        DeviceUri::parseScanner(QStringLiteral("serial:%1?baud=9600").arg(pty.device())));
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy connected(&scanner, &SerialScanner::connectedChanged);
    scanner.start();
    REQUIRE(scanner.isConnected());
    CHECK(connected.first().first().toBool());

    send(pty.peer(), "69012");
    QTest::qWait(50);
    send(pty.peer(), "34567892\r");
    send(pty.peer(), "\n4006381333931\n20261122-0001\r");
    REQUIRE(QTest::qWaitFor([&] { return scanned.size() == 3; }, kWait));
    CHECK(codes(scanned) == QStringList{QStringLiteral("6901234567892"),
                                        QStringLiteral("4006381333931"),
                                        QStringLiteral("20261122-0001")});
}

TEST_CASE("Garbled bytes are reported and the next scan still counts", "[devices][scanner][serial]")
{
    test::PtyPair pty;
    SerialScanner scanner(DeviceUri::parseScanner(QStringLiteral("serial:") + pty.device()));
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy rejected(&scanner, &SerialScanner::rejected);
    scanner.start();
    send(pty.peer(), QByteArray("\xff\xfe\x01\x80", 4) + "\r\n");
    send(pty.peer(), QByteArray(300, 'A')); // no end in sight: a wrong setting, not a scan
    send(pty.peer(), "AAAA\nOK-123\n");
    REQUIRE(QTest::qWaitFor([&] { return scanned.size() == 1; }, kWait));
    CHECK(codes(scanned) == QStringList{QStringLiteral("OK-123")});
    REQUIRE(rejected.size() == 2);
    for (const QList<QVariant> &r : rejected) {
        CHECK(r.at(0).toString() == QStringLiteral("garbled_scan"));
        CHECK_FALSE(r.at(1).toString().isEmpty());
    }
}

TEST_CASE("An unplugged scanner is picked up again when it comes back",
          "[devices][scanner][serial]")
{
    test::PtyPair pty;
    SerialScanner scanner(DeviceUri::parseScanner(QStringLiteral("serial:") + pty.device()));
    scanner.setReconnectInterval(100);
    QSignalSpy scanned(&scanner, &SerialScanner::scanned);
    QSignalSpy connected(&scanner, &SerialScanner::connectedChanged);
    scanner.start();
    REQUIRE(scanner.isConnected());

    pty.stop();
    REQUIRE(QTest::qWaitFor([&] { return !scanner.isConnected(); }, kWait));
    CHECK_FALSE(connected.last().first().toBool());
    CHECK_FALSE(connected.last().at(1).toString().isEmpty());

    pty.start();
    REQUIRE(QTest::qWaitFor([&] { return scanner.isConnected(); }, kWait));
    CHECK(connected.last().first().toBool());
    send(pty.peer(), "6901234567892\r\n");
    REQUIRE(QTest::qWaitFor([&] { return scanned.size() == 1; }, kWait));
    CHECK(scanned.first().first().toString() == QStringLiteral("6901234567892"));
}

TEST_CASE("A scanner that is not there yet is waited for", "[devices][scanner][serial]")
{
    QTemporaryDir dir;
    SerialScanner scanner(
        DeviceUri::parseScanner(QStringLiteral("serial:") + dir.filePath(QStringLiteral("none"))));
    QSignalSpy connected(&scanner, &SerialScanner::connectedChanged);
    scanner.start();
    CHECK_FALSE(scanner.isConnected());
    REQUIRE(connected.size() == 1);
    CHECK_FALSE(connected.first().first().toBool());
    CHECK(connected.first().at(1).toString().contains(dir.filePath(QStringLiteral("none"))));
}
