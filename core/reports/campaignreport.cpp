#include "campaignreport.h"

#include "db/database.h"
#include "domain/clock.h"
#include "loyalty/loyaltyservice.h"
#include "reportsummaries.h"

#include <QSqlQuery>

#include <algorithm>

namespace storedesk::core {

CampaignReports::CampaignReports(Database &db, const LoyaltyService &loyalty,
                                 ReportSummaries &summaries)
    : m_db(db)
    , m_loyalty(loyalty)
    , m_summaries(summaries)
{}

CampaignReport CampaignReports::run(const ReportPeriod &period) const
{
    m_summaries.catchUp();
    CampaignReport r;
    r.period = period;
    const auto rowOf = [&](const QString &kind, const QString &name) -> CampaignRow & {
        for (CampaignRow &row : r.rows) {
            if (row.kind == kind && row.name == name)
                return row;
        }
        r.rows.append({kind, name, 0, 0, 0, {}, 0, {}});
        return r.rows.last();
    };

    QSqlQuery given =
        m_db.exec(QStringLiteral("SELECT kind, name, sum(uses), sum(amount_fen), sum(receipts), "
                                 "sum(total_fen) FROM report_discounts WHERE business_day >= ? AND "
                                 "business_day <= ? GROUP BY kind, name"),
                  {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)});
    while (given.next()) {
        CampaignRow &row = rowOf(given.value(0).toString(), given.value(1).toString());
        row.uses = given.value(2).toLongLong();
        row.discount = Money::fromFen(given.value(3).toLongLong());
        row.receipts = given.value(4).toLongLong();
        row.receiptsNet = Money::fromFen(given.value(5).toLongLong());
        r.discount += row.discount;
    }

    const QTimeZone zone = m_loyalty.zone();
    const QVariantList moments{storedTimestamp(period.startUtc(zone)),
                               storedTimestamp(period.endUtc(zone))};
    // Issued and used in the period, each by its own moment (a coupon given back by a refund
    // loses its use).
    for (const auto &[moment, perRow, total] :
         {std::tuple{QStringLiteral("issued_at"), &CampaignRow::couponsIssued, &r.couponsIssued},
          std::tuple{QStringLiteral("used_at"), &CampaignRow::couponsUsed, &r.couponsUsed}}) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT t.name, count(*) FROM coupons c JOIN "
                                               "coupon_templates t ON t.id = c.template_id WHERE "
                                               "c.%1 >= ? AND c.%1 < ? GROUP BY t.name")
                                    .arg(moment),
                                moments);
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            rowOf(QStringLiteral("coupon"), q.value(0).toString()).*perRow = n;
            *total += n;
        }
    }
    QSqlQuery referrals = m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(points), 0) "
                                                   "FROM referral_rewards WHERE at >= ? AND "
                                                   "at < ?"),
                                    moments);
    if (referrals.next()) {
        r.referrals = referrals.value(0).toLongLong();
        r.referralPoints = referrals.value(1).toLongLong();
    }

    static const QStringList kOrder{QStringLiteral("promotion"), QStringLiteral("member_day"),
                                    QStringLiteral("coupon"), QStringLiteral("tier")};
    std::sort(r.rows.begin(), r.rows.end(), [](const CampaignRow &a, const CampaignRow &b) {
        if (a.kind != b.kind)
            return kOrder.indexOf(a.kind) < kOrder.indexOf(b.kind);
        if (a.discount != b.discount)
            return a.discount > b.discount;
        return a.name < b.name;
    });
    return r;
}

} // namespace storedesk::core
