// How the GUI shows domain values to people: money in the locale's form, dates, masked phones.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace storedesk::core {
class Money;
class PhoneNumber;
enum class Gender;
} // namespace storedesk::core

namespace storedesk::ui {

/// "¥1,234.50" in zh_CN, "CN¥1,234.50" elsewhere — the locale's currency form, always in yuan.
QString formatMoney(const core::Money &money, const QLocale &locale = QLocale());
/// "138 0013 8000": grouped as people read mobile numbers aloud.
QString formatPhone(const core::PhoneNumber &phone);
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
/// A moment as the local time of day ("14:05").
QString formatTime(const QDateTime &moment, const QLocale &locale = QLocale());
QString genderText(core::Gender gender);

} // namespace storedesk::ui
