#include "scanframes.h"

#include <QStringDecoder>

#include <algorithm>

namespace storedesk::devices {

QList<ScanFrame> ScanFrames::feed(QByteArrayView bytes)
{
    QList<ScanFrame> out;
    m_buffer += bytes;
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\r' && c != '\n')
            continue;
        if (m_overlong)
            m_overlong = false; // the end of the frame that was too long
        else if (i > start)
            out.append(frame(QByteArrayView(m_buffer).sliced(start, i - start)));
        start = i + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxScanLength) {
        if (!m_overlong) {
            out.append({QString(), tr("The scanner sent more than %1 characters without an end; "
                                      "check that it ends scans with Enter (CR or LF).")
                                       .arg(kMaxScanLength)});
        }
        m_overlong = true;
        m_buffer.clear();
    }
    // Frames of nothing but spaces are no scan, and nothing wrong either.
    out.removeIf([](const ScanFrame &f) { return f.code.isEmpty() && f.problem.isEmpty(); });
    return out;
}

void ScanFrames::clear()
{
    m_buffer.clear();
    m_overlong = false;
}

ScanFrame ScanFrames::frame(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    const bool control = std::any_of(text.begin(), text.end(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (utf8.hasError() || control || bytes.size() > kMaxScanLength) {
        return {QString(), tr("The scanner sent unreadable data (%1 bytes); check its baud rate "
                              "and that it sends plain text.")
                               .arg(bytes.size())};
    }
    return {text.trimmed(), QString()};
}

} // namespace storedesk::devices
