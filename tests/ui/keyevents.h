// Keys and input-method text as the window system delivers them, with event timestamps, for
// tests of what reacts to the speed of typing (the keyboard-wedge scan filter).
#pragma once

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QWidget>

namespace storedesk::test {

/// One key: press and release, with their timestamps (ms).
inline void key(QWidget *widget, const QString &text, quint64 at, int code = Qt::Key_unknown,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, code, modifiers, text);
    press.setTimestamp(at);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, code, modifiers, text);
    release.setTimestamp(at + 3);
    QCoreApplication::sendEvent(widget, &release);
}

/// An input method committing \a text (empty: it commits nothing).
inline void commit(QWidget *widget, const QString &text)
{
    QInputMethodEvent event(QString(), {});
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace storedesk::test
