// The audit trail: every sensitive action — who did it, who approved it, when, and what it
// changed — appended in the transaction of the action itself, so one never stands without the
// other. Each entry's hash covers the one before it; verify() walks the chain and finds an entry
// edited, removed or inserted behind the program's back.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace storedesk::core {

class Clock;
class Database;

/// Who acts: the signed-in user (none in a store without users) and whoever approved it.
struct Actor
{
    qint64 userId = 0; ///< 0: no one signed in
    QString name;
    qint64 approverId = 0;
    QString approverName;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    Actor actor;
    QString program; ///< "storedesk" or "storedeskctl"
    QString action;  ///< a stable word: "refund", "points_adjust", "sign_in_failed", …
    QString subject; ///< what it was done to: "sale:20261122-0001", "member:138****8000"
    QJsonObject detail;
};

struct AuditFilter
{
    QDateTime from;      ///< invalid: from the first entry
    QDateTime until;     ///< invalid: to the last (exclusive)
    QString user;        ///< the user's or the approver's name (empty: anyone)
    QString action;      ///< empty: every action
    QString text;        ///< found in the subject or the detail
    qint64 beforeId = 0; ///< paging: entries older than this one
    int limit = 200;
};

struct AuditCheck
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadId = 0; ///< the first entry that does not fit the chain (0 when intact)
    QString problem;       ///< translated, for people
};

class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::AuditLog)

public:
    AuditLog(Database &db, const Clock &clock);

    /// Which program writes the entries ("storedesk", "storedeskctl").
    void setProgram(const QString &program) { m_program = program; }
    /// Appends an entry inside the caller's Transaction (opens one when there is none).
    qint64 record(const Actor &actor, const QString &action, const QString &subject,
                  const QJsonObject &detail = {});
    /// Newest first.
    QList<AuditEntry> list(const AuditFilter &filter) const;
    /// {"before": {...}, "after": {...}} with only the keys whose values differ.
    static QJsonObject changes(const QJsonObject &before, const QJsonObject &after);
    /// How an entry names a member: "member:42 138****8000" — never the whole phone number.
    QString memberSubject(qint64 memberId) const;
    /// The actions the trail holds, for a filter's choices.
    QStringList actions() const;
    /// An action's word said for people ("Points adjusted"); an unknown word stays as it is.
    static QString actionName(const QString &action);
    /// Walks the whole chain.
    AuditCheck verify() const;

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_program;
};

} // namespace storedesk::core
