#include "reportview.h"

#include "domain/error.h"
#include "format.h"
#include "recordtablemodel.h"
#include "reportcharts.h"
#include "store/store.h"
#include "style.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

// Charts on paper: about as large as on screen, printed 17 cm wide.
const QSize kPrintedChart(640, 280);

} // namespace

ReportView::ReportView(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_controls = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshReport"));
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printReport"));
    auto *pdf = new QPushButton(tr("Export P&DF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    // One CSV file a table: the button asks which.
    m_csv = new QPushButton(tr("Export &CSV"), this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_csv->setMenu(new QMenu(m_csv));

    auto *top = new QHBoxLayout;
    top->addLayout(m_controls);
    top->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(refresh), static_cast<QWidget *>(print),
                       static_cast<QWidget *>(pdf), static_cast<QWidget *>(m_csv)})
        top->addWidget(w);

    m_error = makeErrorLabel(this);
    m_header = new QVBoxLayout;
    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("reportCharts"));
    auto *chartRow = new QHBoxLayout(m_charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTables"));
    m_tabs->setDocumentMode(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_charts);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(m_header);
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &ReportView::refresh);
    connect(print, &QPushButton::clicked, this, &ReportView::printWithDialog);
    connect(pdf, &QPushButton::clicked, this, &ReportView::exportPdfWithDialog);
}

void ReportView::refresh()
{
    QList<ReportTable> tables;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        tables = build();
        QApplication::restoreOverrideCursor();
    } catch (const core::Error &error) {
        QApplication::restoreOverrideCursor();
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    m_error->hide();
    display(tables);
}

void ReportView::display(const QList<ReportTable> &tables)
{
    m_tables = tables;
    // Charts: new ones each time, in the views already there when their number stays.
    const QList<QChart *> charts = makeCharts();
    auto *row = static_cast<QHBoxLayout *>(m_charts->layout());
    while (m_chartViews.size() > charts.size())
        delete m_chartViews.takeLast();
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (i == m_chartViews.size()) {
            auto *view = new QChartView(m_charts);
            view->setObjectName(QStringLiteral("reportChart%1").arg(i));
            view->setRenderHint(QPainter::Antialiasing);
            // Tall enough for eight rows of a ranking with Chinese names (their lines are tall).
            view->setMinimumHeight(300);
            row->addWidget(view, 1);
            m_chartViews.append(view);
        }
        QChart *old = m_chartViews[i]->chart();
        m_chartViews[i]->setChart(charts[i]);
        delete old;
    }
    m_charts->setVisible(!charts.isEmpty());

    // Tables: one tab each, kept (with their column widths) while the titles stay the same.
    for (qsizetype i = 0; i < tables.size(); ++i) {
        auto *view = qobject_cast<QTableView *>(m_tabs->widget(int(i)));
        auto *model = view ? qobject_cast<RecordTableModel *>(view->model()) : nullptr;
        const bool same = model && model->columnCount() == tables[i].columns().size() &&
                          m_tabs->tabText(int(i)) == tables[i].title();
        if (same) {
            tables[i].showIn(*model);
            view->resizeColumnsToContents();
            continue;
        }
        if (view) {
            m_tabs->removeTab(int(i));
            delete view;
        }
        RecordTableModel *fresh = tables[i].makeModel(this);
        QTableView *table = makeListView(m_tabs, "reportTable", fresh);
        table->setObjectName(QStringLiteral("reportTable%1").arg(i));
        fresh->setParent(table);
        table->setSelectionMode(QAbstractItemView::ContiguousSelection);
        // Figures read best in columns as wide as they need, not pushed to the far edge.
        table->horizontalHeader()->setStretchLastSection(false);
        table->resizeColumnsToContents();
        m_tabs->insertTab(int(i), table, tables[i].title());
    }
    while (m_tabs->count() > tables.size()) {
        QWidget *w = m_tabs->widget(m_tabs->count() - 1);
        m_tabs->removeTab(m_tabs->count() - 1);
        delete w;
    }

    QMenu *menu = m_csv->menu();
    menu->clear();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        menu->addAction(tables[i].title(), this, [this, i] { exportCsvWithDialog(int(i)); });
    }
    m_csv->setEnabled(!tables.isEmpty());
}

QString ReportView::fileStem() const
{
    QString stem = title() + u' ' + subtitle();
    static const QString unsafe = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : stem) {
        if (unsafe.contains(c) || c.isSpace())
            c = u'_';
    }
    return stem;
}

bool ReportView::wide() const
{
    return std::any_of(m_tables.cbegin(), m_tables.cend(),
                       [](const ReportTable &t) { return t.columns().size() > 7; });
}

void ReportView::print(QPagedPaintDevice *device) const
{
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    // The page as the device has it (its margins included), in the document's 1/96 inch:
    // without a page size the document would add margins of its own.
    const QRectF page = device->pageLayout().paintRect(QPageLayout::Point);
    doc.setPageSize(page.size() * (96.0 / 72.0));
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br/>%3</p>")
                       .arg(title().toHtmlEscaped(),
                            (m_store.settings().storeName() + QStringLiteral(" · ") + subtitle())
                                .toHtmlEscaped(),
                            tr("Printed %1").arg(formatDateTime(m_store.clock().now())));
    const QList<QChart *> charts = makeCharts();
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QUrl url(QStringLiteral("chart%1.png").arg(i));
        doc.addResource(QTextDocument::ImageResource, url, renderChart(charts[i], kPrintedChart));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"/></p>")
                    .arg(url.toString())
                    .arg(kPrintedChart.width());
    }
    for (const ReportTable &t : m_tables)
        html += t.toHtml();
    doc.setHtml(html);
    doc.print(device);
}

bool ReportView::exportPdf(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        emit message(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(wide() ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(title() + u' ' + subtitle());
        pdf.setCreator(QStringLiteral("StoreDesk"));
        print(&pdf);
    }
    if (!file.commit()) {
        emit message(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ReportView::exportCsv(int index, const QString &path)
{
    if (index < 0 || index >= m_tables.size())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_tables[index].toCsv()) < 0 ||
        !file.commit()) {
        emit message(tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return false;
    }
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportView::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(wide() ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(title() + u' ' + subtitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

void ReportView::exportPdfWithDialog()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/';
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), folder + fileStem() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ReportView::exportCsvWithDialog(int index)
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/';
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"),
        folder + fileStem() + u'_' + m_tables.value(index).title() + QStringLiteral(".csv"),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(index, path);
}

} // namespace storedesk::ui
