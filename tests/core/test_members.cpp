#include "catchqt.h"
#include "domain/error.h"
#include "queryplans.h"
#include "teststore.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace storedesk::core;
using storedesk::test::errorOf;
using storedesk::test::plansOf;
using storedesk::test::TestStore;

namespace {

NewMember person(const char *phone, const char *name)
{
    NewMember m;
    m.phone = QString::fromUtf8(phone);
    m.name = QString::fromUtf8(name);
    return m;
}

QStringList names(const QList<Member> &members)
{
    QStringList out;
    for (const Member &m : members)
        out.append(m.name);
    return out;
}

bool scansMembers(const QStringList &plans)
{
    for (const QString &line : plans) {
        // "SCAN m" is a full table scan; "SCAN m USING INDEX" walks an index in order.
        if (line.startsWith(QStringLiteral("SCAN ")) && !line.contains(QStringLiteral("INDEX")))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Registering a member stores it normalized", "[members]")
{
    TestStore store;
    QSignalSpy added(&store->members(), &MemberRegistry::memberAdded);
    NewMember request = person("+86 138-0013-8000", "  张三 ");
    request.birthday = QStringLiteral("1990-05-17");
    request.gender = QStringLiteral("f");
    request.cardNo = QStringLiteral("C001");
    request.tags = {QStringLiteral("VIP"), QStringLiteral("宝妈")};
    const Member m = store->members().add(request);
    CHECK(m.id > 0);
    CHECK(m.phone.digits() == QStringLiteral("13800138000"));
    CHECK(m.name == QStringLiteral("张三"));
    CHECK(m.gender == Gender::Female);
    CHECK(m.birthday == QDate(1990, 5, 17));
    CHECK(m.cardNo == QStringLiteral("C001"));
    CHECK(m.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("宝妈")});
    CHECK(m.status == MemberStatus::Active);
    CHECK(m.joinedAt == store.clock().now());
    CHECK(added.count() == 1);
}

TEST_CASE("Bad member input is refused and writes nothing", "[members]")
{
    TestStore store;
    NewMember first = person("13800138000", "张三");
    first.cardNo = QStringLiteral("C001");
    store->members().add(first);
    MemberRegistry &members = store->members();

    const auto attempt = [&](NewMember m) {
        return errorOf([&] { members.add(m); });
    };
    CHECK(attempt(person("1380013800", "李四")) == ErrorCode::InvalidPhone);
    CHECK(attempt(person("+86 138 0013 8000", "李四")) == ErrorCode::DuplicatePhone);
    CHECK(attempt(person("13900139000", "   ")) == ErrorCode::InvalidName);
    CHECK(
        attempt(person("13900139000", "名字名字名字名字名字名字名字名字名字名字名字名字名字名字名字"
                                      "名字名字名字名字名字名字")) == ErrorCode::InvalidName);
    NewMember m = person("13900139000", "李四");
    m.birthday = QStringLiteral("1990-02-30");
    CHECK(attempt(m) == ErrorCode::InvalidDate);
    m.birthday = QStringLiteral("2027-01-01"); // after the store's today
    CHECK(attempt(m) == ErrorCode::InvalidDate);
    m.birthday = QStringLiteral("17/05/1990");
    CHECK(attempt(m) == ErrorCode::InvalidDate);
    m.birthday.clear();
    m.gender = QStringLiteral("x");
    CHECK(attempt(m) == ErrorCode::InvalidGender);
    m.gender.clear();
    m.cardNo = QStringLiteral("C001");
    CHECK(attempt(m) == ErrorCode::DuplicateCard);
    m.cardNo = QStringLiteral("卡 1");
    CHECK(attempt(m) == ErrorCode::InvalidCard);
    m.cardNo.clear();
    m.tags = {QString()};
    CHECK(attempt(m) == ErrorCode::InvalidArgument);

    CHECK(members.count() == 1);
    QSqlQuery tags = store->database().exec(QStringLiteral("SELECT count(*) FROM member_tags"));
    REQUIRE(tags.next());
    CHECK(tags.value(0).toInt() == 0);
}

TEST_CASE("Updating a member changes only what is given", "[members]")
{
    TestStore store;
    MemberRegistry &members = store->members();
    const Member zhang = members.add(person("13800138000", "张三"));
    const Member li = members.add(person("13900139000", "李四"));
    QSignalSpy changed(&members, &MemberRegistry::memberChanged);

    MemberChange change;
    change.name = QStringLiteral("张三丰");
    change.birthday = QStringLiteral("1985-01-02");
    change.cardNo = QStringLiteral("C9");
    Member updated = members.update(zhang.id, change);
    CHECK(updated.name == QStringLiteral("张三丰"));
    CHECK(updated.phone == zhang.phone);
    CHECK(updated.birthday == QDate(1985, 1, 2));
    CHECK(changed.count() == 1);

    MemberChange clear;
    clear.birthday = QString();
    clear.cardNo = QString();
    clear.status = QStringLiteral("frozen");
    updated = members.update(zhang.id, clear);
    CHECK_FALSE(updated.birthday.isValid());
    CHECK(updated.cardNo.isEmpty());
    CHECK(updated.status == MemberStatus::Frozen);
    CHECK_FALSE(members.byCard(QStringLiteral("C9")).has_value());

    MemberChange steal;
    steal.phone = li.phone.digits();
    CHECK(errorOf([&] { members.update(zhang.id, steal); }) == ErrorCode::DuplicatePhone);
    CHECK(members.get(zhang.id).phone == zhang.phone);
    CHECK(errorOf([&] { members.update(9999, change); }) == ErrorCode::NotFound);
    MemberChange badStatus;
    badStatus.status = QStringLiteral("gone");
    CHECK(errorOf([&] { members.update(zhang.id, badStatus); }) == ErrorCode::InvalidArgument);
}

TEST_CASE("Tags are added and removed together", "[members]")
{
    TestStore store;
    MemberRegistry &members = store->members();
    const Member m = members.add(person("13800138000", "张三"));
    Member tagged = members.changeTags(m.id, {QStringLiteral("VIP"), QStringLiteral("学生")}, {});
    CHECK(tagged.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("学生")});
    tagged = members.changeTags(m.id, {QStringLiteral("VIP")}, {QStringLiteral("学生")});
    CHECK(tagged.tags == QStringList{QStringLiteral("VIP")});
    CHECK(errorOf([&] {
              members.changeTags(m.id, {QStringLiteral("ok"), QStringLiteral(" ")}, {});
          }) == ErrorCode::InvalidArgument);
    CHECK(members.get(m.id).tags == QStringList{QStringLiteral("VIP")});
}

TEST_CASE("The counter finds members by phone or last four or card or name", "[members]")
{
    TestStore store;
    MemberRegistry &members = store->members();
    NewMember zhang = person("13800138000", "张三");
    zhang.cardNo = QStringLiteral("8000");
    members.add(zhang);
    members.add(person("13900008000", "张伟"));
    members.add(person("15012345678", "王芳"));
    members.add(person("18612348000", "李娜"));

    CHECK(names(members.find(QStringLiteral("138 0013 8000"))) ==
          QStringList{QStringLiteral("张三")});
    // Four digits: the card that is exactly "8000" first, then every phone ending in 8000.
    CHECK(names(members.find(QStringLiteral("8000"))) ==
          QStringList({QStringLiteral("张三"), QStringLiteral("张伟"), QStringLiteral("李娜")}));
    CHECK(members.byLastFour(QStringLiteral("8000"), 50).size() == 3);
    CHECK(names(members.find(QStringLiteral("张"))) ==
          QStringList({QStringLiteral("张三"), QStringLiteral("张伟")}));
    CHECK(names(members.find(QStringLiteral("王芳"))) == QStringList{QStringLiteral("王芳")});
    CHECK(members.find(QStringLiteral("赵")).isEmpty());
    CHECK(members.find(QStringLiteral("9999")).isEmpty());
    CHECK(members.find(QStringLiteral("8000"), 2).size() == 2);
    CHECK(errorOf([&] { members.find(QStringLiteral("  ")); }) == ErrorCode::InvalidArgument);

    CHECK(members.resolve(QStringLiteral("+8615012345678")).name == QStringLiteral("王芳"));
    CHECK(members.resolve(QStringLiteral("8000")).name == QStringLiteral("张三"));
    CHECK(errorOf([&] { members.resolve(QStringLiteral("13111111111")); }) ==
          ErrorCode::UnknownMember);
    CHECK(errorOf([&] { members.resolve(QStringLiteral("nobody"), ErrorCode::NotFound); }) ==
          ErrorCode::NotFound);
}

TEST_CASE("Every member lookup is an index lookup and never a table scan", "[members][plan]")
{
    TestStore store;
    MemberRegistry &members = store->members();
    NewMember m = person("13800138000", "张三");
    m.cardNo = QStringLiteral("C001");
    members.add(m);
    Database &db = store->database();

    const auto [what, query] = GENERATE(table<const char *, const char *>({
        {"full phone", "13800138000"},
        {"last four", "8000"},
        {"card", "C001"},
        {"name prefix", "张"},
    }));
    CAPTURE(what);
    const QStringList plans = plansOf(db, [&] { members.find(QString::fromUtf8(query)); });
    INFO(plans.join(QStringLiteral("\n")).toStdString());
    REQUIRE_FALSE(plans.isEmpty());
    CHECK_FALSE(scansMembers(plans));
}
