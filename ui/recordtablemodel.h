// A read-only table of records already formatted for people — a member's ledgers, purchase
// history, a product's stock moves — fetched a page at a time as the view scrolls.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace storedesk::ui {

class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Normal,
        Gain, ///< money or points coming in
        Loss, ///< going out
        Muted
    };

    struct Column
    {
        QString title;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    struct Record
    {
        QStringList cells;
        QVariant key; ///< what the record stands for (a sale id …), for the caller
        Tone tone = Tone::Normal;
        QString toolTip;
    };

    /// The next page after \a last (nullptr: the first page); an empty page is the end.
    using Pager = std::function<QList<Record>(const Record *last)>;

    explicit RecordTableModel(QList<Column> columns, QObject *parent = nullptr);

    /// Starts over with \a pager and loads its first page. Throws what the pager throws.
    void reset(Pager pager);
    void clear();
    const Record &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<Column> m_columns;
    QList<Record> m_records;
    Pager m_pager;
    bool m_done = true;
};

} // namespace storedesk::ui
