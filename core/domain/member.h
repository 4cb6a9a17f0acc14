// A member (会员) of the store as the registry holds it.
#pragma once

#include "phonenumber.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace storedesk::core {

enum class Gender
{
    Unspecified,
    Female,
    Male
};

/// "f", "m" or "" — the spelling used in the store and on the CLI.
QString genderCode(Gender gender);
/// Accepts f/m/female/male/女/男 and empty; nullopt for anything else.
std::optional<Gender> parseGender(QStringView text);

enum class MemberStatus
{
    Active,
    Frozen
};

using MemberId = qint64;

struct Member
{
    MemberId id = 0;
    PhoneNumber phone = PhoneNumber::fromNormalized({});
    QString name;
    Gender gender = Gender::Unspecified;
    QDate birthday; ///< invalid when unknown
    QString cardNo; ///< empty when the member has no card
    QStringList tags;
    QString note;
    MemberStatus status = MemberStatus::Active;
    QDateTime joinedAt;      ///< UTC
    MemberId referredBy = 0; ///< the member who brought them in, if any
    bool deleted = false;    ///< forgotten or merged away: kept only for the books
};

/// What a new member needs; phone and name are required, the rest is optional.
struct NewMember
{
    QString phone;
    QString name;
    QString gender;
    QString birthday; ///< YYYY-MM-DD or empty
    QString cardNo;
    QString note;
    QStringList tags;
    QString referredBy; ///< the referrer's phone or card number, or empty
};

/// A partial change to a member; only the fields that hold a value are changed.
struct MemberChange
{
    std::optional<QString> phone;
    std::optional<QString> name;
    std::optional<QString> gender;
    std::optional<QString> birthday; ///< empty string clears it
    std::optional<QString> cardNo;   ///< empty string clears it
    std::optional<QString> note;
    std::optional<QString> status; ///< "active" or "frozen"
};

} // namespace storedesk::core
