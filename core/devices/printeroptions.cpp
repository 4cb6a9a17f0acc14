#include "printeroptions.h"

namespace storedesk::devices {

QString paperName(PaperWidth paper)
{
    return paper == PaperWidth::Mm58 ? QStringLiteral("58") : QStringLiteral("80");
}

QString textModeName(TextMode mode)
{
    switch (mode) {
    case TextMode::Gb18030:
        return QStringLiteral("gb18030");
    case TextMode::Gb18030Native:
        return QStringLiteral("gb18030-native");
    case TextMode::CodePage:
        return QStringLiteral("codepage");
    }
    return {};
}

std::optional<TextMode> parseTextMode(QStringView name)
{
    for (TextMode mode : {TextMode::Gb18030, TextMode::Gb18030Native, TextMode::CodePage}) {
        if (name == textModeName(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace storedesk::devices
