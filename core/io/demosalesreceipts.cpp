// One demo receipt as a customer makes it (lines, promotions, tier, coupon, points, how they
// pay) and, now and then, its return.
#include "demosalesgenerator.h"

namespace storedesk::core::demosales {

void Generator::sell(qint64 at, const QDate &day)
{
    const int mi = chooseMember(at);
    MemberState *m = mi >= 0 ? &m_members[size_t(mi)] : nullptr;
    if (m && m->paid + m->bonus == 0 && m_random.chance(3))
        topUp(*m, at - 60);

    PricingInput input;
    input.day = day;
    if (m)
        input.member = PricingMember{m->id, m->tier, m->points, m->birthday};
    const int lines = [&] {
        const int pick = m_random.weighted(kLineCounts);
        return pick < 4 ? pick + 1 : int(m_random.between(5, 8));
    }();
    QSet<int> chosen;
    for (int l = 0; l < lines; ++l) {
        // Popular products (the first ones) sell far more often than the long tail.
        const double u = m_random.unit();
        const int p = int(double(m_products.size()) * u * u);
        if (chosen.contains(p))
            continue;
        chosen.insert(p);
        const qint64 qty =
            m_random.chance(75) ? 1 : (m_random.chance(70) ? 2 : m_random.between(3, 6));
        input.lines.append({m_products[size_t(p)], qty});
    }

    // A member now and then brings a coupon handed out in the days before.
    QString couponCodeText;
    const DemoCoupon *coupon = nullptr;
    qint64 couponIssued = 0;
    if (m && m_random.chance(5)) {
        coupon = &m_couponTemplates[m_random.below(m_couponTemplates.size())];
        do {
            couponCodeText = couponCode(m_couponCounter++);
        } while (m_usedCodes.contains(couponCodeText));
        m_usedCodes.insert(couponCodeText);
        couponIssued = std::max(m->joined, at - m_random.between(3600, 10 * kDay));
        PricingCoupon pc = coupon->pricing;
        pc.code = couponCodeText;
        input.coupons.append(pc);
    }
    PricedCart cart;
    try {
        cart = priceCart(input, m_rules.rules);
    } catch (const Error &e) {
        if (e.code() != ErrorCode::CouponNotApplicable && e.code() != ErrorCode::CouponsDoNotStack)
            throw;
        input.coupons.clear(); // kept for another day
        cart = priceCart(input, m_rules.rules);
    }
    if (m && cart.maxRedeemablePoints > 0 && m_random.chance(25)) {
        input.redeemPoints = cart.maxRedeemablePoints;
        cart = priceCart(input, m_rules.rules);
    }

    QList<Payment> payments;
    Money due = cart.totalDue;
    if (m && m->paid + m->bonus > 0 && due.fen() > 0 && m_random.chance(60)) {
        const Money sv = std::min(due, Money::fromFen(m->paid + m->bonus));
        payments.append({PaymentMethod::StoredValue, sv, sv});
        due -= sv;
    }
    if (due.fen() > 0) {
        const PaymentMethod method = kMethods[size_t(m_random.weighted(kMethodWeights))];
        Money tendered = due;
        if (method == PaymentMethod::Cash && m_random.chance(70)) {
            static constexpr std::array<qint64, 4> kNotes{1000, 2000, 5000, 10000};
            const qint64 note = m_random.pick(kNotes);
            tendered = Money::fromFen((due.fen() + note - 1) / note * note);
        }
        payments.append({method, due, tendered});
    }
    const Settlement settlement = settle(cart.totalDue, payments);
    const qint64 earned = m ? pointsEarned(cart, settlement.storedValue, m_rules.rules) : 0;
    const qint64 qualifying = m ? cart.afterDiscounts.fen() : 0;

    const qint64 saleId = m_nextSale++;
    writeSale(saleId, false, at, day, 0, m, cart.tier, cart.subtotal.fen(),
              cart.discountTotal.fen(), cart.pointsRedeemed, cart.pointsValue.fen(),
              cart.totalDue.fen(), settlement.change.fen(), earned, qualifying);
    Sold sold;
    sold.id = saleId;
    sold.member = mi;
    sold.tier = cart.tier;
    sold.subtotal = cart.subtotal.fen();
    sold.discount = cart.discountTotal.fen();
    sold.pointsValue = cart.pointsValue.fen();
    sold.total = cart.totalDue.fen();
    sold.redeemed = cart.pointsRedeemed;
    sold.earned = earned;
    sold.qualifying = qualifying;
    int lineNo = 0;
    for (const PricedLine &l : cart.lines) {
        const int p = m_productIndex.value(l.product.id);
        SoldLine s{m_nextLine++,
                   ++lineNo,
                   p,
                   l.qty,
                   l.listPrice.fen(),
                   l.unitPrice.fen(),
                   l.discount.fen(),
                   l.amount.fen(),
                   l.product.pointsEligible};
        m_line.bind(1, s.id).bind(2, saleId).bind(3, s.lineNo).bind(4, l.product.id);
        m_line.bind(5, m_barcodes[size_t(p)]).bind(6, m_names[size_t(p)]).bind(7, s.qty);
        m_line.bind(8, s.list).bind(9, s.unit).bind(10, s.discount).bind(11, s.amount);
        m_line.bind(12, s.eligible ? 1 : 0).bindNull(13).run();
        stockMove(p, at, -s.qty, "sale", saleId);
        sumLine(p, false, s.qty, s.unit * s.qty, s.discount, s.amount);
        sold.lines.push_back(s);
    }
    QHash<QString, DiscountSum> onReceipt; // per receipt first, as the fold counts them
    for (const AppliedDiscount &d : cart.discounts) {
        // Reports name a coupon's discount by its template, as ReportSummaries does.
        const QString name = d.kind == u"coupon" && coupon ? coupon->pricing.name : d.name;
        DiscountSum &sum =
            onReceipt[QString::fromUtf8(m_days[size_t(m_day)]) + u'|' + d.kind + u'|' + name];
        ++sum.uses;
        sum.amount += d.amount.fen();
        m_discount.bind(1, saleId).bind(2, d.kind).bind(3, d.name).bind(4, d.amount.fen());
        if (d.code.isEmpty())
            m_discount.bindNull(5);
        else
            m_discount.bind(5, d.code);
        m_discount.run();
    }
    for (auto it = onReceipt.cbegin(); it != onReceipt.cend(); ++it) {
        DiscountSum &sum = m_discountSums[it.key()];
        sum.uses += it->uses;
        sum.amount += it->amount;
        ++sum.receipts;
        sum.total += cart.totalDue.fen();
    }
    if (coupon) {
        const bool used = cart.coupons.contains(couponCodeText);
        const QDate from =
            QDateTime::fromSecsSinceEpoch(couponIssued, Qt::UTC).toTimeZone(m_zone).date();
        m_coupon.bind(1, couponCodeText).bind(2, coupon->templateId).bind(3, m->id);
        m_coupon.bind(4, stampOf(couponIssued)).bind(5, dayText(from));
        m_coupon.bind(6, dayText(from.addDays(29)));
        m_coupon.bind(7, used ? "used" : "issued");
        if (used)
            m_coupon.bind(8, saleId).bind(9, stamp(at));
        else
            m_coupon.bindNull(8).bindNull(9);
        m_coupon.run();
        ++m_summary.coupons;
    }
    for (const Payment &p : settlement.payments) {
        writePayment(saleId, false, at, p.method, p.amount.fen(), p.tendered.fen());
        sold.payments.push_back({p.method, p.amount.fen()});
        if (p.method == PaymentMethod::Cash)
            m_shiftState.cash += p.amount.fen();
    }
    if (m) {
        // In the checkout's order: redeem, pay from stored value, earn, review the tier.
        if (cart.pointsRedeemed > 0)
            sold.redeemExpiry = debit(*m, "redeem", cart.pointsRedeemed, at, saleId).second;
        if (settlement.storedValue.fen() > 0) {
            const StoredValueBalance part = StoredValueLedger::split(
                {Money::fromFen(m->paid), Money::fromFen(m->bonus)}, settlement.storedValue);
            postStored(*m, "pay", -part.paid.fen(), -part.bonus.fen(), at, {}, saleId);
            sold.svPaid = part.paid.fen();
            sold.svBonus = part.bonus.fen();
        }
        if (earned > 0)
            credit(*m, "earn", earned, at, expiryAt(at), saleId);
        addToWindow(*m, at, qualifying);
        reviewTier(*m, at, saleId);
        m->lastSale = std::max(m->lastSale, at);
        m->touched = true;
    }
    ++m_summary.sales;

    // About one receipt in forty comes back whole: the same day, or within the week.
    if (!coupon && m_random.below(40) == 0) {
        const qint64 later = m_random.chance(60) ? 0 : m_random.between(1, 7);
        const qint64 refundDay = secondsOf(QDateTime(day.addDays(later), QTime(0, 0), m_zone));
        const qint64 refundAt = later == 0
                                    ? at + m_random.between(600, 3 * 3600)
                                    : refundDay + kOpen + m_random.between(0, kClose - kOpen - 1);
        const qint64 nextDay = secondsOf(QDateTime(day.addDays(later + 1), QTime(0, 0), m_zone));
        if (refundAt < m_now && refundAt < nextDay && refundAt - refundDay < kClose) {
            if (refundDay == m_dayStart) {
                m_dueToday.push({refundAt, qint64(m_todayRefunds.size())});
                m_todayRefunds.push_back(std::move(sold));
            } else {
                m_refundsDue[refundDay].push_back({refundAt, std::move(sold)});
            }
        }
    }
}

void Generator::refund(qint64 at, const QDate &day, const Sold &o)
{
    MemberState *m = o.member >= 0 ? &m_members[size_t(o.member)] : nullptr;
    const qint64 refundId = m_nextSale++;
    writeSale(refundId, true, at, day, o.id, m, o.tier, -o.subtotal, -o.discount, -o.redeemed,
              -o.pointsValue, -o.total, 0, -o.earned, -o.qualifying);
    int lineNo = 0;
    for (const SoldLine &l : o.lines) {
        const Product &p = m_products[size_t(l.product)];
        m_line.bind(1, m_nextLine++).bind(2, refundId).bind(3, ++lineNo).bind(4, p.id);
        m_line.bind(5, m_barcodes[size_t(l.product)]).bind(6, m_names[size_t(l.product)]);
        m_line.bind(7, -l.qty).bind(8, l.list);
        m_line.bind(9, l.unit).bind(10, -l.discount).bind(11, -l.amount);
        m_line.bind(12, l.eligible ? 1 : 0).bind(13, l.id).run();
        stockMove(l.product, at, l.qty, "refund", refundId);
        sumLine(l.product, true, -l.qty, -l.unit * l.qty, -l.discount, -l.amount);
    }
    std::vector<std::pair<PaymentMethod, qint64>> back = o.payments;
    std::sort(back.begin(), back.end(),
              [](const auto &a, const auto &b) { return int(a.first) < int(b.first); });
    for (const auto &[method, amount] : back) {
        writePayment(refundId, true, at, method, -amount, -amount);
        if (method == PaymentMethod::Cash)
            m_shiftState.cash -= amount;
    }
    if (m) {
        if (o.svPaid + o.svBonus > 0)
            postStored(*m, "refund", o.svPaid, o.svBonus, at, {}, refundId);
        if (o.redeemed > 0)
            credit(*m, "restore", o.redeemed, at, o.redeemExpiry, refundId);
        if (o.earned > 0)
            debit(*m, "clawback", o.earned, at, refundId);
        addToWindow(*m, at, -o.qualifying);
        m->touched = true;
    }
    ++m_summary.refunds;
}

} // namespace storedesk::core::demosales
