// How the GUI shows domain values to people: money in the locale's form, dates, masked phones.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

class QTableView;

namespace storedesk::core {
class Money;
class PhoneNumber;
enum class Gender;
enum class PointsKind;
enum class StoredValueKind;
} // namespace storedesk::core

namespace storedesk::ui {

/// The time zone moments are shown in: the store's, which may differ from the computer's.
/// Set once the store is open and again when the store changes it.
void setDisplayTimeZone(const QTimeZone &zone);
/// The store's local date of \a moment.
QDate localDate(const QDateTime &moment);
/// The start of the store's local day \a day.
QDateTime localDayStart(const QDate &day);

/// "¥1,234.50" in zh_CN, "CN¥1,234.50" elsewhere — the locale's currency form, always in yuan.
QString formatMoney(const core::Money &money, const QLocale &locale = QLocale());
/// "138 0013 8000": grouped as people read mobile numbers aloud.
QString formatPhone(const core::PhoneNumber &phone);
/// The locale's short date with a four-digit year ("2026/11/22", "11/22/2026").
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
/// The format formatDate() uses, for date fields ("yyyy/M/d").
QString shortDateFormat(const QLocale &locale = QLocale());
/// A moment as the local time of day ("14:05").
QString formatTime(const QDateTime &moment, const QLocale &locale = QLocale());
/// A moment as the local date and time of day ("2026/11/22 14:05").
QString formatDateTime(const QDateTime &moment, const QLocale &locale = QLocale());
/// A signed number of points ("+120", "−50").
QString formatPointsChange(qint64 points, const QLocale &locale = QLocale());
QString genderText(core::Gender gender);
/// Gives each column of \a view at least the width its header text needs (and \a widths where
/// they ask for more), without reading the rows: a big list must not be measured row by row.
void fitColumns(QTableView *view, const QList<std::pair<int, int>> &widths);
/// What a points ledger entry is, for people (消费积分, 积分抵现 …).
QString pointsKindText(core::PointsKind kind);
/// What a stored-value ledger entry is, for people (充值, 消费 …).
QString storedValueKindText(core::StoredValueKind kind);

} // namespace storedesk::ui
