#include "giftcounter.h"

#include "catalog/catalog.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/loyaltyservice.h"
#include "loyalty/rulebook.h"
#include "members/memberregistry.h"
#include "sales/checkout.h"
#include "sales/receiptnumber.h"
#include "security/security.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr qint64 kMaxQuantity = 999;

QString fingerprint(const GiftRequest &r)
{
    QJsonArray lines;
    for (const SaleLineRequest &l : r.lines)
        lines.append(
            QJsonObject{{QStringLiteral("barcode"), l.barcode}, {QStringLiteral("qty"), l.qty}});
    const QJsonObject content{{QStringLiteral("gifts"), lines},
                              {QStringLiteral("member"), r.member},
                              {QStringLiteral("cashier"), r.cashier}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

GiftCounter::GiftCounter(Database &db, const Clock &clock, MemberRegistry &members,
                         Catalog &catalog, RuleBook &rules, LoyaltyService &loyalty,
                         Checkout &checkout, const Security &security)
    : m_db(db)
    , m_clock(clock)
    , m_members(members)
    , m_catalog(catalog)
    , m_rules(rules)
    , m_loyalty(loyalty)
    , m_checkout(checkout)
    , m_security(security)
{}

GiftCounter::Checked GiftCounter::check(const GiftRequest &request, const QDateTime &at) const
{
    Checked c;
    c.member = m_members.resolve(request.member);
    if (c.member.status == MemberStatus::Frozen) {
        throw Error(ErrorCode::MemberFrozen,
                    QCoreApplication::translate("storedesk::core::GiftCounter",
                                                "%1's membership is frozen.")
                        .arg(c.member.name),
                    QStringLiteral("member"));
    }
    if (request.lines.isEmpty()) {
        throw Error(ErrorCode::EmptySale,
                    QCoreApplication::translate("storedesk::core::GiftCounter",
                                                "Choose at least one gift."),
                    QStringLiteral("lines"));
    }
    for (const SaleLineRequest &line : request.lines) {
        const Product p = m_catalog.resolveBarcode(line.barcode);
        if (!p.active) {
            throw Error(ErrorCode::ProductInactive,
                        QCoreApplication::translate("storedesk::core::GiftCounter",
                                                    "%1 is no longer on sale.")
                            .arg(p.name),
                        QStringLiteral("barcode"));
        }
        if (!p.giftPoints) {
            throw Error(ErrorCode::NotAGift,
                        QCoreApplication::translate("storedesk::core::GiftCounter",
                                                    "%1 is not a gift for points.")
                            .arg(p.name),
                        QStringLiteral("barcode"));
        }
        if (line.qty < 1 || line.qty > kMaxQuantity) {
            throw Error(ErrorCode::InvalidQuantity,
                        QCoreApplication::translate("storedesk::core::GiftCounter",
                                                    "A quantity is a whole number from 1 to %1.")
                            .arg(kMaxQuantity),
                        QStringLiteral("qty"));
        }
        c.lines.append({p, line.qty});
        c.points += *p.giftPoints * line.qty;
    }
    const qint64 available = m_loyalty.points().available(c.member.id, at);
    if (c.points > available) {
        throw Error(ErrorCode::InsufficientPoints,
                    QCoreApplication::translate("storedesk::core::GiftCounter",
                                                "These gifts take %1 points; %2 has %3.")
                        .arg(c.points)
                        .arg(c.member.name)
                        .arg(available),
                    QStringLiteral("points"));
    }
    return c;
}

qint64 GiftCounter::cost(const GiftRequest &request) const
{
    return check(request, m_clock.now()).points;
}

SaleRecord GiftCounter::redeem(const GiftRequest &request)
{
    const QDateTime now = m_clock.now();
    const Actor by = m_security.actor();
    const QString print = fingerprint(request);
    qint64 saleId = 0;
    {
        Transaction tx(m_db);
        if (const auto earlier = saleForRequest(m_db, request.requestId, print))
            return m_checkout.load(*earlier); // a retry: the gifts were handed over once
        m_loyalty.points().expireDue(now, m_members.resolve(request.member).id);
        const Checked c = check(request, now);
        Money value;
        for (const auto &[product, qty] : c.lines)
            value += product.price.times(qty);
        const QDate day = now.toTimeZone(m_loyalty.zone()).date();
        const ReceiptNumber number = nextReceiptNumber(m_db, day);
        QSqlQuery tier =
            m_db.exec(QStringLiteral("SELECT tier FROM members WHERE id = ?"), {c.member.id});
        // The goods' price is what the points paid: subtotal − discounts − points value = 0.
        m_db.exec(QStringLiteral(
                      "INSERT INTO sales (kind, receipt_no, business_day, day_seq, request_id, "
                      "request_hash, member_id, tier, rules_version, created_at, cashier, "
                      "user_id, subtotal_fen, discount_fen, points_redeemed, points_value_fen, "
                      "total_fen, change_fen, points_earned, qualifying_fen) "
                      "VALUES ('sale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, 0, 0, 0)"),
                  {number.text, day.toString(Qt::ISODate), number.sequence,
                   request.requestId.isEmpty() ? QVariant() : QVariant(request.requestId), print,
                   c.member.id, tier.next() ? tier.value(0) : QVariant(0),
                   m_rules.current().version, storedTimestamp(now),
                   cashierName(by, request.cashier),
                   by.userId > 0 ? QVariant(by.userId) : QVariant(QMetaType::fromType<qint64>()),
                   value.fen(), c.points, value.fen()});
        saleId = m_db.lastInsertId();
        int lineNo = 0;
        for (const auto &[product, qty] : c.lines) {
            const Money amount = product.price.times(qty);
            m_db.exec(QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, product_id, "
                                     "barcode, name, qty, list_price_fen, unit_price_fen, "
                                     "discount_fen, amount_fen, points_eligible) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)"),
                      {saleId, ++lineNo, product.id, product.barcode.code(), product.name, qty,
                       product.price.fen(), product.price.fen(), amount.fen()});
            m_db.exec(QStringLiteral("INSERT INTO stock_moves (product_id, at, qty, reason, "
                                     "sale_id) VALUES (?, ?, ?, 'sale', ?)"),
                      {product.id, storedTimestamp(now), -qty, saleId});
            m_db.exec(QStringLiteral("UPDATE products SET stock = stock - ? WHERE id = ?"),
                      {qty, product.id});
        }
        m_loyalty.points().debit(c.member.id, PointsKind::Redeem, c.points, now, saleId);
        m_db.exec(QStringLiteral("UPDATE members SET last_sale_at = "
                                 "max(coalesce(last_sale_at, ''), ?) WHERE id = ?"),
                  {storedTimestamp(now), c.member.id});
        m_db.exec(QStringLiteral("INSERT INTO print_jobs (sale_id, kind, created_at) "
                                 "VALUES (?, 'receipt', ?)"),
                  {saleId, storedTimestamp(now)});
        tx.commit();
    }
    m_checkout.announce(saleId);
    return m_checkout.load(saleId);
}

} // namespace storedesk::core
