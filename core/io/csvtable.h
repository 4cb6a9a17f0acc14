// A CSV file as spreadsheets and old till software write it, read into records: UTF-8 (with or
// without a BOM), UTF-16 with a BOM (Excel's "Unicode text") or GBK/GB18030; comma, tab or
// semicolon separated; quoted fields with doubled quotes and line breaks inside; CRLF, LF or CR
// line ends. Each record keeps the line it starts on, so a problem can be found in the file.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace storedesk::core {

struct CsvRecord
{
    int line = 0; ///< the line of the file the record starts on (1 for the first)
    QStringList fields;
};

class CsvTable final
{
    Q_DECLARE_TR_FUNCTIONS(storedesk::core::CsvTable)

public:
    /// The largest file read (a few million members).
    static constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;

    /// The encodings a file can be read in: "utf-8", "gb18030" (which also reads GBK and
    /// GB2312) and "utf-16" (either byte order; little-endian without a BOM).
    static QStringList encodings();
    /// The encoding \a name stands for ("GBK" → "gb18030"), or empty when it is none of them.
    static QString encodingFor(const QString &name);

    /// Decodes \a bytes and splits them into records, blank lines (and lines of empty fields
    /// only) left out. Without
    /// \a encoding: a byte-order mark decides, else UTF-8 when the bytes are valid UTF-8, else
    /// GB18030. Throws invalid_encoding (bytes that are not text in the encoding, or an
    /// encoding not in encodings()) and invalid_csv (a quote that never closes).
    static CsvTable fromBytes(const QByteArray &bytes, const QString &encoding = {});
    /// As fromBytes(), reading the file at \a path; throws file_error when it cannot be read.
    static CsvTable fromFile(const QString &path, const QString &encoding = {});

    /// The encoding the text was read in (one of encodings()).
    const QString &encoding() const { return m_encoding; }
    /// Whether the file began with a byte-order mark.
    bool hadBom() const { return m_bom; }
    /// ',', '\t' or ';': whichever the first record uses most (',' when none).
    QChar delimiter() const { return m_delimiter; }
    /// Every record, the header first.
    const QList<CsvRecord> &records() const { return m_records; }
    bool isEmpty() const { return m_records.isEmpty(); }

    /// Splits decoded \a text with \a delimiter. Throws invalid_csv.
    static QList<CsvRecord> split(QStringView text, QChar delimiter);
    /// The delimiter the first record of \a text uses most.
    static QChar detectDelimiter(QStringView text);

private:
    QString m_encoding;
    bool m_bom = false;
    QChar m_delimiter = u',';
    QList<CsvRecord> m_records;
};

} // namespace storedesk::core
