// Moving members in from another system, in the back office: pick the old system's CSV, see the
// encoding found and which column fills which detail (and change it), read the check's report
// row by row, then import — all rows when every one passed, or the good ones when asked. The
// rules are the core's MemberImport; this only shows them.
#pragma once

#include "io/csvtable.h"
#include "io/importmapping.h"
#include "io/memberimport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace storedesk::core {
class Store;
}

namespace storedesk::ui {

class ImportMembersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportMembersDialog(core::Store &store, QWidget *parent = nullptr);

    /// Reads \a path (in the encoding chosen, or the one found), finds its columns and checks
    /// every row. Answers false, saying why in the dialog, when the file cannot be read.
    bool openFile(const QString &path);
    /// Checks every row as the mapping reads it, writing nothing, and shows the report.
    void check();
    /// Writes the checked rows (see MemberImport::run); answers whether members were written.
    bool importMembers();

    QComboBox *encodingBox() const { return m_encoding; }
    QTableWidget *mappingTable() const { return m_mapping; }
    /// The combo box choosing the detail the file's \a column fills.
    QComboBox *fieldBox(int column) const;
    QTableWidget *reportTable() const { return m_problems; }
    QCheckBox *skipBadBox() const { return m_skipBad; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    const std::optional<core::ImportReport> &lastReport() const { return m_report; }

signals:
    /// Members were written: the lists should look again.
    void imported(qint64 members);

private:
    void chooseFile();
    bool readFile();
    void fillMapping();
    void fieldChosen(int column, int index);
    void showReport();
    void updateImportButton();
    void setProgress(qint64 done, qint64 total);

    core::Store &m_store;
    QString m_path;
    std::optional<core::CsvTable> m_table;
    core::ImportMapping m_columns;
    std::optional<core::ImportReport> m_report;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_found = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace storedesk::ui
