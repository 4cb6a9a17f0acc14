#include "productlistmodel.h"

#include "format.h"
#include "sales/checkout.h"

#include <QColor>
#include <QFont>

namespace storedesk::ui {

ProductListModel::ProductListModel(core::Catalog &catalog, core::Checkout &checkout,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(&catalog, &core::Catalog::productChanged, this, &ProductListModel::refresh);
    connect(&catalog, &core::Catalog::productAdded, this, [this] { setFilter(m_filter); });
    connect(&catalog, &core::Catalog::categoriesChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Category), index(int(m_rows.size()) - 1, Category));
    });
    // A sale or a return moves stock: the lines it touched show their new level.
    connect(&checkout, &core::Checkout::saleCommitted, this, [this, &checkout](qint64 saleId) {
        for (const core::SaleLineRecord &line : checkout.load(saleId).lines)
            refresh(line.productId);
    });
}

void ProductListModel::setFilter(const core::ProductListFilter &filter)
{
    QList<core::Product> first = m_catalog.page(filter, {}, kPageSize);
    const qint64 total = m_catalog.count(filter);
    beginResetModel();
    m_filter = filter;
    m_rows = std::move(first);
    m_total = total;
    m_done = m_rows.size() < kPageSize;
    endResetModel();
    emit totalChanged(m_total);
}

int ProductListModel::rowOf(core::ProductId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

bool ProductListModel::matches(const core::Product &product) const
{
    using State = core::ProductListFilter::State;
    if (m_filter.state == State::Active && !product.active)
        return false;
    if (m_filter.state == State::Inactive && product.active)
        return false;
    if (m_filter.lowStock && (!product.active || product.stock > m_catalog.reorderLevel(product)))
        return false;
    if (m_filter.category && product.category != m_filter.category->simplified())
        return false;
    return true;
}

void ProductListModel::refresh(core::ProductId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const core::Product fresh = m_catalog.get(id);
    if (matches(fresh)) {
        m_rows[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit totalChanged(--m_total);
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProductListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_done;
}

void ProductListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const core::Product &last = m_rows.last();
    const QList<core::Product> more = m_catalog.page(m_filter, {last.name, last.id}, kPageSize);
    m_done = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Product &p = m_rows[index.row()];
    const bool low = p.active && p.stock <= m_catalog.reorderLevel(p);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.active ? p.name : tr("%1 (off sale)").arg(p.name);
        case Barcode:
            return p.barcode.code();
        case Category:
            return p.category;
        case Price:
            return formatMoney(p.price);
        case MemberPrice:
            return p.memberPrice ? formatMoney(*p.memberPrice) : QString();
        case Stock:
            return QLocale().toString(p.stock);
        case ReorderLevel:
            return p.reorderLevel ? QLocale().toString(*p.reorderLevel)
                                  : tr("%1 (store)").arg(m_catalog.reorderLevel(p));
        case Points:
            return p.pointsEligible ? tr("yes") : tr("no");
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Price && index.column() <= ReorderLevel)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (!p.active)
            return QColor(Qt::gray);
        if (index.column() == Stock && low)
            return QColor(0xb9, 0x1c, 0x1c);
        if (index.column() == ReorderLevel && !p.reorderLevel)
            return QColor(0x6b, 0x72, 0x80);
        break;
    case Qt::FontRole:
        if (index.column() == Stock && low) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (low)
            return tr("Low stock: %1 left, reorder at %2.")
                .arg(p.stock)
                .arg(m_catalog.reorderLevel(p));
        break;
    default:
        break;
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= Price && section <= ReorderLevel)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Barcode:
        return tr("Barcode");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case MemberPrice:
        return tr("Member price");
    case Stock:
        return tr("Stock");
    case ReorderLevel:
        return tr("Reorder at");
    case Points:
        return tr("Earns points");
    default:
        break;
    }
    return {};
}

} // namespace storedesk::ui
