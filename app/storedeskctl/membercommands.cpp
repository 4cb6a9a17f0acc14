// member add | update | find | show | tag | list | history, points adjust
#include "clitext.h"
#include "command.h"
#include "domain/clock.h"
#include "invocation.h"
#include "io/jsoncodec.h"
#include "io/salejson.h"
#include "memberfilters.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

const QStringList kMemberColumns{QStringLiteral("id"),        QStringLiteral("phone"),
                                 QStringLiteral("name"),      QStringLiteral("gender"),
                                 QStringLiteral("birthday"),  QStringLiteral("card"),
                                 QStringLiteral("tags"),      QStringLiteral("status"),
                                 QStringLiteral("joined_at"), QStringLiteral("note")};

void declareProfile(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("phone"), CliText::tr("Mobile number (11 digits; +86 allowed)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("name"), CliText::tr("The member's name."), QStringLiteral("N")});
    p.addOption({QStringLiteral("birthday"), CliText::tr("Birthday as YYYY-MM-DD."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("gender"), CliText::tr("f or m."), QStringLiteral("f|m")});
    p.addOption({QStringLiteral("card"), CliText::tr("Member card number (scannable)."),
                 QStringLiteral("C")});
    p.addOption({QStringLiteral("note"), CliText::tr("A free note."), QStringLiteral("TEXT")});
}

} // namespace

QList<Command> memberCommands()
{
    QList<Command> commands;

    Command add;
    add.words = {QStringLiteral("member"), QStringLiteral("add")};
    add.usage = QStringLiteral("--phone P --name N [--birthday YYYY-MM-DD] [--gender f|m] "
                               "[--card C] [--note TEXT] [--tag T]... [--referred-by PHONE|CARD]");
    add.summary = CliText::tr("Registers a member and answers with it. The member who referred "
                              "them earns the rules' referral reward on their first paid sale.");
    add.csvColumns = kMemberColumns;
    add.declare = [](QCommandLineParser &p) {
        declareProfile(p);
        p.addOption(
            {QStringLiteral("tag"), CliText::tr("A tag; repeat for more."), QStringLiteral("T")});
        p.addOption({QStringLiteral("referred-by"),
                     CliText::tr("The phone or card number of the member who referred them."),
                     QStringLiteral("PHONE|CARD")});
    };
    add.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::NewMember request;
        request.phone = inv.required(QStringLiteral("phone"));
        request.name = inv.required(QStringLiteral("name"));
        request.birthday = inv.value(QStringLiteral("birthday")).value_or(QString());
        request.gender = inv.value(QStringLiteral("gender")).value_or(QString());
        request.cardNo = inv.value(QStringLiteral("card")).value_or(QString());
        request.note = inv.value(QStringLiteral("note")).value_or(QString());
        request.tags = inv.parser().values(QStringLiteral("tag"));
        request.referredBy = inv.value(QStringLiteral("referred-by")).value_or(QString());
        return core::toJson(inv.store().members().add(request));
    };
    commands.append(add);

    Command update;
    update.words = {QStringLiteral("member"), QStringLiteral("update")};
    update.usage = QStringLiteral("PHONE|CARD [--phone P] [--name N] [--birthday YYYY-MM-DD] "
                                  "[--gender f|m] [--card C] [--note TEXT] "
                                  "[--status active|frozen]");
    update.summary =
        CliText::tr("Changes a member's details; an empty value clears an optional one.");
    update.csvColumns = kMemberColumns;
    update.declare = [](QCommandLineParser &p) {
        declareProfile(p);
        p.addOption({QStringLiteral("status"), CliText::tr("active or frozen."),
                     QStringLiteral("active|frozen")});
    };
    update.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        inv.expectPositionals(1);
        core::MemberChange change;
        change.phone = inv.value(QStringLiteral("phone"));
        change.name = inv.value(QStringLiteral("name"));
        change.birthday = inv.value(QStringLiteral("birthday"));
        change.gender = inv.value(QStringLiteral("gender"));
        change.cardNo = inv.value(QStringLiteral("card"));
        change.note = inv.value(QStringLiteral("note"));
        change.status = inv.value(QStringLiteral("status"));
        core::MemberRegistry &members = inv.store().members();
        return core::toJson(
            members.update(members.resolve(who, core::ErrorCode::NotFound).id, change));
    };
    commands.append(update);

    Command find;
    find.words = {QStringLiteral("member"), QStringLiteral("find")};
    find.usage = QStringLiteral("QUERY [--limit N]");
    find.summary = CliText::tr("Finds members by phone, its last four digits, card number or name "
                               "prefix; answers an array.");
    find.csvColumns = kMemberColumns;
    find.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 50)."),
                     QStringLiteral("N")});
    };
    find.run = [](Invocation &inv) -> QJsonValue {
        const QString query =
            inv.positional(0, CliText::tr("The search (phone, last four, card or name)"));
        inv.expectPositionals(1);
        const int limit = int(inv.integer(QStringLiteral("limit"), 50, 1, 10000));
        QJsonArray out;
        for (const core::Member &m : inv.store().members().find(query, limit))
            out.append(core::toJson(m));
        return out;
    };
    commands.append(find);

    Command show;
    show.words = {QStringLiteral("member"), QStringLiteral("show")};
    show.usage = QStringLiteral("PHONE|CARD");
    show.summary = CliText::tr("Shows one member with tier, points, stored value, qualifying "
                               "spend, the next tier and both ledgers (newest first).");
    show.csvColumns = kMemberColumns;
    show.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        const core::Member member = store.members().resolve(who, core::ErrorCode::NotFound);
        QJsonObject out = core::toJson(member);
        const QJsonObject standing = core::toJson(store.loyalty().standing(member.id));
        for (auto it = standing.begin(); it != standing.end(); ++it)
            out.insert(it.key(), it.value());
        QJsonArray points;
        for (const core::PointsEntry &e : store.loyalty().points().entries(member.id)) {
            points.append(QJsonObject{
                {QStringLiteral("at"), core::storedTimestamp(e.at)},
                {QStringLiteral("kind"), core::pointsKindCode(e.kind)},
                {QStringLiteral("points"), e.points},
                {QStringLiteral("expires_at"), e.expiresAt.isValid()
                                                   ? QJsonValue(core::storedTimestamp(e.expiresAt))
                                                   : QJsonValue()},
                {QStringLiteral("sale_id"), e.saleId > 0 ? QJsonValue(e.saleId) : QJsonValue()},
                {QStringLiteral("reason"), e.reason}});
        }
        QJsonArray stored;
        for (const core::StoredValueEntry &e : store.loyalty().storedValue().entries(member.id)) {
            stored.append(QJsonObject{
                {QStringLiteral("at"), core::storedTimestamp(e.at)},
                {QStringLiteral("kind"), core::storedValueKindCode(e.kind)},
                {QStringLiteral("paid"), e.paid.toString()},
                {QStringLiteral("bonus"), e.bonus.toString()},
                {QStringLiteral("method"),
                 e.method.isEmpty() ? QJsonValue() : QJsonValue(e.method)},
                {QStringLiteral("sale_id"), e.saleId > 0 ? QJsonValue(e.saleId) : QJsonValue()},
                {QStringLiteral("reason"), e.reason}});
        }
        out.insert(QStringLiteral("points_ledger"), points);
        out.insert(QStringLiteral("stored_value_ledger"), stored);
        return out;
    };
    commands.append(show);

    Command tag;
    tag.words = {QStringLiteral("member"), QStringLiteral("tag")};
    tag.usage = QStringLiteral("PHONE|CARD [TAG]... [--remove TAG]...");
    tag.summary = CliText::tr("Adds tags to a member (and removes those given with --remove).");
    tag.csvColumns = kMemberColumns;
    tag.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("remove"), CliText::tr("A tag to take away; repeat for more."),
                     QStringLiteral("TAG")});
    };
    tag.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        const QStringList added = inv.parser().positionalArguments().mid(1);
        const QStringList remove = inv.parser().values(QStringLiteral("remove"));
        if (added.isEmpty() && remove.isEmpty()) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Name at least one tag to add or --remove."));
        }
        core::MemberRegistry &members = inv.store().members();
        return core::toJson(
            members.changeTags(members.resolve(who, core::ErrorCode::NotFound).id, added, remove));
    };
    commands.append(tag);

    Command list;
    list.words = {QStringLiteral("member"), QStringLiteral("list")};
    list.usage =
        QStringLiteral("[--search TEXT] [--tier N|NAME] [--tag T] [--status active|frozen] "
                       "[--sleeping DAYS] [--birthday week|month] [--expiring DAYS] "
                       "[--limit N] [--after ID]");
    list.summary = CliText::tr("Lists members with their tier, points, stored value and last "
                               "sale, newest first; every filter given must hold. Page on with "
                               "--after the last id.");
    list.csvColumns = {
        QStringLiteral("id"),           QStringLiteral("phone"),    QStringLiteral("name"),
        QStringLiteral("tier_name"),    QStringLiteral("points"),   QStringLiteral("stored_value"),
        QStringLiteral("last_sale_at"), QStringLiteral("birthday"), QStringLiteral("card"),
        QStringLiteral("tags"),         QStringLiteral("status"),   QStringLiteral("joined_at")};
    list.declare = [](QCommandLineParser &p) {
        declareMemberFilters(p);
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 1000)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("after"),
                     CliText::tr("Start after the member with this id (the last of a page)."),
                     QStringLiteral("ID")});
    };
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        const core::MemberListFilter f = memberFilter(inv);
        const int limit = int(inv.integer(QStringLiteral("limit"), 1000, 1, 10000));
        const qint64 after =
            inv.integer(QStringLiteral("after"), 0, 1, std::numeric_limits<qint64>::max());
        const QList<core::TierLevel> tiers = store.rules().current().rules.tiers;
        QJsonArray out;
        for (const core::MemberSummary &row : store.directory().page(f, after, limit))
            out.append(core::toJson(row, tiers.value(row.tier).name));
        return out;
    };
    commands.append(list);

    Command winback;
    winback.words = {QStringLiteral("member"), QStringLiteral("winback")};
    winback.usage = QStringLiteral("[--sleeping DAYS] [--expiring DAYS] [--birthday week|month] "
                                   "[--near-tier] [other filters] [--message TEXT "
                                   "[--save-message]] [--full-phone] [--limit N]");
    winback.summary = CliText::tr("A list to win members back or remind them: each with why they "
                                  "are on it, what they spent and a message from the list's "
                                  "template, ready to send. Phones are masked unless "
                                  "--full-phone.");
    winback.csvColumns = {QStringLiteral("name"),       QStringLiteral("phone"),
                          QStringLiteral("tier_name"),  QStringLiteral("reason"),
                          QStringLiteral("past_value"), QStringLiteral("last_sale_at"),
                          QStringLiteral("message")};
    winback.declare = [](QCommandLineParser &p) {
        declareMemberFilters(p);
        p.addOption({QStringLiteral("message"),
                     CliText::tr("The message to fill in (placeholders: %1).")
                         .arg(core::WinBack::placeholders().join(u' ')),
                     QStringLiteral("TEXT")});
        p.addOption({QStringLiteral("save-message"),
                     CliText::tr("Keep --message as this list's template.")});
        p.addOption({QStringLiteral("full-phone"), CliText::tr("Whole phone numbers.")});
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 10000)."),
                     QStringLiteral("N")});
    };
    winback.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        const core::MemberListFilter f = memberFilter(inv);
        QString message = inv.value(QStringLiteral("message")).value_or(QString());
        if (inv.isSet(QStringLiteral("save-message"))) {
            if (!inv.isSet(QStringLiteral("message")))
                throw core::Error(core::ErrorCode::InvalidArgument,
                                  CliText::tr("--save-message needs --message."));
            store.winBack().setMessageTemplate(core::WinBack::listFor(f), message);
            message.clear(); // what was kept is the template now
        }
        const int limit = int(inv.integer(QStringLiteral("limit"), 10000, 1, 1'000'000));
        const QList<core::TierLevel> tiers = store.rules().current().rules.tiers;
        QJsonArray out;
        for (const core::WinBackRow &r :
             store.winBack().rows(f, message, inv.isSet(QStringLiteral("full-phone")), limit)) {
            out.append(QJsonObject{
                {QStringLiteral("id"), r.member.member.id},
                {QStringLiteral("name"), r.member.member.name},
                {QStringLiteral("phone"), r.phone},
                {QStringLiteral("tier_name"), tiers.value(r.member.tier).name},
                {QStringLiteral("reason"), r.reasons.join(QStringLiteral("; "))},
                {QStringLiteral("past_value"), r.pastValue.toString()},
                {QStringLiteral("last_sale_at"),
                 r.member.lastSaleAt.isValid()
                     ? QJsonValue(core::storedTimestamp(r.member.lastSaleAt))
                     : QJsonValue()},
                {QStringLiteral("message"), r.message},
            });
        }
        return out;
    };
    commands.append(winback);

    Command history;
    history.words = {QStringLiteral("member"), QStringLiteral("history")};
    history.usage = QStringLiteral("PHONE|CARD [--limit N] [--before SALE_ID]");
    history.summary = CliText::tr("Lists a member's sales and refunds, newest first.");
    history.csvColumns = {QStringLiteral("sale_id"),       QStringLiteral("receipt_no"),
                          QStringLiteral("kind"),          QStringLiteral("created_at"),
                          QStringLiteral("items"),         QStringLiteral("total"),
                          QStringLiteral("points_earned"), QStringLiteral("points_redeemed"),
                          QStringLiteral("cashier"),       QStringLiteral("original_receipt_no")};
    history.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("limit"), CliText::tr("At most this many (default 50)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("before"),
                     CliText::tr("Only sales older than this one (the last of a page)."),
                     QStringLiteral("SALE_ID")});
    };
    history.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        const core::Member member = store.members().resolve(who, core::ErrorCode::NotFound);
        const int limit = int(inv.integer(QStringLiteral("limit"), 50, 1, 1000));
        const qint64 before =
            inv.integer(QStringLiteral("before"), 0, 1, std::numeric_limits<qint64>::max());
        QJsonArray out;
        for (const core::SaleSummary &s : store.history().forMember(member.id, before, limit))
            out.append(core::toJson(s));
        return out;
    };
    commands.append(history);

    Command adjust;
    adjust.words = {QStringLiteral("points"), QStringLiteral("adjust")};
    adjust.usage = QStringLiteral("PHONE|CARD --points N --reason TEXT");
    adjust.summary = CliText::tr("Adds (or, with a negative number, takes) points by hand; the "
                                 "reason stays in the member's points history.");
    adjust.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("points"), CliText::tr("Points to add; negative to take."),
                     QStringLiteral("N")});
        p.addOption(
            {QStringLiteral("reason"), CliText::tr("Why (required)."), QStringLiteral("TEXT")});
    };
    adjust.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        const core::Member member = store.members().resolve(who, core::ErrorCode::NotFound);
        if (!inv.isSet(QStringLiteral("points"))) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Say how many points with --points."),
                              QStringLiteral("points"));
        }
        const qint64 points = inv.integer(QStringLiteral("points"), 0, -10'000'000, 10'000'000,
                                          core::ErrorCode::InvalidPoints);
        const core::PointsAdjustment result = store.loyalty().adjustPoints(
            member.id, points, inv.value(QStringLiteral("reason")).value_or(QString()));
        return QJsonObject{{QStringLiteral("phone"), member.phone.digits()},
                           {QStringLiteral("points"), result.points},
                           {QStringLiteral("balance"), result.balance}};
    };
    commands.append(adjust);

    return commands;
}

} // namespace storedesk::cli
