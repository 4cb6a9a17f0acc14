// The reports and shifts from scripts: report z|sales|members|liabilities|campaigns, shift
// open|close|list, their CSV forms and their refusals — every command runs at the same moment
// (STOREDESK_NOW), so shifts must tell their sales apart by order, not by time.
#include "ctl.h"

#include <QFile>

using namespace storedesk::test;

namespace {

/// A store in Shanghai's zone with a member (13800138000) and water at 2.50.
void openShop(const Ctl &ctl)
{
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("store set --time-zone Asia/Shanghai")).exitCode == 0);
    REQUIRE(ctl(words("member add --phone 13800138000 --name Zhang")).exitCode == 0);
    REQUIRE(ctl(words("product add --barcode 6901234567892 --name Water --price 2.50 --stock 500"))
                .exitCode == 0);
}

Run sell(const Ctl &ctl, const char *json)
{
    const Run run = ctl(words("sale -"), "C.UTF-8", QByteArray(json));
    REQUIRE(run.exitCode == 0);
    return run;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toString();
}

} // namespace

TEST_CASE("report z answers the day's figures and a shift's cash", "[cli][reports]")
{
    Ctl ctl;
    openShop(ctl);
    const Run opened = ctl(words("shift open --cashier 王丽 --float 500"));
    REQUIRE(opened.exitCode == 0);
    CHECK(text(opened.object(), "status") == QStringLiteral("open"));
    CHECK(text(opened.object(), "opening_float") == QStringLiteral("500.00"));
    const int shiftId = opened.object().value(QStringLiteral("id")).toInt();

    sell(ctl, R"({"member": "13800138000", "cashier": "王丽", "lines": [{"barcode":
        "6901234567892", "qty": 40}], "payments": [{"method": "cash", "amount": "100.00",
        "tendered": "100.00"}]})");
    const QString walkIn = text(sell(ctl, R"({"cashier": "王丽", "lines": [{"barcode":
        "6901234567892", "qty": 2}], "payments": [{"method": "wechat", "amount": "5.00"}]})")
                                    .object(),
                                "receipt_no");
    REQUIRE(
        ctl({QStringLiteral("refund"), walkIn, QStringLiteral("--cashier"), QStringLiteral("王丽")})
            .exitCode == 0);
    REQUIRE(ctl(words("topup 13800138000 200 --method cash")).exitCode == 0);

    const Run z = ctl(words("report z --date 2026-11-22"));
    REQUIRE(z.exitCode == 0);
    const QJsonObject day = z.object();
    CHECK(day.value(QStringLiteral("sales_count")).toInt() == 2);
    CHECK(text(day, "gross") == QStringLiteral("105.00"));
    CHECK(text(day, "discounts") == QStringLiteral("0.00"));
    CHECK(text(day, "net") == QStringLiteral("105.00"));
    CHECK(text(day, "refunds") == QStringLiteral("5.00"));
    CHECK(text(day, "total") == QStringLiteral("100.00"));
    const QJsonObject payments = day.value(QStringLiteral("payments")).toObject();
    CHECK(text(payments, "cash") == QStringLiteral("100.00"));
    CHECK(text(payments, "wechat") == QStringLiteral("0.00"));
    CHECK(day.value(QStringLiteral("points_issued")).toInt() == 100);
    CHECK(day.value(QStringLiteral("points_redeemed")).toInt() == 0);
    CHECK(text(day, "stored_value_topped_up") == QStringLiteral("200.00"));
    CHECK(text(day, "stored_value_spent") == QStringLiteral("0.00"));
    const QJsonObject cash = day.value(QStringLiteral("cash")).toObject();
    CHECK(text(cash, "expected") == QStringLiteral("800.00"));
    CHECK(cash.value(QStringLiteral("counted")).isNull());

    // Same moment, later in order: the close takes what came before it, not after.
    const Run closed = ctl(words("shift close --cashier 王丽 --counted 790.50 --note short"));
    REQUIRE(closed.exitCode == 0);
    sell(ctl, R"({"cashier": "王丽", "lines": [{"barcode": "6901234567892", "qty": 1}],
        "payments": [{"method": "cash", "amount": "2.50"}]})");
    const Run shift = ctl({QStringLiteral("report"), QStringLiteral("z"), QStringLiteral("--shift"),
                           QString::number(shiftId)});
    REQUIRE(shift.exitCode == 0);
    const QJsonObject s = shift.object();
    CHECK(text(s, "scope") == QStringLiteral("shift"));
    CHECK(s.value(QStringLiteral("sales_count")).toInt() == 2);
    CHECK(text(s, "total") == QStringLiteral("100.00"));
    const QJsonObject shiftCash = s.value(QStringLiteral("cash")).toObject();
    CHECK(text(shiftCash, "expected") == QStringLiteral("800.00"));
    CHECK(text(shiftCash, "counted") == QStringLiteral("790.50"));
    CHECK(text(shiftCash, "difference") == QStringLiteral("-9.50"));
    CHECK(text(s.value(QStringLiteral("shift")).toObject(), "note") == QStringLiteral("short"));
    CHECK(ctl(words("report z")).object().value(QStringLiteral("sales_count")).toInt() == 3);

    const Run csv = ctl(words("report z --format csv"));
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"));
    CHECK(lines.first() == QStringLiteral("section,item,name,count,amount"));
    CHECK(lines.contains(QStringLiteral("amounts,total,,,102.50")));
    CHECK(lines.contains(QStringLiteral("payment,cash,,2,102.50")));
    CHECK(lines.contains(QStringLiteral("cash,counted,,,790.50")));

    const Run list = ctl(words("shift list --format csv"));
    REQUIRE(list.exitCode == 0);
    CHECK(QString::fromUtf8(list.out).startsWith(
        QStringLiteral("id,cashier,business_day,status,opened_at,")));
    CHECK(ctl(words("shift list --open")).array().isEmpty());
}

TEST_CASE("shifts refuse a second open and a second close and leave the data as it was",
          "[cli][reports]")
{
    Ctl ctl;
    openShop(ctl);
    REQUIRE(ctl(words("shift open --cashier 王丽 --float 100")).exitCode == 0);
    const Run again = ctl(words("shift open --cashier 王丽"));
    CHECK(again.exitCode == 1);
    CHECK(again.errorCode() == QStringLiteral("shift_already_open"));
    const Run noName = ctl(words("shift open --float 100"));
    CHECK(noName.errorCode() == QStringLiteral("invalid_name"));
    const Run badFloat = ctl(words("shift open --cashier 李强 --float ten"));
    CHECK(badFloat.errorCode() == QStringLiteral("invalid_amount"));
    const Run notAmount = ctl(words("shift close --cashier 王丽 --counted 12,50"));
    CHECK(notAmount.errorCode() == QStringLiteral("invalid_amount"));
    const Run negative = ctl(words("shift close --cashier 王丽 --counted -1"));
    CHECK(negative.errorCode() == QStringLiteral("invalid_amount"));
    CHECK(ctl(words("shift close --counted 1")).errorCode() == QStringLiteral("invalid_argument"));
    CHECK(ctl(words("shift close --cashier 李强 --counted 1")).errorCode() ==
          QStringLiteral("not_found"));
    CHECK(ctl(words("shift close --shift 99 --counted 1")).errorCode() ==
          QStringLiteral("not_found"));
    const QJsonArray open = ctl(words("shift list --open")).array();
    REQUIRE(open.size() == 1);
    CHECK(text(open.first().toObject(), "status") == QStringLiteral("open"));

    REQUIRE(ctl(words("shift close --shift 1 --counted 100")).exitCode == 0);
    const Run twice = ctl(words("shift close --shift 1 --counted 100"));
    CHECK(twice.exitCode == 1);
    CHECK(twice.errorCode() == QStringLiteral("shift_already_closed"));
    CHECK(text(ctl(words("shift list")).array().first().toObject(), "counted_cash") ==
          QStringLiteral("100.00"));

    const Run zh = ctl(words("shift close --shift 1 --counted 100"), "zh_CN.UTF-8");
    CHECK(zh.errorCode() == QStringLiteral("shift_already_closed"));
    CHECK(zh.errorMessage().contains(QStringLiteral("已")));
}

TEST_CASE("report sales groups by period product payment and hour and sums to its total",
          "[cli][reports]")
{
    Ctl ctl;
    REQUIRE(ctl(words("init --store-name Shop")).exitCode == 0);
    REQUIRE(ctl(words("store set --time-zone Asia/Shanghai")).exitCode == 0);
    const Run demo = ctl(words("demo --members 80 --products 30 --sales 600 --days 20 --seed 4"));
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.object()
              .value(QStringLiteral("added"))
              .toObject()
              .value(QStringLiteral("sales"))
              .toInt() == 600);

    const Run byDay = ctl(words("report sales --from 2026-11-03 --to 2026-11-22 --by day"));
    REQUIRE(byDay.exitCode == 0);
    const QJsonObject report = byDay.object();
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    CHECK(rows.size() == 20);
    qint64 sales = 0;
    for (const QJsonValue &r : rows)
        sales += r.toObject().value(QStringLiteral("sales")).toInteger();
    CHECK(sales == 600);
    const QJsonObject total = report.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("sales")).toInteger() == 600);
    const QJsonObject members = report.value(QStringLiteral("members")).toObject();
    const QJsonObject walkIns = report.value(QStringLiteral("walk_ins")).toObject();
    CHECK(members.value(QStringLiteral("sales")).toInteger() +
              walkIns.value(QStringLiteral("sales")).toInteger() ==
          600);
    CHECK_FALSE(text(report, "member_share").isEmpty());

    const Run byMonth = ctl(words("report sales --from 2026-11-03 --to 2026-11-22 --by month"));
    CHECK(byMonth.object().value(QStringLiteral("rows")).toArray().size() == 1);
    CHECK(text(byMonth.object().value(QStringLiteral("rows")).toArray().first().toObject(),
               "takings") == text(total, "takings"));

    const Run products =
        ctl(words("report sales --from 2026-11-03 --by product --limit 5 --format csv"));
    REQUIRE(products.exitCode == 0);
    const QStringList lines =
        QString::fromUtf8(products.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() ==
          QStringLiteral("key,label,category,sales,refunds,items,items_returned,gross,discounts,"
                         "net,refunded,takings"));
    CHECK(lines.size() == 6);
    for (const char *by : {"week", "category", "cashier", "payment", "hour"}) {
        CAPTURE(by);
        const Run r =
            ctl({QStringLiteral("report"), QStringLiteral("sales"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-03"), QStringLiteral("--by"), QString::fromLatin1(by)});
        CHECK(r.exitCode == 0);
        CHECK(text(r.object(), "by") == QString::fromLatin1(by));
    }

    const Run liabilities = ctl(words("report liabilities"));
    REQUIRE(liabilities.exitCode == 0);
    const QJsonObject l = liabilities.object();
    CHECK(l.value(QStringLiteral("points_outstanding")).toInteger() > 0);
    CHECK_FALSE(text(l, "points_value").isEmpty());
    CHECK_FALSE(text(l, "stored_value_outstanding").isEmpty());
    CHECK(QString::fromUtf8(ctl(words("report liabilities --format csv")).out)
              .startsWith(QStringLiteral("at,points_outstanding,")));

    const Run m = ctl(words("report members --from 2026-11-03 --by week"));
    REQUIRE(m.exitCode == 0);
    CHECK(m.object().value(QStringLiteral("members")).toInt() == 80);
    CHECK(m.object()
              .value(QStringLiteral("rfm"))
              .toObject()
              .value(QStringLiteral("segments"))
              .toArray()
              .size() == 8);
    CHECK(QString::fromUtf8(ctl(words("report members --format csv")).out)
              .startsWith(QStringLiteral("section,key,label,members,visits,amount\r\n"
                                         "summary,members,,80,,")));

    const Run c = ctl(words("report campaigns --from 2026-11-03"));
    REQUIRE(c.exitCode == 0);
    CHECK_FALSE(c.object().value(QStringLiteral("rows")).toArray().isEmpty());
    CHECK(QString::fromUtf8(ctl(words("report campaigns --format csv")).out)
              .startsWith(QStringLiteral("kind,name,coupons_issued,coupons_used,uses,discount,")));
}

TEST_CASE("report refuses bad days periods and groupings", "[cli][reports]")
{
    Ctl ctl;
    openShop(ctl);
    const Run badDay = ctl(words("report z --date 2026-02-30"));
    CHECK(badDay.exitCode == 1);
    CHECK(badDay.errorCode() == QStringLiteral("invalid_date"));
    CHECK(ctl(words("report sales --from 22/11/2026")).errorCode() ==
          QStringLiteral("invalid_date"));
    const Run backwards = ctl(words("report sales --from 2026-11-23 --to 2026-11-22"));
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.errorCode() == QStringLiteral("invalid_argument"));
    const Run by = ctl(words("report sales --by year"));
    CHECK(by.errorCode() == QStringLiteral("invalid_argument"));
    CHECK(by.errorMessage().contains(QStringLiteral("year")));
    CHECK(ctl(words("report members --by product")).errorCode() ==
          QStringLiteral("invalid_argument"));
    CHECK(ctl(words("report z --date 2026-11-22 --shift 1")).errorCode() ==
          QStringLiteral("invalid_argument"));
    CHECK(ctl(words("report z --shift 7")).errorCode() == QStringLiteral("not_found"));
    CHECK(ctl(words("report sales --limit 0")).errorCode() == QStringLiteral("invalid_argument"));
    const Run zh = ctl(words("report z --date 2026-02-30"), "zh_CN.UTF-8");
    CHECK(zh.errorCode() == QStringLiteral("invalid_date"));
    CHECK(zh.errorMessage().contains(QStringLiteral("YYYY-MM-DD")));
    CHECK_FALSE(zh.errorMessage().contains(QStringLiteral("is not a day")));
}

TEST_CASE("report z prints on the receipt printer", "[cli][reports]")
{
    Ctl ctl;
    openShop(ctl);
    sell(ctl, R"({"lines": [{"barcode": "6901234567892", "qty": 2}],
        "payments": [{"method": "cash", "amount": "5.00"}]})");
    const QString path = ctl.db() + QStringLiteral(".bin");
    const Run printed =
        ctl({QStringLiteral("report"), QStringLiteral("z"), QStringLiteral("--print"),
             QStringLiteral("--printer"), QStringLiteral("file:") + path, QStringLiteral("--paper"),
             QStringLiteral("58")});
    REQUIRE(printed.exitCode == 0);
    CHECK(text(printed.object().value(QStringLiteral("printed")).toObject(), "paper") ==
          QStringLiteral("58"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("Day close"));
    CHECK(bytes.contains("5.00"));
    CHECK(bytes.contains("\x1d\x56")); // the cut
    const Run noPrinter = ctl(words("report z --print"));
    CHECK(noPrinter.errorCode() == QStringLiteral("printer_not_configured"));
}
