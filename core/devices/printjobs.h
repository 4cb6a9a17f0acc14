// The persistent print queue in the store file (print_jobs): every committed sale and refund
// leaves a pending receipt job in its own transaction; this class claims jobs, marks them
// printed, lets them wait for another try, and gives up jobs too old to matter.
//
// Exactly once, and the one gap: a job is marked printed only after the printer accepted every
// byte. If the program dies between the two, the job's claim expires and it is printed again,
// marked as a copy. A rare duplicate receipt is the choice: it costs a strip of paper, and
// returns are checked against the store, not the paper; a lost receipt leaves a customer
// without proof of what they paid.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace storedesk::core {
class Clock;
class Database;
} // namespace storedesk::core

namespace storedesk::devices {

struct PrintJob
{
    qint64 id = 0;
    qint64 saleId = 0;
    QString receiptNo;
    QString kind;   ///< "receipt" or "reprint"
    QString status; ///< "pending", "done" or "failed"
    int attempts = 0;
    QDateTime createdAt;
    QString lastError;
    /// An earlier attempt may have reached the printer before the program stopped: print it
    /// marked as a copy.
    bool maybePrinted = false;
};

class PrintJobs final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::PrintJobs)

public:
    /// How long a claim holds: longer than any send takes (connect, status, write).
    static constexpr int kClaimSeconds = 120;

    PrintJobs(core::Database &db, const core::Clock &clock);

    /// Gives up pending jobs older than \a maxAgeHours, then claims the oldest pending job that
    /// nobody holds. nullopt when there is none. One transaction.
    std::optional<PrintJob> claimNext(int maxAgeHours);
    /// Claims job \a id when it is pending and nobody holds it.
    std::optional<PrintJob> claim(qint64 id);
    /// The printer accepted it.
    void markPrinted(qint64 id);
    /// Not printed this time: the job waits for the next try, with \a error kept for people.
    void release(qint64 id, const QString &error);
    /// Never to be printed (its sale is gone, or it is too old).
    void giveUp(qint64 id, const QString &error);

    /// Throws not_found.
    PrintJob get(qint64 id) const;
    /// The sale's oldest pending job, if it has one.
    std::optional<qint64> pendingJobOf(qint64 saleId) const;
    int pendingCount() const;

private:
    std::optional<PrintJob> claimWhere(const QString &condition, const QVariantList &values);

    core::Database &m_db;
    const core::Clock &m_clock;
};

} // namespace storedesk::devices
