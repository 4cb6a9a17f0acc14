// Lays a close report (交班 / 日结) out for the receipt printer, 58 or 80 mm: receipts and
// amounts, discounts by kind, takings per payment method, the cash drawer against what was
// counted, stored value and points, the day's shifts, and lines to sign. Printed through the
// same printers, and previewed by the same renderer, as receipts.
#pragma once

#include "printeroptions.h"
#include "receiptdocument.h"
#include "reports/closereport.h"
#include "textcolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace storedesk::devices {

class CloseReportLayout final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::CloseReportLayout)

public:
    explicit CloseReportLayout(const PrinterOptions &options);

    /// \a printedAt and the shifts' times are shown in \a zone, the store's.
    ReceiptDocument layout(const core::CloseReport &report, const QString &storeName,
                           const QDateTime &printedAt, const QTimeZone &zone) const;

private:
    void heading(ReceiptDocument &doc, const core::CloseReport &r, const QString &storeName,
                 const QDateTime &printedAt, const QTimeZone &zone) const;
    void amounts(ReceiptDocument &doc, const core::CloseReport &r) const;
    void takings(ReceiptDocument &doc, const core::CloseReport &r) const;
    void drawer(ReceiptDocument &doc, const core::CloseReport &r) const;
    void loyalty(ReceiptDocument &doc, const core::CloseReport &r) const;
    void shifts(ReceiptDocument &doc, const core::CloseReport &r, const QTimeZone &zone) const;
    void pair(ReceiptDocument &doc, const QString &label, const QString &value, bool bold = false,
              TextSize size = TextSize::Normal) const;
    void title(ReceiptDocument &doc, const QString &text) const;
    void rule(ReceiptDocument &doc) const;
    static QString money(const core::Money &amount);

    PrinterOptions m_options;
    TextColumns m_columns;
    int m_width;
};

} // namespace storedesk::devices
