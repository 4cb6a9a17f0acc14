// Who may do what: three roles and the permissions each one holds. The table is fixed and
// written down (README, "People and permissions") so a store owner knows what a cashier can do
// without reading settings; anything a role lacks, a user holding it can approve on the spot.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace storedesk::core {

enum class Role
{
    Cashier, ///< sells, registers members, tops up, hands out gifts for points
    Manager, ///< also returns, price changes, adjustments, products, marketing, rules, reports
    Owner    ///< everything, including people, member deletion and restoring backups
};

enum class Permission
{
    Refund,            ///< take a return
    PriceOverride,     ///< change a line's price at the till
    ManualDiscount,    ///< take an amount or percent off a whole sale by hand
    PointsAdjust,      ///< add or take points by hand
    StoredValueAdjust, ///< give or take bonus money by hand, pay a balance back
    MemberDelete,      ///< delete (forget) a member or merge two
    ProductsEdit,      ///< products, categories and stock corrections
    Marketing,         ///< coupon templates and issuing coupons
    RulesEdit,         ///< the loyalty rules and promotions
    SettingsEdit,      ///< the store's details, time zone and hardware
    UsersManage,       ///< add people, change roles, reset PINs, unlock
    FullPhone,         ///< see and export whole phone numbers
    Reports,           ///< read reports beyond one's own shift
    AuditView,         ///< read the audit trail
    BackupRestore,     ///< restore a backup, export the backup key
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::Roles)

public:
    /// The stable word: "cashier", "manager", "owner".
    static QString code(Role role);
    static std::optional<Role> parse(QStringView code);
    /// Translated, for people ("收银员").
    static QString name(Role role);

    /// The stable word: "refund", "price_override", …
    static QString code(Permission permission);
    static std::optional<Permission> parsePermission(QStringView code);
    /// Translated, for people ("take a return").
    static QString name(Permission permission);

    static bool allows(Role role, Permission permission);
    static QList<Role> all();
    static QList<Permission> allPermissions();
};

} // namespace storedesk::core
