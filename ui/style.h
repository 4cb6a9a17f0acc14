// The one look of StoreDesk: the stylesheet and the application icon from resources/.
#pragma once

class QAbstractItemModel;
class QApplication;
class QIcon;
class QLabel;
class QTableView;
class QString;
class QWidget;

#include <functional>

namespace storedesk::ui {

void applyStyle(QApplication &app);

/// One of the line icons in resources/icons, by its file name without ".svg" ("members").
QIcon icon(const char *name);

/// The hidden, word-wrapped label where a form says what is wrong (object name "error").
QLabel *makeErrorLabel(QWidget *parent);
/// A read-only list of rows in the house look: whole rows selected one at a time, alternating
/// colours, no row numbers, the last column stretched.
QTableView *makeListView(QWidget *parent, const char *name, QAbstractItemModel *model);
/// Runs \a work; when it throws a core::Error, puts its message in \a error (a label from
/// makeErrorLabel) and answers false. The way a dialog's OK tries what it was asked to do.
bool tryShowingError(QLabel *error, const std::function<void()> &work);
/// Gives \a widget a stylesheet role ("ok", "error", "hint") and repaints it in that look.
void setRole(QWidget *widget, const QString &role);

} // namespace storedesk::ui
