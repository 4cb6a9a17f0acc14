// storedeskctl's contract as other programs see it: JSON on stdout, the error object on stderr,
// stable codes and exit statuses.
#include "ctl.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace storedesk::test;

TEST_CASE("init creates and names the store", "[cli]")
{
    Ctl ctl;
    const Run run =
        ctl({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("老街便利店")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.object().value(QStringLiteral("store_name")).toString() ==
          QStringLiteral("老街便利店"));
    CHECK(run.object().value(QStringLiteral("schema_version")).toInt() >= 1);
    const Run again =
        ctl({QStringLiteral("init"), QStringLiteral("--store-name"), QStringLiteral("新名字")});
    CHECK(again.exitCode == 0);
    CHECK(ctl(words("info")).object().value(QStringLiteral("store_name")).toString() ==
          QStringLiteral("新名字"));
}

TEST_CASE("Commands on a store that does not exist say not_initialized", "[cli]")
{
    Ctl ctl;
    const Run run = ctl(words("member find 8000"));
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errorCode() == QStringLiteral("not_initialized"));
    CHECK(run.errorMessage().contains(QStringLiteral("storedeskctl init")));
}

TEST_CASE("member add find show update and tag", "[cli]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);

    Run add =
        ctl({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--phone"),
             QStringLiteral("+86 138-0013-8000"), QStringLiteral("--name"), QStringLiteral("张三"),
             QStringLiteral("--birthday"), QStringLiteral("1990-05-17"), QStringLiteral("--gender"),
             QStringLiteral("f"), QStringLiteral("--card"), QStringLiteral("C001")});
    REQUIRE(add.exitCode == 0);
    const QJsonObject member = add.object();
    CHECK(member.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(member.value(QStringLiteral("phone")).toString() == QStringLiteral("13800138000"));
    CHECK(member.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(member.value(QStringLiteral("birthday")).toString() == QStringLiteral("1990-05-17"));
    CHECK(member.value(QStringLiteral("gender")).toString() == QStringLiteral("f"));
    CHECK(member.value(QStringLiteral("card")).toString() == QStringLiteral("C001"));
    CHECK(member.value(QStringLiteral("joined_at")).toString() ==
          QStringLiteral("2026-11-22T02:00:00.000Z"));

    REQUIRE(ctl(words("member add --phone 13900008000 --name 李四")).exitCode == 0);

    for (const char *query : {"13800138000", "8000", "C001"}) {
        CAPTURE(query);
        const Run find =
            ctl({QStringLiteral("member"), QStringLiteral("find"), QString::fromUtf8(query)});
        REQUIRE(find.exitCode == 0);
        REQUIRE(find.array().size() >= 1);
        CHECK(find.array().first().toObject().value(QStringLiteral("name")).toString() ==
              QStringLiteral("张三"));
    }
    CHECK(ctl(words("member find 8000")).array().size() == 2);
    CHECK(ctl({QStringLiteral("member"), QStringLiteral("find"), QStringLiteral("李")})
              .array()
              .size() == 1);
    const Run none = ctl(words("member find 0000"));
    CHECK(none.exitCode == 0);
    CHECK(none.array().isEmpty());

    const Run show = ctl(words("member show C001"));
    CHECK(show.object().value(QStringLiteral("phone")).toString() == QStringLiteral("13800138000"));

    const Run update = ctl({QStringLiteral("member"), QStringLiteral("update"),
                            QStringLiteral("13800138000"), QStringLiteral("--name"),
                            QStringLiteral("张三丰"), QStringLiteral("--card"), QString()});
    REQUIRE(update.exitCode == 0);
    CHECK(update.object().value(QStringLiteral("name")).toString() == QStringLiteral("张三丰"));
    CHECK(update.object().value(QStringLiteral("card")).isNull());

    const Run tag =
        ctl({QStringLiteral("member"), QStringLiteral("tag"), QStringLiteral("13800138000"),
             QStringLiteral("VIP"), QStringLiteral("宝妈")});
    REQUIRE(tag.exitCode == 0);
    CHECK(tag.object().value(QStringLiteral("tags")).toArray().size() == 2);
    const Run untag = ctl(words("member tag 13800138000 --remove VIP"));
    CHECK(untag.object().value(QStringLiteral("tags")).toArray() ==
          QJsonArray{QStringLiteral("宝妈")});

    const Run csv = ctl(words("--format csv member find 8000"));
    REQUIRE(csv.exitCode == 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    CHECK(lines.size() == 3);
    CHECK(lines.first().startsWith("id,phone,name"));
}

TEST_CASE("product add update find and show", "[cli]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    Run add = ctl({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--barcode"),
                   QStringLiteral("6901234567892"), QStringLiteral("--name"),
                   QStringLiteral("农夫山泉 550ml"), QStringLiteral("--price"),
                   QStringLiteral("12.50"), QStringLiteral("--member-price"),
                   QStringLiteral("11.00"), QStringLiteral("--category"), QStringLiteral("饮料"),
                   QStringLiteral("--stock"), QStringLiteral("24"), QStringLiteral("--no-points")});
    REQUIRE(add.exitCode == 0);
    const QJsonObject p = add.object();
    CHECK(p.value(QStringLiteral("price")).toString() == QStringLiteral("12.50"));
    CHECK(p.value(QStringLiteral("member_price")).toString() == QStringLiteral("11.00"));
    CHECK(p.value(QStringLiteral("category")).toString() == QStringLiteral("饮料"));
    CHECK(p.value(QStringLiteral("stock")).toInt() == 24);
    CHECK(p.value(QStringLiteral("points_eligible")).toBool() == false);

    const Run update = ctl(words("product update 6901234567892 --price 13 --no-member-price "
                                 "--points --inactive"));
    REQUIRE(update.exitCode == 0);
    CHECK(update.object().value(QStringLiteral("price")).toString() == QStringLiteral("13.00"));
    CHECK(update.object().value(QStringLiteral("member_price")).isNull());
    CHECK(update.object().value(QStringLiteral("points_eligible")).toBool());
    CHECK_FALSE(update.object().value(QStringLiteral("active")).toBool());

    CHECK(ctl(words("product find")).array().size() == 1);
    CHECK(ctl({QStringLiteral("product"), QStringLiteral("find"), QStringLiteral("农夫")})
              .array()
              .size() == 1);
    CHECK(ctl(words("product show 6901234567892")).object().value(QStringLiteral("name")) ==
          QStringLiteral("农夫山泉 550ml"));
}

TEST_CASE("Every refusal has its stable code and a message and changes nothing", "[cli]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name A --card C1")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name W --price 2")).exitCode == 0);

    const auto [line, code, exitCode] = GENERATE(table<const char *, const char *, int>({
        {"member add --phone 1380013800 --name B", "invalid_phone", 1},
        {"member add --phone 138-0013-8000 --name B", "duplicate_phone", 1},
        {"member add --phone 13900139000", "invalid_argument", 2},
        {"member add --phone 13900139000 --name B --birthday 1990-13-01", "invalid_date", 1},
        {"member add --phone 13900139000 --name B --gender x", "invalid_gender", 1},
        {"member add --phone 13900139000 --name B --card C1", "duplicate_card", 1},
        {"member add --phone 13900139000 --name B --bogus", "invalid_argument", 2},
        {"member show 13911112222", "not_found", 1},
        {"member update 13911112222 --name X", "not_found", 1},
        {"member find 8000 --limit 0", "invalid_argument", 2},
        {"product add --barcode 6901234567891 --name X --price 1", "invalid_barcode", 1},
        {"product add --barcode 6901234567892 --name X --price 1", "duplicate_barcode", 1},
        {"product add --barcode 4006381333931 --name X --price 1.999", "invalid_amount", 1},
        {"product add --barcode 4006381333931 --name X --price 1 --stock many", "invalid_quantity",
         1},
        {"product show 4006381333931", "not_found", 1},
        {"product show 4006381333932", "invalid_barcode", 1},
        {"product update 6901234567892 --points --no-points", "invalid_argument", 2},
        {"no such command", "invalid_argument", 2},
        {"--format xml member find 8000", "invalid_argument", 2},
    }));
    CAPTURE(line);
    const Run run = ctl(words(line));
    CHECK(run.exitCode == exitCode);
    CHECK(run.out.isEmpty());
    CHECK(run.errorCode() == QString::fromLatin1(code));
    CHECK_FALSE(run.errorMessage().isEmpty());

    const Run members = ctl(words("member find 8000"));
    CHECK(members.array().size() == 1);
    CHECK(members.array().first().toObject().value(QStringLiteral("name")) == QStringLiteral("A"));
    CHECK(ctl(words("product find")).array().size() == 1);
}

TEST_CASE("A store from a newer StoreDesk is refused with schema_too_new", "[cli]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {ctl.db(), QStringLiteral("PRAGMA user_version = 999;")});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    const Run run = ctl(words("member find 8000"));
    CHECK(run.exitCode == 1);
    CHECK(run.errorCode() == QStringLiteral("schema_too_new"));
}

TEST_CASE("Messages follow the user's language but codes do not", "[cli][i18n]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    const Run zh = ctl(words("member add --phone 123 --name B"), "zh_CN.UTF-8");
    CHECK(zh.errorCode() == QStringLiteral("invalid_phone"));
    CHECK(zh.errorMessage().contains(QStringLiteral("手机号")));
    const Run en = ctl(words("member add --phone 123 --name B"));
    CHECK(en.errorCode() == QStringLiteral("invalid_phone"));
    CHECK(en.errorMessage().contains(QStringLiteral("mobile phone number")));
}

TEST_CASE("demo fills a store with valid searchable data", "[cli]")
{
    Ctl ctl;
    const Run demo = ctl(words("demo --members 200 --products 30 --seed 5"));
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.object().value(QStringLiteral("members")).toInt() == 200);
    CHECK(demo.object().value(QStringLiteral("products")).toInt() == 30);
    CHECK(ctl(words("product find --limit 1000")).array().size() == 30);
    CHECK(ctl(words("demo --members -5")).errorCode() == QStringLiteral("invalid_argument"));
}

TEST_CASE("store set changes only what it is given and refuses bad details whole", "[cli]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name 老街便利店")).exitCode == 0);
    const Run set = ctl({QStringLiteral("store"), QStringLiteral("set"),
                         QStringLiteral("--address"), QStringLiteral("老街 12 号"),
                         QStringLiteral("--receipt-footer"), QStringLiteral("谢谢惠顾\\n欢迎再来"),
                         QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai"),
                         QStringLiteral("--reorder-level"), QStringLiteral("8")});
    REQUIRE(set.exitCode == 0);
    QJsonObject p = ctl(words("store show")).object();
    CHECK(p.value(QStringLiteral("name")).toString() == QStringLiteral("老街便利店"));
    CHECK(p.value(QStringLiteral("address")).toString() == QStringLiteral("老街 12 号"));
    CHECK(p.value(QStringLiteral("receipt_footer")).toString() ==
          QStringLiteral("谢谢惠顾\n欢迎再来"));
    CHECK(p.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Shanghai"));
    CHECK(p.value(QStringLiteral("time_zone_is_system")).toBool() == false);
    CHECK(p.value(QStringLiteral("reorder_level")).toInteger() == 8);

    const auto [option, value] = GENERATE(table<const char *, const char *>({
        {"--time-zone", "Mars/Olympus"},
        {"--reorder-level", "-3"},
        {"--phone", "call me"},
        {"--receipt-header", "1\\n2\\n3\\n4\\n5"},
    }));
    CAPTURE(option);
    // The address is valid; it must not be written when another detail is refused.
    const Run bad =
        ctl({QStringLiteral("store"), QStringLiteral("set"), QStringLiteral("--address"),
             QStringLiteral("新地址"), QString::fromLatin1(option), QString::fromUtf8(value)});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errorCode() == QStringLiteral("invalid_setting"));
    p = ctl(words("store show")).object();
    CHECK(p.value(QStringLiteral("address")).toString() == QStringLiteral("老街 12 号"));
    CHECK(p.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Shanghai"));
    CHECK(p.value(QStringLiteral("reorder_level")).toInteger() == 8);
}

TEST_CASE("check exits 1 with check_failed and says what is wrong", "[cli][check]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("demo --members 20 --products 10")).exitCode == 0);
    REQUIRE(ctl(words("check")).exitCode == 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(ctl.db());
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE members SET points_balance = 5 WHERE id = 1"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run check = ctl(words("check"));
    CHECK(check.exitCode == 1);
    CHECK(check.errorCode() == QStringLiteral("check_failed"));
    CHECK(check.errorMessage().contains(QStringLiteral("points_balance")));
    CHECK_FALSE(check.object().value(QStringLiteral("ok")).toBool());
    bool found = false;
    for (const QJsonValue &v : check.object().value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("check")).toString() != u"points_balance") {
            CHECK(c.value(QStringLiteral("ok")).toBool());
            continue;
        }
        found = true;
        CHECK(c.value(QStringLiteral("problems")).toInt() == 1);
        CHECK(c.value(QStringLiteral("examples")).toArray().size() == 1);
    }
    CHECK(found);
    // The message is for people, in their language.
    CHECK(ctl(words("check"), "zh_CN.UTF-8").errorMessage().contains(QStringLiteral("问题")));
}
