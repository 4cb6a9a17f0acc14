#include "liabilityview.h"

#include "format.h"
#include "reportcharts.h"
#include "store/store.h"

namespace storedesk::ui {

namespace {

using Col = ReportTable::Column;

} // namespace

LiabilityView::LiabilityView(core::Store &store, QWidget *parent)
    : ReportView(store, parent)
{
    setObjectName(QStringLiteral("liabilityReport"));
    refresh();
}

QString LiabilityView::title() const
{
    return tr("Owed to members");
}

QString LiabilityView::subtitle() const
{
    return tr("as of %1").arg(formatDateTime(m_liabilities.at));
}

QList<ReportTable> LiabilityView::build()
{
    m_liabilities = m_store.reports().liabilities().now();
    const core::Liabilities &l = m_liabilities;
    ReportTable points(tr("Points"), {Col{tr("Item"), false}, Col{tr("Value"), true}});
    points.addRow(
        {ReportTable::text(tr("Points outstanding")), ReportTable::number(l.pointsOutstanding)});
    points.addRow({ReportTable::text(tr("Members holding points")),
                   ReportTable::number(l.membersWithPoints)});
    points.addRow({ReportTable::text(tr("Points members owe (taken back by refunds)")),
                   ReportTable::number(l.pointsOwed)});
    points.addRow(
        {ReportTable::text(tr("Redemption rate")),
         {tr("%1 points = %2").arg(QLocale().toString(l.redeemPoints), formatMoney(l.redeemValue)),
          QStringLiteral("%1=%2").arg(l.redeemPoints).arg(l.redeemValue.toString())}});
    points.addRow({ReportTable::text(tr("Value of the points outstanding")),
                   ReportTable::money(l.pointsValue)});

    ReportTable stored(tr("Stored value"), {Col{tr("Item"), false}, Col{tr("Amount"), true}});
    stored.addRow(
        {ReportTable::text(tr("Paid in by members")), ReportTable::money(l.storedValuePaid)});
    stored.addRow({ReportTable::text(tr("Bonus given with top-ups")),
                   ReportTable::money(l.storedValueBonus)});
    stored.addRow(
        {ReportTable::text(tr("Stored value outstanding")), ReportTable::money(l.storedValue())});
    stored.addRow({ReportTable::text(tr("Members with a balance")),
                   ReportTable::number(l.membersWithStoredValue)});

    ReportTable total(tr("Total"), {Col{tr("Item"), false}, Col{tr("Amount"), true}});
    total.addRow(
        {ReportTable::text(tr("Points at their value")), ReportTable::money(l.pointsValue)});
    total.addRow({ReportTable::text(tr("Stored value")), ReportTable::money(l.storedValue())});
    total.addRow({ReportTable::text(tr("Owed to members")), ReportTable::money(l.total())});
    return {total, points, stored};
}

QList<QChart *> LiabilityView::makeCharts() const
{
    const core::Liabilities &l = m_liabilities;
    return {moneyPieChart(tr("What the store owes its members"),
                          {tr("Points"), tr("Stored value paid in"), tr("Stored value bonus")},
                          {l.pointsValue, l.storedValuePaid, l.storedValueBonus})};
}

} // namespace storedesk::ui
