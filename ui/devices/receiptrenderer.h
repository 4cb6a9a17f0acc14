// Paints a laid-out receipt as the thermal printer would print it — the same blocks, the same
// columns, 12×24-dot characters (Chinese ones two columns wide), barcodes, QR codes, the logo —
// for the preview (PNG, PDF) and for printers driven through the OS driver.
#pragma once

#include "monobitmap.h"
#include "receiptdocument.h"

#include <QImage>
#include <QString>

class QPainter;

namespace storedesk::ui {

class ReceiptRenderer final
{
public:
    explicit ReceiptRenderer(devices::ReceiptDocument document);

    /// The paper's width in printer dots (384 or 576).
    int width() const { return m_document.dots(); }
    /// How long the printed receipt is, in dots.
    int height() const;
    /// Paints in printer dots from (0, 0); scale the painter for other devices.
    void paint(QPainter &painter) const;

    /// Black on white, one pixel per printer dot.
    QImage toImage() const;
    bool savePng(const QString &path) const;
    /// One page as long as the receipt, the paper's real width.
    bool savePdf(const QString &path) const;

    /// A picture made printable: scaled down to \a maxWidth dots, dithered to black and white.
    static devices::MonoBitmap toMonoBitmap(const QImage &image, int maxWidth);

private:
    /// Paints block by block when \a painter is given; answers the height either way.
    int run(QPainter *painter) const;

    devices::ReceiptDocument m_document;
};

} // namespace storedesk::ui
