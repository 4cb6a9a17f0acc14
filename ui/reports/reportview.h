// A report on screen: its own controls on top, charts and tables below, and the shared actions
// every report has — read it again, print it on A4, export it as PDF and each table as CSV.
#pragma once

#include "reporttable.h"

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPagedPaintDevice;
class QTabWidget;
class QPushButton;
class QVBoxLayout;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(core::Store &store, QWidget *parent = nullptr);

    /// The report's name and what it covers: the print-out's heading and the files' names.
    virtual QString title() const = 0;
    virtual QString subtitle() const = 0;

    /// What the report shows now.
    const QList<ReportTable> &tables() const { return m_tables; }
    QTabWidget *tableTabs() const { return m_tabs; }
    QList<QChartView *> chartViews() const { return m_chartViews; }
    /// The message shown when the report could not be read (hidden otherwise).
    QLabel *errorLabel() const { return m_error; }

    /// Prints the report on \a device's pages: heading, charts, then every table.
    void print(QPagedPaintDevice *device) const;
    /// Writes the report as an A4 PDF. Answers false, and says why, when it cannot.
    bool exportPdf(const QString &path);
    /// Writes table \a index as CSV. Answers false, and says why, when it cannot.
    bool exportCsv(int index, const QString &path);

public slots:
    /// Reads the report again from the store.
    void refresh();
    /// Asks for a printer (the system's dialog), then prints on it.
    void printWithDialog();
    void exportPdfWithDialog();

signals:
    /// For the window's status bar.
    void message(const QString &text);

protected:
    /// Reads the report from the store and answers its tables. Throws core::Error.
    virtual QList<ReportTable> build() = 0;
    /// New charts of what build() read, for the screen and for print-outs: the caller owns them.
    virtual QList<QChart *> makeCharts() const = 0;
    /// Where a report puts its own controls, left of the shared buttons.
    QHBoxLayout *controls() const { return m_controls; }
    /// Room above the charts for a report's own widgets.
    QVBoxLayout *header() const { return m_header; }
    /// A file name for exports: the title, then what it covers.
    QString fileStem() const;
    /// Whether a table has too many columns for a portrait page.
    bool wide() const;

    core::Store &m_store;

private:
    void display(const QList<ReportTable> &tables);
    void exportCsvWithDialog(int index);

    QHBoxLayout *m_controls = nullptr;
    QVBoxLayout *m_header = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_charts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_csv = nullptr;
    QList<QChartView *> m_chartViews;
    QList<ReportTable> m_tables;
};

} // namespace storedesk::ui
