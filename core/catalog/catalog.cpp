#include "catalog.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "security/security.h"
#include "store/storesettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr int kMaxNameLength = 60;
constexpr qint64 kMaxStock = 1'000'000'000;

const QString kColumns =
    QStringLiteral("p.id, p.barcode, p.name, p.price_fen, p.member_price_fen, c.name, p.stock, "
                   "p.points_eligible, p.active, p.reorder_level, p.gift_points");

/// What the audit trail keeps of a product before and after a change.
QJsonObject facts(const Product &p)
{
    return {
        {QStringLiteral("barcode"), p.barcode.code()},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("price"), p.price.toString()},
        {QStringLiteral("member_price"),
         p.memberPrice ? QJsonValue(p.memberPrice->toString()) : QJsonValue()},
        {QStringLiteral("category"), p.category},
        {QStringLiteral("points_eligible"), p.pointsEligible},
        {QStringLiteral("gift_points"), p.giftPoints ? QJsonValue(*p.giftPoints) : QJsonValue()},
        {QStringLiteral("reorder_level"),
         p.reorderLevel ? QJsonValue(*p.reorderLevel) : QJsonValue()},
        {QStringLiteral("active"), p.active}};
}

QString subjectOf(const Product &p)
{
    return QStringLiteral("product:") + p.barcode.code();
}

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

std::optional<qint64> validReorderLevel(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 level = text.toLongLong(&ok);
    if (!ok || level < 0 || level > kMaxStock) {
        throw Error(ErrorCode::InvalidQuantity,
                    Catalog::tr("A reorder level is a whole number from 0 to %1, or empty for "
                                "the store's default.")
                        .arg(kMaxStock),
                    QStringLiteral("reorder_level"));
    }
    return level;
}

std::optional<qint64> validGiftPoints(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 points = text.toLongLong(&ok);
    if (!ok || points < 1 || points > 100'000'000) {
        throw Error(ErrorCode::InvalidPoints,
                    Catalog::tr("A gift's points are a whole number from 1 to 100,000,000, or "
                                "empty when it is not a gift."),
                    QStringLiteral("gift_points"));
    }
    return points;
}

QString validNote(const QString &input)
{
    constexpr int kMaxNoteLength = 200;
    const QString note = input.simplified();
    if (note.isEmpty()) {
        throw Error(ErrorCode::ReasonRequired,
                    Catalog::tr("Say why the stock changes (goods received, stocktake, "
                                "breakage …); the note stays in the stock history."),
                    QStringLiteral("note"));
    }
    if (note.size() > kMaxNoteLength) {
        throw Error(ErrorCode::InvalidArgument,
                    Catalog::tr("A note has at most %1 characters.").arg(kMaxNoteLength),
                    QStringLiteral("note"));
    }
    return note;
}

QString validCategoryName(const QString &input)
{
    const QString name = input.simplified();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        throw Error(ErrorCode::InvalidName,
                    Catalog::tr("A category name has 1 to %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("category"));
    }
    return name;
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
    if (!q.value(9).isNull())
        p.reorderLevel = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        p.giftPoints = q.value(10).toLongLong();
    return p;
}

QVariant fenOrNull(const std::optional<Money> &money)
{
    return money ? QVariant(money->fen()) : QVariant();
}

} // namespace

Catalog::Catalog(Database &db, const Clock &clock, const StoreSettings &settings,
                 Security &security, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_security(security)
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
    if (input.simplified().isEmpty())
        return {};
    const QString name = validCategoryName(input);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name});
    if (q.next())
        return q.value(0);
    m_db.exec(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), {name});
    return m_db.lastInsertId();
}

Product Catalog::add(const NewProduct &request)
{
    const Actor by = m_security.require(Permission::ProductsEdit);
    const Barcode barcode = Barcode::parseOrThrow(request.barcode);
    const QString name = validName(request.name);
    const Money price = validPrice(request.price, QStringLiteral("price"));
    const std::optional<Money> memberPrice = validMemberPrice(request.memberPrice);
    const qint64 stock = validStock(request.stock);
    const std::optional<qint64> reorder = validReorderLevel(request.reorderLevel);
    const std::optional<qint64> gift = validGiftPoints(request.giftPoints);

    Transaction tx(m_db);
    requireUniqueBarcode(barcode, 0);
    const QVariant category = categoryId(request.category);
    const QString stamp = storedTimestamp(m_clock.now());
    m_db.exec(QStringLiteral("INSERT INTO products (barcode, name, price_fen, member_price_fen, "
                             "category_id, stock, reorder_level, gift_points, points_eligible, "
                             "active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
              {barcode.code(), name, price.fen(), fenOrNull(memberPrice), category, stock,
               reorder ? QVariant(*reorder) : QVariant(), gift ? QVariant(*gift) : QVariant(),
               request.pointsEligible ? 1 : 0, stamp, stamp});
    const ProductId id = m_db.lastInsertId();
    if (stock != 0) {
        // The stock history starts with what was on the shelf, so stock is always its moves' sum.
        m_db.exec(QStringLiteral("INSERT INTO stock_moves (product_id, at, qty, reason) "
                                 "VALUES (?, ?, ?, 'opening')"),
                  {id, stamp, stock});
    }
    Product product = get(id);
    m_security.audit().record(by, QStringLiteral("product_added"), subjectOf(product),
                              {{QStringLiteral("after"), facts(product)}});
    tx.commit();
    emit productAdded(id);
    if (!category.isNull())
        emit categoriesChanged();
    return product;
}

Product Catalog::update(ProductId id, const ProductChange &change)
{
    const Actor by = m_security.require(Permission::ProductsEdit);
    Transaction tx(m_db);
    Product p = get(id);
    const QJsonObject before = facts(p);
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
    const qint64 stockBefore = p.stock;
    if (change.stock)
        p.stock = validStock(*change.stock);
    if (change.reorderLevel)
        p.reorderLevel = validReorderLevel(*change.reorderLevel);
    if (change.giftPoints)
        p.giftPoints = validGiftPoints(*change.giftPoints);
    if (change.pointsEligible)
        p.pointsEligible = *change.pointsEligible;
    if (change.active)
        p.active = *change.active;
    if (change.category)
        p.category = change.category->simplified();
    const QVariant category = categoryId(p.category);

    m_db.exec(QStringLiteral("UPDATE products SET barcode = ?, name = ?, price_fen = ?, "
                             "member_price_fen = ?, category_id = ?, reorder_level = ?, "
                             "gift_points = ?, points_eligible = ?, active = ?, updated_at = ? "
                             "WHERE id = ?"),
              {p.barcode.code(), p.name, p.price.fen(), fenOrNull(p.memberPrice), category,
               p.reorderLevel ? QVariant(*p.reorderLevel) : QVariant(),
               p.giftPoints ? QVariant(*p.giftPoints) : QVariant(), p.pointsEligible ? 1 : 0,
               p.active ? 1 : 0, storedTimestamp(m_clock.now()), id});
    if (p.stock != stockBefore)
        moveStock(id, p.stock - stockBefore, {});
    QJsonObject after = facts(p);
    after.insert(QStringLiteral("stock"), p.stock);
    QJsonObject was = before;
    was.insert(QStringLiteral("stock"), stockBefore);
    if (was != after) {
        m_security.audit().record(by, QStringLiteral("product_changed"), subjectOf(p),
                                  AuditLog::changes(was, after));
    }
    tx.commit();
    emit productChanged(id);
    if (change.category)
        emit categoriesChanged();
    return p;
}

Product Catalog::adjustStock(ProductId id, qint64 delta, const QString &note)
{
    const QString why = validNote(note);
    if (delta == 0 || delta < -kMaxStock || delta > kMaxStock) {
        throw Error(ErrorCode::InvalidQuantity,
                    Catalog::tr("A stock correction is a whole number of units other than 0, "
                                "from -%1 to %1.")
                        .arg(kMaxStock),
                    QStringLiteral("qty"));
    }
    const Actor by = m_security.require(Permission::ProductsEdit);
    Transaction tx(m_db);
    Product p = get(id);
    p.stock = validStock(p.stock + delta);
    moveStock(id, delta, why);
    m_security.audit().record(by, QStringLiteral("stock_adjust"), subjectOf(p),
                              {{QStringLiteral("qty"), delta},
                               {QStringLiteral("stock"), p.stock},
                               {QStringLiteral("note"), why}});
    tx.commit();
    emit productChanged(id);
    return p;
}

void Catalog::moveStock(ProductId id, qint64 delta, const QString &note)
{
    const QString stamp = storedTimestamp(m_clock.now());
    m_db.exec(QStringLiteral("INSERT INTO stock_moves (product_id, at, qty, reason, note) "
                             "VALUES (?, ?, ?, 'adjust', ?)"),
              {id, stamp, delta, note});
    m_db.exec(QStringLiteral("UPDATE products SET stock = stock + ?, updated_at = ? WHERE id = ?"),
              {delta, stamp, id});
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

namespace {

struct ProductWhere
{
    QString sql;
    QVariantList values;
};

ProductWhere productWhere(const ProductListFilter &filter, qint64 defaultReorderLevel)
{
    ProductWhere w;
    QStringList terms;
    const QString text = filter.text.simplified();
    if (!text.isEmpty()) {
        QString any = QStringLiteral("(p.name >= ? AND p.name < ?)");
        w.values += {text, prefixRangeEnd(text)};
        if (auto barcode = Barcode::parse(text)) {
            any = QStringLiteral("(p.barcode = ? OR ") + any + u')';
            w.values.prepend(barcode->code());
        }
        terms.append(any);
    }
    if (filter.category) {
        if (filter.category->simplified().isEmpty()) {
            terms.append(QStringLiteral("p.category_id IS NULL"));
        } else {
            terms.append(QStringLiteral("c.name = ?"));
            w.values.append(filter.category->simplified());
        }
    }
    if (filter.state == ProductListFilter::State::Active || filter.lowStock || filter.giftsOnly)
        terms.append(QStringLiteral("p.active = 1"));
    if (filter.giftsOnly)
        terms.append(QStringLiteral("p.gift_points IS NOT NULL"));
    else if (filter.state == ProductListFilter::State::Inactive)
        terms.append(QStringLiteral("p.active = 0"));
    if (filter.lowStock) {
        terms.append(QStringLiteral("p.stock <= coalesce(p.reorder_level, ?)"));
        w.values.append(defaultReorderLevel);
    }
    w.sql = terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND "));
    return w;
}

} // namespace

QList<Product> Catalog::page(const ProductListFilter &filter, const ProductCursor &after,
                             int limit) const
{
    ProductWhere w = productWhere(filter, m_settings.defaultReorderLevel());
    if (after.id > 0) {
        w.sql += QStringLiteral(" AND (p.name > ? OR (p.name = ? AND p.id > ?))");
        w.values += {after.name, after.name, after.id};
    }
    return select(w.sql + QStringLiteral(" ORDER BY p.name, p.id"), w.values,
                  qBound(1, limit, 10000));
}

qint64 Catalog::count(const ProductListFilter &filter) const
{
    const ProductWhere w = productWhere(filter, m_settings.defaultReorderLevel());
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM products p LEFT JOIN "
                                              "categories c ON c.id = p.category_id WHERE %1")
                                   .arg(w.sql));
    for (int i = 0; i < w.values.size(); ++i)
        q.bindValue(i, w.values[i]);
    m_db.exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Catalog::reorderLevel(const Product &product) const
{
    return product.reorderLevel.value_or(m_settings.defaultReorderLevel());
}

QList<StockMove> Catalog::stockMoves(ProductId id, int limit) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT m.at, m.qty, m.reason, m.note, s.receipt_no FROM stock_moves m "
                       "LEFT JOIN sales s ON s.id = m.sale_id WHERE m.product_id = ? "
                       "ORDER BY m.at DESC, m.id DESC LIMIT ?"),
        {id, qBound(1, limit, 10000)});
    QList<StockMove> out;
    while (q.next()) {
        out.append({fromStoredTimestamp(q.value(0).toString()), q.value(1).toLongLong(),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

QList<CategoryInfo> Catalog::categoryList() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT c.name, (SELECT count(*) FROM products p "
                                           "WHERE p.category_id = c.id) FROM categories c "
                                           "ORDER BY c.name"));
    QList<CategoryInfo> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

void Catalog::addCategory(const QString &input)
{
    m_security.require(Permission::ProductsEdit);
    const QString name = validCategoryName(input);
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM categories WHERE name = ?"), {name});
    if (q.next()) {
        throw Error(ErrorCode::InvalidName,
                    Catalog::tr("There is already a category called %1.").arg(name),
                    QStringLiteral("category"));
    }
    m_db.exec(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), {name});
    tx.commit();
    emit categoriesChanged();
}

void Catalog::renameCategory(const QString &fromInput, const QString &toInput)
{
    m_security.require(Permission::ProductsEdit);
    const QString from = fromInput.simplified();
    const QString to = validCategoryName(toInput);
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM categories WHERE name = ?"), {from});
    if (!q.next()) {
        throw Error(ErrorCode::NotFound, Catalog::tr("There is no category called %1.").arg(from),
                    QStringLiteral("category"));
    }
    const qint64 id = q.value(0).toLongLong();
    if (to == from)
        return;
    QSqlQuery taken = m_db.exec(QStringLiteral("SELECT 1 FROM categories WHERE name = ?"), {to});
    if (taken.next()) {
        throw Error(ErrorCode::InvalidName,
                    Catalog::tr("There is already a category called %1.").arg(to),
                    QStringLiteral("category"));
    }
    m_db.exec(QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"), {to, id});
    tx.commit();
    emit categoriesChanged();
}

void Catalog::removeCategory(const QString &input)
{
    m_security.require(Permission::ProductsEdit);
    const QString name = input.simplified();
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT c.id, (SELECT count(*) FROM products p WHERE "
                                           "p.category_id = c.id) FROM categories c WHERE "
                                           "c.name = ?"),
                            {name});
    if (!q.next()) {
        throw Error(ErrorCode::NotFound, Catalog::tr("There is no category called %1.").arg(name),
                    QStringLiteral("category"));
    }
    if (const qint64 used = q.value(1).toLongLong(); used > 0) {
        throw Error(
            ErrorCode::InvalidArgument,
            Catalog::tr("%n product(s) still belong to %1; move them first.", nullptr, int(used))
                .arg(name),
            QStringLiteral("category"));
    }
    m_db.exec(QStringLiteral("DELETE FROM categories WHERE id = ?"), {q.value(0)});
    tx.commit();
    emit categoriesChanged();
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
