// The manager's reports (报表): today's dashboard, the close reports (日结, 交班) with the
// shifts, sales by period and grouping, members, what the store owes its members, and
// campaigns — each on screen as tables and charts, printed and exported.
#pragma once

#include <QWidget>

class QTabWidget;

namespace storedesk::core {
class Store;
}

namespace storedesk::devices {
class PrinterFactory;
}

namespace storedesk::ui {

class CampaignView;
class CloseReportView;
class DashboardView;
class LiabilityView;
class MemberReportView;
class SalesReportView;

class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Report
    {
        Dashboard,
        Close,
        Sales,
        Members,
        Liabilities,
        Campaigns
    };

    /// \a printers drives the receipt printer the close reports print on (the window's, which
    /// knows qprinter: too).
    ReportsPage(core::Store &store, const devices::PrinterFactory &printers,
                QWidget *parent = nullptr);

    void showReport(Report report);
    QTabWidget *tabs() const { return m_tabs; }
    DashboardView *dashboard() const { return m_dashboard; }
    CloseReportView *closeReport() const { return m_close; }
    SalesReportView *salesReport() const { return m_sales; }
    MemberReportView *memberReport() const { return m_members; }
    LiabilityView *liabilities() const { return m_liabilities; }
    CampaignView *campaigns() const { return m_campaigns; }

signals:
    /// For the window's status bar.
    void message(const QString &text);

private:
    QTabWidget *m_tabs = nullptr;
    DashboardView *m_dashboard = nullptr;
    CloseReportView *m_close = nullptr;
    SalesReportView *m_sales = nullptr;
    MemberReportView *m_members = nullptr;
    LiabilityView *m_liabilities = nullptr;
    CampaignView *m_campaigns = nullptr;
};

} // namespace storedesk::ui
