// Import::CsvReader: RFC 4180 quoting, line endings, encodings, line numbers, limits.
#include "import/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

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

    struct ReadResult
    {
        Records records;
        QList<qint64> lines;
        QString error;
    };

    ReadResult read(const QString &path, Encoding encoding, char delimiter)
    {
        ReadResult result;
        CsvReader reader;
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
        }
        result.error = reader.error();
        return result;
    }

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");

        const auto utf8 = int(Encoding::Utf8);
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << utf8 << ','
                                  << Records{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << utf8 << ','
                              << Records{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << utf8 << ','
                                          << Records{{"a", "b"}, {"1", "2"}} << QList<qint64>{1, 2};
        QTest::newRow("quoted delimiter and quote")
            << QByteArray("name,note\n\"Smith, J.\",\"say \"\"hi\"\"\"\n") << utf8 << ','
            << Records{{"name", "note"}, {"Smith, J.", "say \"hi\""}} << QList<qint64>{1, 2};
        QTest::newRow("newline inside quotes")
            << QByteArray("a,b\n\"line1\nline2\",x\n3,4\n") << utf8 << ','
            << Records{{"a", "b"}, {"line1\nline2", "x"}, {"3", "4"}} << QList<qint64>{1, 2, 4};
        QTest::newRow("empty lines keep line numbers")
            << QByteArray("a;b\n\n\r\n1;2\n\n3;4\n") << utf8 << ';'
            << Records{{"a", "b"}, {"1", "2"}, {"3", "4"}} << QList<qint64>{1, 4, 6};
        QTest::newRow("empty fields and ragged rows")
            << QByteArray("a,b,c\n,,\n1\n1,2,3,4\n") << utf8 << ','
            << Records{{"a", "b", "c"}, {"", "", ""}, {"1"}, {"1", "2", "3", "4"}}
            << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBFMaterial;Menge\nÄpfel;3\n") << utf8 << ';'
            << Records{{"Material", "Menge"}, {QStringLiteral("Äpfel"), "3"}}
            << QList<qint64>{1, 2};
        QTest::newRow("tab and pipe")
            << QByteArray("a\tb|c\n") << utf8 << '\t' << Records{{"a", "b|c"}} << QList<qint64>{1};
        QTest::newRow("Windows-1252 umlauts")
            << QByteArray("Stra\xDF"
                          "e;K\xE4se;\x80\n\xF6\xFC;1\n")
            << int(Encoding::Windows1252) << ';'
            << Records{{QStringLiteral("Straße"), QStringLiteral("Käse"), QStringLiteral("€")},
                       {QStringLiteral("öü"), "1"}}
            << QList<qint64>{1, 2};
        QTest::newRow("UTF-16LE with BOM")
            << QByteArray("\xFF\xFE"
                          "a\0,\0\xE4\0\n\0"
                          "1\0,\0"
                          "2\0\n\0",
                          18)
            << int(Encoding::Utf16LE) << ',' << Records{{"a", QStringLiteral("ä")}, {"1", "2"}}
            << QList<qint64>{1, 2};
        QTest::newRow("UTF-16BE with BOM")
            << QByteArray("\xFE\xFF\0a\0,\0b\0\n", 10) << int(Encoding::Utf16BE) << ','
            << Records{{"a", "b"}} << QList<qint64>{1};
        QTest::newRow("lone CR line ends")
            << QByteArray("a,b\r1,2\r") << utf8 << ',' << Records{{"a", "b"}, {"1", "2"}}
            << QList<qint64>{1, 2};
    }

    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        const ReadResult result = read(write(bytes), Encoding(encoding), delimiter);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
    }

    void unterminatedQuoteIsAnError()
    {
        const ReadResult result = read(write("a,b\n1,\"open\n2,3\n"), Encoding::Utf8, ',');
        QCOMPARE(result.records.size(), 1);
        QVERIFY2(result.error.contains(QStringLiteral("starts on line 2 is not closed")),
                 qPrintable(result.error));
    }

    void longFields()
    {
        const QByteArray big(100 * 1024, 'x');
        ReadResult result = read(write("a,b\n\"" + big + "\",1\n"), Encoding::Utf8, ',');
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.at(1).at(0).size(), big.size());

        const QByteArray tooBig(qsizetype(CsvReader::kMaxFieldBytes) + 10, 'y');
        result = read(write("a\n" + tooBig + "\n"), Encoding::Utf8, ',');
        QVERIFY2(result.error.contains(QStringLiteral("longer than")), qPrintable(result.error));
    }

    // Records and quoted fields that cross the 1 MiB block boundary are read whole.
    void recordsAcrossBlocks()
    {
        QByteArray bytes = "id,text\n";
        QList<QStringList> expected{{"id", "text"}};
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
        const ReadResult result = read(write(bytes), Encoding::Utf8, ',');
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), expected.size());
        QCOMPARE(result.records, expected);
    }

    void readAllRecordsStopsEarly()
    {
        auto records = readAllRecords(write("a\nb\nc\n"), Encoding::Utf8, ',', 2);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), std::size_t(2));
        QCOMPARE(records->at(1).at(0), std::string("b"));
    }

    void missingFile()
    {
        CsvReader reader;
        const Status s
            = reader.open(m_dir.filePath(QStringLiteral("absent.csv")), Encoding::Utf8, ',');
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("not-found"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
