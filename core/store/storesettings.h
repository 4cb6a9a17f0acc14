// The store's own details (name, address, receipt texts, time zone) kept in the store file
// itself, so the GUI and the CLI see the same ones.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace storedesk::core {

class Database;
class Security;

/// What a receipt and the window title say about the store.
struct StoreProfile
{
    QString name;
    QString address;
    QString phone;
    QString receiptHeader; ///< a few lines printed under the store's name
    QString receiptFooter; ///< a few lines at the end of the receipt ("谢谢惠顾")
};

class StoreSettings final : public QObject
{
    Q_OBJECT

public:
    /// Changing the store's details, time zone or reorder level needs settings_edit and is
    /// written to the audit trail; setValue() is for other services' own settings.
    StoreSettings(Database &db, Security &security, QObject *parent = nullptr);

    QString value(const QString &key, const QString &fallback = {}) const;
    /// Writes one setting in its own transaction (or the caller's).
    void setValue(const QString &key, const QString &value);

    QString storeName() const { return value(QStringLiteral("store.name")); }
    /// Throws invalid_name for an empty or over-long name.
    void setStoreName(const QString &name);

    StoreProfile profile() const;
    /// Checks every field first and writes them in one transaction. Throws invalid_name for the
    /// name and invalid_setting (naming the field) for the rest; nothing changes then.
    void setProfile(const StoreProfile &profile);

    /// The store's time zone: it decides a sale's business day and the end of a year. The
    /// computer's own zone until one is chosen.
    QTimeZone timeZone() const;
    /// Takes an IANA id ("Asia/Shanghai"); an empty one goes back to the computer's zone.
    /// Throws invalid_setting for an id this computer does not know.
    void setTimeZone(const QString &ianaId);

    /// Stock at or below this counts as low, for products without a reorder level of their own.
    qint64 defaultReorderLevel() const;
    static constexpr int kDefaultIdleLockMinutes = 5;
    /// Throws invalid_setting for a negative level or one above 1,000,000.
    void setDefaultReorderLevel(qint64 level);

    /// Minutes without a key press or a click after which the till locks (0: never).
    int idleLockMinutes() const;
    /// Throws invalid_setting outside 0 to 240.
    void setIdleLockMinutes(int minutes);

    /// Everything the settings screen shows, checked whole first and written in one
    /// transaction: the profile, the time zone (IANA id; empty for the computer's) and the
    /// default reorder level. Same errors as the setters; nothing changes then.
    void save(const StoreProfile &profile, const QString &timeZone, qint64 reorderLevel);

signals:
    void changed(const QString &key);

private:
    /// Runs \a write as one audited change needing settings_edit (once, when nested in save()).
    void change(const std::function<void()> &write);
    /// What the audit trail compares before and after a change.
    QJsonObject snapshot() const;
    void writeProfile(const StoreProfile &profile);

    Database &m_db;
    Security &m_security;
    bool m_changing = false;
};

} // namespace storedesk::core
