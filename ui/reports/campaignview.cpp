#include "campaignview.h"

#include "format.h"
#include "periodselector.h"
#include "reportcharts.h"
#include "store/store.h"

#include <QHBoxLayout>

namespace storedesk::ui {

namespace {

using Col = ReportTable::Column;
// A ranking chart shows this many: more rows would not leave their names room on screen.
constexpr int kRankedInChart = 8;

} // namespace

CampaignView::CampaignView(core::Store &store, QWidget *parent)
    : ReportView(store, parent)
{
    setObjectName(QStringLiteral("campaignReport"));
    m_period = new PeriodSelector(store.reports().today(), PeriodSelector::Quick::Last30Days, this);
    controls()->addWidget(m_period);
    connect(m_period, &PeriodSelector::changed, this, &ReportView::refresh);
    refresh();
}

QString CampaignView::title() const
{
    return tr("Campaigns and coupons");
}

QString CampaignView::subtitle() const
{
    return m_period->text();
}

QList<ReportTable> CampaignView::build()
{
    m_period->setToday(m_store.reports().today());
    m_report = m_store.reports().campaigns().run(m_period->period());
    const core::CampaignReport &r = m_report;
    ReportTable rows(tr("Campaigns"),
                     {Col{tr("Kind"), false}, Col{tr("Name"), false},
                      Col{tr("Coupons issued"), true}, Col{tr("Coupons used"), true},
                      Col{tr("Times given"), true}, Col{tr("Discount"), true},
                      Col{tr("Receipts"), true}, Col{tr("Their net sales"), true}});
    for (const core::CampaignRow &c : r.rows) {
        rows.addRow({ReportTable::text(core::discountKindName(c.kind)), ReportTable::text(c.name),
                     ReportTable::number(c.couponsIssued), ReportTable::number(c.couponsUsed),
                     ReportTable::number(c.uses), ReportTable::money(c.discount),
                     ReportTable::number(c.receipts), ReportTable::money(c.receiptsNet)});
    }
    rows.addRow({ReportTable::text(tr("Total")), ReportTable::text({}),
                 ReportTable::number(r.couponsIssued), ReportTable::number(r.couponsUsed),
                 ReportTable::text({}), ReportTable::money(r.discount), ReportTable::text({}),
                 ReportTable::text({})});
    ReportTable referrals(tr("Referrals"), {Col{tr("Item"), false}, Col{tr("Value"), true}});
    referrals.addRow({ReportTable::text(tr("Members whose first purchase rewarded a referrer")),
                      ReportTable::number(r.referrals)});
    referrals.addRow({ReportTable::text(tr("Points given to referrers")),
                      ReportTable::number(r.referralPoints)});
    return {rows, referrals};
}

QList<QChart *> CampaignView::makeCharts() const
{
    QList<core::CampaignRow> ranked = m_report.rows;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const core::CampaignRow &a, const core::CampaignRow &b) {
                         return a.discount > b.discount;
                     });
    QStringList labels;
    QList<core::Money> values;
    for (const core::CampaignRow &c : ranked.mid(0, kRankedInChart)) {
        labels.append(c.name);
        values.append(c.discount);
    }
    return {moneyHorizontalChart(tr("Discount given"), labels, values, true)};
}

} // namespace storedesk::ui
