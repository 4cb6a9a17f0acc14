#include "recordtablemodel.h"

#include <QColor>

namespace storedesk::ui {

RecordTableModel::RecordTableModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

void RecordTableModel::reset(Pager pager)
{
    QList<Record> first = pager ? pager(nullptr) : QList<Record>();
    beginResetModel();
    m_pager = std::move(pager);
    m_records = std::move(first);
    m_done = m_records.isEmpty();
    endResetModel();
}

void RecordTableModel::clear()
{
    reset({});
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Record &r = m_records[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.cells.value(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_columns.value(index.column()).alignment);
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? QVariant() : QVariant(r.toolTip);
    case Qt::ForegroundRole:
        switch (r.tone) {
        case Tone::Gain:
            return QColor(0x04, 0x78, 0x57);
        case Tone::Loss:
            return QColor(0xb9, 0x1c, 0x1c);
        case Tone::Muted:
            return QColor(0x6b, 0x72, 0x80);
        case Tone::Normal:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_columns.value(section).title;
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.value(section).alignment);
    return {};
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_done && m_pager;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Record> more = m_pager(&m_records.last());
    if (more.isEmpty()) {
        m_done = true;
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + more.size() - 1));
    m_records += more;
    endInsertRows();
}

} // namespace storedesk::ui
