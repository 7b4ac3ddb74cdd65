// Import::CsvSniffer: what it detects from the first rows, and that it asks instead of guessing.
#include "import/CsvSniffer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("s%1.csv").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }

private slots:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<int>("headerLine");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<int>("dateFormat");
        QTest::addColumn<QStringList>("headers");

        QTest::newRow("generic") << QByteArray(
            "date,location,sku,quantity\n2024-01-05,L1,S1,3.5\n2024-01-06,L1,S1,4\n")
                                 << int(Encoding::Utf8) << ',' << 0 << '.' << int(DateFormat::Iso)
                                 << QStringList{"date", "location", "sku", "quantity"};
        QTest::newRow("german SAP with title")
            << QByteArray("Absatzbericht Werk 1000\n\nBuchungsdatum;Werk;Material;Menge\n"
                          "15.01.2024;1000;M-1;1.234,5\n16.01.2024;1000;M-2;12,0\n")
            << int(Encoding::Utf8) << ';' << 1 << ',' << int(DateFormat::DayMonthYear)
            << QStringList{"Buchungsdatum", "Werk", "Material", "Menge"};
        QTest::newRow("windows-1252 tab")
            << QByteArray("Artikel\tMenge\tDatum\nK\xE4se\t3\t20240105\nW\xFCrze\t4\t20240106\n")
            << int(Encoding::Windows1252) << '\t' << 0 << '.' << int(DateFormat::Compact)
            << QStringList{QStringLiteral("Artikel"), QStringLiteral("Menge"),
                           QStringLiteral("Datum")};
        QTest::newRow("pipe, US dates")
            << QByteArray("sku|qty|date\nA|1|12/31/2023\nB|2|01/15/2024\n") << int(Encoding::Utf8)
            << '|' << 0 << '.' << int(DateFormat::MonthDayYear)
            << QStringList{"sku", "qty", "date"};
        QTest::newRow("excel serials under a date header") << QByteArray(
            "Reference,Item,Receipt Date,Quantity\nPO1,beam,43642.51,50\nPO2,screw,43648.1,3000\n")
                                                           << int(Encoding::Utf8) << ',' << 0 << '.'
                                                           << int(DateFormat::ExcelSerial)
                                                           << QStringList{"Reference", "Item",
                                                                          "Receipt Date",
                                                                          "Quantity"};
        QTest::newRow("one bad date does not hide the format") << QByteArray(
            "Datum;Menge\n01.02.2024;1\n02.02.2024;1\n03.02.2024;1\n04.02.2024;1\n05.02.2024;1\n"
            "06.02.2024;1\n07.02.2024;1\n08.02.2024;1\n09.02.2024;1\n10.02.2024;1\n31.02.2024;1\n")
                                                               << int(Encoding::Utf8) << ';' << 0
                                                               << ','
                                                               << int(DateFormat::DayMonthYear)
                                                               << QStringList{"Datum", "Menge"};
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF"
                                                 "code,name\nA,Äpfel\n")
                                   << int(Encoding::Utf8) << ',' << 0 << '.'
                                   << int(DateFormat::Auto) << QStringList{"code", "name"};
        QTest::newRow("trailing delimiter")
            << QByteArray("a,b,\n1,2,\n3,4,\n") << int(Encoding::Utf8) << ',' << 0 << '.'
            << int(DateFormat::Auto) << QStringList{"a", "b"};
    }

    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QFETCH(int, headerLine);
        QFETCH(char, decimal);
        QFETCH(int, dateFormat);
        QFETCH(QStringList, headers);
        auto result = CsvSniffer::sniff(write(bytes));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(int(result->format.encoding), encoding);
        QCOMPARE(result->format.delimiter, delimiter);
        QCOMPARE(result->format.headerLine, headerLine);
        QVERIFY(result->format.hasHeader);
        QCOMPARE(result->format.number.decimal, decimal);
        QCOMPARE(int(result->format.dateFormat), dateFormat);
        QCOMPARE(result->headers, headers);
        QVERIFY(result->ambiguities.isEmpty());
        QVERIFY(!result->notes.isEmpty());
    }

    void ambiguousDatesAreReported()
    {
        auto result = CsvSniffer::sniff(write("Datum,Menge\n03/04/2024,1\n05/06/2024,2\n"));
        QVERIFY(result.ok());
        QVERIFY(result->dateAmbiguous);
        QCOMPARE(result->format.dateFormat, DateFormat::Auto);
        QCOMPARE(result->ambiguities.size(), 1);
        QCOMPARE(
            result->ambiguities.first(),
            QStringLiteral(
                "Column 'Datum': dates such as 03/04/2024 can be read as day/month or month/day; "
                "choose the date format."));
    }

    void ambiguousNumbersAreReported()
    {
        auto result = CsvSniffer::sniff(write("sku\tqty\nA\t1,234\nB\t2,500\n"));
        QVERIFY(result.ok());
        QVERIFY(result->numberAmbiguous);
        QVERIFY(result->format.numberAuto);
    }

    void hintsAreKept()
    {
        CsvFormat hint;
        hint.delimiter = ';';
        hint.dateFormat = DateFormat::MonthDayYear;
        auto result = CsvSniffer::sniff(write("a,b;c\n03/04/2024,1;2\n"), hint);
        QVERIFY(result.ok());
        QCOMPARE(result->format.delimiter, ';');
        QCOMPARE(result->format.dateFormat, DateFormat::MonthDayYear);
        QCOMPARE(result->headers, (QStringList{"a,b", "c"}));
    }

    void previewRows()
    {
        QByteArray bytes = "id,value\n";
        for (int i = 0; i < 80; ++i)
            bytes += QByteArray::number(i) + ",x\n";
        auto result = CsvSniffer::sniff(write(bytes), {}, 50);
        QVERIFY(result.ok());
        QCOMPARE(result->previewRows.size(), 50);
        QCOMPARE(result->previewRows.first(), (QStringList{"0", "x"}));
    }

    void emptyFileIsAnError()
    {
        auto result = CsvSniffer::sniff(write(""));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("empty-file"));
    }
};

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
