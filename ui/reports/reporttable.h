// One table of a report as people read it and as it is exported: titled columns and rows of
// cells formatted for the screen (money in the locale's form), each with the plain form a
// spreadsheet wants ("1234.50"). The screen, the print-out and the CSV file share it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QObject;

namespace storedesk::core {
class Money;
}

namespace storedesk::ui {

class RecordTableModel;

struct ReportCell
{
    QString text;  ///< for people
    QString plain; ///< for CSV
};

class ReportTable final
{
public:
    struct Column
    {
        QString title;
        bool number = false; ///< right-aligned
    };

    ReportTable() = default;
    ReportTable(QString title, QList<Column> columns);

    void addRow(QList<ReportCell> cells);

    static ReportCell text(const QString &text);
    static ReportCell money(const core::Money &amount);
    static ReportCell number(qint64 n);
    /// Hundredths of a percent, as "62.5 %".
    static ReportCell percent(int basisPoints);

    const QString &title() const { return m_title; }
    const QList<Column> &columns() const { return m_columns; }
    const QList<QList<ReportCell>> &rows() const { return m_rows; }

    /// The table as CSV: UTF-8 with a byte-order mark (spreadsheets then read Chinese right),
    /// the column titles first, plain forms, CRLF line ends.
    QByteArray toCsv() const;
    /// The table as HTML for a printed page.
    QString toHtml() const;
    /// Shows the table's rows in \a model.
    void showIn(RecordTableModel &model) const;
    /// A model with this table's columns.
    RecordTableModel *makeModel(QObject *parent) const;

private:
    QString m_title;
    QList<Column> m_columns;
    QList<QList<ReportCell>> m_rows;
};

} // namespace storedesk::ui
