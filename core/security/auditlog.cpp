#include "auditlog.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/phonenumber.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

const QString kGenesis(64, u'0');
const QString kHeadKey = QStringLiteral("audit.head");

struct StoredEntry
{
    qint64 id = 0;
    QString at;
    qint64 userId = 0;
    QString userName;
    qint64 approverId = 0;
    QString approverName;
    QString program;
    QString action;
    QString subject;
    QString detail; ///< compact JSON, exactly as stored
    QString prevHash;
    QString hash;
};

/// Every field with its length in front, so no two different entries hash the same text.
QString chainHash(const StoredEntry &e)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const auto add = [&sha](const QString &field) {
        const QByteArray bytes = field.toUtf8();
        sha.addData(QByteArray::number(bytes.size()) + ':');
        sha.addData(bytes);
    };
    add(e.prevHash);
    add(QString::number(e.id));
    add(e.at);
    add(QString::number(e.userId));
    add(e.userName);
    add(QString::number(e.approverId));
    add(e.approverName);
    add(e.program);
    add(e.action);
    add(e.subject);
    add(e.detail);
    return QString::fromLatin1(sha.result().toHex());
}

const QString kColumns = QStringLiteral(
    "id, at, coalesce(user_id, 0), user_name, coalesce(approver_id, 0), approver_name, program, "
    "action, subject, detail, prev_hash, hash");

StoredEntry readRow(const QSqlQuery &q)
{
    StoredEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.userId = q.value(2).toLongLong();
    e.userName = q.value(3).toString();
    e.approverId = q.value(4).toLongLong();
    e.approverName = q.value(5).toString();
    e.program = q.value(6).toString();
    e.action = q.value(7).toString();
    e.subject = q.value(8).toString();
    e.detail = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}

} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_program(QStringLiteral("storedesk"))
{}

qint64 AuditLog::record(const Actor &actor, const QString &action, const QString &subject,
                        const QJsonObject &detail)
{
    Transaction tx(m_db);
    StoredEntry e;
    QSqlQuery last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log "
                                              "ORDER BY id DESC LIMIT 1"));
    e.id = last.next() ? last.value(0).toLongLong() + 1 : 1;
    e.prevHash = e.id > 1 ? last.value(1).toString() : kGenesis;
    e.at = storedTimestamp(m_clock.now());
    e.userId = actor.userId;
    e.userName = actor.name;
    e.approverId = actor.approverId;
    e.approverName = actor.approverName;
    e.program = m_program;
    e.action = action;
    e.subject = subject;
    e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    e.hash = chainHash(e);
    m_db.exec(QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_name, approver_id, "
                             "approver_name, program, action, subject, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {e.id, e.at, idOrNull(e.userId), e.userName, idOrNull(e.approverId), e.approverName,
               e.program, e.action, e.subject, e.detail, e.prevHash, e.hash});
    m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {kHeadKey, QStringLiteral("%1:%2").arg(e.id).arg(e.hash)});
    tx.commit();
    return e.id;
}

QList<AuditEntry> AuditLog::list(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << storedTimestamp(filter.from);
    }
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << storedTimestamp(filter.until);
    }
    if (!filter.user.isEmpty()) {
        where << QStringLiteral("(user_name = ? COLLATE NOCASE OR approver_name = ? COLLATE "
                                "NOCASE)");
        values << filter.user << filter.user;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(instr(subject, ?) > 0 OR instr(detail, ?) > 0)");
        values << filter.text << filter.text;
    }
    if (filter.beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id DESC LIMIT ?")
                  .arg(kColumns, where.isEmpty() ? QString()
                                                 : QStringLiteral("WHERE ") +
                                                       where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(std::clamp(filter.limit, 1, 10000));
    m_db.exec(q);
    QList<AuditEntry> entries;
    while (q.next()) {
        const StoredEntry s = readRow(q);
        AuditEntry e;
        e.id = s.id;
        e.at = fromStoredTimestamp(s.at);
        e.actor = Actor{s.userId, s.userName, s.approverId, s.approverName};
        e.program = s.program;
        e.action = s.action;
        e.subject = s.subject;
        e.detail = QJsonDocument::fromJson(s.detail.toUtf8()).object();
        entries.append(e);
    }
    return entries;
}

QJsonObject AuditLog::changes(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject was;
    QJsonObject now;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            was.insert(it.key(), before.value(it.key()));
            now.insert(it.key(), it.value());
        }
    }
    return {{QStringLiteral("before"), was}, {QStringLiteral("after"), now}};
}

QString AuditLog::memberSubject(qint64 memberId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT phone FROM members WHERE id = ?"), {memberId});
    const QString phone = q.next() ? q.value(0).toString() : QString();
    return QStringLiteral("member:%1 %2")
        .arg(memberId)
        .arg(phone.size() == 11 ? PhoneNumber::fromNormalized(phone).masked() : QString())
        .trimmed();
}

QStringList AuditLog::actions() const
{
    QStringList actions;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY 1"));
    while (q.next())
        actions << q.value(0).toString();
    return actions;
}

QString AuditLog::actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("Wrong PIN")},
        {QStringLiteral("sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("user_locked"), QT_TR_NOOP("User locked")},
        {QStringLiteral("user_unlocked"), QT_TR_NOOP("User unlocked")},
        {QStringLiteral("user_added"), QT_TR_NOOP("User added")},
        {QStringLiteral("user_changed"), QT_TR_NOOP("User changed")},
        {QStringLiteral("pin_reset"), QT_TR_NOOP("PIN reset")},
        {QStringLiteral("pin_changed"), QT_TR_NOOP("PIN changed")},
        {QStringLiteral("refund"), QT_TR_NOOP("Return")},
        {QStringLiteral("price_override"), QT_TR_NOOP("Price changed at the till")},
        {QStringLiteral("manual_discount"), QT_TR_NOOP("Discount by hand")},
        {QStringLiteral("points_adjust"), QT_TR_NOOP("Points adjusted")},
        {QStringLiteral("stored_value_adjust"), QT_TR_NOOP("Bonus adjusted")},
        {QStringLiteral("stored_value_withdraw"), QT_TR_NOOP("Stored value paid back")},
        {QStringLiteral("member_deleted"), QT_TR_NOOP("Member deleted")},
        {QStringLiteral("members_merged"), QT_TR_NOOP("Members merged")},
        {QStringLiteral("product_added"), QT_TR_NOOP("Product added")},
        {QStringLiteral("product_changed"), QT_TR_NOOP("Product changed")},
        {QStringLiteral("stock_adjust"), QT_TR_NOOP("Stock corrected")},
        {QStringLiteral("rules_changed"), QT_TR_NOOP("Rules changed")},
        {QStringLiteral("settings_changed"), QT_TR_NOOP("Settings changed")},
        {QStringLiteral("coupon_template_added"), QT_TR_NOOP("Coupon template added")},
        {QStringLiteral("coupon_template_on"), QT_TR_NOOP("Coupon template on")},
        {QStringLiteral("coupon_template_off"), QT_TR_NOOP("Coupon template off")},
        {QStringLiteral("coupons_issued"), QT_TR_NOOP("Coupons issued")},
        {QStringLiteral("export_full_phones"), QT_TR_NOOP("Whole phone numbers exported")},
        {QStringLiteral("members_imported"), QT_TR_NOOP("Members imported")},
        {QStringLiteral("backup_restored"), QT_TR_NOOP("Backup restored")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : tr(*it);
}

AuditCheck AuditLog::verify() const
{
    AuditCheck check;
    const auto broken = [&check](qint64 id, const QString &problem) {
        check.intact = false;
        check.firstBadId = id;
        check.problem = problem;
        return check;
    };
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kColumns));
    QString previous = kGenesis;
    qint64 expectedId = 1;
    while (q.next()) {
        const StoredEntry e = readRow(q);
        ++check.entries;
        if (e.id != expectedId)
            return broken(expectedId, tr("Entry %1 is missing.").arg(expectedId));
        if (e.prevHash != previous) {
            return broken(e.id, tr("Entry %1 does not follow the entry before it: an entry was "
                                   "removed or changed.")
                                    .arg(e.id));
        }
        if (chainHash(e) != e.hash)
            return broken(e.id, tr("Entry %1 was changed after it was written.").arg(e.id));
        previous = e.hash;
        ++expectedId;
    }
    QSqlQuery head =
        m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kHeadKey});
    const QString expectedHead =
        check.entries == 0 ? QString() : QStringLiteral("%1:%2").arg(expectedId - 1).arg(previous);
    const QString storedHead = head.next() ? head.value(0).toString() : QString();
    if (storedHead != expectedHead) {
        return broken(expectedId, tr("The newest entries of the audit trail are missing (it "
                                     "ended with %1).")
                                      .arg(storedHead.section(u':', 0, 0)));
    }
    return check;
}

} // namespace storedesk::core
