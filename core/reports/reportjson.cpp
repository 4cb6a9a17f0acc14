#include "reportjson.h"

#include "domain/clock.h"

#include <QJsonArray>

namespace storedesk::core {

namespace {

QJsonValue optionalMoney(const std::optional<Money> &m)
{
    return m ? QJsonValue(m->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue momentOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(storedTimestamp(moment)) : QJsonValue(QJsonValue::Null);
}

QJsonObject byMethod(const QList<std::pair<PaymentMethod, Money>> &list)
{
    QJsonObject out;
    for (const auto &[method, amount] : list)
        out.insert(paymentMethodCode(method), amount.toString());
    return out;
}

QJsonObject figuresJson(const SalesFigures &f)
{
    return QJsonObject{
        {QStringLiteral("sales"), f.sales},
        {QStringLiteral("refunds"), f.refunds},
        {QStringLiteral("items"), f.items},
        {QStringLiteral("items_returned"), f.itemsReturned},
        {QStringLiteral("gross"), f.gross.toString()},
        {QStringLiteral("discounts"), f.discounts.toString()},
        {QStringLiteral("points_value"), f.pointsValue.toString()},
        {QStringLiteral("net"), f.net.toString()},
        {QStringLiteral("refunded"), f.refunded.toString()},
        {QStringLiteral("takings"), f.takings().toString()},
        {QStringLiteral("average_ticket"), f.averageTicket().toString()},
        {QStringLiteral("points_earned"), f.pointsEarned},
        {QStringLiteral("points_redeemed"), f.pointsRedeemed},
    };
}

QJsonObject periodJson(const ReportPeriod &p)
{
    return QJsonObject{{QStringLiteral("from"), p.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), p.to.toString(Qt::ISODate)}};
}

} // namespace

QString percentText(int basisPoints)
{
    return QStringLiteral("%1.%2")
        .arg(basisPoints / 100)
        .arg(basisPoints % 100, 2, 10, QChar(u'0'));
}

QString averageText(qint64 total, qint64 count)
{
    if (count <= 0)
        return QStringLiteral("0.0");
    // Half-up to a tenth, in whole numbers: (20 × total + count) ÷ (2 × count) tenths.
    const qint64 a = std::abs(total);
    const qint64 tenths = (20 * a + count) / (2 * count);
    const QString sign = total < 0 && tenths > 0 ? QStringLiteral("-") : QString();
    return sign + QString::number(tenths / 10) + u'.' + QString::number(tenths % 10);
}

QJsonObject shiftJson(const Shift &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("cashier"), s.cashier},
        {QStringLiteral("business_day"), s.businessDay.toString(Qt::ISODate)},
        {QStringLiteral("status"), s.isOpen() ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("opened_at"), storedTimestamp(s.openedAt)},
        {QStringLiteral("opening_float"), s.openingFloat.toString()},
        {QStringLiteral("closed_at"), momentOrNull(s.closedAt)},
        {QStringLiteral("counted_cash"), optionalMoney(s.countedCash)},
        {QStringLiteral("note"), s.note},
    };
}

QJsonObject closeReportJson(const CloseReport &r)
{
    QJsonArray discounts;
    for (const CloseDiscount &d : r.discountsByKind) {
        discounts.append(QJsonObject{{QStringLiteral("kind"), d.kind},
                                     {QStringLiteral("name"), d.name},
                                     {QStringLiteral("uses"), d.uses},
                                     {QStringLiteral("amount"), d.amount.toString()}});
    }
    QJsonObject payments;
    QJsonArray takings;
    for (const CloseTakings &t : r.payments) {
        payments.insert(paymentMethodCode(t.method), t.net().toString());
        takings.append(QJsonObject{{QStringLiteral("method"), paymentMethodCode(t.method)},
                                   {QStringLiteral("payments"), t.payments},
                                   {QStringLiteral("sales"), t.sales.toString()},
                                   {QStringLiteral("refunds"), t.refunds.toString()},
                                   {QStringLiteral("net"), t.net().toString()}});
    }
    QJsonArray shifts;
    for (const Shift &s : r.shifts)
        shifts.append(shiftJson(s));
    QJsonObject out{
        {QStringLiteral("scope"), r.shift ? QStringLiteral("shift") : QStringLiteral("day")},
        {QStringLiteral("date"), r.day.toString(Qt::ISODate)},
        {QStringLiteral("sales_count"), r.salesCount},
        {QStringLiteral("refunds_count"), r.refundsCount},
        {QStringLiteral("items"), r.items},
        {QStringLiteral("items_returned"), r.itemsReturned},
        {QStringLiteral("gross"), r.gross.toString()},
        {QStringLiteral("discounts"), r.discounts.toString()},
        {QStringLiteral("discounts_by_kind"), discounts},
        {QStringLiteral("points_value"), r.pointsValue.toString()},
        {QStringLiteral("net"), r.net.toString()},
        {QStringLiteral("refunds"), r.refunds.toString()},
        {QStringLiteral("total"), r.total().toString()},
        {QStringLiteral("average_ticket"), r.averageTicket().toString()},
        {QStringLiteral("member_sales"), r.memberSales},
        {QStringLiteral("member_net"), r.memberNet.toString()},
        {QStringLiteral("payments"), payments},
        {QStringLiteral("takings"), takings},
        {QStringLiteral("stored_value_topped_up"), r.storedValueToppedUp.toString()},
        {QStringLiteral("stored_value_bonus"), r.storedValueBonus.toString()},
        {QStringLiteral("stored_value_spent"), r.storedValueSpent.toString()},
        {QStringLiteral("stored_value_refunded"), r.storedValueRefunded.toString()},
        {QStringLiteral("stored_value_withdrawn"), r.storedValueWithdrawn.toString()},
        {QStringLiteral("top_ups"), byMethod(r.topUpsByMethod)},
        {QStringLiteral("withdrawals"), byMethod(r.withdrawalsByMethod)},
        {QStringLiteral("points_issued"), r.pointsIssued},
        {QStringLiteral("points_redeemed"), r.pointsRedeemed},
        {QStringLiteral("points_restored"), r.pointsRestored},
        {QStringLiteral("points_clawed_back"), r.pointsClawedBack},
        {QStringLiteral("cash"),
         QJsonObject{{QStringLiteral("opening_float"), r.cash.openingFloat.toString()},
                     {QStringLiteral("sales"), r.cash.sales.toString()},
                     {QStringLiteral("top_ups"), r.cash.topUps.toString()},
                     {QStringLiteral("withdrawals"), r.cash.withdrawals.toString()},
                     {QStringLiteral("expected"), r.cash.expected().toString()},
                     {QStringLiteral("counted"), optionalMoney(r.cash.counted)},
                     {QStringLiteral("difference"), optionalMoney(r.cash.difference())}}},
        {QStringLiteral("shifts"), shifts},
    };
    if (r.shift)
        out.insert(QStringLiteral("shift"), shiftJson(*r.shift));
    return out;
}

QStringList salesRowColumns(SalesGrouping grouping)
{
    QStringList columns{QStringLiteral("key"), QStringLiteral("label")};
    if (isTimeGrouping(grouping))
        columns += {QStringLiteral("from"), QStringLiteral("to")};
    if (grouping == SalesGrouping::Product)
        columns += QStringLiteral("category");
    columns += {QStringLiteral("sales"), QStringLiteral("refunds")};
    if (grouping == SalesGrouping::Product || grouping == SalesGrouping::Category)
        columns += {QStringLiteral("items"), QStringLiteral("items_returned")};
    if (grouping != SalesGrouping::Payment) {
        columns += {QStringLiteral("gross"), QStringLiteral("discounts")};
        if (grouping != SalesGrouping::Product && grouping != SalesGrouping::Category)
            columns += QStringLiteral("points_value");
    }
    columns += {QStringLiteral("net"), QStringLiteral("refunded"), QStringLiteral("takings")};
    if (grouping != SalesGrouping::Payment && grouping != SalesGrouping::Product &&
        grouping != SalesGrouping::Category)
        columns += {QStringLiteral("average_ticket"), QStringLiteral("points_earned"),
                    QStringLiteral("points_redeemed")};
    return columns;
}

QJsonObject salesReportJson(const SalesReport &r)
{
    const QStringList columns = salesRowColumns(r.grouping);
    QJsonArray rows;
    for (const SalesRow &row : r.rows) {
        QJsonObject all = figuresJson(row.figures);
        all.insert(QStringLiteral("key"), row.key);
        all.insert(QStringLiteral("label"), row.label);
        all.insert(QStringLiteral("from"), row.from.toString(Qt::ISODate));
        all.insert(QStringLiteral("to"), row.to.toString(Qt::ISODate));
        all.insert(QStringLiteral("category"), row.category);
        QJsonObject out;
        for (const QString &c : columns)
            out.insert(c, all.value(c));
        rows.append(out);
    }
    QJsonObject out = periodJson(r.period);
    out.insert(QStringLiteral("by"), salesGroupingCode(r.grouping));
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("total"), figuresJson(r.total));
    out.insert(QStringLiteral("members"), figuresJson(r.share.members));
    out.insert(QStringLiteral("walk_ins"), figuresJson(r.share.walkIns));
    out.insert(QStringLiteral("member_share"), percentText(r.share.memberNetBasisPoints()));
    return out;
}

QJsonObject memberReportJson(const MemberReport &r)
{
    QJsonArray joined;
    for (const JoinedRow &j : r.joined) {
        joined.append(QJsonObject{{QStringLiteral("key"), j.key},
                                  {QStringLiteral("from"), j.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), j.to.toString(Qt::ISODate)},
                                  {QStringLiteral("members"), j.members}});
    }
    QJsonArray segments;
    for (const RfmSegment &s : r.rfm) {
        segments.append(QJsonObject{{QStringLiteral("code"), s.code()},
                                    {QStringLiteral("recent"), s.recent},
                                    {QStringLiteral("frequent"), s.frequent},
                                    {QStringLiteral("valuable"), s.valuable},
                                    {QStringLiteral("members"), s.members},
                                    {QStringLiteral("visits"), s.visits},
                                    {QStringLiteral("spend"), s.spend.toString()}});
    }
    const RfmAverages &a = r.rfmAverages;
    QJsonArray tiers;
    for (const TierRow &t : r.tiers) {
        tiers.append(QJsonObject{{QStringLiteral("tier"), t.tier},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("members"), t.members},
                                 {QStringLiteral("visits"), t.visits},
                                 {QStringLiteral("net"), t.net.toString()},
                                 {QStringLiteral("average_spend"), t.averageSpend().toString()}});
    }
    QJsonArray moves;
    for (const TierMove &m : r.moves) {
        moves.append(QJsonObject{{QStringLiteral("from"), m.from},
                                 {QStringLiteral("to"), m.to},
                                 {QStringLiteral("from_name"), m.fromName},
                                 {QStringLiteral("to_name"), m.toName},
                                 {QStringLiteral("members"), m.members}});
    }
    QJsonObject out = periodJson(r.period);
    out.insert(QStringLiteral("by"), salesGroupingCode(r.grouping));
    out.insert(QStringLiteral("at"), storedTimestamp(r.at));
    out.insert(QStringLiteral("members"), r.members);
    out.insert(QStringLiteral("joined_in_period"), r.joinedInPeriod);
    out.insert(QStringLiteral("joined"), joined);
    out.insert(QStringLiteral("active_30_days"), r.active30);
    out.insert(QStringLiteral("sleeping_30_days"), r.sleeping30);
    out.insert(QStringLiteral("sleeping_60_days"), r.sleeping60);
    out.insert(QStringLiteral("sleeping_90_days"), r.sleeping90);
    out.insert(QStringLiteral("never_bought"), r.neverBought);
    out.insert(QStringLiteral("rfm"),
               QJsonObject{{QStringLiteral("buyers"), a.buyers},
                           {QStringLiteral("average_recency_days"),
                            averageText(a.recencyDaysTotal, a.buyers)},
                           {QStringLiteral("average_visits"), averageText(a.visitsTotal, a.buyers)},
                           {QStringLiteral("average_spend"),
                            (a.buyers > 0 ? a.spendTotal.scaled(1, a.buyers) : Money()).toString()},
                           {QStringLiteral("segments"), segments}});
    out.insert(QStringLiteral("tiers"), tiers);
    out.insert(QStringLiteral("tier_moves"), moves);
    out.insert(QStringLiteral("upgrades"), r.upgrades);
    out.insert(QStringLiteral("downgrades"), r.downgrades);
    return out;
}

QJsonObject liabilitiesJson(const Liabilities &l)
{
    return QJsonObject{
        {QStringLiteral("at"), storedTimestamp(l.at)},
        {QStringLiteral("points_outstanding"), l.pointsOutstanding},
        {QStringLiteral("points_owed"), l.pointsOwed},
        {QStringLiteral("points_net"), l.pointsNet()},
        {QStringLiteral("members_with_points"), l.membersWithPoints},
        {QStringLiteral("redeem_points"), l.redeemPoints},
        {QStringLiteral("redeem_value"), l.redeemValue.toString()},
        {QStringLiteral("points_value"), l.pointsValue.toString()},
        {QStringLiteral("stored_value_outstanding"), l.storedValue().toString()},
        {QStringLiteral("stored_value_paid"), l.storedValuePaid.toString()},
        {QStringLiteral("stored_value_bonus"), l.storedValueBonus.toString()},
        {QStringLiteral("members_with_stored_value"), l.membersWithStoredValue},
        {QStringLiteral("total"), l.total().toString()},
    };
}

QJsonObject campaignReportJson(const CampaignReport &r)
{
    QJsonArray rows;
    for (const CampaignRow &c : r.rows) {
        rows.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("coupons_issued"), c.couponsIssued},
                                {QStringLiteral("coupons_used"), c.couponsUsed},
                                {QStringLiteral("uses"), c.uses},
                                {QStringLiteral("discount"), c.discount.toString()},
                                {QStringLiteral("receipts"), c.receipts},
                                {QStringLiteral("receipts_net"), c.receiptsNet.toString()}});
    }
    QJsonObject out = periodJson(r.period);
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("coupons_issued"), r.couponsIssued);
    out.insert(QStringLiteral("coupons_used"), r.couponsUsed);
    out.insert(QStringLiteral("discount"), r.discount.toString());
    out.insert(QStringLiteral("referrals"), r.referrals);
    out.insert(QStringLiteral("referral_points"), r.referralPoints);
    return out;
}

} // namespace storedesk::core
