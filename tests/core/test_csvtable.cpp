// CSV files as spreadsheets and old till software write them: encodings found without being
// told, Excel's quoting, line ends and separators, and the line each record starts on.
#include "catchqt.h"
#include "domain/error.h"
#include "io/csvtable.h"
#include "io/csvwriter.h"
#include "teststore.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace storedesk::core;
using storedesk::test::errorOf;

namespace {

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QStringList fieldsOf(const CsvTable &table, int record)
{
    return table.records().value(record).fields;
}

} // namespace

TEST_CASE("UTF-8 with and without a BOM reads the same", "[import][csv]")
{
    const QByteArray body = QStringLiteral("手机号,姓名\r\n13800138000,张三\r\n").toUtf8();
    const CsvTable plain = CsvTable::fromBytes(body);
    const CsvTable bom = CsvTable::fromBytes("\xEF\xBB\xBF" + body);
    CHECK(plain.encoding() == QStringLiteral("utf-8"));
    CHECK_FALSE(plain.hadBom());
    CHECK(bom.encoding() == QStringLiteral("utf-8"));
    CHECK(bom.hadBom());
    CHECK(fieldsOf(bom, 0) == QStringList{QStringLiteral("手机号"), QStringLiteral("姓名")});
    CHECK(fieldsOf(plain, 1) == fieldsOf(bom, 1));
}

TEST_CASE("A GBK file is found to be GB18030 and read", "[import][csv]")
{
    const QString text = QStringLiteral("会员卡号,姓名,备注\n0001,王芳,老顾客\n");
    const CsvTable table = CsvTable::fromBytes(gbk(text));
    CHECK(table.encoding() == QStringLiteral("gb18030"));
    CHECK(fieldsOf(table, 1) ==
          QStringList{QStringLiteral("0001"), QStringLiteral("王芳"), QStringLiteral("老顾客")});
    // Named by hand, under any of its usual names.
    CHECK(CsvTable::fromBytes(gbk(text), QStringLiteral("GBK")).records().size() == 2);
    // Forced to UTF-8, GBK bytes are refused rather than read as mojibake.
    CHECK(errorOf([&] { CsvTable::fromBytes(gbk(text), QStringLiteral("utf-8")); }) ==
          ErrorCode::InvalidEncoding);
    CHECK(errorOf([&] { CsvTable::fromBytes(gbk(text), QStringLiteral("latin-9")); }) ==
          ErrorCode::InvalidEncoding);
}

TEST_CASE("Excel's Unicode text is UTF-16 with tabs", "[import][csv]")
{
    const QString text = QStringLiteral("手机\t姓名\r\n13900139000\t李四\r\n");
    QByteArray bytes("\xFF\xFE");
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const CsvTable table = CsvTable::fromBytes(bytes);
    CHECK(table.encoding() == QStringLiteral("utf-16"));
    CHECK(table.delimiter() == u'\t');
    CHECK(fieldsOf(table, 1) == QStringList{QStringLiteral("13900139000"), QStringLiteral("李四")});
    // Without its byte-order mark it is not taken for UTF-8 full of NULs.
    CHECK(errorOf([&] { CsvTable::fromBytes(bytes.mid(2)); }) == ErrorCode::InvalidEncoding);
    CHECK(fieldsOf(CsvTable::fromBytes(bytes.mid(2), QStringLiteral("utf-16")), 1).size() == 2);
}

TEST_CASE("Quotes, doubled quotes and line breaks inside fields", "[import][csv]")
{
    const QString text = QStringLiteral("phone,name,note\r\n"
                                        "13800138000,\"Zhang, San\",\"says \"\"hi\"\"\"\r\n"
                                        "13800138001,李四,\"two\r\nlines\"\r\n"
                                        "\r\n"
                                        "13800138002,王五,a \"quoted\" word\r\n"
                                        "13800138003,\"\",\r\n");
    const CsvTable table = CsvTable::fromBytes(text.toUtf8());
    REQUIRE(table.records().size() == 5);
    CHECK(fieldsOf(table, 1) == QStringList{QStringLiteral("13800138000"),
                                            QStringLiteral("Zhang, San"),
                                            QStringLiteral("says \"hi\"")});
    CHECK(fieldsOf(table, 2).value(2) == QStringLiteral("two\nlines"));
    CHECK(fieldsOf(table, 3).value(2) == QStringLiteral("a \"quoted\" word"));
    CHECK(fieldsOf(table, 4) == QStringList{QStringLiteral("13800138003"), QString(), QString()});
    // Each record knows the line it starts on; a blank line is no record.
    CHECK(table.records()[1].line == 2);
    CHECK(table.records()[2].line == 3);
    CHECK(table.records()[3].line == 6);
    CHECK(table.records()[4].line == 7);
}

TEST_CASE("Separators and line ends are found", "[import][csv]")
{
    using Case = std::tuple<const char *, QChar, qsizetype>;
    const auto [text, delimiter, fields] =
        GENERATE(Case{"a,b,c\n1,2,3", u',', 3}, Case{"a\tb\tc\r1\t2\t3\r", u'\t', 3},
                 Case{"a;b;c\n1;2;3\n", u';', 3}, Case{"\n\n\"x,y\"\tb\n1\t2", u'\t', 2},
                 Case{"name\nAlice", u',', 1});
    const CsvTable table = CsvTable::fromBytes(QByteArray(text));
    CHECK(table.delimiter() == delimiter);
    REQUIRE(table.records().size() == 2);
    CHECK(table.records()[1].fields.size() == fields);
}

TEST_CASE("A quote that never closes names its line", "[import][csv]")
{
    try {
        CsvTable::fromBytes("phone,name\n13800138000,ok\n13800138001,\"cut\nshort,\n");
        FAIL("a cut-off file was read");
    } catch (const Error &e) {
        CHECK(e.code() == ErrorCode::InvalidCsv);
        CHECK(e.message().contains(QStringLiteral("3")));
    }
}

TEST_CASE("A file that cannot be read is a file_error", "[import][csv]")
{
    QTemporaryDir dir;
    CHECK(errorOf([&] { CsvTable::fromFile(dir.filePath(QStringLiteral("missing.csv"))); }) ==
          ErrorCode::FileError);
    QFile file(dir.filePath(QStringLiteral("members.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("phone,name\n13800138000,A\n");
    file.close();
    CHECK(CsvTable::fromFile(file.fileName()).records().size() == 2);
}

TEST_CASE("What CsvWriter writes, CsvTable reads back the same", "[import][csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QList<QStringList> rows{
        {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("note")},
        {QStringLiteral("13800138000"), QStringLiteral("张三, Jr."), QStringLiteral("says \"hi\"")},
        {QStringLiteral("13900139000"), QStringLiteral("李四"), QStringLiteral("two\nlines")},
        {QString(), QString(), QString()},
    };
    {
        CsvWriter csv(path);
        for (const QStringList &row : rows)
            csv.row(row);
        csv.commit();
    }
    const CsvTable table = CsvTable::fromFile(path);
    CHECK(table.hadBom());
    REQUIRE(table.records().size() == 3); // a row of empty fields reads as a blank line
    for (int i = 0; i < 3; ++i)
        CHECK(table.records()[i].fields == rows[i]);
    CHECK(CsvWriter::text(QStringLiteral("=HYPERLINK(\"x\")")) ==
          QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(CsvWriter::text(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(CsvWriter::text(QStringLiteral("张三")) == QStringLiteral("张三"));
    // A file that cannot be written says so, and leaves what was there.
    CHECK(errorOf([&] { CsvWriter(dir.filePath(QStringLiteral("no/such/dir/x.csv"))); }) ==
          ErrorCode::FileError);
}

TEST_CASE("Stored timestamps are ISO 8601 in UTC to the millisecond", "[import][clock]")
{
    const QTimeZone shanghai("Asia/Shanghai");
    for (const QDateTime &moment : {QDateTime(QDate(2026, 11, 22), QTime(9, 30, 0, 5), shanghai),
                                    QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                    QDateTime(QDate(2026, 1, 1), QTime(0, 0), shanghai),
                                    QDateTime(QDate(1, 2, 3), QTime(4, 5, 6, 7), Qt::UTC)}) {
        INFO(moment.toString(Qt::ISODateWithMs).toStdString());
        CHECK(storedTimestamp(moment) == moment.toUTC().toString(Qt::ISODateWithMs));
        CHECK(fromStoredTimestamp(storedTimestamp(moment)) == moment);
    }
    CHECK(storedTimestamp(QDateTime(QDate(2026, 11, 22), QTime(9, 30), shanghai)) ==
          QStringLiteral("2026-11-22T01:30:00.000Z"));
}
