#include "storesettings.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/error.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

const QString kName = QStringLiteral("store.name");
const QString kAddress = QStringLiteral("store.address");
const QString kPhone = QStringLiteral("store.phone");
const QString kHeader = QStringLiteral("receipt.header");
const QString kFooter = QStringLiteral("receipt.footer");
const QString kTimeZone = QStringLiteral("store.time_zone");
const QString kReorderLevel = QStringLiteral("stock.reorder_level");
const QString kIdleLock = QStringLiteral("security.idle_lock_minutes");
constexpr qint64 kDefaultReorderLevel = 5;

QString validName(const QString &input)
{
    const QString name = input.simplified();
    if (name.isEmpty() || name.size() > 60)
        throw Error(ErrorCode::InvalidName,
                    StoreSettings::tr("A store name has 1 to 60 characters."),
                    QStringLiteral("store_name"));
    return name;
}

bool hasControlCharacters(const QString &text, bool newlinesAllowed)
{
    for (QChar c : text) {
        if (newlinesAllowed && c == u'\n')
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString validAddress(const QString &input)
{
    constexpr int kMaxLength = 80;
    const QString text = input.simplified();
    if (text.size() > kMaxLength || hasControlCharacters(text, false)) {
        throw Error(
            ErrorCode::InvalidSetting,
            StoreSettings::tr("An address has at most %1 characters on one line.").arg(kMaxLength),
            QStringLiteral("address"));
    }
    return text;
}

constexpr int kMaxLines = 4;
constexpr int kMaxLineLength = 48;

/// Receipt texts: a few lines, each trimmed, empty lines at the ends dropped. Answers nullopt
/// when there are too many lines or a line is too long.
std::optional<QString> receiptLines(const QString &input)
{
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(line.trimmed());
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    bool ok = lines.size() <= kMaxLines;
    for (const QString &line : lines)
        ok = ok && line.size() <= kMaxLineLength && !hasControlCharacters(line, false);
    return ok ? std::optional<QString>(lines.join(u'\n')) : std::nullopt;
}

QString validHeader(const QString &input)
{
    if (auto text = receiptLines(input))
        return *text;
    throw Error(ErrorCode::InvalidSetting,
                StoreSettings::tr("The receipt header has at most %1 lines of %2 characters.")
                    .arg(kMaxLines)
                    .arg(kMaxLineLength),
                QStringLiteral("receipt_header"));
}

QString validFooter(const QString &input)
{
    if (auto text = receiptLines(input))
        return *text;
    throw Error(ErrorCode::InvalidSetting,
                StoreSettings::tr("The receipt footer has at most %1 lines of %2 characters.")
                    .arg(kMaxLines)
                    .arg(kMaxLineLength),
                QStringLiteral("receipt_footer"));
}

QString validStorePhone(const QString &input)
{
    const QString phone = input.simplified();
    bool ok = phone.size() <= 30;
    for (QChar c : phone) {
        ok = ok && (c.isDigit() || c == u' ' || c == u'-' || c == u'+' || c == u'(' || c == u')' ||
                    c == u'/');
    }
    if (!ok) {
        throw Error(
            ErrorCode::InvalidSetting,
            StoreSettings::tr("“%1” is not a telephone number: use digits, spaces, dashes, + and "
                              "brackets, at most 30.")
                .arg(phone),
            QStringLiteral("phone"));
    }
    return phone;
}

QString validTimeZone(const QString &ianaId)
{
    const QString id = ianaId.trimmed();
    if (!id.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
        throw Error(ErrorCode::InvalidSetting,
                    StoreSettings::tr("“%1” is not a time zone this computer knows; use a name "
                                      "like Asia/Shanghai.")
                        .arg(id),
                    QStringLiteral("time_zone"));
    }
    return id;
}

qint64 validReorderLevel(qint64 level)
{
    if (level < 0 || level > 1'000'000) {
        throw Error(ErrorCode::InvalidSetting,
                    StoreSettings::tr("A reorder level is a whole number from 0 to 1,000,000."),
                    QStringLiteral("reorder_level"));
    }
    return level;
}

} // namespace

StoreSettings::StoreSettings(Database &db, Security &security, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_security(security)
{}

void StoreSettings::change(const std::function<void()> &write)
{
    if (m_changing) {
        write();
        return;
    }
    const Actor by = m_security.require(Permission::SettingsEdit);
    m_changing = true;
    const auto done = qScopeGuard([this] { m_changing = false; });
    Transaction tx(m_db);
    const QJsonObject before = snapshot();
    write();
    const QJsonObject after = snapshot();
    if (before != after) {
        m_security.audit().record(by, QStringLiteral("settings_changed"), QStringLiteral("store"),
                                  AuditLog::changes(before, after));
    }
    tx.commit();
}

QJsonObject StoreSettings::snapshot() const
{
    const StoreProfile p = profile();
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("receipt_header"), p.receiptHeader},
            {QStringLiteral("receipt_footer"), p.receiptFooter},
            {QStringLiteral("time_zone"), value(kTimeZone)},
            {QStringLiteral("reorder_level"), defaultReorderLevel()},
            {QStringLiteral("idle_lock_minutes"), idleLockMinutes()}};
}

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
    const QString name = validName(input);
    change([&] { setValue(kName, name); });
}

StoreProfile StoreSettings::profile() const
{
    StoreProfile p;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                           "(?, ?, ?, ?, ?)"),
                            {kName, kAddress, kPhone, kHeader, kFooter});
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == kName)
            p.name = value;
        else if (key == kAddress)
            p.address = value;
        else if (key == kPhone)
            p.phone = value;
        else if (key == kHeader)
            p.receiptHeader = value;
        else if (key == kFooter)
            p.receiptFooter = value;
    }
    return p;
}

void StoreSettings::setProfile(const StoreProfile &input)
{
    change([&] { writeProfile(input); });
}

void StoreSettings::writeProfile(const StoreProfile &input)
{
    const StoreProfile p{
        validName(input.name),
        validAddress(input.address),
        validStorePhone(input.phone),
        validHeader(input.receiptHeader),
        validFooter(input.receiptFooter),
    };
    const StoreProfile before = profile();
    {
        QSignalBlocker quiet(this); // one signal per key that changed, after the commit
        Transaction tx(m_db);
        setValue(kName, p.name);
        setValue(kAddress, p.address);
        setValue(kPhone, p.phone);
        setValue(kHeader, p.receiptHeader);
        setValue(kFooter, p.receiptFooter);
        tx.commit();
    }
    const std::pair<const QString &, bool> keys[] = {
        {kName, before.name != p.name},
        {kAddress, before.address != p.address},
        {kPhone, before.phone != p.phone},
        {kHeader, before.receiptHeader != p.receiptHeader},
        {kFooter, before.receiptFooter != p.receiptFooter},
    };
    for (const auto &[key, differs] : keys) {
        if (differs)
            emit changed(key);
    }
}

void StoreSettings::save(const StoreProfile &profile, const QString &timeZone, qint64 reorderLevel)
{
    const QString zone = validTimeZone(timeZone);
    validReorderLevel(reorderLevel);
    change([&] {
        writeProfile(profile); // checks the profile before it writes
        setTimeZone(zone);
        setDefaultReorderLevel(reorderLevel);
    });
}

QTimeZone StoreSettings::timeZone() const
{
    const QByteArray id = value(kTimeZone).toUtf8();
    if (!id.isEmpty()) {
        QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

void StoreSettings::setTimeZone(const QString &ianaId)
{
    const QString id = ianaId.trimmed();
    if (!id.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
        throw Error(
            ErrorCode::InvalidSetting,
            StoreSettings::tr("“%1” is not a time zone this computer knows; use a name like "
                              "Asia/Shanghai.")
                .arg(id),
            QStringLiteral("time_zone"));
    }
    change([&] { setValue(kTimeZone, id); });
}

qint64 StoreSettings::defaultReorderLevel() const
{
    bool ok = false;
    const qint64 level = value(kReorderLevel).toLongLong(&ok);
    return ok ? level : kDefaultReorderLevel;
}

void StoreSettings::setDefaultReorderLevel(qint64 level)
{
    const qint64 valid = validReorderLevel(level);
    change([&] { setValue(kReorderLevel, QString::number(valid)); });
}

int StoreSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = value(kIdleLock).toInt(&ok);
    return ok ? minutes : kDefaultIdleLockMinutes;
}

void StoreSettings::setIdleLockMinutes(int minutes)
{
    if (minutes < 0 || minutes > 240) {
        throw Error(
            ErrorCode::InvalidSetting,
            tr("The till locks after 0 (never) to 240 minutes without use, not %1.").arg(minutes),
            QStringLiteral("idle_lock_minutes"));
    }
    change([&] { setValue(kIdleLock, QString::number(minutes)); });
}

} // namespace storedesk::core
