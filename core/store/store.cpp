#include "store.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace storedesk::core {

namespace {

const QString &existingPath(const QString &path, Store::OpenMode mode)
{
    if (mode == Store::OpenMode::ExistingOnly && !QFileInfo::exists(path)) {
        throw Error(ErrorCode::NotInitialized,
                    QCoreApplication::translate("storedesk::core::Database",
                                                "There is no store at %1 yet. Create one with: "
                                                "storedeskctl init --store-name NAME")
                        .arg(path));
    }
    return path;
}

MigrationResult migrated(Database &db, Store::OpenMode mode)
{
    if (mode == Store::OpenMode::ExistingOnly && db.schemaVersion() == 0)
        db.requireCurrentSchema(); // throws not_initialized
    return db.migrate();
}

} // namespace

Store::Store(const QString &path, std::unique_ptr<Clock> clock, OpenMode mode)
    : m_db(existingPath(path, mode))
    , m_clock(std::move(clock))
    , m_migration(migrated(m_db, mode))
    , m_audit(m_db, *m_clock)
    , m_security(m_db, *m_clock, m_audit)
    , m_members(m_db, *m_clock)
    , m_settings(m_db, m_security)
    , m_catalog(m_db, *m_clock, m_settings, m_security)
    , m_rules(m_db, *m_clock, m_security)
    , m_loyalty(m_db, *m_clock, m_rules, m_security)
    , m_housekeeping(m_db, *m_clock, m_members, m_loyalty, m_security)
    , m_directory(m_db, *m_clock, m_loyalty, m_rules)
    , m_winBack(m_db, *m_clock, m_settings, m_loyalty, m_directory, m_security)
    , m_coupons(m_db, *m_clock, m_loyalty, m_catalog, m_security)
    , m_checkout(m_db, *m_clock, m_members, m_catalog, m_rules, m_loyalty, m_coupons, m_security)
    , m_gifts(m_db, *m_clock, m_members, m_catalog, m_rules, m_loyalty, m_checkout, m_security)
    , m_held(m_db, *m_clock)
    , m_history(m_db)
    , m_shifts(m_db, *m_clock, m_loyalty)
    , m_reports(m_db, *m_clock, m_loyalty, m_rules, m_shifts)
    , m_backups(m_db, m_settings, *m_clock, m_security)
{
    // The store's own time zone decides business days, whichever computer opens the file.
    m_loyalty.setZone(m_settings.timeZone());
    QObject::connect(&m_settings, &StoreSettings::changed, &m_loyalty, [this](const QString &key) {
        if (key == u"store.time_zone")
            m_loyalty.setZone(m_settings.timeZone());
    });
    // A new member gets the welcome coupons in the transaction that registers them.
    m_members.setJoinHook([this](MemberId id) { m_coupons.issueWelcome(id); });
}

Store::DailyResult Store::runDaily()
{
    DailyResult result;
    result.pointsExpired = m_loyalty.runDaily();
    result.birthdayCoupons =
        m_coupons.issueBirthdayCoupons(m_rules.current().rules.birthday.scope).size();
    return result;
}

Store::~Store() = default;

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/store.sqlite");
}

void Store::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("storedesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("storedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREDESK_VERSION));
}

} // namespace storedesk::core
