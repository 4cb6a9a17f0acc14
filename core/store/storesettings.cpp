#include "storesettings.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storedesk::core {

StoreSettings::StoreSettings(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

QString StoreSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : fallback;
}

void StoreSettings::setValue(const QString &key, const QString &value)
{
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
    tx.commit();
    emit changed(key);
}

void StoreSettings::setStoreName(const QString &input)
{
    const QString name = input.simplified();
    if (name.isEmpty() || name.size() > 60) {
        throw Error(ErrorCode::InvalidName,
                    QCoreApplication::translate("storedesk::core::StoreSettings",
                                                "A store name has 1 to 60 characters."),
                    QStringLiteral("store_name"));
    }
    setValue(QStringLiteral("store.name"), name);
}

} // namespace storedesk::core
