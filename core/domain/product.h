// A product on the store's shelves, as the catalog holds it.
#pragma once

#include "barcode.h"
#include "money.h"

#include <QString>

#include <optional>

namespace storedesk::core {

using ProductId = qint64;

struct Product
{
    ProductId id = 0;
    Barcode barcode = Barcode::fromNormalized({});
    QString name;
    Money price;
    std::optional<Money> memberPrice;
    QString category; ///< empty when uncategorised
    qint64 stock = 0;
    std::optional<qint64> reorderLevel; ///< none: the store's default level
    std::optional<qint64> giftPoints;   ///< a member may take it for this many points
    bool pointsEligible = true;
    bool active = true;
};

struct NewProduct
{
    QString barcode;
    QString name;
    QString price;
    QString memberPrice; ///< empty: none
    QString category;
    qint64 stock = 0;
    QString reorderLevel; ///< empty: the store's default level
    QString giftPoints;   ///< empty: not a gift for points
    bool pointsEligible = true;
};

/// A partial change to a product; only the fields that hold a value are changed.
struct ProductChange
{
    std::optional<QString> barcode;
    std::optional<QString> name;
    std::optional<QString> price;
    std::optional<QString> memberPrice;  ///< empty string removes the member price
    std::optional<QString> category;     ///< empty string leaves it uncategorised
    std::optional<qint64> stock;         ///< a stock count: the difference is kept as a correction
    std::optional<QString> reorderLevel; ///< empty string: the store's default level
    std::optional<QString> giftPoints;   ///< empty string: no longer a gift for points
    std::optional<bool> pointsEligible;
    std::optional<bool> active;
};

} // namespace storedesk::core
