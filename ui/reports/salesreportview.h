// Sales over any period: by day, week, month, product, category, cashier, payment method or
// hour of day, with the period's total and what members bought against walk-ins, as a table
// and a chart.
#pragma once

#include "reports/salesreport.h"
#include "reportview.h"

class QComboBox;
class QLabel;

namespace storedesk::ui {

class PeriodSelector;

class SalesReportView final : public ReportView
{
    Q_OBJECT

public:
    explicit SalesReportView(core::Store &store, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    PeriodSelector *periodSelector() const { return m_period; }
    QComboBox *groupingBox() const { return m_grouping; }
    QLabel *shareLabel() const { return m_share; }
    const core::SalesReport &report() const { return m_report; }
    void setGrouping(core::SalesGrouping grouping);

protected:
    QList<ReportTable> build() override;
    QList<QChart *> makeCharts() const override;

private:
    ReportTable rowsTable() const;

    PeriodSelector *m_period = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_share = nullptr;
    core::SalesReport m_report;
};

} // namespace storedesk::ui
