#include "roles.h"

namespace storedesk::core {

namespace {

struct PermissionRow
{
    Permission permission;
    const char *code;
    Role least; ///< the lowest role that holds it
};

// Ordered as the enum; the lowest role holding each permission.
constexpr PermissionRow kPermissions[] = {
    {Permission::Refund, "refund", Role::Manager},
    {Permission::PriceOverride, "price_override", Role::Manager},
    {Permission::ManualDiscount, "manual_discount", Role::Manager},
    {Permission::PointsAdjust, "points_adjust", Role::Manager},
    {Permission::StoredValueAdjust, "stored_value_adjust", Role::Manager},
    {Permission::MemberDelete, "member_delete", Role::Owner},
    {Permission::ProductsEdit, "products_edit", Role::Manager},
    {Permission::Marketing, "marketing", Role::Manager},
    {Permission::RulesEdit, "rules_edit", Role::Manager},
    {Permission::SettingsEdit, "settings_edit", Role::Manager},
    {Permission::UsersManage, "users_manage", Role::Owner},
    {Permission::FullPhone, "full_phone", Role::Manager},
    {Permission::Reports, "reports", Role::Manager},
    {Permission::AuditView, "audit_view", Role::Manager},
    {Permission::BackupRestore, "backup_restore", Role::Owner},
};

const PermissionRow &row(Permission permission)
{
    return kPermissions[int(permission)];
}

} // namespace

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

std::optional<Role> Roles::parse(QStringView code)
{
    for (Role role : all()) {
        if (code == Roles::code(role))
            return role;
    }
    return std::nullopt;
}

QString Roles::name(Role role)
{
    switch (role) {
    case Role::Cashier:
        return tr("Cashier");
    case Role::Manager:
        return tr("Manager");
    case Role::Owner:
        return tr("Owner");
    }
    return {};
}

QString Roles::code(Permission permission)
{
    return QString::fromLatin1(row(permission).code);
}

std::optional<Permission> Roles::parsePermission(QStringView code)
{
    for (const PermissionRow &r : kPermissions) {
        if (code == QLatin1String(r.code))
            return r.permission;
    }
    return std::nullopt;
}

QString Roles::name(Permission permission)
{
    switch (permission) {
    case Permission::Refund:
        return tr("take returns");
    case Permission::PriceOverride:
        return tr("change prices at the till");
    case Permission::ManualDiscount:
        return tr("give discounts by hand");
    case Permission::PointsAdjust:
        return tr("adjust points");
    case Permission::StoredValueAdjust:
        return tr("adjust or pay back stored value");
    case Permission::MemberDelete:
        return tr("delete or merge members");
    case Permission::ProductsEdit:
        return tr("edit products and stock");
    case Permission::Marketing:
        return tr("run coupons");
    case Permission::RulesEdit:
        return tr("change the loyalty rules");
    case Permission::SettingsEdit:
        return tr("change the store's settings");
    case Permission::UsersManage:
        return tr("manage users");
    case Permission::FullPhone:
        return tr("see whole phone numbers");
    case Permission::Reports:
        return tr("read reports");
    case Permission::AuditView:
        return tr("read the audit trail");
    case Permission::BackupRestore:
        return tr("restore backups");
    }
    return {};
}

bool Roles::allows(Role role, Permission permission)
{
    return int(role) >= int(row(permission).least);
}

QList<Role> Roles::all()
{
    return {Role::Cashier, Role::Manager, Role::Owner};
}

QList<Permission> Roles::allPermissions()
{
    QList<Permission> list;
    for (const PermissionRow &r : kPermissions)
        list.append(r.permission);
    return list;
}

} // namespace storedesk::core
