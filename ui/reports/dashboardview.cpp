#include "dashboardview.h"

#include "format.h"
#include "reportcharts.h"
#include "reportlabels.h"
#include "store/store.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

using Col = ReportTable::Column;

} // namespace

DashboardView::DashboardView(core::Store &store, QWidget *parent)
    : ReportView(store, parent)
    , m_later(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto *tiles = new QHBoxLayout;
    m_takings = tile(tr("Takings today"), "takingsToday");
    m_receipts = tile(tr("Receipts"), "receiptsToday");
    m_average = tile(tr("Average ticket"), "averageToday");
    m_newMembers = tile(tr("New members"), "newMembersToday");
    for (QLabel *value : {m_takings, m_receipts, m_average, m_newMembers})
        tiles->addWidget(value->parentWidget(), 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("todayDetail"));
    m_detail->setProperty("role", QStringLiteral("hint"));
    header()->addLayout(tiles);
    header()->addWidget(m_detail);

    // Sales and new members show up a moment later, once a burst at the counter is over.
    m_later->setSingleShot(true);
    m_later->setInterval(1500);
    connect(m_later, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&store.checkout(), &core::Checkout::saleCommitted, m_later,
            qOverload<>(&QTimer::start));
    connect(&store.members(), &core::MemberRegistry::memberAdded, m_later,
            qOverload<>(&QTimer::start));
    refresh();
}

QLabel *DashboardView::tile(const QString &caption, const char *name)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("reportTile"));
    auto *layout = new QVBoxLayout(frame);
    auto *title = new QLabel(caption, frame);
    title->setProperty("role", QStringLiteral("hint"));
    auto *value = new QLabel(frame);
    value->setObjectName(QString::fromLatin1(name));
    value->setProperty("role", QStringLiteral("amount"));
    layout->addWidget(title);
    layout->addWidget(value);
    return value;
}

void DashboardView::showEvent(QShowEvent *event)
{
    ReportView::showEvent(event);
    // Another program (the CLI, a second till) may have sold meanwhile.
    refresh();
}

QString DashboardView::title() const
{
    return tr("Today");
}

QString DashboardView::subtitle() const
{
    return formatDate(m_dashboard.day);
}

QList<ReportTable> DashboardView::build()
{
    m_dashboard = m_store.reports().dashboard();
    const core::CloseReport &t = m_dashboard.today;
    m_takings->setText(formatMoney(t.total()));
    m_receipts->setText(QLocale().toString(t.salesCount));
    m_average->setText(formatMoney(t.averageTicket()));
    m_newMembers->setText(QLocale().toString(m_dashboard.newMembers));
    const int memberShare =
        t.net.fen() > 0
            ? int(core::Money::fromFen(10000).scaled(t.memberNet.fen(), t.net.fen()).fen())
            : 0;
    m_detail->setText(tr("%1 · gross %2, discounts %3, refunds %4 · members bought %5 · as of %6")
                          .arg(formatDate(m_dashboard.day), formatMoney(t.gross),
                               formatMoney(t.discounts), formatMoney(t.refunds),
                               ReportTable::percent(memberShare).text, formatTime(m_dashboard.at)));

    ReportTable methods(
        tr("Today by payment method"),
        {Col{tr("Method"), false}, Col{tr("Payments"), true}, Col{tr("Net"), true}});
    for (const core::CloseTakings &p : t.payments) {
        methods.addRow({ReportTable::text(core::paymentMethodName(p.method)),
                        ReportTable::number(p.payments), ReportTable::money(p.net())});
    }
    ReportTable days(tr("Last 30 days"),
                     {Col{tr("Day"), false}, Col{tr("Receipts"), true}, Col{tr("Takings"), true},
                      Col{tr("Average ticket"), true}});
    for (auto it = m_dashboard.last30.rows.crbegin(); it != m_dashboard.last30.rows.crend(); ++it) {
        days.addRow(
            {ReportTable::text(bucketLabel(core::SalesGrouping::Day, it->key, it->from, it->to)),
             ReportTable::number(it->figures.sales), ReportTable::money(it->figures.takings()),
             ReportTable::money(it->figures.averageTicket())});
    }
    return {methods, days};
}

QList<QChart *> DashboardView::makeCharts() const
{
    QStringList labels;
    QList<core::Money> values;
    for (const core::SalesRow &r : m_dashboard.last30.rows) {
        labels.append(bucketShortLabel(core::SalesGrouping::Day, r.key, r.from));
        values.append(r.figures.takings());
    }
    return {moneyBarChart(tr("Takings, last 30 days"), labels, values)};
}

} // namespace storedesk::ui
