// Campaigns and coupons over a period: each promotion, tier discount, member day and coupon
// template with the coupons issued and used, the discount given and the receipts that carried
// it, and the referrals rewarded.
#pragma once

#include "reports/campaignreport.h"
#include "reportview.h"

namespace storedesk::ui {

class PeriodSelector;

class CampaignView final : public ReportView
{
    Q_OBJECT

public:
    explicit CampaignView(core::Store &store, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    PeriodSelector *periodSelector() const { return m_period; }
    const core::CampaignReport &report() const { return m_report; }

protected:
    QList<ReportTable> build() override;
    QList<QChart *> makeCharts() const override;

private:
    PeriodSelector *m_period = nullptr;
    core::CampaignReport m_report;
};

} // namespace storedesk::ui
