#include "reporttable.h"

#include "domain/money.h"
#include "format.h"
#include "io/csvfield.h"
#include "recordtablemodel.h"

#include <QLocale>

namespace storedesk::ui {

ReportTable::ReportTable(QString title, QList<Column> columns)
    : m_title(std::move(title))
    , m_columns(std::move(columns))
{}

void ReportTable::addRow(QList<ReportCell> cells)
{
    m_rows.append(std::move(cells));
}

ReportCell ReportTable::text(const QString &text)
{
    return {text, text};
}

ReportCell ReportTable::money(const core::Money &amount)
{
    return {formatMoney(amount), amount.toString()};
}

ReportCell ReportTable::number(qint64 n)
{
    return {QLocale().toString(n), QString::number(n)};
}

ReportCell ReportTable::percent(int basisPoints)
{
    const QString plain =
        QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QChar(u'0'));
    return {QLocale().toString(double(basisPoints) / 100.0, 'f', 1) + QStringLiteral(" %"), plain};
}

QByteArray ReportTable::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (const Column &c : m_columns)
        header.append(core::csvField(c.title));
    lines.append(header.join(u','));
    for (const QList<ReportCell> &row : m_rows) {
        QStringList fields;
        for (const ReportCell &cell : row)
            fields.append(core::csvField(cell.plain));
        lines.append(fields.join(u','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString ReportTable::toHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" border=\"1\" style=\"border-collapse: "
                                  "collapse; border-color: #9aa4ad;\"><tr>")
                       .arg(m_title.toHtmlEscaped());
    for (const Column &c : m_columns) {
        html += QStringLiteral("<th align=\"%1\" bgcolor=\"#e9eef0\">%2</th>")
                    .arg(c.number ? QStringLiteral("right") : QStringLiteral("left"),
                         c.title.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const QList<ReportCell> &row : m_rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) {
            const bool number = m_columns.value(i).number;
            // A figure is never broken over two lines.
            html += number ? QStringLiteral("<td align=\"right\" style=\"white-space: "
                                            "nowrap;\">%1</td>")
                                 .arg(row[i].text.toHtmlEscaped())
                           : QStringLiteral("<td>%1</td>").arg(row[i].text.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

RecordTableModel *ReportTable::makeModel(QObject *parent) const
{
    QList<RecordTableModel::Column> columns;
    for (const Column &c : m_columns) {
        columns.append({c.title, c.number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter});
    }
    auto *model = new RecordTableModel(columns, parent);
    showIn(*model);
    return model;
}

void ReportTable::showIn(RecordTableModel &model) const
{
    QList<RecordTableModel::Record> records;
    for (const QList<ReportCell> &row : m_rows) {
        RecordTableModel::Record r;
        for (const ReportCell &cell : row)
            r.cells.append(cell.text);
        records.append(r);
    }
    // A report is small and whole: one page, and nothing after it.
    model.reset([records](const RecordTableModel::Record *last) {
        return last ? QList<RecordTableModel::Record>() : records;
    });
}

} // namespace storedesk::ui
