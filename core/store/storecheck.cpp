#include "storecheck.h"

#include "db/database.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <functional>

namespace storedesk::core {

namespace {

/// One check: a query whose every row is a problem, and how a row reads for people.
struct Spec
{
    const char *name;
    QString description;
    QString sql;
    std::function<QString(const QSqlQuery &)> describe;
};

QString column(const QSqlQuery &row, int index)
{
    return row.value(index).toString();
}

QList<Spec> specs()
{
    return {
        {"integrity", StoreCheck::tr("SQLite finds the file whole (PRAGMA integrity_check)."),
         QStringLiteral("SELECT integrity_check FROM pragma_integrity_check(100) "
                        "WHERE integrity_check <> 'ok'"),
         [](const QSqlQuery &row) {
             return column(row, 0);
         }},
        {"foreign_keys",
         StoreCheck::tr("Every row points at rows that exist (PRAGMA foreign_key_check)."),
         QStringLiteral("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("%1 row %2 points at a missing %3 row")
                 .arg(column(row, 0), column(row, 1), column(row, 2));
         }},
        {"points_balance",
         StoreCheck::tr("Each member's points balance equals the sum of their points ledger."),
         QStringLiteral("SELECT m.phone, m.points_balance, coalesce(l.total, 0) FROM members m "
                        "LEFT JOIN (SELECT member_id, sum(points) AS total FROM points_ledger "
                        "GROUP BY member_id) l ON l.member_id = m.id "
                        "WHERE m.points_balance <> coalesce(l.total, 0)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("member %1: balance %2, ledger %3")
                 .arg(column(row, 0), column(row, 1), column(row, 2));
         }},
        {"stored_value_balance",
         StoreCheck::tr("Each member's stored value (paid-in and bonus) equals the sum of their "
                        "stored-value ledger."),
         QStringLiteral("SELECT m.phone, m.stored_paid_fen, coalesce(l.paid, 0), "
                        "m.stored_bonus_fen, coalesce(l.bonus, 0) FROM members m "
                        "LEFT JOIN (SELECT member_id, sum(paid_fen) AS paid, sum(bonus_fen) AS "
                        "bonus FROM stored_value_ledger GROUP BY member_id) l "
                        "ON l.member_id = m.id WHERE m.stored_paid_fen <> coalesce(l.paid, 0) "
                        "OR m.stored_bonus_fen <> coalesce(l.bonus, 0)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("member %1: paid-in %2 fen (ledger %3), bonus %4 fen "
                                   "(ledger %5)")
                 .arg(column(row, 0), column(row, 1), column(row, 2), column(row, 3),
                      column(row, 4));
         }},
        {"stored_value_never_negative",
         StoreCheck::tr("No member's stored value (paid-in or bonus) was ever below zero."),
         QStringLiteral("SELECT m.phone, r.id, r.paid, r.bonus FROM (SELECT id, member_id, "
                        "sum(paid_fen) OVER w AS paid, sum(bonus_fen) OVER w AS bonus FROM "
                        "stored_value_ledger WINDOW w AS (PARTITION BY member_id ORDER BY id)) r "
                        "JOIN members m ON m.id = r.member_id WHERE r.paid < 0 OR r.bonus < 0"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("member %1: after entry %2 paid-in %3 fen, bonus %4 fen")
                 .arg(column(row, 0), column(row, 1), column(row, 2), column(row, 3));
         }},
        {"sale_totals",
         StoreCheck::tr("Each sale's subtotal less its discounts and redeemed points is what "
                        "was due."),
         QStringLiteral("SELECT receipt_no, subtotal_fen, discount_fen, points_value_fen, "
                        "total_fen FROM sales "
                        "WHERE subtotal_fen - discount_fen - points_value_fen <> total_fen"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("receipt %1: %2 − %3 − %4 ≠ %5 fen")
                 .arg(column(row, 0), column(row, 1), column(row, 2), column(row, 3),
                      column(row, 4));
         }},
        {"sale_payments", StoreCheck::tr("Each sale's payments add up to what was due."),
         QStringLiteral("SELECT s.receipt_no, s.total_fen, coalesce(p.paid, 0) FROM sales s "
                        "LEFT JOIN (SELECT sale_id, sum(amount_fen) AS paid FROM sale_payments "
                        "GROUP BY sale_id) p ON p.sale_id = s.id "
                        "WHERE s.total_fen <> coalesce(p.paid, 0)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("receipt %1: due %2 fen, paid %3 fen")
                 .arg(column(row, 0), column(row, 1), column(row, 2));
         }},
        {"sale_lines", StoreCheck::tr("Each sale has its lines, and their stock moves match them."),
         QStringLiteral("SELECT s.receipt_no, coalesce(l.lines, 0), coalesce(l.qty, 0), "
                        "coalesce(m.qty, 0) FROM sales s "
                        "LEFT JOIN (SELECT sale_id, count(*) AS lines, sum(qty) AS qty FROM "
                        "sale_lines GROUP BY sale_id) l ON l.sale_id = s.id "
                        "LEFT JOIN (SELECT sale_id, sum(qty) AS qty FROM stock_moves WHERE "
                        "sale_id IS NOT NULL GROUP BY sale_id) m ON m.sale_id = s.id "
                        "WHERE coalesce(l.lines, 0) = 0 OR coalesce(m.qty, 0) <> "
                        "-coalesce(l.qty, 0)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("receipt %1: %2 lines of %3 items, stock moved by %4")
                 .arg(column(row, 0), column(row, 1), column(row, 2), column(row, 3));
         }},
        {"sale_points",
         StoreCheck::tr("Each sale's points ledger entries match the points it earned and "
                        "redeemed."),
         QStringLiteral("SELECT s.receipt_no, s.points_earned, coalesce(l.earned, 0), "
                        "s.points_redeemed, -coalesce(l.redeemed, 0) FROM sales s "
                        "LEFT JOIN (SELECT sale_id, "
                        "sum(CASE WHEN kind IN ('earn', 'clawback') THEN points END) AS earned, "
                        "sum(CASE WHEN kind IN ('redeem', 'restore') THEN points END) AS redeemed "
                        "FROM points_ledger WHERE sale_id IS NOT NULL GROUP BY sale_id) l "
                        "ON l.sale_id = s.id WHERE s.points_earned <> coalesce(l.earned, 0) "
                        "OR s.points_redeemed <> -coalesce(l.redeemed, 0)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("receipt %1: earned %2 (ledger %3), redeemed %4 (ledger %5)")
                 .arg(column(row, 0), column(row, 1), column(row, 2), column(row, 3),
                      column(row, 4));
         }},
        {"sale_stored_value",
         StoreCheck::tr("Each sale's stored-value payments match its stored-value ledger "
                        "entries."),
         QStringLiteral("SELECT s.receipt_no, coalesce(p.paid, 0), -coalesce(l.moved, 0) FROM "
                        "sales s LEFT JOIN (SELECT sale_id, sum(amount_fen) AS paid FROM "
                        "sale_payments WHERE method = 'stored_value' GROUP BY sale_id) p "
                        "ON p.sale_id = s.id LEFT JOIN (SELECT sale_id, sum(paid_fen + "
                        "bonus_fen) AS moved FROM stored_value_ledger WHERE sale_id IS NOT NULL "
                        "GROUP BY sale_id) l ON l.sale_id = s.id "
                        "WHERE coalesce(p.paid, 0) <> -coalesce(l.moved, 0)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("receipt %1: paid %2 fen by stored value, ledger %3 fen")
                 .arg(column(row, 0), column(row, 1), column(row, 2));
         }},
        {"sale_receipt_job", StoreCheck::tr("Each sale has its receipt print job."),
         // NOT IN builds one index of the jobs' sales; print_jobs has none on sale_id, and a
         // correlated NOT EXISTS would scan every job for every sale.
         QStringLiteral("SELECT s.receipt_no FROM sales s WHERE s.id NOT IN (SELECT sale_id "
                        "FROM print_jobs WHERE sale_id IS NOT NULL)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("receipt %1 has no print job").arg(column(row, 0));
         }},
        {"points_sources",
         StoreCheck::tr("Points earned, redeemed, clawed back or restored name their sale, and "
                        "no allocation takes more from an entry than it holds."),
         QStringLiteral("SELECT l.id, l.kind, l.points FROM points_ledger l "
                        "WHERE (l.kind IN ('earn', 'redeem', 'clawback', 'restore') "
                        "AND l.sale_id IS NULL) OR abs(l.points) < (SELECT coalesce(sum(a.points), "
                        "0) FROM points_allocations a WHERE a.credit_id = l.id) "
                        "OR abs(l.points) < (SELECT coalesce(sum(a.points), 0) FROM "
                        "points_allocations a WHERE a.debit_id = l.id)"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("points entry %1 (%2, %3 points)")
                 .arg(column(row, 0), column(row, 1), column(row, 2));
         }},
        {"stock",
         StoreCheck::tr("Each product's stock equals the sum of its stock moves (for products "
                        "older than the stock history: since their opening stock was kept)."),
         // Data versions 1 and 2 kept no opening stock: a product from then, with no opening
         // move and older than the store's first move, has a history that starts part-way.
         QStringLiteral("SELECT p.barcode, p.stock, coalesce(m.qty, 0) FROM products p "
                        "LEFT JOIN (SELECT product_id, sum(qty) AS qty, "
                        "max(reason = 'opening') AS opened FROM stock_moves "
                        "GROUP BY product_id) m ON m.product_id = p.id "
                        "WHERE p.stock <> coalesce(m.qty, 0) AND (coalesce(m.opened, 0) = 1 "
                        "OR p.created_at >= (SELECT coalesce(min(at), '9') FROM stock_moves))"),
         [](const QSqlQuery &row) {
             return StoreCheck::tr("product %1: stock %2, moves %3")
                 .arg(column(row, 0), column(row, 1), column(row, 2));
         }},
    };
}

/// A read transaction: every check sees the same moment of the store.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        m_db.exec(QStringLiteral("BEGIN DEFERRED"));
    }
    ~ReadSnapshot()
    {
        QSqlQuery end(m_db.connection());
        end.exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
};

} // namespace

bool CheckReport::ok() const
{
    return failed().isEmpty();
}

QStringList CheckReport::failed() const
{
    QStringList names;
    for (const CheckResult &c : checks) {
        if (!c.ok())
            names.append(c.name);
    }
    return names;
}

CheckReport StoreCheck::run(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    CheckReport report;
    ReadSnapshot snapshot(db);
    for (const Spec &spec : specs()) {
        CheckResult result;
        result.name = QString::fromLatin1(spec.name);
        result.description = spec.description;
        QSqlQuery rows = db.exec(spec.sql);
        while (rows.next()) {
            if (result.problems++ < kMaxExamples)
                result.examples.append(spec.describe(rows));
        }
        report.checks.append(result);
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace storedesk::core
