#include "importmembersdialog.h"

#include "domain/error.h"
#include "format.h"
#include "store/store.h"
#include "style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace storedesk::ui {

namespace {

/// More problems than this are counted, not listed: a file that is wrong throughout needs its
/// first lines read, not a hundred thousand table rows.
constexpr int kMaxProblemsShown = 1000;

enum MappingColumn
{
    kHeader,
    kSample,
    kField
};

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString encodingText(const QString &encoding)
{
    if (encoding == u"gb18030")
        return ImportMembersDialog::tr("GBK / GB18030");
    if (encoding == u"utf-16")
        return ImportMembersDialog::tr("UTF-16");
    return ImportMembersDialog::tr("UTF-8");
}

QString delimiterText(QChar delimiter)
{
    if (delimiter == u'\t')
        return ImportMembersDialog::tr("tabs");
    if (delimiter == u';')
        return ImportMembersDialog::tr("semicolons");
    return ImportMembersDialog::tr("commas");
}

} // namespace

ImportMembersDialog::ImportMembersDialog(core::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("importMembersDialog"));
    setWindowTitle(tr("Import members"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("The CSV file the old system exported"));
    auto *choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Find it"), QString());
    for (const QString &encoding : core::CsvTable::encodings())
        m_encoding->addItem(encodingText(encoding), encoding);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("found"));
    setRole(m_found, QStringLiteral("hint"));
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addWidget(m_found, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Encoding"), encodingRow);

    m_mapping =
        makeTable(this, "mapping", {tr("Column in the file"), tr("First row"), tr("Imported as")});
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_problems =
        makeTable(this, "problems", {tr("Line"), tr("Detail"), tr("Column"), tr("Problem")});

    auto *mappingSide = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingSide);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("Which column is which"), mappingSide));
    mappingLayout->addWidget(m_mapping, 1);
    auto *reportSide = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportSide);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(new QLabel(tr("The check, row by row"), reportSide));
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_problems, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingSide);
    splitter->addWidget(reportSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_skipBad = new QCheckBox(tr("Import the good rows and leave the bad ones out"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBad"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_error = makeErrorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setEnabled(false);

    connect(choose, &QPushButton::clicked, this, &ImportMembersDialog::chooseFile);
    connect(m_encoding, &QComboBox::activated, this, [this] {
        if (!m_path.isEmpty())
            readFile();
    });
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportMembersDialog::updateImportButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportMembersDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importMembers())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_skipBad);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1100, 620);
}

QComboBox *ImportMembersDialog::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_mapping->cellWidget(column, kField));
}

void ImportMembersDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import members"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportMembersDialog::openFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    return readFile() && m_report.has_value();
}

bool ImportMembersDialog::readFile()
{
    m_table.reset();
    m_report.reset();
    m_columns = {};
    m_found->clear();
    m_mapping->setRowCount(0);
    m_problems->setRowCount(0);
    m_summary->clear();
    updateImportButton();
    const bool read = tryShowingError(m_error, [this] {
        m_table = core::CsvTable::fromFile(m_path, m_encoding->currentData().toString());
        m_columns = core::MemberImport::detect(*m_table);
    });
    if (!read) {
        m_table.reset();
        return false;
    }
    m_found->setText(tr("Read as %1, separated by %2%3.")
                         .arg(encodingText(m_table->encoding()),
                              delimiterText(m_table->delimiter()),
                              m_table->hadBom() ? tr(", with a byte-order mark") : QString()));
    fillMapping();
    check();
    return true;
}

void ImportMembersDialog::fillMapping()
{
    const QStringList &headers = m_columns.headers();
    const QStringList sample =
        m_table->records().size() > 1 ? m_table->records().at(1).fields : QStringList();
    m_mapping->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        m_mapping->setItem(column, kHeader, new QTableWidgetItem(m_columns.columnName(column)));
        m_mapping->setItem(column, kSample, new QTableWidgetItem(sample.value(column)));
        auto *box = new QComboBox(m_mapping);
        box->setObjectName(QStringLiteral("field%1").arg(column));
        box->addItem(tr("(not imported)"), -1);
        for (core::ImportField field : core::importFields())
            box->addItem(core::importFieldName(field), int(field));
        const auto field = m_columns.fieldOf(column);
        box->setCurrentIndex(field ? box->findData(int(*field)) : 0);
        m_mapping->setCellWidget(column, kField, box);
        connect(box, &QComboBox::activated, this,
                [this, column](int index) { fieldChosen(column, index); });
    }
}

void ImportMembersDialog::fieldChosen(int column, int index)
{
    const int code = fieldBox(column)->itemData(index).toInt();
    m_columns.assign(column, code < 0 ? std::nullopt
                                      : std::optional<core::ImportField>(core::ImportField(code)));
    // The column that filled the detail before fills nothing now: say so in its box too.
    for (int other = 0; other < m_mapping->rowCount(); ++other) {
        const auto field = m_columns.fieldOf(other);
        fieldBox(other)->setCurrentIndex(field ? fieldBox(other)->findData(int(*field)) : 0);
    }
    check();
}

void ImportMembersDialog::check()
{
    m_report.reset();
    if (!m_table)
        return;
    core::ImportOptions options;
    options.dryRun = true;
    tryShowingError(m_error, [this, &options] {
        m_report = core::MemberImport(m_store).run(
            *m_table, m_columns, options,
            [this](qint64 done, qint64 total) { setProgress(done, total); });
    });
    m_progress->hide();
    showReport();
}

bool ImportMembersDialog::importMembers()
{
    if (!m_table || !m_report || !m_import->isEnabled())
        return false;
    core::ImportOptions options;
    options.skipBad = m_skipBad->isChecked();
    options.source = QFileInfo(m_path).fileName();
    m_import->setEnabled(false);
    const bool written = tryShowingError(m_error, [this, &options] {
        m_report = core::MemberImport(m_store).run(
            *m_table, m_columns, options,
            [this](qint64 done, qint64 total) { setProgress(done, total); });
    });
    m_progress->hide();
    showReport();
    if (!written || m_report->imported == 0)
        return false;
    emit imported(m_report->imported);
    return true;
}

void ImportMembersDialog::showReport()
{
    m_problems->setRowCount(0);
    if (!m_report) {
        m_summary->clear();
        updateImportButton();
        return;
    }
    const core::ImportReport &r = *m_report;
    QString summary =
        tr("%1 rows: %2 accepted, %3 refused.").arg(r.rows).arg(r.accepted).arg(r.rejected());
    summary += u' ';
    summary += r.storedBonus.isZero()
                   ? tr("Opening balances: %1 points, %2 stored value.")
                         .arg(r.points)
                         .arg(formatMoney(r.storedValue))
                   : tr("Opening balances: %1 points, %2 stored value (%3 of it bonus).")
                         .arg(r.points)
                         .arg(formatMoney(r.storedValue), formatMoney(r.storedBonus));
    if (r.imported > 0)
        summary += u' ' + tr("%1 members were imported.").arg(r.imported);
    else if (r.rejected() > 0)
        summary += u' ' + tr("Nothing is imported while a row has a problem: correct the file and "
                             "choose it again, or import the good rows and leave the bad ones "
                             "out.");
    if (r.problems.size() > kMaxProblemsShown)
        summary += u' ' + tr("The first %1 problems of %2 are listed.")
                              .arg(kMaxProblemsShown)
                              .arg(r.problems.size());
    m_summary->setText(summary);
    const int shown = int(std::min<qsizetype>(r.problems.size(), kMaxProblemsShown));
    m_problems->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const core::ImportProblem &p = r.problems[i];
        const auto field = core::importFieldFromCode(p.field);
        const QStringList cells{QString::number(p.line),
                                field ? core::importFieldName(*field) : QString(), p.column,
                                p.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(cells[c]);
            m_problems->setItem(i, c, item);
        }
    }
    updateImportButton();
}

void ImportMembersDialog::updateImportButton()
{
    const bool ready = m_report && m_report->dryRun && m_report->accepted > 0 &&
                       (m_report->rejected() == 0 || m_skipBad->isChecked());
    m_import->setEnabled(ready);
}

void ImportMembersDialog::setProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    m_progress->show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace storedesk::ui
