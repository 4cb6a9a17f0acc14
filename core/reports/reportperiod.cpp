#include "reportperiod.h"

#include "domain/clock.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cstdlib>

namespace storedesk::core {

namespace {

const std::array<std::pair<SalesGrouping, const char16_t *>, 8> kGroupings{{
    {SalesGrouping::Day, u"day"},
    {SalesGrouping::Week, u"week"},
    {SalesGrouping::Month, u"month"},
    {SalesGrouping::Product, u"product"},
    {SalesGrouping::Category, u"category"},
    {SalesGrouping::Cashier, u"cashier"},
    {SalesGrouping::Payment, u"payment"},
    {SalesGrouping::Hour, u"hour"},
}};

} // namespace

ReportPeriod ReportPeriod::of(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to) {
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("storedesk::core::ReportPeriod",
                                                "A report's period starts on or before its "
                                                "last day (%1 is after %2).")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                    QStringLiteral("from"));
    }
    if (from.daysTo(to) + 1 > kMaxDays) {
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("storedesk::core::ReportPeriod",
                                                "A report covers at most %1 days.")
                        .arg(kMaxDays),
                    QStringLiteral("to"));
    }
    return ReportPeriod{from, to};
}

ReportPeriod ReportPeriod::parse(const QString &from, const QString &to)
{
    const QDate first = parseReportDate(from, QStringLiteral("from"));
    const QDate last = parseReportDate(to, QStringLiteral("to"));
    return of(first, last);
}

ReportPeriod ReportPeriod::lastDays(const QDate &last, int days)
{
    return of(last.addDays(1 - qMax(1, days)), last);
}

QDateTime ReportPeriod::startUtc(const QTimeZone &zone) const
{
    return dayStartUtc(from, zone);
}

QDateTime ReportPeriod::endUtc(const QTimeZone &zone) const
{
    return dayStartUtc(to.addDays(1), zone);
}

QDate parseReportDate(const QString &text, const QString &field)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate day =
        shape.match(trimmed).hasMatch() ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (!day.isValid() || day.year() < 1900 || day.year() > 9998) {
        throw Error(ErrorCode::InvalidDate,
                    QCoreApplication::translate("storedesk::core::ReportPeriod",
                                                "“%1” is not a day; write it as YYYY-MM-DD.")
                        .arg(text),
                    field);
    }
    return day;
}

QDateTime dayStartUtc(const QDate &day, const QTimeZone &zone)
{
    // A zone that skips midnight for summer time starts that day at the first moment it has.
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

QList<OffsetStretch> offsetStretches(const QTimeZone &zone, const QDateTime &first,
                                     const QDateTime &last)
{
    QList<OffsetStretch> stretches;
    QString from;
    int offset = zone.offsetFromUtc(first);
    for (const QTimeZone::OffsetData &t : zone.transitions(first, last)) {
        if (t.atUtc <= first)
            continue;
        const QString at = storedTimestamp(t.atUtc);
        stretches.append({from, at, offset});
        from = at;
        offset = t.offsetFromUtc;
    }
    stretches.append({from, QStringLiteral("9999"), offset}); // sorts after every timestamp
    return stretches;
}

QString secondsModifier(int seconds)
{
    return (seconds < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
           QString::number(std::abs(seconds)) + QStringLiteral(" seconds");
}

QString salesGroupingCode(SalesGrouping grouping)
{
    for (const auto &[g, code] : kGroupings) {
        if (g == grouping)
            return QString::fromUtf16(code);
    }
    return {};
}

std::optional<SalesGrouping> parseSalesGrouping(QStringView code)
{
    for (const auto &[g, text] : kGroupings) {
        if (code == QStringView(text))
            return g;
    }
    return std::nullopt;
}

SalesGrouping requireSalesGrouping(const QString &code, const QList<SalesGrouping> &allowed)
{
    const auto grouping = parseSalesGrouping(code.trimmed());
    if (grouping && allowed.contains(*grouping))
        return *grouping;
    QStringList names;
    for (SalesGrouping g : allowed)
        names.append(salesGroupingCode(g));
    throw Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate("storedesk::core::ReportPeriod",
                                            "A report is grouped by %1, not by “%2”.")
                    .arg(names.join(QStringLiteral(", ")), code),
                QStringLiteral("by"));
}

bool isTimeGrouping(SalesGrouping grouping)
{
    return grouping == SalesGrouping::Day || grouping == SalesGrouping::Week ||
           grouping == SalesGrouping::Month;
}

QString timeBucketKey(const QDate &day, SalesGrouping grouping)
{
    switch (grouping) {
    case SalesGrouping::Week: {
        int year = 0;
        const int week = day.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QChar(u'0'));
    }
    case SalesGrouping::Month:
        return day.toString(QStringLiteral("yyyy-MM"));
    default:
        return day.toString(Qt::ISODate);
    }
}

QList<TimeBucket> timeBuckets(const ReportPeriod &period, SalesGrouping grouping)
{
    QList<TimeBucket> out;
    QDate day = period.from;
    while (day <= period.to) {
        QDate last = day;
        if (grouping == SalesGrouping::Week)
            last = day.addDays(7 - day.dayOfWeek());
        else if (grouping == SalesGrouping::Month)
            last = QDate(day.year(), day.month(), day.daysInMonth());
        last = std::min(last, period.to);
        out.append({timeBucketKey(day, grouping), day, last});
        day = last.addDays(1);
    }
    return out;
}

} // namespace storedesk::core
