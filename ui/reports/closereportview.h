// The close reports on screen (日结, 交班): a store day or one of its shifts — receipts, gross,
// discounts by kind, net, refunds, takings per payment method, the cash drawer against what
// was counted, stored value and points — printed on A4 or on the receipt printer. Shifts are
// opened and closed from here too.
#pragma once

#include "reports/closereport.h"
#include "reportview.h"

class QComboBox;
class QDateEdit;
class QPushButton;

namespace storedesk::devices {
class PrinterFactory;
}

namespace storedesk::ui {

class CloseReceiptPrinter;

class CloseReportView final : public ReportView
{
    Q_OBJECT

public:
    CloseReportView(core::Store &store, const devices::PrinterFactory &printers,
                    QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    const core::CloseReport &report() const { return m_report; }
    QDateEdit *dateEdit() const { return m_date; }
    /// "Whole day", then the day's shifts.
    QComboBox *scopeBox() const { return m_scope; }
    CloseReceiptPrinter *receiptPrinter() const { return m_printer; }

public slots:
    /// Shows the day \a day (its shift \a shiftId when not 0).
    void showDay(const QDate &day, qint64 shiftId = 0);
    void openShift();
    /// Closes the shift shown, or the one shift open (asks which when several are).
    void closeShift();
    /// Prints what is shown on the receipt printer.
    void printReceipt();

protected:
    QList<ReportTable> build() override;
    QList<QChart *> makeCharts() const override;

private:
    void fillScopes(qint64 select);

    QDateEdit *m_date = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_print = nullptr;
    CloseReceiptPrinter *m_printer = nullptr;
    core::CloseReport m_report;
};

} // namespace storedesk::ui
