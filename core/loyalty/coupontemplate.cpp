#include "coupontemplate.h"

#include "domain/barcode.h"
#include "loyalty/documentreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace storedesk::core {

namespace {

constexpr int kMaxNameLength = 30;
constexpr int kMaxValidDays = 3650;

} // namespace

QString couponKindCode(CouponKind kind)
{
    switch (kind) {
    case CouponKind::AmountOff:
        return QStringLiteral("amount_off");
    case CouponKind::PercentOff:
        return QStringLiteral("percent_off");
    case CouponKind::Gift:
        return QStringLiteral("gift");
    }
    return {};
}

QString autoIssueCode(AutoIssue when)
{
    switch (when) {
    case AutoIssue::None:
        return QString();
    case AutoIssue::Welcome:
        return QStringLiteral("welcome");
    case AutoIssue::Birthday:
        return QStringLiteral("birthday");
    case AutoIssue::Referral:
        return QStringLiteral("referral");
    }
    return {};
}

CouponTemplate CouponTemplate::fromJson(const QJsonObject &document)
{
    const DocumentKind kind{ErrorCode::InvalidCouponTemplate,
                            QCoreApplication::translate("storedesk::core::CouponBook",
                                                        "The coupon template is not valid: %1 %2")};
    DocumentReader r(document, {}, kind);
    CouponTemplate t;
    t.name = r.name(QStringLiteral("name"), kMaxNameLength);
    const QString k = r.text(QStringLiteral("kind"));
    if (k == u"amount_off")
        t.kind = CouponKind::AmountOff;
    else if (k == u"percent_off")
        t.kind = CouponKind::PercentOff;
    else if (k == u"gift")
        t.kind = CouponKind::Gift;
    else
        r.fail(QStringLiteral("kind"),
               QCoreApplication::translate("storedesk::core::CouponBook",
                                           "must be \"amount_off\", \"percent_off\" or \"gift\"."));
    switch (t.kind) {
    case CouponKind::AmountOff:
        t.amount = r.money(QStringLiteral("amount"), Money::fromFen(1));
        break;
    case CouponKind::PercentOff:
        t.percent = r.ratio(QStringLiteral("percent"), Ratio(),
                            Ratio::fromScaled(100 * Ratio::kScale), true);
        if (r.has(QStringLiteral("cap")))
            t.cap = r.money(QStringLiteral("cap"), Money::fromFen(1));
        break;
    case CouponKind::Gift: {
        const auto code = Barcode::parse(r.text(QStringLiteral("gift")));
        if (!code)
            r.fail(QStringLiteral("gift"),
                   QCoreApplication::translate("storedesk::core::Rules", "is not a barcode."));
        t.gift = code->code();
        break;
    }
    }
    if (r.has(QStringLiteral("min_spend")))
        t.minSpend = r.money(QStringLiteral("min_spend"), Money());
    if (t.kind == CouponKind::AmountOff && t.amount > t.minSpend && !t.minSpend.isZero())
        r.fail(QStringLiteral("amount"),
               QCoreApplication::translate("storedesk::core::CouponBook",
                                           "must not be more than min_spend."));
    if (r.has(QStringLiteral("categories")))
        t.categories = r.texts(QStringLiteral("categories"), 60);
    if (r.has(QStringLiteral("stacks")))
        t.stacks = r.boolean(QStringLiteral("stacks"));
    const bool days = r.has(QStringLiteral("valid_days"));
    const bool range = r.has(QStringLiteral("valid_from")) || r.has(QStringLiteral("valid_until"));
    if (days == range)
        r.fail(QStringLiteral("valid_days"),
               QCoreApplication::translate("storedesk::core::CouponBook",
                                           "or \"valid_from\" with \"valid_until\" must say how "
                                           "long its coupons are valid (one or the other)."));
    if (days) {
        t.validDays = int(r.integer(QStringLiteral("valid_days"), 1, kMaxValidDays));
    } else {
        t.validFrom = r.date(QStringLiteral("valid_from"));
        t.validUntil = r.date(QStringLiteral("valid_until"));
        if (t.validUntil < t.validFrom)
            r.fail(QStringLiteral("valid_until"),
                   QCoreApplication::translate("storedesk::core::Rules",
                                               "must not be before \"from\"."));
    }
    if (r.has(QStringLiteral("auto_issue"))) {
        const QString when = r.text(QStringLiteral("auto_issue"));
        if (when == u"welcome")
            t.autoIssue = AutoIssue::Welcome;
        else if (when == u"birthday")
            t.autoIssue = AutoIssue::Birthday;
        else if (when == u"referral")
            t.autoIssue = AutoIssue::Referral;
        else if (!when.isEmpty())
            r.fail(QStringLiteral("auto_issue"),
                   QCoreApplication::translate("storedesk::core::CouponBook",
                                               "must be \"welcome\", \"birthday\", \"referral\" "
                                               "or empty."));
    }
    if (r.has(QStringLiteral("active")))
        t.active = r.boolean(QStringLiteral("active"));
    r.noOthers({QStringLiteral("id")}); // as `coupon template list` prints it
    return t;
}

QJsonObject CouponTemplate::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("kind"), couponKindCode(kind)}};
    if (id > 0)
        o.insert(QStringLiteral("id"), id);
    switch (kind) {
    case CouponKind::AmountOff:
        o.insert(QStringLiteral("amount"), amount.toString());
        break;
    case CouponKind::PercentOff:
        o.insert(QStringLiteral("percent"), percent.toString());
        if (!cap.isZero())
            o.insert(QStringLiteral("cap"), cap.toString());
        break;
    case CouponKind::Gift:
        o.insert(QStringLiteral("gift"), gift);
        break;
    }
    if (!minSpend.isZero())
        o.insert(QStringLiteral("min_spend"), minSpend.toString());
    if (!categories.isEmpty())
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    if (stacks)
        o.insert(QStringLiteral("stacks"), true);
    if (validDays > 0) {
        o.insert(QStringLiteral("valid_days"), validDays);
    } else {
        o.insert(QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate));
        o.insert(QStringLiteral("valid_until"), validUntil.toString(Qt::ISODate));
    }
    if (autoIssue != AutoIssue::None)
        o.insert(QStringLiteral("auto_issue"), autoIssueCode(autoIssue));
    if (!active)
        o.insert(QStringLiteral("active"), false);
    return o;
}

std::pair<QDate, QDate> CouponTemplate::validity(const QDate &today) const
{
    if (validDays > 0)
        return {today, today.addDays(validDays - 1)};
    return {validFrom, validUntil};
}

} // namespace storedesk::core
