// Closes a cashier's shift (交班): shows the float and the cash the drawer should hold
// (应收现金), takes the cash counted (实点现金) and shows the difference (差额) as it is
// typed, with a note for the manager. The shift's close report is there afterwards to print.
#pragma once

#include "reports/closereport.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class ShiftCloseDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Throws not_found for a shift that does not exist.
    ShiftCloseDialog(core::Store &store, qint64 shiftId, QWidget *parent = nullptr);

    /// The shift's close report, after the dialog was accepted (before: up to now).
    const core::CloseReport &report() const { return m_report; }
    QLineEdit *countedField() const { return m_counted; }
    QLineEdit *noteField() const { return m_note; }
    QLabel *differenceLabel() const { return m_difference; }

    void accept() override;

private:
    void showDifference();

    core::Store &m_store;
    core::CloseReport m_report;
    QLineEdit *m_counted = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
