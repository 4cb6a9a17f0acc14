#include "checkout.h"

#include "catalog/catalog.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/couponbook.h"
#include "loyalty/rulebook.h"
#include "members/memberregistry.h"
#include "sales/receiptnumber.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace storedesk::core {

Checkout::Checkout(Database &db, const Clock &clock, MemberRegistry &members, Catalog &catalog,
                   RuleBook &rules, LoyaltyService &loyalty, CouponBook &coupons,
                   Security &security, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_members(members)
    , m_catalog(catalog)
    , m_rules(rules)
    , m_loyalty(loyalty)
    , m_coupons(coupons)
    , m_security(security)
{}

Quote Checkout::quote(const SaleRequest &request) const
{
    return price(request, m_clock.now());
}

Quote Checkout::price(const SaleRequest &request, const QDateTime &at) const
{
    const VersionedRules rules = m_rules.current();
    Quote q;
    q.rulesVersion = rules.version;
    q.redeemBlock = rules.rules.redeem.points;
    q.redeemBlockValue = rules.rules.redeem.value;
    PricingInput input;
    input.day = at.toTimeZone(m_loyalty.zone()).date();
    input.redeemPoints = request.redeemPoints;

    if (!request.member.trimmed().isEmpty()) {
        q.member = m_members.resolve(request.member);
        if (q.member->status == MemberStatus::Frozen) {
            throw Error(ErrorCode::MemberFrozen,
                        QCoreApplication::translate("storedesk::core::Checkout",
                                                    "%1's membership is frozen; serve them as a "
                                                    "walk-in customer or unfreeze it first.")
                            .arg(q.member->name),
                        QStringLiteral("member"));
        }
        QSqlQuery tier =
            m_db.exec(QStringLiteral("SELECT tier FROM members WHERE id = ?"), {q.member->id});
        q.pointsAvailable = m_loyalty.points().available(q.member->id, at);
        q.storedValue = m_loyalty.storedValue().balance(q.member->id);
        input.member = PricingMember{q.member->id, tier.next() ? tier.value(0).toInt() : 0,
                                     q.pointsAvailable, q.member->birthday};
    }
    if (request.lines.isEmpty()) {
        throw Error(
            ErrorCode::EmptySale,
            QCoreApplication::translate("storedesk::core::Checkout", "The sale has no lines."),
            QStringLiteral("lines"));
    }
    for (const SaleLineRequest &line : request.lines) {
        Product product = m_catalog.resolveBarcode(line.barcode);
        if (!product.active) {
            throw Error(
                ErrorCode::ProductInactive,
                QCoreApplication::translate("storedesk::core::Checkout", "%1 is no longer on sale.")
                    .arg(product.name),
                QStringLiteral("barcode"));
        }
        input.lines.append({std::move(product), line.qty, line.price});
    }
    for (const QString &code : request.coupons) {
        PricingCoupon coupon = m_coupons.redeemable(code, q.member ? q.member->id : 0);
        if (coupon.gift && !coupon.gift->active) {
            throw Error(ErrorCode::ProductInactive,
                        QCoreApplication::translate("storedesk::core::Checkout",
                                                    "%1, the gift of coupon %2, is no longer on "
                                                    "sale.")
                            .arg(coupon.gift->name, coupon.code),
                        QStringLiteral("coupons"));
        }
        input.coupons.append(std::move(coupon));
    }
    input.manualDiscount = request.manualDiscount;
    q.cart = priceCart(input, rules.rules);

    Money storedValue;
    if (!request.payments.isEmpty()) {
        q.settlement = settle(q.cart.totalDue, request.payments);
        storedValue = q.settlement->storedValue;
        if (storedValue.fen() > 0 && !q.member) {
            throw Error(ErrorCode::InvalidPayment,
                        QCoreApplication::translate("storedesk::core::Checkout",
                                                    "Paying with stored value needs a member."),
                        QStringLiteral("payments"));
        }
        if (q.member && storedValue > q.storedValue.total()) {
            throw Error(ErrorCode::InsufficientBalance,
                        QCoreApplication::translate("storedesk::core::Checkout",
                                                    "The stored value balance is %1, less than "
                                                    "the %2 to pay.")
                            .arg(q.storedValue.total().toString(), storedValue.toString()),
                        QStringLiteral("payments"));
        }
    }
    if (q.member)
        q.pointsEarned = pointsEarned(q.cart, storedValue, rules.rules);
    return q;
}

SaleRecord Checkout::commit(const SaleRequest &request)
{
    const QDateTime now = m_clock.now();
    const Actor by = m_security.actor();
    const QString fingerprint = request.fingerprint();
    qint64 saleId = 0;
    {
        Transaction tx(m_db);
        if (const auto earlier = saleForRequest(m_db, request.requestId, fingerprint))
            return load(*earlier); // a retry: the sale stands once
        const bool priceChanged =
            std::any_of(request.lines.cbegin(), request.lines.cend(),
                        [](const SaleLineRequest &l) { return l.price.has_value(); });
        const std::optional<Actor> changedBy =
            priceChanged ? std::optional(m_security.require(Permission::PriceOverride))
                         : std::nullopt;
        const std::optional<Actor> discountedBy =
            request.manualDiscount ? std::optional(m_security.require(Permission::ManualDiscount))
                                   : std::nullopt;
        if (!request.member.trimmed().isEmpty()) {
            if (auto m = m_members.resolve(request.member); m.id > 0)
                m_loyalty.points().expireDue(now, m.id);
        }
        const Quote q = price(request, now);
        const Settlement settlement = q.settlement ? *q.settlement : settle(q.cart.totalDue, {});
        const VersionedRules rules = m_rules.current();
        const MemberId memberId = q.member ? q.member->id : 0;

        const QDate day = now.toTimeZone(m_loyalty.zone()).date();
        const ReceiptNumber number = nextReceiptNumber(m_db, day);
        const qint64 daySeq = number.sequence;
        const QString &receiptNo = number.text;

        m_db.exec(QStringLiteral(
                      "INSERT INTO sales (kind, receipt_no, business_day, day_seq, request_id, "
                      "request_hash, member_id, tier, rules_version, created_at, cashier, "
                      "user_id, subtotal_fen, discount_fen, points_redeemed, points_value_fen, "
                      "total_fen, change_fen, points_earned, qualifying_fen) "
                      "VALUES ('sale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {receiptNo, day.toString(Qt::ISODate), daySeq,
                   request.requestId.isEmpty() ? QVariant() : QVariant(request.requestId),
                   fingerprint, idOrNull(memberId), q.member ? QVariant(q.cart.tier) : QVariant(),
                   rules.version, storedTimestamp(now), cashierName(by, request.cashier),
                   idOrNull(by.userId), q.cart.subtotal.fen(), q.cart.discountTotal.fen(),
                   q.cart.pointsRedeemed, q.cart.pointsValue.fen(), q.cart.totalDue.fen(),
                   settlement.change.fen(), q.pointsEarned,
                   q.member ? q.cart.afterDiscounts.fen() : 0});
        saleId = m_db.lastInsertId();

        int lineNo = 0;
        for (const PricedLine &line : q.cart.lines) {
            m_db.exec(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, product_id, "
                                     "barcode, name, qty, list_price_fen, unit_price_fen, "
                                     "discount_fen, amount_fen, points_eligible) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {saleId, ++lineNo, line.product.id, line.product.barcode.code(),
                       line.product.name, line.qty, line.listPrice.fen(), line.unitPrice.fen(),
                       line.discount.fen(), line.amount.fen(),
                       line.product.pointsEligible ? 1 : 0});
            m_db.exec(QStringLiteral("INSERT INTO stock_moves (product_id, at, qty, reason, "
                                     "sale_id) VALUES (?, ?, ?, 'sale', ?)"),
                      {line.product.id, storedTimestamp(now), -line.qty, saleId});
            m_db.exec(QStringLiteral("UPDATE products SET stock = stock - ? WHERE id = ?"),
                      {line.qty, line.product.id});
        }
        for (const AppliedDiscount &d : q.cart.discounts) {
            m_db.exec(QStringLiteral("INSERT INTO sale_discounts (sale_id, kind, name, "
                                     "amount_fen, code) VALUES (?, ?, ?, ?, ?)"),
                      {saleId, d.kind, d.name, d.amount.fen(),
                       d.code.isEmpty() ? QVariant() : QVariant(d.code)});
        }
        m_coupons.markUsed(q.cart.coupons, saleId);
        for (const Payment &p : settlement.payments) {
            m_db.exec(QStringLiteral("INSERT INTO sale_payments (sale_id, method, amount_fen, "
                                     "tendered_fen) VALUES (?, ?, ?, ?)"),
                      {saleId, paymentMethodCode(p.method), p.amount.fen(), p.tendered.fen()});
        }
        if (q.member) {
            // Redeem before earning, so a sale never pays with the points it earns.
            if (q.cart.pointsRedeemed > 0) {
                m_loyalty.points().debit(memberId, PointsKind::Redeem, q.cart.pointsRedeemed, now,
                                         saleId);
            }
            if (settlement.storedValue.fen() > 0) {
                const StoredValueBalance part = StoredValueLedger::split(
                    m_loyalty.storedValue().balance(memberId), settlement.storedValue);
                m_loyalty.storedValue().post(memberId, StoredValueKind::Pay, -part.paid,
                                             -part.bonus, now, {}, saleId);
            }
            if (q.pointsEarned > 0) {
                m_loyalty.points().credit(memberId, PointsKind::Earn, q.pointsEarned, now,
                                          m_loyalty.expiryFor(now, rules.rules), saleId);
            }
            m_loyalty.reviewTier(memberId, now, rules.rules, saleId);
            rewardReferral(*q.member, saleId, now, rules.rules);
            // A back-dated sale (an import) never makes a recent visit look older.
            m_db.exec(QStringLiteral("UPDATE members SET last_sale_at = "
                                     "max(coalesce(last_sale_at, ''), ?) WHERE id = ?"),
                      {storedTimestamp(now), memberId});
        }
        m_db.exec(QStringLiteral("INSERT INTO print_jobs (sale_id, kind, created_at) "
                                 "VALUES (?, 'receipt', ?)"),
                  {saleId, storedTimestamp(now)});
        if (changedBy) {
            QJsonArray changed;
            for (const PricedLine &line : q.cart.lines) {
                if (!line.priceChanged)
                    continue;
                changed.append(
                    QJsonObject{{QStringLiteral("barcode"), line.product.barcode.code()},
                                {QStringLiteral("list_price"), line.listPrice.toString()},
                                {QStringLiteral("price"), line.unitPrice.toString()},
                                {QStringLiteral("qty"), line.qty}});
            }
            m_security.audit().record(*changedBy, QStringLiteral("price_override"),
                                      QStringLiteral("sale:") + receiptNo,
                                      {{QStringLiteral("lines"), changed}});
        }
        if (discountedBy) {
            Money manual;
            for (const AppliedDiscount &d : q.cart.discounts) {
                if (d.kind == u"manual")
                    manual += d.amount;
            }
            m_security.audit().record(
                *discountedBy, QStringLiteral("manual_discount"),
                QStringLiteral("sale:") + receiptNo,
                {{QStringLiteral("amount"), manual.toString()},
                 {QStringLiteral("reason"), request.manualDiscount->reason.simplified()}});
        }
        tx.commit();
    }
    emit saleCommitted(saleId);
    return load(saleId);
}

void Checkout::rewardReferral(const Member &member, qint64 saleId, const QDateTime &at,
                              const Rules &rules)
{
    if (member.referredBy == 0)
        return;
    // Once per referred member, on their first sale.
    QSqlQuery rewarded = m_db.exec(
        QStringLiteral("SELECT 1 FROM referral_rewards WHERE referred_id = ?"), {member.id});
    if (rewarded.next())
        return;
    QSqlQuery earlier = m_db.exec(QStringLiteral("SELECT 1 FROM sales WHERE member_id = ? AND "
                                                 "kind = 'sale' AND id <> ? LIMIT 1"),
                                  {member.id, saleId});
    if (earlier.next())
        return;
    const MemberId referrer = member.referredBy;
    QVariant entry;
    if (rules.referralPoints > 0) {
        entry = m_loyalty.points().credit(
            referrer, PointsKind::Adjust, rules.referralPoints, at, m_loyalty.expiryFor(at, rules),
            0,
            QCoreApplication::translate("storedesk::core::Checkout",
                                        "Referral reward: %1 made a first purchase")
                .arg(member.name));
    }
    const QList<Coupon> coupons = m_coupons.issueReferral(referrer);
    m_db.exec(QStringLiteral("INSERT INTO referral_rewards (referrer_id, referred_id, sale_id, at, "
                             "points, points_entry_id, coupon_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {referrer, member.id, saleId, storedTimestamp(at), rules.referralPoints, entry,
               coupons.isEmpty() ? QVariant() : QVariant(coupons.first().id)});
}

QList<RefundableLine> Checkout::refundable(const QString &receiptNo) const
{
    const SaleRecord sale = loadByReceipt(receiptNo);
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT l.original_line_id, -sum(l.qty) FROM sale_lines l JOIN sales s "
                       "ON s.id = l.sale_id WHERE s.original_sale_id = ? "
                       "GROUP BY l.original_line_id"),
        {sale.id});
    QHash<qint64, qint64> refunded;
    while (q.next())
        refunded.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    QList<RefundableLine> out;
    for (const SaleLineRecord &line : sale.lines)
        out.append({line, sale.refund ? line.qty : refunded.value(line.id)});
    return out;
}

qint64 Checkout::reprint(const QString &receiptNo)
{
    const SaleRecord sale = loadByReceipt(receiptNo);
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO print_jobs (sale_id, kind, created_at) "
                             "VALUES (?, 'reprint', ?)"),
              {sale.id, storedTimestamp(m_clock.now())});
    const qint64 id = m_db.lastInsertId();
    tx.commit();
    return id;
}

SaleRecord Checkout::loadByReceipt(const QString &receiptNo) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM sales WHERE receipt_no = ?"),
                            {receiptNo.trimmed()});
    if (!q.next()) {
        throw Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("storedesk::core::Checkout", "There is no receipt %1.")
                .arg(receiptNo.trimmed()),
            QStringLiteral("receipt_no"));
    }
    return load(q.value(0).toLongLong());
}

SaleRecord Checkout::load(qint64 saleId) const
{
    QSqlQuery h = m_db.exec(
        QStringLiteral("SELECT s.kind, s.receipt_no, s.business_day, s.created_at, s.cashier, "
                       "s.member_id, s.tier, s.rules_version, s.subtotal_fen, s.discount_fen, "
                       "s.points_redeemed, s.points_value_fen, s.total_fen, s.change_fen, "
                       "s.points_earned, o.receipt_no FROM sales s LEFT JOIN sales o "
                       "ON o.id = s.original_sale_id WHERE s.id = ?"),
        {saleId});
    if (!h.next()) {
        throw Error(ErrorCode::NotFound, QCoreApplication::translate("storedesk::core::Checkout",
                                                                     "There is no sale number %1.")
                                             .arg(saleId));
    }
    SaleRecord r;
    r.id = saleId;
    r.refund = h.value(0).toString() == u"refund";
    r.receiptNo = h.value(1).toString();
    r.businessDay = QDate::fromString(h.value(2).toString(), Qt::ISODate);
    r.createdAt = fromStoredTimestamp(h.value(3).toString());
    r.cashier = h.value(4).toString();
    if (!h.value(5).isNull())
        r.member = m_members.get(h.value(5).toLongLong());
    r.tier = h.value(6).toInt();
    r.rulesVersion = h.value(7).toInt();
    r.subtotal = Money::fromFen(h.value(8).toLongLong());
    r.discountTotal = Money::fromFen(h.value(9).toLongLong());
    r.pointsRedeemed = h.value(10).toLongLong();
    r.pointsValue = Money::fromFen(h.value(11).toLongLong());
    r.total = Money::fromFen(h.value(12).toLongLong());
    r.change = Money::fromFen(h.value(13).toLongLong());
    r.pointsEarned = h.value(14).toLongLong();
    r.originalReceiptNo = h.value(15).toString();
    if (r.member)
        r.tierName = m_rules.at(r.rulesVersion).tiers.value(r.tier).name;

    QSqlQuery l = m_db.exec(
        QStringLiteral("SELECT id, line_no, product_id, barcode, name, qty, list_price_fen, "
                       "unit_price_fen, discount_fen, amount_fen, points_eligible, "
                       "original_line_id FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
        {saleId});
    while (l.next()) {
        SaleLineRecord line;
        line.id = l.value(0).toLongLong();
        line.lineNo = l.value(1).toInt();
        line.productId = l.value(2).toLongLong();
        line.barcode = l.value(3).toString();
        line.name = l.value(4).toString();
        line.qty = l.value(5).toLongLong();
        line.listPrice = Money::fromFen(l.value(6).toLongLong());
        line.unitPrice = Money::fromFen(l.value(7).toLongLong());
        line.discount = Money::fromFen(l.value(8).toLongLong());
        line.amount = Money::fromFen(l.value(9).toLongLong());
        line.pointsEligible = l.value(10).toInt() != 0;
        line.originalLineId = l.value(11).toLongLong();
        r.lines.append(line);
    }
    QSqlQuery d = m_db.exec(QStringLiteral("SELECT kind, name, amount_fen, code FROM "
                                           "sale_discounts WHERE sale_id = ? ORDER BY id"),
                            {saleId});
    while (d.next()) {
        r.discounts.append({d.value(0).toString(), d.value(1).toString(),
                            Money::fromFen(d.value(2).toLongLong()), d.value(3).toString()});
    }
    QSqlQuery p = m_db.exec(QStringLiteral("SELECT method, amount_fen, tendered_fen FROM "
                                           "sale_payments WHERE sale_id = ? ORDER BY id"),
                            {saleId});
    while (p.next()) {
        r.payments.append({parsePaymentMethod(p.value(0).toString()).value_or(PaymentMethod::Cash),
                           Money::fromFen(p.value(1).toLongLong()),
                           Money::fromFen(p.value(2).toLongLong())});
    }
    return r;
}

} // namespace storedesk::core
