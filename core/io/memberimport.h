// Moving members in from another system (数据迁移): a CSV file of members, its columns mapped to
// member details, every row checked as the registry checks a new member (and against the other
// rows and the store for repeated phones and cards), then written in one transaction — all
// rows, or with skipBad the good ones, or nothing. Points and stored value come in as opening
// entries of the ledgers, so each balance is still the sum of its ledger.
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "io/csvtable.h"
#include "io/importmapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace storedesk::core {

class Store;

struct ImportOptions
{
    /// Write the good rows and report the bad ones, instead of writing nothing when any row is
    /// bad.
    bool skipBad = false;
    /// Check every row and report, writing nothing.
    bool dryRun = false;
    /// How the ledgers' opening entries name the import ("会员.csv").
    QString source;
};

struct ImportProblem
{
    int line = 0;   ///< the file's line the row starts on
    QString field;  ///< the detail ("phone"), or empty for the row as a whole
    QString column; ///< the file's header of that column
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message; ///< translated
};

struct ImportReport
{
    qint64 rows = 0;     ///< members the file holds (rows below the header)
    qint64 accepted = 0; ///< rows that passed every check
    qint64 imported = 0; ///< members written (0 for a dry run or a refused import)
    qint64 points = 0;   ///< opening points of the accepted rows
    Money storedValue;   ///< opening stored value of the accepted rows, bonus included
    Money storedBonus;   ///< the bonus part of it
    bool dryRun = false;
    QList<ImportProblem> problems; ///< by line
    /// Rows with at least one problem.
    qint64 rejected() const { return rows - accepted; }
};

class MemberImport final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::MemberImport)

public:
    /// Told how far the work is (\a done of \a total steps) every few hundred rows.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit MemberImport(Store &store);

    /// The mapping found from \a table's header row. Throws invalid_csv for a table without
    /// one.
    static ImportMapping detect(const CsvTable &table);
    /// Throws missing_column when no column fills the phone or the name.
    static void requireColumns(const ImportMapping &mapping);

    /// Checks every row of \a table (the first record is the header) as \a mapping reads it
    /// and, unless a dry run, writes them in one transaction: all of them when every row
    /// passed, the good ones when \a options say skipBad, else none. Answers what was found and
    /// done. Throws missing_column, and database_error when the store cannot be written (then
    /// nothing is).
    ImportReport run(const CsvTable &table, const ImportMapping &mapping,
                     const ImportOptions &options, const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace storedesk::core
