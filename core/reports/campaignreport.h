// Campaigns and coupons over a period: for each promotion, tier discount, member day and coupon
// template, the coupons issued and used, how often it was given, what it took off, and the
// receipts that carried it with what they came to; and the referrals rewarded.
#pragma once

#include "domain/money.h"
#include "reportperiod.h"

#include <QList>
#include <QString>

namespace storedesk::core {

class Database;
class LoyaltyService;
class ReportSummaries;

struct CampaignRow
{
    QString kind; ///< promotion, tier, member_day, coupon
    QString name; ///< the promotion's, tier's or coupon template's name
    qint64 couponsIssued = 0;
    qint64 couponsUsed = 0;
    qint64 uses = 0; ///< times the discount was given
    Money discount;  ///< what it took off
    qint64 receipts = 0;
    Money receiptsNet; ///< what the receipts that carried it came to
};

struct CampaignReport
{
    ReportPeriod period;
    QList<CampaignRow> rows; ///< by kind, then the most taken off first
    qint64 couponsIssued = 0;
    qint64 couponsUsed = 0;
    Money discount;
    qint64 referrals = 0; ///< members whose first purchase rewarded who brought them
    qint64 referralPoints = 0;
};

class CampaignReports final
{
public:
    CampaignReports(Database &db, const LoyaltyService &loyalty, ReportSummaries &summaries);

    CampaignReport run(const ReportPeriod &period) const;

private:
    Database &m_db;
    const LoyaltyService &m_loyalty;
    ReportSummaries &m_summaries;
};

} // namespace storedesk::core
