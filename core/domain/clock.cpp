#include "clock.h"

#include "error.h"

#include <QCoreApplication>

namespace storedesk::core {

QDateTime parseMoment(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!moment.isValid()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (day.isValid())
            moment = QDateTime(day, QTime(12, 0));
    }
    if (!moment.isValid())
        return {};
    if (moment.timeSpec() == Qt::LocalTime)
        moment = QDateTime(moment.date(), moment.time(), zone);
    return moment.toUTC();
}

std::unique_ptr<Clock> Clock::fromEnvironment()
{
    const QString value = qEnvironmentVariable("STOREDESK_NOW");
    if (value.isEmpty())
        return std::make_unique<SystemClock>();
    const QDateTime moment = parseMoment(value, QTimeZone::systemTimeZone());
    if (!moment.isValid()) {
        throw Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("storedesk::core::Clock",
                                        "STOREDESK_NOW is “%1”, which is not an ISO 8601 "
                                        "date and time (example: 2026-11-22T09:30:00+08:00).")
                .arg(value));
    }
    return std::make_unique<FixedClock>(moment);
}

QString storedTimestamp(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    const QDate day = utc.date();
    const QTime time = utc.time();
    if (!day.isValid() || day.year() < 0 || day.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // Written out by hand: QDateTime::toString goes through printf, and an import stamps every
    // one of a hundred thousand rows more than once.
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
    };
    put(0, day.year(), 4);
    put(5, day.month(), 2);
    put(8, day.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    return QString::fromUtf16(text, 24);
}

QDateTime fromStoredTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace storedesk::core
