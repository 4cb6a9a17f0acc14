#include "memberreport.h"

#include "db/database.h"
#include "domain/clock.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/rulebook.h"
#include "reportsummaries.h"

#include <QHash>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

qint64 at(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

} // namespace

QString RfmSegment::code() const
{
    const QString weight = valuable ? QStringLiteral("important_") : QStringLiteral("general_");
    if (recent && frequent)
        return weight + QStringLiteral("value");
    if (recent)
        return weight + QStringLiteral("develop");
    if (frequent)
        return weight + QStringLiteral("retain");
    return weight + QStringLiteral("winback");
}

Money TierRow::averageSpend() const
{
    return visits == 0 ? Money() : net.scaled(1, visits);
}

MemberReports::MemberReports(Database &db, const Clock &clock, const LoyaltyService &loyalty,
                             RuleBook &rules, ReportSummaries &summaries)
    : m_db(db)
    , m_clock(clock)
    , m_loyalty(loyalty)
    , m_rules(rules)
    , m_summaries(summaries)
{}

MemberReport MemberReports::run(const ReportPeriod &period, SalesGrouping grouping) const
{
    m_summaries.catchUp();
    MemberReport r;
    r.period = period;
    r.grouping = grouping;
    r.at = m_clock.now();
    r.joined = joinedRows(period, grouping);
    for (const JoinedRow &row : std::as_const(r.joined))
        r.joinedInPeriod += row.members;

    const auto before = [&](int days) {
        return storedTimestamp(r.at.addDays(-days));
    };
    QSqlQuery all = m_db.exec(QStringLiteral("SELECT count(*), sum(last_sale_at IS NULL), "
                                             "sum(last_sale_at >= ?) FROM members"),
                              {before(30)});
    all.next();
    r.members = at(all, 0);
    r.neverBought = at(all, 1);
    r.active30 = at(all, 2);
    // Asleep as the member list's filter has it: nothing bought (or, never having bought,
    // joined) before that many days ago.
    const QString asleep =
        QStringLiteral("SELECT count(*) FROM members WHERE coalesce(last_sale_at, joined_at) < ?");
    for (auto [days, into] : {std::pair{30, &r.sleeping30}, std::pair{60, &r.sleeping60},
                              std::pair{90, &r.sleeping90}}) {
        QSqlQuery q = m_db.exec(asleep, {before(days)});
        q.next();
        *into = at(q, 0);
    }
    addRfm(r);
    addTiers(r);
    return r;
}

qint64 MemberReports::joined(const ReportPeriod &period) const
{
    const QTimeZone zone = m_loyalty.zone();
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT count(*) FROM members WHERE joined_at >= ? AND joined_at < ?"),
        {storedTimestamp(period.startUtc(zone)), storedTimestamp(period.endUtc(zone))});
    return q.next() ? at(q, 0) : 0;
}

QList<JoinedRow> MemberReports::joinedRows(const ReportPeriod &period, SalesGrouping grouping) const
{
    // Counted per local day in SQL — a year of a big store's sign-ups never crosses over
    // one by one — a stretch of constant UTC offset at a time.
    const QTimeZone zone = m_loyalty.zone();
    const QDateTime start = period.startUtc(zone);
    const QDateTime end = period.endUtc(zone);
    QHash<QString, qint64> counts;
    for (const OffsetStretch &s : offsetStretches(zone, start, end)) {
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT date(joined_at, ?), count(*) FROM members WHERE joined_at >= ? "
                           "AND joined_at < ? AND joined_at >= ? AND joined_at < ? GROUP BY 1"),
            {secondsModifier(s.offset), storedTimestamp(start), storedTimestamp(end), s.from,
             s.until});
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            counts[timeBucketKey(day, grouping)] += at(q, 1);
        }
    }
    QList<JoinedRow> rows;
    for (const TimeBucket &b : timeBuckets(period, grouping))
        rows.append({b.key, b.from, b.to, counts.value(b.key)});
    return rows;
}

void MemberReports::addRfm(MemberReport &r) const
{
    // Whole numbers throughout: a buyer is above average when their figure times the number
    // of buyers reaches the sum of everyone's.
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "WITH buyers AS MATERIALIZED (SELECT member_id, CAST(julianday(?) - "
            "julianday(max(CASE WHEN kind = 'sale' THEN business_day END)) AS INTEGER) AS "
            "recency, sum(kind = 'sale') AS visits, sum(total_fen) AS spend FROM sales "
            "WHERE member_id IS NOT NULL AND business_day >= ? AND business_day <= ? "
            "GROUP BY member_id HAVING visits > 0), "
            "sums AS (SELECT count(*) AS n, sum(recency) AS r, sum(visits) AS f, sum(spend) AS m "
            "FROM buyers) "
            "SELECT b.recency * s.n <= s.r, b.visits * s.n >= s.f, b.spend * s.n >= s.m, "
            "count(*), sum(b.visits), sum(b.spend), s.n, s.r, s.f, s.m FROM buyers b, sums s "
            "GROUP BY 1, 2, 3"),
        {r.period.to.toString(Qt::ISODate), r.period.from.toString(Qt::ISODate),
         r.period.to.toString(Qt::ISODate)});
    QList<RfmSegment> segments;
    for (bool valuable : {true, false}) {
        for (auto [recent, frequent] : {std::pair{true, true}, std::pair{true, false},
                                        std::pair{false, true}, std::pair{false, false}}) {
            RfmSegment s;
            s.recent = recent;
            s.frequent = frequent;
            s.valuable = valuable;
            segments.append(s);
        }
    }
    while (q.next()) {
        for (RfmSegment &s : segments) {
            if (s.recent == q.value(0).toBool() && s.frequent == q.value(1).toBool() &&
                s.valuable == q.value(2).toBool()) {
                s.members = at(q, 3);
                s.visits = at(q, 4);
                s.spend = Money::fromFen(at(q, 5));
            }
        }
        r.rfmAverages = {at(q, 6), at(q, 7), at(q, 8), Money::fromFen(at(q, 9))};
    }
    r.rfm = segments;
}

void MemberReports::addTiers(MemberReport &r) const
{
    const QList<TierLevel> levels = m_rules.current().rules.tiers;
    const auto name = [&](int tier) {
        return levels.value(tier).name;
    };
    for (int i = 0; i < levels.size(); ++i)
        r.tiers.append({i, levels[i].name, 0, 0, {}});
    const auto rowOf = [&](int tier) -> TierRow & {
        for (TierRow &row : r.tiers) {
            if (row.tier == tier)
                return row;
        }
        r.tiers.append({tier, name(tier), 0, 0, {}}); // a tier the rules no longer have
        return r.tiers.last();
    };
    QSqlQuery members = m_db.exec(QStringLiteral("SELECT tier, count(*) FROM members GROUP BY "
                                                 "tier"));
    while (members.next())
        rowOf(members.value(0).toInt()).members = at(members, 1);
    QSqlQuery visits = m_db.exec(
        QStringLiteral("SELECT tier, sum(receipts), sum(total_fen) FROM report_sales WHERE "
                       "business_day >= ? AND business_day <= ? AND tier >= 0 AND kind = 'sale' "
                       "GROUP BY tier"),
        {r.period.from.toString(Qt::ISODate), r.period.to.toString(Qt::ISODate)});
    while (visits.next()) {
        TierRow &row = rowOf(visits.value(0).toInt());
        row.visits = at(visits, 1);
        row.net = Money::fromFen(at(visits, 2));
    }

    const QTimeZone zone = m_loyalty.zone();
    QSqlQuery moves = m_db.exec(
        QStringLiteral("SELECT from_tier, to_tier, count(*) FROM tier_changes WHERE at >= ? AND "
                       "at < ? GROUP BY 1, 2 ORDER BY 1, 2"),
        {storedTimestamp(r.period.startUtc(zone)), storedTimestamp(r.period.endUtc(zone))});
    while (moves.next()) {
        TierMove m{moves.value(0).toInt(), moves.value(1).toInt(), {}, {}, at(moves, 2)};
        m.fromName = name(m.from);
        m.toName = name(m.to);
        (m.to > m.from ? r.upgrades : r.downgrades) += m.members;
        r.moves.append(m);
    }
}

} // namespace storedesk::core
