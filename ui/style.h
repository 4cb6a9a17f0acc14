// The one look of StoreDesk: the stylesheet and the application icon from resources/.
#pragma once

class QApplication;
class QLabel;
class QString;
class QWidget;

namespace storedesk::ui {

void applyStyle(QApplication &app);

/// The hidden, word-wrapped label where a form says what is wrong (object name "error").
QLabel *makeErrorLabel(QWidget *parent);
/// Gives \a widget a stylesheet role ("ok", "error", "hint") and repaints it in that look.
void setRole(QWidget *widget, const QString &role);

} // namespace storedesk::ui
