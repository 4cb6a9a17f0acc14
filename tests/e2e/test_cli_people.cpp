// People on the command line: users and PINs, --user signing in with the PIN from the
// environment, permissions refused with stable codes, member deletion and merging, bonus
// adjustments, and the audit trail listed and verified — and found out when edited.
#include "ctl.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace storedesk::test;

namespace {

/// A store with an owner (王老板, 2580) and a cashier (小张, 1357), and members 张三 and 李四.
struct Staffed
{
    Ctl ctl;

    Staffed()
    {
        REQUIRE(ctl(words("init --store-name 老街便利店")).exitCode == 0);
        ctl.setEnv(QStringLiteral("STOREDESK_NEW_PIN"), QStringLiteral("2580"));
        REQUIRE(ctl(words("user add 王老板 --role owner")).exitCode == 0);
        as("王老板", "2580");
        ctl.setEnv(QStringLiteral("STOREDESK_NEW_PIN"), QStringLiteral("1357"));
        REQUIRE(ctl(words("user add 小张 --role cashier")).exitCode == 0);
        REQUIRE(ctl(words("member add --phone 13800138000 --name 张三")).exitCode == 0);
        REQUIRE(ctl(words("member add --phone 13900139000 --name 李四 --card C002")).exitCode == 0);
        REQUIRE(ctl(words("topup 13900139000 50.00 --method cash")).exitCode == 0);
    }

    void as(const char *user, const char *pin)
    {
        ctl.setEnv(QStringLiteral("STOREDESK_USER"), QString::fromUtf8(user));
        ctl.setEnv(QStringLiteral("STOREDESK_PIN"), QString::fromUtf8(pin));
    }
};

} // namespace

TEST_CASE("The first user is the owner and then adding people takes the owner", "[cli][people]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    ctl.setEnv(QStringLiteral("STOREDESK_NEW_PIN"), QStringLiteral("1234"));
    const Run weak = ctl(words("user add 王老板 --role owner"));
    CHECK(weak.exitCode == 1);
    CHECK(weak.errorCode() == QStringLiteral("weak_pin"));
    ctl.setEnv(QStringLiteral("STOREDESK_NEW_PIN"), QStringLiteral("2580"));
    const Run notOwner = ctl(words("user add 小张 --role cashier"));
    CHECK(notOwner.errorCode() == QStringLiteral("invalid_argument"));
    CHECK(notOwner.errorMessage().contains(QStringLiteral("owner")));
    const Run owner = ctl(words("user add 王老板 --role owner"));
    REQUIRE(owner.exitCode == 0);
    CHECK(owner.object().value(QStringLiteral("role")).toString() == QStringLiteral("owner"));
    CHECK_FALSE(owner.out.contains("2580"));
    CHECK(ctl(words("user add 小张 --role cashier")).errorCode() ==
          QStringLiteral("sign_in_required"));
    const Run list = ctl(words("user list"));
    REQUIRE(list.array().size() == 1);
    CHECK(ctl(words("user add 小张 --role boss")).errorCode() ==
          QStringLiteral("invalid_argument"));
}

TEST_CASE("Signing in with --user takes the PIN from STOREDESK_PIN and wrong ones lock",
          "[cli][people]")
{
    Staffed s;
    s.as("小张", "1357");
    const Run denied = s.ctl(words("points adjust 13800138000 --points 5 --reason 补录"));
    CHECK(denied.exitCode == 1);
    CHECK(denied.errorCode() == QStringLiteral("permission_denied"));
    CHECK(denied.errorMessage().contains(QStringLiteral("小张")));
    s.as("王老板", "2580");
    CHECK(s.ctl(words("points adjust 13800138000 --points 5 --reason 补录")).exitCode == 0);

    s.as("小张", "0000");
    for (int i = 0; i < 4; ++i)
        CHECK(s.ctl(words("member show 13800138000")).errorCode() == QStringLiteral("wrong_pin"));
    CHECK(s.ctl(words("member show 13800138000")).errorCode() == QStringLiteral("user_locked"));
    s.as("小张", "1357");
    CHECK(s.ctl(words("member show 13800138000")).errorCode() == QStringLiteral("user_locked"));
    s.as("王老板", "2580");
    const Run unlocked = s.ctl(words("user unlock 小张"));
    REQUIRE(unlocked.exitCode == 0);
    CHECK(unlocked.object().value(QStringLiteral("locked_until")).isNull());
    s.as("小张", "1357");
    CHECK(s.ctl(words("member show 13800138000")).exitCode == 0);
    s.as("无名氏", "1357");
    CHECK(s.ctl(words("member show 13800138000")).errorCode() == QStringLiteral("unknown_user"));
}

TEST_CASE("The last owner cannot be demoted and a user can change their own PIN", "[cli][people]")
{
    Staffed s;
    s.as("王老板", "2580");
    CHECK(s.ctl(words("user set 王老板 --role manager")).errorCode() ==
          QStringLiteral("last_owner"));
    CHECK(s.ctl(words("user set 小张 --role manager")).object().value(QStringLiteral("role")) ==
          QStringLiteral("manager"));
    s.as("小张", "1357");
    s.ctl.setEnv(QStringLiteral("STOREDESK_NEW_PIN"), QStringLiteral("8642"));
    REQUIRE(s.ctl(words("user pin")).exitCode == 0);
    CHECK(s.ctl(words("member show 13800138000")).errorCode() == QStringLiteral("wrong_pin"));
    s.as("小张", "8642");
    CHECK(s.ctl(words("member show 13800138000")).exitCode == 0);
}

TEST_CASE("Deleting and merging members and adjusting bonus take the right person", "[cli][people]")
{
    Staffed s;
    s.as("小张", "1357");
    CHECK(s.ctl(words("member delete 13800138000")).errorCode() ==
          QStringLiteral("permission_denied"));
    CHECK(s.ctl(words("storedvalue adjust 13900139000 --amount 5.00 --reason 补偿")).errorCode() ==
          QStringLiteral("permission_denied"));
    s.as("王老板", "2580");
    const Run bonus = s.ctl(words("storedvalue adjust 13900139000 --amount 5.00 --reason 补偿"));
    REQUIRE(bonus.exitCode == 0);
    CHECK(bonus.object().value(QStringLiteral("bonus")).toString() == QStringLiteral("5.00"));
    CHECK(bonus.object().value(QStringLiteral("paid")).toString() == QStringLiteral("50.00"));
    CHECK(s.ctl(words("storedvalue adjust 13900139000 --amount 5.00")).errorCode() ==
          QStringLiteral("reason_required"));
    CHECK(s.ctl(words("member delete 13900139000")).errorCode() ==
          QStringLiteral("member_has_balance"));

    const Run merged = s.ctl(words("member merge 13800138000 13900139000"));
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.object().value(QStringLiteral("stored_value_moved")).toString() ==
          QStringLiteral("55.00"));
    const Run kept = s.ctl(words("member show C002"));
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.object().value(QStringLiteral("phone")).toString() == QStringLiteral("13800138000"));
    CHECK(s.ctl(words("member show 13900139000")).errorCode() == QStringLiteral("not_found"));

    REQUIRE(s.ctl(words("withdraw 13800138000 --method cash")).exitCode == 0);
    const Run deleted = s.ctl(words("member delete 13800138000"));
    REQUIRE(deleted.exitCode == 0);
    CHECK(deleted.object().value(QStringLiteral("phone")).toString() ==
          QStringLiteral("138****8000"));
    CHECK(s.ctl(words("member find 8000")).array().isEmpty());
}

TEST_CASE("audit list shows who did what and audit verify finds an edited entry", "[cli][people]")
{
    Staffed s;
    s.as("王老板", "2580");
    REQUIRE(s.ctl(words("points adjust 13800138000 --points 5 --reason 补录")).exitCode == 0);
    const Run list = s.ctl(words("audit list --action points_adjust"));
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.array().size() == 1);
    const QJsonObject entry = list.array().first().toObject();
    CHECK(entry.value(QStringLiteral("user")).toString() == QStringLiteral("王老板"));
    CHECK(entry.value(QStringLiteral("program")).toString() == QStringLiteral("storedeskctl"));
    CHECK(
        entry.value(QStringLiteral("subject")).toString().contains(QStringLiteral("138****8000")));
    CHECK_FALSE(s.ctl(words("audit list")).out.contains("13800138000"));
    CHECK(s.ctl(words("audit verify")).object().value(QStringLiteral("intact")).toBool());
    s.as("小张", "1357");
    CHECK(s.ctl(words("audit list")).errorCode() == QStringLiteral("permission_denied"));

    // Someone edits the file behind StoreDesk's back: the trail says where.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(s.ctl.db());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE audit_log SET detail = replace(detail, '\"points\":5', "
                                  "'\"points\":500') WHERE action = 'points_adjust'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    s.as("王老板", "2580");
    const Run verify = s.ctl(words("audit verify"));
    CHECK(verify.exitCode == 1);
    CHECK(verify.errorCode() == QStringLiteral("audit_broken"));
}
