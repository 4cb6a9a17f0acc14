// Win-back and reminder lists a manager acts on: members chosen by the member list's filters
// (sleeping, points expiring, birthdays, near the next tier …), each with why they are on the
// list, what they have spent, and a message filled in from the list's template — ready to send
// by SMS or WeChat outside StoreDesk. Phones are masked unless asked otherwise.
#pragma once

#include "members/memberdirectory.h"

#include <QList>
#include <QStringList>

namespace storedesk::core {

class Clock;
class Database;
class LoyaltyService;
class RuleBook;
class Security;
class StoreSettings;

enum class WinBackList
{
    Sleeping,
    Expiring,
    Birthday,
    NearTier,
    Other
};

struct WinBackRow
{
    MemberSummary member;
    QString phone;       ///< 138****8000, or the whole number when asked
    QStringList reasons; ///< why they are on the list, for people
    Money pastValue;     ///< everything they spent, returns taken off
    QString message;
};

class WinBack final
{
public:
    WinBack(Database &db, const Clock &clock, StoreSettings &settings, LoyaltyService &loyalty,
            const MemberDirectory &directory, Security &security);

    /// The list a filter stands for (its message template): sleeping first, then expiring,
    /// birthday, near the next tier.
    static WinBackList listFor(const MemberListFilter &filter);
    /// The placeholders a message may use: {name} {store} {points} {expiring_points}
    /// {expiry_date} {stored_value} {tier} {next_tier} {to_next_tier} {last_visit} {days}.
    static QStringList placeholders();
    /// The store's template for \a list, or StoreDesk's own when the store has none.
    QString messageTemplate(WinBackList list) const;
    /// Throws invalid_setting for a template over 300 characters or with an unknown
    /// placeholder; an empty one goes back to StoreDesk's own.
    void setMessageTemplate(WinBackList list, const QString &text);

    /// Up to \a limit members of \a filter, newest first, with their reasons, past value and
    /// \a messageTemplate filled in (the list's own when empty). Whole phone numbers need
    /// full_phone and go on the audit trail.
    QList<WinBackRow> rows(const MemberListFilter &filter, const QString &messageTemplate,
                           bool fullPhones, int limit) const;

private:
    static QString defaultTemplate(WinBackList list);
    static QString settingKey(WinBackList list);

    WinBackRow row(const MemberSummary &member, const MemberListFilter &filter,
                   const QString &messageTemplate, bool fullPhone) const;

    Database &m_db;
    const Clock &m_clock;
    StoreSettings &m_settings;
    LoyaltyService &m_loyalty;
    const MemberDirectory &m_directory;
    Security &m_security;
};

} // namespace storedesk::core
