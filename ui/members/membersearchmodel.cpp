#include "membersearchmodel.h"

#include "format.h"
#include "members/memberregistry.h"

#include <QColor>

namespace storedesk::ui {

MemberSearchModel::MemberSearchModel(core::MemberRegistry &registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    connect(&registry, &core::MemberRegistry::memberChanged, this, &MemberSearchModel::refresh);
}

void MemberSearchModel::search(const QString &query)
{
    QList<core::Member> rows =
        query.trimmed().isEmpty() ? m_registry.recent(kLimit) : m_registry.find(query, kLimit);
    beginResetModel();
    m_query = query;
    m_rows = std::move(rows);
    endResetModel();
}

void MemberSearchModel::showOnly(const core::Member &member)
{
    beginResetModel();
    m_query.clear();
    m_rows = {member};
    endResetModel();
}

int MemberSearchModel::rowOf(core::MemberId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void MemberSearchModel::refresh(core::MemberId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row] = m_registry.get(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MemberSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Member &m = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return m.name;
        case Phone:
            return formatPhone(m.phone);
        case Card:
            return m.cardNo;
        case Gender:
            return genderText(m.gender);
        case Birthday:
            return formatDate(m.birthday);
        case Tags:
            return m.tags.join(QStringLiteral(", "));
        case Joined:
            return formatDate(m.joinedAt.toLocalTime().date());
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole && m.status == core::MemberStatus::Frozen) {
        return tr("This membership is frozen.");
    } else if (role == Qt::ForegroundRole && m.status == core::MemberStatus::Frozen) {
        return QColor(Qt::gray);
    }
    return {};
}

QVariant MemberSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Card:
        return tr("Card");
    case Gender:
        return tr("Gender");
    case Birthday:
        return tr("Birthday");
    case Tags:
        return tr("Tags");
    case Joined:
        return tr("Joined");
    default:
        break;
    }
    return {};
}

} // namespace storedesk::ui
