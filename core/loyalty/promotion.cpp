#include "promotion.h"

#include "domain/barcode.h"
#include "domain/error.h"
#include "loyalty/documentreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace storedesk::core {

namespace {

constexpr int kMaxNameLength = 30;

} // namespace

QString promotionKindCode(Promotion::Kind kind)
{
    switch (kind) {
    case Promotion::Kind::Threshold:
        return QStringLiteral("threshold");
    case Promotion::Kind::PercentOff:
        return QStringLiteral("percent_off");
    case Promotion::Kind::MemberDay:
        return QStringLiteral("member_day");
    case Promotion::Kind::BuyNGetOne:
        return QStringLiteral("buy_n_get_one");
    }
    return {};
}

bool Promotion::appliesOn(const QDate &day, bool member) const
{
    if ((membersOnly || kind == Kind::MemberDay) && !member)
        return false;
    if (from.isValid() && day < from)
        return false;
    if (until.isValid() && day > until)
        return false;
    return kind != Kind::MemberDay || day.dayOfWeek() == weekday;
}

bool Promotion::covers(const Product &product) const
{
    if (kind == Kind::BuyNGetOne)
        return product.barcode.code() == barcode;
    if (kind == Kind::PercentOff)
        return barcodes.contains(product.barcode.code()) || categories.contains(product.category);
    return categories.isEmpty() || categories.contains(product.category);
}

Promotion Promotion::read(DocumentReader &r)
{
    Promotion p;
    const QString kind = r.text(QStringLiteral("kind"));
    if (kind == u"threshold")
        p.kind = Kind::Threshold;
    else if (kind == u"percent_off")
        p.kind = Kind::PercentOff;
    else if (kind == u"member_day")
        p.kind = Kind::MemberDay;
    else if (kind == u"buy_n_get_one")
        p.kind = Kind::BuyNGetOne;
    else
        r.fail(
            r.path(QStringLiteral("kind")),
            QCoreApplication::translate("storedesk::core::Rules",
                                        "must be \"threshold\", \"percent_off\", \"member_day\" or "
                                        "\"buy_n_get_one\"."));
    p.name = r.name(QStringLiteral("name"), kMaxNameLength);
    if (r.has(QStringLiteral("from")))
        p.from = r.date(QStringLiteral("from"));
    if (r.has(QStringLiteral("until")))
        p.until = r.date(QStringLiteral("until"));
    if (p.from.isValid() && p.until.isValid() && p.until < p.from)
        r.fail(
            r.path(QStringLiteral("until")),
            QCoreApplication::translate("storedesk::core::Rules", "must not be before \"from\"."));
    if (r.has(QStringLiteral("members_only")))
        p.membersOnly = r.boolean(QStringLiteral("members_only"));
    if (r.has(QStringLiteral("categories")))
        p.categories = r.texts(QStringLiteral("categories"), 60);

    switch (p.kind) {
    case Kind::Threshold:
        p.minSpend = r.money(QStringLiteral("min_spend"), Money::fromFen(1));
        p.off = r.money(QStringLiteral("off"), Money::fromFen(1));
        if (p.off > p.minSpend)
            r.fail(r.path(QStringLiteral("off")),
                   QCoreApplication::translate("storedesk::core::Rules",
                                               "must not be more than min_spend."));
        if (r.has(QStringLiteral("repeat")))
            p.repeat = r.boolean(QStringLiteral("repeat"));
        if (r.has(QStringLiteral("max_off"))) {
            p.maxOff = r.money(QStringLiteral("max_off"), p.off);
            if (!p.repeat)
                r.fail(r.path(QStringLiteral("max_off")),
                       QCoreApplication::translate("storedesk::core::Rules",
                                                   "needs \"repeat\": true."));
        }
        break;
    case Kind::PercentOff:
        p.percent = r.ratio(QStringLiteral("percent"), Ratio(),
                            Ratio::fromScaled(100 * Ratio::kScale), true);
        if (r.has(QStringLiteral("barcodes"))) {
            const QStringList codes = r.texts(QStringLiteral("barcodes"), 40);
            for (qsizetype i = 0; i < codes.size(); ++i) {
                const auto code = Barcode::parse(codes[i]);
                if (!code)
                    r.fail(
                        QStringLiteral("%1[%2]").arg(r.path(QStringLiteral("barcodes"))).arg(i),
                        QCoreApplication::translate("storedesk::core::Rules", "is not a barcode."));
                p.barcodes.append(code->code());
            }
        }
        if (p.categories.isEmpty() && p.barcodes.isEmpty())
            r.fail(r.path(QStringLiteral("categories")),
                   QCoreApplication::translate(
                       "storedesk::core::Rules",
                       "or \"barcodes\" must name what the percent comes off."));
        if (r.has(QStringLiteral("with_tier")))
            p.withTier = r.boolean(QStringLiteral("with_tier"));
        break;
    case Kind::MemberDay:
        p.weekday = int(r.integer(QStringLiteral("weekday"), 1, 7));
        if (r.has(QStringLiteral("percent")))
            p.percent = r.ratio(QStringLiteral("percent"), Ratio(),
                                Ratio::fromScaled(100 * Ratio::kScale), true);
        if (r.has(QStringLiteral("points_multiplier")))
            p.pointsMultiplier = r.ratio(QStringLiteral("points_multiplier"), Ratio::one(),
                                         Ratio::fromScaled(10 * Ratio::kScale));
        if (p.percent == Ratio() && p.pointsMultiplier == Ratio::one())
            r.fail(r.path(QStringLiteral("percent")),
                   QCoreApplication::translate(
                       "storedesk::core::Rules",
                       "or \"points_multiplier\" must give members something."));
        break;
    case Kind::BuyNGetOne: {
        const QString text = r.text(QStringLiteral("barcode"));
        const auto code = Barcode::parse(text);
        if (!code)
            r.fail(r.path(QStringLiteral("barcode")),
                   QCoreApplication::translate("storedesk::core::Rules", "is not a barcode."));
        p.barcode = code->code();
        p.buy = int(r.integer(QStringLiteral("buy"), 1, 99));
        if (r.has(QStringLiteral("with_tier")))
            p.withTier = r.boolean(QStringLiteral("with_tier"));
        break;
    }
    }
    r.noOthers();
    return p;
}

Promotion Promotion::fromJson(const QJsonObject &object)
{
    const DocumentKind kind{
        ErrorCode::InvalidRules,
        QCoreApplication::translate("storedesk::core::Rules", "The promotion is not valid: %1 %2")};
    DocumentReader reader(object, {}, kind);
    return read(reader);
}

QJsonObject Promotion::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), promotionKindCode(kind)},
                  {QStringLiteral("name"), name}};
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toString(Qt::ISODate));
    if (membersOnly)
        o.insert(QStringLiteral("members_only"), true);
    if (!categories.isEmpty())
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    switch (kind) {
    case Kind::Threshold:
        o.insert(QStringLiteral("min_spend"), minSpend.toString());
        o.insert(QStringLiteral("off"), off.toString());
        if (repeat)
            o.insert(QStringLiteral("repeat"), true);
        if (!maxOff.isZero())
            o.insert(QStringLiteral("max_off"), maxOff.toString());
        break;
    case Kind::PercentOff:
        o.insert(QStringLiteral("percent"), percent.toString());
        if (!barcodes.isEmpty())
            o.insert(QStringLiteral("barcodes"), QJsonArray::fromStringList(barcodes));
        if (withTier)
            o.insert(QStringLiteral("with_tier"), true);
        break;
    case Kind::MemberDay:
        o.insert(QStringLiteral("weekday"), weekday);
        if (percent != Ratio())
            o.insert(QStringLiteral("percent"), percent.toString());
        if (pointsMultiplier != Ratio::one())
            o.insert(QStringLiteral("points_multiplier"), pointsMultiplier.toString());
        break;
    case Kind::BuyNGetOne:
        o.insert(QStringLiteral("barcode"), barcode);
        o.insert(QStringLiteral("buy"), buy);
        if (withTier)
            o.insert(QStringLiteral("with_tier"), true);
        break;
    }
    return o;
}

} // namespace storedesk::core
