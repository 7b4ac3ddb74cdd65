// Import::ValueParsers: numbers with separators, dates in every supported format, booleans.
#include "common/Days.h"
#include "import/ValueParsers.h"

#include <QTest>

#include <limits>

using namespace Stockshift;
using namespace Stockshift::Import;

class TestValueParsers : public QObject
{
    Q_OBJECT

    static constexpr int kInvalid = std::numeric_limits<int>::min();

private slots:
    void decimals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<char>("thousands");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QByteArray("1234.5") << '.' << char(0) << true << 1234.5;
        QTest::newRow("spaces around") << QByteArray("  42 ") << '.' << char(0) << true << 42.0;
        QTest::newRow("plus sign") << QByteArray("+3") << '.' << char(0) << true << 3.0;
        QTest::newRow("negative") << QByteArray("-0.25") << '.' << char(0) << true << -0.25;
        QTest::newRow("exponent") << QByteArray("1e3") << '.' << char(0) << true << 1000.0;
        QTest::newRow("decimal comma") << QByteArray("1234,5") << ',' << '.' << true << 1234.5;
        QTest::newRow("german grouping")
            << QByteArray("1.234.567,89") << ',' << '.' << true << 1234567.89;
        QTest::newRow("english grouping")
            << QByteArray("1,234,567.89") << '.' << ',' << true << 1234567.89;
        QTest::newRow("space grouping")
            << QByteArray("12 345,6") << ',' << char(0) << true << 12345.6;
        QTest::newRow("no-break space grouping") << QByteArray("12\xC2\xA0"
                                                               "345,6")
                                                 << ',' << char(0) << true << 12345.6;
        QTest::newRow("text") << QByteArray("abc") << '.' << char(0) << false << 0.0;
        QTest::newRow("empty") << QByteArray("") << '.' << char(0) << false << 0.0;
        QTest::newRow("comma without setting")
            << QByteArray("1,5") << '.' << char(0) << false << 0.0;
        QTest::newRow("bad grouping") << QByteArray("1.23.4,5") << ',' << '.' << false << 0.0;
        QTest::newRow("two decimal points")
            << QByteArray("1.2.3") << '.' << char(0) << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << '.' << char(0) << false << 0.0;
        QTest::newRow("infinity") << QByteArray("inf") << '.' << char(0) << false << 0.0;
        QTest::newRow("trailing junk") << QByteArray("12kg") << '.' << char(0) << false << 0.0;
    }

    void decimals()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, decimal);
        QFETCH(char, thousands);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto parsed
            = parseDecimal(std::string_view(text.constData(), std::size_t(text.size())),
                           NumberFormat{decimal, thousands});
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << QByteArray("17") << true << qint64(17);
        QTest::newRow("written as decimal") << QByteArray("12.0") << true << qint64(12);
        QTest::newRow("fraction") << QByteArray("12.5") << false << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << true << qint64(-3);
    }

    void integers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto parsed = parseInteger(
            std::string_view(text.constData(), std::size_t(text.size())), NumberFormat{});
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("day"); // kInvalid = not a date
        const int jan1 = Days::fromCivil(2024, 1, 1);
        QTest::newRow("iso") << QByteArray("2024-01-01") << int(DateFormat::Iso) << jan1;
        QTest::newRow("iso slashes") << QByteArray("2024/01/01") << int(DateFormat::Iso) << jan1;
        QTest::newRow("iso with time")
            << QByteArray("2024-01-01T13:45:00") << int(DateFormat::Iso) << jan1;
        QTest::newRow("iso with space time")
            << QByteArray("2024-01-01 00:00") << int(DateFormat::Iso) << jan1;
        QTest::newRow("iso invalid leap day")
            << QByteArray("2023-02-29") << int(DateFormat::Iso) << kInvalid;
        QTest::newRow("iso valid leap day")
            << QByteArray("2024-02-29") << int(DateFormat::Iso) << Days::fromCivil(2024, 2, 29);
        QTest::newRow("german") << QByteArray("01.01.2024") << int(DateFormat::DayMonthYear)
                                << jan1;
        QTest::newRow("german short")
            << QByteArray("1.1.24") << int(DateFormat::DayMonthYear) << jan1;
        QTest::newRow("dmy slashes")
            << QByteArray("31/12/2023") << int(DateFormat::DayMonthYear) << jan1 - 1;
        QTest::newRow("dmy invalid")
            << QByteArray("31.04.2024") << int(DateFormat::DayMonthYear) << kInvalid;
        QTest::newRow("us") << QByteArray("12/31/2023") << int(DateFormat::MonthDayYear)
                            << jan1 - 1;
        QTest::newRow("us invalid month")
            << QByteArray("13/01/2024") << int(DateFormat::MonthDayYear) << kInvalid;
        QTest::newRow("two-digit 1999") << QByteArray("31.12.99") << int(DateFormat::DayMonthYear)
                                        << Days::fromCivil(1999, 12, 31);
        QTest::newRow("compact") << QByteArray("20240101") << int(DateFormat::Compact) << jan1;
        QTest::newRow("compact invalid")
            << QByteArray("20241301") << int(DateFormat::Compact) << kInvalid;
        QTest::newRow("excel 2024-01-01")
            << QByteArray("45292") << int(DateFormat::ExcelSerial) << jan1;
        QTest::newRow("excel with time")
            << QByteArray("45292.75") << int(DateFormat::ExcelSerial) << jan1;
        QTest::newRow("excel 1900-01-01")
            << QByteArray("1") << int(DateFormat::ExcelSerial) << Days::fromCivil(1900, 1, 1);
        QTest::newRow("excel fake leap day")
            << QByteArray("60") << int(DateFormat::ExcelSerial) << kInvalid;
        QTest::newRow("excel 1900-03-01")
            << QByteArray("61") << int(DateFormat::ExcelSerial) << Days::fromCivil(1900, 3, 1);
        QTest::newRow("not a date") << QByteArray("soon") << int(DateFormat::Iso) << kInvalid;
        QTest::newRow("wrong format")
            << QByteArray("01.01.2024") << int(DateFormat::Iso) << kInvalid;
    }

    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, format);
        QFETCH(int, day);
        const auto parsed = parseDate(std::string_view(text.constData(), std::size_t(text.size())),
                                      DateFormat(format));
        QCOMPARE(parsed.has_value(), day != kInvalid);
        if (day != kInvalid)
            QCOMPARE(*parsed, day);
    }

    void formatsMatching()
    {
        const auto mask = [](const char *text) {
            return dateFormatsMatching(text);
        };
        const auto bit = [](DateFormat f) {
            return 1u << unsigned(f);
        };
        QCOMPARE(mask("03/04/2024"), bit(DateFormat::DayMonthYear) | bit(DateFormat::MonthDayYear));
        QCOMPARE(mask("13/04/2024"), bit(DateFormat::DayMonthYear));
        QCOMPARE(mask("04/13/2024"), bit(DateFormat::MonthDayYear));
        QCOMPARE(mask("2024-04-13"), bit(DateFormat::Iso));
        QVERIFY(mask("20240413") & bit(DateFormat::Compact));
        QCOMPARE(mask("hello"), 0u);
    }

    void booleans_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("value"); // -1 = not a boolean
        for (const char *yes : {"1", "yes", "Y", "TRUE", "ja", "oui", "si", "wahr"})
            QTest::newRow(yes) << QByteArray(yes) << 1;
        for (const char *no : {"0", "no", "N", "false", "Nein", "non", "falsch"})
            QTest::newRow(no) << QByteArray(no) << 0;
        QTest::newRow("maybe") << QByteArray("maybe") << kInvalid;
        QTest::newRow("empty") << QByteArray("") << kInvalid;
    }

    void booleans()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, value);
        const auto parsed = parseBool(std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(parsed.has_value(), value >= 0);
        if (value >= 0)
            QCOMPARE(int(*parsed), value);
    }
};

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
