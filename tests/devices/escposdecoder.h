// Test side: reads ESC/POS bytes back into what a printer would do — text lines (GB18030 or a
// code page), alignment, bold, sizes, feeds, cuts, drawer pulses, barcodes, QR codes, pictures
// and status queries — as one readable listing to assert on and to keep as golden files.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace storedesk::test {

struct DecodedPrint
{
    QStringList listing; ///< one entry per line or command, as in the golden files
    QStringList lines;   ///< the printed text lines alone
    int cuts = 0;
    int pulses = 0;
    QStringList barcodes; ///< "CODE128 20261122-0001", "EAN13 6901234567892"
    QStringList qrCodes;
    int statusQueries = 0;
    QString problem; ///< the first byte sequence the decoder did not understand
};

/// Decodes \a bytes; \a codePage is used for text outside the Chinese mode (ESC t changes it).
DecodedPrint decodeEscPos(const QByteArray &bytes);

} // namespace storedesk::test
