#include "scanfilter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QWidget>

namespace storedesk::ui {

namespace {

bool isTerminator(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

bool isModifierKey(int key)
{
    return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt ||
           key == Qt::Key_Meta || key == Qt::Key_AltGr || key == Qt::Key_CapsLock ||
           key == Qt::Key_NumLock;
}

/// Modifiers a scanner may send: Shift for capitals, Keypad for digits on the number pad.
bool plainModifiers(Qt::KeyboardModifiers m)
{
    return (m & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier;
}

} // namespace

ScanFilter::ScanFilter(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScanFilter::timeUp);
    setMaxGapMs(m_maxGapMs);
}

ScanFilter::~ScanFilter()
{
    inputMethodBack();
}

void ScanFilter::setMaxGapMs(int ms)
{
    m_maxGapMs = ms;
    // Held keys go out once a scan could no longer continue; people never notice 0.1 s.
    m_timer.setInterval(2 * ms + 20);
}

void ScanFilter::setEnabled(bool enabled)
{
    if (!enabled)
        release();
    m_enabled = enabled;
}

qint64 ScanFilter::gapTo(quint64 stamp) const
{
    if (stamp != 0 && m_lastStamp != 0)
        return qint64(stamp) - qint64(m_lastStamp);
    return m_clock.elapsed() - m_lastArrival;
}

void ScanFilter::hold(QObject *target, const QEvent *event, quint64 stamp)
{
    m_held.push_back({target, std::unique_ptr<QEvent>(event->clone())});
    m_lastStamp = stamp;
    m_lastArrival = m_clock.elapsed();
    if (m_held.size() == 2)
        inputMethodOff(target); // two keys this fast: a scanner, not a person
    m_timer.start();
}

void ScanFilter::clear()
{
    m_timer.stop();
    m_held.clear();
    m_text.clear();
    m_lastWasCommit = false;
    inputMethodBack();
}

void ScanFilter::release()
{
    if (m_held.empty())
        return;
    std::vector<Held> held;
    held.swap(m_held);
    clear();
    m_replaying = true;
    for (const Held &h : held) {
        if (h.target)
            QCoreApplication::sendEvent(h.target, h.event.get());
    }
    m_replaying = false;
}

void ScanFilter::deliverScan()
{
    const QString code = m_text.trimmed();
    clear();
    emit scanned(code);
}

void ScanFilter::timeUp()
{
    if (m_clock.elapsed() - m_lastArrival < m_timer.interval()) {
        m_timer.start(); // the event loop was late, not the scanner
        return;
    }
    // An input method that took the Enter to commit its text ends the scan with that commit.
    if (m_lastWasCommit && m_text.trimmed().size() >= m_minLength)
        deliverScan();
    else
        release();
}

void ScanFilter::inputMethodOff(QObject *target)
{
    auto *widget = qobject_cast<QWidget *>(target);
    if (!widget || m_imWidget || !widget->testAttribute(Qt::WA_InputMethodEnabled))
        return;
    m_imWidget = widget;
    widget->setAttribute(Qt::WA_InputMethodEnabled, false);
    QGuiApplication::inputMethod()->update(Qt::ImEnabled);
}

void ScanFilter::inputMethodBack()
{
    if (!m_imWidget)
        return;
    m_imWidget->setAttribute(Qt::WA_InputMethodEnabled, true);
    m_imWidget = nullptr;
    QGuiApplication::inputMethod()->update(Qt::ImEnabled);
}

bool ScanFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Keys reach the window first and then its focus widget; decide once, at the widget.
    if (!m_enabled || m_replaying || !watched->isWidgetType())
        return false;
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isModifierKey(key->key()))
            return false; // Shift before a capital: neither part of a scan nor an end to one
        const quint64 stamp = key->timestamp();
        if (!m_held.empty() && gapTo(stamp) > m_maxGapMs)
            release(); // too slow: what came before was typing
        const bool plain = plainModifiers(key->modifiers()) && !key->isAutoRepeat();
        if (plain && isTerminator(key->key())) {
            if (!m_held.empty() && m_text.trimmed().size() >= m_minLength) {
                m_swallowRelease = key->key();
                deliverScan();
                return true;
            }
            release();
            return false;
        }
        const QString text = key->text();
        if (!plain || text.isEmpty() || !text.at(0).isPrint()) {
            release(); // a shortcut, a function key, an arrow: never part of a scan
            return false;
        }
        hold(watched, event, stamp);
        m_text += text;
        m_lastWasCommit = false;
        return true;
    }
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isModifierKey(key->key()))
            return false;
        if (key->key() == m_swallowRelease) {
            m_swallowRelease = 0;
            return true;
        }
        return !m_held.empty(); // the presses are held; their releases mean nothing alone
    }
    case QEvent::InputMethod: {
        // Only inside a burst: an input method's text at a person's pace is the person's.
        if (m_held.empty() || gapTo(0) > m_maxGapMs)
            return false;
        auto *im = static_cast<QInputMethodEvent *>(event);
        hold(watched, event, 0);
        m_text += im->commitString();
        m_lastWasCommit = !im->commitString().isEmpty();
        return true;
    }
    default:
        return false;
    }
}

} // namespace storedesk::ui
