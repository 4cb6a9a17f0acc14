#include "escposencoder.h"

#include "code128.h"
#include "domain/error.h"
#include "textcolumns.h"

#include <QStringEncoder>

namespace storedesk::devices {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char LF = 0x0A;
constexpr int kBandRows = 128;   // rows per GS v 0 command: within every printer's buffer
constexpr int kMaxQrBytes = 700; // a QR code a 58 mm roll can still hold at module size 3

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (int v : values)
        out.append(char(v));
    return out;
}

char alignByte(Align align)
{
    switch (align) {
    case Align::Left:
        return 0;
    case Align::Centre:
        return 1;
    case Align::Right:
        return 2;
    }
    return 0;
}

char sizeByte(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return 0x00;
    case TextSize::Tall:
        return 0x01;
    case TextSize::Large:
        return 0x11;
    }
    return 0x00;
}

/// Text as the printer may receive it: no control characters at all.
QString printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.category() != QChar::Other_Format)
            out.append(c);
    }
    return out;
}

} // namespace

EscPosEncoder::EscPosEncoder(const PrinterOptions &options)
    : m_options(options)
{
    if (options.textMode == TextMode::CodePage) {
        m_codePage = CodePage::byNumber(options.codePage);
        if (!m_codePage) {
            throw core::Error(
                core::ErrorCode::UnsupportedPrinter,
                tr("StoreDesk has no table for code page %1; use 0 (PC437), 16 (WPC1252) or "
                   "19 (PC858).")
                    .arg(options.codePage),
                QStringLiteral("code_page"));
        }
    } else if (!QStringEncoder("GB18030").isValid()) {
        throw core::Error(core::ErrorCode::UnsupportedPrinter,
                          tr("This computer's Qt cannot write GB18030 text; choose the code-page "
                             "mode for this printer."),
                          QStringLiteral("text_mode"));
    }
}

QByteArray EscPosEncoder::initialize() const
{
    QByteArray out = bytes({ESC, '@'});
    switch (m_options.textMode) {
    case TextMode::Gb18030:
        out += bytes({FS, '&'});
        break;
    case TextMode::Gb18030Native:
        break;
    case TextMode::CodePage:
        // Chinese-market printers start in Chinese mode: leave it, then pick the page.
        out += bytes({FS, '.', ESC, 't', m_options.codePage});
        break;
    }
    return out;
}

QByteArray EscPosEncoder::text(QStringView input) const
{
    QString clean = printable(input);
    if (m_options.textMode != TextMode::CodePage) {
        // U+00A5 is a four-byte sequence in GB18030 that GBK printers print as mojibake.
        clean.replace(QChar(0x00A5), QChar(0xFFE5));
        QStringEncoder encoder("GB18030");
        QByteArray out = encoder.encode(clean);
        return out;
    }
    QByteArray out;
    const TextColumns columns(TextMode::CodePage);
    for (qsizetype pos = 0; pos < clean.size();) {
        const char32_t c = TextColumns::next(clean, pos);
        if (const auto b = m_codePage->byteFor(c))
            out.append(*b);
        else
            out.append(QByteArray(std::max(1, columns.width(c)), '?'));
    }
    return out;
}

QByteArray EscPosEncoder::drawerPulse() const
{
    const auto units = [](int ms) {
        return std::clamp((ms + 1) / 2, 1, 255);
    };
    return bytes({ESC, 'p', m_options.drawerPin == 5 ? 1 : 0, units(m_options.pulseOnMs),
                  units(m_options.pulseOffMs)});
}

QByteArray EscPosEncoder::feed(int lines) const
{
    return bytes({ESC, 'd', std::clamp(lines, 0, 255)});
}

QByteArray EscPosEncoder::cut(bool partial) const
{
    // Function B: feed to the cutter first, so the last line is never cut through.
    return bytes({GS, 'V', partial ? 66 : 65, 0});
}

QByteArray EscPosEncoder::statusQuery(int n)
{
    return bytes({DLE, EOT, n});
}

bool EscPosEncoder::barcodeAccepts(BarcodeKind kind, QStringView data)
{
    if (kind == BarcodeKind::Ean13) {
        return (data.size() == 12 || data.size() == 13) &&
               std::all_of(data.begin(), data.end(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    }
    return !data.isEmpty() && data.size() <= 120 &&
           std::all_of(data.begin(), data.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

QByteArray EscPosEncoder::barcode(BarcodeKind kind, const QString &data, int moduleDots) const
{
    if (!barcodeAccepts(kind, data)) {
        // A receipt still prints when its number cannot be a barcode: the text stands in.
        return bytes({ESC, 'a', 1}) + text(data) + LF;
    }
    QByteArray out = bytes(
        {ESC, 'a', 1, GS, 'H', 2, GS, 'f', 0, GS, 'h', 80, GS, 'w', std::clamp(moduleDots, 1, 6)});
    QByteArray payload;
    if (kind == BarcodeKind::Ean13) {
        payload = data.toLatin1();
        out += bytes({GS, 'k', 67, int(payload.size())});
    } else {
        payload = Code128::escPosData(data);
        out += bytes({GS, 'k', 73, int(payload.size())});
    }
    return out + payload;
}

QByteArray EscPosEncoder::qrCode(const QString &data, int moduleDots) const
{
    const QByteArray payload = data.toUtf8().left(kMaxQrBytes);
    const int stored = int(payload.size()) + 3;
    QByteArray out = bytes({ESC, 'a', 1});
    out += bytes({GS, '(', 'k', 4, 0, '1', 'A', '2', 0});                        // model 2
    out += bytes({GS, '(', 'k', 3, 0, '1', 'C', std::clamp(moduleDots, 1, 16)}); // module size
    out += bytes({GS, '(', 'k', 3, 0, '1', 'E', '1'}); // error correction M (15 %)
    out += bytes({GS, '(', 'k', stored & 0xFF, stored >> 8, '1', 'P', '0'}) + payload;
    out += bytes({GS, '(', 'k', 3, 0, '1', 'Q', '0'}); // print it
    return out;
}

QByteArray EscPosEncoder::image(const MonoBitmap &picture) const
{
    if (picture.isNull())
        return {};
    const int paperDots = m_options.dots();
    const int width = std::min(picture.width(), paperDots);
    const int offset = (paperDots - width) / 2;
    // Centred by padding the rows: raster images ignore ESC a on many printers.
    const int rowBytes = (offset + width + 7) / 8;
    QByteArray out;
    for (int top = 0; top < picture.height(); top += kBandRows) {
        const int rows = std::min(kBandRows, picture.height() - top);
        out += bytes({GS, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, rows & 0xFF, rows >> 8});
        for (int y = top; y < top + rows; ++y) {
            QByteArray row(rowBytes, '\0');
            for (int x = 0; x < width; ++x) {
                if (picture.pixel(x, y)) {
                    const int dot = offset + x;
                    row[dot / 8] = char(uchar(row[dot / 8]) | (0x80 >> (dot % 8)));
                }
            }
            out += row;
        }
    }
    return out;
}

QByteArray EscPosEncoder::encode(const ReceiptDocument &document) const
{
    QByteArray out = initialize();
    // Only changes are sent; ESC @ left the printer at left, not bold, normal size.
    Align align = Align::Left;
    bool bold = false;
    TextSize size = TextSize::Normal;
    for (const ReceiptBlock &block : document.blocks()) {
        switch (block.kind) {
        case ReceiptBlock::Kind::Text:
            if (block.align != align)
                out += bytes({ESC, 'a', alignByte(align = block.align)});
            if (block.bold != bold)
                out += bytes({ESC, 'E', (bold = block.bold) ? 1 : 0});
            if (block.size != size)
                out += bytes({GS, '!', sizeByte(size = block.size)});
            out += text(block.text) + LF;
            break;
        case ReceiptBlock::Kind::Feed:
            out += feed(block.lines);
            break;
        case ReceiptBlock::Kind::Barcode:
            out += barcode(block.barcode, block.text, block.moduleDots);
            align = Align::Centre;
            break;
        case ReceiptBlock::Kind::QrCode:
            out += qrCode(block.text, block.moduleDots);
            align = Align::Centre;
            break;
        case ReceiptBlock::Kind::Image:
            out += image(block.image);
            break;
        case ReceiptBlock::Kind::Cut:
            out += cut(block.partialCut);
            break;
        }
    }
    return out;
}

} // namespace storedesk::devices
