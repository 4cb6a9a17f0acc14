// What the store owes its members now (积分负债, 储值余额): points outstanding and their value
// at the redemption rate, stored value paid-in and bonus apart, and the total.
#pragma once

#include "reports/liabilityreport.h"
#include "reportview.h"

namespace storedesk::ui {

class LiabilityView final : public ReportView
{
    Q_OBJECT

public:
    explicit LiabilityView(core::Store &store, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    const core::Liabilities &liabilities() const { return m_liabilities; }

protected:
    QList<ReportTable> build() override;
    QList<QChart *> makeCharts() const override;

private:
    core::Liabilities m_liabilities;
};

} // namespace storedesk::ui
