// The store's own details (name, address, receipt texts) kept in the store file itself, so the
// GUI and the CLI see the same ones.
#pragma once

#include <QObject>
#include <QString>

namespace storedesk::core {

class Database;

class StoreSettings final : public QObject
{
    Q_OBJECT

public:
    explicit StoreSettings(Database &db, QObject *parent = nullptr);

    QString value(const QString &key, const QString &fallback = {}) const;
    /// Writes one setting in its own transaction.
    void setValue(const QString &key, const QString &value);

    QString storeName() const { return value(QStringLiteral("store.name")); }
    /// Throws invalid_name for an empty or over-long name.
    void setStoreName(const QString &name);

signals:
    void changed(const QString &key);

private:
    Database &m_db;
};

} // namespace storedesk::core
