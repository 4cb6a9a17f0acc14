// The demo trading history's generator, shared by the two files that define it: demosales.cpp
// (the days, the sales and the returns) and demosalesbooks.cpp (the rows they write: sales,
// ledgers, stock moves and tier changes). Internal to storedesk_core.
#pragma once

#include "batchinsert.h"
#include "bulkindexes.h"
#include "bulkstatement.h"
#include "db/database.h"
#include "demorandom.h"
#include "demosales.h"
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

namespace storedesk::core::demosales {

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

inline int digits(const QByteArray &text, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count && i < text.size(); ++i)
        n = n * 10 + (text.at(i) - '0');
    return n;
}

/// Seconds since the epoch of a stored timestamp ("2026-11-22T08:30:00.000Z").
inline qint64 secondsOf(const QByteArray &stamp)
{
    const QDate day(digits(stamp, 0, 4), digits(stamp, 5, 2), digits(stamp, 8, 2));
    return (day.toJulianDay() - kEpochJulianDay) * kDay + digits(stamp, 11, 2) * 3600 +
           digits(stamp, 14, 2) * 60 + digits(stamp, 17, 2);
}

/// The stored timestamp of \a seconds since the epoch, as storedTimestamp() writes it.
inline QByteArray stampOf(qint64 seconds)
{
    const qint64 days = seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
    const qint64 rest = seconds - days * kDay;
    const QDate day = QDate::fromJulianDay(days + kEpochJulianDay);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", day.year(), day.month(),
                  day.day(), int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QByteArray(text);
}

inline qint64 secondsOf(const QDateTime &moment)
{
    return moment.isValid() ? moment.toSecsSinceEpoch() : 0;
}

inline QByteArray dayText(const QDate &day)
{
    return day.toString(Qt::ISODate).toUtf8();
}

inline QString couponCode(quint64 n)
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

[[noreturn]] inline void refuse(const QString &message)
{
    throw Error(ErrorCode::InvalidArgument, message);
}

} // namespace storedesk::core::demosales
