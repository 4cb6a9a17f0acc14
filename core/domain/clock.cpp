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
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace storedesk::core
