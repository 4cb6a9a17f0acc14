// People and permissions: the first user is the owner, PINs are kept as Argon2id hashes and
// checked for strength, five wrong tries lock a user for a while, a cashier needs a manager's
// approval for a manager's action (used once, within minutes), the last owner stays an owner,
// and every step is in the audit trail.
#include "catchqt.h"
#include "security/secrets.h"
#include "staffedstore.h"
#include "teststore.h"

#include <QFile>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::TestStore;

using Staffed = storedesk::test::StaffedStore;

TEST_CASE("PINs are checked for strength and kept only as Argon2id hashes", "[security]")
{
    for (const char *weak : {"123", "1234", "9876", "0000", "abc", "1234567890123", "passwrd"}) {
        INFO(weak);
        CHECK(errorOf([&] { Secrets::checkStrength(QString::fromLatin1(weak)); }) ==
              ErrorCode::WeakPin);
    }
    for (const char *fine : {"2580", "135790", "correct horse", "店长的密码很长很长"}) {
        INFO(fine);
        CHECK_NOTHROW(Secrets::checkStrength(QString::fromUtf8(fine)));
    }
    const QString hash = Secrets::hash(QStringLiteral("2580"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(Secrets::verify(hash, QStringLiteral("2580")));
    CHECK_FALSE(Secrets::verify(hash, QStringLiteral("2581")));
    CHECK_FALSE(Secrets::verify(QStringLiteral("not a hash"), QStringLiteral("2580")));
    CHECK(hash != Secrets::hash(QStringLiteral("2580"))); // salted

    Staffed shop;
    QFile file(shop.store.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    shop.store->database().exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("$argon2id$"));
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM users WHERE secret_hash IN "
                                             "('2580', '3690', '1357')")) == 0);
}

TEST_CASE("The first user is the owner and adding more takes the owner", "[security]")
{
    TestStore store;
    Security &s = store->security();
    CHECK_FALSE(s.hasUsers());
    CHECK(s.allows(Permission::UsersManage)); // no users yet: nothing to check against
    CHECK(errorOf([&] {
              s.addUser(QStringLiteral("小张"), Role::Cashier, QStringLiteral("1357"));
          }) == ErrorCode::InvalidArgument);
    const User owner = s.addUser(QStringLiteral("王老板"), Role::Owner, QStringLiteral("2580"));
    CHECK(s.hasUsers());
    CHECK_FALSE(s.allows(Permission::Refund));
    CHECK(errorOf([&] {
              s.addUser(QStringLiteral("小张"), Role::Cashier, QStringLiteral("1357"));
          }) == ErrorCode::SignInRequired);
    s.signIn(QStringLiteral("王老板"), QStringLiteral("2580"));
    CHECK(errorOf([&] {
              s.addUser(QStringLiteral("王老板"), Role::Cashier, QStringLiteral("1357"));
          }) == ErrorCode::DuplicateUser);
    CHECK(errorOf([&] {
              s.addUser(QStringLiteral("小张"), Role::Cashier, QStringLiteral("1111"));
          }) == ErrorCode::WeakPin);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM users")) == 1);
    const User cashier = s.addUser(QStringLiteral("小张"), Role::Cashier, QStringLiteral("1357"));

    // The only owner stays one.
    CHECK(errorOf([&] {
              s.changeUser(owner.id, {std::nullopt, Role::Manager, std::nullopt});
          }) == ErrorCode::LastOwner);
    CHECK(errorOf([&] {
              s.changeUser(owner.id, {std::nullopt, std::nullopt, false});
          }) == ErrorCode::LastOwner);
    s.changeUser(cashier.id, {std::nullopt, Role::Owner, std::nullopt});
    s.changeUser(owner.id, {std::nullopt, Role::Manager, std::nullopt});
    CHECK(s.current()->role == Role::Manager);
    CHECK_FALSE(s.allows(Permission::UsersManage));
}

TEST_CASE("Five wrong PINs lock a user until the lock runs out or the owner lifts it", "[security]")
{
    Staffed shop;
    Security &s = shop.store->security();
    CHECK(errorOf([&] { s.signIn(QStringLiteral("nobody"), QStringLiteral("2580")); }) ==
          ErrorCode::UnknownUser);
    for (int i = 1; i < Security::kMaxTries; ++i) {
        CHECK(errorOf([&] { s.signIn(QStringLiteral("小张"), QStringLiteral("9999")); }) ==
              ErrorCode::WrongPin);
    }
    CHECK(errorOf([&] { s.signIn(QStringLiteral("小张"), QStringLiteral("9999")); }) ==
          ErrorCode::UserLocked);
    // Even the right PIN is refused while locked.
    CHECK(errorOf([&] { s.signIn(QStringLiteral("小张"), QStringLiteral("1357")); }) ==
          ErrorCode::UserLocked);
    CHECK_FALSE(s.current());
    shop.store.clock().advanceSeconds(qint64(Security::kLockMinutes) * 60 + 1);
    CHECK(s.signIn(QStringLiteral("小张"), QStringLiteral("1357")).name == QStringLiteral("小张"));
    s.signOut();

    // A success resets the count; a lock can be lifted by the owner.
    for (int i = 0; i < Security::kMaxTries; ++i)
        errorOf([&] { s.signIn(QStringLiteral("小张"), QStringLiteral("9999")); });
    CHECK(errorOf([&] { s.signIn(QStringLiteral("小张"), QStringLiteral("1357")); }) ==
          ErrorCode::UserLocked);
    s.signIn(QStringLiteral("王老板"), QStringLiteral("2580"));
    s.unlock(shop.cashier.id);
    s.signOut();
    CHECK_NOTHROW(s.signIn(QStringLiteral("小张"), QStringLiteral("1357")));
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'user_locked'")) == 2);
    CHECK(scalar(*shop.store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                             "'sign_in_failed'")) == 2 * (Security::kMaxTries - 1));
}

TEST_CASE("A cashier acts with a manager's approval once and only within minutes", "[security]")
{
    Staffed shop;
    Security &s = shop.store->security();
    s.signIn(QStringLiteral("小张"), QStringLiteral("1357"));
    CHECK_FALSE(s.allows(Permission::Refund));
    CHECK(errorOf([&] { s.require(Permission::Refund); }) == ErrorCode::PermissionDenied);
    // Another cashier cannot approve; a wrong PIN does not approve.
    CHECK(errorOf([&] {
              s.approve(QStringLiteral("小张"), QStringLiteral("1357"), Permission::Refund);
          }) == ErrorCode::PermissionDenied);
    CHECK(errorOf([&] {
              s.approve(QStringLiteral("李经理"), QStringLiteral("0001"), Permission::Refund);
          }) == ErrorCode::WrongPin);
    // A manager may approve a return but not deleting a member.
    CHECK(errorOf([&] {
              s.approve(QStringLiteral("李经理"), QStringLiteral("3690"), Permission::MemberDelete);
          }) == ErrorCode::PermissionDenied);
    s.approve(QStringLiteral("李经理"), QStringLiteral("3690"), Permission::Refund);
    CHECK(s.canAct(Permission::Refund));
    CHECK_FALSE(s.canAct(Permission::PointsAdjust));
    const Actor actor = s.require(Permission::Refund);
    CHECK(actor.name == QStringLiteral("小张"));
    CHECK(actor.approverName == QStringLiteral("李经理"));
    CHECK(errorOf([&] { s.require(Permission::Refund); }) == ErrorCode::PermissionDenied);

    s.approve(QStringLiteral("李经理"), QStringLiteral("3690"), Permission::Refund);
    shop.store.clock().advanceSeconds(qint64(Security::kApprovalMinutes) * 60 + 1);
    CHECK(errorOf([&] { s.require(Permission::Refund); }) == ErrorCode::PermissionDenied);

    // A user switched off by another program loses the session at the next check.
    s.approve(QStringLiteral("李经理"), QStringLiteral("3690"), Permission::Refund);
    shop.store->database().exec(QStringLiteral("UPDATE users SET active = 0 WHERE name = '小张'"));
    CHECK(errorOf([&] { s.require(Permission::Refund); }) == ErrorCode::SignInRequired);
    CHECK_FALSE(s.current());
}

TEST_CASE("The audit trail finds an entry changed or removed behind its back", "[security]")
{
    Staffed shop;
    Security &s = shop.store->security();
    s.signIn(QStringLiteral("王老板"), QStringLiteral("2580"));
    const AuditCheck fine = s.verifyAudit();
    CHECK(fine.intact);
    CHECK(fine.entries >= 5); // three users added, sign-ins and -outs
    const qint64 entries = fine.entries;
    const QList<AuditEntry> newest = s.auditEntries({});
    REQUIRE(newest.size() == entries);
    CHECK(newest.first().action == QStringLiteral("sign_in"));
    CHECK(newest.last().action == QStringLiteral("user_added"));
    AuditFilter onlyAdds;
    onlyAdds.action = QStringLiteral("user_added");
    CHECK(s.auditEntries(onlyAdds).size() == 3);

    Database &db = shop.store->database();
    // Through SQL the trail cannot be changed...
    CHECK(errorOf([&] {
              db.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 2"));
          }) == ErrorCode::DatabaseError);
    CHECK(errorOf([&] { db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")); }) ==
          ErrorCode::DatabaseError);

    // ...and what gets past the triggers shows.
    const auto tamper = [&db](const QString &sql) {
        db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        db.exec(sql);
    };
    SECTION("an edited entry")
    {
        tamper(QStringLiteral("UPDATE audit_log SET subject = 'user:someone' WHERE id = 2"));
        const AuditCheck check = s.verifyAudit();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBadId == 2);
    }
    SECTION("a removed entry")
    {
        tamper(QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        CHECK(s.verifyAudit().firstBadId == 3);
    }
    SECTION("the newest entries removed")
    {
        tamper(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(entries - 1));
        const AuditCheck check = s.verifyAudit();
        CHECK_FALSE(check.intact);
        CHECK(check.firstBadId == entries - 1);
    }
    SECTION("a cashier may not read it")
    {
        s.signOut();
        s.signIn(QStringLiteral("小张"), QStringLiteral("1357"));
        CHECK(errorOf([&] { s.verifyAudit(); }) == ErrorCode::PermissionDenied);
    }
}
