// Coupons (电子优惠券): the templates, the coupons issued from them — by hand to a member or a
// list of members, anonymously for print-outs, or by StoreDesk itself to new members, on
// birthdays and as referral rewards — and their life at the counter: checked, used by a sale,
// given back when that sale is returned in full while the coupon is still valid.
#pragma once

#include "domain/member.h"
#include "loyalty/coupontemplate.h"
#include "sales/pricing.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace storedesk::core {

class Catalog;
class Clock;
class Database;
class LoyaltyService;
class Security;

enum class CouponSource
{
    Manual,
    Welcome,
    Birthday,
    Referral
};
QString couponSourceCode(CouponSource source);

struct Coupon
{
    enum class Status
    {
        Issued,
        Used,
        Void
    };
    qint64 id = 0;
    QString code;
    qint64 templateId = 0;
    QString templateName;
    MemberId member = 0; ///< 0: anyone may use it
    QString source;      ///< manual, welcome, birthday, referral
    QDateTime issuedAt;
    QDate validFrom;
    QDate validUntil;
    Status status = Status::Issued;
    qint64 saleId = 0;
    QDateTime usedAt;
};
QString couponStatusCode(Coupon::Status status);

class CouponBook final : public QObject
{
    Q_OBJECT

public:
    CouponBook(Database &db, const Clock &clock, const LoyaltyService &loyalty,
               const Catalog &catalog, Security &security, QObject *parent = nullptr);

    /// Adds a template. Throws invalid_coupon_template (also for a name in use or a gift that
    /// is not a product).
    CouponTemplate addTemplate(const QJsonObject &document);
    /// Turns a template on or off; an off template issues nothing, its coupons stay good.
    CouponTemplate setTemplateActive(qint64 id, bool active);
    QList<CouponTemplate> templates() const;
    struct TemplateCounts
    {
        qint64 issued = 0;
        qint64 used = 0;
    };
    /// How many coupons each template issued and how many were used, by template id.
    QHash<qint64, TemplateCounts> counts() const;
    /// A template by its name or id. Throws not_found.
    CouponTemplate findTemplate(const QString &nameOrId) const;

    /// Issues one coupon of \a templateId to \a member (0: anonymous). One transaction, or the
    /// caller's. By hand (CouponSource::Manual) it needs marketing, as do adding templates,
    /// switching them and issuing to members. Throws not_found and invalid_argument (an
    /// inactive template).
    Coupon issue(qint64 templateId, MemberId member, CouponSource source = CouponSource::Manual);
    /// Issues one coupon each to \a members, all in one transaction. Answers the coupons.
    QList<Coupon> issueToMembers(qint64 templateId, const QList<MemberId> &members);
    /// Issues the welcome coupons to a new member; the birthday coupons due today (each member
    /// once a year, when their birthday period under \a scope starts). Answer the coupons.
    QList<Coupon> issueWelcome(MemberId member);
    QList<Coupon> issueBirthdayCoupons(BirthdayRule::Scope scope);
    /// The referral templates' coupons for \a referrer, inside the caller's transaction.
    QList<Coupon> issueReferral(MemberId referrer);

    /// Throws unknown_coupon.
    Coupon byCode(const QString &code) const;
    /// A member's coupons, newest first; only those usable today when \a usableOnly.
    QList<Coupon> forMember(MemberId member, bool usableOnly) const;
    /// The coupons a sale used.
    QList<Coupon> forSale(qint64 saleId) const;

    /// Checks that \a code can pay towards a sale for \a member (0: walk-in) today and answers
    /// it for pricing. Throws unknown_coupon, coupon_used, coupon_expired, coupon_not_started
    /// or coupon_not_yours.
    PricingCoupon redeemable(const QString &code, MemberId member) const;
    /// Marks \a codes used by \a saleId, inside the caller's transaction.
    void markUsed(const QStringList &codes, qint64 saleId);
    /// Gives back the coupons \a saleId used that are still valid today, inside the caller's
    /// transaction. Answers how many.
    int restore(qint64 saleId);

    /// Whether \a text looks like a coupon code ("CP-7K3M-9XQ2"), so the counter can tell a
    /// scanned coupon from a product.
    static bool looksLikeCode(const QString &text);

signals:
    void couponsChanged(storedesk::core::MemberId member);
    void templatesChanged();

private:
    QDate today() const;
    QString newCode() const;
    QList<Coupon> select(const QString &where, const QVariantList &values, int limit) const;
    QList<CouponTemplate> autoTemplates(AutoIssue when) const;
    /// issue() without the permission check and the audit entry.
    Coupon put(qint64 templateId, MemberId member, CouponSource source);

    Database &m_db;
    const Clock &m_clock;
    const LoyaltyService &m_loyalty;
    const Catalog &m_catalog;
    Security &m_security;
};

} // namespace storedesk::core
