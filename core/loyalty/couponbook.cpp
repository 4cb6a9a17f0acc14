#include "couponbook.h"

#include "catalog/catalog.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/loyaltyservice.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.code, c.template_id, t.name, c.member_id, c.source, c.issued_at, c.valid_from, "
    "c.valid_until, c.status, c.sale_id, c.used_at");

Coupon readCoupon(const QSqlQuery &q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.templateId = q.value(2).toLongLong();
    c.templateName = q.value(3).toString();
    c.member = q.value(4).toLongLong();
    c.source = q.value(5).toString();
    c.issuedAt = fromStoredTimestamp(q.value(6).toString());
    c.validFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.validUntil = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    const QString status = q.value(9).toString();
    c.status = status == u"used"   ? Coupon::Status::Used
               : status == u"void" ? Coupon::Status::Void
                                   : Coupon::Status::Issued;
    c.saleId = q.value(10).toLongLong();
    if (!q.value(11).isNull())
        c.usedAt = fromStoredTimestamp(q.value(11).toString());
    return c;
}

CouponTemplate readTemplate(const QSqlQuery &q)
{
    CouponTemplate t =
        CouponTemplate::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    t.id = q.value(0).toLongLong();
    t.active = q.value(2).toInt() != 0;
    return t;
}

} // namespace

QString couponSourceCode(CouponSource source)
{
    switch (source) {
    case CouponSource::Manual:
        return QStringLiteral("manual");
    case CouponSource::Welcome:
        return QStringLiteral("welcome");
    case CouponSource::Birthday:
        return QStringLiteral("birthday");
    case CouponSource::Referral:
        return QStringLiteral("referral");
    }
    return {};
}

QString couponStatusCode(Coupon::Status status)
{
    switch (status) {
    case Coupon::Status::Issued:
        return QStringLiteral("issued");
    case Coupon::Status::Used:
        return QStringLiteral("used");
    case Coupon::Status::Void:
        return QStringLiteral("void");
    }
    return {};
}

CouponBook::CouponBook(Database &db, const Clock &clock, const LoyaltyService &loyalty,
                       const Catalog &catalog, Security &security, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_loyalty(loyalty)
    , m_catalog(catalog)
    , m_security(security)
{}

QDate CouponBook::today() const
{
    return m_clock.now().toTimeZone(m_loyalty.zone()).date();
}

bool CouponBook::looksLikeCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^CP-[0-9A-Z]{4}-[0-9A-Z]{4}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text.trimmed()).hasMatch();
}

QString CouponBook::newCode() const
{
    // Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not mistaken.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (;;) {
        QString code = QStringLiteral("CP-");
        for (int i = 0; i < 8; ++i) {
            if (i == 4)
                code += u'-';
            code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
        }
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM coupons WHERE code = ?"), {code});
        if (!q.next())
            return code;
    }
}

CouponTemplate CouponBook::addTemplate(const QJsonObject &document)
{
    CouponTemplate t = CouponTemplate::fromJson(document);
    const Actor by = m_security.require(Permission::Marketing);
    if (t.kind == CouponKind::Gift && !m_catalog.byBarcode(Barcode::fromNormalized(t.gift))) {
        throw Error(ErrorCode::InvalidCouponTemplate,
                    CouponBook::tr("The coupon template is not valid: no product has the barcode "
                                   "%1 to give.")
                        .arg(t.gift),
                    QStringLiteral("gift"));
    }
    Transaction tx(m_db);
    QSqlQuery taken =
        m_db.exec(QStringLiteral("SELECT 1 FROM coupon_templates WHERE name = ?"), {t.name});
    if (taken.next()) {
        throw Error(ErrorCode::InvalidCouponTemplate,
                    CouponBook::tr("There is already a coupon template called %1.").arg(t.name),
                    QStringLiteral("name"));
    }
    const QString stamp = storedTimestamp(m_clock.now());
    CouponTemplate stored = t;
    stored.active = true;
    QJsonObject body = t.toJson();
    body.remove(QStringLiteral("active"));
    m_db.exec(QStringLiteral("INSERT INTO coupon_templates (name, document, auto_issue, active, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
              {t.name, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
               autoIssueCode(t.autoIssue), t.active ? 1 : 0, stamp, stamp});
    t.id = m_db.lastInsertId();
    m_security.audit().record(by, QStringLiteral("coupon_template_added"),
                              QStringLiteral("coupon_template:") + t.name,
                              {{QStringLiteral("after"), body}});
    tx.commit();
    emit templatesChanged();
    return t;
}

CouponTemplate CouponBook::setTemplateActive(qint64 id, bool active)
{
    const Actor by = m_security.require(Permission::Marketing);
    Transaction tx(m_db);
    findTemplate(QString::number(id)); // not_found
    m_db.exec(QStringLiteral("UPDATE coupon_templates SET active = ?, updated_at = ? WHERE id = ?"),
              {active ? 1 : 0, storedTimestamp(m_clock.now()), id});
    const CouponTemplate t = findTemplate(QString::number(id));
    m_security.audit().record(
        by, active ? QStringLiteral("coupon_template_on") : QStringLiteral("coupon_template_off"),
        QStringLiteral("coupon_template:") + t.name);
    tx.commit();
    emit templatesChanged();
    return t;
}

QList<CouponTemplate> CouponBook::templates() const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, document, active FROM coupon_templates ORDER BY name"));
    QList<CouponTemplate> out;
    while (q.next())
        out.append(readTemplate(q));
    return out;
}

QHash<qint64, CouponBook::TemplateCounts> CouponBook::counts() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT template_id, count(*), count(*) FILTER (WHERE "
                                           "status = 'used') FROM coupons GROUP BY template_id"));
    QHash<qint64, TemplateCounts> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

CouponTemplate CouponBook::findTemplate(const QString &nameOrId) const
{
    const QString key = nameOrId.trimmed();
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, document, active FROM coupon_templates "
                                           "WHERE name = ? OR id = ? ORDER BY name = ? DESC"),
                            {key, isId ? QVariant(id) : QVariant(), key});
    if (!q.next()) {
        throw Error(ErrorCode::NotFound, CouponBook::tr("There is no coupon template %1.").arg(key),
                    QStringLiteral("template"));
    }
    return readTemplate(q);
}

Coupon CouponBook::issue(qint64 templateId, MemberId member, CouponSource source)
{
    if (source != CouponSource::Manual)
        return put(templateId, member, source);
    const Actor by = m_security.require(Permission::Marketing);
    Transaction tx(m_db);
    const Coupon coupon = put(templateId, member, source);
    m_security.audit().record(
        by, QStringLiteral("coupons_issued"),
        QStringLiteral("coupon_template:") + coupon.templateName,
        {{QStringLiteral("count"), 1},
         {QStringLiteral("to"),
          member > 0 ? m_security.audit().memberSubject(member) : QStringLiteral("anonymous")}});
    tx.commit();
    return coupon;
}

Coupon CouponBook::put(qint64 templateId, MemberId member, CouponSource source)
{
    Transaction tx(m_db);
    const CouponTemplate t = findTemplate(QString::number(templateId));
    if (!t.active) {
        throw Error(ErrorCode::InvalidArgument,
                    CouponBook::tr("The coupon template %1 is switched off.").arg(t.name),
                    QStringLiteral("template"));
    }
    if (member > 0) {
        QSqlQuery exists =
            m_db.exec(QStringLiteral("SELECT 1 FROM members WHERE id = ?"), {member});
        if (!exists.next()) {
            throw Error(ErrorCode::NotFound,
                        CouponBook::tr("There is no member number %1.").arg(member),
                        QStringLiteral("member"));
        }
    }
    const auto [from, until] = t.validity(today());
    const QString code = newCode();
    m_db.exec(QStringLiteral("INSERT INTO coupons (code, template_id, member_id, source, "
                             "issued_at, valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {code, t.id, member > 0 ? QVariant(member) : QVariant(), couponSourceCode(source),
               storedTimestamp(m_clock.now()), from.toString(Qt::ISODate),
               until.toString(Qt::ISODate)});
    const Coupon coupon = byCode(code);
    tx.commit();
    emit couponsChanged(member);
    return coupon;
}

QList<Coupon> CouponBook::issueToMembers(qint64 templateId, const QList<MemberId> &members)
{
    const Actor by = m_security.require(Permission::Marketing);
    QList<Coupon> out;
    {
        const QSignalBlocker quiet(this); // one signal per member, after the commit
        Transaction tx(m_db);
        for (MemberId m : members)
            out.append(put(templateId, m, CouponSource::Manual));
        if (!out.isEmpty()) {
            m_security.audit().record(by, QStringLiteral("coupons_issued"),
                                      QStringLiteral("coupon_template:") + out.first().templateName,
                                      {{QStringLiteral("count"), out.size()},
                                       {QStringLiteral("to"), QStringLiteral("members")}});
        }
        tx.commit();
    }
    for (const Coupon &c : out)
        emit couponsChanged(c.member);
    return out;
}

QList<CouponTemplate> CouponBook::autoTemplates(AutoIssue when) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, document, active FROM coupon_templates "
                                           "WHERE auto_issue = ? AND active = 1 ORDER BY id"),
                            {autoIssueCode(when)});
    QList<CouponTemplate> out;
    while (q.next())
        out.append(readTemplate(q));
    return out;
}

QList<Coupon> CouponBook::issueWelcome(MemberId member)
{
    QList<Coupon> out;
    Transaction tx(m_db);
    for (const CouponTemplate &t : autoTemplates(AutoIssue::Welcome))
        out.append(put(t.id, member, CouponSource::Welcome));
    tx.commit();
    return out;
}

QList<Coupon> CouponBook::issueReferral(MemberId referrer)
{
    QList<Coupon> out;
    for (const CouponTemplate &t : autoTemplates(AutoIssue::Referral))
        out.append(put(t.id, referrer, CouponSource::Referral));
    return out;
}

QList<Coupon> CouponBook::issueBirthdayCoupons(BirthdayRule::Scope scope)
{
    const QList<CouponTemplate> birthday = autoTemplates(AutoIssue::Birthday);
    if (birthday.isEmpty())
        return {};
    const QDate day = today();
    QList<Coupon> out;
    Transaction tx(m_db);
    // Members born this month with no birthday coupon issued this year yet. The coupon comes
    // when the birthday period starts — the 1st of the month, or the day itself — or on the
    // first day after that the store runs StoreDesk, so nobody is missed.
    const QString month = QStringLiteral("%1").arg(day.month(), 2, 10, QChar(u'0'));
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT m.id, m.birthday FROM members m WHERE substr(m.birthday, 6, 2) = ? "
                       "AND m.status = 'active' AND NOT EXISTS (SELECT 1 FROM coupons c WHERE "
                       "c.member_id = m.id AND c.source = 'birthday' AND c.issued_at >= ?)"),
        {month,
         storedTimestamp(QDateTime(QDate(day.year(), 1, 1), QTime(0, 0), m_loyalty.zone()))});
    QList<std::pair<MemberId, QDate>> due;
    while (q.next())
        due.append(
            {q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
    for (const auto &[member, born] : due) {
        if (scope == BirthdayRule::Scope::Day) {
            // 29 February is celebrated on the 28th in common years.
            const int bornDay =
                born.month() == 2 && born.day() == 29 && !QDate::isLeapYear(day.year())
                    ? 28
                    : born.day();
            if (day.day() < bornDay)
                continue;
        }
        for (const CouponTemplate &t : birthday)
            out.append(put(t.id, member, CouponSource::Birthday));
    }
    tx.commit();
    return out;
}

QList<Coupon> CouponBook::select(const QString &where, const QVariantList &values, int limit) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM coupons c JOIN coupon_templates t ON "
                                              "t.id = c.template_id WHERE %2 LIMIT %3")
                                   .arg(kColumns, where)
                                   .arg(limit));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    m_db.exec(q);
    QList<Coupon> out;
    while (q.next())
        out.append(readCoupon(q));
    return out;
}

Coupon CouponBook::byCode(const QString &code) const
{
    const QList<Coupon> found = select(QStringLiteral("c.code = ?"), {code.trimmed().toUpper()}, 1);
    if (found.isEmpty()) {
        throw Error(ErrorCode::UnknownCoupon,
                    CouponBook::tr("There is no coupon %1.").arg(code.trimmed()),
                    QStringLiteral("coupons"));
    }
    return found.first();
}

QList<Coupon> CouponBook::forMember(MemberId member, bool usableOnly) const
{
    if (!usableOnly)
        return select(QStringLiteral("c.member_id = ? ORDER BY c.id DESC"), {member}, 1000);
    const QString day = today().toString(Qt::ISODate);
    return select(QStringLiteral("c.member_id = ? AND c.status = 'issued' AND c.valid_from <= ? "
                                 "AND c.valid_until >= ? ORDER BY c.valid_until, c.id"),
                  {member, day, day}, 1000);
}

QList<Coupon> CouponBook::forSale(qint64 saleId) const
{
    return select(QStringLiteral("c.sale_id = ? ORDER BY c.id"), {saleId}, 100);
}

PricingCoupon CouponBook::redeemable(const QString &code, MemberId member) const
{
    const Coupon c = byCode(code);
    if (c.status != Coupon::Status::Issued) {
        throw Error(ErrorCode::CouponUsed,
                    c.status == Coupon::Status::Used
                        ? CouponBook::tr("Coupon %1 was already used.").arg(c.code)
                        : CouponBook::tr("Coupon %1 was cancelled.").arg(c.code),
                    QStringLiteral("coupons"));
    }
    const QDate day = today();
    if (day > c.validUntil) {
        throw Error(ErrorCode::CouponExpired,
                    CouponBook::tr("Coupon %1 expired on %2.")
                        .arg(c.code, c.validUntil.toString(Qt::ISODate)),
                    QStringLiteral("coupons"));
    }
    if (day < c.validFrom) {
        throw Error(ErrorCode::CouponNotStarted,
                    CouponBook::tr("Coupon %1 can be used from %2.")
                        .arg(c.code, c.validFrom.toString(Qt::ISODate)),
                    QStringLiteral("coupons"));
    }
    if (c.member > 0 && c.member != member) {
        throw Error(ErrorCode::CouponNotYours,
                    member > 0 ? CouponBook::tr("Coupon %1 belongs to another member.").arg(c.code)
                               : CouponBook::tr("Coupon %1 belongs to a member: attach them to "
                                                "the sale first.")
                                     .arg(c.code),
                    QStringLiteral("coupons"));
    }
    const CouponTemplate t = findTemplate(QString::number(c.templateId));
    PricingCoupon p;
    p.code = c.code;
    p.name = t.name;
    p.kind = t.kind;
    p.amount = t.amount;
    p.percent = t.percent;
    p.cap = t.cap;
    p.minSpend = t.minSpend;
    p.categories = t.categories;
    p.stacks = t.stacks;
    if (t.kind == CouponKind::Gift)
        p.gift = m_catalog.resolveBarcode(t.gift, ErrorCode::NotFound);
    return p;
}

void CouponBook::markUsed(const QStringList &codes, qint64 saleId)
{
    const QString stamp = storedTimestamp(m_clock.now());
    for (const QString &code : codes) {
        m_db.exec(QStringLiteral("UPDATE coupons SET status = 'used', sale_id = ?, used_at = ? "
                                 "WHERE code = ? AND status = 'issued'"),
                  {saleId, stamp, code});
    }
}

int CouponBook::restore(qint64 saleId)
{
    const QString day = today().toString(Qt::ISODate);
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE coupons SET status = 'issued', sale_id = NULL, "
                                           "used_at = NULL WHERE sale_id = ? AND status = 'used' "
                                           "AND valid_until >= ? RETURNING member_id"),
                            {saleId, day});
    int n = 0;
    QList<MemberId> members;
    while (q.next()) {
        ++n;
        members.append(q.value(0).toLongLong());
    }
    for (MemberId m : members)
        emit couponsChanged(m);
    return n;
}

} // namespace storedesk::core
