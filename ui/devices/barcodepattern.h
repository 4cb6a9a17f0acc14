// The bars of the barcodes a receipt carries (EAN-13, CODE128 set B), for the places where
// StoreDesk draws them itself: the preview and printers driven through the OS driver. A
// thermal printer draws its own from the same data.
#pragma once

#include <QList>
#include <QString>

namespace storedesk::ui {

class BarcodePattern final
{
public:
    /// One bool per module, true for a bar. Empty when \a digits are not 12 or 13 digits with
    /// a right check digit (12: the check digit is added).
    static QList<bool> ean13(const QString &digits);
    /// Devices::Code128's symbols and the stop. Empty for characters outside ASCII 32–126.
    static QList<bool> code128(const QString &data);
    /// The 13 digits, the check digit added to 12.
    static QString ean13Text(const QString &digits);
};

} // namespace storedesk::ui
