// The checks every member detail passes on its way into the store, shared by the registry and
// the CSV import: a member moved in from another system is one the counter could have
// registered. Each answers the value as stored, or throws the field's Error.
#pragma once

#include "domain/member.h"

#include <QDate>
#include <QString>

namespace storedesk::core {

constexpr int kMaxMemberNameLength = 40;
constexpr int kMaxCardLength = 32;
constexpr int kMaxTagLength = 20;
constexpr int kMaxMemberNoteLength = 500;

/// Simplified; throws invalid_name when empty, too long or holding control characters.
QString validMemberName(const QString &input);
/// Throws invalid_gender.
Gender validGender(const QString &input);
/// A YYYY-MM-DD day from 1900 to \a today, or an invalid date for empty input. Throws
/// invalid_date.
QDate validBirthday(const QString &input, const QDate &today);
/// \a day when it is a birthday (from 1900 to \a today); throws invalid_date quoting
/// \a asWritten.
QDate validBirthday(const QDate &day, const QString &asWritten, const QDate &today);
/// Letters, digits and dashes; empty when there is none. Throws invalid_card.
QString validCard(const QString &input);
/// Throws invalid_argument for a note past kMaxMemberNoteLength.
QString validMemberNote(const QString &input);
/// Throws invalid_argument.
QString validTag(const QString &input);
/// "active" or "frozen"; throws invalid_argument.
MemberStatus validStatus(const QString &input);
/// The spelling the store keeps a status in.
QString statusCode(MemberStatus status);

} // namespace storedesk::core
