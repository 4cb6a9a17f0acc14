// How one receipt printer is to be driven: paper width, how it wants Chinese text, how its
// cash drawer opens and how long to wait for status answers. Read from the store's printer.*
// settings by PrinterSettings.
#pragma once

#include <QString>

#include <optional>

namespace storedesk::devices {

enum class PaperWidth
{
    Mm58, ///< 32 columns of 12-dot characters, 384 dots
    Mm80, ///< 48 columns, 576 dots
};

/// How text reaches the printer.
enum class TextMode
{
    /// GB18030 bytes after FS & (the printer's Chinese mode): most Chinese-market printers.
    Gb18030,
    /// GB18030 bytes without FS &: printers that start in Chinese mode and take FS & for
    /// something else.
    Gb18030Native,
    /// One byte per character in a code page chosen with ESC t (no Chinese): printers without
    /// Chinese fonts.
    CodePage,
};

struct PrinterOptions
{
    PaperWidth paper = PaperWidth::Mm80;
    TextMode textMode = TextMode::Gb18030;
    int codePage = 0;       ///< ESC t n in CodePage mode: 0 (PC437), 16 (WPC1252), 19 (PC858)
    int drawerPin = 2;      ///< the drawer kick connector pin: 2 or 5
    int pulseOnMs = 100;    ///< how long the drawer's solenoid is driven
    int pulseOffMs = 200;   ///< the rest after it
    bool partialCut = true; ///< leave a hinge so the receipt does not drop
    int statusTimeoutMs = 800;

    int columns() const { return paper == PaperWidth::Mm58 ? 32 : 48; }
    int dots() const { return paper == PaperWidth::Mm58 ? 384 : 576; }
};

/// "58" or "80".
QString paperName(PaperWidth paper);
/// "gb18030", "gb18030-native", "codepage".
QString textModeName(TextMode mode);
std::optional<TextMode> parseTextMode(QStringView name);

} // namespace storedesk::devices
