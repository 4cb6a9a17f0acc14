// The member list of the back office for a table view: every member matching a filter, newest
// first, read from the core a page at a time as the view scrolls, so a million members open as
// quickly as a hundred. Rows follow the core's signals (edits, sales, top-ups, new members).
#pragma once

#include "members/memberdirectory.h"

#include <QAbstractTableModel>

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class MemberListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Tier,
        Points,
        StoredValue,
        LastVisit,
        Joined,
        Tags,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit MemberListModel(core::Store &store, QObject *parent = nullptr);

    /// Lists the members matching \a filter (the first page; more as the view scrolls).
    /// Throws core::Error for a filter the core refuses; the list is unchanged then.
    void setFilter(const core::MemberListFilter &filter);
    const core::MemberListFilter &filter() const { return m_filter; }
    /// How many members match the filter, loaded or not.
    qint64 total() const { return m_total; }
    const core::MemberSummary &summary(int row) const { return m_rows.at(row); }
    /// The row showing member \a id, or -1.
    int rowOf(core::MemberId id) const;

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
    void refresh(core::MemberId id);
    void added(core::MemberId id);
    void loadTierNames();

    core::Store &m_store;
    core::MemberListFilter m_filter;
    QList<core::MemberSummary> m_rows;
    qint64 m_total = 0;
    bool m_done = true;
    QStringList m_tierNames;
};

} // namespace storedesk::ui
