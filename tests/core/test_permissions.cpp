// Permissions are the core's, not the buttons': each sensitive service refuses a user whose
// role lacks the permission (and anyone when no one is signed in), leaves the store as it was,
// lets a manager's on-the-spot approval through once, and writes who did it to the audit trail.
#include "catchqt.h"
#include "io/backups.h"
#include "io/memberexport.h"
#include "members/memberhousekeeping.h"
#include "staffedstore.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::StaffedStore;

namespace {

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

/// A staffed store with a member (13800138000, 张三) who bought one pen for cash (receipt in
/// `receipt`), a second member (13900139000, 李四) and stored value on both.
struct Shop : StaffedStore
{
    Member zhang;
    Member li;
    Member wang; ///< no stored value
    QString receipt;

    Shop()
    {
        signInOwner();
        NewMember m;
        m.phone = QStringLiteral("13800138000");
        m.name = QStringLiteral("张三");
        zhang = store->members().add(m);
        m.phone = QStringLiteral("13900139000");
        m.name = QStringLiteral("李四");
        m.cardNo = QStringLiteral("C002");
        li = store->members().add(m);
        m.phone = QStringLiteral("13700137000");
        m.name = QStringLiteral("王五");
        m.cardNo.clear();
        wang = store->members().add(m);
        NewProduct p;
        p.barcode = QStringLiteral("4006381333931");
        p.name = QStringLiteral("中性笔");
        p.price = QStringLiteral("10.00");
        p.stock = 50;
        store->catalog().add(p);
        store->loyalty().topUp(zhang.id, yuan("100.00"), PaymentMethod::Cash);
        store->loyalty().topUp(li.id, yuan("50.00"), PaymentMethod::Cash);
        receipt = store->checkout().commit(sale(zhang.phone.digits(), {})).receiptNo;
        store->security().signOut();
    }

    SaleRequest sale(const QString &member, std::optional<Money> price)
    {
        SaleRequest r;
        r.member = member;
        SaleLineRequest line(QStringLiteral("4006381333931"), 1);
        line.price = price;
        r.lines = {line};
        return paid(r);
    }

    /// \a r paid in cash, exactly what is due, with a ¥100 note.
    SaleRequest paid(SaleRequest r)
    {
        r.payments.clear();
        const Money due = store->checkout().quote(r).cart.totalDue;
        r.payments = {Payment{PaymentMethod::Cash, due, yuan("100.00")}};
        return r;
    }

    /// Everything the guarded actions below could change, to show a refusal changed nothing.
    QString books()
    {
        QStringList parts;
        for (const char *sql :
             {"SELECT count(*) FROM sales", "SELECT sum(points_balance) FROM members",
              "SELECT sum(stored_paid_fen + stored_bonus_fen) FROM members",
              "SELECT count(*) FROM products", "SELECT count(*) FROM coupon_templates",
              "SELECT count(*) FROM rules", "SELECT count(*) FROM members WHERE deleted_at IS NULL",
              "SELECT value FROM settings WHERE key = 'store.name'"}) {
            QSqlQuery q = store->database().exec(QString::fromLatin1(sql));
            parts << (q.next() ? q.value(0).toString() : QString());
        }
        return parts.join(u'|');
    }
};

struct Guarded
{
    const char *name;
    Permission permission;
    std::function<void(Shop &)> act;
};

QList<Guarded> guardedActions()
{
    return {
        {"refund", Permission::Refund,
         [](Shop &s) {
             s.store->checkout().refund(s.receipt, {});
         }},
        {"points adjustment", Permission::PointsAdjust,
         [](Shop &s) {
             s.store->loyalty().adjustPoints(s.zhang.id, 50, QStringLiteral("补录积分"));
         }},
        {"bonus adjustment", Permission::StoredValueAdjust,
         [](Shop &s) {
             s.store->loyalty().adjustBonus(s.zhang.id, yuan("5.00"), QStringLiteral("补偿"));
         }},
        {"paying stored value back", Permission::StoredValueAdjust,
         [](Shop &s) {
             s.store->loyalty().withdraw(s.li.id, PaymentMethod::Cash);
         }},
        {"rules", Permission::RulesEdit,
         [](Shop &s) {
             s.store->rules().set(s.store->rules().current().rules.toJson());
         }},
        {"products", Permission::ProductsEdit,
         [](Shop &s) {
             NewProduct p;
             p.barcode = QStringLiteral("6901234567892");
             p.name = QStringLiteral("矿泉水");
             p.price = QStringLiteral("2.50");
             s.store->catalog().add(p);
         }},
        {"coupon templates", Permission::Marketing,
         [](Shop &s) {
             s.store->coupons().addTemplate(
                 QJsonDocument::fromJson(
                     R"({"name":"满50减5","kind":"amount_off","amount":"5.00","min_spend":"50.00","valid_days":30})")
                     .object());
         }},
        {"store settings", Permission::SettingsEdit,
         [](Shop &s) {
             s.store->settings().setStoreName(QStringLiteral("新店名"));
         }},
        {"price change at the till", Permission::PriceOverride,
         [](Shop &s) {
             s.store->checkout().commit(s.sale({}, yuan("8.00")));
         }},
        {"manual discount", Permission::ManualDiscount,
         [](Shop &s) {
             SaleRequest r = s.sale({}, std::nullopt);
             r.manualDiscount = ManualDiscount{yuan("1.00"), {}, QStringLiteral("老顾客")};
             s.store->checkout().commit(s.paid(r));
         }},
        {"whole phone numbers", Permission::FullPhone,
         [](Shop &s) {
             s.store->winBack().rows({}, {}, true, 10);
         }},
        {"exporting whole phone numbers", Permission::FullPhone,
         [](Shop &s) {
             QTemporaryDir dir;
             MemberExport(*s.store).write({}, dir.filePath(QStringLiteral("m.csv")),
                                          PhoneDisplay::Whole);
         }},
        {"restoring a backup", Permission::BackupRestore,
         [](Shop &s) {
             QTemporaryDir dir;
             const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
             s.store->backups().backUp(file, std::nullopt);
             s.store->backups().restore(file, std::nullopt);
         }},
        {"deleting a member", Permission::MemberDelete,
         [](Shop &s) {
             s.store->housekeeping().forget(s.wang.id);
         }},
    };
}

} // namespace

TEST_CASE("A cashier is refused a manager's actions in the core and nothing changes",
          "[security][permissions]")
{
    for (const Guarded &g : guardedActions()) {
        INFO(g.name);
        Shop shop;
        const QString before = shop.books();
        // No one signed in, in a store with users: sign in first.
        CHECK(errorOf([&] { g.act(shop); }) == ErrorCode::SignInRequired);
        shop.signInCashier();
        try {
            g.act(shop);
            FAIL("the cashier was let through");
        } catch (const Error &e) {
            CHECK(e.code() == ErrorCode::PermissionDenied);
            CHECK(e.field() == Roles::code(g.permission));
        }
        CHECK(shop.books() == before);
        CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name "
                                                 "= '小张' AND action NOT LIKE 'sign_%'")) == 0);
    }
}

TEST_CASE("The role that holds a permission acts and the audit trail names them",
          "[security][permissions]")
{
    for (const Guarded &g : guardedActions()) {
        INFO(g.name);
        Shop shop;
        const bool managerMay = Roles::allows(Role::Manager, g.permission);
        managerMay ? shop.signInManager() : shop.signInOwner();
        const QString who = managerMay ? shop.manager.name : shop.owner.name;
        const qint64 before = scalar(*shop.store, QStringLiteral("SELECT count(*) FROM audit_log"));
        REQUIRE_NOTHROW(g.act(shop));
        QSqlQuery q = shop.store->database().exec(
            QStringLiteral("SELECT user_name, approver_name FROM audit_log WHERE id > ? AND "
                           "action NOT LIKE 'sign_%'"),
            {before});
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == who);
        CHECK(q.value(1).toString().isEmpty());
        if (!shop.store->security().current()) // a restore leaves no one signed in
            managerMay ? shop.signInManager() : shop.signInOwner();
        CHECK(shop.store->security().verifyAudit().intact);
    }
}

TEST_CASE("A manager's approval lets a cashier's refund through once and is on the trail",
          "[security][permissions]")
{
    Shop shop;
    shop.signInCashier();
    Security &s = shop.store->security();
    CHECK(errorOf([&] {
              s.approve(QStringLiteral("李经理"), QStringLiteral("0000"), Permission::Refund);
          }) == ErrorCode::WrongPin);
    s.approve(QStringLiteral("李经理"), QStringLiteral("3690"), Permission::Refund);
    const SaleRecord refund = shop.store->checkout().refund(shop.receipt, {});
    CHECK(refund.total == yuan("-10.00"));
    QSqlQuery q = shop.store->database().exec(QStringLiteral(
        "SELECT user_name, approver_name, subject FROM audit_log WHERE action = 'refund'"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("小张"));
    CHECK(q.value(1).toString() == QStringLiteral("李经理"));
    CHECK(q.value(2).toString().contains(shop.receipt));
    // The approval is used up: the next one needs a new one.
    CHECK(errorOf([&] {
              shop.store->loyalty().adjustPoints(shop.zhang.id, 5, QStringLiteral("x"));
          }) == ErrorCode::PermissionDenied);
}

TEST_CASE("A sale records the signed-in cashier whatever name the request gives",
          "[security][permissions]")
{
    Shop shop;
    shop.signInCashier();
    SaleRequest r = shop.sale({}, std::nullopt);
    r.cashier = QStringLiteral("别人");
    const SaleRecord sale = shop.store->checkout().commit(r);
    QSqlQuery q = shop.store->database().exec(
        QStringLiteral("SELECT cashier, user_id FROM sales WHERE receipt_no = ?"),
        {sale.receiptNo});
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("小张"));
    CHECK(q.value(1).toLongLong() == shop.cashier.id);
}

TEST_CASE("A changed price takes no other discount and a manual discount comes off the total",
          "[security][pricing]")
{
    Shop shop;
    shop.signInManager();
    // The pen at ¥8.00 instead of ¥10.00, for a member (no member price stacks on it).
    const SaleRecord changed =
        shop.store->checkout().commit(shop.sale(shop.zhang.phone.digits(), yuan("8.00")));
    CHECK(changed.total == yuan("8.00"));
    QSqlQuery audit = shop.store->database().exec(QStringLiteral(
        "SELECT detail FROM audit_log WHERE action = 'price_override' ORDER BY id DESC"));
    REQUIRE(audit.next());
    const QJsonObject detail = QJsonDocument::fromJson(audit.value(0).toByteArray()).object();
    const QJsonObject line = detail.value(QStringLiteral("lines")).toArray().at(0).toObject();
    CHECK(line.value(QStringLiteral("list_price")).toString() == QStringLiteral("10.00"));
    CHECK(line.value(QStringLiteral("price")).toString() == QStringLiteral("8.00"));

    SaleRequest r = shop.sale({}, std::nullopt);
    r.manualDiscount =
        ManualDiscount{{}, Ratio::parse(QStringLiteral("15")).value(), QStringLiteral("老顾客")};
    r = shop.paid(r);
    const Quote quote = shop.store->checkout().quote(r);
    CHECK(quote.cart.totalDue == yuan("8.50"));
    const SaleRecord discounted = shop.store->checkout().commit(r);
    CHECK(discounted.total == yuan("8.50"));
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM sale_discounts d JOIN sales s "
                                             "ON s.id = d.sale_id WHERE d.kind = 'manual'")) == 1);
    // A reason is required, and the discount cannot exceed what is due.
    r.manualDiscount->reason.clear();
    r.payments.clear();
    CHECK(errorOf([&] { shop.store->checkout().quote(r); }) == ErrorCode::ReasonRequired);
    r.manualDiscount = ManualDiscount{yuan("20.00"), {}, QStringLiteral("x")};
    CHECK(errorOf([&] { shop.store->checkout().quote(r); }) == ErrorCode::InvalidAmount);
}

TEST_CASE("A forgotten member keeps their sales without a name and frees their phone",
          "[security][members]")
{
    Shop shop;
    shop.signInOwner();
    MemberHousekeeping &h = shop.store->housekeeping();
    // Stored value must be paid back first.
    CHECK(errorOf([&] { h.forget(shop.zhang.id); }) == ErrorCode::MemberHasBalance);
    shop.store->loyalty().withdraw(shop.zhang.id, PaymentMethod::Cash);
    const qint64 sales = scalar(
        *shop.store,
        QStringLiteral("SELECT count(*) FROM sales WHERE member_id = %1").arg(shop.zhang.id));
    h.forget(shop.zhang.id);
    CHECK(errorOf([&] { shop.store->members().resolve(QStringLiteral("13800138000")); }) ==
          ErrorCode::UnknownMember);
    const Member gone = shop.store->members().get(shop.zhang.id);
    CHECK(gone.deleted);
    CHECK(gone.name == QStringLiteral("-"));
    CHECK(shop.store->loyalty().standing(shop.zhang.id).points == 0);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM sales WHERE member_id = %1")
                                  .arg(shop.zhang.id)) == sales);
    // The phone is free for someone new, and the trail keeps only its masked form.
    NewMember again;
    again.phone = QStringLiteral("13800138000");
    again.name = QStringLiteral("张三丰");
    CHECK_NOTHROW(shop.store->members().add(again));
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                             "'%13800138000%' OR subject LIKE '%13800138000%'")) ==
          0);
    CHECK(errorOf([&] { h.forget(shop.zhang.id); }) == ErrorCode::InvalidArgument);
}

TEST_CASE("Two members merge into one with their points, stored value, sales and card",
          "[security][members]")
{
    Shop shop;
    shop.signInOwner();
    shop.store->loyalty().adjustPoints(shop.li.id, 40, QStringLiteral("开业礼"));
    const MemberStanding a = shop.store->loyalty().standing(shop.zhang.id);
    const MemberStanding b = shop.store->loyalty().standing(shop.li.id);
    const MergeResult result = shop.store->housekeeping().merge(shop.zhang.id, shop.li.id);
    CHECK(result.pointsMoved == b.points);
    CHECK(result.storedValueMoved == b.storedValue.total());
    const MemberStanding merged = shop.store->loyalty().standing(shop.zhang.id);
    CHECK(merged.points == a.points + b.points);
    CHECK(merged.storedValue.total() == a.storedValue.total() + b.storedValue.total());
    CHECK(result.kept.cardNo == QStringLiteral("C002"));
    CHECK(shop.store->members().resolve(QStringLiteral("C002")).id == shop.zhang.id);
    CHECK(shop.store->members().get(shop.li.id).deleted);
    // The books still balance: every cached balance equals its ledger.
    CHECK(scalar(*shop.store,
                 QStringLiteral("SELECT count(*) FROM members m WHERE points_balance <> (SELECT "
                                "coalesce(sum(points), 0) FROM points_ledger l WHERE l.member_id "
                                "= m.id) OR stored_paid_fen + stored_bonus_fen <> (SELECT "
                                "coalesce(sum(paid_fen + bonus_fen), 0) FROM stored_value_ledger "
                                "s WHERE s.member_id = m.id)")) == 0);
    CHECK(errorOf([&] { shop.store->housekeeping().merge(shop.zhang.id, shop.zhang.id); }) ==
          ErrorCode::InvalidArgument);
    CHECK(errorOf([&] { shop.store->housekeeping().merge(shop.zhang.id, shop.li.id); }) ==
          ErrorCode::InvalidArgument);
}
