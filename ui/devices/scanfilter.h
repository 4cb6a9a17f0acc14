// Recognises a keyboard-wedge (HID) barcode scanner among the keys the application receives:
// a burst of printable keys, each within a few milliseconds of the last, ended by Enter or Tab.
// A scan is taken away from whatever widget has the focus and delivered as scanned(); anything
// else — people typing, shortcuts, function keys — reaches its widget unchanged, only held back
// for a moment while it could still be the start of a scan. Install it on the application.
//
// Input methods: while a burst is under way the focused widget's input method is switched
// off, so a Chinese IME does not turn the rest of the scan into pinyin; what an IME commits
// inside a burst joins it, and a burst whose Enter the IME consumed to commit ends with that
// commit.
#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QInputEvent;
class QWidget;

namespace storedesk::ui {

class ScanFilter final : public QObject
{
    Q_OBJECT

public:
    explicit ScanFilter(QObject *parent = nullptr);
    ~ScanFilter() override;

    /// The longest pause between two keys of one scan (scanner.hid_max_gap_ms).
    void setMaxGapMs(int ms);
    /// Shorter bursts are typing (scanner.hid_min_length).
    void setMinLength(int length) { m_minLength = length; }
    /// Off: every key goes straight through (a dialog that wants raw keys).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void scanned(const QString &code);

private:
    struct Held
    {
        QPointer<QObject> target;
        std::unique_ptr<QEvent> event;
    };

    /// The gap to the burst's last unit, by event timestamps when both have one.
    qint64 gapTo(quint64 stamp) const;
    void hold(QObject *target, const QEvent *event, quint64 stamp);
    /// The burst was not a scan: its events go to their widgets, in order.
    void release();
    void deliverScan();
    void clear();
    void timeUp();
    void inputMethodOff(QObject *target);
    void inputMethodBack();

    bool m_enabled = true;
    int m_maxGapMs = 40;
    int m_minLength = 4;
    std::vector<Held> m_held;
    QString m_text;
    quint64 m_lastStamp = 0;  ///< the last unit's event timestamp (0: it had none)
    qint64 m_lastArrival = 0; ///< when it arrived, on m_clock
    bool m_lastWasCommit = false;
    bool m_replaying = false;
    int m_swallowRelease = 0; ///< the terminator's key, whose release follows the scan
    QElapsedTimer m_clock;
    QTimer m_timer;
    QPointer<QWidget> m_imWidget;
};

} // namespace storedesk::ui
