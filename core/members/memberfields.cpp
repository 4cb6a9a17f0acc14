#include "memberfields.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace storedesk::core {

namespace {

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString validMemberName(const QString &input)
{
    const QString name = input.simplified();
    if (name.isEmpty()) {
        throw Error(ErrorCode::InvalidName,
                    QCoreApplication::translate("storedesk::core::MemberRegistry",
                                                "Enter the member's name."),
                    QStringLiteral("name"));
    }
    if (name.size() > kMaxMemberNameLength || hasControlCharacters(name)) {
        throw Error(ErrorCode::InvalidName,
                    QCoreApplication::translate(
                        "storedesk::core::MemberRegistry",
                        "A name has at most %1 characters and no control characters.")
                        .arg(kMaxMemberNameLength),
                    QStringLiteral("name"));
    }
    return name;
}

Gender validGender(const QString &input)
{
    if (auto gender = parseGender(input))
        return *gender;
    throw Error(ErrorCode::InvalidGender,
                QCoreApplication::translate("storedesk::core::MemberRegistry",
                                            "“%1” is not a gender StoreDesk records; use f "
                                            "(female), m (male) or leave it empty.")
                    .arg(input),
                QStringLiteral("gender"));
}

QDate validBirthday(const QString &input, const QDate &today)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    return validBirthday(QDate::fromString(text, QStringLiteral("yyyy-MM-dd")), text, today);
}

QDate validBirthday(const QDate &day, const QString &asWritten, const QDate &today)
{
    if (!day.isValid() || day.year() < 1900 || day > today) {
        throw Error(ErrorCode::InvalidDate,
                    QCoreApplication::translate(
                        "storedesk::core::MemberRegistry",
                        "“%1” is not a birthday; write it as YYYY-MM-DD, like 1990-05-17.")
                        .arg(asWritten),
                    QStringLiteral("birthday"));
    }
    return day;
}

QString validCard(const QString &input)
{
    const QString card = input.trimmed();
    if (card.isEmpty())
        return {};
    bool ok = card.size() <= kMaxCardLength;
    for (QChar c : card) {
        ok = ok && ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') ||
                    (c >= u'a' && c <= u'z') || c == u'-');
    }
    if (!ok) {
        throw Error(ErrorCode::InvalidCard,
                    QCoreApplication::translate(
                        "storedesk::core::MemberRegistry",
                        "“%1” is not a card number: use up to %2 letters, digits and "
                        "dashes.")
                        .arg(card)
                        .arg(kMaxCardLength),
                    QStringLiteral("card"));
    }
    return card;
}

QString validMemberNote(const QString &input)
{
    if (input.size() > kMaxMemberNoteLength) {
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("storedesk::core::MemberRegistry",
                                                "A note has at most %1 characters.")
                        .arg(kMaxMemberNoteLength),
                    QStringLiteral("note"));
    }
    return input.trimmed();
}

QString validTag(const QString &input)
{
    const QString tag = input.simplified();
    if (tag.isEmpty() || tag.size() > kMaxTagLength || hasControlCharacters(tag)) {
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("storedesk::core::MemberRegistry",
                                                "“%1” is not a tag: a tag has 1 to %2 characters.")
                        .arg(input)
                        .arg(kMaxTagLength),
                    QStringLiteral("tag"));
    }
    return tag;
}

MemberStatus validStatus(const QString &input)
{
    const QString s = input.trimmed().toLower();
    if (s == u"active")
        return MemberStatus::Active;
    if (s == u"frozen")
        return MemberStatus::Frozen;
    throw Error(ErrorCode::InvalidArgument,
                QCoreApplication::translate("storedesk::core::MemberRegistry",
                                            "“%1” is not a member status; use active or frozen.")
                    .arg(input),
                QStringLiteral("status"));
}

QString statusCode(MemberStatus status)
{
    return status == MemberStatus::Frozen ? QStringLiteral("frozen") : QStringLiteral("active");
}

} // namespace storedesk::core
