// Measures and fits text in printer columns the way the printer will print it: in the Chinese
// modes every character that is not ASCII is a two-column (24-dot) glyph; in a code page only
// East Asian wide characters take two columns (as two '?'). Receipts line up because layout,
// preview and encoder all count with this one class.
#pragma once

#include "printeroptions.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace storedesk::devices {

class TextColumns final
{
public:
    explicit TextColumns(TextMode mode)
        : m_mode(mode)
    {}

    /// Columns one character takes (0 for control characters).
    int width(char32_t codePoint) const;
    int width(QStringView text) const;

    /// The longest start of \a text that fits in \a columns (never half a character).
    QString truncated(QStringView text, int columns) const;
    /// \a text in exactly \a columns: cut when too long, spaces after it when short.
    QString left(QStringView text, int columns) const;
    /// \a text in exactly \a columns, pushed to the right.
    QString right(QStringView text, int columns) const;
    /// \a text in exactly \a columns, centred (the odd space goes right).
    QString centred(QStringView text, int columns) const;
    /// \a first at the left and \a second at the right of \a columns; \a first is cut short
    /// when both do not fit.
    QString spread(QStringView first, QStringView second, int columns) const;
    /// \a text broken into lines of at most \a columns, at spaces where it can.
    QStringList wrapped(QStringView text, int columns) const;

    /// Whether \a codePoint is an East Asian wide or fullwidth character.
    static bool isWide(char32_t codePoint);
    /// The code point at \a pos (a surrogate pair counts as one); moves \a pos past it.
    static char32_t next(QStringView text, qsizetype &pos);

private:
    TextMode m_mode;
};

} // namespace storedesk::devices
