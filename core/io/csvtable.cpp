#include "csvtable.h"

#include "domain/error.h"

#include <QFile>
#include <QStringDecoder>

namespace storedesk::core {

namespace {

const QString kUtf8 = QStringLiteral("utf-8");
const QString kGb18030 = QStringLiteral("gb18030");
const QString kUtf16 = QStringLiteral("utf-16");

[[noreturn]] void notText(const QString &encoding)
{
    throw Error(
        ErrorCode::InvalidEncoding,
        CsvTable::tr("The file is not %1 text. Save it from the spreadsheet as “CSV UTF-8”, "
                     "or name its encoding (UTF-8, GBK or UTF-16).")
            .arg(encoding.toUpper()),
        QStringLiteral("encoding"));
}

/// Decodes all of \a bytes with \a decoder; nullopt when any byte sequence is not valid.
std::optional<QString> strictly(QStringDecoder &decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    // The ICU-backed decoders (GB18030) replace bad input without always raising the flag;
    // a replacement character in a file that was not valid UTF-8 means the same.
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    return text;
}

struct Decoded
{
    QString text;
    QString encoding;
    bool bom = false;
};

Decoded decode(const QByteArray &bytes, const QString &forced)
{
    QByteArrayView view(bytes);
    Decoded out;
    QStringDecoder::Encoding unicode = QStringDecoder::Utf8;
    if (view.startsWith("\xEF\xBB\xBF")) {
        out.bom = true;
        view = view.sliced(3);
    } else if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        out.bom = true;
        unicode = view.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE;
        view = view.sliced(2);
    }
    if (!forced.isEmpty() && forced != kUtf16)
        unicode = QStringDecoder::Utf8;
    else if (forced == kUtf16 && !out.bom)
        unicode = QStringDecoder::Utf16LE;
    out.encoding = unicode == QStringDecoder::Utf8 ? kUtf8 : kUtf16;

    if (forced == kGb18030 || (forced.isEmpty() && !out.bom)) {
        if (forced.isEmpty()) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            if (auto text = strictly(utf8, view)) {
                out.text = std::move(*text);
                return out;
            }
        }
        QStringDecoder gb("GB18030");
        auto text = strictly(gb, view);
        if (!text)
            notText(forced.isEmpty() ? QStringLiteral("UTF-8 / GBK") : forced);
        out.text = std::move(*text);
        out.encoding = kGb18030;
        return out;
    }
    QStringDecoder decoder(unicode);
    auto text = strictly(decoder, view);
    if (!text)
        notText(out.encoding);
    out.text = std::move(*text);
    return out;
}

} // namespace

QStringList CsvTable::encodings()
{
    return {kUtf8, kGb18030, kUtf16};
}

QString CsvTable::encodingFor(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"utf8")
        return kUtf8;
    if (n == u"gb18030" || n == u"gbk" || n == u"gb2312" || n == u"cp936")
        return kGb18030;
    if (n == u"utf16" || n == u"utf16le" || n == u"unicode")
        return kUtf16;
    return {};
}

CsvTable CsvTable::fromBytes(const QByteArray &bytes, const QString &encoding)
{
    QString forced;
    if (!encoding.trimmed().isEmpty()) {
        forced = encodingFor(encoding);
        if (forced.isEmpty()) {
            throw Error(ErrorCode::InvalidEncoding,
                        tr("“%1” is not an encoding StoreDesk reads; use %2.")
                            .arg(encoding, encodings().join(QStringLiteral(", "))),
                        QStringLiteral("encoding"));
        }
    }
    Decoded decoded = decode(bytes, forced);
    if (decoded.text.contains(QChar(u'\0'))) {
        // UTF-16 without its byte-order mark reads as UTF-8 full of NULs.
        throw Error(ErrorCode::InvalidEncoding,
                    tr("The file holds NUL characters: it may be UTF-16 text without a byte-order "
                       "mark (name the encoding UTF-16), or not a CSV file at all."),
                    QStringLiteral("encoding"));
    }
    CsvTable table;
    table.m_encoding = decoded.encoding;
    table.m_bom = decoded.bom;
    table.m_delimiter = detectDelimiter(decoded.text);
    table.m_records = split(decoded.text, table.m_delimiter);
    return table;
}

CsvTable CsvTable::fromFile(const QString &path, const QString &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorCode::FileError, tr("%1 cannot be read: %2").arg(path, file.errorString()),
                    QStringLiteral("file"));
    }
    if (file.size() > kMaxBytes) {
        throw Error(ErrorCode::FileError,
                    tr("%1 is larger than %2 MiB.").arg(path).arg(kMaxBytes / (1024 * 1024)),
                    QStringLiteral("file"));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        throw Error(ErrorCode::FileError, tr("%1 cannot be read: %2").arg(path, file.errorString()),
                    QStringLiteral("file"));
    }
    return fromBytes(bytes, encoding);
}

QChar CsvTable::detectDelimiter(QStringView text)
{
    int comma = 0;
    int tab = 0;
    int semicolon = 0;
    bool quoted = false;
    bool seen = false; // the line so far has something in it
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (seen)
                break; // the first line with anything on it: the header
        } else if (c == u',') {
            ++comma;
        } else if (c == u'\t') {
            ++tab;
        } else if (c == u';') {
            ++semicolon;
        }
        seen = seen || !c.isSpace();
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma && semicolon > tab)
        return u';';
    return u',';
}

QList<CsvRecord> CsvTable::split(QStringView text, QChar delimiter)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool wasQuoted = false; // the field began with a quote: a blank record it is not
    record.line = 1;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        // Spreadsheets save formatted but empty rows as ",,,,": no record either.
        const bool blank =
            !wasQuoted && std::all_of(record.fields.cbegin(), record.fields.cend(),
                                      [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank)
            records.append(std::move(record));
        record = CsvRecord();
        wasQuoted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r') {
                // A line break inside a field is kept as one LF, whatever the file used.
                if (i + 1 < n && text[i + 1] == u'\n')
                    ++i;
                field += u'\n';
                ++line;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"' && field.isEmpty()) {
            // Only a quote that opens a field quotes it; one inside a field is text, as
            // spreadsheets read it.
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        throw Error(ErrorCode::InvalidCsv,
                    tr("The quote that opens a field on line %1 never closes; the file may be cut "
                       "short or have a stray quote.")
                        .arg(quoteLine),
                    QStringLiteral("file"));
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted)
        endRecord();
    return records;
}

} // namespace storedesk::core
