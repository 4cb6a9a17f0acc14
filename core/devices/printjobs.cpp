#include "printjobs.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"

#include <QSqlQuery>

namespace storedesk::devices {

namespace {

const QString kColumns = QStringLiteral(
    "j.id, j.sale_id, coalesce(s.receipt_no, ''), j.kind, j.status, j.attempts, j.created_at, "
    "j.last_error, j.claimed_at IS NOT NULL");

PrintJob jobFrom(const QSqlQuery &q)
{
    PrintJob job;
    job.id = q.value(0).toLongLong();
    job.saleId = q.value(1).toLongLong();
    job.receiptNo = q.value(2).toString();
    job.kind = q.value(3).toString();
    job.status = q.value(4).toString();
    job.attempts = q.value(5).toInt();
    job.createdAt = core::fromStoredTimestamp(q.value(6).toString());
    job.lastError = q.value(7).toString();
    job.maybePrinted = q.value(8).toBool();
    return job;
}

} // namespace

PrintJobs::PrintJobs(core::Database &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

std::optional<PrintJob> PrintJobs::claimWhere(const QString &condition, const QVariantList &values)
{
    const QDateTime now = m_clock.now();
    const QString staleBefore = core::storedTimestamp(now.addSecs(-kClaimSeconds));
    core::Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM print_jobs j LEFT JOIN sales s ON "
                                              "s.id = j.sale_id WHERE j.status = 'pending' AND "
                                              "(j.claimed_at IS NULL OR j.claimed_at <= ?) AND %2 "
                                              "ORDER BY j.id LIMIT 1")
                                   .arg(kColumns, condition));
    q.addBindValue(staleBefore);
    for (const QVariant &v : values)
        q.addBindValue(v);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    PrintJob job = jobFrom(q);
    m_db.exec(QStringLiteral("UPDATE print_jobs SET claimed_at = ?, attempts = attempts + 1 "
                             "WHERE id = ?"),
              {core::storedTimestamp(now), job.id});
    tx.commit();
    ++job.attempts;
    return job;
}

std::optional<PrintJob> PrintJobs::claimNext(int maxAgeHours)
{
    const QDateTime now = m_clock.now();
    {
        core::Transaction tx(m_db);
        m_db.exec(QStringLiteral("UPDATE print_jobs SET status = 'failed', claimed_at = NULL, "
                                 "last_error = ? WHERE status = 'pending' AND created_at < ?"),
                  {tr("Not printed within %n hour(s); reprint it if it is still wanted.", nullptr,
                      maxAgeHours),
                   core::storedTimestamp(now.addSecs(-qint64(maxAgeHours) * 3600))});
        tx.commit();
    }
    return claimWhere(QStringLiteral("1"), {});
}

std::optional<PrintJob> PrintJobs::claim(qint64 id)
{
    return claimWhere(QStringLiteral("j.id = ?"), {id});
}

void PrintJobs::markPrinted(qint64 id)
{
    core::Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE print_jobs SET status = 'done', done_at = ?, "
                             "last_error = '' WHERE id = ?"),
              {core::storedTimestamp(m_clock.now()), id});
    tx.commit();
}

void PrintJobs::release(qint64 id, const QString &error)
{
    core::Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE print_jobs SET claimed_at = NULL, last_error = ? WHERE id = ? "
                             "AND status = 'pending'"),
              {error, id});
    tx.commit();
}

void PrintJobs::giveUp(qint64 id, const QString &error)
{
    core::Transaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE print_jobs SET status = 'failed', claimed_at = NULL, "
                             "last_error = ? WHERE id = ?"),
              {error, id});
    tx.commit();
}

PrintJob PrintJobs::get(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM print_jobs j LEFT JOIN sales s ON "
                                           "s.id = j.sale_id WHERE j.id = ?")
                                .arg(kColumns),
                            {id});
    if (!q.next()) {
        throw core::Error(core::ErrorCode::NotFound, tr("There is no print job %1.").arg(id),
                          QStringLiteral("job"));
    }
    return jobFrom(q);
}

std::optional<qint64> PrintJobs::pendingJobOf(qint64 saleId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM print_jobs WHERE sale_id = ? AND "
                                           "status = 'pending' ORDER BY id LIMIT 1"),
                            {saleId});
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

int PrintJobs::pendingCount() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM print_jobs WHERE status = "
                                           "'pending'"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace storedesk::devices
