#include "catalog.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr int kMaxNameLength = 60;
constexpr qint64 kMaxStock = 1'000'000'000;

const QString kColumns =
    QStringLiteral("p.id, p.barcode, p.name, p.price_fen, p.member_price_fen, c.name, p.stock, "
                   "p.points_eligible, p.active");

QString validName(const QString &input)
{
    const QString name = input.simplified();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        throw Error(ErrorCode::InvalidName,
                    Catalog::tr("A product name has 1 to %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("name"));
    }
    return name;
}

Money validPrice(const QString &input, const QString &field)
{
    const Money price = Money::parseOrThrow(input, field);
    if (price.isNegative()) {
        throw Error(ErrorCode::InvalidAmount, Catalog::tr("A price cannot be negative."), field);
    }
    return price;
}

std::optional<Money> validMemberPrice(const QString &input)
{
    if (input.trimmed().isEmpty())
        return std::nullopt;
    return validPrice(input, QStringLiteral("member_price"));
}

qint64 validStock(qint64 stock)
{
    if (stock < -kMaxStock || stock > kMaxStock) {
        throw Error(
            ErrorCode::InvalidQuantity,
            Catalog::tr("A stock level is a whole number between -%1 and %1.").arg(kMaxStock),
            QStringLiteral("stock"));
    }
    return stock;
}

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.barcode = Barcode::fromNormalized(q.value(1).toString());
    p.name = q.value(2).toString();
    p.price = Money::fromFen(q.value(3).toLongLong());
    if (!q.value(4).isNull())
        p.memberPrice = Money::fromFen(q.value(4).toLongLong());
    p.category = q.value(5).toString();
    p.stock = q.value(6).toLongLong();
    p.pointsEligible = q.value(7).toInt() != 0;
    p.active = q.value(8).toInt() != 0;
    return p;
}

QVariant fenOrNull(const std::optional<Money> &money)
{
    return money ? QVariant(money->fen()) : QVariant();
}

} // namespace

Catalog::Catalog(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

void Catalog::requireUniqueBarcode(const Barcode &barcode, ProductId except) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id FROM products WHERE barcode = ?"), {barcode.code()});
    if (q.next() && q.value(0).toLongLong() != except) {
        throw Error(
            ErrorCode::DuplicateBarcode,
            Catalog::tr("Barcode %1 is already used by another product.").arg(barcode.code()),
            QStringLiteral("barcode"));
    }
}

QVariant Catalog::categoryId(const QString &input)
{
    const QString name = input.simplified();
    if (name.isEmpty())
        return {};
    if (name.size() > kMaxNameLength) {
        throw Error(ErrorCode::InvalidName,
                    Catalog::tr("A category name has at most %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("category"));
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name});
    if (q.next())
        return q.value(0);
    m_db.exec(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), {name});
    return m_db.lastInsertId();
}

Product Catalog::add(const NewProduct &request)
{
    const Barcode barcode = Barcode::parseOrThrow(request.barcode);
    const QString name = validName(request.name);
    const Money price = validPrice(request.price, QStringLiteral("price"));
    const std::optional<Money> memberPrice = validMemberPrice(request.memberPrice);
    const qint64 stock = validStock(request.stock);

    Transaction tx(m_db);
    requireUniqueBarcode(barcode, 0);
    const QVariant category = categoryId(request.category);
    const QString stamp = storedTimestamp(m_clock.now());
    m_db.exec(QStringLiteral("INSERT INTO products (barcode, name, price_fen, member_price_fen, "
                             "category_id, stock, points_eligible, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
              {barcode.code(), name, price.fen(), fenOrNull(memberPrice), category, stock,
               request.pointsEligible ? 1 : 0, stamp, stamp});
    const ProductId id = m_db.lastInsertId();
    Product product = get(id);
    tx.commit();
    emit productAdded(id);
    return product;
}

Product Catalog::update(ProductId id, const ProductChange &change)
{
    Transaction tx(m_db);
    Product p = get(id);
    if (change.barcode) {
        p.barcode = Barcode::parseOrThrow(*change.barcode);
        requireUniqueBarcode(p.barcode, id);
    }
    if (change.name)
        p.name = validName(*change.name);
    if (change.price)
        p.price = validPrice(*change.price, QStringLiteral("price"));
    if (change.memberPrice)
        p.memberPrice = validMemberPrice(*change.memberPrice);
    if (change.stock)
        p.stock = validStock(*change.stock);
    if (change.pointsEligible)
        p.pointsEligible = *change.pointsEligible;
    if (change.active)
        p.active = *change.active;
    if (change.category)
        p.category = change.category->simplified();
    const QVariant category = categoryId(p.category);

    m_db.exec(QStringLiteral("UPDATE products SET barcode = ?, name = ?, price_fen = ?, "
                             "member_price_fen = ?, category_id = ?, stock = ?, "
                             "points_eligible = ?, active = ?, updated_at = ? WHERE id = ?"),
              {p.barcode.code(), p.name, p.price.fen(), fenOrNull(p.memberPrice), category, p.stock,
               p.pointsEligible ? 1 : 0, p.active ? 1 : 0, storedTimestamp(m_clock.now()), id});
    tx.commit();
    emit productChanged(id);
    return p;
}

QList<Product> Catalog::select(const QString &where, const QVariantList &values, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM products p LEFT JOIN categories c ON c.id = p.category_id "
                       "WHERE %2 LIMIT %3")
            .arg(kColumns, where)
            .arg(limit));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    m_db.exec(q);
    QList<Product> out;
    while (q.next())
        out.append(readProduct(q));
    return out;
}

Product Catalog::get(ProductId id) const
{
    const QList<Product> found = select(QStringLiteral("p.id = ?"), {id}, 1);
    if (found.isEmpty())
        throw Error(ErrorCode::NotFound, Catalog::tr("There is no product number %1.").arg(id));
    return found.first();
}

std::optional<Product> Catalog::byBarcode(const Barcode &barcode) const
{
    const QList<Product> found = select(QStringLiteral("p.barcode = ?"), {barcode.code()}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Product>(found.first());
}

Product Catalog::resolveBarcode(const QString &scanned, ErrorCode ifMissing) const
{
    const Barcode barcode = Barcode::parseOrThrow(scanned);
    if (auto product = byBarcode(barcode))
        return *product;
    throw Error(ifMissing, Catalog::tr("No product has the barcode %1.").arg(barcode.code()),
                QStringLiteral("barcode"));
}

QList<Product> Catalog::find(const QString &query, int limit, bool includeInactive) const
{
    const QString active = includeInactive ? QString() : QStringLiteral(" AND p.active = 1");
    const QString text = query.simplified();
    if (text.isEmpty())
        return select(QStringLiteral("1 = 1%1 ORDER BY p.name, p.id").arg(active), {}, limit);
    QList<Product> out;
    if (auto barcode = Barcode::parse(text)) {
        if (auto product = byBarcode(*barcode); product && (includeInactive || product->active))
            out.append(*product);
    }
    for (const Product &p :
         select(QStringLiteral("p.name >= ? AND p.name < ?%1 ORDER BY p.name, p.id").arg(active),
                {text, prefixRangeEnd(text)}, limit)) {
        if (out.size() < limit && (out.isEmpty() || out.first().id != p.id))
            out.append(p);
    }
    return out;
}

QStringList Catalog::categories() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT name FROM categories ORDER BY name"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

qint64 Catalog::count() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM products"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace storedesk::core
