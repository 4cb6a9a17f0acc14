// The product catalog: products with their barcodes, prices, categories and stock, found by a
// scan or by name, and listed a page at a time for the back office.
#pragma once

#include "domain/error.h"
#include "domain/product.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;
class Security;
class StoreSettings;

struct ProductListFilter
{
    enum class State
    {
        Any,
        Active,
        Inactive
    };
    QString text; ///< a barcode or the start of a name
    /// Only this category; an empty string is "uncategorised".
    std::optional<QString> category;
    State state = State::Any;
    bool lowStock = false;  ///< active products at or below their reorder level
    bool giftsOnly = false; ///< active products a member may take for points
};

/// Where a page of the product list ends, for the next page to start after it.
struct ProductCursor
{
    QString name;
    ProductId id = 0;
};

struct CategoryInfo
{
    QString name;
    qint64 products = 0;
};

struct StockMove
{
    QDateTime at;
    qint64 qty = 0;    ///< signed
    QString reason;    ///< sale, refund, adjust, opening
    QString note;      ///< on corrections
    QString receiptNo; ///< on sales and refunds
};

class Catalog final : public QObject
{
    Q_OBJECT

public:
    /// Every change needs products_edit.
    Catalog(Database &db, const Clock &clock, const StoreSettings &settings, Security &security,
            QObject *parent = nullptr);

    /// Adds a product. Throws invalid_barcode, duplicate_barcode, invalid_name, invalid_amount
    /// or invalid_quantity; nothing is written then.
    Product add(const NewProduct &request);
    /// Changes the fields \a change holds. Same errors as add(), plus not_found. A new stock
    /// level is a count: the difference is kept as a correction in the stock history.
    Product update(ProductId id, const ProductChange &change);
    /// Corrects the stock by \a delta units (goods received, a stocktake, breakage), keeping
    /// \a note with the move. Throws not_found, invalid_quantity or reason_required.
    Product adjustStock(ProductId id, qint64 delta, const QString &note);

    /// Throws not_found.
    Product get(ProductId id) const;
    std::optional<Product> byBarcode(const Barcode &barcode) const;
    /// The product a scanner or a typed code names. Throws invalid_barcode, or \a ifMissing
    /// (unknown_barcode unless told otherwise) when no product has it.
    Product resolveBarcode(const QString &scanned,
                           ErrorCode ifMissing = ErrorCode::UnknownBarcode) const;
    /// A barcode's product, or products whose name starts with \a query; with an empty query,
    /// every product by name. Inactive products are included when \a includeInactive.
    QList<Product> find(const QString &query, int limit = 100, bool includeInactive = true) const;

    /// Up to \a limit products matching \a filter by name, after \a after (default: from the
    /// start).
    QList<Product> page(const ProductListFilter &filter, const ProductCursor &after,
                        int limit) const;
    qint64 count(const ProductListFilter &filter) const;
    /// The stock level at or below which \a product counts as low.
    qint64 reorderLevel(const Product &product) const;
    /// The product's stock moves, newest first.
    QList<StockMove> stockMoves(ProductId id, int limit = 100) const;

    QStringList categories() const;
    /// Every category with how many products it holds, by name.
    QList<CategoryInfo> categoryList() const;
    /// Throws invalid_name for an empty, over-long or existing name.
    void addCategory(const QString &name);
    /// Renames a category; its products follow. Throws not_found or invalid_name.
    void renameCategory(const QString &from, const QString &to);
    /// Removes an empty category. Throws not_found, or invalid_argument while products use it.
    void removeCategory(const QString &name);
    qint64 count() const;

signals:
    void productAdded(storedesk::core::ProductId id);
    void productChanged(storedesk::core::ProductId id);
    void categoriesChanged();

private:
    QList<Product> select(const QString &where, const QVariantList &values, int limit) const;
    /// The id of the category called \a name, created when new; null for an empty name.
    QVariant categoryId(const QString &name);
    void requireUniqueBarcode(const Barcode &barcode, ProductId except) const;
    void moveStock(ProductId id, qint64 delta, const QString &note);

    Database &m_db;
    const Clock &m_clock;
    const StoreSettings &m_settings;
    Security &m_security;
};

} // namespace storedesk::core
