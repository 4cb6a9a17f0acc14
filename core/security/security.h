// The people who use StoreDesk and who is at the till now: users with a role and a PIN, signing
// in and out, five wrong tries locking a user for a while, permission checks that the core's
// services make before acting, and a manager's approval given on the spot for one action.
//
// A store without users (a fresh one, before its owner is set up) lets everything through; its
// audit trail says that no one was signed in. Once a user exists, actions that need a
// permission need someone signed in who holds it, or an approval from someone who does.
#pragma once

#include "security/auditlog.h"
#include "security/roles.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;

struct User
{
    qint64 id = 0;
    QString name; ///< also the cashier's name on sales and reports
    Role role = Role::Cashier;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid when not locked
    QDateTime createdAt;

    bool lockedAt(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

struct UserChange
{
    std::optional<QString> name;
    std::optional<Role> role;
    std::optional<bool> active;
};

/// The cashier's name a sale records: the signed-in user's, else the name the caller gave.
inline QString cashierName(const Actor &actor, const QString &claimed)
{
    return actor.userId > 0 ? actor.name : claimed.trimmed();
}

class Security final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxTries = 5;
    static constexpr int kLockMinutes = 5;
    static constexpr int kApprovalMinutes = 10;

    Security(Database &db, const Clock &clock, AuditLog &audit, QObject *parent = nullptr);

    AuditLog &audit() { return m_audit; }

    /// Whether the store has any active user (then permissions are checked).
    bool hasUsers() const;
    QList<User> users() const;
    /// Throws unknown_user.
    User user(const QString &name) const;

    /// The first user must be the owner, and may be added by anyone; after that it takes
    /// users_manage. Throws invalid_name, duplicate_user, weak_pin, permission_denied.
    User addUser(const QString &name, Role role, const QString &secret);
    /// Throws last_owner when it would leave the store without an active owner.
    User changeUser(qint64 id, const UserChange &change);
    /// Sets another user's PIN (users_manage).
    void resetSecret(qint64 id, const QString &secret);
    /// The signed-in user changes their own PIN, giving the current one.
    void changeOwnSecret(const QString &current, const QString &next);
    void unlock(qint64 id);

    /// Throws unknown_user, user_locked or wrong_pin (saying how many tries are left).
    User signIn(const QString &name, const QString &secret);
    void signOut();
    /// Forgets who is signed in without a word on the trail: the store's books were replaced
    /// (a restore), and that user may not exist in them.
    void endSession();
    const std::optional<User> &current() const { return m_current; }

    /// Whether the signed-in user may do it (always in a store without users).
    bool allows(Permission permission) const;
    /// allows(), or an approval for it is waiting.
    bool canAct(Permission permission) const;
    /// Who is doing something that needs \a permission: the signed-in user, with the approver
    /// when an approval was used (it is used up). Throws sign_in_required or permission_denied
    /// (its field is the permission's word).
    Actor require(Permission permission);
    /// Who is doing something anyone may do, for the audit trail.
    Actor actor() const;
    /// \a name approves one action needing \a permission by the signed-in user, within
    /// kApprovalMinutes. Throws as signIn(), and permission_denied when \a name may not.
    Actor approve(const QString &name, const QString &secret, Permission permission);
    /// Forgets approvals not used (a cancelled sale, a user signing out).
    void dropApprovals();

    /// The audit trail (audit_view), newest first.
    QList<AuditEntry> auditEntries(const AuditFilter &filter);
    /// Walks the audit trail's chain (audit_view).
    AuditCheck verifyAudit();

signals:
    /// Someone signed in or out, or the user's role changed.
    void sessionChanged();
    void usersChanged();

private:
    struct Approval
    {
        qint64 approverId = 0;
        QString approverName;
        Permission permission;
        QDateTime at;
    };

    User userById(qint64 id) const;
    User authenticate(const QString &name, const QString &secret);
    void checkName(const QString &name, qint64 exceptId) const;
    qint64 activeOwners() const;

    Database &m_db;
    const Clock &m_clock;
    AuditLog &m_audit;
    std::optional<User> m_current;
    QList<Approval> m_approvals;
};

} // namespace storedesk::core
