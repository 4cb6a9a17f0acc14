// The back office from scripts: member lists with filters and paging, a member's history,
// points adjusted by hand, product lists, stock corrections and categories.
#include "ctl.h"

using namespace storedesk::test;

namespace {

QStringList column(const QJsonArray &rows, const char *key)
{
    QStringList out;
    for (const QJsonValue &row : rows) {
        const QJsonValue v = row.toObject().value(QString::fromLatin1(key));
        out.append(v.isString() ? v.toString() : QString::number(v.toInteger()));
    }
    return out;
}

} // namespace

TEST_CASE("member list filters pages and exports csv", "[cli][backoffice]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name 张三 --birthday 1990-11-03 --tag VIP"))
                .exitCode == 0);
    REQUIRE(
        ctl(words("member add --phone 13900139000 --name 李四 --birthday 1990-05-03")).exitCode ==
        0);
    REQUIRE(ctl(words("member add --phone 15012348000 --name 王芳")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name Water --price 2.50")).exitCode ==
            0);
    const QByteArray sale = R"({"member": "13900139000", "lines": [{"barcode": "6901234567892",
        "qty": 4}], "payments": [{"method": "card", "amount": "10.00"}]})";
    REQUIRE(ctl(words("sale -"), "C.UTF-8", sale).exitCode == 0);

    const Run all = ctl(words("member list"));
    REQUIRE(all.exitCode == 0);
    CHECK(column(all.array(), "name") ==
          QStringList({QStringLiteral("王芳"), QStringLiteral("李四"), QStringLiteral("张三")}));
    const QJsonObject li = all.array().at(1).toObject();
    CHECK(li.value(QStringLiteral("points")).toInt() == 10);
    CHECK(li.value(QStringLiteral("tier_name")).toString() == QStringLiteral("普通会员"));
    CHECK(li.value(QStringLiteral("last_sale_at")).toString() ==
          QStringLiteral("2026-11-22T02:00:00.000Z"));

    CHECK(column(ctl(words("member list --tag VIP")).array(), "name") ==
          QStringList{QStringLiteral("张三")});
    CHECK(column(ctl(words("member list --birthday month")).array(), "name") ==
          QStringList{QStringLiteral("张三")});
    CHECK(column(ctl(words("member list --search 8000")).array(), "name") ==
          QStringList({QStringLiteral("王芳"), QStringLiteral("张三")}));
    CHECK(column(ctl(words("member list --tier 普通会员 --search 9000")).array(), "name") ==
          QStringList{QStringLiteral("李四")});
    CHECK(ctl(words("member list --sleeping 30")).array().isEmpty());

    // Paging: the last id of one page starts the next.
    const QJsonArray first = ctl(words("member list --limit 2")).array();
    REQUIRE(first.size() == 2);
    const QString after =
        QString::number(first.at(1).toObject().value(QStringLiteral("id")).toInteger());
    const QJsonArray second =
        ctl({QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("--after"), after})
            .array();
    CHECK(column(second, "name") == QStringList{QStringLiteral("张三")});

    const Run csv = ctl(words("member list --tag VIP --format csv"));
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("id,phone,name,tier_name,points,stored_value")));
    CHECK(lines[1].contains(QStringLiteral("13800138000,张三,普通会员,0,0.00")));

    for (const char *bad : {"member list --tier 7", "member list --birthday year",
                            "member list --sleeping -3", "member list --status gone"}) {
        CAPTURE(bad);
        const Run run = ctl(words(bad));
        CHECK(run.exitCode == 2); // a malformed command line
        CHECK(run.errorCode() == QStringLiteral("invalid_argument"));
    }
}

TEST_CASE("points adjust needs a reason and member history lists the sales", "[cli][backoffice]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name 张三")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name Water --price 2.50")).exitCode ==
            0);
    const QByteArray sale = R"({"member": "13800138000", "lines": [{"barcode": "6901234567892",
        "qty": 2}], "payments": [{"method": "cash", "amount": "5.00", "tendered": "5.00"}]})";
    REQUIRE(ctl(words("sale -"), "C.UTF-8", sale).exitCode == 0);

    const Run adjust =
        ctl({QStringLiteral("points"), QStringLiteral("adjust"), QStringLiteral("13800138000"),
             QStringLiteral("--points"), QStringLiteral("-3"), QStringLiteral("--reason"),
             QStringLiteral("收银员误加")});
    REQUIRE(adjust.exitCode == 0);
    CHECK(adjust.object().value(QStringLiteral("balance")).toInt() == 2);
    CHECK(ctl(words("points adjust 13800138000 --points 5")).errorCode() ==
          QStringLiteral("reason_required"));
    CHECK(ctl(words("points adjust 13800138000 --points -9 --reason x")).errorCode() ==
          QStringLiteral("insufficient_points"));
    CHECK(ctl(words("points adjust 13800138000 --points 0 --reason x")).errorCode() ==
          QStringLiteral("invalid_points"));
    CHECK(ctl(words("points adjust 13111111111 --points 1 --reason x")).errorCode() ==
          QStringLiteral("not_found"));

    const QJsonArray history = ctl(words("member history 13800138000")).array();
    REQUIRE(history.size() == 1);
    const QJsonObject s = history.at(0).toObject();
    CHECK(s.value(QStringLiteral("receipt_no")).toString() == QStringLiteral("20261122-0001"));
    CHECK(s.value(QStringLiteral("items")).toInt() == 2);
    CHECK(s.value(QStringLiteral("total")).toString() == QStringLiteral("5.00"));
    CHECK(s.value(QStringLiteral("points_earned")).toInt() == 5);
}

TEST_CASE("product list stock moves and categories", "[cli][backoffice]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name 可乐 --price 3 --category 饮料 "
                      "--stock 2"))
                .exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 73513537 --name 饼干 --price 5 --category 零食 "
                      "--stock 40 --reorder-level 50"))
                .exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 4006381333931 --name 薯片 --price 6 --stock 30"))
                .exitCode == 0);

    CHECK(column(ctl(words("product list")).array(), "name") ==
          QStringList({QStringLiteral("可乐"), QStringLiteral("薯片"), QStringLiteral("饼干")}));
    CHECK(column(ctl(words("product list --low-stock")).array(), "name") ==
          QStringList({QStringLiteral("可乐"), QStringLiteral("饼干")}));
    CHECK(column(ctl(words("product list --category 饮料")).array(), "name") ==
          QStringList{QStringLiteral("可乐")});

    const Run add = ctl(words("product stock 6901234567892 --add 24 --note 到货"));
    REQUIRE(add.exitCode == 0);
    CHECK(add.object().value(QStringLiteral("stock")).toInt() == 26);
    CHECK(ctl(words("product stock 6901234567892 --remove 1")).errorCode() ==
          QStringLiteral("reason_required"));
    CHECK(ctl(words("product stock 6901234567892 --add 0 --note x")).errorCode() ==
          QStringLiteral("invalid_quantity"));
    CHECK(ctl(words("product stock 6901234567892 --note x")).errorCode() ==
          QStringLiteral("invalid_argument"));
    const QJsonArray moves = ctl(words("product moves 6901234567892")).array();
    CHECK(column(moves, "qty") == QStringList({QStringLiteral("24"), QStringLiteral("2")}));
    CHECK(column(moves, "reason") ==
          QStringList({QStringLiteral("adjust"), QStringLiteral("opening")}));
    CHECK(column(ctl(words("product list --low-stock")).array(), "name") ==
          QStringList{QStringLiteral("饼干")});

    REQUIRE(ctl(words("category add 日用品")).exitCode == 0);
    CHECK(ctl(words("category add 日用品")).errorCode() == QStringLiteral("invalid_name"));
    REQUIRE(ctl(words("category rename 饮料 酒水饮料")).exitCode == 0);
    CHECK(ctl(words("category remove 零食")).errorCode() == QStringLiteral("invalid_argument"));
    REQUIRE(ctl(words("category remove 日用品")).exitCode == 0);
    const QJsonArray categories = ctl(words("category list")).array();
    CHECK(column(categories, "name") ==
          QStringList({QStringLiteral("酒水饮料"), QStringLiteral("零食")}));
    CHECK(ctl(words("product show 6901234567892")).object().value(QStringLiteral("category")) ==
          QStringLiteral("酒水饮料"));
}
