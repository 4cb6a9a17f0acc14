// The rows of a member search (phone, last four, card or name) for a table view. Refreshes
// itself when the registry reports a change to a member it shows.
#pragma once

#include "domain/member.h"

#include <QAbstractTableModel>

namespace storedesk::core {
class MemberRegistry;
}

namespace storedesk::ui {

class MemberSearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phone,
        Card,
        Gender,
        Birthday,
        Tags,
        Joined,
        ColumnCount
    };
    static constexpr int kLimit = 200;

    explicit MemberSearchModel(core::MemberRegistry &registry, QObject *parent = nullptr);

    /// Runs the search; an empty query lists the members who joined last. Throws core::Error
    /// for bad input.
    void search(const QString &query);
    const QString &query() const { return m_query; }
    const core::Member &member(int row) const { return m_rows.at(row); }
    /// The row showing member \a id, or -1.
    int rowOf(core::MemberId id) const;
    /// Shows just \a member (after a registration), replacing the rows.
    void showOnly(const core::Member &member);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh(core::MemberId id);

    core::MemberRegistry &m_registry;
    QString m_query;
    QList<core::Member> m_rows;
};

} // namespace storedesk::ui
