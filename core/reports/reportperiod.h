// The store days a report covers, and how a sales report groups them. "A day" is always the
// store's local day (the business day a sale was stamped with), whatever zone the computer is in.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace storedesk::core {

/// A run of store days, both ends included.
struct ReportPeriod
{
    QDate from;
    QDate to;

    /// The longest period a report takes: ten years of days.
    static constexpr qint64 kMaxDays = 3660;

    /// Throws invalid_argument when \a from is after \a to or the period is too long.
    static ReportPeriod of(const QDate &from, const QDate &to);
    /// Reads two YYYY-MM-DD days. Throws invalid_date naming the bad one ("from", "to"), then
    /// as of().
    static ReportPeriod parse(const QString &from, const QString &to);
    /// The \a days store days that end with \a last.
    static ReportPeriod lastDays(const QDate &last, int days);

    qint64 days() const { return from.daysTo(to) + 1; }
    bool contains(const QDate &day) const { return day >= from && day <= to; }
    /// The first moment of the period and the first moment after it, in UTC, for \a zone.
    QDateTime startUtc(const QTimeZone &zone) const;
    QDateTime endUtc(const QTimeZone &zone) const;
};

/// Reads a YYYY-MM-DD day. Throws invalid_date naming \a field.
QDate parseReportDate(const QString &text, const QString &field);
/// The first moment of the store day \a day in \a zone, in UTC.
QDateTime dayStartUtc(const QDate &day, const QTimeZone &zone);

/// A stretch of time in which \a zone keeps one offset from UTC, as bounds on stored
/// timestamps: the local time of any moment in it is its UTC time plus \a offset seconds.
struct OffsetStretch
{
    QString from;  ///< timestamps at or after this (empty: from the start) …
    QString until; ///< … and before this
    int offset = 0;
};
/// The stretches of constant offset that cover [\a first, \a last] in \a zone: one, unless
/// summer time begins or ends in between.
QList<OffsetStretch> offsetStretches(const QTimeZone &zone, const QDateTime &first,
                                     const QDateTime &last);
/// SQLite's modifier for \a seconds added to a time ("+28800 seconds").
QString secondsModifier(int seconds);

/// What a sales report's rows are.
enum class SalesGrouping
{
    Day,
    Week, ///< Monday to Sunday, named by ISO week ("2026-W47")
    Month,
    Product,
    Category,
    Cashier,
    Payment,
    Hour ///< the store's local hour of day
};

/// "day", "week", "month", "product", "category", "cashier", "payment", "hour".
QString salesGroupingCode(SalesGrouping grouping);
std::optional<SalesGrouping> parseSalesGrouping(QStringView code);
/// Throws invalid_argument listing the groupings that \a allowed has.
SalesGrouping requireSalesGrouping(const QString &code, const QList<SalesGrouping> &allowed);
bool isTimeGrouping(SalesGrouping grouping);

/// One row of a report grouped by time: its key and the store days it covers (clipped to the
/// report's period at both ends).
struct TimeBucket
{
    QString key; ///< "2026-11-22", "2026-W47", "2026-11"
    QDate from;
    QDate to;
};

/// The key of the bucket that holds \a day under a time grouping.
QString timeBucketKey(const QDate &day, SalesGrouping grouping);
/// Every bucket of \a period under a time grouping, in order, empty ones included.
QList<TimeBucket> timeBuckets(const ReportPeriod &period, SalesGrouping grouping);

} // namespace storedesk::core
