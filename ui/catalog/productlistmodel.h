// The product list of the back office for a table view: products matching a filter, by name,
// read from the catalog a page at a time; low stock stands out. Rows follow the catalog's
// signals and the sales that move stock.
#pragma once

#include "catalog/catalog.h"

#include <QAbstractTableModel>

namespace storedesk::core {
class Checkout;
}

namespace storedesk::ui {

class ProductListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Barcode,
        Category,
        Price,
        MemberPrice,
        Stock,
        ReorderLevel,
        Points,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    ProductListModel(core::Catalog &catalog, core::Checkout &checkout, QObject *parent = nullptr);

    /// Lists the products matching \a filter. Throws core::Error; the list is unchanged then.
    void setFilter(const core::ProductListFilter &filter);
    const core::ProductListFilter &filter() const { return m_filter; }
    qint64 total() const { return m_total; }
    const core::Product &product(int row) const { return m_rows.at(row); }
    int rowOf(core::ProductId id) const;
    /// Reads the product again after a change elsewhere (or drops it when it left the filter).
    void refresh(core::ProductId id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);

private:
    bool matches(const core::Product &product) const;

    core::Catalog &m_catalog;
    core::ProductListFilter m_filter;
    QList<core::Product> m_rows;
    qint64 m_total = 0;
    bool m_done = true;
};

} // namespace storedesk::ui
