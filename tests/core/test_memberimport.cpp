// Moving members in from another system: columns found from the headers old systems write,
// every row checked like a new member, points and stored value as opening ledger entries, and
// either all rows, the good ones (skip bad) or nothing at all.
#include "catchqt.h"
#include "domain/error.h"
#include "io/importvalues.h"
#include "io/memberimport.h"
#include "storechecksum.h"
#include "teststore.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace storedesk::core;
using storedesk::test::changedTables;
using storedesk::test::errorOf;
using storedesk::test::scalar;
using storedesk::test::snapshot;
using storedesk::test::TestStore;

namespace {

CsvTable table(const char *text)
{
    return CsvTable::fromBytes(QByteArray(text));
}

ImportReport import(Store &store, const CsvTable &csv, ImportOptions options = {},
                    const QStringList &maps = {})
{
    ImportMapping mapping = MemberImport::detect(csv);
    for (const QString &m : maps)
        mapping.assign(m);
    if (options.source.isEmpty())
        options.source = QStringLiteral("old.csv");
    return MemberImport(store).run(csv, mapping, options);
}

QStringList problemsOf(const ImportReport &report)
{
    QStringList out;
    for (const ImportProblem &p : report.problems)
        out.append(QStringLiteral("%1 %2 %3").arg(p.line).arg(p.field, errorCodeName(p.code)));
    return out;
}

const char *const kOldSystem = "会员卡号,姓名,手机号,性别,生日,当前积分,储值余额,会员等级,标签,"
                               "备注,注册时间,最后消费时间,微信号\n"
                               "V0001,张三,138 0013 8000,男,1990/5/17,\"1,200\",¥350.50,金卡会员,"
                               "VIP、老顾客,爱喝茶,2019-03-05 14:22:10,2026-10-01,zs_wx\n"
                               "V0002,李四,=\"13900139000\",女士,19880230,0,0,,,,2020年1月2日,,\n";

} // namespace

TEST_CASE("Headers of old systems are recognised, in Chinese and English", "[import][mapping]")
{
    const ImportMapping zh = ImportMapping::detect(
        {QStringLiteral("联系电话"), QStringLiteral("会员姓名"), QStringLiteral("*手机"),
         QStringLiteral("出生日期"), QStringLiteral("卡号"), QStringLiteral("可用积分"),
         QStringLiteral("预存款（元）"), QStringLiteral("赠送余额"), QStringLiteral("入会日期"),
         QStringLiteral("微信")});
    CHECK(zh.columnOf(ImportField::Phone) == 2); // the mobile column, not the landline
    CHECK(zh.columnOf(ImportField::Name) == 1);
    CHECK(zh.columnOf(ImportField::Birthday) == 3);
    CHECK(zh.columnOf(ImportField::Card) == 4);
    CHECK(zh.columnOf(ImportField::Points) == 5);
    CHECK(zh.columnOf(ImportField::StoredValue) == 6);
    CHECK(zh.columnOf(ImportField::StoredBonus) == 7);
    CHECK(zh.columnOf(ImportField::Joined) == 8);
    CHECK(zh.unknownColumns() == QStringList{QStringLiteral("联系电话"), QStringLiteral("微信")});

    const ImportMapping en = ImportMapping::detect(
        {QStringLiteral("Mobile"), QStringLiteral("Name"), QStringLiteral("Gender"),
         QStringLiteral("stored_value"), QStringLiteral("Points"), QStringLiteral("Tier"),
         QStringLiteral("last_visit"), QStringLiteral("Notes")});
    CHECK(en.columnOf(ImportField::Phone) == 0);
    CHECK(en.columnOf(ImportField::Gender) == 2);
    CHECK(en.columnOf(ImportField::StoredValue) == 3);
    CHECK(en.columnOf(ImportField::Tier) == 5);
    CHECK(en.columnOf(ImportField::LastVisit) == 6);
    CHECK(en.columnOf(ImportField::Note) == 7);
    CHECK(en.unknownColumns().isEmpty());
}

TEST_CASE("A mapping is changed by hand, field=Header", "[import][mapping]")
{
    ImportMapping m = ImportMapping::detect(
        {QStringLiteral("电话"), QStringLiteral("客户"), QStringLiteral("会员编号")});
    CHECK(m.columnOf(ImportField::Phone) == 0);
    CHECK(m.columnOf(ImportField::Name) < 0);
    m.assign(QStringLiteral("name=客户"));
    m.assign(QStringLiteral("card=会员编号"));
    CHECK(m.columnOf(ImportField::Name) == 1);
    CHECK(m.columnOf(ImportField::Card) == 2);
    m.assign(QStringLiteral("card="));
    CHECK(m.columnOf(ImportField::Card) < 0);
    CHECK(m.unknownColumns() == QStringList{QStringLiteral("会员编号")});
    CHECK(errorOf([&] { m.assign(QStringLiteral("name=姓名")); }) == ErrorCode::UnknownColumn);
    CHECK(errorOf([&] { m.assign(QStringLiteral("wechat=客户")); }) == ErrorCode::InvalidArgument);
    CHECK(errorOf([&] { m.assign(QStringLiteral("name")); }) == ErrorCode::InvalidArgument);
}

TEST_CASE("Cells are read in the forms old systems write them", "[import][values]")
{
    const QTimeZone shanghai("Asia/Shanghai");
    CHECK(ImportValues::cell(QStringLiteral("  =\"0001\" ")) == QStringLiteral("0001"));
    CHECK(ImportValues::cell(QStringLiteral("'13800138000")) == QStringLiteral("13800138000"));
    CHECK(ImportValues::cell(QStringLiteral("\u3000张三\u3000")) == QStringLiteral("张三"));

    for (const char *day : {"2019-03-05", "2019/3/5", "2019.03.05", "20190305", "2019年3月5日"}) {
        INFO(day);
        CHECK(ImportValues::moment(QString::fromUtf8(day), shanghai) ==
              QDateTime(QDate(2019, 3, 4), QTime(16, 0), Qt::UTC));
    }
    CHECK(ImportValues::moment(QStringLiteral("2019-03-05 14:22:10"), shanghai) ==
          QDateTime(QDate(2019, 3, 5), QTime(6, 22, 10), Qt::UTC));
    CHECK(ImportValues::moment(QStringLiteral("2019-03-05T14:22:10+08:00"), shanghai) ==
          QDateTime(QDate(2019, 3, 5), QTime(6, 22, 10), Qt::UTC));
    CHECK_FALSE(ImportValues::moment(QStringLiteral("2019-02-30"), shanghai).isValid());
    CHECK_FALSE(ImportValues::moment(QStringLiteral("昨天"), shanghai).isValid());

    CHECK(ImportValues::amount(QStringLiteral("¥1,280.50"), {}) == Money::fromFen(128050));
    CHECK(ImportValues::amount(QStringLiteral("35元"), {}) == Money::fromFen(3500));
    CHECK(ImportValues::amount(QStringLiteral("12.300"), {}) == Money::fromFen(1230));
    CHECK(ImportValues::amount(QString(), {}).isZero());
    for (const char *bad : {"-5", "12.345", "abc", "1e5", "¥", "99999999999"}) {
        INFO(bad);
        CHECK(errorOf([&] { ImportValues::amount(QString::fromUtf8(bad), {}); }) ==
              ErrorCode::InvalidAmount);
    }
    CHECK(ImportValues::points(QStringLiteral("1,200")) == 1200);
    CHECK(ImportValues::points(QStringLiteral("1200.00")) == 1200);
    for (const char *bad : {"-1", "12.5", "lots", "99999999999999999999"}) {
        INFO(bad);
        CHECK(errorOf([&] { ImportValues::points(QString::fromUtf8(bad)); }) ==
              ErrorCode::InvalidPoints);
    }
    CHECK(ImportValues::gender(QStringLiteral("女士")) == Gender::Female);
    CHECK(ImportValues::gender(QStringLiteral("M")) == Gender::Male);
    CHECK(ImportValues::gender(QStringLiteral("保密")) == Gender::Unspecified);
    CHECK(errorOf([&] { ImportValues::gender(QStringLiteral("x")); }) == ErrorCode::InvalidGender);
    CHECK(ImportValues::status(QStringLiteral("冻结")) == MemberStatus::Frozen);
    CHECK(ImportValues::status(QString()) == MemberStatus::Active);
    CHECK(ImportValues::tags(QStringLiteral("VIP、老顾客;VIP|学生")) ==
          QStringList{QStringLiteral("VIP"), QStringLiteral("老顾客"), QStringLiteral("学生")});
    try {
        ImportValues::phone(QStringLiteral("1.38001E+10"));
        FAIL("a rounded phone was taken");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidPhone);
        CHECK(e.message().contains(QStringLiteral("spreadsheet")));
    }
}

TEST_CASE("Imported members keep their details, balances come in as opening entries", "[import]")
{
    TestStore store;
    store->settings().setTimeZone(QStringLiteral("Asia/Shanghai"));
    const ImportReport report = import(*store, table(kOldSystem));
    // 1988-02-30 is no day: line 3 is refused, and nothing is written.
    CHECK(problemsOf(report) == QStringList{QStringLiteral("3 birthday invalid_date")});
    CHECK(report.imported == 0);
    CHECK(store->members().count() == 0);

    ImportOptions skip;
    skip.skipBad = true;
    const ImportReport done = import(*store, table(kOldSystem), skip);
    CHECK(done.rows == 2);
    CHECK(done.accepted == 1);
    CHECK(done.imported == 1);
    CHECK(done.points == 1200);
    CHECK(done.storedValue == Money::fromFen(35050));

    const Member m = store->members().resolve(QStringLiteral("13800138000"));
    CHECK(m.name == QStringLiteral("张三"));
    CHECK(m.cardNo == QStringLiteral("V0001"));
    CHECK(m.gender == Gender::Male);
    CHECK(m.birthday == QDate(1990, 5, 17));
    CHECK(m.note == QStringLiteral("爱喝茶"));
    CHECK(m.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("老顾客")});
    CHECK(m.joinedAt == QDateTime(QDate(2019, 3, 5), QTime(6, 22, 10), Qt::UTC));

    const MemberStanding s = store->loyalty().standing(m.id);
    CHECK(s.points == 1200);
    CHECK(s.storedValue.paid == Money::fromFen(35050));
    CHECK(s.storedValue.bonus.isZero());
    CHECK(s.tierName == QStringLiteral("金卡会员"));
    CHECK(store->loyalty().points().ledgerBalance(m.id) == 1200);
    CHECK(store->loyalty().storedValue().ledgerBalance(m.id).total() == Money::fromFen(35050));

    const QList<PointsEntry> points = store->loyalty().points().entries(m.id);
    REQUIRE(points.size() == 1);
    CHECK(points[0].kind == PointsKind::Opening);
    CHECK(points[0].reason.contains(QStringLiteral("old.csv")));
    // Opening points last as long as points earned on the day of the import.
    CHECK(points[0].expiresAt ==
          store->loyalty().expiryFor(store.clock().now(), store->rules().current().rules));
    const QList<StoredValueEntry> stored = store->loyalty().storedValue().entries(m.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].kind == StoredValueKind::Opening);

    // The old system's last visit counts for the sleeping lists.
    MemberListFilter sleeping;
    sleeping.sleepingDays = 30;
    CHECK(store->directory().count(sleeping) == 1);
    sleeping.sleepingDays = 60;
    CHECK(store->directory().count(sleeping) == 0);
    // The imported tier is kept for one tier window from the import, like an upgrade.
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM tier_changes WHERE to_tier = 1")) ==
          1);
    store.clock().advanceDays(200);
    store->loyalty().runDaily();
    CHECK(store->loyalty().standing(m.id).tier == 1);
    store.clock().advanceDays(200);
    store->loyalty().runDaily();
    CHECK(store->loyalty().standing(m.id).tier == 0);
}

TEST_CASE("A refused import leaves the store exactly as it was", "[import]")
{
    TestStore store;
    store->members().add({QStringLiteral("13700137000"),
                          QStringLiteral("老会员"),
                          {},
                          {},
                          QStringLiteral("C9"),
                          {},
                          {},
                          {}});
    store->rules().current(); // a new store writes its default rules when first asked
    const auto before = snapshot(store->database());
    const CsvTable csv = table("phone,name,card,points,balance,tier,joined\n"
                               "13800138000,A,C1,10,1.00,,\n"
                               "13700137000,B,,,,,\n"           // already a member
                               "13800138000,C,,,,,\n"           // the same phone as line 2
                               "13900139000,D,C9,,,,\n"         // the card is taken
                               "13900139001,E,C1,,,,\n"         // the card is on line 2
                               "1390013900,F,,,,,\n"            // ten digits
                               "13900139002,,,,,,\n"            // no name
                               "13900139003,G,,-5,12.345,,\n"   // bad points and amount
                               "13900139004,H,,,,铂金,\n"       // no such tier
                               "13900139005,I,,,,,2030-01-01\n" // joins in the future
                               "13900139006,J,,,,,,extra\n");   // a cell past the header
    const ImportReport report = import(*store, csv);
    CHECK(problemsOf(report) ==
          QStringList{
              QStringLiteral("3 phone duplicate_phone"), QStringLiteral("4 phone duplicate_phone"),
              QStringLiteral("5 card duplicate_card"), QStringLiteral("6 card duplicate_card"),
              QStringLiteral("7 phone invalid_phone"), QStringLiteral("8 name invalid_name"),
              QStringLiteral("9 points invalid_points"),
              QStringLiteral("9 stored_value invalid_amount"),
              QStringLiteral("10 tier unknown_tier"), QStringLiteral("11 joined invalid_date"),
              QStringLiteral("12  invalid_csv")});
    CHECK(report.problems[0].column == QStringLiteral("phone"));
    CHECK(report.accepted == 1);
    CHECK(report.imported == 0);
    CHECK(changedTables(before, snapshot(store->database())).isEmpty());

    ImportOptions dry;
    dry.dryRun = true;
    dry.skipBad = true;
    const ImportReport checked = import(*store, csv, dry);
    CHECK(problemsOf(checked) == problemsOf(report));
    CHECK(checked.imported == 0);
    CHECK(changedTables(before, snapshot(store->database())).isEmpty());
}

TEST_CASE("Skipping bad rows imports the good ones in one go", "[import]")
{
    TestStore store;
    ImportOptions skip;
    skip.skipBad = true;
    const CsvTable csv = table("手机,姓名,标签\n"
                               "13800138000,甲,VIP\n"
                               "12345,乙,\n"
                               "13800138002,丙,\"学生,VIP\"\n");
    const ImportReport report = import(*store, csv, skip);
    CHECK(problemsOf(report) == QStringList{QStringLiteral("3 phone invalid_phone")});
    CHECK(report.imported == 2);
    CHECK(store->members().count() == 2);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM member_tags")) == 3);
    // The same file again: every good row is now a member already, and nothing changes.
    const auto before = snapshot(store->database());
    const ImportReport again = import(*store, csv, skip);
    CHECK(again.imported == 0);
    CHECK(again.accepted == 0);
    CHECK(changedTables(before, snapshot(store->database())).isEmpty());
}

TEST_CASE("The bonus part of a stored-value balance stays bonus", "[import]")
{
    TestStore store;
    const ImportReport report =
        import(*store,
               table("phone,name,储值余额,赠送余额\n13800138000,A,600.00,100.00\n"
                     "13800138001,B,50,60\n"),
               {});
    CHECK(problemsOf(report) == QStringList{QStringLiteral("3 stored_bonus invalid_amount")});
    ImportOptions skip;
    skip.skipBad = true;
    import(*store, table("phone,name,储值余额,赠送余额\n13800138000,A,600.00,100.00\n"), skip);
    const MemberId id = store->members().resolve(QStringLiteral("13800138000")).id;
    CHECK(store->loyalty().standing(id).storedValue.paid == Money::fromFen(50000));
    CHECK(store->loyalty().standing(id).storedValue.bonus == Money::fromFen(10000));
    // Refunding the balance hands back the paid-in money only, as for a top-up made here.
    const WithdrawResult refund = store->loyalty().withdraw(id, PaymentMethod::Cash);
    CHECK(refund.returned == Money::fromFen(50000));
    CHECK(refund.bonusForfeited == Money::fromFen(10000));
}

TEST_CASE("Imported members get no welcome coupons and no join-time hook", "[import]")
{
    TestStore store;
    store->coupons().addTemplate(QJsonDocument::fromJson(R"({"name":"新人券",
        "kind":"amount_off","amount":"5.00","min_spend":"50.00","valid_days":30,
        "auto_issue":"welcome"})")
                                     .object());
    import(*store, table("phone,name\n13800138000,A\n"));
    CHECK(store->members().count() == 1);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM coupons")) == 0);
}

TEST_CASE("A file without a phone or name column is refused before any row", "[import]")
{
    TestStore store;
    const CsvTable csv = table("会员编号,微信\n1,x\n");
    const ImportMapping mapping = MemberImport::detect(csv);
    CHECK(errorOf([&] { MemberImport(*store).run(csv, mapping, {}); }) == ErrorCode::MissingColumn);
    CHECK(errorOf([&] { MemberImport::detect(table("")); }) == ErrorCode::InvalidCsv);
}

TEST_CASE("Progress is told as the rows go", "[import]")
{
    TestStore store;
    QByteArray text("phone,name\n");
    for (int i = 0; i < 1000; ++i)
        text += QByteArray::number(13800000000LL + i) + ",M" + QByteArray::number(i) + '\n';
    const CsvTable csv = CsvTable::fromBytes(text);
    QList<std::pair<qint64, qint64>> seen;
    const ImportReport report = MemberImport(*store).run(csv, MemberImport::detect(csv), {},
                                                         [&](qint64 done, qint64 total) {
                                                             seen.append({done, total});
                                                         });
    CHECK(report.imported == 1000);
    REQUIRE(seen.size() > 4);
    CHECK(seen.last() == std::pair<qint64, qint64>(2000, 2000));
    for (int i = 1; i < seen.size(); ++i)
        CHECK(seen[i].first >= seen[i - 1].first);
}

TEST_CASE("A large import into a small store leaves every members index as it was", "[import]")
{
    TestStore store;
    const auto indexes = [&store] {
        QStringList out;
        QSqlQuery q = store->database().exec(
            QStringLiteral("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE "
                           "type = 'index' AND tbl_name = 'members' ORDER BY name"));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    const QStringList before = indexes();
    REQUIRE(before.size() > 2);

    // Enough rows that the import sets the table's indexes aside and builds them again.
    QByteArray file("手机号,姓名,生日,积分\n");
    constexpr int kRows = 6000;
    for (int i = 0; i < kRows; ++i)
        file += QStringLiteral("139%1,会员%2,1990-01-%3,%4\n")
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 100)
                    .toUtf8();
    const ImportReport report = import(*store, CsvTable::fromBytes(file));
    REQUIRE(report.imported == kRows);

    CHECK(indexes() == before);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members")) == kRows);
    QSqlQuery check = store->database().exec(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    // The rebuilt indexes answer as the kept ones would: by name and by birthday month.
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members INDEXED BY members_name "
                                        "WHERE name = '会员4242'")) == 1);
    CHECK(scalar(*store, QStringLiteral("SELECT count(*) FROM members WHERE substr(birthday, 6, "
                                        "2) = '01'")) == kRows);
}
