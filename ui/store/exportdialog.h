// Hands the store's data to a spreadsheet: the members the member list's filters show, or the
// sales of a span of days, as CSV (core MemberExport and SalesExport), phones masked unless
// whole ones are asked for.
#pragma once

#include "members/memberdirectory.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class What
    {
        Members,
        Sales
    };

    /// \a filter chooses the members (for What::Members).
    ExportDialog(core::Store &store, What what, const core::MemberListFilter &filter = {},
                 QWidget *parent = nullptr);

    QCheckBox *wholePhonesBox() const { return m_wholePhones; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    /// Writes the file; answers how many rows, or -1 after saying in the dialog why not.
    qint64 saveTo(const QString &path);

private:
    void save();

    core::Store &m_store;
    What m_what;
    core::MemberListFilter m_filter;
    QCheckBox *m_wholePhones = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
