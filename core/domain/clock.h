// Where the core gets the time. Services never read the system clock themselves, so tests and
// back-dated imports can run at any moment (STOREDESK_NOW).
#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace storedesk::core {

class Clock
{
public:
    virtual ~Clock() = default;
    /// The current moment, in UTC.
    virtual QDateTime now() const = 0;

    /// A system clock, or a fixed one when STOREDESK_NOW holds an ISO 8601 moment.
    /// Throws Error(invalid_argument) when STOREDESK_NOW is set but unreadable.
    static std::unique_ptr<Clock> fromEnvironment();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that stands still until told to move; for tests and STOREDESK_NOW.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime moment)
        : m_now(moment.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &moment) { m_now = moment.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

/// Parses an ISO 8601 moment; one without an offset is read in \a zone. Invalid on failure.
QDateTime parseMoment(const QString &text, const QTimeZone &zone);

/// The UTC timestamp format the store uses ("2026-11-22T08:30:00.000Z"): sorts as text.
QString storedTimestamp(const QDateTime &moment);
QDateTime fromStoredTimestamp(const QString &text);

} // namespace storedesk::core
