// Import::CsvSniffer: what it detects from the first rows, and that it asks instead of guessing.
#include "import/CsvSniffer.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

namespace {

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bom
        = encoding == QStringConverter::Utf16LE ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    return bom + QByteArray(encoder(text));
}

} // namespace

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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("hasHeader");
        QTest::addColumn<int>("headerLine");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<char>("thousands");
        QTest::addColumn<int>("dateFormat");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("firstRow");

        const int utf8 = int(Encoding::Utf8);
        const int iso = int(DateFormat::Iso), dmy = int(DateFormat::DayMonthYear),
                  none = int(DateFormat::Auto);
        const char noThousands = 0;

        QTest::newRow("generic, ISO dates")
            << QByteArray("date,location,sku,quantity\n2024-01-05,L1,S1,3.5\n2024-01-06,L1,S1,4\n")
            << utf8 << ',' << true << 0 << '.' << noThousands << iso
            << QStringList{"date", "location", "sku", "quantity"}
            << QStringList{"2024-01-05", "L1", "S1", "3.5"};
        QTest::newRow("ISO dates with time")
            << QByteArray("created;qty\n2024-01-05 10:00:00;1\n2024-01-06 11:30:00;2\n") << utf8
            << ';' << true << 0 << ',' << '.' << iso << QStringList{"created", "qty"}
            << QStringList{"2024-01-05 10:00:00", "1"};
        QTest::newRow("German SAP export with a title")
            << QByteArray("Absatzbericht Werk 1000\n\nBuchungsdatum;Werk;Material;Menge\n"
                          "15.01.2024;1000;M-1;1.234,5\n16.01.2024;1000;M-2;12,0\n")
            << utf8 << ';' << true << 1 << ',' << '.' << dmy
            << QStringList{"Buchungsdatum", "Werk", "Material", "Menge"}
            << QStringList{"15.01.2024", "1000", "M-1", "1.234,5"};
        QTest::newRow("preamble of full-width lines")
            << QByteArray("Report;;;\nPlant: 1000;;;\n;;;\nDate;Plant;Material;Qty\n"
                          "2024-01-05;1000;M-1;5\n2024-01-06;1000;M-2;6\n")
            << utf8 << ';' << true << 3 << ',' << '.' << iso
            << QStringList{"Date", "Plant", "Material", "Qty"}
            << QStringList{"2024-01-05", "1000", "M-1", "5"};
        QTest::newRow("Windows-1252, tab, yyyymmdd")
            << QByteArray("Artikel\tSt\xFC"
                          "ckzahl\tDatum\nK\xE4se\t3\t20240105\nW\xFCrze\t4\t20240106\n")
            << int(Encoding::Windows1252) << '\t' << true << 0 << '.' << noThousands
            << int(DateFormat::Compact)
            << QStringList{"Artikel", QStringLiteral("St\u00FCckzahl"), "Datum"}
            << QStringList{QStringLiteral("K\u00E4se"), "3", "20240105"};
        QTest::newRow("yyyymmdd without a date heading")
            << QByteArray("order,created\n4500000001,20240105\n4500000002,20240131\n") << utf8
            << ',' << true << 0 << '.' << noThousands << int(DateFormat::Compact)
            << QStringList{"order", "created"} << QStringList{"4500000001", "20240105"};
        QTest::newRow("pipe, US dates")
            << QByteArray("sku|qty|date\nA|1|12/31/2023\nB|2|01/15/2024\n") << utf8 << '|' << true
            << 0 << '.' << noThousands << int(DateFormat::MonthDayYear)
            << QStringList{"sku", "qty", "date"} << QStringList{"A", "1", "12/31/2023"};
        QTest::newRow("excel serials under a date heading")
            << QByteArray("Reference,Item,Receipt Date,Quantity\nPO1,beam,43642.51,50\n"
                          "PO2,screw,43648.1,3000\n")
            << utf8 << ',' << true << 0 << '.' << noThousands << int(DateFormat::ExcelSerial)
            << QStringList{"Reference", "Item", "Receipt Date", "Quantity"}
            << QStringList{"PO1", "beam", "43642.51", "50"};
        QTest::newRow("serial-like numbers without a date heading")
            << QByteArray("Reference,Item,Amount\nPO1,beam,43642\nPO2,screw,43648\n") << utf8 << ','
            << true << 0 << '.' << noThousands << none << QStringList{"Reference", "Item", "Amount"}
            << QStringList{"PO1", "beam", "43642"};
        QTest::newRow("small numbers under a date heading")
            << QByteArray("Day;Qty\n1;5\n2;6\n") << utf8 << ';' << true << 0 << ',' << '.' << none
            << QStringList{"Day", "Qty"} << QStringList{"1", "5"};
        QTest::newRow("one bad date does not hide the format")
            << QByteArray("Datum;Menge\n01.02.2024;1\n02.02.2024;1\n03.02.2024;1\n04.02.2024;1\n"
                          "05.02.2024;1\n06.02.2024;1\n07.02.2024;1\n08.02.2024;1\n09.02.2024;1\n"
                          "10.02.2024;1\n31.02.2024;1\n")
            << utf8 << ';' << true << 0 << ',' << '.' << dmy << QStringList{"Datum", "Menge"}
            << QStringList{"01.02.2024", "1"};
        QTest::newRow("second date column decides day first")
            << QByteArray("Datum,Lieferdatum\n03/04/2024,13/04/2024\n05/06/2024,05/06/2024\n")
            << utf8 << ',' << true << 0 << '.' << noThousands << dmy
            << QStringList{"Datum", "Lieferdatum"} << QStringList{"03/04/2024", "13/04/2024"};
        QTest::newRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBF"
                          "code,name\nA,\xC3\x84pfel\n")
            << utf8 << ',' << true << 0 << '.' << noThousands << none << QStringList{"code", "name"}
            << QStringList{"A", QStringLiteral("\u00C4pfel")};
        QTest::newRow("UTF-16LE BOM")
            << utf16(QStringLiteral("sku;qty\r\nA;1,5\r\n\u00C4;2,5\r\n"),
                     QStringConverter::Utf16LE)
            << int(Encoding::Utf16LE) << ';' << true << 0 << ',' << '.' << none
            << QStringList{"sku", "qty"} << QStringList{"A", "1,5"};
        QTest::newRow("UTF-16BE BOM")
            << utf16(QStringLiteral("sku\tdate\nA\t2024-03-01\n"), QStringConverter::Utf16BE)
            << int(Encoding::Utf16BE) << '\t' << true << 0 << '.' << noThousands << iso
            << QStringList{"sku", "date"} << QStringList{"A", "2024-03-01"};
        QTest::newRow("trailing delimiter")
            << QByteArray("a,b,\n1,2,\n3,4,\n") << utf8 << ',' << true << 0 << '.' << noThousands
            << none << QStringList{"a", "b"} << QStringList{"1", "2", ""};
        QTest::newRow("header cells are trimmed")
            << QByteArray(" sku , qty \nA,1\n") << utf8 << ',' << true << 0 << '.' << noThousands
            << none << QStringList{"sku", "qty"} << QStringList{"A", "1"};
        QTest::newRow("no header")
            << QByteArray("A1,10,2024-01-05\nA2,12,2024-01-06\n") << utf8 << ',' << false << 0
            << '.' << noThousands << iso << QStringList{"1", "2", "3"}
            << QStringList{"A1", "10", "2024-01-05"};
        QTest::newRow("decimal commas in a ';' file without header")
            << QByteArray("1,5;2,5\n3,5;4,5\n") << utf8 << ';' << false << 0 << ',' << '.' << none
            << QStringList{"1", "2"} << QStringList{"1,5", "2,5"};
        QTest::newRow("';' and 1,234 only: decimal comma")
            << QByteArray("Material;Menge\nA;1,234\nB;2,500\n") << utf8 << ';' << true << 0 << ','
            << '.' << none << QStringList{"Material", "Menge"} << QStringList{"A", "1,234"};
        QTest::newRow("',' and quoted 1,234.50")
            << QByteArray("sku,price\nA,\"1,234.50\"\nB,\"12.00\"\n") << utf8 << ',' << true << 0
            << '.' << ',' << none << QStringList{"sku", "price"} << QStringList{"A", "1,234.50"};
        QTest::newRow("tab and 1.234,50")
            << QByteArray("sku\tprice\nA\t1.234,50\nB\t7,5\n") << utf8 << '\t' << true << 0 << ','
            << '.' << none << QStringList{"sku", "price"} << QStringList{"A", "1.234,50"};
        QTest::newRow("apostrophe grouping")
            << QByteArray("sku\tqty\nA\t1'234.50\nB\t12'000\n") << utf8 << '\t' << true << 0 << '.'
            << '\'' << none << QStringList{"sku", "qty"} << QStringList{"A", "1'234.50"};
        QTest::newRow("semicolon without numbers prefers decimal comma")
            << QByteArray("sku;name\nA;x\n") << utf8 << ';' << true << 0 << ',' << '.' << none
            << QStringList{"sku", "name"} << QStringList{"A", "x"};
        QTest::newRow("single column")
            << QByteArray("sku\nA\nB\n") << utf8 << ',' << true << 0 << '.' << noThousands << none
            << QStringList{"sku"} << QStringList{"A"};
    }

    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(char, delimiter);
        QFETCH(bool, hasHeader);
        QFETCH(int, headerLine);
        QFETCH(char, decimal);
        QFETCH(char, thousands);
        QFETCH(int, dateFormat);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, firstRow);
        auto result = CsvSniffer::sniff(write(bytes));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(int(result->format.encoding), encoding);
        QCOMPARE(result->format.delimiter, delimiter);
        QCOMPARE(result->format.hasHeader, hasHeader);
        QCOMPARE(result->format.headerLine, headerLine);
        QCOMPARE(result->format.numberAuto, false);
        QCOMPARE(result->format.number.decimal, decimal);
        QCOMPARE(result->format.number.thousands, thousands);
        QCOMPARE(int(result->format.dateFormat), dateFormat);
        QCOMPARE(result->headers, headers);
        QVERIFY(!result->previewRows.isEmpty());
        QCOMPARE(result->previewRows.first(), firstRow);
        QCOMPARE(result->ambiguities, QStringList());
        QVERIFY(!result->dateAmbiguous);
        QVERIFY(!result->numberAmbiguous);
    }

    void notes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("notes");
        QTest::newRow("German SAP export")
            << QByteArray("Absatzbericht Werk 1000\n\nBuchungsdatum;Werk;Material;Menge\n"
                          "15.01.2024;1000;M-1;1.234,5\n16.01.2024;1000;M-2;12,0\n")
            << QStringList{"Encoding UTF-8.", "Delimiter ';' (consistent 4 fields in 3 of 4 rows).",
                           "Header in row 2; the 1 row(s) above it are skipped.",
                           "Decimal separator ',', thousands separator '.' (values such as "
                           "1.234,5).",
                           "Dates as dd.mm.yyyy (column 'Buchungsdatum')."};
        QTest::newRow("generic")
            << QByteArray("sku,qty,eta\nA,1.5,45292\nB,\"1,200.5\",45293\n")
            << QStringList{"Encoding UTF-8.", "Delimiter ',' (consistent 3 fields in 3 of 3 rows).",
                           "Header in row 1.",
                           "Decimal separator '.', thousands separator ',' (values such as 1.5).",
                           "Dates as Excel serial numbers (column 'eta')."};
        QTest::newRow("one column of numbers, Windows-1252")
            << QByteArray("12\n13\n\xE4\n")
            << QStringList{"Encoding Windows-1252 (the file is not valid UTF-8).",
                           "Only one column found; delimiter ',' assumed.",
                           "No header row found; columns are numbered.",
                           "Decimal separator '.' (no decimal separators in the sample)."};
    }

    void notes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, notes);
        auto result = CsvSniffer::sniff(write(bytes));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->notes, notes);
    }

    void mixedDateColumns()
    {
        auto result = CsvSniffer::sniff(
            write("ordered,delivered\n2024-01-05,15.01.2024\n2024-01-06,16.01.2024\n"));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->format.dateFormat, DateFormat::Iso);
        QVERIFY(!result->dateAmbiguous);
        QVERIFY(result->notes.contains(QStringLiteral("Dates as yyyy-mm-dd (column 'ordered').")));
        QVERIFY(result->notes.contains(QStringLiteral(
            "Column 'delivered' holds dates in another format; its values will be reported.")));
    }

    void ambiguities_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("dateAmbiguous");
        QTest::addColumn<bool>("numberAmbiguous");
        QTest::addColumn<QStringList>("ambiguities");
        QTest::newRow("day/month or month/day")
            << QByteArray("Datum,Menge\n03/04/2024,1\n05/06/2024,2\n") << true << false
            << QStringList{"Column 'Datum': dates such as 03/04/2024 can be read as day/month or "
                           "month/day; choose the date format."};
        QTest::newRow("day/month or month/day, dashes, second column")
            << QByteArray("sku;due\nA;01-02-2024\nB;12-11-2024\n") << true << false
            << QStringList{"Column 'due': dates such as 01-02-2024 can be read as day/month or "
                           "month/day; choose the date format."};
        QTest::newRow("1,234 in a tab file")
            << QByteArray("sku\tqty\nA\t1,234\nB\t2,500\n") << false << true
            << QStringList{"Column 'qty': numbers such as 1,234 can be read with a decimal comma "
                           "or a decimal point; choose the decimal separator."};
        QTest::newRow("1.234 in a pipe file")
            << QByteArray("sku|qty\nA|1.234\nB|2.500\n") << false << true
            << QStringList{"Column 'qty': numbers such as 1.234 can be read with a decimal comma "
                           "or a decimal point; choose the decimal separator."};
        QTest::newRow("both conventions")
            << QByteArray("sku\tqty\tprice\nA\t1,5\t2.5\n") << false << true
            << QStringList{"Column 'qty': some numbers use a decimal comma and others a decimal "
                           "point; choose the decimal separator."};
    }

    void ambiguities()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, dateAmbiguous);
        QFETCH(bool, numberAmbiguous);
        QFETCH(QStringList, ambiguities);
        auto result = CsvSniffer::sniff(write(bytes));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->dateAmbiguous, dateAmbiguous);
        QCOMPARE(result->numberAmbiguous, numberAmbiguous);
        QCOMPARE(result->ambiguities, ambiguities);
        if (dateAmbiguous)
            QCOMPARE(result->format.dateFormat, DateFormat::Auto);
        QCOMPARE(result->format.numberAuto, numberAmbiguous);
    }

    void hintsAreKept()
    {
        CsvFormat hint;
        hint.delimiter = ';';
        hint.dateFormat = DateFormat::MonthDayYear;
        hint.numberAuto = false;
        hint.number = NumberFormat{'.', ','};
        auto result = CsvSniffer::sniff(write("a,b;c\n03/04/2024,1;2,5\n"), hint);
        QVERIFY(result.ok());
        QCOMPARE(result->format.delimiter, ';');
        QCOMPARE(result->format.dateFormat, DateFormat::MonthDayYear);
        QCOMPARE(result->format.numberAuto, false);
        QCOMPARE(result->format.number.decimal, '.');
        QCOMPARE(result->format.number.thousands, ',');
        QCOMPARE(result->headers, (QStringList{"a,b", "c"}));
        QCOMPARE(result->ambiguities, QStringList());
    }

    void hintedHeaderAndEncoding()
    {
        CsvFormat hint;
        hint.encoding = Encoding::Utf16LE;
        hint.headerLine = 1;
        hint.hasHeader = true;
        // UTF-16LE without a byte-order mark: read as such only because the hint says so.
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray bytes = encoder(QStringLiteral("title\nsku,qty\nA,1\n"));
        auto result = CsvSniffer::sniff(write(bytes), hint);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->format.encoding, Encoding::Utf16LE);
        QCOMPARE(result->format.headerLine, 1);
        QCOMPARE(result->headers, (QStringList{"sku", "qty"}));
        QCOMPARE(result->previewRows, (QList<QStringList>{{"A", "1"}}));
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
        QCOMPARE(result->previewRows.last(), (QStringList{"49", "x"}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty-file");
        QTest::newRow("blank lines") << QByteArray("\n\r\n  \n") << QStringLiteral("empty-file");
        QTest::newRow("UTF-8 BOM only")
            << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty-file");
        QTest::newRow("xlsx workbook")
            << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << QStringLiteral("not-csv");
        QTest::newRow("xls workbook")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QStringLiteral("not-csv");
        QTest::newRow("UTF-16 without BOM")
            << QByteArray("a\0,\0b\0\n\0", 8) << QStringLiteral("not-csv");
        QTest::newRow("unterminated quote at the start")
            << QByteArray("\"sku,qty\nA,1\n") << QStringLiteral("bad-file");
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto result = CsvSniffer::sniff(write(bytes));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.errorMessage().isEmpty());
    }

    void missingFile()
    {
        auto result = CsvSniffer::sniff(m_dir.filePath(QStringLiteral("absent.csv")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("not-found"));
    }
};

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
