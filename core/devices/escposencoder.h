// Turns receipts and device commands into ESC/POS bytes: initialise, alignment, bold, character
// size, feeds, cuts, the drawer pulse, EAN-13 and CODE128 barcodes, native QR codes, raster
// pictures, and text in GB18030 (with the printer's Chinese mode where it needs FS &) or in a
// single-byte code page.
#pragma once

#include "codepage.h"
#include "printeroptions.h"
#include "receiptdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace storedesk::devices {

class EscPosEncoder final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::devices::EscPosEncoder)

public:
    /// Throws unsupported_printer when this computer cannot write GB18030 or the code page is
    /// not one StoreDesk has.
    explicit EscPosEncoder(const PrinterOptions &options);

    /// A whole document: initialise, every block in order, ending with its cut.
    QByteArray encode(const ReceiptDocument &document) const;

    /// ESC @ and the text mode (FS &, or FS . and ESC t n).
    QByteArray initialize() const;
    /// The bytes of \a text alone. Control characters are dropped (a product name can never
    /// carry a printer command); ¥ becomes the GB2312 ￥ in the Chinese modes, which every
    /// Chinese printer has, and characters a code page lacks become '?' for each column.
    QByteArray text(QStringView text) const;
    /// ESC p: the configured pin and timing.
    QByteArray drawerPulse() const;
    QByteArray barcode(BarcodeKind kind, const QString &data, int moduleDots) const;
    QByteArray qrCode(const QString &data, int moduleDots) const;
    /// GS v 0 in bands, centred on the paper.
    QByteArray image(const MonoBitmap &image) const;
    QByteArray cut(bool partial) const;
    QByteArray feed(int lines) const;

    /// DLE EOT n: the real-time status query (n = 1 printer, 2 offline cause, 3 error cause,
    /// 4 paper roll sensor).
    static QByteArray statusQuery(int n);
    /// Whether \a data can be printed as that barcode (otherwise it is printed as text).
    static bool barcodeAccepts(BarcodeKind kind, QStringView data);

private:
    PrinterOptions m_options;
    std::optional<CodePage> m_codePage;
};

} // namespace storedesk::devices
