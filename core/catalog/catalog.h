// The product catalog: products with their barcodes, prices and categories, found by a scan
// or by name.
#pragma once

#include "domain/error.h"
#include "domain/product.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;

class Catalog final : public QObject
{
    Q_OBJECT

public:
    Catalog(Database &db, const Clock &clock, QObject *parent = nullptr);

    /// Adds a product. Throws invalid_barcode, duplicate_barcode, invalid_name, invalid_amount
    /// or invalid_quantity; nothing is written then.
    Product add(const NewProduct &request);
    /// Changes the fields \a change holds. Same errors as add(), plus not_found.
    Product update(ProductId id, const ProductChange &change);

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

    QStringList categories() const;
    qint64 count() const;

signals:
    void productAdded(storedesk::core::ProductId id);
    void productChanged(storedesk::core::ProductId id);

private:
    QList<Product> select(const QString &where, const QVariantList &values, int limit) const;
    /// The id of the category called \a name, created when new; null for an empty name.
    QVariant categoryId(const QString &name);
    void requireUniqueBarcode(const Barcode &barcode, ProductId except) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace storedesk::core
