#include "receiptrenderer.h"

#include "barcodepattern.h"
#include "textcolumns.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <qrencode.h>

namespace storedesk::ui {

namespace {

constexpr int kCell = 12;          // one column of the printer's 12×24 font
constexpr int kGlyph = 24;         // its height
constexpr int kLine = 30;          // the default line spacing
constexpr int kBarHeight = 80;     // as the encoder sets it (GS h 80)
constexpr int kHriHeight = 24;     // the human-readable line under a barcode
constexpr double kDotsPerMm = 8.0; // 203 dpi

QFont receiptFont(bool bold)
{
    // A Chinese monospace face where there is one; every glyph is centred in its own cell, so
    // the columns hold whatever face is found.
    QFont font(QStringLiteral("Noto Sans Mono CJK SC"));
    font.setStyleHint(QFont::TypeWriter);
    font.setPixelSize(22);
    font.setBold(bold);
    return font;
}

QList<QList<bool>> qrModules(const QString &text)
{
    const QByteArray data = text.toUtf8();
    QRcode *code = QRcode_encodeData(int(data.size()),
                                     reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                     QR_ECLEVEL_M);
    QList<QList<bool>> rows;
    if (!code)
        return rows;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < code->width; ++x)
            row.append(code->data[y * code->width + x] & 1);
        rows.append(row);
    }
    QRcode_free(code);
    return rows;
}

int startX(devices::Align align, int contentWidth, int paperWidth)
{
    switch (align) {
    case devices::Align::Left:
        return 0;
    case devices::Align::Centre:
        return std::max(0, (paperWidth - contentWidth) / 2);
    case devices::Align::Right:
        return std::max(0, paperWidth - contentWidth);
    }
    return 0;
}

} // namespace

ReceiptRenderer::ReceiptRenderer(devices::ReceiptDocument document)
    : m_document(std::move(document))
{}

int ReceiptRenderer::height() const
{
    return run(nullptr);
}

void ReceiptRenderer::paint(QPainter &painter) const
{
    run(&painter);
}

int ReceiptRenderer::run(QPainter *p) const
{
    const devices::TextColumns columns(m_document.textMode());
    const int paper = m_document.dots();
    int y = 0;
    for (const devices::ReceiptBlock &b : m_document.blocks()) {
        switch (b.kind) {
        case devices::ReceiptBlock::Kind::Text: {
            const int sx = b.size == devices::TextSize::Large ? 2 : 1;
            const int sy = b.size == devices::TextSize::Normal ? 1 : 2;
            const int width = columns.width(b.text) * kCell * sx;
            if (p) {
                p->save();
                p->setFont(receiptFont(b.bold));
                p->setPen(Qt::black);
                int x = startX(b.align, width, paper);
                for (qsizetype pos = 0; pos < b.text.size();) {
                    const qsizetype from = pos;
                    const char32_t c = devices::TextColumns::next(b.text, pos);
                    const int cell = columns.width(c) * kCell * sx;
                    // Each glyph drawn into its own cells at the printer's size.
                    p->save();
                    p->translate(x, y);
                    p->scale(sx, sy);
                    p->drawText(QRectF(0, 0, cell / sx, kGlyph), Qt::AlignCenter,
                                b.text.mid(from, pos - from));
                    p->restore();
                    x += cell;
                }
                p->restore();
            }
            y += kGlyph * sy + (kLine - kGlyph);
            break;
        }
        case devices::ReceiptBlock::Kind::Feed:
            y += b.lines * kLine;
            break;
        case devices::ReceiptBlock::Kind::Barcode: {
            const QList<bool> modules = b.barcode == devices::BarcodeKind::Ean13
                                            ? BarcodePattern::ean13(b.text)
                                            : BarcodePattern::code128(b.text);
            if (modules.isEmpty()) { // printed as text, as the encoder does
                if (p) {
                    p->setFont(receiptFont(false));
                    p->drawText(QRect(0, y, paper, kGlyph), Qt::AlignCenter, b.text);
                }
                y += kLine;
                break;
            }
            const int w = int(modules.size()) * b.moduleDots;
            const int x0 = startX(devices::Align::Centre, w, paper);
            if (p) {
                for (int i = 0; i < modules.size(); ++i) {
                    if (modules.at(i))
                        p->fillRect(x0 + i * b.moduleDots, y, b.moduleDots, kBarHeight, Qt::black);
                }
                QFont hri = receiptFont(false);
                hri.setPixelSize(17);
                p->setFont(hri);
                const QString text = b.barcode == devices::BarcodeKind::Ean13
                                         ? BarcodePattern::ean13Text(b.text)
                                         : b.text;
                p->drawText(QRect(0, y + kBarHeight + 2, paper, kHriHeight), Qt::AlignCenter, text);
            }
            y += kBarHeight + kHriHeight + 6;
            break;
        }
        case devices::ReceiptBlock::Kind::QrCode: {
            const QList<QList<bool>> rows = qrModules(b.text);
            const int side = int(rows.size()) * b.moduleDots;
            const int x0 = startX(devices::Align::Centre, side, paper);
            if (p) {
                for (int r = 0; r < rows.size(); ++r) {
                    for (int c = 0; c < rows.at(r).size(); ++c) {
                        if (rows.at(r).at(c))
                            p->fillRect(x0 + c * b.moduleDots, y + r * b.moduleDots, b.moduleDots,
                                        b.moduleDots, Qt::black);
                    }
                }
            }
            y += side + 8;
            break;
        }
        case devices::ReceiptBlock::Kind::Image: {
            const int x0 = startX(devices::Align::Centre, b.image.width(), paper);
            if (p) {
                for (int iy = 0; iy < b.image.height(); ++iy) {
                    for (int ix = 0; ix < b.image.width(); ++ix) {
                        if (b.image.pixel(ix, iy))
                            p->fillRect(x0 + ix, y + iy, 1, 1, Qt::black);
                    }
                }
            }
            y += b.image.height();
            break;
        }
        case devices::ReceiptBlock::Kind::Cut:
            if (p) {
                p->setPen(QPen(Qt::gray, 1, Qt::DashLine));
                p->drawLine(0, y + 10, paper, y + 10);
            }
            y += 20;
            break;
        }
    }
    return y;
}

QImage ReceiptRenderer::toImage() const
{
    QImage image(width(), height(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter);
    return image;
}

bool ReceiptRenderer::savePng(const QString &path) const
{
    return toImage().save(path, "PNG");
}

bool ReceiptRenderer::savePdf(const QString &path) const
{
    QPdfWriter writer(path);
    const QSizeF mm(width() / kDotsPerMm, height() / kDotsPerMm);
    writer.setPageSize(QPageSize(mm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(203);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const double scale = writer.width() / double(width());
    painter.scale(scale, scale);
    paint(painter);
    return painter.end();
}

devices::MonoBitmap ReceiptRenderer::toMonoBitmap(const QImage &source, int maxWidth)
{
    if (source.isNull())
        return {};
    QImage gray = source.convertToFormat(QImage::Format_ARGB32);
    if (gray.width() > maxWidth)
        gray = gray.scaledToWidth(maxWidth, Qt::SmoothTransformation);
    // Floyd–Steinberg over the luminance; transparent counts as white paper.
    const int w = gray.width();
    const int h = gray.height();
    QList<float> lum(qsizetype(w) * h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const QRgb px = gray.pixel(x, y);
            const float a = qAlpha(px) / 255.0f;
            lum[qsizetype(y) * w + x] = (qGray(px) * a + 255.0f * (1 - a));
        }
    }
    devices::MonoBitmap out(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const float old = lum[qsizetype(y) * w + x];
            const bool black = old < 128;
            out.setPixel(x, y, black);
            const float err = old - (black ? 0.0f : 255.0f);
            const auto spread = [&](int dx, int dy, float f) {
                if (x + dx >= 0 && x + dx < w && y + dy < h)
                    lum[qsizetype(y + dy) * w + x + dx] += err * f;
            };
            spread(1, 0, 7 / 16.0f);
            spread(-1, 1, 3 / 16.0f);
            spread(0, 1, 5 / 16.0f);
            spread(1, 1, 1 / 16.0f);
        }
    }
    return out;
}

} // namespace storedesk::ui
