#include "memberreportview.h"

#include "format.h"
#include "periodselector.h"
#include "reportcharts.h"
#include "reportlabels.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace storedesk::ui {

namespace {

using Col = ReportTable::Column;

int shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? int(core::Money::fromFen(10000).scaled(part, whole).fen()) : 0;
}

} // namespace

MemberReportView::MemberReportView(core::Store &store, QWidget *parent)
    : ReportView(store, parent)
{
    setObjectName(QStringLiteral("memberReport"));
    m_period = new PeriodSelector(store.reports().today(), PeriodSelector::Quick::Last30Days, this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (core::SalesGrouping g :
         {core::SalesGrouping::Day, core::SalesGrouping::Week, core::SalesGrouping::Month})
        m_grouping->addItem(groupingChoice(g), int(g));
    controls()->addWidget(m_period);
    controls()->addWidget(m_grouping);
    connect(m_period, &PeriodSelector::changed, this, &ReportView::refresh);
    connect(m_grouping, &QComboBox::activated, this, &ReportView::refresh);
    refresh();
}

QString MemberReportView::title() const
{
    return tr("Members");
}

QString MemberReportView::subtitle() const
{
    return m_period->text();
}

QList<ReportTable> MemberReportView::build()
{
    m_period->setToday(m_store.reports().today());
    const auto grouping = core::SalesGrouping(m_grouping->currentData().toInt());
    m_report = m_store.reports().members().run(m_period->period(), grouping);
    const core::MemberReport &r = m_report;

    ReportTable overview(tr("Overview"), {Col{tr("Members"), false}, Col{tr("Count"), true},
                                          Col{tr("Share"), true}});
    for (const auto &[name, n] : {std::pair{tr("All members"), r.members},
                                  std::pair{tr("Joined in the period"), r.joinedInPeriod},
                                  std::pair{tr("Bought in the last 30 days"), r.active30},
                                  std::pair{tr("Sleeping 30 days or more"), r.sleeping30},
                                  std::pair{tr("Sleeping 60 days or more"), r.sleeping60},
                                  std::pair{tr("Sleeping 90 days or more"), r.sleeping90},
                                  std::pair{tr("Never bought"), r.neverBought}}) {
        overview.addRow({ReportTable::text(name), ReportTable::number(n),
                         ReportTable::percent(shareOf(n, r.members))});
    }

    ReportTable joined(tr("New members"),
                       {Col{groupingName(grouping), false}, Col{tr("New members"), true}});
    for (const core::JoinedRow &j : r.joined)
        joined.addRow({ReportTable::text(bucketLabel(grouping, j.key, j.from, j.to)),
                       ReportTable::number(j.members)});

    ReportTable rfm(tr("RFM segments"),
                    {Col{tr("Segment"), false}, Col{tr("R F M"), false}, Col{tr("Members"), true},
                     Col{tr("Share"), true}, Col{tr("Visits"), true}, Col{tr("Spent"), true},
                     Col{tr("Per member"), true}});
    for (const core::RfmSegment &s : r.rfm) {
        rfm.addRow(
            {ReportTable::text(rfmSegmentName(s.code())),
             ReportTable::text(rfmLetters(s.recent, s.frequent, s.valuable)),
             ReportTable::number(s.members),
             ReportTable::percent(shareOf(s.members, r.rfmAverages.buyers)),
             ReportTable::number(s.visits), ReportTable::money(s.spend),
             ReportTable::money(s.members > 0 ? s.spend.scaled(1, s.members) : core::Money())});
    }

    ReportTable tiers(tr("Tiers"),
                      {Col{tr("Tier"), false}, Col{tr("Members"), true}, Col{tr("Share"), true},
                       Col{tr("Visits in the period"), true}, Col{tr("Net sales"), true},
                       Col{tr("Average per visit"), true}});
    for (const core::TierRow &t : r.tiers) {
        tiers.addRow({ReportTable::text(t.name), ReportTable::number(t.members),
                      ReportTable::percent(shareOf(t.members, r.members)),
                      ReportTable::number(t.visits), ReportTable::money(t.net),
                      ReportTable::money(t.averageSpend())});
    }

    ReportTable moves(tr("Tier moves"),
                      {Col{tr("From"), false}, Col{tr("To"), false}, Col{tr("Members"), true}});
    for (const core::TierMove &m : r.moves) {
        moves.addRow({ReportTable::text(m.fromName), ReportTable::text(m.toName),
                      ReportTable::number(m.members)});
    }
    return {overview, joined, rfm, tiers, moves};
}

QList<QChart *> MemberReportView::makeCharts() const
{
    QStringList labels;
    QList<QDate> days;
    QList<qint64> counts;
    for (const core::JoinedRow &j : m_report.joined) {
        labels.append(bucketShortLabel(m_report.grouping, j.key, j.from));
        days.append(j.from);
        counts.append(j.members);
    }
    QStringList segments;
    QList<core::Money> spend;
    for (const core::RfmSegment &s : m_report.rfm) {
        segments.append(rfmSegmentName(s.code()));
        spend.append(s.spend);
    }
    return {counts.size() > kMostBars ? countLineChart(tr("New members"), days, counts)
                                      : countBarChart(tr("New members"), labels, counts),
            moneyHorizontalChart(tr("Spent by RFM segment"), segments, spend, false)};
}

} // namespace storedesk::ui
