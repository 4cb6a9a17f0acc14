// report z|sales|members|liabilities|campaigns and shift open|close|list: the manager's reports
// and the cashiers' shifts from the command line, with the numbers the window shows.
#include "clitext.h"
#include "closereportlayout.h"
#include "command.h"
#include "invocation.h"
#include "printertarget.h"
#include "reports/reportjson.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kBy = QStringLiteral("by");

/// --from and --to: a missing --to is today (--from alone reads "since"), a missing --from is
/// --to less \a days − 1.
core::ReportPeriod periodOf(Invocation &inv, int days)
{
    const QDate today = inv.store().reports().today();
    const QDate to =
        inv.isSet(kTo)
            ? core::parseReportDate(*inv.value(kTo), kTo)
            : (inv.isSet(kFrom) ? std::max(today, core::parseReportDate(*inv.value(kFrom), kFrom))
                                : today);
    const QDate from =
        inv.isSet(kFrom) ? core::parseReportDate(*inv.value(kFrom), kFrom) : to.addDays(1 - days);
    return core::ReportPeriod::of(from, to);
}

void declarePeriod(QCommandLineParser &p, const QString &fromDefault)
{
    p.addOption({kFrom,
                 CliText::tr("The first store day (YYYY-MM-DD; default %1).").arg(fromDefault),
                 QStringLiteral("DAY")});
    p.addOption({kTo, CliText::tr("The last store day (default today)."), QStringLiteral("DAY")});
}

QJsonObject row(const QString &section, const QString &item, const QString &name,
                const QJsonValue &count, const QJsonValue &amount)
{
    return QJsonObject{{QStringLiteral("section"), section},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("amount"), amount}};
}

/// A close report as one CSV table: a line per figure, grouped by section.
CsvTable closeTable(const QJsonValue &answer)
{
    const QJsonObject z = answer.toObject();
    const QJsonValue none;
    QJsonArray rows;
    const auto amount = [&](const QString &section, const QString &key, const QJsonObject &from) {
        rows.append(row(section, key, {}, none, from.value(key)));
    };
    const auto count = [&](const QString &section, const QString &key) {
        rows.append(row(section, key, {}, z.value(key), none));
    };
    for (const char *key : {"sales_count", "refunds_count", "items", "items_returned"})
        count(QStringLiteral("receipts"), QString::fromLatin1(key));
    for (const char *key : {"gross", "discounts", "points_value", "net", "refunds", "total"})
        amount(QStringLiteral("amounts"), QString::fromLatin1(key), z);
    for (const QJsonValue &d : z.value(QStringLiteral("discounts_by_kind")).toArray()) {
        const QJsonObject o = d.toObject();
        rows.append(row(QStringLiteral("discount"), o.value(QStringLiteral("kind")).toString(),
                        o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("uses")),
                        o.value(QStringLiteral("amount"))));
    }
    for (const QJsonValue &t : z.value(QStringLiteral("takings")).toArray()) {
        const QJsonObject o = t.toObject();
        rows.append(row(QStringLiteral("payment"), o.value(QStringLiteral("method")).toString(), {},
                        o.value(QStringLiteral("payments")), o.value(QStringLiteral("net"))));
    }
    for (const char *key : {"stored_value_topped_up", "stored_value_bonus", "stored_value_spent",
                            "stored_value_refunded", "stored_value_withdrawn"})
        amount(QStringLiteral("stored_value"), QString::fromLatin1(key), z);
    for (const char *key :
         {"points_issued", "points_redeemed", "points_restored", "points_clawed_back"})
        count(QStringLiteral("points"), QString::fromLatin1(key));
    const QJsonObject cash = z.value(QStringLiteral("cash")).toObject();
    for (const char *key :
         {"opening_float", "sales", "top_ups", "withdrawals", "expected", "counted", "difference"})
        amount(QStringLiteral("cash"), QString::fromLatin1(key), cash);
    return {{QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("name"),
             QStringLiteral("count"), QStringLiteral("amount")},
            rows};
}

CsvTable salesTable(const QJsonValue &answer)
{
    const QJsonObject o = answer.toObject();
    const auto by = core::parseSalesGrouping(o.value(kBy).toString());
    return {core::salesRowColumns(by.value_or(core::SalesGrouping::Day)),
            o.value(QStringLiteral("rows")).toArray()};
}

CsvTable membersTable(const QJsonValue &answer)
{
    const QJsonObject m = answer.toObject();
    QJsonArray rows;
    const auto line = [&](const QString &section, const QString &key, const QString &label,
                          const QJsonValue &members, const QJsonValue &visits,
                          const QJsonValue &amount) {
        rows.append(QJsonObject{{QStringLiteral("section"), section},
                                {QStringLiteral("key"), key},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("members"), members},
                                {QStringLiteral("visits"), visits},
                                {QStringLiteral("amount"), amount}});
    };
    for (const char *key : {"members", "joined_in_period", "active_30_days", "sleeping_30_days",
                            "sleeping_60_days", "sleeping_90_days", "never_bought"}) {
        const QString k = QString::fromLatin1(key);
        line(QStringLiteral("summary"), k, {}, m.value(k), {}, {});
    }
    for (const QJsonValue &v : m.value(QStringLiteral("joined")).toArray()) {
        const QJsonObject j = v.toObject();
        line(QStringLiteral("joined"), j.value(QStringLiteral("key")).toString(), {},
             j.value(QStringLiteral("members")), {}, {});
    }
    const QJsonObject rfm = m.value(QStringLiteral("rfm")).toObject();
    for (const QJsonValue &v : rfm.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject s = v.toObject();
        line(QStringLiteral("rfm"), s.value(QStringLiteral("code")).toString(), {},
             s.value(QStringLiteral("members")), s.value(QStringLiteral("visits")),
             s.value(QStringLiteral("spend")));
    }
    for (const QJsonValue &v : m.value(QStringLiteral("tiers")).toArray()) {
        const QJsonObject t = v.toObject();
        line(QStringLiteral("tier"), QString::number(t.value(QStringLiteral("tier")).toInt()),
             t.value(QStringLiteral("name")).toString(), t.value(QStringLiteral("members")),
             t.value(QStringLiteral("visits")), t.value(QStringLiteral("average_spend")));
    }
    for (const QJsonValue &v : m.value(QStringLiteral("tier_moves")).toArray()) {
        const QJsonObject t = v.toObject();
        line(QStringLiteral("tier_move"),
             QStringLiteral("%1>%2")
                 .arg(t.value(QStringLiteral("from")).toInt())
                 .arg(t.value(QStringLiteral("to")).toInt()),
             t.value(QStringLiteral("from_name")).toString() + QStringLiteral(" → ") +
                 t.value(QStringLiteral("to_name")).toString(),
             t.value(QStringLiteral("members")), {}, {});
    }
    return {{QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("label"),
             QStringLiteral("members"), QStringLiteral("visits"), QStringLiteral("amount")},
            rows};
}

CsvTable rowsOf(const QJsonValue &answer, const QStringList &columns)
{
    return {columns, answer.toObject().value(QStringLiteral("rows")).toArray()};
}

const QStringList kShiftColumns{
    QStringLiteral("id"),        QStringLiteral("cashier"),      QStringLiteral("business_day"),
    QStringLiteral("status"),    QStringLiteral("opened_at"),    QStringLiteral("opening_float"),
    QStringLiteral("closed_at"), QStringLiteral("counted_cash"), QStringLiteral("note")};

/// Prints \a report on the store's receipt printer (or --printer) and notes it in \a answer.
void printClose(Invocation &inv, const core::CloseReport &report, QJsonObject &answer)
{
    const Target target = targetOf(inv, inv.value(kPrinter), true);
    core::Store &store = inv.store();
    const auto printer = printerOf(target);
    printer->print(devices::CloseReportLayout(target.options)
                       .layout(report, store.settings().storeName(), store.clock().now(),
                               store.loyalty().zone()));
    answer.insert(
        QStringLiteral("printed"),
        QJsonObject{{kPrinter, target.uri}, {kPaper, devices::paperName(target.options.paper)}});
}

void declarePrint(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("print"), CliText::tr("Print it on the receipt printer as well.")});
    p.addOption(
        {kPrinter, CliText::tr("The printer (default: the store's)."), QStringLiteral("URI")});
    declarePaper(p);
}

} // namespace

QList<Command> reportCommands()
{
    QList<Command> commands;

    Command z;
    z.words = {QStringLiteral("report"), QStringLiteral("z")};
    z.usage = QStringLiteral("[--date YYYY-MM-DD | --shift N] [--print [--printer URI] "
                             "[--paper 58|80]]");
    z.summary = CliText::tr("The close report (Z): a store day (日结, default today) or one "
                            "cashier's shift (交班) — receipts, gross, discounts, net, refunds, "
                            "takings per payment method, cash expected and counted, stored "
                            "value and points.");
    z.csvTable = closeTable;
    z.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("date"), CliText::tr("The store day (default today)."),
                     QStringLiteral("DAY")});
        p.addOption({QStringLiteral("shift"), CliText::tr("A shift's number instead of a day."),
                     QStringLiteral("N")});
        declarePrint(p);
    };
    z.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        if (inv.isSet(QStringLiteral("date")) && inv.isSet(QStringLiteral("shift"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Give --date or --shift, not both."));
        }
        const core::CloseReport report =
            inv.isSet(QStringLiteral("shift"))
                ? store.reports().close().forShift(inv.integer(QStringLiteral("shift"), 0, 1,
                                                               std::numeric_limits<qint64>::max()))
                : store.reports().close().forDay(
                      inv.isSet(QStringLiteral("date"))
                          ? core::parseReportDate(*inv.value(QStringLiteral("date")),
                                                  QStringLiteral("date"))
                          : store.reports().today());
        QJsonObject answer = core::closeReportJson(report);
        if (inv.isSet(QStringLiteral("print")))
            printClose(inv, report, answer);
        return answer;
    };
    commands.append(z);

    Command sales;
    sales.words = {QStringLiteral("report"), QStringLiteral("sales")};
    sales.usage = QStringLiteral("[--from DAY] [--to DAY] "
                                 "[--by day|week|month|product|category|cashier|payment|hour] "
                                 "[--limit N]");
    sales.summary = CliText::tr("Sales over a period of store days (default today), grouped "
                                "--by day (default), week, month, product, category, cashier, "
                                "payment method or hour of day, with the period's total and "
                                "the members' share.");
    sales.csvTable = salesTable;
    sales.declare = [](QCommandLineParser &p) {
        declarePeriod(p, CliText::tr("today"));
        p.addOption({kBy, CliText::tr("What each row is (default day)."), QStringLiteral("G")});
        p.addOption({QStringLiteral("limit"),
                     CliText::tr("At most this many rows: the best sellers first."),
                     QStringLiteral("N")});
    };
    sales.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::SalesGrouping by =
            core::requireSalesGrouping(inv.value(kBy).value_or(QStringLiteral("day")),
                                       {core::SalesGrouping::Day, core::SalesGrouping::Week,
                                        core::SalesGrouping::Month, core::SalesGrouping::Product,
                                        core::SalesGrouping::Category, core::SalesGrouping::Cashier,
                                        core::SalesGrouping::Payment, core::SalesGrouping::Hour});
        const qint64 limit = inv.integer(QStringLiteral("limit"), 0, 1, 1'000'000);
        core::SalesReport report = inv.store().reports().sales().run(periodOf(inv, 1), by);
        if (limit > 0 && report.rows.size() > limit)
            report.rows.resize(limit);
        return core::salesReportJson(report);
    };
    commands.append(sales);

    Command members;
    members.words = {QStringLiteral("report"), QStringLiteral("members")};
    members.usage = QStringLiteral("[--from DAY] [--to DAY] [--by day|week|month]");
    members.summary = CliText::tr("Members: new members per day, week or month of the period "
                                  "(default the last 30 days), active and sleeping members, RFM "
                                  "segments of the period's buyers, tiers and their moves.");
    members.csvTable = membersTable;
    members.declare = [](QCommandLineParser &p) {
        declarePeriod(p, CliText::tr("29 days before --to"));
        p.addOption({kBy, CliText::tr("day (default), week or month."), QStringLiteral("G")});
    };
    members.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::SalesGrouping by = core::requireSalesGrouping(
            inv.value(kBy).value_or(QStringLiteral("day")),
            {core::SalesGrouping::Day, core::SalesGrouping::Week, core::SalesGrouping::Month});
        return core::memberReportJson(inv.store().reports().members().run(periodOf(inv, 30), by));
    };
    commands.append(members);

    Command liabilities;
    liabilities.words = {QStringLiteral("report"), QStringLiteral("liabilities")};
    liabilities.summary = CliText::tr("What the store owes its members now: points outstanding "
                                      "and their value at the redemption rate, and stored value "
                                      "(paid-in and bonus apart).");
    liabilities.csvColumns = {
        QStringLiteral("at"),
        QStringLiteral("points_outstanding"),
        QStringLiteral("points_owed"),
        QStringLiteral("points_net"),
        QStringLiteral("members_with_points"),
        QStringLiteral("redeem_points"),
        QStringLiteral("redeem_value"),
        QStringLiteral("points_value"),
        QStringLiteral("stored_value_outstanding"),
        QStringLiteral("stored_value_paid"),
        QStringLiteral("stored_value_bonus"),
        QStringLiteral("members_with_stored_value"),
        QStringLiteral("total"),
    };
    liabilities.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        return core::liabilitiesJson(inv.store().reports().liabilities().now());
    };
    commands.append(liabilities);

    Command campaigns;
    campaigns.words = {QStringLiteral("report"), QStringLiteral("campaigns")};
    campaigns.usage = QStringLiteral("[--from DAY] [--to DAY]");
    campaigns.summary =
        CliText::tr("Promotions, tier discounts, member days and coupons over a period (default "
                    "the last 30 days): coupons issued and used, discounts given and the "
                    "receipts that carried them.");
    campaigns.csvTable = [](const QJsonValue &answer) {
        return rowsOf(answer, {QStringLiteral("kind"), QStringLiteral("name"),
                               QStringLiteral("coupons_issued"), QStringLiteral("coupons_used"),
                               QStringLiteral("uses"), QStringLiteral("discount"),
                               QStringLiteral("receipts"), QStringLiteral("receipts_net")});
    };
    campaigns.declare = [](QCommandLineParser &p) {
        declarePeriod(p, CliText::tr("29 days before --to"));
    };
    campaigns.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        return core::campaignReportJson(inv.store().reports().campaigns().run(periodOf(inv, 30)));
    };
    commands.append(campaigns);

    Command open;
    open.words = {QStringLiteral("shift"), QStringLiteral("open")};
    open.usage = QStringLiteral("--cashier NAME [--float AMOUNT]");
    open.summary = CliText::tr("Opens a shift for a cashier with the float (备用金) in the "
                               "drawer; their sales from now on belong to it.");
    open.csvColumns = kShiftColumns;
    open.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("cashier"),
                     CliText::tr("The cashier's name, as on their "
                                 "sales."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("float"),
                     CliText::tr("Cash in the drawer at the start (default 0.00)."),
                     QStringLiteral("AMOUNT")});
    };
    open.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::Money cash = core::Money::parseOrThrow(
            inv.value(QStringLiteral("float")).value_or(QStringLiteral("0")),
            QStringLiteral("float"));
        return core::shiftJson(inv.store().shifts().open(
            inv.value(QStringLiteral("cashier")).value_or(QString()), cash));
    };
    commands.append(open);

    Command close;
    close.words = {QStringLiteral("shift"), QStringLiteral("close")};
    close.usage = QStringLiteral("--cashier NAME | --shift N  --counted AMOUNT [--note TEXT] "
                                 "[--print [--printer URI] [--paper 58|80]]");
    close.summary = CliText::tr("Closes a shift with the cash counted in the drawer and answers "
                                "its close report (交班): what the drawer should hold and the "
                                "difference.");
    close.csvTable = closeTable;
    close.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("cashier"), CliText::tr("Close this cashier's open shift."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("shift"), CliText::tr("Close the shift with this number."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("counted"), CliText::tr("The cash counted in the drawer."),
                     QStringLiteral("AMOUNT")});
        p.addOption({QStringLiteral("note"), CliText::tr("A note kept with the shift."),
                     QStringLiteral("TEXT")});
        declarePrint(p);
    };
    close.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        const bool byCashier = inv.isSet(QStringLiteral("cashier"));
        if (byCashier == inv.isSet(QStringLiteral("shift"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Give --cashier or --shift (one of them)."));
        }
        const core::Money counted = core::Money::parseOrThrow(
            inv.required(QStringLiteral("counted")), QStringLiteral("counted"));
        const qint64 id =
            byCashier
                ? store.shifts().requireOpen(*inv.value(QStringLiteral("cashier"))).id
                : inv.integer(QStringLiteral("shift"), 0, 1, std::numeric_limits<qint64>::max());
        store.shifts().close(id, counted, inv.value(QStringLiteral("note")).value_or(QString()));
        const core::CloseReport report = store.reports().close().forShift(id);
        QJsonObject answer = core::closeReportJson(report);
        if (inv.isSet(QStringLiteral("print")))
            printClose(inv, report, answer);
        return answer;
    };
    commands.append(close);

    Command list;
    list.words = {QStringLiteral("shift"), QStringLiteral("list")};
    list.usage = QStringLiteral("[--date DAY | --open]");
    list.summary = CliText::tr("Lists the shifts opened on a store day (default today), or "
                               "every shift still open.");
    list.csvColumns = kShiftColumns;
    list.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("date"), CliText::tr("The store day (default today)."),
                     QStringLiteral("DAY")});
        p.addOption({QStringLiteral("open"), CliText::tr("Every shift still open, any day.")});
    };
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        if (inv.isSet(QStringLiteral("date")) && inv.isSet(QStringLiteral("open"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Give --date or --open, not both."));
        }
        const QList<core::Shift> shifts =
            inv.isSet(QStringLiteral("open"))
                ? store.shifts().openShifts()
                : store.shifts().forDay(
                      inv.isSet(QStringLiteral("date"))
                          ? core::parseReportDate(*inv.value(QStringLiteral("date")),
                                                  QStringLiteral("date"))
                          : store.reports().today());
        QJsonArray out;
        for (const core::Shift &s : shifts)
            out.append(core::shiftJson(s));
        return out;
    };
    commands.append(list);

    return commands;
}

} // namespace storedesk::cli
