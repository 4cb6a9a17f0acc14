// What `storedeskctl check` and a restore look at before they trust a store file: SQLite's own
// integrity and foreign-key checks, and every rule the books keep — cached balances equal their
// ledgers, stored value never below zero, each sale whole (lines, payments, points, stored
// value, stock moves, its receipt job) and stock equal to its moves.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace storedesk::core {

class Database;

struct CheckResult
{
    QString name;         ///< stable word for programs: "points_balance"
    QString description;  ///< translated, what the check makes sure of
    qint64 problems = 0;  ///< how many rows break it
    QStringList examples; ///< the first few of them, for people
    bool ok() const { return problems == 0; }
};

struct CheckReport
{
    QList<CheckResult> checks;
    qint64 elapsedMs = 0;

    bool ok() const;
    /// The names of the checks that found problems.
    QStringList failed() const;
};

class StoreCheck final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::StoreCheck)

public:
    /// Runs every check on \a db, which must hold a store of this program's data version.
    /// Reads only, in one read transaction, so the answer describes one moment of the store even
    /// while other programs write. Throws database_error when the file cannot be read at all.
    static CheckReport run(Database &db);

    /// How many problem rows a check keeps as examples.
    static constexpr int kMaxExamples = 10;
};

} // namespace storedesk::core
