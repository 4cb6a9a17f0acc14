// Every report the manager reads, over one store: the close reports (交班, 日结), sales, members,
// liabilities and campaigns, and the dashboard that opens on today. Plain data, for the GUI's
// tables, charts and print-outs and for `storedeskctl report`.
#pragma once

#include "campaignreport.h"
#include "closereport.h"
#include "liabilityreport.h"
#include "memberreport.h"
#include "reportsummaries.h"
#include "salesreport.h"

namespace storedesk::core {

class Clock;
class Database;
class LoyaltyService;
class RuleBook;
class Shifts;

/// Today so far, and the last 30 days.
struct Dashboard
{
    QDate day;
    QDateTime at;
    CloseReport today;
    qint64 newMembers = 0; ///< joined today
    SalesReport last30;    ///< by day, ending today
};

class Reports final
{
public:
    Reports(Database &db, const Clock &clock, const LoyaltyService &loyalty, RuleBook &rules,
            Shifts &shifts);

    ReportSummaries &summaries() { return m_summaries; }
    const CloseReports &close() const { return m_close; }
    const SalesReports &sales() const { return m_sales; }
    const MemberReports &members() const { return m_members; }
    const LiabilityReport &liabilities() const { return m_liabilities; }
    const CampaignReports &campaigns() const { return m_campaigns; }

    /// The store's local day now.
    QDate today() const;
    Dashboard dashboard() const;

private:
    const Clock &m_clock;
    const LoyaltyService &m_loyalty;
    ReportSummaries m_summaries;
    CloseReports m_close;
    SalesReports m_sales;
    MemberReports m_members;
    LiabilityReport m_liabilities;
    CampaignReports m_campaigns;
};

} // namespace storedesk::core
