#include "ratio.h"

namespace storedesk::core {

std::optional<Ratio> Ratio::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 9 || fraction.size() > 4 ||
        (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    qint64 part = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const QChar c = i < fraction.size() ? fraction[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        part = part * 10 + (c.unicode() - u'0');
    }
    return Ratio(value * kScale + part);
}

QString Ratio::toString() const
{
    QString out = QString::number(m_scaled / kScale);
    qint64 part = m_scaled % kScale;
    if (part == 0)
        return out;
    QString digits = QString::number(part).rightJustified(4, u'0');
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return out + u'.' + digits;
}

} // namespace storedesk::core
