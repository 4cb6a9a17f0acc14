// Cashiers' shifts (班次): a cashier opens one with the float in the drawer and closes it with
// the cash counted, and the shift's close report (交班) covers what they rang up meanwhile.
//
// A sale belongs to a shift by its cashier and by when it was committed: the shift records the
// last sale and the last stored-value entry committed before it opened and before it closed,
// and holds its cashier's sales between the two. That order, not the clock, decides, so two
// events at the same moment never land in two shifts. Stored-value entries carry no cashier
// yet: a top-up counts in every shift open when it was made.
#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;
class LoyaltyService;

struct Shift
{
    qint64 id = 0;
    QString cashier;
    QDate businessDay; ///< the store's local day it opened
    QDateTime openedAt;
    Money openingFloat;
    QDateTime closedAt; ///< invalid while open
    std::optional<Money> countedCash;
    QString note;
    qint64 afterSaleId = 0;    ///< it holds sales after this one …
    qint64 afterEntryId = 0;   ///< … and stored-value entries after this one
    qint64 throughSaleId = 0;  ///< … up to this one once closed
    qint64 throughEntryId = 0; ///< … and this one

    bool isOpen() const { return !closedAt.isValid(); }
};

class Shifts final : public QObject
{
    Q_OBJECT

public:
    /// The loyalty service's time zone decides a shift's business day.
    Shifts(Database &db, const Clock &clock, const LoyaltyService &loyalty,
           QObject *parent = nullptr);

    /// Opens a shift for \a cashier with \a openingFloat in the drawer. Throws invalid_name
    /// (no cashier), invalid_amount (a negative float) or shift_already_open.
    Shift open(const QString &cashier, Money openingFloat);
    /// Closes shift \a id with \a countedCash found in the drawer. Throws not_found,
    /// invalid_amount (negative) or shift_already_closed.
    Shift close(qint64 id, Money countedCash, const QString &note = {});

    /// Throws not_found.
    Shift get(qint64 id) const;
    /// The cashier's open shift, if they have one.
    std::optional<Shift> openFor(const QString &cashier) const;
    /// The open shift of \a cashier; throws not_found naming them when there is none.
    Shift requireOpen(const QString &cashier) const;
    /// The shifts opened on the store's day \a day, oldest first.
    QList<Shift> forDay(const QDate &day) const;
    /// Every shift still open, oldest first.
    QList<Shift> openShifts() const;

signals:
    void shiftOpened(qint64 id);
    void shiftClosed(qint64 id);

private:
    QList<Shift> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
    const Clock &m_clock;
    const LoyaltyService &m_loyalty;
};

} // namespace storedesk::core
