// The members report: who joined in a period, who is active and who is asleep (no purchase for
// 30, 60, 90 days — the same test as the member list's filter), RFM segments of the period's
// buyers, the tiers with what a visit comes to in each, and the moves between tiers.
#pragma once

#include "domain/money.h"
#include "reportperiod.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace storedesk::core {

class Clock;
class Database;
class LoyaltyService;
class ReportSummaries;
class RuleBook;

struct JoinedRow
{
    QString key; ///< the time bucket
    QDate from;
    QDate to;
    qint64 members = 0;
};

/// One of the eight RFM segments. Each buyer of the period is compared with the period's
/// averages: bought more recently than average (R), more often (F), spent more (M).
struct RfmSegment
{
    bool recent = false;
    bool frequent = false;
    bool valuable = false;
    qint64 members = 0;
    qint64 visits = 0;
    Money spend; ///< net of refunds

    /// "important_value" (R F M), "important_develop" (R M), "important_retain" (F M),
    /// "important_winback" (M), "general_value" (R F), "general_develop" (R),
    /// "general_retain" (F), "general_winback" (none).
    QString code() const;
};

struct RfmAverages
{
    qint64 buyers = 0;
    qint64 recencyDaysTotal = 0; ///< days from each buyer's last purchase to the period's end
    qint64 visitsTotal = 0;
    Money spendTotal;
};

struct TierRow
{
    int tier = 0;
    QString name;
    qint64 members = 0; ///< in the tier now
    qint64 visits = 0;  ///< sales made at this tier in the period
    Money net;          ///< what those sales took, refunds aside
    Money averageSpend() const;
};

struct TierMove
{
    int from = 0;
    int to = 0;
    QString fromName;
    QString toName;
    qint64 members = 0;
};

struct MemberReport
{
    ReportPeriod period;
    SalesGrouping grouping = SalesGrouping::Day;
    QDateTime at; ///< "now" for active and sleeping

    qint64 members = 0;
    qint64 joinedInPeriod = 0;
    QList<JoinedRow> joined;
    qint64 active30 = 0; ///< bought in the last 30 days
    qint64 sleeping30 = 0;
    qint64 sleeping60 = 0;
    qint64 sleeping90 = 0;
    qint64 neverBought = 0;

    RfmAverages rfmAverages;
    QList<RfmSegment> rfm; ///< all eight, most valuable first

    QList<TierRow> tiers;
    QList<TierMove> moves;
    qint64 upgrades = 0;
    qint64 downgrades = 0;
};

class MemberReports final
{
public:
    MemberReports(Database &db, const Clock &clock, const LoyaltyService &loyalty, RuleBook &rules,
                  ReportSummaries &summaries);

    /// \a grouping is day, week or month (new members per bucket).
    MemberReport run(const ReportPeriod &period, SalesGrouping grouping) const;
    /// Members who joined on the store days of \a period.
    qint64 joined(const ReportPeriod &period) const;

private:
    QList<JoinedRow> joinedRows(const ReportPeriod &period, SalesGrouping grouping) const;
    void addRfm(MemberReport &report) const;
    void addTiers(MemberReport &report) const;

    Database &m_db;
    const Clock &m_clock;
    const LoyaltyService &m_loyalty;
    RuleBook &m_rules;
    ReportSummaries &m_summaries;
};

} // namespace storedesk::core
