#include "member.h"

namespace storedesk::core {

QString genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Female:
        return QStringLiteral("f");
    case Gender::Male:
        return QStringLiteral("m");
    case Gender::Unspecified:
        break;
    }
    return {};
}

std::optional<Gender> parseGender(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t.isEmpty())
        return Gender::Unspecified;
    if (t == u"f" || t == u"female" || t == u"女")
        return Gender::Female;
    if (t == u"m" || t == u"male" || t == u"男")
        return Gender::Male;
    return std::nullopt;
}

} // namespace storedesk::core
