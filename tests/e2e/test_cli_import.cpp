// Moving in and out from scripts: import members (a dry run first, all or nothing, skip bad),
// and member and sales exports that spreadsheets open and that import reads back.
#include "ctl.h"

#include <QFile>
#include <QStringEncoder>

using namespace storedesk::test;

namespace {

QString write(const Ctl &ctl, const char *name, const QByteArray &bytes)
{
    const QString path = ctl.db() + QStringLiteral(".") + QString::fromLatin1(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList problemLines(const Run &run)
{
    QStringList out;
    for (const QJsonValue &p : run.object().value(QStringLiteral("problems")).toArray()) {
        const QJsonObject o = p.toObject();
        out.append(QStringLiteral("%1 %2 %3")
                       .arg(o.value(QStringLiteral("line")).toInt())
                       .arg(o.value(QStringLiteral("field")).toString(),
                            o.value(QStringLiteral("code")).toString()));
    }
    return out;
}

// A GBK export of an old membership system, with CRLF line ends and a column StoreDesk has no
// use for.
QByteArray oldSystemExport()
{
    QStringEncoder gbk("GB18030");
    return gbk.encode(QStringLiteral("会员卡号,会员姓名,手机,性别,出生日期,可用积分,余额,微信号\r\n"
                                     "8001,张三,13800138000,男,1990-05-17,250,100.00,zhang\r\n"
                                     "8002,李四,1380013800,女,,0,0,li\r\n"
                                     "8003,王五,13900139000,,,30,12.50,\r\n"));
}

} // namespace

TEST_CASE("import members refuses the whole file for one bad row and says where", "[cli][import]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    const QString path = write(ctl, "old.csv", oldSystemExport());

    const Run dry = ctl(
        {QStringLiteral("import"), QStringLiteral("members"), path, QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject report = dry.object();
    CHECK(report.value(QStringLiteral("encoding")).toString() == QStringLiteral("gb18030"));
    CHECK(report.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(report.value(QStringLiteral("accepted")).toInt() == 2);
    CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(report.value(QStringLiteral("unknown_columns")).toArray() ==
          QJsonArray{QStringLiteral("微信号")});
    CHECK(problemLines(dry) == QStringList{QStringLiteral("3 phone invalid_phone")});
    CHECK(ctl(words("member list")).array().isEmpty());

    const Run refused = ctl({QStringLiteral("import"), QStringLiteral("members"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errorCode() == QStringLiteral("rows_rejected"));
    CHECK(problemLines(refused) == QStringList{QStringLiteral("3 phone invalid_phone")});
    CHECK(ctl(words("member list")).array().isEmpty());

    const Run skipped = ctl(
        {QStringLiteral("import"), QStringLiteral("members"), path, QStringLiteral("--skip-bad")});
    REQUIRE(skipped.exitCode == 0);
    CHECK(skipped.object().value(QStringLiteral("imported")).toInt() == 2);
    CHECK(skipped.object().value(QStringLiteral("points")).toInt() == 280);
    CHECK(skipped.object().value(QStringLiteral("stored_value")).toString() ==
          QStringLiteral("112.50"));

    const QJsonObject zhang = ctl(words("member show 8001")).object();
    CHECK(zhang.value(QStringLiteral("name")).toString() == QStringLiteral("张三"));
    CHECK(zhang.value(QStringLiteral("points")).toInt() == 250);
    CHECK(zhang.value(QStringLiteral("stored_value_paid")).toString() == QStringLiteral("100.00"));
    const QJsonObject opening =
        zhang.value(QStringLiteral("points_ledger")).toArray().first().toObject();
    CHECK(opening.value(QStringLiteral("kind")).toString() == QStringLiteral("opening"));
    CHECK(opening.value(QStringLiteral("reason")).toString().contains(QStringLiteral("old.csv")));
}

TEST_CASE("import members takes a mapping and a forced encoding", "[cli][import]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    const QString path =
        write(ctl, "tabs.csv", QByteArray("Kunde\tTelefon\tNotiz\n王芳\t15012348000\thi\n"));
    const Run missing = ctl({QStringLiteral("import"), QStringLiteral("members"), path});
    CHECK(missing.exitCode == 1);
    CHECK(missing.errorCode() == QStringLiteral("missing_column"));

    const Run unknown = ctl({QStringLiteral("import"), QStringLiteral("members"), path,
                             QStringLiteral("--map"), QStringLiteral("name=Client")});
    CHECK(unknown.errorCode() == QStringLiteral("unknown_column"));
    const Run badField = ctl({QStringLiteral("import"), QStringLiteral("members"), path,
                              QStringLiteral("--map"), QStringLiteral("wechat=Kunde")});
    CHECK(badField.exitCode == 2);
    CHECK(badField.errorCode() == QStringLiteral("invalid_argument"));

    const Run mapped =
        ctl({QStringLiteral("import"), QStringLiteral("members"), path, QStringLiteral("--map"),
             QStringLiteral("name=Kunde"), QStringLiteral("--map"), QStringLiteral("phone=Telefon"),
             QStringLiteral("--map"), QStringLiteral("note=Notiz"), QStringLiteral("--encoding"),
             QStringLiteral("utf-8")});
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.object().value(QStringLiteral("delimiter")).toString() == QStringLiteral("\t"));
    CHECK(ctl(words("member show 15012348000")).object().value(QStringLiteral("note")) ==
          QStringLiteral("hi"));

    const Run wrongEncoding = ctl({QStringLiteral("import"), QStringLiteral("members"),
                                   write(ctl, "gbk.csv", oldSystemExport()),
                                   QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    CHECK(wrongEncoding.errorCode() == QStringLiteral("invalid_encoding"));
    CHECK(
        ctl({QStringLiteral("import"), QStringLiteral("members"), ctl.db() + QStringLiteral(".x")})
            .errorCode() == QStringLiteral("file_error"));
}

TEST_CASE("export members masks phones and import reads the file back", "[cli][export]")
{
    Ctl shop;
    REQUIRE(shop(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(shop(words("member add --phone 13800138000 --name =SUM(1) --card C1 --tag VIP "
                       "--tag 学生 --birthday 1990-05-17 --gender f"))
                .exitCode == 0);
    REQUIRE(shop(words("member add --phone 13900139000 --name 李四")).exitCode == 0);
    REQUIRE(shop(words("topup 13900139000 500 --method cash")).exitCode == 0);
    REQUIRE(shop(words("points adjust 13800138000 --points 40 --reason 开业")).exitCode == 0);

    const QString masked = shop.db() + QStringLiteral(".masked.csv");
    const Run all = shop({QStringLiteral("export"), QStringLiteral("members"), masked});
    REQUIRE(all.exitCode == 0);
    CHECK(all.object().value(QStringLiteral("rows")).toInt() == 2);
    const QByteArray bytes = readAll(masked);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "phone,name,gender,birthday,card,points,stored_value,stored_bonus,tier,"
                           "tags,note,status,joined,last_visit\r\n"));
    CHECK(bytes.contains("139****9000,李四"));
    CHECK(bytes.contains("'=SUM(1)")); // a spreadsheet shows it, it does not run it
    CHECK_FALSE(bytes.contains("13900139000"));
    const Run vip = shop({QStringLiteral("export"), QStringLiteral("members"),
                          QStringLiteral("--tag"), QStringLiteral("VIP"), masked});
    CHECK(vip.object().value(QStringLiteral("rows")).toInt() == 1);

    // With whole phones the file moves the members to another store, balances and all.
    const QString whole = shop.db() + QStringLiteral(".whole.csv");
    REQUIRE(shop({QStringLiteral("export"), QStringLiteral("members"),
                  QStringLiteral("--full-phone"), whole})
                .exitCode == 0);
    Ctl other;
    REQUIRE(other(words("init --store-name Other")).exitCode == 0);
    const Run moved = other({QStringLiteral("import"), QStringLiteral("members"), whole});
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.object().value(QStringLiteral("unknown_columns")).toArray().isEmpty());
    const QJsonObject li = other(words("member show 13900139000")).object();
    CHECK(li.value(QStringLiteral("stored_value_paid")).toString() == QStringLiteral("500.00"));
    CHECK(li.value(QStringLiteral("stored_value_bonus")).toString() == QStringLiteral("50.00"));
    const QJsonObject first = other(words("member show C1")).object();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("=SUM(1)"));
    CHECK(first.value(QStringLiteral("points")).toInt() == 40);
    CHECK(first.value(QStringLiteral("birthday")).toString() == QStringLiteral("1990-05-17"));
    CHECK(first.value(QStringLiteral("tags")).toArray().size() == 2);
    CHECK(first.value(QStringLiteral("joined_at")) ==
          shop(words("member show C1")).object().value(QStringLiteral("joined_at")));
}

TEST_CASE("export sales writes a span of days for the books", "[cli][export]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("store set --time-zone Asia/Shanghai")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name 张三")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name Water --price 2.50")).exitCode ==
            0);
    const QByteArray sale = R"({"member": "13800138000", "lines": [{"barcode": "6901234567892",
        "qty": 4}], "payments": [{"method": "cash", "amount": "6.00"},
        {"method": "wechat", "amount": "4.00"}]})";
    REQUIRE(ctl(words("sale -"), "C.UTF-8", sale).exitCode == 0);

    const QString path = ctl.db() + QStringLiteral(".sales.csv");
    const Run run = ctl({QStringLiteral("export"), QStringLiteral("sales"),
                         QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-30"), path});
    REQUIRE(run.exitCode == 0);
    CHECK(run.object().value(QStringLiteral("rows")).toInt() == 1);
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.value(0) ==
          QStringLiteral("receipt_no,kind,business_day,time,original_receipt_no,"
                         "member_phone,member_name,cashier,items,subtotal,discount,"
                         "points_redeemed,points_value,total,cash,card,wechat,alipay,"
                         "stored_value,change,points_earned"));
    CHECK(lines.value(1) == QStringLiteral("20261122-0001,sale,2026-11-22,2026-11-22 10:00:00,,"
                                           "138****8000,张三,,4,10.00,0.00,0,0.00,10.00,6.00,"
                                           "0.00,4.00,0.00,0.00,0.00,10"));

    CHECK(ctl({QStringLiteral("export"), QStringLiteral("sales"), QStringLiteral("--from"),
               QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01"),
               path})
              .errorCode() == QStringLiteral("invalid_date"));
    CHECK(ctl({QStringLiteral("export"), QStringLiteral("sales"), QStringLiteral("--from"),
               QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
               QStringLiteral("/nonexistent/dir/sales.csv")})
              .errorCode() == QStringLiteral("file_error"));
}
