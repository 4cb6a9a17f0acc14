#include "demosales.h"

#include "batchinsert.h"
#include "bulkindexes.h"
#include "bulkstatement.h"
#include "db/database.h"
#include "demorandom.h"
#include "domain/error.h"
#include "loyalty/couponbook.h"
#include "loyalty/rulebook.h"
#include "loyalty/storedvalue.h"
#include "sales/pricing.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <queue>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace storedesk::core {

namespace {

constexpr qint64 kEpochJulianDay = 2440588;
constexpr qint64 kDay = 86400;
constexpr qint64 kOpen = 7 * 3600;         // the store opens at 07:00 …
constexpr qint64 kShiftChange = 15 * 3600; // … the evening cashier takes over at 15:00 …
constexpr qint64 kClose = 23 * 3600;       // … and it closes at 23:00
constexpr qint64 kFloatFen = 50000;
// The morning and the evening cashier.
constexpr const char *kMorning = "王丽";
constexpr const char *kEvening = "李强";

// Customers per opening hour, 07:00 to 22:00: a breakfast rush, lunch, and the evening peak.
constexpr std::array<int, 16> kHourWeights{2, 5, 6, 6, 8, 9, 7, 5, 5, 6, 8, 10, 9, 7, 4, 3};
// Monday to Sunday.
constexpr std::array<int, 7> kWeekdayWeights{90, 88, 95, 92, 105, 125, 120};
constexpr std::array<int, 5> kLineCounts{35, 25, 15, 10, 15}; // 1, 2, 3, 4, 5–8 lines
// WeChat Pay, Alipay, cash, card.
constexpr std::array<int, 4> kMethodWeights{45, 28, 20, 7};
constexpr std::array<PaymentMethod, 4> kMethods{PaymentMethod::WeChat, PaymentMethod::Alipay,
                                                PaymentMethod::Cash, PaymentMethod::Card};
constexpr std::array<qint64, 5> kTopUps{10000, 20000, 30000, 50000, 100000};

int digits(const QByteArray &text, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count && i < text.size(); ++i)
        n = n * 10 + (text.at(i) - '0');
    return n;
}

/// Seconds since the epoch of a stored timestamp ("2026-11-22T08:30:00.000Z").
qint64 secondsOf(const QByteArray &stamp)
{
    const QDate day(digits(stamp, 0, 4), digits(stamp, 5, 2), digits(stamp, 8, 2));
    return (day.toJulianDay() - kEpochJulianDay) * kDay + digits(stamp, 11, 2) * 3600 +
           digits(stamp, 14, 2) * 60 + digits(stamp, 17, 2);
}

/// The stored timestamp of \a seconds since the epoch, as storedTimestamp() writes it.
QByteArray stampOf(qint64 seconds)
{
    const qint64 days = seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
    const qint64 rest = seconds - days * kDay;
    const QDate day = QDate::fromJulianDay(days + kEpochJulianDay);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", day.year(), day.month(),
                  day.day(), int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QByteArray(text);
}

qint64 secondsOf(const QDateTime &moment)
{
    return moment.isValid() ? moment.toSecsSinceEpoch() : 0;
}

QByteArray dayText(const QDate &day)
{
    return day.toString(Qt::ISODate).toUtf8();
}

QString couponCode(quint64 n)
{
    // Crockford's base 32, as CouponBook writes codes; the counter is scrambled by an odd
    // multiplier modulo 2^40, which never maps two numbers to one code.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    quint64 x = (n * 0x9E3779B97F4A7C15ULL + 0x5DEECE66DULL) & ((1ULL << 40) - 1);
    QString code = QStringLiteral("CP-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += u'-';
        code += QLatin1Char(alphabet[x & 31]);
        x >>= 5;
    }
    return code;
}

struct Lot
{
    qint64 entry = 0;
    qint64 remaining = 0;
    qint64 expires = 0; ///< 0: never
};

struct Debt
{
    qint64 entry = 0;
    qint64 open = 0;
};

struct MemberState
{
    MemberId id = 0;
    qint64 joined = 0;
    QDate birthday;
    bool frozen = false;
    bool touched = false;
    int tier = 0;
    qint64 tierSince = 0; ///< 0: never changed
    qint64 points = 0;
    qint64 paid = 0;
    qint64 bonus = 0;
    qint64 lastSale = 0;
    std::vector<Lot> lots;
    size_t firstLot = 0;
    std::vector<Debt> debts;
    /// Qualifying money of sales and refunds (time, fen) still inside the tier window.
    std::vector<std::pair<qint64, qint64>> window;
    size_t firstInWindow = 0;
    qint64 windowSum = 0;
};

struct SoldLine
{
    qint64 id = 0;
    int lineNo = 0;
    int product = 0; ///< index into the generator's products
    qint64 qty = 0;
    qint64 list = 0;
    qint64 unit = 0;
    qint64 discount = 0;
    qint64 amount = 0;
    bool eligible = true;
};

/// What a refund needs to reverse a sale whole.
struct Sold
{
    qint64 id = 0;
    int member = -1;
    int tier = 0;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 pointsValue = 0;
    qint64 total = 0;
    qint64 redeemed = 0;
    qint64 earned = 0;
    qint64 qualifying = 0;
    qint64 redeemExpiry = 0; ///< the latest expiry of the lots the redemption used; 0: never
    std::vector<SoldLine> lines;
    std::vector<std::pair<PaymentMethod, qint64>> payments;
    qint64 svPaid = 0;
    qint64 svBonus = 0;
};

/// The daily summaries of what is written, kept as the history is made: the reports' fold
/// would read every row back to sum it again.
struct SalesSum
{
    qint64 receipts = 0, gross = 0, discount = 0, pointsValue = 0, total = 0, earned = 0,
           redeemed = 0;
};
struct PaymentSum
{
    qint64 payments = 0, amount = 0;
};
struct ProductSum
{
    qint64 lines = 0, qty = 0, gross = 0, discount = 0, amount = 0;
};
struct DiscountSum
{
    qint64 uses = 0, amount = 0, receipts = 0, total = 0;
};

struct ShiftState
{
    QString cashier;
    qint64 openedAt = 0;
    qint64 afterSale = 0;
    qint64 afterEntry = 0;
    qint64 cash = 0; ///< cash sales less cash refunds, plus cash top-ups
    bool open = false;
};

class Generator
{
public:
    Generator(Store &store, quint64 seed)
        : m_store(store)
        , m_db(store.database())
        , m_random(seed ^ 0xD1B54A32D192ED03ULL)
        , m_sale(m_db, QStringLiteral("sales"),
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("receipt_no"),
                  QStringLiteral("business_day"), QStringLiteral("day_seq"),
                  QStringLiteral("original_sale_id"), QStringLiteral("member_id"),
                  QStringLiteral("tier"), QStringLiteral("rules_version"),
                  QStringLiteral("created_at"), QStringLiteral("cashier"),
                  QStringLiteral("subtotal_fen"), QStringLiteral("discount_fen"),
                  QStringLiteral("points_redeemed"), QStringLiteral("points_value_fen"),
                  QStringLiteral("total_fen"), QStringLiteral("change_fen"),
                  QStringLiteral("points_earned"), QStringLiteral("qualifying_fen")})
        , m_line(m_db, QStringLiteral("sale_lines"),
                 {QStringLiteral("id"), QStringLiteral("sale_id"), QStringLiteral("line_no"),
                  QStringLiteral("product_id"), QStringLiteral("barcode"), QStringLiteral("name"),
                  QStringLiteral("qty"), QStringLiteral("list_price_fen"),
                  QStringLiteral("unit_price_fen"), QStringLiteral("discount_fen"),
                  QStringLiteral("amount_fen"), QStringLiteral("points_eligible"),
                  QStringLiteral("original_line_id")})
        , m_move(m_db, QStringLiteral("stock_moves"),
                 {QStringLiteral("product_id"), QStringLiteral("at"), QStringLiteral("qty"),
                  QStringLiteral("reason"), QStringLiteral("sale_id"), QStringLiteral("note")})
        , m_discount(m_db, QStringLiteral("sale_discounts"),
                     {QStringLiteral("sale_id"), QStringLiteral("kind"), QStringLiteral("name"),
                      QStringLiteral("amount_fen"), QStringLiteral("code")})
        , m_payment(m_db, QStringLiteral("sale_payments"),
                    {QStringLiteral("sale_id"), QStringLiteral("method"),
                     QStringLiteral("amount_fen"), QStringLiteral("tendered_fen")})
        , m_receiptJob(m_db, QStringLiteral("print_jobs"),
                       {QStringLiteral("sale_id"), QStringLiteral("kind"), QStringLiteral("status"),
                        QStringLiteral("attempts"), QStringLiteral("created_at"),
                        QStringLiteral("done_at")})
        , m_points(m_db, QStringLiteral("points_ledger"),
                   {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("at"),
                    QStringLiteral("kind"), QStringLiteral("points"), QStringLiteral("expires_at"),
                    QStringLiteral("sale_id")})
        , m_allocation(
              m_db, QStringLiteral("points_allocations"),
              {QStringLiteral("debit_id"), QStringLiteral("credit_id"), QStringLiteral("points")})
        , m_stored(m_db, QStringLiteral("stored_value_ledger"),
                   {QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("at"),
                    QStringLiteral("kind"), QStringLiteral("paid_fen"), QStringLiteral("bonus_fen"),
                    QStringLiteral("method"), QStringLiteral("sale_id")})
        , m_coupon(m_db, "INSERT INTO coupons (code, template_id, member_id, source, issued_at, "
                         "valid_from, valid_until, status, sale_id, used_at) VALUES (?, ?, ?, "
                         "'manual', ?, ?, ?, ?, ?, ?)")
        , m_tierChange(m_db, "INSERT INTO tier_changes (member_id, at, from_tier, to_tier, "
                             "reason, sale_id) VALUES (?, ?, ?, ?, ?, ?)")
        , m_shift(m_db, "INSERT INTO shifts (cashier, business_day, opened_at, opening_float_fen, "
                        "after_sale_id, after_entry_id, closed_at, through_sale_id, "
                        "through_entry_id, counted_cash_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?)")
    {}

    DemoSalesSummary run(qint64 sales, int days);

private:
    void loadProducts();
    void loadMembers();
    void prepareCampaigns(const QDate &first, const QDate &last);
    void openShift(const QString &cashier, qint64 at);
    void closeShift(qint64 at, const QDate &day);
    void runDay(const QDate &day, qint64 count);
    void sell(qint64 at, const QDate &day);
    void refund(qint64 at, const QDate &day, const Sold &sold);
    int chooseMember(qint64 at);
    void topUp(MemberState &m, qint64 at);
    qint64 credit(MemberState &m, const char *kind, qint64 points, qint64 at, qint64 expires,
                  qint64 saleId);
    /// Answers the entry and the latest expiry among the lots it was paid from (0: never).
    std::pair<qint64, qint64> debit(MemberState &m, const char *kind, qint64 points, qint64 at,
                                    qint64 saleId);
    void expireDue(qint64 at);
    void reviewTier(MemberState &m, qint64 at, qint64 saleId);
    void addToWindow(MemberState &m, qint64 at, qint64 qualifying);
    void stockMove(int product, qint64 at, qint64 qty, const char *reason, qint64 saleId);
    void writeSale(qint64 id, bool isRefund, qint64 at, const QDate &day, qint64 original,
                   const MemberState *m, int tier, qint64 subtotal, qint64 discount,
                   qint64 redeemed, qint64 pointsValue, qint64 total, qint64 change, qint64 earned,
                   qint64 qualifying);
    void writePayment(qint64 saleId, bool isRefund, qint64 at, PaymentMethod method, qint64 amount,
                      qint64 tendered);
    void sumLine(int product, bool isRefund, qint64 qty, qint64 gross, qint64 discount,
                 qint64 amount);
    /// Writes the summaries kept meanwhile and marks every sale written as folded.
    void writeSummaries();
    qint64 postStored(MemberState &m, const char *kind, qint64 paid, qint64 bonus, qint64 at,
                      const QString &method, qint64 saleId);
    /// When points earned at \a at (on the day being written) expire, as expiryFor() says;
    /// 0 for never.
    qint64 expiryAt(qint64 at) const;
    /// Where the tier window that ends at \a at begins.
    qint64 windowStartAt(qint64 at) const;
    const char *cashierAt(qint64 at) const;
    /// stampOf(), remembering the last one: a sale's rows all carry its moment.
    const QByteArray &stamp(qint64 seconds);

    Store &m_store;
    Database &m_db;
    DemoRandom m_random;
    VersionedRules m_rules;
    QTimeZone m_zone;
    qint64 m_now = 0;
    std::vector<Product> m_products;
    QHash<ProductId, int> m_productIndex;
    std::vector<qint64> m_stock;
    std::vector<bool> m_stockTouched;
    std::vector<MemberState> m_members;
    struct DemoCoupon
    {
        qint64 templateId = 0;
        PricingCoupon pricing;
    };
    std::vector<DemoCoupon> m_couponTemplates;
    QSet<QString> m_usedCodes;
    quint64 m_couponCounter = 0;

    qint64 m_nextSale = 1;
    qint64 m_nextLine = 1;
    qint64 m_nextPoints = 1;
    qint64 m_nextStored = 1;
    qint64 m_daySeq = 0;
    qint64 m_dayStart = 0;
    qint64 m_expiryOfDay = 0; ///< what expiryFor() gives for the start of the day
    qint64 m_windowOfDay = 0; ///< where the tier window ending at the day's start begins
    std::priority_queue<std::pair<qint64, std::pair<int, qint64>>,
                        std::vector<std::pair<qint64, std::pair<int, qint64>>>, std::greater<>>
        m_expiries; ///< (expiry, (member, lot entry))
    QHash<qint64, std::vector<std::pair<qint64, Sold>>> m_refundsDue; ///< day start → refunds
    std::vector<Sold> m_todayRefunds;
    std::priority_queue<std::pair<qint64, qint64>, std::vector<std::pair<qint64, qint64>>,
                        std::greater<>>
        m_dueToday; ///< (when, index into m_todayRefunds)
    ShiftState m_shiftState;
    std::vector<QByteArray> m_days; ///< the store days written, by index
    int m_day = -1;                 ///< the one being written
    int m_dayOffset = 0;            ///< its offset from UTC in opening hours
    QHash<quint64, SalesSum> m_salesSums;
    QHash<quint64, PaymentSum> m_paymentSums;
    QHash<quint64, ProductSum> m_productSums;
    QHash<QString, DiscountSum> m_discountSums; ///< "day|kind|name"
    qint64 m_stampSeconds = -1;
    QByteArray m_stamp;
    std::vector<QByteArray> m_barcodes; ///< the products' barcodes and names, as stored
    std::vector<QByteArray> m_names;
    DemoSalesSummary m_summary;

    BatchInsert m_sale;
    BatchInsert m_line;
    BatchInsert m_move;
    BatchInsert m_discount;
    BatchInsert m_payment;
    BatchInsert m_receiptJob;
    BatchInsert m_points;
    BatchInsert m_allocation;
    BatchInsert m_stored;
    BulkStatement m_coupon;
    BulkStatement m_tierChange;
    BulkStatement m_shift;
};

[[noreturn]] void refuse(const QString &message)
{
    throw Error(ErrorCode::InvalidArgument, message);
}

} // namespace

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

namespace {

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

} // namespace

} // namespace storedesk::core
