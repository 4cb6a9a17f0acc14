// The single-byte code pages StoreDesk can print in for printers without Chinese fonts, by
// their ESC t number. Characters a code page lacks print as '?'.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

namespace storedesk::devices {

class CodePage final
{
public:
    /// nullopt for an ESC t number StoreDesk has no table for.
    static std::optional<CodePage> byNumber(int escPosNumber);
    /// The ESC t numbers StoreDesk has tables for.
    static QList<int> supported();

    int number() const { return m_number; }
    /// The byte for \a codePoint, or nullopt when the page lacks it.
    std::optional<char> byteFor(char32_t codePoint) const;
    /// The character that byte \a b stands for (0 for an unassigned byte).
    char32_t charFor(unsigned char b) const;

private:
    CodePage(int number, const char16_t *upperHalf)
        : m_number(number)
        , m_upper(upperHalf)
    {}

    int m_number;
    const char16_t *m_upper; ///< bytes 0x80–0xFF; 0 where unassigned
};

} // namespace storedesk::devices
