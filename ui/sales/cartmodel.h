// The cart on the cashier screen: the lines as scanned, priced by the core's Checkout after
// every change (no pricing here), for a table view.
#pragma once

#include "sales/checkout.h"

#include <QAbstractTableModel>

namespace storedesk::ui {

class CartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        Name,
        Qty,
        UnitPrice,
        Discount,
        Amount,
        ColumnCount
    };

    explicit CartModel(core::Checkout &checkout, QObject *parent = nullptr);

    /// Adds one of the scanned product, or one more of it when it is already in the cart.
    /// Throws core::Error (unknown_barcode, invalid_barcode, product_inactive …); the cart is
    /// unchanged then.
    void addBarcode(const QString &barcode);
    /// Throws core::Error for a quantity the core refuses; the cart is unchanged then.
    void setQuantity(int row, qint64 qty);
    void removeLine(int row);
    /// Attaches a member (phone or card) or, with an empty text, makes it a walk-in sale.
    void setMember(const QString &phoneOrCard);
    void setRedeemPoints(qint64 points);
    /// Adds a coupon by its code. Throws core::Error (unknown_coupon, coupon_not_yours,
    /// coupon_not_applicable …); the cart is unchanged then.
    void addCoupon(const QString &code);
    /// Replaces the coupons with \a codes. Throws like addCoupon().
    void setCoupons(const QStringList &codes);
    void clear();
    /// Replaces the cart with a held or earlier request.
    void load(const core::SaleRequest &request);

    const core::SaleRequest &request() const { return m_request; }
    /// The latest price of the cart; empty when the cart is.
    const core::Quote &quote() const { return m_quote; }
    bool isEmpty() const { return m_request.lines.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void priced();

private:
    /// Prices \a request; on success it becomes the cart. Throws core::Error otherwise.
    void apply(const core::SaleRequest &request);

    core::Checkout &m_checkout;
    core::SaleRequest m_request;
    core::Quote m_quote;
};

} // namespace storedesk::ui
