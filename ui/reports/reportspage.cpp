#include "reportspage.h"

#include "campaignview.h"
#include "closereportview.h"
#include "dashboardview.h"
#include "liabilityview.h"
#include "memberreportview.h"
#include "salesreportview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

ReportsPage::ReportsPage(core::Store &store, const devices::PrinterFactory &printers,
                         QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reports"));
    m_dashboard = new DashboardView(store, m_tabs);
    m_close = new CloseReportView(store, printers, m_tabs);
    m_sales = new SalesReportView(store, m_tabs);
    m_members = new MemberReportView(store, m_tabs);
    m_liabilities = new LiabilityView(store, m_tabs);
    m_campaigns = new CampaignView(store, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Today"));
    m_tabs->addTab(m_close, tr("Day and shift close"));
    m_tabs->addTab(m_sales, tr("Sales"));
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_liabilities, tr("Owed to members"));
    m_tabs->addTab(m_campaigns, tr("Campaigns"));
    for (ReportView *view :
         {static_cast<ReportView *>(m_dashboard), static_cast<ReportView *>(m_close),
          static_cast<ReportView *>(m_sales), static_cast<ReportView *>(m_members),
          static_cast<ReportView *>(m_liabilities), static_cast<ReportView *>(m_campaigns)})
        connect(view, &ReportView::message, this, &ReportsPage::message);
    // Figures that may have moved since a tab was last looked at are read again on showing.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto *view = qobject_cast<ReportView *>(m_tabs->widget(index));
            view && view != m_dashboard)
            view->refresh();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ReportsPage::showReport(Report report)
{
    m_tabs->setCurrentIndex(int(report));
}

} // namespace storedesk::ui
