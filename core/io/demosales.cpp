#include "demosales.h"

#include "demosalesgenerator.h"

namespace storedesk::core {

using demosales::Generator;
using demosales::refuse;

DemoSalesSummary DemoSales::fill(Store &store, qint64 sales, int days, quint64 seed)
{
    if (sales < 0 || sales > kMaxSales) {
        refuse(QCoreApplication::translate("storedesk::core::DemoStore",
                                           "The number of %1 must be between 0 and %2.")
                   .arg(QStringLiteral("sales"))
                   .arg(kMaxSales));
    }
    if (days < 1 || days > kMaxDays) {
        refuse(QCoreApplication::translate("storedesk::core::DemoStore",
                                           "The number of %1 must be between 1 and %2.")
                   .arg(QStringLiteral("days"))
                   .arg(kMaxDays));
    }
    if (sales == 0)
        return {};
    BulkIndexes indexes(
        store.database(),
        {QStringLiteral("sales"), QStringLiteral("sale_lines"), QStringLiteral("sale_discounts"),
         QStringLiteral("sale_payments"), QStringLiteral("points_ledger"),
         QStringLiteral("points_allocations"), QStringLiteral("stored_value_ledger"),
         QStringLiteral("stock_moves"), QStringLiteral("tier_changes")},
        // The indexes whose keys come in no order (members, products); those on
        // ids and times grow at their end and stay.
        {QStringLiteral("sales_member"), QStringLiteral("sale_lines_product"),
         QStringLiteral("points_ledger_member"), QStringLiteral("points_allocations_credit"),
         QStringLiteral("stored_value_ledger_member"), QStringLiteral("stock_moves_product"),
         QStringLiteral("tier_changes_member")});
    DemoSalesSummary summary;
    {
        Generator generator(store, seed);
        summary = generator.run(sales, days);
    }
    indexes.rebuild();
    // The generator wrote the summaries of the history it made (the tests check them against a
    // fold of the receipts); what is left to fold is nothing, unless the store sold meanwhile.
    store.reports().summaries().catchUp();
    return summary;
}

namespace demosales {

DemoSalesSummary Generator::run(qint64 sales, int days)
{
    QSqlQuery busy =
        m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM "
                                 "points_ledger) + (SELECT count(*) FROM stored_value_ledger)"));
    if (busy.next() && busy.value(0).toLongLong() > 0) {
        refuse(QCoreApplication::translate("storedesk::core::DemoStore",
                                           "Sample sales go only into a store that has no sales, "
                                           "points or stored value yet."));
    }
    loadProducts();
    if (m_products.empty()) {
        refuse(QCoreApplication::translate("storedesk::core::DemoStore",
                                           "Sample sales need products to sell: add some first "
                                           "(--products N)."));
    }
    loadMembers();
    m_zone = m_store.loyalty().zone();
    const QDateTime now = m_store.clock().now();
    m_now = secondsOf(now);
    const QDate today = now.toTimeZone(m_zone).date();
    const QDate first = today.addDays(1 - days);
    prepareCampaigns(first, today);
    m_rules = m_store.rules().current();

    // Receipts per day: weekends busier, today only for the hours gone by.
    QList<qint64> weights;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        qint64 w = kWeekdayWeights[size_t(day.dayOfWeek() - 1)] * 1000;
        if (day == today) {
            const qint64 open = m_now - secondsOf(QDateTime(day, QTime(0, 0), m_zone)) - kOpen;
            w = w * std::clamp<qint64>(open, 0, kClose - kOpen) / (kClose - kOpen);
        }
        weights.append(w);
    }
    if (std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; }))
        weights.first() = 1; // a one-day store opened before sunrise still gets its sales
    const QList<qint64> perDay = apportion(sales, weights);

    int i = 0;
    for (QDate day = first; day <= today; day = day.addDays(1))
        runDay(day, perDay[i++]);
    expireDue(m_now);
    for (BatchInsert *rows : {&m_sale, &m_line, &m_move, &m_discount, &m_payment, &m_receiptJob,
                              &m_points, &m_allocation, &m_stored})
        rows->flush();

    BulkStatement member(m_db, "UPDATE members SET points_balance = ?, stored_paid_fen = ?, "
                               "stored_bonus_fen = ?, tier = ?, tier_since = ?, last_sale_at = ? "
                               "WHERE id = ?");
    for (const MemberState &m : m_members) {
        if (!m.touched)
            continue;
        member.bind(1, m.points).bind(2, m.paid).bind(3, m.bonus).bind(4, m.tier);
        if (m.tierSince > 0)
            member.bind(5, stampOf(m.tierSince));
        else
            member.bindNull(5);
        if (m.lastSale > 0)
            member.bind(6, stampOf(m.lastSale));
        else
            member.bindNull(6);
        member.bind(7, m.id).run();
    }
    BulkStatement stock(m_db, "UPDATE products SET stock = ? WHERE id = ?");
    for (size_t p = 0; p < m_products.size(); ++p) {
        if (m_stockTouched[p])
            stock.bind(1, m_stock[p]).bind(2, m_products[p].id).run();
    }
    writeSummaries();
    return m_summary;
}

void Generator::loadProducts()
{
    BulkStatement q(m_db, "SELECT p.id, p.barcode, p.name, p.price_fen, p.member_price_fen, "
                          "coalesce(c.name, ''), p.points_eligible, p.stock FROM products p "
                          "LEFT JOIN categories c ON c.id = p.category_id WHERE p.active = 1 "
                          "ORDER BY p.id");
    while (q.next()) {
        Product p;
        p.id = q.integer(0);
        p.barcode = Barcode::fromNormalized(QString::fromUtf8(q.text(1)));
        p.name = QString::fromUtf8(q.text(2));
        p.price = Money::fromFen(q.integer(3));
        if (!q.isNull(4))
            p.memberPrice = Money::fromFen(q.integer(4));
        p.category = QString::fromUtf8(q.text(5));
        p.pointsEligible = q.integer(6) != 0;
        m_stock.push_back(q.integer(7));
        m_productIndex.insert(p.id, int(m_products.size()));
        m_barcodes.push_back(q.text(1));
        m_names.push_back(q.text(2));
        m_products.push_back(p);
    }
    m_stockTouched.assign(m_products.size(), false);
}

void Generator::loadMembers()
{
    BulkStatement q(m_db, "SELECT id, joined_at, birthday, status, tier FROM members ORDER BY id");
    while (q.next()) {
        MemberState m;
        m.id = q.integer(0);
        m.joined = secondsOf(q.text(1));
        if (!q.isNull(2)) {
            const QByteArray b = q.text(2);
            m.birthday = QDate(digits(b, 0, 4), digits(b, 5, 2), digits(b, 8, 2));
        }
        m.frozen = q.text(3) == "frozen";
        m.tier = int(q.integer(4));
        m_members.push_back(std::move(m));
    }
}

void Generator::prepareCampaigns(const QDate &first, const QDate &last)
{
    // Two dated promotions inside the history (so today's prices stay as they were) …
    const qint64 span = first.daysTo(last);
    const QDate anniversary = first.addDays(span * 6 / 10);
    const QDate drinks = first.addDays(span * 3 / 10);
    QJsonObject document = m_store.rules().current().rules.toJson();
    QJsonArray promotions = document.value(QStringLiteral("promotions")).toArray();
    const auto add = [&](QJsonObject p, const QDate &from, int length) {
        for (const QJsonValue &existing : std::as_const(promotions)) {
            if (existing.toObject().value(QStringLiteral("name")) ==
                p.value(QStringLiteral("name")))
                return;
        }
        p.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
        p.insert(QStringLiteral("until"),
                 std::min(from.addDays(length - 1), last).toString(Qt::ISODate));
        promotions.append(p);
    };
    add(QJsonObject{{QStringLiteral("kind"), QStringLiteral("threshold")},
                    {QStringLiteral("name"), QStringLiteral("店庆满200减20")},
                    {QStringLiteral("min_spend"), QStringLiteral("200.00")},
                    {QStringLiteral("off"), QStringLiteral("20.00")}},
        anniversary, 14);
    add(QJsonObject{{QStringLiteral("kind"), QStringLiteral("percent_off")},
                    {QStringLiteral("name"), QStringLiteral("饮料节9折")},
                    {QStringLiteral("percent"), QStringLiteral("10")},
                    {QStringLiteral("categories"), QJsonArray{QStringLiteral("饮料")}}},
        drinks, 10);
    if (promotions != document.value(QStringLiteral("promotions")).toArray()) {
        document.insert(QStringLiteral("promotions"), promotions);
        m_store.rules().set(document);
    }

    // … and two coupons handed to members now and then.
    const std::array<QJsonObject, 2> templates{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("满50减5")},
                    {QStringLiteral("kind"), QStringLiteral("amount_off")},
                    {QStringLiteral("amount"), QStringLiteral("5.00")},
                    {QStringLiteral("min_spend"), QStringLiteral("50.00")},
                    {QStringLiteral("valid_days"), 30}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("零食9折券")},
                    {QStringLiteral("kind"), QStringLiteral("percent_off")},
                    {QStringLiteral("percent"), QStringLiteral("10")},
                    {QStringLiteral("cap"), QStringLiteral("10.00")},
                    {QStringLiteral("categories"), QJsonArray{QStringLiteral("零食")}},
                    {QStringLiteral("valid_days"), 30}}};
    for (const QJsonObject &doc : templates) {
        CouponTemplate t;
        try {
            t = m_store.coupons().findTemplate(doc.value(QStringLiteral("name")).toString());
        } catch (const Error &e) {
            if (e.code() != ErrorCode::NotFound)
                throw;
            t = m_store.coupons().addTemplate(doc);
        }
        DemoCoupon c;
        c.templateId = t.id;
        c.pricing.name = t.name;
        c.pricing.kind = t.kind;
        c.pricing.amount = t.amount;
        c.pricing.percent = t.percent;
        c.pricing.cap = t.cap;
        c.pricing.minSpend = t.minSpend;
        c.pricing.categories = t.categories;
        c.pricing.stacks = t.stacks;
        m_couponTemplates.push_back(c);
    }
    QSqlQuery codes = m_db.exec(QStringLiteral("SELECT code FROM coupons"));
    while (codes.next())
        m_usedCodes.insert(codes.value(0).toString());
}

void Generator::writeSummaries()
{
    const auto kind = [](quint64 bit) {
        return bit ? "refund" : "sale";
    };
    const auto cashier = [](quint64 bit) {
        return bit ? kEvening : kMorning;
    };
    BulkStatement sales(m_db, "INSERT INTO report_sales (business_day, hour, cashier, tier, kind, "
                              "receipts, gross_fen, discount_fen, points_value_fen, total_fen, "
                              "points_earned, points_redeemed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?)");
    for (auto it = m_salesSums.cbegin(); it != m_salesSums.cend(); ++it) {
        const quint64 k = it.key();
        const SalesSum &v = it.value();
        sales.bind(1, m_days[size_t(k >> 20)]).bind(2, qint64(k >> 15 & 31));
        sales.bind(3, cashier(k >> 14 & 1)).bind(4, qint64(k >> 1 & 0x1fff) - 1);
        sales.bind(5, kind(k & 1)).bind(6, v.receipts).bind(7, v.gross).bind(8, v.discount);
        sales.bind(9, v.pointsValue).bind(10, v.total).bind(11, v.earned).bind(12, v.redeemed);
        sales.run();
    }
    BulkStatement payments(m_db, "INSERT INTO report_payments (business_day, cashier, kind, "
                                 "method, payments, amount_fen) VALUES (?, ?, ?, ?, ?, ?)");
    for (auto it = m_paymentSums.cbegin(); it != m_paymentSums.cend(); ++it) {
        const quint64 k = it.key();
        payments.bind(1, m_days[size_t(k >> 8)]).bind(2, cashier(k >> 7 & 1));
        payments.bind(3, kind(k >> 6 & 1)).bind(4, paymentMethodCode(PaymentMethod(k & 63)));
        payments.bind(5, it->payments).bind(6, it->amount).run();
    }
    BulkStatement products(m_db, "INSERT INTO report_products (business_day, product_id, kind, "
                                 "lines, qty, gross_fen, discount_fen, amount_fen) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?)");
    for (auto it = m_productSums.cbegin(); it != m_productSums.cend(); ++it) {
        const quint64 k = it.key();
        products.bind(1, m_days[size_t(k >> 33)]);
        products.bind(2, m_products[size_t(k >> 1 & 0xffffffff)].id).bind(3, kind(k & 1));
        products.bind(4, it->lines).bind(5, it->qty).bind(6, it->gross).bind(7, it->discount);
        products.bind(8, it->amount).run();
    }
    BulkStatement discounts(m_db, "INSERT INTO report_discounts (business_day, kind, name, uses, "
                                  "amount_fen, receipts, total_fen) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (auto it = m_discountSums.cbegin(); it != m_discountSums.cend(); ++it) {
        const QStringList k = it.key().split(u'|');
        discounts.bind(1, k.value(0)).bind(2, k.value(1)).bind(3, k.mid(2).join(u'|'));
        discounts.bind(4, it->uses).bind(5, it->amount).bind(6, it->receipts);
        discounts.bind(7, it->total).run();
    }
    BulkStatement folded(m_db, "UPDATE report_state SET folded_sale_id = ? WHERE id = 1");
    folded.bind(1, m_nextSale - 1).run();
}

qint64 Generator::expiryAt(qint64 at) const
{
    // Worked out once a day with the loyalty service's own rule: a rolling expiry moves with the
    // time of day, a year-end one does not.
    switch (m_rules.rules.expiry.mode) {
    case ExpiryRule::Mode::Never:
        return 0;
    case ExpiryRule::Mode::Rolling:
        return m_expiryOfDay + (at - m_dayStart);
    case ExpiryRule::Mode::YearEnd:
        break;
    }
    return m_expiryOfDay;
}

qint64 Generator::windowStartAt(qint64 at) const
{
    return m_windowOfDay + (at - m_dayStart);
}

const char *Generator::cashierAt(qint64 at) const
{
    return at - m_dayStart < kShiftChange ? kMorning : kEvening;
}

const QByteArray &Generator::stamp(qint64 seconds)
{
    if (seconds != m_stampSeconds) {
        m_stampSeconds = seconds;
        m_stamp = stampOf(seconds);
    }
    return m_stamp;
}

void Generator::openShift(const QString &cashier, qint64 at)
{
    m_shiftState = {cashier, at, m_nextSale - 1, m_nextStored - 1, 0, true};
}

void Generator::closeShift(qint64 at, const QDate &day)
{
    if (!m_shiftState.open)
        return;
    m_shiftState.open = false;
    const ShiftState &s = m_shiftState;
    if (s.openedAt > m_now)
        return; // today's shift that has not begun
    m_shift.bind(1, s.cashier).bind(2, dayText(day)).bind(3, stampOf(s.openedAt));
    m_shift.bind(4, kFloatFen).bind(5, s.afterSale).bind(6, s.afterEntry);
    if (at <= m_now) {
        // Most drawers come out right; now and then a few yuan are off either way.
        qint64 counted = kFloatFen + s.cash;
        if (m_random.chance(8))
            counted = std::max<qint64>(0, counted + m_random.between(-3000, 2000));
        m_shift.bind(7, stampOf(at)).bind(8, m_nextSale - 1).bind(9, m_nextStored - 1);
        m_shift.bind(10, counted);
    } else {
        m_shift.bindNull(7).bindNull(8).bindNull(9).bindNull(10); // still on duty
    }
    m_shift.run();
    ++m_summary.shifts;
}

void Generator::runDay(const QDate &day, qint64 count)
{
    const qint64 dayStart = secondsOf(QDateTime(day, QTime(0, 0), m_zone));
    const qint64 dayLength = secondsOf(QDateTime(day.addDays(1), QTime(0, 0), m_zone)) - dayStart;
    m_dayStart = dayStart;
    m_daySeq = 0;
    m_days.push_back(dayText(day));
    m_day = int(m_days.size() - 1);
    // Summer time starts and ends at night: noon's offset holds through opening hours.
    m_dayOffset =
        m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(dayStart + 12 * 3600, Qt::UTC));
    const QDateTime start = QDateTime::fromSecsSinceEpoch(dayStart, Qt::UTC);
    m_expiryOfDay = secondsOf(m_store.loyalty().expiryFor(start, m_rules.rules));
    m_windowOfDay =
        secondsOf(start.toTimeZone(m_zone).addMonths(-m_rules.rules.tierWindowMonths).toUTC());
    expireDue(dayStart);

    // The last second a receipt may carry: the day's end, or today's now.
    const qint64 latest = std::max<qint64>(0, std::min(dayLength - 1, m_now - dayStart - 1));
    std::vector<qint64> sales;
    for (qint64 i = 0; i < count; ++i) {
        qint64 at = kOpen + m_random.weighted(kHourWeights) * 3600 + m_random.between(0, 3599);
        if (at > latest)
            at = latest >= kOpen ? m_random.between(kOpen, latest) : m_random.between(0, latest);
        sales.push_back(dayStart + at);
    }
    std::sort(sales.begin(), sales.end());
    m_todayRefunds.clear();
    for (auto &[at, sold] : m_refundsDue.take(dayStart)) {
        m_dueToday.push({at, qint64(m_todayRefunds.size())});
        m_todayRefunds.push_back(std::move(sold));
    }

    // Sales and refunds in the order they happen; a sale may bring a refund later that day.
    openShift(QString::fromUtf8(kMorning), dayStart + kOpen);
    bool evening = false;
    size_t next = 0;
    while (next < sales.size() || !m_dueToday.empty()) {
        const bool refundFirst =
            !m_dueToday.empty() && (next == sales.size() || m_dueToday.top().first < sales[next]);
        const qint64 at = refundFirst ? m_dueToday.top().first : sales[next];
        if (!evening && at - dayStart >= kShiftChange) {
            closeShift(dayStart + kShiftChange, day);
            openShift(QString::fromUtf8(kEvening), dayStart + kShiftChange);
            evening = true;
        }
        if (refundFirst) {
            const size_t index = size_t(m_dueToday.top().second);
            m_dueToday.pop();
            refund(at, day, m_todayRefunds[index]);
        } else {
            sell(sales[next++], day);
        }
    }
    if (!evening && dayStart + kShiftChange <= m_now) {
        closeShift(dayStart + kShiftChange, day);
        openShift(QString::fromUtf8(kEvening), dayStart + kShiftChange);
    }
    closeShift(dayStart + kClose, day);
}

int Generator::chooseMember(qint64 at)
{
    if (m_members.empty() || !m_random.chance(65))
        return -1;
    // Regulars — the first fifth — come often; the others now and then.
    const quint64 n = m_members.size();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint64 pool = m_random.chance(70) ? std::max<quint64>(1, n / 5) : n;
        const int i = int(m_random.below(pool));
        const MemberState &m = m_members[size_t(i)];
        if (!m.frozen && m.joined <= at)
            return i;
    }
    return -1;
}

void Generator::topUp(MemberState &m, qint64 at)
{
    const qint64 amount = m_random.pick(kTopUps);
    const qint64 bonus = m_rules.rules.topUpBonusFor(Money::fromFen(amount)).fen();
    const PaymentMethod method = kMethods[size_t(m_random.weighted(kMethodWeights))];
    postStored(m, "topup", amount, bonus, at, paymentMethodCode(method), 0);
    if (method == PaymentMethod::Cash)
        m_shiftState.cash += amount;
    ++m_summary.topUps;
}

} // namespace demosales

} // namespace storedesk::core
