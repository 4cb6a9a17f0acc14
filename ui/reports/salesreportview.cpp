#include "salesreportview.h"

#include "format.h"
#include "periodselector.h"
#include "reportcharts.h"
#include "reportlabels.h"
#include "reports/reportjson.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace storedesk::ui {

namespace {

// A ranking chart shows this many: more rows would not leave their names room on screen.
constexpr int kRankedInChart = 8;

using Col = ReportTable::Column;

} // namespace

SalesReportView::SalesReportView(core::Store &store, QWidget *parent)
    : ReportView(store, parent)
{
    setObjectName(QStringLiteral("salesReport"));
    m_period = new PeriodSelector(store.reports().today(), PeriodSelector::Quick::ThisMonth, this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (core::SalesGrouping g :
         {core::SalesGrouping::Day, core::SalesGrouping::Week, core::SalesGrouping::Month,
          core::SalesGrouping::Product, core::SalesGrouping::Category, core::SalesGrouping::Cashier,
          core::SalesGrouping::Payment, core::SalesGrouping::Hour})
        m_grouping->addItem(groupingChoice(g), int(g));
    m_share = new QLabel(this);
    m_share->setObjectName(QStringLiteral("memberShare"));
    m_share->setProperty("role", QStringLiteral("hint"));
    controls()->addWidget(m_period);
    controls()->addWidget(m_grouping);
    controls()->addWidget(m_share);
    connect(m_period, &PeriodSelector::changed, this, &ReportView::refresh);
    connect(m_grouping, &QComboBox::activated, this, &ReportView::refresh);
    refresh();
}

void SalesReportView::setGrouping(core::SalesGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
    refresh();
}

QString SalesReportView::title() const
{
    return salesTitle(core::SalesGrouping(m_grouping->currentData().toInt()));
}

QString SalesReportView::subtitle() const
{
    return m_period->text();
}

QList<ReportTable> SalesReportView::build()
{
    m_period->setToday(m_store.reports().today());
    m_report = m_store.reports().sales().run(
        m_period->period(), core::SalesGrouping(m_grouping->currentData().toInt()));
    const core::MemberShare &share = m_report.share;
    const int bp = share.memberNetBasisPoints();
    m_share->setText(tr("Members: %1 of net sales").arg(ReportTable::percent(bp).text));

    ReportTable members(tr("Members and walk-ins"),
                        {Col{tr("Customers"), false}, Col{tr("Receipts"), true},
                         Col{tr("Net sales"), true}, Col{tr("Share"), true},
                         Col{tr("Average ticket"), true}});
    for (const auto &[name, f, part] : {std::tuple{tr("Members"), share.members, bp},
                                        std::tuple{tr("Walk-ins"), share.walkIns,
                                                   m_report.total.net.isZero() ? 0 : 10000 - bp}}) {
        members.addRow({ReportTable::text(name), ReportTable::number(f.sales),
                        ReportTable::money(f.net), ReportTable::percent(part),
                        ReportTable::money(f.averageTicket())});
    }
    return {rowsTable(), members};
}

ReportTable SalesReportView::rowsTable() const
{
    const core::SalesGrouping g = m_report.grouping;
    const bool lines = g == core::SalesGrouping::Product || g == core::SalesGrouping::Category;
    const bool payments = g == core::SalesGrouping::Payment;
    QList<Col> columns{Col{groupingName(g), false}};
    if (g == core::SalesGrouping::Product)
        columns += {Col{tr("Barcode"), false}, Col{tr("Category"), false}};
    if (lines) {
        columns += {Col{tr("Sold"), true}, Col{tr("Returned"), true}, Col{tr("Net sales"), true},
                    Col{tr("Refunded"), true}, Col{tr("Share"), true}};
    } else if (payments) {
        columns += {Col{tr("Payments"), true}, Col{tr("Refunds"), true}, Col{tr("Taken"), true},
                    Col{tr("Given back"), true}, Col{tr("Net"), true}};
    } else {
        columns +=
            {Col{tr("Receipts"), true},  Col{tr("Refunds"), true}, Col{tr("Gross"), true},
             Col{tr("Discounts"), true}, Col{tr("Points"), true},  Col{tr("Net sales"), true},
             Col{tr("Refunded"), true},  Col{tr("Takings"), true}, Col{tr("Average ticket"), true}};
    }
    ReportTable table(salesTitle(g), columns);
    core::SalesFigures sum;
    for (const core::SalesRow &r : m_report.rows)
        sum += r.figures;
    const auto cells = [&](const QString &label, const core::SalesRow *row,
                           const core::SalesFigures &f) {
        QList<ReportCell> out{ReportTable::text(label)};
        if (g == core::SalesGrouping::Product) {
            out += {ReportTable::text(row ? row->key : QString()),
                    ReportTable::text(row ? row->category : QString())};
        }
        if (lines) {
            const int share =
                sum.net.fen() > 0
                    ? int(core::Money::fromFen(10000).scaled(f.net.fen(), sum.net.fen()).fen())
                    : 0;
            out += {ReportTable::number(f.items), ReportTable::number(f.itemsReturned),
                    ReportTable::money(f.net), ReportTable::money(f.refunded),
                    ReportTable::percent(share)};
        } else if (payments) {
            out += {ReportTable::number(f.sales), ReportTable::number(f.refunds),
                    ReportTable::money(f.net), ReportTable::money(f.refunded),
                    ReportTable::money(f.takings())};
        } else {
            out += {ReportTable::number(f.sales),         ReportTable::number(f.refunds),
                    ReportTable::money(f.gross),          ReportTable::money(f.discounts),
                    ReportTable::money(f.pointsValue),    ReportTable::money(f.net),
                    ReportTable::money(f.refunded),       ReportTable::money(f.takings()),
                    ReportTable::money(f.averageTicket())};
        }
        return out;
    };
    for (const core::SalesRow &r : m_report.rows) {
        const QString label =
            core::isTimeGrouping(g) ? bucketLabel(g, r.key, r.from, r.to) : r.label;
        table.addRow(cells(label, &r, r.figures));
    }
    table.addRow(cells(tr("Total"), nullptr, sum));
    return table;
}

QList<QChart *> SalesReportView::makeCharts() const
{
    const core::SalesGrouping g = m_report.grouping;
    const QList<core::SalesRow> &rows = m_report.rows;
    QStringList labels;
    QList<core::Money> values;
    QList<QChart *> charts;
    if (core::isTimeGrouping(g) || g == core::SalesGrouping::Hour ||
        g == core::SalesGrouping::Cashier) {
        QList<QDate> days;
        for (const core::SalesRow &r : rows) {
            labels.append(core::isTimeGrouping(g) ? bucketShortLabel(g, r.key, r.from) : r.label);
            values.append(r.figures.takings());
            days.append(r.from);
        }
        const QString title = salesTitle(g);
        charts.append(rows.size() > kMostBars && core::isTimeGrouping(g)
                          ? moneyLineChart(title, days, values)
                          : moneyBarChart(title, labels, values));
    } else if (g == core::SalesGrouping::Payment) {
        for (const core::SalesRow &r : rows) {
            labels.append(r.label);
            values.append(r.figures.takings());
        }
        charts.append(moneyPieChart(tr("Takings by payment method"), labels, values));
    } else {
        for (const core::SalesRow &r : rows.mid(0, kRankedInChart)) {
            labels.append(r.label);
            values.append(r.figures.net);
        }
        charts.append(moneyHorizontalChart(tr("Best %n seller(s)", nullptr, int(labels.size())),
                                           labels, values, true));
    }
    charts.append(moneyPieChart(tr("Members and walk-ins"), {tr("Members"), tr("Walk-ins")},
                                {m_report.share.members.net, m_report.share.walkIns.net}));
    return charts;
}

} // namespace storedesk::ui
