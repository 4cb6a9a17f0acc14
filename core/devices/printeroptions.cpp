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

} // namespace storedesk::devices
