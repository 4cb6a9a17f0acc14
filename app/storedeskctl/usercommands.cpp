// user add | list | set | reset-pin | unlock | pin, audit list | verify, member delete | merge,
// storedvalue adjust: the people who use the store, what they did, and the actions that need
// an owner's or a manager's say.
#include "clitext.h"
#include "command.h"
#include "domain/clock.h"
#include "invocation.h"
#include "secretprompt.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

const QStringList kUserColumns{QStringLiteral("id"),           QStringLiteral("name"),
                               QStringLiteral("role"),         QStringLiteral("active"),
                               QStringLiteral("locked_until"), QStringLiteral("created_at")};

QJsonObject userJson(const core::User &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("role"), core::Roles::code(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("locked_until"), u.lockedUntil.isValid()
                                                 ? QJsonValue(core::storedTimestamp(u.lockedUntil))
                                                 : QJsonValue()},
            {QStringLiteral("created_at"), core::storedTimestamp(u.createdAt)}};
}

core::Role roleOf(const QString &text)
{
    const auto role = core::Roles::parse(text.trimmed());
    if (!role) {
        throw core::Error(core::ErrorCode::InvalidArgument,
                          CliText::tr("--role is cashier, manager or owner, not “%1”.").arg(text),
                          QStringLiteral("role"));
    }
    return *role;
}

QString newPin(const QString &name)
{
    return readNewSecret("STOREDESK_NEW_PIN", CliText::tr("New PIN for %1: ").arg(name));
}

QDateTime dayStart(core::Store &store, const QString &text, const QString &option)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        throw core::Error(
            core::ErrorCode::InvalidDate,
            CliText::tr("--%1 takes a day as YYYY-MM-DD, not “%2”.").arg(option, text), option);
    }
    return QDateTime(day, QTime(0, 0), store.loyalty().zone()).toUTC();
}

QJsonObject auditJson(const core::AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), core::storedTimestamp(e.at)},
            {QStringLiteral("user"), e.actor.name},
            {QStringLiteral("approved_by"), e.actor.approverName},
            {QStringLiteral("program"), e.program},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("detail"), e.detail}};
}

QList<Command> userCommandList()
{
    QList<Command> commands;

    Command add;
    add.words = {QStringLiteral("user"), QStringLiteral("add")};
    add.usage = QStringLiteral("NAME --role cashier|manager|owner");
    add.summary = CliText::tr("Adds a person who may sign in; the PIN comes from "
                              "STOREDESK_NEW_PIN or is typed twice. The first user must be the "
                              "owner; after that it takes the owner.");
    add.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("role"), CliText::tr("cashier, manager or owner."),
                     QStringLiteral("ROLE")});
    };
    add.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The user's name"));
        inv.expectPositionals(1);
        const core::Role role = roleOf(inv.required(QStringLiteral("role")));
        return userJson(inv.store().security().addUser(name, role, newPin(name)));
    };
    commands.append(add);

    Command list;
    list.words = {QStringLiteral("user"), QStringLiteral("list")};
    list.summary = CliText::tr("Lists the users with their roles and whether they are locked.");
    list.csvColumns = kUserColumns;
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        QJsonArray out;
        for (const core::User &u : inv.store().security().users())
            out.append(userJson(u));
        return out;
    };
    commands.append(list);

    Command set;
    set.words = {QStringLiteral("user"), QStringLiteral("set")};
    set.usage = QStringLiteral("NAME [--name N] [--role R] [--active|--inactive]");
    set.summary = CliText::tr("Renames a user, changes their role, or stops and restarts their "
                              "sign-in. The store always keeps one active owner.");
    set.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("name"), CliText::tr("The new name."), QStringLiteral("N")});
        p.addOption({QStringLiteral("role"), CliText::tr("cashier, manager or owner."),
                     QStringLiteral("ROLE")});
        p.addOption({QStringLiteral("active"), CliText::tr("May sign in again.")});
        p.addOption({QStringLiteral("inactive"), CliText::tr("May no longer sign in.")});
    };
    set.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The user's name"));
        inv.expectPositionals(1);
        core::Security &security = inv.store().security();
        const core::User user = security.user(name);
        core::UserChange change;
        change.name = inv.value(QStringLiteral("name"));
        if (const auto role = inv.value(QStringLiteral("role")))
            change.role = roleOf(*role);
        if (inv.isSet(QStringLiteral("active")) && inv.isSet(QStringLiteral("inactive"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Give --active or --inactive, not both."));
        }
        if (inv.isSet(QStringLiteral("active")) || inv.isSet(QStringLiteral("inactive")))
            change.active = inv.isSet(QStringLiteral("active"));
        return userJson(security.changeUser(user.id, change));
    };
    commands.append(set);

    Command reset;
    reset.words = {QStringLiteral("user"), QStringLiteral("reset-pin")};
    reset.usage = QStringLiteral("NAME");
    reset.summary = CliText::tr("Gives a user a new PIN (from STOREDESK_NEW_PIN or typed twice) "
                                "and lifts a lock.");
    reset.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The user's name"));
        inv.expectPositionals(1);
        core::Security &security = inv.store().security();
        const core::User user = security.user(name);
        security.resetSecret(user.id, newPin(user.name));
        return userJson(security.user(name));
    };
    commands.append(reset);

    Command unlock;
    unlock.words = {QStringLiteral("user"), QStringLiteral("unlock")};
    unlock.usage = QStringLiteral("NAME");
    unlock.summary = CliText::tr("Lets a user locked by wrong PINs sign in again at once.");
    unlock.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The user's name"));
        inv.expectPositionals(1);
        core::Security &security = inv.store().security();
        security.unlock(security.user(name).id);
        return userJson(security.user(name));
    };
    commands.append(unlock);

    Command pin;
    pin.words = {QStringLiteral("user"), QStringLiteral("pin")};
    pin.summary = CliText::tr("Changes the signed-in user's own PIN (--user NAME): the current "
                              "one from STOREDESK_PIN, the new one from STOREDESK_NEW_PIN.");
    pin.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Security &security = inv.store().security();
        if (!security.current()) {
            throw core::Error(core::ErrorCode::SignInRequired,
                              CliText::tr("Say whose PIN it is with --user NAME."));
        }
        const QString name = security.current()->name;
        const QString current =
            readSecret("STOREDESK_PIN", CliText::tr("Current PIN for %1: ").arg(name));
        security.changeOwnSecret(current, newPin(name));
        return userJson(security.user(name));
    };
    commands.append(pin);
    return commands;
}

QList<Command> auditCommandList()
{
    QList<Command> commands;

    Command list;
    list.words = {QStringLiteral("audit"), QStringLiteral("list")};
    list.usage = QStringLiteral("[--from DAY] [--to DAY] [--by NAME] [--action A] [--search "
                                "TEXT] [--limit N] [--before ID]");
    list.summary = CliText::tr("Shows the audit trail, newest first: who did what, when, who "
                               "approved it, and what it changed. Needs audit_view.");
    list.csvColumns = {QStringLiteral("id"),      QStringLiteral("at"),
                       QStringLiteral("user"),    QStringLiteral("approved_by"),
                       QStringLiteral("program"), QStringLiteral("action"),
                       QStringLiteral("subject"), QStringLiteral("detail")};
    list.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("from"), CliText::tr("From this day (YYYY-MM-DD)."),
                     QStringLiteral("DAY")});
        p.addOption({QStringLiteral("to"), CliText::tr("Up to and including this day."),
                     QStringLiteral("DAY")});
        p.addOption({QStringLiteral("by"), CliText::tr("Done or approved by this user."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("action"), CliText::tr("Only this action (refund, …)."),
                     QStringLiteral("A")});
        p.addOption({QStringLiteral("search"),
                     CliText::tr("Text found in what it was done to or what it changed."),
                     QStringLiteral("TEXT")});
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many entries (200)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("before"), CliText::tr("Entries older than this id."),
                     QStringLiteral("ID")});
    };
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        core::AuditFilter filter;
        if (const auto from = inv.value(QStringLiteral("from")))
            filter.from = dayStart(store, *from, QStringLiteral("from"));
        if (const auto to = inv.value(QStringLiteral("to")))
            filter.until = dayStart(store, *to, QStringLiteral("to")).addDays(1);
        filter.user = inv.value(QStringLiteral("by")).value_or(QString()).trimmed();
        filter.action = inv.value(QStringLiteral("action")).value_or(QString()).trimmed();
        filter.text = inv.value(QStringLiteral("search")).value_or(QString()).trimmed();
        filter.limit = int(inv.integer(QStringLiteral("limit"), 200, 1, 10'000));
        filter.beforeId =
            inv.integer(QStringLiteral("before"), 0, 0, std::numeric_limits<qint64>::max());
        QJsonArray out;
        for (const core::AuditEntry &e : store.security().auditEntries(filter))
            out.append(auditJson(e));
        return out;
    };
    commands.append(list);

    Command verify;
    verify.words = {QStringLiteral("audit"), QStringLiteral("verify")};
    verify.summary = CliText::tr("Walks the audit trail's hash chain: exits 1 with audit_broken "
                                 "naming the first entry changed, removed or slipped in.");
    verify.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::AuditCheck check = inv.store().security().verifyAudit();
        if (!check.intact) {
            throw core::Error(core::ErrorCode::AuditBroken, check.problem,
                              QString::number(check.firstBadId));
        }
        return QJsonObject{{QStringLiteral("intact"), true},
                           {QStringLiteral("entries"), check.entries}};
    };
    commands.append(verify);
    return commands;
}

QList<Command> guardedMemberCommandList()
{
    QList<Command> commands;
    const auto member = [](Invocation &inv, int index) {
        return inv.store().members().resolve(
            inv.positional(index, CliText::tr("The member's phone or card number")),
            core::ErrorCode::NotFound);
    };

    Command remove;
    remove.words = {QStringLiteral("member"), QStringLiteral("delete")};
    remove.usage = QStringLiteral("PHONE|CARD");
    remove.summary = CliText::tr("Forgets a member who asks for it: their name, phone, card, "
                                 "birthday and tags are erased, points forfeited, sales kept "
                                 "without a name. Stored value must be paid back first. Needs "
                                 "the owner.");
    remove.run = [member](Invocation &inv) -> QJsonValue {
        const core::Member m = member(inv, 0);
        inv.expectPositionals(1);
        inv.store().housekeeping().forget(m.id);
        return QJsonObject{{QStringLiteral("id"), m.id},
                           {QStringLiteral("phone"), m.phone.masked()},
                           {QStringLiteral("deleted"), true}};
    };
    commands.append(remove);

    Command merge;
    merge.words = {QStringLiteral("member"), QStringLiteral("merge")};
    merge.usage = QStringLiteral("KEEP_PHONE|CARD DROP_PHONE|CARD");
    merge.summary = CliText::tr("Merges a member registered twice: the second one's sales, "
                                "points, stored value, coupons and tags move to the first, and "
                                "the second is forgotten. Needs the owner.");
    merge.run = [member](Invocation &inv) -> QJsonValue {
        const core::Member keep = member(inv, 0);
        const core::Member drop = member(inv, 1);
        inv.expectPositionals(2);
        const core::MergeResult r = inv.store().housekeeping().merge(keep.id, drop.id);
        return QJsonObject{{QStringLiteral("phone"), r.kept.phone.digits()},
                           {QStringLiteral("merged"), drop.phone.digits()},
                           {QStringLiteral("points_moved"), r.pointsMoved},
                           {QStringLiteral("stored_value_moved"), r.storedValueMoved.toString()},
                           {QStringLiteral("sales_moved"), r.salesMoved}};
    };
    commands.append(merge);

    Command bonus;
    bonus.words = {QStringLiteral("storedvalue"), QStringLiteral("adjust")};
    bonus.usage = QStringLiteral("PHONE|CARD --amount 5.00|-5.00 --reason TEXT");
    bonus.summary = CliText::tr("Gives (or, negative, takes back) bonus stored value by hand; "
                                "paid-in money is never changed this way. The reason stays in "
                                "the member's stored-value history.");
    bonus.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("amount"), CliText::tr("Bonus to give; negative to take."),
                     QStringLiteral("AMOUNT")});
        p.addOption(
            {QStringLiteral("reason"), CliText::tr("Why (required)."), QStringLiteral("TEXT")});
    };
    bonus.run = [member](Invocation &inv) -> QJsonValue {
        const core::Member m = member(inv, 0);
        inv.expectPositionals(1);
        const QString text = inv.required(QStringLiteral("amount"));
        const auto amount = core::Money::parse(text);
        if (!amount) {
            throw core::Error(
                core::ErrorCode::InvalidAmount,
                CliText::tr("--amount takes money like 5.00 or -5.00, not “%1”.").arg(text),
                QStringLiteral("amount"));
        }
        const core::BonusAdjustment r = inv.store().loyalty().adjustBonus(
            m.id, *amount, inv.value(QStringLiteral("reason")).value_or(QString()));
        return QJsonObject{{QStringLiteral("phone"), m.phone.digits()},
                           {QStringLiteral("amount"), r.amount.toString()},
                           {QStringLiteral("paid"), r.balance.paid.toString()},
                           {QStringLiteral("bonus"), r.balance.bonus.toString()},
                           {QStringLiteral("stored_value"), r.balance.total().toString()}};
    };
    commands.append(bonus);
    return commands;
}

} // namespace

QList<Command> userCommands()
{
    return userCommandList() + auditCommandList() + guardedMemberCommandList();
}

} // namespace storedesk::cli
