// The keyboard-wedge filter fed random keys at random speeds — scans, people typing, function
// keys, arrows, an input method committing text: it never crashes, never loses or doubles a
// character (each one reaches the field or a scan), and what it calls a scan is one.
#include "catchqt.h"
#include "devices/scanfilter.h"
#include "fuzzinput.h"
#include "keyevents.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace storedesk;
using storedesk::test::FuzzInput;

namespace {

constexpr std::uint64_t kSeed = 31337;
constexpr int kRounds = 40;
constexpr int kWait = 5000;
constexpr int kMaxGapMs = 40;
constexpr int kMinLength = 4;

const QString kCharacters = QStringLiteral("0123456789ABCXYZabcxyz-./会员码张");

struct Typist
{
    QLineEdit *field;
    quint64 at = 1000;

    void key(int code, const QString &text, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        test::key(field, text, at, code, modifiers);
    }
    void character(QChar c) { key(Qt::Key_unknown, QString(c)); }
    void commit(const QString &text) { test::commit(field, text); }
};

/// A field in a window of its own, with the filter on the application, for one test.
struct Bench
{
    QLineEdit field;
    ui::ScanFilter filter;
    QSignalSpy scanned{&filter, &ui::ScanFilter::scanned};

    Bench()
    {
        filter.setMaxGapMs(kMaxGapMs);
        filter.setMinLength(kMinLength);
        qApp->installEventFilter(&filter);
        field.show();
        field.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&field));
    }
    ~Bench() { qApp->removeEventFilter(&filter); }

    QStringList scans() const
    {
        QStringList out;
        for (const QList<QVariant> &signal : scanned)
            out.append(signal.at(0).toString());
        return out;
    }
    qsizetype scannedCharacters() const
    {
        qsizetype n = 0;
        for (const QString &s : scans())
            n += s.size();
        return n;
    }
};

} // namespace

TEST_CASE("Scans among people typing come out as scans and the typing reaches the field",
          "[fuzz][ui][scan]")
{
    Bench bench;
    Typist typist{&bench.field};
    FuzzInput fuzz(kSeed);
    QStringList expectedScans;
    QString expectedText;
    for (int round = 0; round < kRounds; ++round) {
        INFO("seed " << kSeed << ", round " << round);
        for (qint64 segments = fuzz.between(1, 6); segments > 0; --segments) {
            typist.at += quint64(fuzz.between(kMaxGapMs + 1, 400)); // a pause before anything
            if (fuzz.chance(50)) {
                QString code;
                for (qint64 n = fuzz.between(kMinLength, 20); n > 0; --n)
                    code += kCharacters.at(fuzz.between(0, kCharacters.size() - 1));
                for (QChar c : code) {
                    typist.character(c);
                    typist.at += quint64(fuzz.between(1, kMaxGapMs / 2));
                }
                typist.key(fuzz.chance(80) ? Qt::Key_Return : Qt::Key_Tab, QString());
                expectedScans.append(code);
            } else {
                for (qint64 n = fuzz.between(1, 6); n > 0; --n) {
                    const QChar c = kCharacters.at(fuzz.between(0, kCharacters.size() - 1));
                    typist.character(c);
                    expectedText += c;
                    typist.at += quint64(fuzz.between(kMaxGapMs + 1, 300));
                }
                if (fuzz.chance(30))
                    typist.key(Qt::Key_Return, QString());
            }
        }
        REQUIRE(QTest::qWaitFor([&] { return bench.field.text().size() == expectedText.size(); },
                                kWait));
        CHECK(bench.field.text() == expectedText);
        CHECK(bench.scans() == expectedScans);
    }
}

TEST_CASE("Random keys at random speeds never lose or double a character", "[fuzz][ui][scan]")
{
    Bench bench;
    Typist typist{&bench.field};
    FuzzInput fuzz(kSeed + 1);
    qsizetype typed = 0;
    for (int round = 0; round < kRounds; ++round) {
        INFO("seed " << kSeed + 1 << ", round " << round);
        for (qint64 n = fuzz.between(1, 60); n > 0; --n) {
            typist.at += quint64(fuzz.chance(60) ? fuzz.between(0, kMaxGapMs)
                                                 : fuzz.between(kMaxGapMs, 300));
            switch (fuzz.between(0, 9)) {
            case 0:
                typist.key(fuzz.pick(QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab}),
                           QString());
                break;
            case 1:
                typist.key(fuzz.pick(QList<int>{Qt::Key_F5, Qt::Key_Left, Qt::Key_Right,
                                                Qt::Key_Home, Qt::Key_End, Qt::Key_Escape}),
                           QString());
                break;
            case 2: { // an input method commits a word, or nothing
                const QString word = fuzz.chance(70) ? QStringLiteral("会员") : QString();
                typist.commit(word);
                typed += word.size();
                break;
            }
            case 3: // a capital with Shift held
                typist.key(Qt::Key_Shift, QString(), Qt::ShiftModifier);
                typist.key(Qt::Key_A, QStringLiteral("A"), Qt::ShiftModifier);
                ++typed;
                break;
            default:
                typist.character(kCharacters.at(fuzz.between(0, kCharacters.size() - 1)));
                ++typed;
                break;
            }
        }
        // Whatever was held comes out once the pause is long enough.
        REQUIRE(QTest::qWaitFor(
            [&] { return bench.field.text().size() + bench.scannedCharacters() == typed; }, kWait));
        for (const QString &code : bench.scans()) {
            CHECK(code.size() >= kMinLength);
            CHECK(std::none_of(code.begin(), code.end(), [](QChar c) { return !c.isPrint(); }));
        }
        typist.at += 1000;
    }
    CHECK(bench.scanned.size() > 0);
}
