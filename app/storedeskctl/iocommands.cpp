// import members, export members | sales: moving in from another system and handing data to
// spreadsheets.
#include "clitext.h"
#include "command.h"
#include "invocation.h"
#include "io/memberexport.h"
#include "io/memberimport.h"
#include "io/salesexport.h"
#include "memberfilters.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

QJsonObject reportJson(const QString &path, const core::CsvTable &table,
                       const core::ImportMapping &mapping, const core::ImportReport &report)
{
    QJsonArray columns;
    for (int i = 0; i < mapping.headers().size(); ++i) {
        const auto field = mapping.fieldOf(i);
        columns.append(
            QJsonObject{{QStringLiteral("column"), mapping.columnName(i)},
                        {QStringLiteral("field"),
                         field ? QJsonValue(core::importFieldCode(*field)) : QJsonValue()}});
    }
    QJsonArray problems;
    for (const core::ImportProblem &p : report.problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("field"), p.field},
                                    {QStringLiteral("column"), p.column},
                                    {QStringLiteral("code"), core::errorCodeName(p.code)},
                                    {QStringLiteral("message"), p.message}});
    }
    return QJsonObject{
        {QStringLiteral("file"), path},
        {QStringLiteral("encoding"), table.encoding()},
        {QStringLiteral("bom"), table.hadBom()},
        {QStringLiteral("delimiter"), QString(table.delimiter())},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(mapping.unknownColumns())},
        {QStringLiteral("dry_run"), report.dryRun},
        {QStringLiteral("rows"), report.rows},
        {QStringLiteral("accepted"), report.accepted},
        {QStringLiteral("rejected"), report.rejected()},
        {QStringLiteral("imported"), report.imported},
        {QStringLiteral("points"), report.points},
        {QStringLiteral("stored_value"), report.storedValue.toString()},
        {QStringLiteral("stored_bonus"), report.storedBonus.toString()},
        {QStringLiteral("problems"), problems},
    };
}

QJsonObject written(const QString &path, qint64 rows)
{
    return QJsonObject{{QStringLiteral("file"), path},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                       {QStringLiteral("bom"), true}};
}

void declareFullPhone(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("full-phone"),
                 CliText::tr("Whole phone numbers instead of 138****5678 (keep the file safe).")});
}

core::PhoneDisplay phoneDisplay(const Invocation &inv)
{
    return inv.isSet(QStringLiteral("full-phone")) ? core::PhoneDisplay::Whole
                                                   : core::PhoneDisplay::Masked;
}

QDate day(const Invocation &inv, const QString &option)
{
    const QString text = inv.required(option);
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid()) {
        throw core::Error(
            core::ErrorCode::InvalidDate,
            CliText::tr("--%1 takes a day as YYYY-MM-DD, not “%2”.").arg(option, text), option);
    }
    return d;
}

} // namespace

QList<Command> ioCommands()
{
    QList<Command> commands;

    Command importMembers;
    importMembers.words = {QStringLiteral("import"), QStringLiteral("members")};
    importMembers.usage =
        QStringLiteral("FILE.csv [--dry-run] [--skip-bad] [--map FIELD=HEADER]... "
                       "[--encoding utf-8|gbk|utf-16]");
    importMembers.summary = CliText::tr(
        "Moves members in from another system's CSV export: points and stored value become "
        "opening balances. Nothing is written unless every row is right (or --skip-bad); "
        "--dry-run only reports, by line.");
    importMembers.csvColumns = {QStringLiteral("rows"),     QStringLiteral("accepted"),
                                QStringLiteral("rejected"), QStringLiteral("imported"),
                                QStringLiteral("points"),   QStringLiteral("stored_value")};
    importMembers.declare = [](QCommandLineParser &p) {
        p.addOption(
            {QStringLiteral("dry-run"), CliText::tr("Check every row and report; write nothing.")});
        p.addOption({QStringLiteral("skip-bad"),
                     CliText::tr("Import the good rows and report the bad ones.")});
        QStringList fields;
        for (core::ImportField f : core::importFields())
            fields.append(core::importFieldCode(f));
        p.addOption({QStringLiteral("map"),
                     CliText::tr("Which column fills a detail, e.g. phone=联系电话 (empty: leave "
                                 "the detail out); repeat for more. Details: %1.")
                         .arg(fields.join(QStringLiteral(", "))),
                     QStringLiteral("FIELD=HEADER")});
        p.addOption({QStringLiteral("encoding"),
                     CliText::tr("The file's encoding when finding it goes wrong: utf-8, gbk "
                                 "(gb18030) or utf-16."),
                     QStringLiteral("NAME")});
    };
    importMembers.run = [](Invocation &inv) -> QJsonValue {
        const QString path = inv.positional(0, CliText::tr("The CSV file"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        const core::CsvTable table = core::CsvTable::fromFile(
            path, inv.value(QStringLiteral("encoding")).value_or(QString()));
        core::ImportMapping mapping = core::MemberImport::detect(table);
        for (const QString &map : inv.parser().values(QStringLiteral("map")))
            mapping.assign(map);
        core::ImportOptions options;
        options.dryRun = inv.isSet(QStringLiteral("dry-run"));
        options.skipBad = inv.isSet(QStringLiteral("skip-bad"));
        options.source = QFileInfo(path).fileName();
        const core::ImportReport report = core::MemberImport(store).run(table, mapping, options);
        const QJsonObject answer = reportJson(path, table, mapping, report);
        if (!options.dryRun && !options.skipBad && report.rejected() > 0) {
            throw RefusalWithAnswer{
                core::Error(core::ErrorCode::RowsRejected,
                            CliText::tr("%1 of %2 rows were refused, so nothing was imported. "
                                        "Correct them (the answer lists each by line), or "
                                        "import the others with --skip-bad.")
                                .arg(report.rejected())
                                .arg(report.rows)),
                answer};
        }
        return answer;
    }; // namespace storedesk::cli
    commands.append(importMembers);

    Command members;
    members.words = {QStringLiteral("export"), QStringLiteral("members")};
    members.usage = QStringLiteral("[--search TEXT] [--tier N|NAME] [--tag T] [--status "
                                   "active|frozen] [--sleeping DAYS] [--birthday week|month] "
                                   "[--expiring DAYS] [--near-tier] [--full-phone] FILE.csv");
    members.summary = CliText::tr(
        "Writes the members the filters choose (all without) to a CSV file for spreadsheets "
        "(UTF-8 with a BOM), in the columns import members reads. Phones are masked unless "
        "--full-phone.");
    members.declare = [](QCommandLineParser &p) {
        declareMemberFilters(p);
        declareFullPhone(p);
    };
    members.run = [](Invocation &inv) -> QJsonValue {
        const QString path = inv.positional(0, CliText::tr("The CSV file to write"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        const core::MemberListFilter filter = memberFilter(inv);
        return written(path, core::MemberExport(store).write(filter, path, phoneDisplay(inv)));
    };
    commands.append(members);

    Command sales;
    sales.words = {QStringLiteral("export"), QStringLiteral("sales")};
    sales.usage = QStringLiteral("--from YYYY-MM-DD --to YYYY-MM-DD [--full-phone] FILE.csv");
    sales.summary = CliText::tr(
        "Writes the sales and refunds of the store's days from --from to --to (both included) "
        "to a CSV file for spreadsheets (UTF-8 with a BOM): one row each, with what every "
        "payment method took. Phones are masked unless --full-phone.");
    sales.declare = [](QCommandLineParser &p) {
        p.addOption(
            {QStringLiteral("from"), CliText::tr("The first day."), QStringLiteral("YYYY-MM-DD")});
        p.addOption(
            {QStringLiteral("to"), CliText::tr("The last day."), QStringLiteral("YYYY-MM-DD")});
        declareFullPhone(p);
    };
    sales.run = [](Invocation &inv) -> QJsonValue {
        const QString path = inv.positional(0, CliText::tr("The CSV file to write"));
        inv.expectPositionals(1);
        const QDate from = day(inv, QStringLiteral("from"));
        const QDate to = day(inv, QStringLiteral("to"));
        core::Store &store = inv.store();
        return written(path, core::SalesExport(store).write(from, to, path, phoneDisplay(inv)));
    };
    commands.append(sales);

    return commands;
}

} // namespace storedesk::cli
