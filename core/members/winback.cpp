#include "winback.h"

#include "db/database.h"
#include "domain/clock.h"
#include "domain/error.h"
#include "loyalty/loyaltyservice.h"
#include "security/security.h"
#include "store/storesettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace storedesk::core {

namespace {

constexpr int kMaxTemplateLength = 300;

QString yuan(Money amount)
{
    return QStringLiteral("¥") + amount.toString();
}

} // namespace

WinBack::WinBack(Database &db, const Clock &clock, StoreSettings &settings, LoyaltyService &loyalty,
                 const MemberDirectory &directory, Security &security)
    : m_db(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_loyalty(loyalty)
    , m_directory(directory)
    , m_security(security)
{}

WinBackList WinBack::listFor(const MemberListFilter &f)
{
    if (f.sleepingDays > 0)
        return WinBackList::Sleeping;
    if (f.expiringWithinDays > 0)
        return WinBackList::Expiring;
    if (f.birthday != BirthdayWindow::Any)
        return WinBackList::Birthday;
    if (f.nearTier)
        return WinBackList::NearTier;
    return WinBackList::Other;
}

QStringList WinBack::placeholders()
{
    return {QStringLiteral("{name}"),         QStringLiteral("{store}"),
            QStringLiteral("{points}"),       QStringLiteral("{expiring_points}"),
            QStringLiteral("{expiry_date}"),  QStringLiteral("{stored_value}"),
            QStringLiteral("{tier}"),         QStringLiteral("{next_tier}"),
            QStringLiteral("{to_next_tier}"), QStringLiteral("{last_visit}"),
            QStringLiteral("{days}")};
}

QString WinBack::settingKey(WinBackList list)
{
    switch (list) {
    case WinBackList::Sleeping:
        return QStringLiteral("message.sleeping");
    case WinBackList::Expiring:
        return QStringLiteral("message.expiring");
    case WinBackList::Birthday:
        return QStringLiteral("message.birthday");
    case WinBackList::NearTier:
        return QStringLiteral("message.near_tier");
    case WinBackList::Other:
        break;
    }
    return QStringLiteral("message.other");
}

QString WinBack::defaultTemplate(WinBackList list)
{
    switch (list) {
    case WinBackList::Sleeping:
        return QCoreApplication::translate("storedesk::core::WinBack",
                                           "{name}, we have missed you at {store}! Come by this "
                                           "week: your {points} points are waiting.");
    case WinBackList::Expiring:
        return QCoreApplication::translate("storedesk::core::WinBack",
                                           "{name}, {expiring_points} of your points expire on "
                                           "{expiry_date}. Spend them at {store} before then.");
    case WinBackList::Birthday:
        return QCoreApplication::translate("storedesk::core::WinBack",
                                           "Happy birthday, {name}! {store} has a birthday treat "
                                           "for you this month.");
    case WinBackList::NearTier:
        return QCoreApplication::translate("storedesk::core::WinBack",
                                           "{name}, spend {to_next_tier} more at {store} to "
                                           "become a {next_tier}.");
    case WinBackList::Other:
        break;
    }
    return QCoreApplication::translate("storedesk::core::WinBack",
                                       "{name}, {store} looks forward to seeing you again.");
}

QString WinBack::messageTemplate(WinBackList list) const
{
    const QString stored = m_settings.value(settingKey(list));
    return stored.isEmpty() ? defaultTemplate(list) : stored;
}

void WinBack::setMessageTemplate(WinBackList list, const QString &input)
{
    const QString text = input.simplified();
    if (text.size() > kMaxTemplateLength) {
        throw Error(ErrorCode::InvalidSetting,
                    QCoreApplication::translate("storedesk::core::WinBack",
                                                "A message has at most %1 characters.")
                        .arg(kMaxTemplateLength),
                    QStringLiteral("message"));
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        if (!placeholders().contains(m.captured(0))) {
            throw Error(ErrorCode::InvalidSetting,
                        QCoreApplication::translate("storedesk::core::WinBack",
                                                    "%1 is not something a message can fill in; "
                                                    "use %2.")
                            .arg(m.captured(0), placeholders().join(QStringLiteral(" "))),
                        QStringLiteral("message"));
        }
    }
    m_settings.setValue(settingKey(list), text);
}

WinBackRow WinBack::row(const MemberSummary &s, const MemberListFilter &filter,
                        const QString &templ, bool fullPhone) const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toTimeZone(m_loyalty.zone()).date();
    WinBackRow row;
    row.member = s;
    row.phone = fullPhone ? s.member.phone.digits() : s.member.phone.masked();
    QSqlQuery spent = m_db.exec(
        QStringLiteral("SELECT coalesce(sum(total_fen), 0) FROM sales WHERE member_id = ?"),
        {s.member.id});
    row.pastValue = Money::fromFen(spent.next() ? spent.value(0).toLongLong() : 0);

    const MemberStanding standing = m_loyalty.standing(s.member.id);
    const QDateTime lastSeen = s.lastSaleAt.isValid() ? s.lastSaleAt : s.member.joinedAt;
    const qint64 days = lastSeen.toTimeZone(m_loyalty.zone()).date().daysTo(today);
    // The points that lapse first: within the list's window, or the next 30 days.
    const int window = filter.expiringWithinDays > 0 ? filter.expiringWithinDays : 30;
    qint64 expiring = 0;
    QDateTime firstExpiry;
    for (const PointsLot &lot : m_loyalty.points().openLots(s.member.id)) {
        if (lot.expiresAt.isValid() && lot.expiresAt > now &&
            lot.expiresAt <= now.addDays(window)) {
            expiring += lot.remaining;
            if (!firstExpiry.isValid() || lot.expiresAt < firstExpiry)
                firstExpiry = lot.expiresAt;
        }
    }
    const QString expiryDate =
        firstExpiry.isValid()
            ? firstExpiry.toTimeZone(m_loyalty.zone()).date().toString(Qt::ISODate)
            : QString();

    if (filter.sleepingDays > 0) {
        row.reasons.append(
            s.lastSaleAt.isValid()
                ? QCoreApplication::translate("storedesk::core::WinBack",
                                              "No purchase for %n day(s)", nullptr, int(days))
                : QCoreApplication::translate("storedesk::core::WinBack",
                                              "Joined %n day(s) ago, no purchase yet", nullptr,
                                              int(days)));
    }
    if (filter.expiringWithinDays > 0 && expiring > 0) {
        row.reasons.append(
            QCoreApplication::translate("storedesk::core::WinBack", "%1 points expire on %2")
                .arg(expiring)
                .arg(expiryDate));
    }
    if (filter.birthday != BirthdayWindow::Any && s.member.birthday.isValid()) {
        row.reasons.append(QCoreApplication::translate("storedesk::core::WinBack", "Birthday on %1")
                               .arg(s.member.birthday.toString(QStringLiteral("MM-dd"))));
    }
    if (filter.nearTier && standing.nextTier) {
        row.reasons.append(QCoreApplication::translate("storedesk::core::WinBack", "%1 more to %2")
                               .arg(yuan(standing.toNextTier), standing.nextTierName));
    }

    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("{name}"), s.member.name},
        {QStringLiteral("{store}"), m_settings.storeName()},
        {QStringLiteral("{points}"), QString::number(standing.points)},
        {QStringLiteral("{expiring_points}"), QString::number(expiring)},
        {QStringLiteral("{expiry_date}"), expiryDate},
        {QStringLiteral("{stored_value}"), yuan(standing.storedValue.total())},
        {QStringLiteral("{tier}"), standing.tierName},
        {QStringLiteral("{next_tier}"), standing.nextTierName},
        {QStringLiteral("{to_next_tier}"), yuan(standing.toNextTier)},
        {QStringLiteral("{last_visit}"),
         s.lastSaleAt.isValid()
             ? s.lastSaleAt.toTimeZone(m_loyalty.zone()).date().toString(Qt::ISODate)
             : QString()},
        {QStringLiteral("{days}"), QString::number(days)},
    };
    row.message = templ;
    for (const auto &[key, value] : values)
        row.message.replace(key, value);
    return row;
}

QList<WinBackRow> WinBack::rows(const MemberListFilter &filter, const QString &messageTemplate,
                                bool fullPhones, int limit) const
{
    // Whole numbers leave the store only for someone allowed to see them, and on the record.
    const std::optional<Actor> by =
        fullPhones ? std::optional(m_security.require(Permission::FullPhone)) : std::nullopt;
    const QString templ =
        messageTemplate.isEmpty() ? this->messageTemplate(listFor(filter)) : messageTemplate;
    QList<WinBackRow> out;
    MemberId after = 0;
    while (out.size() < limit) {
        const int want = std::min<qsizetype>(1000, limit - out.size());
        const QList<MemberSummary> page = m_directory.page(filter, after, want);
        for (const MemberSummary &s : page)
            out.append(row(s, filter, templ, fullPhones));
        if (page.size() < want)
            break;
        after = page.last().member.id;
    }
    if (by) {
        m_security.audit().record(*by, QStringLiteral("export_full_phones"),
                                  QStringLiteral("members"),
                                  {{QStringLiteral("count"), out.size()},
                                   {QStringLiteral("list"), QStringLiteral("winback")}});
    }
    return out;
}

} // namespace storedesk::core
