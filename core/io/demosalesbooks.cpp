// The rows the demo history writes: sales and payments, summaries, stored value, stock
// moves, points credited and spent lot by lot, expiry and tier reviews.
#include "demosalesgenerator.h"

namespace storedesk::core::demosales {

void Generator::writeSale(qint64 id, bool isRefund, qint64 at, const QDate &day, qint64 original,
                          const MemberState *m, int tier, qint64 subtotal, qint64 discount,
                          qint64 redeemed, qint64 pointsValue, qint64 total, qint64 change,
                          qint64 earned, qint64 qualifying)
{
    const qint64 seq = ++m_daySeq;
    m_sale.bind(1, id).bind(2, isRefund ? "refund" : "sale");
    m_sale.bind(3, day.toString(QStringLiteral("yyyyMMdd")) + u'-' +
                       QString::number(seq).rightJustified(4, u'0'));
    m_sale.bind(4, dayText(day)).bind(5, seq);
    if (original > 0)
        m_sale.bind(6, original);
    else
        m_sale.bindNull(6);
    if (m)
        m_sale.bind(7, m->id).bind(8, tier);
    else
        m_sale.bindNull(7).bindNull(8);
    m_sale.bind(9, m_rules.version).bind(10, stamp(at)).bind(11, cashierAt(at));
    m_sale.bind(12, subtotal).bind(13, discount).bind(14, redeemed).bind(15, pointsValue);
    m_sale.bind(16, total).bind(17, change).bind(18, earned).bind(19, qualifying).run();
    // Its receipt, printed at the time, as every sale the till commits has one
    // (storedeskctl check holds a generated store to the same books as a real one).
    m_receiptJob.bind(1, id).bind(2, "receipt").bind(3, "done").bind(4, qint64(1));
    m_receiptJob.bind(5, stamp(at)).bind(6, stamp(at)).run();

    // As the fold's report_sales: the local hour from UTC and the offset, walk-ins as tier -1.
    const qint64 hour = ((at + m_dayOffset) % kDay + kDay) % kDay / 3600;
    const quint64 key = quint64(m_day) << 20 | quint64(hour) << 15 |
                        quint64(at - m_dayStart < kShiftChange ? 0 : 1) << 14 |
                        quint64(m ? tier + 1 : 0) << 1 | (isRefund ? 1 : 0);
    SalesSum &sum = m_salesSums[key];
    ++sum.receipts;
    sum.gross += subtotal;
    sum.discount += discount;
    sum.pointsValue += pointsValue;
    sum.total += total;
    sum.earned += earned;
    sum.redeemed += redeemed;
}

void Generator::writePayment(qint64 saleId, bool isRefund, qint64 at, PaymentMethod method,
                             qint64 amount, qint64 tendered)
{
    m_payment.bind(1, saleId).bind(2, paymentMethodCode(method)).bind(3, amount);
    m_payment.bind(4, tendered).run();
    const quint64 key = quint64(m_day) << 8 | quint64(at - m_dayStart < kShiftChange ? 0 : 1) << 7 |
                        quint64(isRefund ? 1 : 0) << 6 | quint64(method);
    PaymentSum &sum = m_paymentSums[key];
    ++sum.payments;
    sum.amount += amount;
}

void Generator::sumLine(int product, bool isRefund, qint64 qty, qint64 gross, qint64 discount,
                        qint64 amount)
{
    ProductSum &sum =
        m_productSums[quint64(m_day) << 33 | quint64(product) << 1 | (isRefund ? 1 : 0)];
    ++sum.lines;
    sum.qty += qty;
    sum.gross += gross;
    sum.discount += discount;
    sum.amount += amount;
}

qint64 Generator::postStored(MemberState &m, const char *kind, qint64 paid, qint64 bonus, qint64 at,
                             const QString &method, qint64 saleId)
{
    const qint64 id = m_nextStored++;
    m_stored.bind(1, id).bind(2, m.id).bind(3, stamp(at)).bind(4, kind);
    m_stored.bind(5, paid).bind(6, bonus);
    if (method.isEmpty())
        m_stored.bindNull(7);
    else
        m_stored.bind(7, method);
    if (saleId > 0)
        m_stored.bind(8, saleId);
    else
        m_stored.bindNull(8);
    m_stored.run();
    m.paid += paid;
    m.bonus += bonus;
    m.touched = true;
    return id;
}

void Generator::stockMove(int product, qint64 at, qint64 qty, const char *reason, qint64 saleId)
{
    const qint64 id = m_products[size_t(product)].id;
    m_move.bind(1, id).bind(2, stamp(at)).bind(3, qty).bind(4, reason);
    m_move.bind(5, saleId).bind(6, "").run();
    m_stock[size_t(product)] += qty;
    m_stockTouched[size_t(product)] = true;
    if (m_stock[size_t(product)] < 5) {
        // The shelf is restocked when it runs low, as a delivery booked by hand.
        const qint64 delivery = m_random.between(60, 240);
        m_move.bind(1, id).bind(2, stamp(at)).bind(3, delivery).bind(4, "adjust");
        m_move.bindNull(5).bind(6, QStringLiteral("到货")).run();
        m_stock[size_t(product)] += delivery;
    }
}

qint64 Generator::credit(MemberState &m, const char *kind, qint64 points, qint64 at, qint64 expires,
                         qint64 saleId)
{
    const qint64 id = m_nextPoints++;
    m_points.bind(1, id).bind(2, m.id).bind(3, stamp(at)).bind(4, kind);
    m_points.bind(5, points);
    if (expires > 0)
        m_points.bind(6, stampOf(expires));
    else
        m_points.bindNull(6);
    m_points.bind(7, saleId).run();
    m.points += points;
    // As PointsLedger::credit: debts first, oldest first, paid from the new lot.
    qint64 left = points;
    for (Debt &d : m.debts) {
        if (left == 0)
            break;
        const qint64 pay = std::min(left, d.open);
        m_allocation.bind(1, d.entry).bind(2, id).bind(3, pay).run();
        d.open -= pay;
        left -= pay;
    }
    m.debts.erase(
        std::remove_if(m.debts.begin(), m.debts.end(), [](const Debt &d) { return d.open == 0; }),
        m.debts.end());
    if (left > 0) {
        m.lots.push_back({id, left, expires});
        if (expires > 0)
            m_expiries.push({expires, {int(&m - m_members.data()), id}});
    }
    return id;
}

std::pair<qint64, qint64> Generator::debit(MemberState &m, const char *kind, qint64 points,
                                           qint64 at, qint64 saleId)
{
    const qint64 id = m_nextPoints++;
    m_points.bind(1, id).bind(2, m.id).bind(3, stamp(at)).bind(4, kind);
    m_points.bind(5, -points).bindNull(6).bind(7, saleId).run();
    m.points -= points;
    qint64 left = points;
    qint64 latest = -1;
    bool never = false;
    for (size_t i = m.firstLot; i < m.lots.size() && left > 0; ++i) {
        Lot &lot = m.lots[i];
        const qint64 take = std::min(left, lot.remaining);
        if (take == 0)
            continue;
        m_allocation.bind(1, id).bind(2, lot.entry).bind(3, take).run();
        lot.remaining -= take;
        left -= take;
        never = never || lot.expires == 0;
        latest = std::max(latest, lot.expires);
    }
    while (m.firstLot < m.lots.size() && m.lots[m.firstLot].remaining == 0)
        ++m.firstLot;
    if (m.firstLot > 64 && m.firstLot * 2 > m.lots.size()) {
        m.lots.erase(m.lots.begin(), m.lots.begin() + qsizetype(m.firstLot));
        m.firstLot = 0;
    }
    if (left > 0)
        m.debts.push_back({id, left}); // a clawback larger than the balance
    return {id, never || latest < 0 ? 0 : latest};
}

void Generator::expireDue(qint64 at)
{
    while (!m_expiries.empty() && m_expiries.top().first <= at) {
        const auto [member, entry] = m_expiries.top().second;
        m_expiries.pop();
        MemberState &m = m_members[size_t(member)];
        for (size_t i = m.firstLot; i < m.lots.size(); ++i) {
            Lot &lot = m.lots[i];
            if (lot.entry != entry || lot.remaining == 0)
                continue;
            const qint64 id = m_nextPoints++;
            m_points.bind(1, id).bind(2, m.id).bind(3, stamp(at)).bind(4, "expire");
            m_points.bind(5, -lot.remaining).bindNull(6).bindNull(7).run();
            m_allocation.bind(1, id).bind(2, lot.entry).bind(3, lot.remaining).run();
            m.points -= lot.remaining;
            lot.remaining = 0;
            m.touched = true;
        }
    }
}

void Generator::addToWindow(MemberState &m, qint64 at, qint64 qualifying)
{
    m.window.push_back({at, qualifying});
    m.windowSum += qualifying;
}

void Generator::reviewTier(MemberState &m, qint64 at, qint64 saleId)
{
    // As LoyaltyService::reviewTier after each sale: the spend of the window ending now.
    const qint64 windowStart = windowStartAt(at);
    while (m.firstInWindow < m.window.size() && m.window[m.firstInWindow].first <= windowStart) {
        m.windowSum -= m.window[m.firstInWindow].second;
        ++m.firstInWindow;
    }
    if (m.firstInWindow > 64 && m.firstInWindow * 2 > m.window.size()) {
        m.window.erase(m.window.begin(), m.window.begin() + qsizetype(m.firstInWindow));
        m.firstInWindow = 0;
    }
    const Rules &rules = m_rules.rules;
    const Money spend = Money::fromFen(m.windowSum);
    const int target = rules.tierFor(spend);
    QString reason;
    if (target > m.tier) {
        reason = QStringLiteral("upgrade: qualifying spend %1 reached %2")
                     .arg(spend.toString(), rules.tiers[target].minSpend.toString());
    } else if (target < m.tier && !(m.tierSince > 0 && m.tierSince > windowStart)) {
        reason = QStringLiteral("downgrade: qualifying spend %1 below %2 after %3 months")
                     .arg(spend.toString(), rules.tiers.value(m.tier).minSpend.toString())
                     .arg(rules.tierWindowMonths);
    } else {
        return;
    }
    m_tierChange.bind(1, m.id).bind(2, stamp(at)).bind(3, m.tier).bind(4, target);
    m_tierChange.bind(5, reason).bind(6, saleId).run();
    m.tier = target;
    m.tierSince = at;
}

} // namespace storedesk::core::demosales
