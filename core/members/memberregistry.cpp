#include "memberregistry.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "memberfields.h"
#include "memberrow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant birthdayValue(const QDate &day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

} // namespace

MemberRegistry::MemberRegistry(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

void MemberRegistry::requireUniquePhone(const PhoneNumber &phone, MemberId except) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id FROM members WHERE phone = ?"), {phone.digits()});
    if (q.next() && q.value(0).toLongLong() != except) {
        throw Error(ErrorCode::DuplicatePhone,
                    MemberRegistry::tr("%1 already belongs to a member.").arg(phone.digits()),
                    QStringLiteral("phone"));
    }
}

void MemberRegistry::requireUniqueCard(const QString &card, MemberId except) const
{
    if (card.isEmpty())
        return;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM members WHERE card_no = ?"), {card});
    if (q.next() && q.value(0).toLongLong() != except) {
        throw Error(ErrorCode::DuplicateCard,
                    MemberRegistry::tr("Card %1 already belongs to another member.").arg(card),
                    QStringLiteral("card"));
    }
}

Member MemberRegistry::add(const NewMember &request)
{
    const PhoneNumber phone = PhoneNumber::parseOrThrow(request.phone);
    const QString name = validMemberName(request.name);
    const Gender gender = validGender(request.gender);
    const QDateTime now = m_clock.now();
    const QDate birthday = validBirthday(request.birthday, now.date());
    const QString card = validCard(request.cardNo);
    const QString note = validMemberNote(request.note);
    QStringList tags;
    for (const QString &tag : request.tags)
        tags.append(validTag(tag));

    Transaction tx(m_db);
    requireUniquePhone(phone, 0);
    requireUniqueCard(card, 0);
    MemberId referrer = 0;
    if (!request.referredBy.trimmed().isEmpty()) {
        try {
            referrer = resolve(request.referredBy).id;
        } catch (const Error &e) {
            throw Error(e.code(), e.message(), QStringLiteral("referred_by"));
        }
    }
    const QString stamp = storedTimestamp(now);
    m_db.exec(QStringLiteral("INSERT INTO members (phone, name, gender, birthday, card_no, note, "
                             "status, joined_at, updated_at, referred_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)"),
              {phone.digits(), name, genderCode(gender), birthdayValue(birthday), nullIfEmpty(card),
               note, stamp, stamp, referrer > 0 ? QVariant(referrer) : QVariant()});
    const MemberId id = m_db.lastInsertId();
    for (const QString &tag : tags) {
        m_db.exec(
            QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)"),
            {id, tag});
    }
    if (m_joinHook)
        m_joinHook(id);
    Member member = get(id);
    tx.commit();
    emit memberAdded(id);
    return member;
}

Member MemberRegistry::update(MemberId id, const MemberChange &change)
{
    Transaction tx(m_db);
    Member m = get(id);
    if (change.phone) {
        m.phone = PhoneNumber::parseOrThrow(*change.phone);
        requireUniquePhone(m.phone, id);
    }
    if (change.name)
        m.name = validMemberName(*change.name);
    if (change.gender)
        m.gender = validGender(*change.gender);
    if (change.birthday)
        m.birthday = validBirthday(*change.birthday, m_clock.now().date());
    if (change.cardNo) {
        m.cardNo = validCard(*change.cardNo);
        requireUniqueCard(m.cardNo, id);
    }
    if (change.note)
        m.note = validMemberNote(*change.note);
    if (change.status)
        m.status = validStatus(*change.status);

    m_db.exec(QStringLiteral("UPDATE members SET phone = ?, name = ?, gender = ?, birthday = ?, "
                             "card_no = ?, note = ?, status = ?, updated_at = ? WHERE id = ?"),
              {m.phone.digits(), m.name, genderCode(m.gender), birthdayValue(m.birthday),
               nullIfEmpty(m.cardNo), m.note, statusCode(m.status), storedTimestamp(m_clock.now()),
               id});
    tx.commit();
    emit memberChanged(id);
    return m;
}

Member MemberRegistry::changeTags(MemberId id, const QStringList &add, const QStringList &remove)
{
    QStringList toAdd;
    QStringList toRemove;
    for (const QString &tag : add)
        toAdd.append(validTag(tag));
    for (const QString &tag : remove)
        toRemove.append(validTag(tag));

    Transaction tx(m_db);
    get(id); // not_found before anything is written
    for (const QString &tag : toRemove) {
        m_db.exec(QStringLiteral("DELETE FROM member_tags WHERE member_id = ? AND tag = ?"),
                  {id, tag});
    }
    for (const QString &tag : toAdd) {
        m_db.exec(
            QStringLiteral("INSERT OR IGNORE INTO member_tags (member_id, tag) VALUES (?, ?)"),
            {id, tag});
    }
    m_db.exec(QStringLiteral("UPDATE members SET updated_at = ? WHERE id = ?"),
              {storedTimestamp(m_clock.now()), id});
    Member member = get(id);
    tx.commit();
    emit memberChanged(id);
    return member;
}

QList<Member> MemberRegistry::select(const QString &where, const QVariantList &values,
                                     int limit) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM members m WHERE %2 LIMIT %3")
                                   .arg(memberColumns(), where)
                                   .arg(limit));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    m_db.exec(q);
    QList<Member> out;
    while (q.next())
        out.append(readMember(q));
    return out;
}

Member MemberRegistry::get(MemberId id) const
{
    const QList<Member> found = select(QStringLiteral("m.id = ?"), {id}, 1);
    if (found.isEmpty()) {
        throw Error(ErrorCode::NotFound,
                    MemberRegistry::tr("There is no member number %1.").arg(id));
    }
    return found.first();
}

std::optional<Member> MemberRegistry::byPhone(const PhoneNumber &phone) const
{
    const QList<Member> found = select(QStringLiteral("m.phone = ?"), {phone.digits()}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Member>(found.first());
}

std::optional<Member> MemberRegistry::byCard(const QString &cardNo) const
{
    const QString card = cardNo.trimmed();
    if (card.isEmpty())
        return std::nullopt;
    const QList<Member> found = select(QStringLiteral("m.card_no = ?"), {card}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Member>(found.first());
}

QList<Member> MemberRegistry::byLastFour(const QString &digits, int limit) const
{
    return select(QStringLiteral("substr(m.phone, 8, 4) = ? AND m.deleted_at IS NULL ORDER BY "
                                 "m.name, m.id"),
                  {digits}, limit);
}

QList<Member> MemberRegistry::byNamePrefix(const QString &prefix, int limit) const
{
    const QString p = prefix.simplified();
    if (p.isEmpty())
        return {};
    // A range on the name index: every name that starts with p sorts between p and p + U+10FFFF.
    return select(QStringLiteral("m.name >= ? AND m.name < ? AND m.deleted_at IS NULL ORDER BY "
                                 "m.name, m.id"),
                  {p, prefixRangeEnd(p)}, limit);
}

QList<Member> MemberRegistry::recent(int limit) const
{
    return select(QStringLiteral("m.deleted_at IS NULL ORDER BY m.joined_at DESC, m.id DESC"), {},
                  limit);
}

QList<Member> MemberRegistry::find(const QString &query, int limit) const
{
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        throw Error(ErrorCode::InvalidArgument,
                    MemberRegistry::tr(
                        "Enter a phone number, its last four digits, a card number or a name."),
                    QStringLiteral("query"));
    }
    QList<Member> out;
    auto append = [&](const QList<Member> &found) {
        for (const Member &m : found) {
            if (out.size() >= limit)
                return;
            const bool seen = std::any_of(out.cbegin(), out.cend(),
                                          [&](const Member &o) { return o.id == m.id; });
            if (!seen)
                out.append(m);
        }
    };
    if (auto phone = PhoneNumber::parse(text)) {
        if (auto m = byPhone(*phone))
            append({*m});
    }
    if (auto m = byCard(text))
        append({*m});
    if (auto digits = lastFourQuery(text))
        append(byLastFour(*digits, limit));
    bool digitsOnly = true;
    for (QChar c : text)
        digitsOnly = digitsOnly && (c.isDigit() || c == u' ' || c == u'-' || c == u'+');
    if (!digitsOnly)
        append(byNamePrefix(text, limit));
    return out;
}

Member MemberRegistry::resolve(const QString &phoneOrCard, ErrorCode ifMissing) const
{
    if (auto phone = PhoneNumber::parse(phoneOrCard)) {
        if (auto m = byPhone(*phone))
            return *m;
    }
    if (auto m = byCard(phoneOrCard))
        return *m;
    throw Error(ifMissing,
                MemberRegistry::tr("No member has the phone or card number “%1”.")
                    .arg(phoneOrCard.trimmed()),
                QStringLiteral("member"));
}

qint64 MemberRegistry::count() const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM members WHERE deleted_at IS NULL"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace storedesk::core
