#include "rulebook.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

QString documentText(const Rules &rules)
{
    return QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
}

/// 0 when there is none. The query is finished on return: a statement left open would keep
/// this connection's read snapshot, and a write begun after it could fail or miss a version
/// another program has just stored.
int newestVersion(const Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT max(version) FROM rules"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

RuleBook::RuleBook(Database &db, const Clock &clock, Security &security, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_security(security)
{}

VersionedRules RuleBook::current()
{
    // Another program (the CLI, the GUI) may have stored a newer version: the newest version
    // number is one index lookup, and the document is read again only when it changed.
    int newest = newestVersion(m_db);
    if (newest == 0) {
        // Every sale records a real version, so a store without one gets the defaults. Checked
        // again under the write lock: another program may be doing the same right now.
        Transaction tx(m_db);
        if (newestVersion(m_db) == 0) {
            m_db.exec(QStringLiteral("INSERT INTO rules (version, document, created_at) "
                                     "VALUES (1, ?, ?)"),
                      {documentText(Rules::defaults()), storedTimestamp(m_clock.now())});
        }
        tx.commit();
        newest = newestVersion(m_db);
    }
    if (m_cached.version != newest)
        m_cached = {newest, at(newest)};
    return m_cached;
}

VersionedRules RuleBook::set(const QJsonObject &document)
{
    const Rules rules = Rules::fromJson(document);
    const Actor by = m_security.require(Permission::RulesEdit);
    const Rules before = current().rules; // version 1 exists before the first change
    Transaction tx(m_db);
    const int version = newestVersion(m_db) + 1;
    m_db.exec(QStringLiteral("INSERT INTO rules (version, document, created_at) VALUES (?, ?, ?)"),
              {version, documentText(rules), storedTimestamp(m_clock.now())});
    QJsonObject detail = AuditLog::changes(before.toJson(), rules.toJson());
    detail.insert(QStringLiteral("version"), version);
    m_security.audit().record(by, QStringLiteral("rules_changed"),
                              QStringLiteral("rules:%1").arg(version), detail);
    tx.commit();
    // Not cached here: inside a caller's larger transaction this commit is only a savepoint,
    // and if that transaction rolls back another program may store a different document under
    // the same number. current() reads it back once, which is always what the file holds.
    m_cached = {};
    emit changed(version);
    return {version, rules};
}

Rules RuleBook::at(int version) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT document FROM rules WHERE version = ?"), {version});
    if (!q.next()) {
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("storedesk::core::RuleBook",
                                                "There is no rules version %1.")
                        .arg(version));
    }
    return Rules::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

} // namespace storedesk::core
