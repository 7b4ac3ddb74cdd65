// Import::CsvReader: RFC 4180 quoting, line endings, encodings, line numbers, limits, and records
// that straddle the reader's block boundaries.
#include "import/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

using Records = QList<QStringList>;
using Lines = QList<qint64>;
Q_DECLARE_METATYPE(Records)

namespace {

// Block sizes every parsing case runs with: the default, and tiny ones that cut quotes, CRLF
// pairs, BOMs and multibyte characters apart.
const QList<int> kBlockSizes{int(CsvReader::kDefaultBlockBytes), 1, 2, 3, 5, 16};

struct ReadResult
{
    Records records;
    Lines lines;
    QList<qint64> recordNumbers;
    QString error;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

ReadResult readFile(const QString &path, Encoding encoding, char delimiter, int blockSize)
{
    ReadResult result;
    CsvReader reader;
    reader.setBlockSize(std::size_t(blockSize));
    if (Status s = reader.open(path, encoding, delimiter); !s) {
        result.error = s.errorMessage();
        return result;
    }
    while (reader.readRecord()) {
        QStringList record;
        for (std::string_view field : reader.fields())
            record.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        result.records.append(record);
        result.lines.append(reader.lineNumber());
        result.recordNumbers.append(reader.recordNumber());
    }
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bom
        = encoding == QStringConverter::Utf16LE ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    return bom + QByteArray(encoder(text));
}

// Windows-1252 bytes of text made of ASCII, Latin-1 letters and '€'.
QByteArray cp1252(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text)
        bytes.append(c == QChar(0x20AC) ? '\x80' : char(c.unicode()));
    return bytes;
}

// A random file and, built alongside it (not by parsing it), the records and start lines the
// reader must return.
struct Generated
{
    QString text;
    Records records;
    Lines lines;
};

Generated generate(quint32 seed, const QString &lineEnd, bool latin1Only, int recordCount)
{
    QRandomGenerator random(seed);
    const QStringList pieces
        = latin1Only
              ? QStringList{"abc", "Z", "42", "1.5", " ", "\xC3\xA4", "\xC3\x9F", "\xE2\x82\xAC"}
              : QStringList{"abc", "Z",        "42",           "1.5",
                            " ",   "\xC3\xA4", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
    Generated g;
    qint64 line = 1;
    for (int r = 0; r < recordCount; ++r) {
        while (random.bounded(6) == 0) { // empty lines
            g.text += lineEnd;
            ++line;
        }
        const int fieldCount = 1 + random.bounded(5);
        QStringList record;
        const qint64 recordLine = line;
        for (int f = 0; f < fieldCount; ++f) {
            QString value;
            const int length = random.bounded(8);
            const bool quoted = random.bounded(3) == 0;
            for (int k = 0; k < length; ++k) {
                if (quoted && random.bounded(4) == 0) {
                    static const QStringList special{",", "\"", "\n", "\r\n", "\r"};
                    value += special.at(random.bounded(special.size()));
                } else {
                    value += pieces.at(random.bounded(pieces.size()));
                }
            }
            if (f > 0)
                g.text += QLatin1Char(',');
            // A record of one empty unquoted field would be an empty line: quote it.
            if (quoted || (fieldCount == 1 && value.isEmpty())) {
                g.text += QLatin1Char('"') + QString(value).replace(u'"', QStringLiteral("\"\""))
                          + QLatin1Char('"');
                line += value.count(QStringLiteral("\r\n"));
                line += value.count(QLatin1Char('\n')) - value.count(QStringLiteral("\r\n"));
                line += value.count(QLatin1Char('\r')) - value.count(QStringLiteral("\r\n"));
            } else {
                g.text += value;
            }
            record.append(value);
        }
        g.records.append(record);
        g.lines.append(recordLine);
        // The last record sometimes has no line break.
        if (r + 1 < recordCount || random.bounded(2) == 0) {
            g.text += lineEnd;
            ++line;
        }
    }
    return g;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<int>("blockSize");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");

        struct Case
        {
            const char *name;
            QByteArray bytes;
            Encoding encoding;
            char delimiter;
            Records expected;
            Lines lines;
        };
        const auto utf8 = Encoding::Utf8;
        const QList<Case> cases{
            {"plain LF", "a,b\n1,2\n", utf8, ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
            {"CRLF", "a,b\r\n1,2\r\n", utf8, ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
            {"lone CR", "a,b\r1,2\r", utf8, ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
            {"no final line break", "a,b\n1,2", utf8, ',', {{"a", "b"}, {"1", "2"}}, {1, 2}},
            {"quoted last field without line break", "a,\"b c\"", utf8, ',', {{"a", "b c"}}, {1}},
            {"quoted delimiter and doubled quotes",
             "name,note\n\"Smith, J.\",\"say \"\"hi\"\"\"\n",
             utf8,
             ',',
             {{"name", "note"}, {"Smith, J.", "say \"hi\""}},
             {1, 2}},
            {"only a doubled quote", "\"\"\"\"\n", utf8, ',', {{"\""}}, {1}},
            {"quoted empty fields", "\"\",\"\"\n\"\"\n", utf8, ',', {{"", ""}, {""}}, {1, 2}},
            {"LF inside quotes",
             "a,b\n\"line1\nline2\",x\n3,4\n",
             utf8,
             ',',
             {{"a", "b"}, {"line1\nline2", "x"}, {"3", "4"}},
             {1, 2, 4}},
            {"CRLF inside quotes",
             "a,\"x\r\ny\r\nz\"\r\nb,c\r\n",
             utf8,
             ',',
             {{"a", "x\r\ny\r\nz"}, {"b", "c"}},
             {1, 4}},
            {"lone CR inside quotes",
             "a,\"x\ry\r\"\rb,c\r",
             utf8,
             ',',
             {{"a", "x\ry\r"}, {"b", "c"}},
             {1, 4}},
            {"empty lines keep line numbers",
             "a;b\n\n\r\n1;2\n\n3;4\n\n",
             utf8,
             ';',
             {{"a", "b"}, {"1", "2"}, {"3", "4"}},
             {1, 4, 6}},
            {"leading empty lines", "\r\n\r\na,b\r\n", utf8, ',', {{"a", "b"}}, {3}},
            {"only empty lines", "\n\r\n\r", utf8, ',', {}, {}},
            {"empty file", "", utf8, ',', {}, {}},
            {"empty fields, trailing delimiter and ragged rows",
             "a,b,c\n,,\n1\n1,2,3,4\nx,\n",
             utf8,
             ',',
             {{"a", "b", "c"}, {"", "", ""}, {"1"}, {"1", "2", "3", "4"}, {"x", ""}},
             {1, 2, 3, 4, 5}},
            {"spaces are kept", " a , b \n", utf8, ',', {{" a ", " b "}}, {1}},
            {"quote inside an unquoted field", "ab\"c,d\n", utf8, ',', {{"ab\"c", "d"}}, {1}},
            {"text after the closing quote", "\"ab\"cd,e\n", utf8, ',', {{"abcd", "e"}}, {1}},
            {"semicolon with decimal comma",
             "Menge;Preis\n1,5;1.234,50\n\"2;3\";-0,5\n",
             utf8,
             ';',
             {{"Menge", "Preis"}, {"1,5", "1.234,50"}, {"2;3", "-0,5"}},
             {1, 2, 3}},
            {"tab and pipe", "a\tb|c\n", utf8, '\t', {{"a", "b|c"}}, {1}},
            {"pipe", "a|b,c\n", utf8, '|', {{"a", "b,c"}}, {1}},
            {"UTF-8 BOM",
             "\xEF\xBB\xBFMaterial;Menge\n\xC3\x84pfel;3\n",
             utf8,
             ';',
             {{"Material", "Menge"}, {"\xC3\x84pfel", "3"}},
             {1, 2}},
            {"UTF-8 BOM only", "\xEF\xBB\xBF", utf8, ',', {}, {}},
            {"UTF-8 multibyte characters",
             "\xE2\x82\xAC,\xF0\x9F\x98\x80\n\"\xC3\xA4\xC3\xB6\",\xC3\xBC\n",
             utf8,
             ',',
             {{"\xE2\x82\xAC", "\xF0\x9F\x98\x80"}, {"\xC3\xA4\xC3\xB6", "\xC3\xBC"}},
             {1, 2}},
            {"Windows-1252 umlauts",
             "Stra\xDF"
             "e;K\xE4se;\x80\n\xF6\xFC;\"\xE4;\xDF\"\n",
             Encoding::Windows1252,
             ';',
             {{"Stra\xC3\x9F"
               "e",
               "K\xC3\xA4se", "\xE2\x82\xAC"},
              {"\xC3\xB6\xC3\xBC", "\xC3\xA4;\xC3\x9F"}},
             {1, 2}},
            {"Windows-1252 undefined byte",
             "a\x81\n",
             Encoding::Windows1252,
             ',',
             {{"a\xEF\xBF\xBD"}},
             {1}},
            {"UTF-16LE with BOM",
             QByteArray("\xFF\xFE"
                        "a\0,\0\xE4\0\n\0"
                        "1\0,\0"
                        "2\0\n\0",
                        18),
             Encoding::Utf16LE,
             ',',
             {{"a", "\xC3\xA4"}, {"1", "2"}},
             {1, 2}},
            {"UTF-16LE surrogate pair",
             QByteArray("\xFF\xFEx\0=\xD8\0\xDE,\0y\0", 12),
             Encoding::Utf16LE,
             ',',
             {{"x\xF0\x9F\x98\x80", "y"}},
             {1}},
            {"UTF-16BE with BOM",
             QByteArray("\xFE\xFF\0a\0,\0\xFC\0\r\0\n\0\"\0;\0\"", 18),
             Encoding::Utf16BE,
             ',',
             {{"a", "\xC3\xBC"}, {";"}},
             {1, 2}},
            {"UTF-16BE surrogate pair",
             QByteArray("\xFE\xFF\xD8\x3D\xDE\x00\0\n", 8),
             Encoding::Utf16BE,
             ',',
             {{"\xF0\x9F\x98\x80"}},
             {1}},
            {"UTF-16LE ending in half a surrogate pair",
             QByteArray("\xFF\xFEx\0=\xD8", 6),
             Encoding::Utf16LE,
             ',',
             {{"x\xEF\xBF\xBD"}},
             {1}},
            {"UTF-16LE without BOM",
             QByteArray("a\0;\0b\0", 6),
             Encoding::Utf16LE,
             ';',
             {{"a", "b"}},
             {1}},
        };
        for (const Case &c : cases) {
            for (int blockSize : kBlockSizes)
                QTest::addRow("%s / block %d", c.name, blockSize)
                    << c.bytes << int(c.encoding) << c.delimiter << blockSize << c.expected
                    << c.lines;
        }
    }

    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QFETCH(int, blockSize);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);
        const ReadResult result = readFile(write(bytes), Encoding(encoding), delimiter, blockSize);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
        QCOMPARE(result.bytesRead, qint64(bytes.size()));
        QCOMPARE(result.totalBytes, qint64(bytes.size()));
        Lines recordNumbers;
        for (int i = 1; i <= expected.size(); ++i)
            recordNumbers.append(i);
        QCOMPARE(result.recordNumbers, recordNumbers);
    }

    void unterminatedQuote_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("blockSize");
        QTest::addColumn<Records>("before");
        QTest::addColumn<QString>("error");
        for (int blockSize : kBlockSizes) {
            QTest::addRow("open quote on line 2 / block %d", blockSize)
                << QByteArray("a,b\n1,\"open\n2,3\n") << blockSize << Records{{"a", "b"}}
                << QStringLiteral("A quoted field that starts on line 2 is not closed.");
            QTest::addRow("file is one open quote / block %d", blockSize)
                << QByteArray("\"abc") << blockSize << Records{}
                << QStringLiteral("A quoted field that starts on line 1 is not closed.");
            QTest::addRow("quote closed then reopened / block %d", blockSize)
                << QByteArray("x\n\n\"a\"\"b\n") << blockSize << Records{{"x"}}
                << QStringLiteral("A quoted field that starts on line 3 is not closed.");
        }
    }

    void unterminatedQuote()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, blockSize);
        QFETCH(Records, before);
        QFETCH(QString, error);
        const ReadResult result = readFile(write(bytes), Encoding::Utf8, ',', blockSize);
        QCOMPARE(result.records, before);
        QCOMPARE(result.error, error);
    }

    void fieldLengthLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<bool>("ok");
        const int max = int(CsvReader::kMaxFieldBytes);
        QTest::newRow("100 KB unquoted") << 100 * 1024 << false << true;
        QTest::newRow("100 KB quoted") << 100 * 1024 << true << true;
        QTest::newRow("limit unquoted") << max << false << true;
        QTest::newRow("limit quoted") << max << true << true;
        QTest::newRow("limit + 1 unquoted") << max + 1 << false << false;
        QTest::newRow("limit + 1 quoted") << max + 1 << true << false;
    }

    void fieldLengthLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, quoted);
        QFETCH(bool, ok);
        QByteArray field(length, 'x');
        // Multi-line text in the quoted variant, to check the line count after it.
        for (int i = 1000; quoted && i < length; i += 1000)
            field[i] = '\n';
        const qint64 breaks = field.count('\n');
        const QByteArray cell = quoted ? QByteArray('"' + field + '"') : field;
        const ReadResult result = readFile(write("a,b\n1," + cell + "\n2,3\n"), Encoding::Utf8, ',',
                                           int(CsvReader::kDefaultBlockBytes));
        if (ok) {
            QCOMPARE(result.error, QString());
            QCOMPARE(result.records.size(), 3);
            QCOMPARE(result.records.at(1).at(1).size(), length);
            QCOMPARE(result.lines, (Lines{1, 2, 3 + breaks}));
        } else {
            QCOMPARE(result.records, (Records{{"a", "b"}}));
            QCOMPARE(result.error, QStringLiteral("The field that starts on line %1 is longer than "
                                                  "%2 bytes; is a closing quote missing?")
                                       .arg(2)
                                       .arg(CsvReader::kMaxFieldBytes));
        }
    }

    // A randomised file read with tiny blocks gives exactly what it gives with the default
    // block, and both equal the records the generator wrote.
    void blockBoundaries_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<Lines>("lines");
        const QList<std::pair<const char *, QString>> lineEnds{{"LF", QStringLiteral("\n")},
                                                               {"CRLF", QStringLiteral("\r\n")},
                                                               {"CR", QStringLiteral("\r")}};
        quint32 seed = 1;
        for (const auto &[name, lineEnd] : lineEnds) {
            const Generated g = generate(seed++, lineEnd, false, 400);
            QTest::addRow("UTF-8 %s", name)
                << g.text.toUtf8() << int(Encoding::Utf8) << g.records << g.lines;
            QTest::addRow("UTF-8 BOM %s", name) << QByteArray("\xEF\xBB\xBF") + g.text.toUtf8()
                                                << int(Encoding::Utf8) << g.records << g.lines;
            QTest::addRow("UTF-16LE %s", name) << utf16(g.text, QStringConverter::Utf16LE)
                                               << int(Encoding::Utf16LE) << g.records << g.lines;
            QTest::addRow("UTF-16BE %s", name) << utf16(g.text, QStringConverter::Utf16BE)
                                               << int(Encoding::Utf16BE) << g.records << g.lines;
            const Generated latin = generate(seed++, lineEnd, true, 400);
            QTest::addRow("Windows-1252 %s", name)
                << cp1252(latin.text) << int(Encoding::Windows1252) << latin.records << latin.lines;
        }
    }

    void blockBoundaries()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(Records, expected);
        QFETCH(Lines, lines);
        const QString path = write(bytes);
        for (int blockSize : kBlockSizes) {
            const ReadResult result = readFile(path, Encoding(encoding), ',', blockSize);
            QCOMPARE(result.error, QString());
            QCOMPARE(result.records.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                if (result.records.at(i) != expected.at(i) || result.lines.at(i) != lines.at(i))
                    QFAIL(qPrintable(QStringLiteral("block %1, record %2 (line %3) differs")
                                         .arg(blockSize)
                                         .arg(i + 1)
                                         .arg(lines.at(i))));
            }
            QCOMPARE(result.records, expected);
            QCOMPARE(result.lines, lines);
        }
    }

    // Records that cross the default 1 MiB block boundary are read whole.
    void recordsAcrossDefaultBlocks()
    {
        QByteArray bytes = "id,text\n";
        Records expected{{"id", "text"}};
        for (int i = 0; bytes.size() < 3 * (1 << 20); ++i) {
            const QByteArray text
                = i % 7 == 0
                      ? "\"quoted, with \"\"quote\"\"\nand newline " + QByteArray::number(i) + "\""
                      : "plain " + QByteArray::number(i) + QByteArray(i % 50, 'z');
            bytes += QByteArray::number(i) + ',' + text + (i % 3 ? "\n" : "\r\n");
            expected.append(
                {QString::number(i),
                 i % 7 == 0
                     ? QStringLiteral("quoted, with \"quote\"\nand newline %1").arg(i)
                     : QStringLiteral("plain %1").arg(i) + QString(i % 50, QLatin1Char('z'))});
        }
        const ReadResult result
            = readFile(write(bytes), Encoding::Utf8, ',', int(CsvReader::kDefaultBlockBytes));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), expected.size());
        QCOMPARE(result.records, expected);
    }

    void readAllRecords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxRecords");
        QTest::addColumn<QList<QByteArrayList>>("expected");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("all") << QByteArray("a,b\nc\n") << -1
                             << QList<QByteArrayList>{{"a", "b"}, {"c"}} << QString();
        QTest::newRow("stops early")
            << QByteArray("a\nb\nc\n") << 2 << QList<QByteArrayList>{{"a"}, {"b"}} << QString();
        QTest::newRow("error") << QByteArray("a\n\"b\n") << -1 << QList<QByteArrayList>{}
                               << QStringLiteral("bad-file");
    }

    void readAllRecords()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxRecords);
        QFETCH(QList<QByteArrayList>, expected);
        QFETCH(QString, errorCode);
        const auto records = Import::readAllRecords(write(bytes), Encoding::Utf8, ',', maxRecords);
        if (!errorCode.isEmpty()) {
            QVERIFY(!records.ok());
            QCOMPARE(records.error().code, errorCode);
            return;
        }
        QVERIFY2(records.ok(), qPrintable(records.errorMessage()));
        QList<QByteArrayList> actual;
        for (const auto &record : *records) {
            QByteArrayList fields;
            for (const std::string &field : record)
                fields.append(QByteArray::fromStdString(field));
            actual.append(fields);
        }
        QCOMPARE(actual, expected);
    }

    void openErrors_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing file")
            << false << int(Encoding::Utf8) << ',' << QStringLiteral("not-found");
        QTest::newRow("auto encoding")
            << true << int(Encoding::Auto) << ',' << QStringLiteral("format");
        QTest::newRow("auto delimiter")
            << true << int(Encoding::Utf8) << char(0) << QStringLiteral("format");
        QTest::newRow("quote as delimiter")
            << true << int(Encoding::Utf8) << '"' << QStringLiteral("format");
    }

    void openErrors()
    {
        QFETCH(bool, exists);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QFETCH(QString, code);
        const QString path = exists ? write("a,b\n") : m_dir.filePath(QStringLiteral("absent.csv"));
        CsvReader reader;
        const Status s = reader.open(path, Encoding(encoding), delimiter);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.errorMessage().isEmpty());
    }

    // Opening again starts over: line and record numbers restart, the error is cleared.
    void reopen()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("a\n\"open"), Encoding::Utf8, ','));
        while (reader.readRecord()) {
        }
        QVERIFY(!reader.error().isEmpty());
        QVERIFY(reader.open(write("\nx,y\n"), Encoding::Utf8, ','));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.lineNumber(), qint64(2));
        QCOMPARE(reader.recordNumber(), qint64(1));
        QCOMPARE(reader.fields().size(), std::size_t(2));
        QCOMPARE(reader.fields().at(1), std::string_view("y"));
        QVERIFY(!reader.readRecord());
        QCOMPARE(reader.error(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
