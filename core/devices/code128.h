// CODE128 as receipts use it: set B for text, set C (two digits per symbol) for runs of four
// or more digits, so a receipt number fits a 58 mm roll with its quiet zones. The printer's
// command and the preview's bars are made from the same symbols.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace storedesk::devices {

class Code128 final
{
public:
    /// The symbol values from the start code to the check symbol (the stop is not included).
    /// Empty for data outside ASCII 32–126.
    static QList<int> symbols(const QString &data);
    /// The data of a GS k 73 command: "{B"/"{C" code set selections, digit pairs as bytes.
    static QByteArray escPosData(const QString &data);
    /// The width in modules with the stop and a quiet zone of ten modules on each side.
    static int modulesWithQuietZone(const QString &data);

    static constexpr int kStartB = 104;
    static constexpr int kStartC = 105;
    static constexpr int kCodeB = 100; ///< switch to set B, from set C
    static constexpr int kCodeC = 99;  ///< switch to set C, from set B
};

} // namespace storedesk::devices
