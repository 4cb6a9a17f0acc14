// A black-and-white picture as a thermal printer prints it (a logo): rows of packed bits,
// 1 for a black dot, the leftmost dot in the highest bit. Kept as a binary PBM (P4) in the
// store's settings, so the core can print it without the GUI's image classes.
#pragma once

#include <QByteArray>

#include <optional>

namespace storedesk::devices {

class MonoBitmap final
{
public:
    MonoBitmap() = default;
    /// All white.
    MonoBitmap(int width, int height);

    /// Reads a binary PBM (P4); nullopt for anything else or a picture over 2048×2048 dots.
    static std::optional<MonoBitmap> fromPbm(const QByteArray &pbm);
    QByteArray toPbm() const;

    bool isNull() const { return m_width == 0 || m_height == 0; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    int bytesPerRow() const { return (m_width + 7) / 8; }
    /// The packed rows, bytesPerRow() each.
    const QByteArray &bits() const { return m_bits; }

    bool pixel(int x, int y) const;
    void setPixel(int x, int y, bool black);

    friend bool operator==(const MonoBitmap &, const MonoBitmap &) = default;

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_bits;
};

} // namespace storedesk::devices
