#include "receiptdocument.h"

namespace storedesk::devices {

ReceiptDocument::ReceiptDocument(PaperWidth paper, TextMode textMode)
    : m_paper(paper)
    , m_textMode(textMode)
{}

int ReceiptDocument::columns() const
{
    return PrinterOptions{m_paper}.columns();
}

int ReceiptDocument::dots() const
{
    return PrinterOptions{m_paper}.dots();
}

void ReceiptDocument::addText(const QString &line, Align align, bool bold, TextSize size)
{
    ReceiptBlock b;
    b.kind = ReceiptBlock::Kind::Text;
    b.text = line;
    b.align = align;
    b.bold = bold;
    b.size = size;
    m_blocks.append(b);
}

void ReceiptDocument::addFeed(int lines)
{
    ReceiptBlock b;
    b.kind = ReceiptBlock::Kind::Feed;
    b.lines = lines;
    m_blocks.append(b);
}

void ReceiptDocument::addBarcode(BarcodeKind kind, const QString &data, int moduleDots)
{
    ReceiptBlock b;
    b.kind = ReceiptBlock::Kind::Barcode;
    b.barcode = kind;
    b.text = data;
    b.align = Align::Centre;
    b.moduleDots = moduleDots;
    m_blocks.append(b);
}

void ReceiptDocument::addQrCode(const QString &data, int moduleDots)
{
    ReceiptBlock b;
    b.kind = ReceiptBlock::Kind::QrCode;
    b.text = data;
    b.align = Align::Centre;
    b.moduleDots = moduleDots;
    m_blocks.append(b);
}

void ReceiptDocument::addImage(const MonoBitmap &image)
{
    ReceiptBlock b;
    b.kind = ReceiptBlock::Kind::Image;
    b.image = image;
    b.align = Align::Centre;
    m_blocks.append(b);
}

void ReceiptDocument::addCut(bool partial)
{
    ReceiptBlock b;
    b.kind = ReceiptBlock::Kind::Cut;
    b.partialCut = partial;
    m_blocks.append(b);
}

} // namespace storedesk::devices
