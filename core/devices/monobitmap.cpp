#include "monobitmap.h"

namespace storedesk::devices {

namespace {

constexpr int kMaxSide = 2048;

/// The next whitespace-separated header field of a PBM, skipping # comments.
std::optional<int> headerNumber(const QByteArray &data, qsizetype &pos)
{
    while (pos < data.size()) {
        const char c = data.at(pos);
        if (c == '#') {
            while (pos < data.size() && data.at(pos) != '\n')
                ++pos;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++pos;
        } else {
            break;
        }
    }
    const qsizetype start = pos;
    while (pos < data.size() && data.at(pos) >= '0' && data.at(pos) <= '9')
        ++pos;
    bool ok = false;
    const int n = data.mid(start, pos - start).toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

MonoBitmap::MonoBitmap(int width, int height)
    : m_width(width)
    , m_height(height)
    , m_bits(qsizetype(bytesPerRow()) * height, '\0')
{}

std::optional<MonoBitmap> MonoBitmap::fromPbm(const QByteArray &pbm)
{
    if (!pbm.startsWith("P4"))
        return std::nullopt;
    qsizetype pos = 2;
    const auto width = headerNumber(pbm, pos);
    const auto height = headerNumber(pbm, pos);
    if (!width || !height || *width < 1 || *height < 1 || *width > kMaxSide || *height > kMaxSide ||
        pos >= pbm.size())
        return std::nullopt;
    ++pos; // the single whitespace before the raster
    MonoBitmap bitmap(*width, *height);
    if (pbm.size() - pos < bitmap.m_bits.size())
        return std::nullopt;
    bitmap.m_bits = pbm.mid(pos, bitmap.m_bits.size());
    return bitmap;
}

QByteArray MonoBitmap::toPbm() const
{
    return "P4\n" + QByteArray::number(m_width) + ' ' + QByteArray::number(m_height) + '\n' +
           m_bits;
}

bool MonoBitmap::pixel(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return false;
    const auto byte = uchar(m_bits.at(qsizetype(y) * bytesPerRow() + x / 8));
    return byte & (0x80 >> (x % 8));
}

void MonoBitmap::setPixel(int x, int y, bool black)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    char &byte = m_bits[qsizetype(y) * bytesPerRow() + x / 8];
    const auto mask = uchar(0x80 >> (x % 8));
    byte = char(black ? (uchar(byte) | mask) : (uchar(byte) & ~mask));
}

} // namespace storedesk::devices
