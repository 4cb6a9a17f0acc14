// coupon template add | list | on | off, coupon issue | list | show
#include "clitext.h"
#include "command.h"
#include "domain/clock.h"
#include "invocation.h"
#include "memberfilters.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storedesk::cli {

namespace {

const QStringList kCouponColumns{
    QStringLiteral("code"),        QStringLiteral("template"),  QStringLiteral("member"),
    QStringLiteral("source"),      QStringLiteral("status"),    QStringLiteral("valid_from"),
    QStringLiteral("valid_until"), QStringLiteral("issued_at"), QStringLiteral("receipt_no")};

QJsonObject couponJson(core::Store &store, const core::Coupon &c)
{
    QJsonValue member;
    if (c.member > 0)
        member = store.members().get(c.member).phone.digits();
    QJsonValue receipt;
    if (c.saleId > 0)
        receipt = store.checkout().load(c.saleId).receiptNo;
    return QJsonObject{
        {QStringLiteral("code"), c.code},
        {QStringLiteral("template"), c.templateName},
        {QStringLiteral("member"), member},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("status"), core::couponStatusCode(c.status)},
        {QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), c.validUntil.toString(Qt::ISODate)},
        {QStringLiteral("issued_at"), core::storedTimestamp(c.issuedAt)},
        {QStringLiteral("receipt_no"), receipt},
    };
}

Command templateSwitch(bool on)
{
    Command c;
    c.words = {QStringLiteral("coupon"), QStringLiteral("template"),
               on ? QStringLiteral("on") : QStringLiteral("off")};
    c.usage = QStringLiteral("TEMPLATE");
    c.summary = on ? CliText::tr("Switches a coupon template back on.")
                   : CliText::tr("Switches a coupon template off: it issues nothing more, and the "
                                 "coupons already issued stay good.");
    c.run = [on](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The template's name or id"));
        inv.expectPositionals(1);
        core::CouponBook &book = inv.store().coupons();
        return book.setTemplateActive(book.findTemplate(name).id, on).toJson();
    };
    return c;
}

} // namespace

QList<Command> couponCommands()
{
    QList<Command> commands;

    Command add;
    add.words = {QStringLiteral("coupon"), QStringLiteral("template"), QStringLiteral("add")};
    add.usage = QStringLiteral("FILE|-");
    add.summary = CliText::tr("Adds a coupon template from a JSON document (kind amount_off, "
                              "percent_off or gift; validity; optional auto_issue welcome, "
                              "birthday or referral).");
    add.run = [](Invocation &inv) -> QJsonValue {
        const QString source =
            inv.positional(0, CliText::tr("The template file (or - for standard input)"));
        inv.expectPositionals(1);
        return inv.store()
            .coupons()
            .addTemplate(inv.document(source, core::ErrorCode::InvalidCouponTemplate))
            .toJson();
    };
    commands.append(add);

    Command list;
    list.words = {QStringLiteral("coupon"), QStringLiteral("template"), QStringLiteral("list")};
    list.summary = CliText::tr("Lists the coupon templates.");
    list.csvColumns = {
        QStringLiteral("id"),         QStringLiteral("name"),       QStringLiteral("kind"),
        QStringLiteral("amount"),     QStringLiteral("percent"),    QStringLiteral("min_spend"),
        QStringLiteral("valid_days"), QStringLiteral("auto_issue"), QStringLiteral("active")};
    list.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        QJsonArray out;
        for (const core::CouponTemplate &t : inv.store().coupons().templates()) {
            QJsonObject o = t.toJson();
            o.insert(QStringLiteral("active"), t.active);
            out.append(o);
        }
        return out;
    };
    commands.append(list);
    commands.append(templateSwitch(true));
    commands.append(templateSwitch(false));

    Command issue;
    issue.words = {QStringLiteral("coupon"), QStringLiteral("issue")};
    issue.usage = QStringLiteral("TEMPLATE --member PHONE|CARD | --anonymous [--count N] | "
                                 "[--tier N] [--tag T] [--sleeping DAYS] [--birthday week|month] "
                                 "[--expiring DAYS] …");
    issue.summary = CliText::tr("Issues coupons of a template: to one member, to every member "
                                "the filters choose (one each), or anonymous ones to print. "
                                "Answers the coupons with their codes.");
    issue.csvColumns = kCouponColumns;
    issue.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("member"), CliText::tr("The member's phone or card number."),
                     QStringLiteral("PHONE")});
        p.addOption({QStringLiteral("anonymous"),
                     CliText::tr("Coupons anyone may use (to print and hand out).")});
        p.addOption({QStringLiteral("count"),
                     CliText::tr("How many anonymous coupons (default 1)."), QStringLiteral("N")});
        declareMemberFilters(p);
    };
    issue.run = [](Invocation &inv) -> QJsonValue {
        const QString name = inv.positional(0, CliText::tr("The template's name or id"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        core::CouponBook &book = store.coupons();
        const core::CouponTemplate t = book.findTemplate(name);
        const int ways = int(inv.isSet(QStringLiteral("member"))) +
                         int(inv.isSet(QStringLiteral("anonymous"))) + int(hasMemberFilter(inv));
        if (ways != 1) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Say who gets the coupons: --member, --anonymous, or "
                                          "member filters (one of them)."));
        }
        QList<core::MemberId> who;
        if (auto member = inv.value(QStringLiteral("member"))) {
            who.append(store.members().resolve(*member, core::ErrorCode::NotFound).id);
        } else if (inv.isSet(QStringLiteral("anonymous"))) {
            const qint64 count = inv.integer(QStringLiteral("count"), 1, 1, 10000);
            who = QList<core::MemberId>(count, 0);
        } else {
            const core::MemberListFilter f = memberFilter(inv);
            core::MemberId after = 0;
            for (;;) {
                const QList<core::MemberSummary> page = store.directory().page(f, after, 1000);
                for (const core::MemberSummary &row : page)
                    who.append(row.member.id);
                if (page.size() < 1000)
                    break;
                after = page.last().member.id;
            }
        }
        QJsonArray out;
        for (const core::Coupon &c : book.issueToMembers(t.id, who))
            out.append(couponJson(store, c));
        return out;
    };
    commands.append(issue);

    Command coupons;
    coupons.words = {QStringLiteral("coupon"), QStringLiteral("list")};
    coupons.usage = QStringLiteral("--member PHONE|CARD [--all]");
    coupons.summary = CliText::tr("Lists a member's coupons that can be used today (every one "
                                  "they ever had with --all).");
    coupons.csvColumns = kCouponColumns;
    coupons.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("member"), CliText::tr("The member's phone or card number."),
                     QStringLiteral("PHONE")});
        p.addOption({QStringLiteral("all"), CliText::tr("Used and expired ones too.")});
    };
    coupons.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        core::Store &store = inv.store();
        const core::Member member = store.members().resolve(inv.required(QStringLiteral("member")),
                                                            core::ErrorCode::NotFound);
        QJsonArray out;
        for (const core::Coupon &c :
             store.coupons().forMember(member.id, !inv.isSet(QStringLiteral("all"))))
            out.append(couponJson(store, c));
        return out;
    };
    commands.append(coupons);

    Command show;
    show.words = {QStringLiteral("coupon"), QStringLiteral("show")};
    show.usage = QStringLiteral("CODE");
    show.summary = CliText::tr("Shows one coupon: whose it is, when it is valid, and the sale "
                               "that used it.");
    show.csvColumns = kCouponColumns;
    show.run = [](Invocation &inv) -> QJsonValue {
        const QString code = inv.positional(0, CliText::tr("The coupon's code"));
        inv.expectPositionals(1);
        core::Store &store = inv.store();
        return couponJson(store, store.coupons().byCode(code));
    };
    commands.append(show);

    return commands;
}

} // namespace storedesk::cli
