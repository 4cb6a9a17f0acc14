// member add | update | find | show | tag
#include "clitext.h"
#include "command.h"
#include "domain/clock.h"
#include "invocation.h"
#include "io/jsoncodec.h"
#include "io/salejson.h"
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
                               "[--card C] [--note TEXT] [--tag T]...");
    add.summary = CliText::tr("Registers a member and answers with it.");
    add.csvColumns = kMemberColumns;
    add.declare = [](QCommandLineParser &p) {
        declareProfile(p);
        p.addOption(
            {QStringLiteral("tag"), CliText::tr("A tag; repeat for more."), QStringLiteral("T")});
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

    return commands;
}

} // namespace storedesk::cli
