// The members report on screen: sign-ups per day, week or month, active and sleeping members,
// RFM segments of the period's buyers, tiers with what a visit comes to, and tier moves.
#pragma once

#include "reports/memberreport.h"
#include "reportview.h"

class QComboBox;

namespace storedesk::ui {

class PeriodSelector;

class MemberReportView final : public ReportView
{
    Q_OBJECT

public:
    explicit MemberReportView(core::Store &store, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    PeriodSelector *periodSelector() const { return m_period; }
    QComboBox *groupingBox() const { return m_grouping; }
    const core::MemberReport &report() const { return m_report; }

protected:
    QList<ReportTable> build() override;
    QList<QChart *> makeCharts() const override;

private:
    PeriodSelector *m_period = nullptr;
    QComboBox *m_grouping = nullptr;
    core::MemberReport m_report;
};

} // namespace storedesk::ui
