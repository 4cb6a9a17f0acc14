#include "shifts.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/loyaltyservice.h"

#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr int kMaxCashierLength = 40;
// A drawer holds far less; anything above is a typing mistake, not cash.
constexpr qint64 kMaxCashFen = 100'000'000;

QString cashierName(const QString &text)
{
    const QString name = text.simplified();
    if (name.isEmpty()) {
        throw Error(
            ErrorCode::InvalidName,
            QCoreApplication::translate("storedesk::core::Shifts", "Enter the cashier's name."),
            QStringLiteral("cashier"));
    }
    if (name.size() > kMaxCashierLength) {
        throw Error(ErrorCode::InvalidName,
                    QCoreApplication::translate("storedesk::core::Shifts",
                                                "A cashier's name has at most %1 characters.")
                        .arg(kMaxCashierLength),
                    QStringLiteral("cashier"));
    }
    return name;
}

void requireCash(Money amount, const QString &field)
{
    if (amount.isNegative() || amount.fen() > kMaxCashFen) {
        throw Error(ErrorCode::InvalidAmount,
                    QCoreApplication::translate("storedesk::core::Shifts",
                                                "Cash in the drawer is an amount from 0.00 to %1.")
                        .arg(Money::fromFen(kMaxCashFen).toString()),
                    field);
    }
}

qint64 lastId(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Shifts::Shifts(Database &db, const Clock &clock, const LoyaltyService &loyalty, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_loyalty(loyalty)
{}

Shift Shifts::open(const QString &cashier, Money openingFloat)
{
    const QString name = cashierName(cashier);
    requireCash(openingFloat, QStringLiteral("float"));
    const QDateTime now = m_clock.now();
    qint64 id = 0;
    {
        Transaction tx(m_db);
        if (const auto open = openFor(name)) {
            throw Error(ErrorCode::ShiftAlreadyOpen,
                        QCoreApplication::translate("storedesk::core::Shifts",
                                                    "%1 already has shift %2 open since %3; "
                                                    "close it first.")
                            .arg(name)
                            .arg(open->id)
                            .arg(open->openedAt.toTimeZone(m_loyalty.zone())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        QStringLiteral("cashier"));
        }
        m_db.exec(QStringLiteral("INSERT INTO shifts (cashier, business_day, opened_at, "
                                 "opening_float_fen, after_sale_id, after_entry_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {name, now.toTimeZone(m_loyalty.zone()).date().toString(Qt::ISODate),
                   storedTimestamp(now), openingFloat.fen(), lastId(m_db, QStringLiteral("sales")),
                   lastId(m_db, QStringLiteral("stored_value_ledger"))});
        id = m_db.lastInsertId();
        tx.commit();
    }
    emit shiftOpened(id);
    return get(id);
}

Shift Shifts::close(qint64 id, Money countedCash, const QString &note)
{
    requireCash(countedCash, QStringLiteral("counted"));
    {
        Transaction tx(m_db);
        const Shift shift = get(id);
        if (!shift.isOpen()) {
            throw Error(ErrorCode::ShiftAlreadyClosed,
                        QCoreApplication::translate("storedesk::core::Shifts",
                                                    "Shift %1 of %2 was already closed at %3.")
                            .arg(shift.id)
                            .arg(shift.cashier)
                            .arg(shift.closedAt.toTimeZone(m_loyalty.zone())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        QStringLiteral("shift"));
        }
        m_db.exec(QStringLiteral("UPDATE shifts SET closed_at = ?, through_sale_id = ?, "
                                 "through_entry_id = ?, counted_cash_fen = ?, note = ? "
                                 "WHERE id = ?"),
                  {storedTimestamp(m_clock.now()), lastId(m_db, QStringLiteral("sales")),
                   lastId(m_db, QStringLiteral("stored_value_ledger")), countedCash.fen(),
                   note.trimmed(), id});
        tx.commit();
    }
    emit shiftClosed(id);
    return get(id);
}

Shift Shifts::get(qint64 id) const
{
    const QList<Shift> found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty()) {
        throw Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("storedesk::core::Shifts", "There is no shift number %1.")
                .arg(id),
            QStringLiteral("shift"));
    }
    return found.first();
}

std::optional<Shift> Shifts::openFor(const QString &cashier) const
{
    const QList<Shift> found =
        select(QStringLiteral("cashier = ? AND closed_at IS NULL"), {cashier.simplified()});
    return found.isEmpty() ? std::nullopt : std::optional<Shift>(found.first());
}

Shift Shifts::requireOpen(const QString &cashier) const
{
    const QString name = cashierName(cashier);
    if (auto shift = openFor(name))
        return *shift;
    throw Error(
        ErrorCode::NotFound,
        QCoreApplication::translate("storedesk::core::Shifts", "%1 has no open shift.").arg(name),
        QStringLiteral("cashier"));
}

QList<Shift> Shifts::forDay(const QDate &day) const
{
    return select(QStringLiteral("business_day = ?"), {day.toString(Qt::ISODate)});
}

QList<Shift> Shifts::openShifts() const
{
    return select(QStringLiteral("closed_at IS NULL"), {});
}

QList<Shift> Shifts::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, cashier, business_day, opened_at, opening_float_fen, "
                       "closed_at, counted_cash_fen, note, after_sale_id, after_entry_id, "
                       "through_sale_id, through_entry_id FROM shifts WHERE ") +
            where + QStringLiteral(" ORDER BY id"),
        values);
    QList<Shift> out;
    while (q.next()) {
        Shift s;
        s.id = q.value(0).toLongLong();
        s.cashier = q.value(1).toString();
        s.businessDay = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        s.openedAt = fromStoredTimestamp(q.value(3).toString());
        s.openingFloat = Money::fromFen(q.value(4).toLongLong());
        if (!q.value(5).isNull())
            s.closedAt = fromStoredTimestamp(q.value(5).toString());
        if (!q.value(6).isNull())
            s.countedCash = Money::fromFen(q.value(6).toLongLong());
        s.note = q.value(7).toString();
        s.afterSaleId = q.value(8).toLongLong();
        s.afterEntryId = q.value(9).toLongLong();
        s.throughSaleId = q.value(10).toLongLong();
        s.throughEntryId = q.value(11).toLongLong();
        out.append(s);
    }
    return out;
}

} // namespace storedesk::core
