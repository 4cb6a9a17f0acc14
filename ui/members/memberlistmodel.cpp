#include "memberlistmodel.h"

#include "format.h"
#include "store/store.h"

#include <QColor>

namespace storedesk::ui {

MemberListModel::MemberListModel(core::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    loadTierNames();
    connect(&store.members(), &core::MemberRegistry::memberChanged, this,
            &MemberListModel::refresh);
    connect(&store.members(), &core::MemberRegistry::memberAdded, this, &MemberListModel::added);
    connect(&store.loyalty(), &core::LoyaltyService::standingChanged, this,
            &MemberListModel::refresh);
    connect(&store.checkout(), &core::Checkout::saleCommitted, this, [this](qint64 saleId) {
        const core::SaleRecord sale = m_store.checkout().load(saleId);
        if (sale.member)
            refresh(sale.member->id);
    });
    connect(&store.rules(), &core::RuleBook::changed, this, [this] {
        loadTierNames();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Tier), index(int(m_rows.size()) - 1, Tier));
    });
}

void MemberListModel::loadTierNames()
{
    m_tierNames.clear();
    for (const core::TierLevel &t : m_store.rules().current().rules.tiers)
        m_tierNames.append(t.name);
}

void MemberListModel::setFilter(const core::MemberListFilter &filter)
{
    const core::MemberDirectory &directory = m_store.directory();
    QList<core::MemberSummary> first = directory.page(filter, 0, kPageSize);
    const qint64 total = directory.count(filter);
    beginResetModel();
    m_filter = filter;
    m_rows = std::move(first);
    m_total = total;
    m_done = m_rows.size() < kPageSize;
    endResetModel();
    emit totalChanged(m_total);
}

int MemberListModel::rowOf(core::MemberId id) const
{
    // Rows are newest first: ids fall down the list, so a binary search finds one.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const core::MemberSummary &row, core::MemberId wanted) {
                                         return row.member.id > wanted;
                                     });
    return it != m_rows.cend() && it->member.id == id ? int(it - m_rows.cbegin()) : -1;
}

void MemberListModel::refresh(core::MemberId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (auto fresh = m_store.directory().row(id, m_filter)) {
        m_rows[row] = *fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // It no longer matches the filter (frozen, tag removed, just bought …).
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit totalChanged(--m_total);
}

void MemberListModel::added(core::MemberId id)
{
    auto fresh = m_store.directory().row(id, m_filter);
    if (!fresh)
        return;
    // The newest member belongs at the top.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*fresh);
    endInsertRows();
    emit totalChanged(++m_total);
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_done;
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<core::MemberSummary> more =
        m_store.directory().page(m_filter, m_rows.last().member.id, kPageSize);
    m_done = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::MemberSummary &s = m_rows[index.row()];
    const core::Member &m = s.member;
    const bool frozen = m.status == core::MemberStatus::Frozen;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return m.name;
        case Phone:
            return formatPhone(m.phone);
        case Tier:
            return m_tierNames.value(s.tier);
        case Points:
            return QLocale().toString(s.points);
        case StoredValue:
            return formatMoney(s.storedValue);
        case LastVisit:
            return s.lastSaleAt.isValid() ? formatDate(localDate(s.lastSaleAt)) : tr("never");
        case Joined:
            return formatDate(localDate(m.joinedAt));
        case Tags:
            return m.tags.join(QStringLiteral(", "));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Points || index.column() == StoredValue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (frozen)
            return tr("This membership is frozen.");
        break;
    case Qt::ForegroundRole:
        if (frozen)
            return QColor(Qt::gray);
        if (index.column() == Points && s.points < 0)
            return QColor(0xb9, 0x1c, 0x1c);
        break;
    default:
        break;
    }
    return {};
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Points || section == StoredValue))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Tier:
        return tr("Tier");
    case Points:
        return tr("Points");
    case StoredValue:
        return tr("Stored value");
    case LastVisit:
        return tr("Last visit");
    case Joined:
        return tr("Joined");
    case Tags:
        return tr("Tags");
    default:
        break;
    }
    return {};
}

} // namespace storedesk::ui
