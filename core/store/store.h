// One open store and its services, built once by each program's main and handed to whoever
// needs them. Owns the database connection, the clock and every core service.
#pragma once

#include "catalog/catalog.h"
#include "db/database.h"
#include "domain/clock.h"
#include "io/backups.h"
#include "loyalty/couponbook.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/rulebook.h"
#include "members/memberdirectory.h"
#include "members/memberhousekeeping.h"
#include "members/memberregistry.h"
#include "members/winback.h"
#include "reports/reports.h"
#include "sales/checkout.h"
#include "sales/giftcounter.h"
#include "sales/heldorders.h"
#include "sales/salehistory.h"
#include "sales/shifts.h"
#include "security/auditlog.h"
#include "security/security.h"
#include "storesettings.h"

#include <memory>

namespace storedesk::core {

class Store final
{
public:
    enum class OpenMode
    {
        /// Create the file when missing and bring its schema up to date (the GUI, init).
        CreateOrUpgrade,
        /// The file must hold a store already (not_initialized otherwise); an older one is
        /// brought up to date.
        ExistingOnly,
    };

    /// Throws database_error, not_initialized or schema_too_new.
    Store(const QString &path, std::unique_ptr<Clock> clock, OpenMode mode);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Database &database() { return m_db; }
    const Clock &clock() const { return *m_clock; }
    MemberRegistry &members() { return m_members; }
    MemberHousekeeping &housekeeping() { return m_housekeeping; }
    const MemberDirectory &directory() const { return m_directory; }
    WinBack &winBack() { return m_winBack; }
    Catalog &catalog() { return m_catalog; }
    StoreSettings &settings() { return m_settings; }
    Security &security() { return m_security; }
    AuditLog &audit() { return m_audit; }
    RuleBook &rules() { return m_rules; }
    LoyaltyService &loyalty() { return m_loyalty; }
    CouponBook &coupons() { return m_coupons; }
    Checkout &checkout() { return m_checkout; }
    GiftCounter &gifts() { return m_gifts; }
    HeldOrders &heldOrders() { return m_held; }
    const SaleHistory &history() const { return m_history; }
    Shifts &shifts() { return m_shifts; }
    Reports &reports() { return m_reports; }
    const MigrationResult &migration() const { return m_migration; }
    Backups &backups() { return m_backups; }

    struct DailyResult
    {
        qint64 pointsExpired = 0;
        qint64 birthdayCoupons = 0;
    };
    /// What falls due with the days: points expiry, tier reviews, birthday coupons. Idempotent;
    /// the GUI runs it at start-up and every half hour, `storedeskctl expire` on demand.
    DailyResult runDaily();

    /// The store file used when no --db is given: store.sqlite in the user's data folder.
    static QString defaultPath();
    /// Names the application so that both programs find the same data folder.
    static void setApplicationIdentity();

private:
    Database m_db;
    std::unique_ptr<Clock> m_clock;
    MigrationResult m_migration;
    AuditLog m_audit;
    Security m_security;
    MemberRegistry m_members;
    StoreSettings m_settings;
    Catalog m_catalog;
    RuleBook m_rules;
    LoyaltyService m_loyalty;
    MemberHousekeeping m_housekeeping;
    MemberDirectory m_directory;
    WinBack m_winBack;
    CouponBook m_coupons;
    Checkout m_checkout;
    GiftCounter m_gifts;
    HeldOrders m_held;
    SaleHistory m_history;
    Shifts m_shifts;
    Reports m_reports;
    Backups m_backups;
};

} // namespace storedesk::core
