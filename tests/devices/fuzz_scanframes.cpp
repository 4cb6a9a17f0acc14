// What a serial scanner sends, from clean scans to line noise at the wrong baud rate: the frame
// parser never crashes, delivers only plain text up to the longest scan, and gives the same
// scans however the bytes are split between reads.
#include "catchqt.h"
#include "fuzzinput.h"
#include "scanframes.h"

using namespace storedesk::devices;
using storedesk::test::FuzzInput;

namespace {

constexpr std::uint64_t kSeed = 4242;
constexpr int kRounds = 4000;

/// Feeds \a bytes to a fresh parser in pieces of random length.
QList<ScanFrame> inPieces(FuzzInput &fuzz, const QByteArray &bytes)
{
    ScanFrames frames;
    QList<ScanFrame> out;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype piece = std::min<qsizetype>(fuzz.between(1, 40), bytes.size() - at);
        out += frames.feed(QByteArrayView(bytes).sliced(at, piece));
        at += piece;
    }
    return out;
}

QStringList codes(const QList<ScanFrame> &frames)
{
    QStringList out;
    for (const ScanFrame &f : frames)
        out.append(f.problem.isEmpty() ? f.code : QStringLiteral("<refused>"));
    return out;
}

QByteArray terminator(FuzzInput &fuzz)
{
    return fuzz.pick(QList<QByteArray>{"\r", "\n", "\r\n", "\n\r", "\r\r\n"});
}

QByteArray cleanScan(FuzzInput &fuzz)
{
    switch (fuzz.between(0, 3)) {
    case 0: { // EAN-13
        QByteArray code;
        for (int i = 0; i < 13; ++i)
            code.append(char('0' + fuzz.between(0, 9)));
        return code;
    }
    case 1:
        return "CP-7K3M-9XQ2";
    case 2:
        return QStringLiteral("会员码-%1").arg(fuzz.between(1, 99999)).toUtf8();
    default:
        return QByteArray(fuzz.between(1, ScanFrames::kMaxScanLength), 'A');
    }
}

} // namespace

TEST_CASE("Clean scans come out whole and in order however the reads split them", "[fuzz][scanner]")
{
    FuzzInput fuzz(kSeed);
    for (int round = 0; round < kRounds / 4; ++round) {
        INFO("seed " << kSeed << ", round " << round);
        QByteArray stream;
        QStringList expected;
        for (qint64 n = fuzz.between(1, 12); n > 0; --n) {
            const QByteArray code = cleanScan(fuzz);
            expected.append(QString::fromUtf8(code));
            stream += code + terminator(fuzz);
        }
        CHECK(codes(inPieces(fuzz, stream)) == expected);
    }
}

TEST_CASE("Line noise never crashes the scanner and only plain text gets through",
          "[fuzz][scanner]")
{
    FuzzInput fuzz(kSeed + 1);
    int scans = 0;
    int refused = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("seed " << kSeed + 1 << ", round " << round);
        QByteArray stream;
        for (qint64 n = fuzz.between(1, 10); n > 0; --n) {
            stream += fuzz.chance(40) ? fuzz.bytes(fuzz.between(0, 600))
                                      : fuzz.mutate(cleanScan(fuzz), "\r\n\x00\x1b\xff",
                                                    int(fuzz.between(0, 3)));
            if (fuzz.chance(70))
                stream += terminator(fuzz);
        }
        ScanFrames whole;
        const QList<ScanFrame> atOnce = whole.feed(stream);
        // The split between reads never changes what comes out.
        CHECK(codes(inPieces(fuzz, stream)) == codes(atOnce));
        for (const ScanFrame &f : atOnce) {
            if (!f.problem.isEmpty()) {
                CHECK(f.code.isEmpty());
                ++refused;
                continue;
            }
            ++scans;
            CHECK_FALSE(f.code.isEmpty());
            CHECK(f.code == f.code.trimmed());
            CHECK(f.code.toUtf8().size() <= ScanFrames::kMaxScanLength);
            CHECK(std::none_of(f.code.begin(), f.code.end(),
                               [](QChar c) { return c.category() == QChar::Other_Control; }));
        }
    }
    CHECK(scans > 0);
    CHECK(refused > 0);
}
