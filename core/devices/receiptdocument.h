// A receipt laid out for one paper width, as a list of printable blocks: text lines, feeds,
// barcodes, QR codes, pictures and the cut. The ESC/POS encoder turns it into bytes, the GUI
// paints the same blocks for a preview or a driver printer, so both always agree.
#pragma once

#include "monobitmap.h"
#include "printeroptions.h"

#include <QList>
#include <QString>

namespace storedesk::devices {

enum class Align
{
    Left,
    Centre,
    Right,
};

/// The printer's character sizes used on receipts.
enum class TextSize
{
    Normal,
    Tall,  ///< double height: totals stand out and keep their columns
    Large, ///< double width and height: the store's name; half the columns
};

enum class BarcodeKind
{
    Ean13,
    Code128,
};

struct ReceiptBlock
{
    enum class Kind
    {
        Text,
        Feed,
        Barcode,
        QrCode,
        Image,
        Cut,
    };
    Kind kind = Kind::Text;
    QString text; ///< a line of text, or the data of a barcode or QR code
    Align align = Align::Left;
    bool bold = false;
    TextSize size = TextSize::Normal;
    int lines = 0; ///< Feed
    BarcodeKind barcode = BarcodeKind::Code128;
    int moduleDots = 2; ///< a barcode's narrowest bar, or a QR code's square, in dots
    MonoBitmap image;
    bool partialCut = true;
};

class ReceiptDocument final
{
public:
    ReceiptDocument(PaperWidth paper, TextMode textMode);

    PaperWidth paper() const { return m_paper; }
    TextMode textMode() const { return m_textMode; }
    int columns() const;
    int dots() const;
    /// The columns a line of \a size has (Large characters are two columns wide).
    int columns(TextSize size) const { return size == TextSize::Large ? columns() / 2 : columns(); }

    void addText(const QString &line, Align align = Align::Left, bool bold = false,
                 TextSize size = TextSize::Normal);
    void addFeed(int lines);
    void addBarcode(BarcodeKind kind, const QString &data, int moduleDots);
    void addQrCode(const QString &data, int moduleDots);
    void addImage(const MonoBitmap &image);
    void addCut(bool partial);

    const QList<ReceiptBlock> &blocks() const { return m_blocks; }

private:
    PaperWidth m_paper;
    TextMode m_textMode;
    QList<ReceiptBlock> m_blocks;
};

} // namespace storedesk::devices
