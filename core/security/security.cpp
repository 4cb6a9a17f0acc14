#include "security.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "security/secrets.h"

#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr int kMaxNameLength = 40;

const QString kUserColumns =
    QStringLiteral("id, name, role, active, failed_attempts, locked_until, created_at");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = Roles::parse(q.value(2).toString()).value_or(Role::Cashier);
    u.active = q.value(3).toBool();
    u.failedAttempts = q.value(4).toInt();
    if (!q.value(5).isNull())
        u.lockedUntil = fromStoredTimestamp(q.value(5).toString());
    u.createdAt = fromStoredTimestamp(q.value(6).toString());
    return u;
}

QJsonObject describe(const User &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("role"), Roles::code(u.role)},
            {QStringLiteral("active"), u.active}};
}

QString subjectOf(const User &u)
{
    return QStringLiteral("user:") + u.name;
}

} // namespace

Security::Security(Database &db, const Clock &clock, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

bool Security::hasUsers() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE active)"));
    return q.next() && q.value(0).toBool();
}

QList<User> Security::users() const
{
    QList<User> list;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM users ORDER BY active DESC, name").arg(kUserColumns));
    while (q.next())
        list.append(readUser(q));
    return list;
}

User Security::user(const QString &name) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM users WHERE name = ? COLLATE NOCASE").arg(kUserColumns),
        {name.trimmed()});
    if (!q.next())
        throw Error(ErrorCode::UnknownUser, tr("There is no user called “%1”.").arg(name));
    return readUser(q);
}

User Security::userById(qint64 id) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id});
    if (!q.next())
        throw Error(ErrorCode::UnknownUser, tr("There is no user number %1.").arg(id));
    return readUser(q);
}

void Security::checkName(const QString &name, qint64 exceptId) const
{
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        throw Error(ErrorCode::InvalidName,
                    tr("A user's name has 1 to %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("name"));
    }
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE name = ? COLLATE NOCASE AND id <> ?"),
                  {name, exceptId});
    if (q.next()) {
        throw Error(ErrorCode::DuplicateUser, tr("There is already a user called “%1”.").arg(name),
                    QStringLiteral("name"));
    }
}

qint64 Security::activeOwners() const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM users WHERE active AND role = 'owner'"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

User Security::addUser(const QString &name, Role role, const QString &secret)
{
    const QString trimmed = name.simplified();
    const bool first = !hasUsers();
    if (first && role != Role::Owner) {
        throw Error(ErrorCode::InvalidArgument,
                    tr("The first user is the store's owner: add the owner before anyone else."),
                    QStringLiteral("role"));
    }
    const Actor by = first ? actor() : require(Permission::UsersManage);
    checkName(trimmed, 0);
    Secrets::checkStrength(secret);
    const QString hash = Secrets::hash(secret);
    const QString now = storedTimestamp(m_clock.now());
    User added;
    {
        Transaction tx(m_db);
        checkName(trimmed, 0);
        m_db.exec(QStringLiteral("INSERT INTO users (name, role, secret_hash, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?)"),
                  {trimmed, Roles::code(role), hash, now, now});
        added = user(trimmed);
        m_audit.record(by, QStringLiteral("user_added"), subjectOf(added),
                       {{QStringLiteral("after"), describe(added)}});
        tx.commit();
    }
    emit usersChanged();
    return added;
}

User Security::changeUser(qint64 id, const UserChange &change)
{
    const Actor by = require(Permission::UsersManage);
    User changed;
    {
        Transaction tx(m_db);
        const User before = userById(id);
        changed = before;
        if (change.name) {
            changed.name = change.name->simplified();
            checkName(changed.name, id);
        }
        if (change.role)
            changed.role = *change.role;
        if (change.active)
            changed.active = *change.active;
        const bool wasOwner = before.active && before.role == Role::Owner;
        const bool isOwner = changed.active && changed.role == Role::Owner;
        if (wasOwner && !isOwner && activeOwners() <= 1) {
            throw Error(ErrorCode::LastOwner,
                        tr("%1 is the store's only owner. Make someone else an owner first.")
                            .arg(before.name));
        }
        m_db.exec(QStringLiteral("UPDATE users SET name = ?, role = ?, active = ?, updated_at = ? "
                                 "WHERE id = ?"),
                  {changed.name, Roles::code(changed.role), changed.active,
                   storedTimestamp(m_clock.now()), id});
        m_audit.record(by, QStringLiteral("user_changed"), subjectOf(changed),
                       {{QStringLiteral("before"), describe(before)},
                        {QStringLiteral("after"), describe(changed)}});
        tx.commit();
    }
    if (m_current && m_current->id == id) {
        if (changed.active)
            m_current = changed;
        else
            m_current.reset();
        emit sessionChanged();
    }
    emit usersChanged();
    return changed;
}

void Security::resetSecret(qint64 id, const QString &secret)
{
    const Actor by = require(Permission::UsersManage);
    Secrets::checkStrength(secret);
    const QString hash = Secrets::hash(secret);
    Transaction tx(m_db);
    const User u = userById(id);
    m_db.exec(QStringLiteral("UPDATE users SET secret_hash = ?, failed_attempts = 0, "
                             "locked_until = NULL, updated_at = ? WHERE id = ?"),
              {hash, storedTimestamp(m_clock.now()), id});
    m_audit.record(by, QStringLiteral("pin_reset"), subjectOf(u));
    tx.commit();
}

void Security::changeOwnSecret(const QString &current, const QString &next)
{
    if (!m_current)
        throw Error(ErrorCode::SignInRequired, tr("Sign in first to change your PIN."));
    Secrets::checkStrength(next);
    authenticate(m_current->name, current);
    const QString hash = Secrets::hash(next);
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE users SET secret_hash = ?, updated_at = ? WHERE id = ?"),
              {hash, storedTimestamp(m_clock.now()), m_current->id});
    m_audit.record(actor(), QStringLiteral("pin_changed"), subjectOf(*m_current));
    tx.commit();
}

void Security::unlock(qint64 id)
{
    const Actor by = require(Permission::UsersManage);
    Transaction tx(m_db);
    const User u = userById(id);
    m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE "
                             "id = ?"),
              {id});
    m_audit.record(by, QStringLiteral("user_unlocked"), subjectOf(u));
    tx.commit();
    emit usersChanged();
}

User Security::authenticate(const QString &name, const QString &secret)
{
    const User u = user(name);
    if (!u.active)
        throw Error(ErrorCode::UnknownUser, tr("%1 can no longer sign in.").arg(u.name));
    const QDateTime now = m_clock.now();
    if (u.lockedAt(now)) {
        throw Error(ErrorCode::UserLocked,
                    tr("%1 is locked after %2 wrong tries, until %3. A manager can unlock it.")
                        .arg(u.name)
                        .arg(kMaxTries)
                        .arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    QSqlQuery stored =
        m_db.exec(QStringLiteral("SELECT secret_hash FROM users WHERE id = ?"), {u.id});
    const QString hash = stored.next() ? stored.value(0).toString() : QString();
    const bool right = Secrets::verify(hash, secret);
    const Actor who{u.id, u.name, 0, {}};
    Transaction tx(m_db);
    if (right) {
        m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL "
                                 "WHERE id = ?"),
                  {u.id});
        if (Secrets::needsRehash(hash)) {
            m_db.exec(QStringLiteral("UPDATE users SET secret_hash = ? WHERE id = ?"),
                      {Secrets::hash(secret), u.id});
        }
        tx.commit();
        return userById(u.id);
    }
    m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ?"),
              {u.id});
    const int tries = userById(u.id).failedAttempts;
    if (tries >= kMaxTries) {
        const QDateTime until = now.addSecs(qint64(kLockMinutes) * 60);
        m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE "
                                 "id = ?"),
                  {storedTimestamp(until), u.id});
        m_audit.record(who, QStringLiteral("user_locked"), subjectOf(u),
                       {{QStringLiteral("tries"), tries}});
        tx.commit();
        emit usersChanged();
        throw Error(ErrorCode::UserLocked,
                    tr("Wrong PIN again: after %1 wrong tries %2 is locked for %3 minutes.")
                        .arg(tries)
                        .arg(u.name)
                        .arg(kLockMinutes));
    }
    m_audit.record(who, QStringLiteral("sign_in_failed"), subjectOf(u),
                   {{QStringLiteral("tries"), tries}});
    tx.commit();
    throw Error(ErrorCode::WrongPin,
                tr("Wrong PIN for %1. %n more tries before it locks.", nullptr, kMaxTries - tries)
                    .arg(u.name),
                QStringLiteral("pin"));
}

User Security::signIn(const QString &name, const QString &secret)
{
    const User u = authenticate(name, secret);
    m_current = u;
    m_approvals.clear();
    m_audit.record(actor(), QStringLiteral("sign_in"), subjectOf(u));
    emit sessionChanged();
    return u;
}

void Security::signOut()
{
    if (!m_current)
        return;
    m_audit.record(actor(), QStringLiteral("sign_out"), subjectOf(*m_current));
    m_current.reset();
    m_approvals.clear();
    emit sessionChanged();
}

void Security::endSession()
{
    m_current.reset();
    m_approvals.clear();
    emit sessionChanged();
    emit usersChanged();
}

bool Security::allows(Permission permission) const
{
    if (!hasUsers())
        return true;
    return m_current && m_current->active && Roles::allows(m_current->role, permission);
}

bool Security::canAct(Permission permission) const
{
    if (allows(permission))
        return true;
    const QDateTime now = m_clock.now();
    for (const Approval &a : m_approvals) {
        if (a.permission == permission && a.at.secsTo(now) <= qint64(kApprovalMinutes) * 60)
            return true;
    }
    return false;
}

Actor Security::actor() const
{
    return m_current ? Actor{m_current->id, m_current->name, 0, {}} : Actor{};
}

Actor Security::require(Permission permission)
{
    if (!hasUsers())
        return actor();
    if (!m_current) {
        throw Error(ErrorCode::SignInRequired,
                    tr("Sign in first: only a user allowed to %1 may do this.")
                        .arg(Roles::name(permission)),
                    Roles::code(permission));
    }
    // The user may have been changed by another program (or another window) meanwhile.
    const User fresh = userById(m_current->id);
    if (!fresh.active) {
        m_current.reset();
        emit sessionChanged();
        throw Error(ErrorCode::SignInRequired,
                    tr("%1 can no longer sign in. Sign in as someone else.").arg(fresh.name),
                    Roles::code(permission));
    }
    m_current = fresh;
    if (Roles::allows(fresh.role, permission))
        return actor();
    const QDateTime now = m_clock.now();
    for (auto it = m_approvals.begin(); it != m_approvals.end(); ++it) {
        if (it->permission != permission || it->at.secsTo(now) > qint64(kApprovalMinutes) * 60)
            continue;
        Actor approved = actor();
        approved.approverId = it->approverId;
        approved.approverName = it->approverName;
        m_approvals.erase(it);
        return approved;
    }
    throw Error(ErrorCode::PermissionDenied,
                tr("%1 (%2) may not %3. A manager can approve it.")
                    .arg(fresh.name, Roles::name(fresh.role), Roles::name(permission)),
                Roles::code(permission));
}

Actor Security::approve(const QString &name, const QString &secret, Permission permission)
{
    const User approver = authenticate(name, secret);
    if (!Roles::allows(approver.role, permission)) {
        throw Error(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not %3 either, so cannot approve it.")
                        .arg(approver.name, Roles::name(approver.role), Roles::name(permission)),
                    Roles::code(permission));
    }
    m_approvals.append({approver.id, approver.name, permission, m_clock.now()});
    Actor approved = actor();
    approved.approverId = approver.id;
    approved.approverName = approver.name;
    return approved;
}

void Security::dropApprovals()
{
    m_approvals.clear();
}

QList<AuditEntry> Security::auditEntries(const AuditFilter &filter)
{
    require(Permission::AuditView);
    return m_audit.list(filter);
}

AuditCheck Security::verifyAudit()
{
    require(Permission::AuditView);
    return m_audit.verify();
}

} // namespace storedesk::core
