// The member list of the back office: every member with their standing, filtered (tier, tag,
// sleeping, birthday, points expiring, status, a search text) and read a page at a time, so a
// store with a million members opens as fast as one with a hundred.
#pragma once

#include "domain/member.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace storedesk::core {

class Clock;
class Database;
class LoyaltyService;
class RuleBook;

enum class BirthdayWindow
{
    Any,
    ThisWeek, ///< Monday to Sunday of the store's current week
    ThisMonth
};

struct MemberListFilter
{
    QString text; ///< a phone, its last four digits, a card number or the start of a name
    std::optional<int> tier;
    QString tag;
    int sleepingDays = 0; ///< > 0: nothing bought for at least this many days
    BirthdayWindow birthday = BirthdayWindow::Any;
    int expiringWithinDays = 0; ///< > 0: points that expire within this many days
    std::optional<MemberStatus> status;
    /// One step from the next tier: the tier window's spend is at least kNearTierPercent of
    /// the next tier's threshold (and below it).
    bool nearTier = false;
};

/// "Near the next tier" means at least this share (in percent) of its threshold spent.
constexpr int kNearTierPercent = 80;

/// A row of the member list: the member with the standing the store keeps beside it.
struct MemberSummary
{
    Member member;
    int tier = 0;
    qint64 points = 0;
    Money storedValue;    ///< bonus included
    Money storedBonus;    ///< the bonus part of it
    QDateTime lastSaleAt; ///< invalid when the member never bought
};

class MemberDirectory final
{
public:
    /// Weeks and months are the store's, in the loyalty service's time zone; tiers are the
    /// current rules'.
    MemberDirectory(Database &db, const Clock &clock, const LoyaltyService &loyalty,
                    RuleBook &rules);

    /// Up to \a limit members matching \a filter, newest first, after the member \a after
    /// (0: from the newest). Throws invalid_argument for a negative day count.
    QList<MemberSummary> page(const MemberListFilter &filter, MemberId after, int limit) const;
    /// How many members match \a filter.
    qint64 count(const MemberListFilter &filter) const;
    /// The member's row, when they still match \a filter.
    std::optional<MemberSummary> row(MemberId id, const MemberListFilter &filter) const;
    /// Every tag in use, with how many members carry it, most used first.
    QList<std::pair<QString, qint64>> tags() const;

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where where(const MemberListFilter &filter) const;
    QList<MemberSummary> select(const Where &where, const QString &tail, int limit) const;

    Database &m_db;
    const Clock &m_clock;
    const LoyaltyService &m_loyalty;
    RuleBook &m_rules;
};

} // namespace storedesk::core
