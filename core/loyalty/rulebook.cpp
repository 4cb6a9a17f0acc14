#include "rulebook.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

QString documentText(const Rules &rules)
{
    return QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

RuleBook::RuleBook(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

VersionedRules RuleBook::current()
{
    // Another program (the CLI, the GUI) may have stored a newer version: the newest version
    // number is one index lookup, and the document is read again only when it changed.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT max(version) FROM rules"));
    const int newest = q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0;
    if (newest == 0) {
        Transaction tx(m_db);
        QSqlQuery again = m_db.exec(QStringLiteral("SELECT count(*) FROM rules"));
        if (again.next() && again.value(0).toInt() == 0) {
            m_db.exec(QStringLiteral("INSERT INTO rules (version, document, created_at) "
                                     "VALUES (1, ?, ?)"),
                      {documentText(Rules::defaults()), storedTimestamp(m_clock.now())});
        }
        tx.commit();
        return current();
    }
    if (m_cached.version != newest)
        m_cached = {newest, at(newest)};
    return m_cached;
}

VersionedRules RuleBook::set(const QJsonObject &document)
{
    const Rules rules = Rules::fromJson(document);
    current(); // version 1 exists before the first change
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT max(version) FROM rules"));
    const int version = (q.next() ? q.value(0).toInt() : 0) + 1;
    m_db.exec(QStringLiteral("INSERT INTO rules (version, document, created_at) VALUES (?, ?, ?)"),
              {version, documentText(rules), storedTimestamp(m_clock.now())});
    tx.commit();
    m_cached = {version, rules};
    emit changed(version);
    return m_cached;
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
