#include "memberdirectory.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/rulebook.h"
#include "memberregistry.h"
#include "memberrow.h"

#include <QSet>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr int kMaxDays = 36600;

void requireDays(int days, const char *field)
{
    if (days < 0 || days > kMaxDays) {
        throw Error(
            ErrorCode::InvalidArgument,
            MemberRegistry::tr("A number of days is a whole number from 0 to %1.").arg(kMaxDays),
            QString::fromLatin1(field));
    }
}

/// "MM-DD" of every day in [from, to], with 29 February added when 28 February of a common
/// year is among them: those members celebrate on the 28th then.
QStringList monthDays(const QDate &from, const QDate &to)
{
    QStringList out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        out.append(d.toString(QStringLiteral("MM-dd")));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            out.append(QStringLiteral("02-29"));
    }
    return out;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

MemberDirectory::MemberDirectory(Database &db, const Clock &clock, const LoyaltyService &loyalty,
                                 RuleBook &rules)
    : m_db(db)
    , m_clock(clock)
    , m_loyalty(loyalty)
    , m_rules(rules)
{}

MemberDirectory::Where MemberDirectory::where(const MemberListFilter &filter) const
{
    requireDays(filter.sleepingDays, "sleeping");
    requireDays(filter.expiringWithinDays, "expiring");
    Where w;
    QStringList terms{QStringLiteral("m.deleted_at IS NULL")}; // forgotten members are gone
    const auto add = [&](const QString &sql, std::initializer_list<QVariant> values) {
        terms.append(sql);
        for (const QVariant &v : values)
            w.values.append(v);
    };

    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The search box's meanings, any of which may match: each is an index lookup, and
        // SQLite answers the OR with one lookup per term.
        QStringList any;
        QVariantList anyValues;
        if (auto phone = PhoneNumber::parse(text)) {
            any.append(QStringLiteral("m.phone = ?"));
            anyValues.append(phone->digits());
        }
        any.append(QStringLiteral("m.card_no = ?"));
        anyValues.append(text);
        if (auto digits = lastFourQuery(text)) {
            any.append(QStringLiteral("substr(m.phone, 8, 4) = ?"));
            anyValues.append(*digits);
        }
        bool digitsOnly = true;
        for (QChar c : text)
            digitsOnly = digitsOnly && (c.isDigit() || c == u' ' || c == u'-' || c == u'+');
        if (!digitsOnly) {
            const QString prefix = text.simplified();
            any.append(QStringLiteral("(m.name >= ? AND m.name < ?)"));
            anyValues.append(prefix);
            anyValues.append(prefixRangeEnd(prefix));
        }
        terms.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
        w.values += anyValues;
    }
    if (filter.tier)
        add(QStringLiteral("m.tier = ?"), {*filter.tier});
    if (!filter.tag.trimmed().isEmpty()) {
        add(QStringLiteral("m.id IN (SELECT t.member_id FROM member_tags t WHERE t.tag = ?)"),
            {filter.tag.simplified()});
    }
    if (filter.status) {
        add(QStringLiteral("m.status = ?"),
            {filter.status == MemberStatus::Frozen ? QStringLiteral("frozen")
                                                   : QStringLiteral("active")});
    }
    const QDateTime now = m_clock.now();
    if (filter.sleepingDays > 0) {
        // A member who never bought has been asleep since joining.
        add(QStringLiteral("coalesce(m.last_sale_at, m.joined_at) < ?"),
            {storedTimestamp(now.addDays(-filter.sleepingDays))});
    }
    if (filter.birthday != BirthdayWindow::Any) {
        const QDate today = now.toTimeZone(m_loyalty.zone()).date();
        if (filter.birthday == BirthdayWindow::ThisMonth) {
            add(QStringLiteral("substr(m.birthday, 6, 2) = ?"),
                {QStringLiteral("%1").arg(today.month(), 2, 10, QChar(u'0'))});
        } else {
            const QDate monday = today.addDays(1 - today.dayOfWeek());
            const QStringList days = monthDays(monday, monday.addDays(6));
            QSet<QString> months;
            for (const QString &d : days)
                months.insert(d.left(2));
            // The month term lets SQLite use the birthday-month index; the day term decides.
            terms.append(QStringLiteral("substr(m.birthday, 6, 2) IN (%1) AND "
                                        "substr(m.birthday, 6, 5) IN (%2)")
                             .arg(placeholders(months.size()), placeholders(days.size())));
            QStringList sortedMonths(months.cbegin(), months.cend());
            sortedMonths.sort();
            for (const QString &m : sortedMonths)
                w.values.append(m);
            for (const QString &d : days)
                w.values.append(d);
        }
    }
    if (filter.expiringWithinDays > 0) {
        // Lots with points left that lapse in the window (the ledger's own definition).
        add(QStringLiteral(
                "m.id IN (SELECT l.member_id FROM points_ledger l WHERE l.points > 0 AND "
                "l.expires_at > ? AND l.expires_at <= ? AND l.points > coalesce((SELECT "
                "sum(a.points) FROM points_allocations a WHERE a.credit_id = l.id), 0))"),
            {storedTimestamp(now), storedTimestamp(now.addDays(filter.expiringWithinDays))});
    }
    if (filter.nearTier) {
        // The window's spend per member (refunds taken off), against the next tier's threshold
        // for the tier each member is in; the top tier has no next one.
        const Rules rules = m_rules.current().rules;
        QString floor = QStringLiteral("CASE mm.tier");
        QString ceiling = QStringLiteral("CASE mm.tier");
        for (int t = 0; t + 1 < rules.tiers.size(); ++t) {
            const qint64 next = rules.tiers[t + 1].minSpend.fen();
            floor += QStringLiteral(" WHEN %1 THEN %2").arg(t).arg(next * kNearTierPercent / 100);
            ceiling += QStringLiteral(" WHEN %1 THEN %2").arg(t).arg(next);
        }
        floor += QStringLiteral(" END");
        ceiling += QStringLiteral(" END");
        const QDateTime start =
            now.toTimeZone(m_loyalty.zone()).addMonths(-rules.tierWindowMonths).toUTC();
        add(QStringLiteral("m.id IN (SELECT s.member_id FROM sales s JOIN members mm ON mm.id = "
                           "s.member_id WHERE s.created_at > ? AND s.created_at <= ? GROUP BY "
                           "s.member_id HAVING sum(s.qualifying_fen) >= %1 AND "
                           "sum(s.qualifying_fen) < %2)")
                .arg(floor, ceiling),
            {storedTimestamp(start), storedTimestamp(now)});
    }
    w.sql = terms.join(QStringLiteral(" AND "));
    return w;
}

QList<MemberSummary> MemberDirectory::select(const Where &w, const QString &tail, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT %1, m.tier, m.points_balance, m.stored_paid_fen + "
            "m.stored_bonus_fen, m.last_sale_at, m.stored_bonus_fen FROM members m WHERE %2 %3 "
            "LIMIT %4")
            .arg(memberColumns(), w.sql, tail)
            .arg(limit));
    for (int i = 0; i < w.values.size(); ++i)
        q.bindValue(i, w.values[i]);
    m_db.exec(q);
    QList<MemberSummary> out;
    constexpr int k = kMemberColumnCount;
    while (q.next()) {
        MemberSummary s;
        s.member = readMember(q);
        s.tier = q.value(k).toInt();
        s.points = q.value(k + 1).toLongLong();
        s.storedValue = Money::fromFen(q.value(k + 2).toLongLong());
        if (!q.value(k + 3).isNull())
            s.lastSaleAt = fromStoredTimestamp(q.value(k + 3).toString());
        s.storedBonus = Money::fromFen(q.value(k + 4).toLongLong());
        out.append(s);
    }
    return out;
}

QList<MemberSummary> MemberDirectory::page(const MemberListFilter &filter, MemberId after,
                                           int limit) const
{
    Where w = where(filter);
    if (after > 0) {
        w.sql += QStringLiteral(" AND m.id < ?");
        w.values.append(after);
    }
    return select(w, QStringLiteral("ORDER BY m.id DESC"), qBound(1, limit, 10000));
}

qint64 MemberDirectory::count(const MemberListFilter &filter) const
{
    const Where w = where(filter);
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM members m WHERE %1").arg(w.sql));
    for (int i = 0; i < w.values.size(); ++i)
        q.bindValue(i, w.values[i]);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<MemberSummary> MemberDirectory::row(MemberId id, const MemberListFilter &filter) const
{
    Where w = where(filter);
    w.sql += QStringLiteral(" AND m.id = ?");
    w.values.append(id);
    const QList<MemberSummary> found = select(w, {}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<MemberSummary>(found.first());
}

QList<std::pair<QString, qint64>> MemberDirectory::tags() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT tag, count(*) FROM member_tags GROUP BY tag "
                                           "ORDER BY count(*) DESC, tag"));
    QList<std::pair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

} // namespace storedesk::core
