// Opens a cashier's shift (开班): who, and the float (备用金) put in the drawer. The cashier
// confirms with Enter; a refusal (a shift already open, a float that is not an amount) is
// said in the dialog, which stays open.
#pragma once

#include "sales/shifts.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace storedesk::ui {

class ShiftOpenDialog final : public QDialog
{
    Q_OBJECT

public:
    /// \a cashier fills the name when the till knows who is signed in.
    ShiftOpenDialog(core::Shifts &shifts, const QString &cashier = {}, QWidget *parent = nullptr);

    /// The shift opened, once the dialog was accepted.
    const core::Shift &shift() const { return m_shift; }
    QLineEdit *cashierField() const { return m_cashier; }
    QLineEdit *floatField() const { return m_float; }

    void accept() override;

private:
    core::Shifts &m_shifts;
    core::Shift m_shift;
    QLineEdit *m_cashier = nullptr;
    QLineEdit *m_float = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace storedesk::ui
