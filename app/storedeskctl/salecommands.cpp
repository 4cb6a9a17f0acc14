// quote, sale, topup, rules get|set, expire, member expiring: the checkout and the loyalty
// programme from the command line.
#include "clitext.h"
#include "command.h"
#include "invocation.h"
#include "io/salejson.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace storedesk::cli {

namespace {

std::optional<core::MemberStanding> standingOf(core::Store &store,
                                               const std::optional<core::Member> &member)
{
    if (!member)
        return std::nullopt;
    return store.loyalty().standing(member->id);
}

/// The --method of a top-up or a stored-value refund: any way money changes hands.
std::optional<core::PaymentMethod> methodOf(Invocation &inv)
{
    const QString text = inv.required(QStringLiteral("method"));
    const auto method = core::parsePaymentMethod(text);
    if (!method) {
        throw core::Error(
            core::ErrorCode::InvalidPayment,
            CliText::tr("--method is cash, card, wechat or alipay, not “%1”.").arg(text),
            QStringLiteral("method"));
    }
    return method;
}

} // namespace

QList<Command> saleCommands()
{
    QList<Command> commands;

    Command quote;
    quote.words = {QStringLiteral("quote")};
    quote.usage = QStringLiteral("FILE|-");
    quote.summary = CliText::tr("Prices a sale request without committing it.");
    quote.run = [](Invocation &inv) -> QJsonValue {
        const QString source = inv.positional(0, CliText::tr("The request file (or - for "
                                                             "standard input)"));
        inv.expectPositionals(1);
        const core::SaleRequest request = core::SaleRequest::fromJson(inv.document(source));
        core::Store &store = inv.store();
        const core::Quote q = store.checkout().quote(request);
        return core::toJson(q, standingOf(store, q.member));
    };
    commands.append(quote);

    Command sale;
    sale.words = {QStringLiteral("sale")};
    sale.usage = QStringLiteral("FILE|-");
    sale.summary = CliText::tr("Commits a sale request; the same request_id again answers the "
                               "sale already made.");
    sale.run = [](Invocation &inv) -> QJsonValue {
        const QString source = inv.positional(0, CliText::tr("The request file (or - for "
                                                             "standard input)"));
        inv.expectPositionals(1);
        const core::SaleRequest request = core::SaleRequest::fromJson(inv.document(source));
        core::Store &store = inv.store();
        const core::SaleRecord record = store.checkout().commit(request);
        return core::toJson(record, standingOf(store, record.member));
    };
    commands.append(sale);

    Command refund;
    refund.words = {QStringLiteral("refund")};
    refund.usage = QStringLiteral("RECEIPT_NO [--line N --qty Q]...");
    refund.summary = CliText::tr("Refunds a receipt — whole, or the lines given — to the original "
                                 "payment methods.");
    refund.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("line"), CliText::tr("A line of the receipt (1, 2, …)."),
                     QStringLiteral("N")});
        p.addOption(
            {QStringLiteral("qty"), CliText::tr("How many of that line."), QStringLiteral("Q")});
        p.addOption(
            {QStringLiteral("cashier"), CliText::tr("Who refunds."), QStringLiteral("NAME")});
    };
    refund.run = [](Invocation &inv) -> QJsonValue {
        const QString receipt = inv.positional(0, CliText::tr("The receipt number"));
        inv.expectPositionals(1);
        const QStringList lineValues = inv.parser().values(QStringLiteral("line"));
        const QStringList qtyValues = inv.parser().values(QStringLiteral("qty"));
        if (lineValues.size() != qtyValues.size()) {
            throw core::Error(core::ErrorCode::InvalidArgument,
                              CliText::tr("Give --line and --qty in pairs."));
        }
        QList<core::RefundLine> lines;
        for (int i = 0; i < lineValues.size(); ++i) {
            bool okLine = false;
            bool okQty = false;
            const int line = lineValues[i].toInt(&okLine);
            const qint64 qty = qtyValues[i].toLongLong(&okQty);
            if (!okLine || !okQty) {
                throw core::Error(core::ErrorCode::InvalidArgument,
                                  CliText::tr("--line and --qty take whole numbers."));
            }
            lines.append({line, qty});
        }
        core::Store &store = inv.store();
        const core::SaleRecord record = store.checkout().refund(
            receipt, lines, inv.value(QStringLiteral("cashier")).value_or(QString()));
        return core::toJson(record, standingOf(store, record.member));
    };
    commands.append(refund);

    Command gift;
    gift.words = {QStringLiteral("gift")};
    gift.usage = QStringLiteral("PHONE|CARD BARCODE... [--request-id ID] [--cashier NAME]");
    gift.summary = CliText::tr("Hands a member gifts for points (积分兑换): each barcode once "
                               "per unit; answers the sale, paid with points alone.");
    gift.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("request-id"),
                     CliText::tr("The same id again answers the gifts already handed over."),
                     QStringLiteral("ID")});
        p.addOption({QStringLiteral("cashier"), CliText::tr("Who handed them over."),
                     QStringLiteral("NAME")});
        p.addOption({QStringLiteral("dry-run"), CliText::tr("Only say how many points it takes.")});
    };
    gift.run = [](Invocation &inv) -> QJsonValue {
        core::GiftRequest request;
        request.member = inv.positional(0, CliText::tr("The member's phone or card number"));
        const QStringList barcodes = inv.parser().positionalArguments().mid(1);
        for (const QString &code : barcodes) {
            auto it =
                std::find_if(request.lines.begin(), request.lines.end(),
                             [&](const core::SaleLineRequest &l) { return l.barcode == code; });
            if (it != request.lines.end())
                ++it->qty;
            else
                request.lines.append({code, 1});
        }
        request.requestId = inv.value(QStringLiteral("request-id")).value_or(QString());
        request.cashier = inv.value(QStringLiteral("cashier")).value_or(QString());
        core::Store &store = inv.store();
        if (inv.isSet(QStringLiteral("dry-run")))
            return QJsonObject{{QStringLiteral("points"), store.gifts().cost(request)}};
        const core::SaleRecord record = store.gifts().redeem(request);
        return core::toJson(record, standingOf(store, record.member));
    };
    commands.append(gift);

    Command topup;
    topup.words = {QStringLiteral("topup")};
    topup.usage = QStringLiteral("PHONE|CARD AMOUNT --method cash|card|wechat|alipay");
    topup.summary = CliText::tr("Tops up a member's stored value, with the rules' bonus.");
    topup.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("method"), CliText::tr("How the top-up was paid."),
                     QStringLiteral("M")});
    };
    topup.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        const QString amountText = inv.positional(1, CliText::tr("The amount"));
        inv.expectPositionals(2);
        const auto method = methodOf(inv);
        core::Store &store = inv.store();
        const core::Member member = store.members().resolve(who, core::ErrorCode::NotFound);
        const core::Money amount = core::Money::parseOrThrow(amountText, QStringLiteral("amount"));
        const core::TopUpResult result = store.loyalty().topUp(member.id, amount, *method);
        return QJsonObject{{QStringLiteral("phone"), member.phone.digits()},
                           {QStringLiteral("amount"), result.amount.toString()},
                           {QStringLiteral("bonus"), result.bonus.toString()},
                           {QStringLiteral("method"), core::paymentMethodCode(*method)},
                           {QStringLiteral("stored_value"), result.balance.total().toString()},
                           {QStringLiteral("stored_value_paid"), result.balance.paid.toString()},
                           {QStringLiteral("stored_value_bonus"), result.balance.bonus.toString()}};
    };
    commands.append(topup);

    Command withdraw;
    withdraw.words = {QStringLiteral("withdraw")};
    withdraw.usage = QStringLiteral("PHONE|CARD --method cash|card|wechat|alipay");
    withdraw.summary = CliText::tr("Refunds a member's whole stored value: the paid-in money goes "
                                   "back, the bonus is forfeited.");
    withdraw.declare = topup.declare;
    withdraw.run = [](Invocation &inv) -> QJsonValue {
        const QString who = inv.positional(0, CliText::tr("The member's phone or card number"));
        inv.expectPositionals(1);
        const auto method = methodOf(inv);
        core::Store &store = inv.store();
        const core::Member member = store.members().resolve(who, core::ErrorCode::NotFound);
        const core::WithdrawResult result = store.loyalty().withdraw(member.id, *method);
        return QJsonObject{{QStringLiteral("phone"), member.phone.digits()},
                           {QStringLiteral("returned"), result.returned.toString()},
                           {QStringLiteral("bonus_forfeited"), result.bonusForfeited.toString()},
                           {QStringLiteral("method"), core::paymentMethodCode(*method)},
                           {QStringLiteral("stored_value"), QStringLiteral("0.00")}};
    };
    commands.append(withdraw);

    Command rulesGet;
    rulesGet.words = {QStringLiteral("rules"), QStringLiteral("get")};
    rulesGet.summary = CliText::tr("Prints the current rules document (with its version).");
    rulesGet.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::VersionedRules current = inv.store().rules().current();
        QJsonObject out = current.rules.toJson();
        out.insert(QStringLiteral("version"), current.version);
        return out;
    };
    commands.append(rulesGet);

    Command rulesSet;
    rulesSet.words = {QStringLiteral("rules"), QStringLiteral("set")};
    rulesSet.usage = QStringLiteral("FILE|-");
    rulesSet.summary = CliText::tr("Replaces the rules with a checked document; a bad one is "
                                   "refused whole, naming the field.");
    rulesSet.run = [](Invocation &inv) -> QJsonValue {
        const QString source = inv.positional(0, CliText::tr("The rules file (or - for "
                                                             "standard input)"));
        inv.expectPositionals(1);
        QJsonObject document = inv.document(source);
        document.remove(QStringLiteral("version")); // as `rules get` printed it
        const core::VersionedRules saved = inv.store().rules().set(document);
        QJsonObject out = saved.rules.toJson();
        out.insert(QStringLiteral("version"), saved.version);
        return out;
    };
    commands.append(rulesSet);

    Command preview;
    preview.words = {QStringLiteral("rules"), QStringLiteral("preview")};
    preview.usage = QStringLiteral("--amount 128.00 [--tier N|NAME] [--birthday]");
    preview.summary = CliText::tr("Shows what a sale of that amount comes to under the current "
                                  "rules: the tier's discount, what is paid, the points earned "
                                  "and the most points it could redeem.");
    preview.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("amount"), CliText::tr("The sale's amount."),
                     QStringLiteral("AMOUNT")});
        p.addOption({QStringLiteral("tier"), CliText::tr("The member's tier (default 0)."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("birthday"), CliText::tr("On the member's birthday.")});
    };
    preview.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::Money amount = core::Money::parseOrThrow(inv.required(QStringLiteral("amount")),
                                                             QStringLiteral("amount"));
        const int tier = inv.tier(QStringLiteral("tier")).value_or(0);
        const core::VersionedRules current = inv.store().rules().current();
        const core::SalePreview p =
            core::previewSale(current.rules, amount, tier, inv.isSet(QStringLiteral("birthday")));
        return QJsonObject{{QStringLiteral("rules_version"), current.version},
                           {QStringLiteral("tier"), tier},
                           {QStringLiteral("tier_name"), current.rules.tiers.value(tier).name},
                           {QStringLiteral("amount"), p.amount.toString()},
                           {QStringLiteral("discount"), p.discount.toString()},
                           {QStringLiteral("paid"), p.paid.toString()},
                           {QStringLiteral("points_earned"), p.pointsEarned},
                           {QStringLiteral("max_redeem_points"), p.maxRedeemablePoints},
                           {QStringLiteral("max_redeem_value"), p.maxRedeemValue.toString()}};
    };
    commands.append(preview);

    Command expire;
    expire.words = {QStringLiteral("expire")};
    expire.summary = CliText::tr("Posts every points expiry that is due, reviews tiers whose "
                                 "window has passed and issues the birthday coupons due today.");
    expire.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const core::Store::DailyResult done = inv.store().runDaily();
        return QJsonObject{{QStringLiteral("points_expired"), done.pointsExpired},
                           {QStringLiteral("birthday_coupons"), done.birthdayCoupons}};
    };
    commands.append(expire);

    Command expiring;
    expiring.words = {QStringLiteral("member"), QStringLiteral("expiring")};
    expiring.usage = QStringLiteral("[--within DAYS]");
    expiring.summary = CliText::tr("Lists members whose points expire within DAYS (default 30).");
    expiring.csvColumns = {QStringLiteral("phone"), QStringLiteral("name"),
                           QStringLiteral("points"), QStringLiteral("first_expiry")};
    expiring.declare = [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("within"), CliText::tr("Days ahead (default 30)."),
                     QStringLiteral("DAYS")});
    };
    expiring.run = [](Invocation &inv) -> QJsonValue {
        inv.expectPositionals(0);
        const qint64 days = inv.integer(QStringLiteral("within"), 30, 1, 3660);
        core::Store &store = inv.store();
        const QDateTime now = store.clock().now();
        QJsonArray out;
        for (const core::ExpiringPoints &e :
             store.loyalty().points().expiring(now, now.addDays(days))) {
            const core::Member m = store.members().get(e.member);
            out.append(QJsonObject{
                {QStringLiteral("phone"), m.phone.digits()},
                {QStringLiteral("name"), m.name},
                {QStringLiteral("points"), e.points},
                {QStringLiteral("first_expiry"), core::storedTimestamp(e.firstExpiry)}});
        }
        return out;
    };
    commands.append(expiring);

    return commands;
}

} // namespace storedesk::cli
