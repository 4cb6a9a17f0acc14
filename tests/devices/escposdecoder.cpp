#include "escposdecoder.h"

#include "codepage.h"

#include <QStringDecoder>

namespace storedesk::test {

namespace {

class Decoder
{
public:
    explicit Decoder(const QByteArray &bytes)
        : m_in(bytes)
    {}

    DecodedPrint run()
    {
        while (m_pos < m_in.size() && m_out.problem.isEmpty())
            step();
        flushText();
        return m_out;
    }

private:
    int byte(qsizetype at) const { return at < m_in.size() ? quint8(m_in.at(at)) : -1; }
    bool need(qsizetype count)
    {
        if (m_pos + count <= m_in.size())
            return true;
        fail(QStringLiteral("truncated command"));
        return false;
    }
    void fail(const QString &why)
    {
        m_out.problem = QStringLiteral("%1 at byte %2").arg(why).arg(m_pos);
    }
    void emitCommand(const QString &text)
    {
        flushText();
        m_out.listing.append(u'[' + text + u']');
    }
    void flushText()
    {
        if (m_text.isEmpty())
            return;
        m_out.listing.append(u'|' + decodeText(m_text) + u'|');
        m_out.lines.append(decodeText(m_text));
        m_text.clear();
    }
    QString decodeText(const QByteArray &bytes) const
    {
        if (m_chinese) {
            QStringDecoder gb("GB18030");
            return gb.decode(bytes);
        }
        const auto page = devices::CodePage::byNumber(m_codePage);
        QString out;
        for (char c : bytes) {
            const char32_t u = page ? page->charFor(quint8(c)) : char32_t(quint8(c));
            out += QString::fromUcs4(&u, 1);
        }
        return out;
    }

    void step()
    {
        const int b = byte(m_pos);
        if (b == 0x0A) {
            if (m_text.isEmpty())
                m_out.listing.append(QStringLiteral("||")), m_out.lines.append(QString());
            flushText();
            ++m_pos;
        } else if (b == 0x1B) {
            esc();
        } else if (b == 0x1D) {
            gs();
        } else if (b == 0x1C) {
            fs();
        } else if (b == 0x10) {
            if (!need(3))
                return;
            if (byte(m_pos + 1) != 0x04)
                return fail(QStringLiteral("unknown DLE command"));
            ++m_out.statusQueries;
            emitCommand(QStringLiteral("status? %1").arg(byte(m_pos + 2)));
            m_pos += 3;
        } else if (b < 0x20) {
            fail(QStringLiteral("control byte 0x%1").arg(b, 2, 16, QChar(u'0')));
        } else {
            m_text.append(char(b));
            ++m_pos;
        }
    }

    void esc()
    {
        if (!need(2))
            return;
        const int c = byte(m_pos + 1);
        switch (c) {
        case '@':
            m_chinese = false;
            m_codePage = 0;
            emitCommand(QStringLiteral("init"));
            m_pos += 2;
            return;
        case 'a': {
            if (!need(3))
                return;
            static const char *names[] = {"left", "centre", "right"};
            const int n = byte(m_pos + 2);
            emitCommand(QStringLiteral("align %1").arg(QLatin1StringView(n <= 2 ? names[n] : "?")));
            m_pos += 3;
            return;
        }
        case 'E':
            if (!need(3))
                return;
            emitCommand(byte(m_pos + 2) ? QStringLiteral("bold") : QStringLiteral("/bold"));
            m_pos += 3;
            return;
        case 'd':
            if (!need(3))
                return;
            emitCommand(QStringLiteral("feed %1").arg(byte(m_pos + 2)));
            m_pos += 3;
            return;
        case 't':
            if (!need(3))
                return;
            m_codePage = byte(m_pos + 2);
            emitCommand(QStringLiteral("codepage %1").arg(m_codePage));
            m_pos += 3;
            return;
        case 'p':
            if (!need(5))
                return;
            ++m_out.pulses;
            emitCommand(QStringLiteral("pulse pin %1 on %2ms off %3ms")
                            .arg(byte(m_pos + 2) == 1 ? 5 : 2)
                            .arg(byte(m_pos + 3) * 2)
                            .arg(byte(m_pos + 4) * 2));
            m_pos += 5;
            return;
        default:
            fail(QStringLiteral("unknown ESC %1").arg(QChar(c)));
        }
    }

    void fs()
    {
        if (!need(2))
            return;
        const int c = byte(m_pos + 1);
        if (c == '&' || c == '.') {
            m_chinese = c == '&';
            emitCommand(m_chinese ? QStringLiteral("chinese") : QStringLiteral("/chinese"));
            m_pos += 2;
            return;
        }
        fail(QStringLiteral("unknown FS %1").arg(QChar(c)));
    }

    void gs()
    {
        if (!need(2))
            return;
        const int c = byte(m_pos + 1);
        switch (c) {
        case '!': {
            if (!need(3))
                return;
            const int n = byte(m_pos + 2);
            emitCommand(QStringLiteral("size %1x%2").arg((n >> 4) + 1).arg((n & 0x0F) + 1));
            m_pos += 3;
            return;
        }
        case 'V': {
            if (!need(4))
                return;
            const int m = byte(m_pos + 2);
            ++m_out.cuts;
            emitCommand(m == 66 ? QStringLiteral("cut partial") : QStringLiteral("cut full"));
            m_pos += 4;
            return;
        }
        case 'H':
        case 'f':
        case 'h':
        case 'w':
            if (!need(3))
                return;
            m_barcodeSettings += QStringLiteral(" %1%2").arg(QChar(c)).arg(byte(m_pos + 2));
            m_pos += 3;
            return;
        case 'k':
            return barcode();
        case '(':
            return qr();
        case 'v':
            return raster();
        default:
            fail(QStringLiteral("unknown GS %1").arg(QChar(c)));
        }
    }

    void barcode()
    {
        if (!need(4))
            return;
        const int m = byte(m_pos + 2);
        const int n = byte(m_pos + 3);
        if (!need(4 + n))
            return;
        QByteArray data = m_in.mid(m_pos + 4, n);
        QString kind;
        if (m == 67) {
            kind = QStringLiteral("EAN13");
        } else if (m == 73) {
            kind = QStringLiteral("CODE128");
            if (!data.startsWith("{B") && !data.startsWith("{C"))
                return fail(QStringLiteral("CODE128 without a code set"));
            // Set B is the characters themselves, set C a byte per pair of digits.
            QByteArray text;
            bool setC = false;
            for (qsizetype i = 0; i < data.size(); ++i) {
                if (data.at(i) == '{' && i + 1 < data.size() && data.at(i + 1) != '{') {
                    setC = data.at(++i) == 'C';
                } else if (setC) {
                    text += QByteArray::number(int(data.at(i))).rightJustified(2, '0');
                } else {
                    text += data.at(i);
                    i += data.at(i) == '{'; // "{{" is one brace
                }
            }
            data = text;
        } else {
            return fail(QStringLiteral("unknown barcode type %1").arg(m));
        }
        const QString entry = kind + u' ' + QString::fromLatin1(data);
        m_out.barcodes.append(entry);
        emitCommand(QStringLiteral("barcode %1 (%2)").arg(entry, m_barcodeSettings.trimmed()));
        m_barcodeSettings.clear();
        m_pos += 4 + n;
    }

    void qr()
    {
        if (!need(7))
            return;
        const int length = byte(m_pos + 3) + 256 * byte(m_pos + 4);
        if (!need(5 + length) || byte(m_pos + 2) != 'k' || byte(m_pos + 5) != '1')
            return fail(QStringLiteral("unknown GS ( command"));
        const int fn = byte(m_pos + 6);
        if (fn == 'C')
            m_qrSize = byte(m_pos + 7);
        if (fn == 'P')
            m_qrData = QString::fromUtf8(m_in.mid(m_pos + 8, length - 3));
        if (fn == 'Q') {
            m_out.qrCodes.append(m_qrData);
            emitCommand(QStringLiteral("qr module %1: %2").arg(m_qrSize).arg(m_qrData));
        }
        m_pos += 5 + length;
    }

    void raster()
    {
        if (!need(8) || byte(m_pos + 2) != '0')
            return fail(QStringLiteral("unknown GS v command"));
        const int x = byte(m_pos + 4) + 256 * byte(m_pos + 5);
        const int y = byte(m_pos + 6) + 256 * byte(m_pos + 7);
        if (!need(8 + qsizetype(x) * y))
            return;
        int black = 0;
        for (qsizetype i = 0; i < qsizetype(x) * y; ++i)
            black += qPopulationCount(quint8(m_in.at(m_pos + 8 + i)));
        emitCommand(QStringLiteral("image %1x%2 dots, %3 black").arg(x * 8).arg(y).arg(black));
        m_pos += 8 + qsizetype(x) * y;
    }

    const QByteArray &m_in;
    qsizetype m_pos = 0;
    DecodedPrint m_out;
    QByteArray m_text;
    bool m_chinese = false;
    int m_codePage = 0;
    QString m_barcodeSettings;
    int m_qrSize = 0;
    QString m_qrData;
};

} // namespace

DecodedPrint decodeEscPos(const QByteArray &bytes)
{
    return Decoder(bytes).run();
}

} // namespace storedesk::test
