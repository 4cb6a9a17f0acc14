// Exports the member list the filters show as a win-back or reminder list: each member with
// why they are on it, what they spent and a message filled in from the list's template (edited
// here, and kept if asked), phones masked unless whole ones are wanted — saved as CSV for
// sending by SMS or WeChat.
#pragma once

#include "members/winback.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class WinBackDialog final : public QDialog
{
    Q_OBJECT

public:
    WinBackDialog(core::Store &store, const core::MemberListFilter &filter,
                  QWidget *parent = nullptr);

    QPlainTextEdit *messageField() const { return m_message; }
    QTableWidget *preview() const { return m_preview; }
    /// Writes the whole list to \a path as CSV. Answers false (and says why) when it cannot.
    bool saveTo(const QString &path);

private:
    void refresh();
    void save();

    core::Store &m_store;
    core::MemberListFilter m_filter;
    core::WinBackList m_list;
    QPlainTextEdit *m_message = nullptr;
    QCheckBox *m_keep = nullptr;
    QCheckBox *m_fullPhones = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
