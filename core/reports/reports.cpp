#include "reports.h"

#include "domain/clock.h"
#include "loyalty/loyaltyservice.h"

namespace storedesk::core {

Reports::Reports(Database &db, const Clock &clock, const LoyaltyService &loyalty, RuleBook &rules,
                 Shifts &shifts)
    : m_clock(clock)
    , m_loyalty(loyalty)
    , m_summaries(db, loyalty)
    , m_close(db, loyalty, m_summaries, shifts)
    , m_sales(db, m_summaries)
    , m_members(db, clock, loyalty, rules, m_summaries)
    , m_liabilities(db, clock, rules)
    , m_campaigns(db, loyalty, m_summaries)
{}

QDate Reports::today() const
{
    return m_clock.now().toTimeZone(m_loyalty.zone()).date();
}

Dashboard Reports::dashboard() const
{
    Dashboard d;
    d.at = m_clock.now();
    d.day = today();
    d.today = m_close.forDay(d.day);
    d.newMembers = m_members.joined(ReportPeriod::of(d.day, d.day));
    d.last30 = m_sales.run(ReportPeriod::lastDays(d.day, 30), SalesGrouping::Day);
    return d;
}

} // namespace storedesk::core
