#include "textcolumns.h"

namespace storedesk::devices {

bool TextColumns::isWide(char32_t c)
{
    // East Asian Width W and F, as far as receipts meet them: Hangul Jamo, CJK punctuation and
    // radicals, kana, CJK ideographs and their extensions, Yi, Hangul, compatibility forms and
    // the fullwidth forms (￥ included).
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

char32_t TextColumns::next(QStringView text, qsizetype &pos)
{
    const QChar c = text.at(pos++);
    if (c.isHighSurrogate() && pos < text.size() && text.at(pos).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(pos++));
    return c.unicode();
}

int TextColumns::width(char32_t c) const
{
    if (c < 0x20 || c == 0x7F)
        return 0;
    if (c < 0x7F)
        return 1;
    if (m_mode == TextMode::CodePage)
        return isWide(c) ? 2 : 1;
    return 2; // a GB18030 character: the printer's 24×24 font
}

int TextColumns::width(QStringView text) const
{
    int w = 0;
    for (qsizetype pos = 0; pos < text.size();)
        w += width(next(text, pos));
    return w;
}

QString TextColumns::truncated(QStringView text, int columns) const
{
    int w = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype start = pos;
        const int cw = width(next(text, pos));
        if (w + cw > columns)
            return text.left(start).toString();
        w += cw;
    }
    return text.toString();
}

QString TextColumns::left(QStringView text, int columns) const
{
    const QString cut = truncated(text, columns);
    return cut + QString(columns - width(cut), u' ');
}

QString TextColumns::right(QStringView text, int columns) const
{
    const QString cut = truncated(text, columns);
    return QString(columns - width(cut), u' ') + cut;
}

QString TextColumns::centred(QStringView text, int columns) const
{
    const QString cut = truncated(text, columns);
    const int room = columns - width(cut);
    return QString(room / 2, u' ') + cut + QString(room - room / 2, u' ');
}

QString TextColumns::spread(QStringView first, QStringView second, int columns) const
{
    const QString tail = truncated(second, columns);
    const int room = columns - width(tail);
    // One space at least between the two, unless the left side is empty.
    const QString head = truncated(first, first.isEmpty() ? room : std::max(0, room - 1));
    return head + QString(room - width(head), u' ') + tail;
}

QStringList TextColumns::wrapped(QStringView text, int columns) const
{
    QStringList lines;
    QString rest = text.trimmed().toString();
    while (!rest.isEmpty()) {
        QString line = truncated(rest, columns);
        if (line.size() < rest.size()) {
            // Break at the last space when the cut falls inside a word of ASCII letters.
            const qsizetype space = line.lastIndexOf(u' ');
            if (space > 0 && rest.at(line.size()) != u' ' && line.back().unicode() < 0x80)
                line = line.left(space);
        }
        if (line.isEmpty()) // a character wider than the line: print it alone
            line = rest.left(rest.at(0).isHighSurrogate() ? 2 : 1);
        lines.append(line.trimmed());
        rest = rest.mid(line.size()).trimmed();
    }
    return lines;
}

} // namespace storedesk::devices
