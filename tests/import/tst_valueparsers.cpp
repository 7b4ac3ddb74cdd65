// Import::ValueParsers: numbers with separators, dates in every supported format, booleans.
#include "common/Days.h"
#include "import/ValueParsers.h"

#include <QTest>

#include <limits>

using namespace Stockshift;
using namespace Stockshift::Import;

namespace {

constexpr int kInvalid = std::numeric_limits<int>::min();

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

unsigned bit(DateFormat format)
{
    return 1u << unsigned(format);
}

} // namespace

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void trimming_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("spaces and tabs") << QByteArray(" \t a b\t ") << QByteArray("a b");
        QTest::newRow("nothing to trim") << QByteArray("ab") << QByteArray("ab");
        QTest::newRow("only spaces") << QByteArray("   ") << QByteArray("");
    }

    void trimming()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(trimmed(view(text)), view(expected));
    }

    void decimals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<char>("thousands");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        const char none = 0;
        QTest::newRow("plain") << QByteArray("1234.5") << '.' << none << true << 1234.5;
        QTest::newRow("integer") << QByteArray("17") << '.' << none << true << 17.0;
        QTest::newRow("spaces around") << QByteArray("  42 ") << '.' << none << true << 42.0;
        QTest::newRow("tab around") << QByteArray("\t42\t") << ',' << '.' << true << 42.0;
        QTest::newRow("plus sign") << QByteArray("+3") << '.' << none << true << 3.0;
        QTest::newRow("plus sign, decimal comma")
            << QByteArray("+3,5") << ',' << '.' << true << 3.5;
        QTest::newRow("negative") << QByteArray("-0.25") << '.' << none << true << -0.25;
        QTest::newRow("leading point") << QByteArray(".5") << '.' << none << true << 0.5;
        QTest::newRow("exponent") << QByteArray("1e3") << '.' << none << true << 1000.0;
        QTest::newRow("negative exponent") << QByteArray("2.5E-2") << '.' << none << true << 0.025;
        QTest::newRow("exponent with decimal comma")
            << QByteArray("1,5e3") << ',' << '.' << true << 1500.0;
        QTest::newRow("decimal comma") << QByteArray("1234,5") << ',' << '.' << true << 1234.5;
        QTest::newRow("decimal comma, no grouping")
            << QByteArray("-0,75") << ',' << none << true << -0.75;
        QTest::newRow("german grouping")
            << QByteArray("1.234.567,89") << ',' << '.' << true << 1234567.89;
        QTest::newRow("german grouping without decimals")
            << QByteArray("1.234") << ',' << '.' << true << 1234.0;
        QTest::newRow("english grouping")
            << QByteArray("1,234,567.89") << '.' << ',' << true << 1234567.89;
        QTest::newRow("english grouping, negative")
            << QByteArray("-1,234") << '.' << ',' << true << -1234.0;
        QTest::newRow("space grouping") << QByteArray("12 345,6") << ',' << none << true << 12345.6;
        QTest::newRow("space grouping, decimal point")
            << QByteArray("1 234 567.5") << '.' << none << true << 1234567.5;
        QTest::newRow("apostrophe grouping")
            << QByteArray("1'234'567.50") << '.' << '\'' << true << 1234567.5;
        QTest::newRow("typographic apostrophe grouping") << QByteArray("1\xE2\x80\x99"
                                                                       "234.5")
                                                         << '.' << '\'' << true << 1234.5;
        QTest::newRow("no-break space grouping") << QByteArray("12\xC2\xA0"
                                                               "345,6")
                                                 << ',' << none << true << 12345.6;
        QTest::newRow("narrow no-break space grouping") << QByteArray("1\xE2\x80\xAF"
                                                                      "234\xE2\x80\xAF"
                                                                      "567")
                                                        << ',' << none << true << 1234567.0;
        QTest::newRow("text") << QByteArray("abc") << '.' << none << false << 0.0;
        QTest::newRow("empty") << QByteArray("") << '.' << none << false << 0.0;
        QTest::newRow("blank") << QByteArray("   ") << ',' << '.' << false << 0.0;
        QTest::newRow("only a sign") << QByteArray("-") << '.' << none << false << 0.0;
        QTest::newRow("only a separator") << QByteArray(",") << ',' << '.' << false << 0.0;
        QTest::newRow("two signs") << QByteArray("+-3") << '.' << none << false << 0.0;
        QTest::newRow("sign inside") << QByteArray("3-4") << '.' << none << false << 0.0;
        QTest::newRow("comma without setting") << QByteArray("1,5") << '.' << none << false << 0.0;
        QTest::newRow("point with decimal comma")
            << QByteArray("1.5") << ',' << none << false << 0.0;
        QTest::newRow("1,2,3 grouped") << QByteArray("1,2,3") << '.' << ',' << false << 0.0;
        QTest::newRow("1,2,3 decimal comma") << QByteArray("1,2,3") << ',' << '.' << false << 0.0;
        QTest::newRow("short group") << QByteArray("1,23") << '.' << ',' << false << 0.0;
        QTest::newRow("long group") << QByteArray("1,2345") << '.' << ',' << false << 0.0;
        QTest::newRow("long leading group") << QByteArray("1234,567") << '.' << ',' << false << 0.0;
        QTest::newRow("bad grouping") << QByteArray("1.23.4,5") << ',' << '.' << false << 0.0;
        QTest::newRow("grouping after the decimal")
            << QByteArray("1,5.000") << ',' << '.' << false << 0.0;
        QTest::newRow("two decimal points") << QByteArray("1.2.3") << '.' << none << false << 0.0;
        QTest::newRow("two decimal commas") << QByteArray("1,2,3") << ',' << none << false << 0.0;
        QTest::newRow("separator first") << QByteArray(",123") << '.' << ',' << false << 0.0;
        QTest::newRow("space inside a group") << QByteArray("12 34") << '.' << none << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << '.' << none << false << 0.0;
        QTest::newRow("infinity") << QByteArray("inf") << '.' << none << false << 0.0;
        QTest::newRow("overflow") << QByteArray("1e999") << '.' << none << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << '.' << none << false << 0.0;
        QTest::newRow("trailing junk") << QByteArray("12kg") << '.' << none << false << 0.0;
        QTest::newRow("currency") << QByteArray("12 EUR") << ',' << '.' << false << 0.0;
        QTest::newRow("dangling exponent") << QByteArray("1e") << '.' << none << false << 0.0;
    }

    void decimals()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, decimal);
        QFETCH(char, thousands);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto parsed = parseDecimal(view(text), NumberFormat{decimal, thousands});
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<char>("thousands");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        const char none = 0;
        QTest::newRow("plain") << QByteArray("17") << '.' << none << true << qint64(17);
        QTest::newRow("plus") << QByteArray("+17") << '.' << none << true << qint64(17);
        QTest::newRow("negative") << QByteArray("-3") << '.' << none << true << qint64(-3);
        QTest::newRow("leading zeros") << QByteArray("007") << '.' << none << true << qint64(7);
        QTest::newRow("large") << QByteArray("9000000000") << '.' << none << true
                               << qint64(9000000000);
        QTest::newRow("written as decimal")
            << QByteArray("12.0") << '.' << none << true << qint64(12);
        QTest::newRow("written as decimal comma")
            << QByteArray("12,00") << ',' << '.' << true << qint64(12);
        QTest::newRow("german grouping")
            << QByteArray("1.234.567") << ',' << '.' << true << qint64(1234567);
        QTest::newRow("english grouping")
            << QByteArray("-1,234") << '.' << ',' << true << qint64(-1234);
        QTest::newRow("exponent") << QByteArray("1e3") << '.' << none << true << qint64(1000);
        QTest::newRow("fraction") << QByteArray("12.5") << '.' << none << false << qint64(0);
        QTest::newRow("fraction with comma")
            << QByteArray("12,5") << ',' << '.' << false << qint64(0);
        QTest::newRow("two signs") << QByteArray("+-3") << '.' << none << false << qint64(0);
        QTest::newRow("text") << QByteArray("twelve") << '.' << none << false << qint64(0);
        QTest::newRow("empty") << QByteArray("") << '.' << none << false << qint64(0);
        QTest::newRow("too large")
            << QByteArray("99999999999999999999") << '.' << none << false << qint64(0);
    }

    void integers()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, decimal);
        QFETCH(char, thousands);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto parsed = parseInteger(view(text), NumberFormat{decimal, thousands});
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("day"); // kInvalid = not a date in this format
        const int iso = int(DateFormat::Iso), dmy = int(DateFormat::DayMonthYear),
                  mdy = int(DateFormat::MonthDayYear), compact = int(DateFormat::Compact),
                  excel = int(DateFormat::ExcelSerial);
        const int jan1 = Days::fromCivil(2024, 1, 1);
        const int dec31 = Days::fromCivil(2023, 12, 31);

        QTest::newRow("iso") << QByteArray("2024-01-01") << iso << jan1;
        QTest::newRow("iso slashes") << QByteArray("2024/01/01") << iso << jan1;
        QTest::newRow("iso one-digit parts") << QByteArray("2024-1-1") << iso << jan1;
        QTest::newRow("iso spaces around") << QByteArray(" 2024-01-01 ") << iso << jan1;
        QTest::newRow("iso T time") << QByteArray("2024-01-01T13:45:00") << iso << jan1;
        QTest::newRow("iso space time") << QByteArray("2024-01-01 00:00") << iso << jan1;
        QTest::newRow("iso milliseconds") << QByteArray("2024-01-01 00:00:00.000") << iso << jan1;
        QTest::newRow("iso UTC") << QByteArray("2024-01-01T10:00:00Z") << iso << jan1;
        QTest::newRow("iso offset") << QByteArray("2024-01-01T10:00:00+01:00") << iso << jan1;
        QTest::newRow("iso bad time") << QByteArray("2024-01-01T25:00") << iso << kInvalid;
        QTest::newRow("iso junk after") << QByteArray("2024-01-01 soon") << iso << kInvalid;
        QTest::newRow("iso junk glued") << QByteArray("2024-01-01x") << iso << kInvalid;
        QTest::newRow("iso mixed separators") << QByteArray("2024-01/01") << iso << kInvalid;
        QTest::newRow("iso dots") << QByteArray("2024.01.01") << iso << kInvalid;
        QTest::newRow("iso invalid leap day") << QByteArray("2023-02-29") << iso << kInvalid;
        QTest::newRow("iso valid leap day")
            << QByteArray("2024-02-29") << iso << Days::fromCivil(2024, 2, 29);
        QTest::newRow("iso 2000 leap day")
            << QByteArray("2000-02-29") << iso << Days::fromCivil(2000, 2, 29);
        QTest::newRow("iso 2100 is no leap year") << QByteArray("2100-02-29") << iso << kInvalid;
        QTest::newRow("iso month 13") << QByteArray("2024-13-01") << iso << kInvalid;
        QTest::newRow("iso day 0") << QByteArray("2024-01-00") << iso << kInvalid;
        QTest::newRow("iso year 1899") << QByteArray("1899-12-31") << iso << kInvalid;
        QTest::newRow("iso year 1900")
            << QByteArray("1900-01-01") << iso << Days::fromCivil(1900, 1, 1);
        QTest::newRow("iso year 2199")
            << QByteArray("2199-12-31") << iso << Days::fromCivil(2199, 12, 31);
        QTest::newRow("iso year 2200") << QByteArray("2200-01-01") << iso << kInvalid;
        QTest::newRow("iso two-digit year") << QByteArray("24-01-01") << iso << kInvalid;

        QTest::newRow("dmy dots") << QByteArray("01.01.2024") << dmy << jan1;
        QTest::newRow("dmy slashes") << QByteArray("31/12/2023") << dmy << dec31;
        QTest::newRow("dmy dashes") << QByteArray("31-12-2023") << dmy << dec31;
        QTest::newRow("dmy short") << QByteArray("1.1.24") << dmy << jan1;
        QTest::newRow("dmy with time") << QByteArray("31.12.2023 23:59:59") << dmy << dec31;
        QTest::newRow("dmy 31 April") << QByteArray("31.04.2024") << dmy << kInvalid;
        QTest::newRow("dmy 29 February 2023") << QByteArray("29.02.2023") << dmy << kInvalid;
        QTest::newRow("dmy month first") << QByteArray("12/31/2023") << dmy << kInvalid;
        QTest::newRow("dmy three-digit year") << QByteArray("01.01.024") << dmy << kInvalid;
        QTest::newRow("dmy iso text") << QByteArray("2024-01-01") << dmy << kInvalid;
        QTest::newRow("dmy 2-digit 00")
            << QByteArray("01.01.00") << dmy << Days::fromCivil(2000, 1, 1);
        QTest::newRow("dmy 2-digit 69")
            << QByteArray("31.12.69") << dmy << Days::fromCivil(2069, 12, 31);
        QTest::newRow("dmy 2-digit 70")
            << QByteArray("01.01.70") << dmy << Days::fromCivil(1970, 1, 1);
        QTest::newRow("dmy 2-digit 99")
            << QByteArray("31.12.99") << dmy << Days::fromCivil(1999, 12, 31);

        QTest::newRow("mdy slashes") << QByteArray("12/31/2023") << mdy << dec31;
        QTest::newRow("mdy dashes") << QByteArray("12-31-2023") << mdy << dec31;
        QTest::newRow("mdy short") << QByteArray("1/15/24") << mdy << Days::fromCivil(2024, 1, 15);
        QTest::newRow("mdy 12-hour time")
            << QByteArray("1/15/2024 12:00:00 AM") << mdy << Days::fromCivil(2024, 1, 15);
        QTest::newRow("mdy pm time")
            << QByteArray("1/15/2024 3:05 pm") << mdy << Days::fromCivil(2024, 1, 15);
        QTest::newRow("mdy bad 12-hour time")
            << QByteArray("1/15/2024 13:05 PM") << mdy << kInvalid;
        QTest::newRow("mdy month 13") << QByteArray("13/01/2024") << mdy << kInvalid;
        QTest::newRow("mdy dots are day first") << QByteArray("12.31.2023") << mdy << kInvalid;
        QTest::newRow("mdy 2-digit 70")
            << QByteArray("06/30/70") << mdy << Days::fromCivil(1970, 6, 30);

        QTest::newRow("compact") << QByteArray("20240101") << compact << jan1;
        QTest::newRow("compact with time") << QByteArray("20240101 08:00") << compact << jan1;
        QTest::newRow("compact month 13") << QByteArray("20241301") << compact << kInvalid;
        QTest::newRow("compact 30 February") << QByteArray("20240230") << compact << kInvalid;
        QTest::newRow("compact seven digits") << QByteArray("2024011") << compact << kInvalid;
        QTest::newRow("compact nine digits") << QByteArray("202401011") << compact << kInvalid;
        QTest::newRow("compact SAP zero date") << QByteArray("00000000") << compact << kInvalid;

        QTest::newRow("excel 45292 is 2024-01-01") << QByteArray("45292") << excel << jan1;
        QTest::newRow("excel with time") << QByteArray("45292.75") << excel << jan1;
        QTest::newRow("excel with decimal comma") << QByteArray("45292,5") << excel << jan1;
        QTest::newRow("excel 1 is 1900-01-01")
            << QByteArray("1") << excel << Days::fromCivil(1900, 1, 1);
        QTest::newRow("excel 59 is 1900-02-28")
            << QByteArray("59") << excel << Days::fromCivil(1900, 2, 28);
        QTest::newRow("excel 60 is the fake 1900-02-29") << QByteArray("60") << excel << kInvalid;
        QTest::newRow("excel 61 is 1900-03-01")
            << QByteArray("61") << excel << Days::fromCivil(1900, 3, 1);
        QTest::newRow("excel 36526 is 2000-01-01")
            << QByteArray("36526") << excel << Days::fromCivil(2000, 1, 1);
        QTest::newRow("excel fraction below 1") << QByteArray("0.5") << excel << kInvalid;
        QTest::newRow("excel 0") << QByteArray("0") << excel << kInvalid;
        QTest::newRow("excel negative") << QByteArray("-5") << excel << kInvalid;
        QTest::newRow("excel 2958466") << QByteArray("2958466") << excel << kInvalid;
        QTest::newRow("excel past 2199") << QByteArray("109575") << excel << kInvalid;
        QTest::newRow("excel 2199-12-31")
            << QByteArray("109574") << excel << Days::fromCivil(2199, 12, 31);
        QTest::newRow("excel text") << QByteArray("45292a") << excel << kInvalid;

        QTest::newRow("auto is never parsed")
            << QByteArray("2024-01-01") << int(DateFormat::Auto) << kInvalid;
        QTest::newRow("empty") << QByteArray("") << iso << kInvalid;
        QTest::newRow("not a date") << QByteArray("soon") << dmy << kInvalid;
    }

    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, format);
        QFETCH(int, day);
        const auto parsed = parseDate(view(text), DateFormat(format));
        QCOMPARE(parsed.has_value(), day != kInvalid);
        if (day != kInvalid)
            QCOMPARE(*parsed, day);
    }

    void formatsMatching_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<unsigned>("mask");
        const unsigned dmy = bit(DateFormat::DayMonthYear), mdy = bit(DateFormat::MonthDayYear);
        QTest::newRow("day and month both <= 12") << QByteArray("03/04/2024") << (dmy | mdy);
        QTest::newRow("day > 12") << QByteArray("13/04/2024") << dmy;
        QTest::newRow("second part > 12") << QByteArray("04/13/2024") << mdy;
        QTest::newRow("dotted") << QByteArray("03.04.2024") << dmy;
        QTest::newRow("iso") << QByteArray("2024-04-13") << bit(DateFormat::Iso);
        QTest::newRow("compact") << QByteArray("20240413") << bit(DateFormat::Compact);
        QTest::newRow("excel serial") << QByteArray("45292") << bit(DateFormat::ExcelSerial);
        QTest::newRow("small number") << QByteArray("12") << bit(DateFormat::ExcelSerial);
        QTest::newRow("invalid everywhere") << QByteArray("31/31/2024") << 0u;
        QTest::newRow("material number") << QByteArray("10000123") << 0u;
        QTest::newRow("text") << QByteArray("hello") << 0u;
    }

    void formatsMatching()
    {
        QFETCH(QByteArray, text);
        QFETCH(unsigned, mask);
        QCOMPARE(dateFormatsMatching(view(text)), mask);
    }

    void booleans_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("value"); // kInvalid = not a boolean
        for (const char *yes :
             {"1", "yes", "Y", "TRUE", "t", "ja", "J", "oui", "si", "wahr", " Yes "})
            QTest::newRow(yes) << QByteArray(yes) << 1;
        for (const char *no : {"0", "no", "N", "false", "F", "Nein", "non", "falsch"})
            QTest::newRow(no) << QByteArray(no) << 0;
        QTest::newRow("maybe") << QByteArray("maybe") << kInvalid;
        QTest::newRow("x is not handled here") << QByteArray("x") << kInvalid;
        QTest::newRow("2") << QByteArray("2") << kInvalid;
        QTest::newRow("empty") << QByteArray("") << kInvalid;
        QTest::newRow("too long") << QByteArray("falsches") << kInvalid;
    }

    void booleans()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, value);
        const auto parsed = parseBool(view(text));
        QCOMPARE(parsed.has_value(), value != kInvalid);
        if (value != kInvalid)
            QCOMPARE(int(*parsed), value);
    }
    // The CsvFormat name helpers: the CLI, the profiles and --json use these spellings.
    void formatNames_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("auto") << int(DateFormat::Auto) << "auto"
                              << "auto";
        QTest::newRow("iso") << int(DateFormat::Iso) << "iso"
                             << "yyyy-mm-dd";
        QTest::newRow("dmy") << int(DateFormat::DayMonthYear) << "dmy"
                             << "dd.mm.yyyy";
        QTest::newRow("mdy") << int(DateFormat::MonthDayYear) << "mdy"
                             << "mm/dd/yyyy";
        QTest::newRow("compact") << int(DateFormat::Compact) << "yyyymmdd"
                                 << "yyyymmdd";
        QTest::newRow("excel") << int(DateFormat::ExcelSerial) << "excel"
                               << "Excel serial number";
    }

    void formatNames()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QString, pattern);
        QCOMPARE(dateFormatName(DateFormat(format)), name);
        QCOMPARE(dateFormatPattern(DateFormat(format)), pattern);
        DateFormat parsed = DateFormat::Iso;
        QVERIFY(dateFormatFromName(name, &parsed));
        QCOMPARE(int(parsed), format);
        parsed = DateFormat::Iso;
        QVERIFY(dateFormatFromName(pattern.toUpper(), &parsed));
        QCOMPARE(int(parsed), format);
    }

    void otherNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isEncoding");
        QTest::addColumn<int>("value"); // Encoding or delimiter; -1 = rejected
        QTest::newRow("utf-8") << "utf-8" << true << int(Encoding::Utf8);
        QTest::newRow("UTF8") << "UTF8" << true << int(Encoding::Utf8);
        QTest::newRow("utf-16le") << "utf-16le" << true << int(Encoding::Utf16LE);
        QTest::newRow("UTF-16BE") << "UTF-16BE" << true << int(Encoding::Utf16BE);
        QTest::newRow("cp1252") << "cp1252" << true << int(Encoding::Windows1252);
        QTest::newRow("windows-1252") << "windows-1252" << true << int(Encoding::Windows1252);
        QTest::newRow("auto encoding") << "auto" << true << int(Encoding::Auto);
        QTest::newRow("ebcdic") << "ebcdic" << true << -1;
        QTest::newRow("tab") << "tab" << false << int('\t');
        QTest::newRow("semicolon") << ";" << false << int(';');
        QTest::newRow("pipe") << "pipe" << false << int('|');
        QTest::newRow("comma") << "," << false << int(',');
        QTest::newRow("auto delimiter") << "auto" << false << 0;
        QTest::newRow("colon") << ":" << false << -1;
    }

    void otherNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, isEncoding);
        QFETCH(int, value);
        if (isEncoding) {
            Encoding encoding = Encoding::Utf16BE;
            QCOMPARE(encodingFromName(text, &encoding), value >= 0);
            if (value >= 0) {
                QCOMPARE(int(encoding), value);
                // The canonical name reads back as the same encoding.
                Encoding again = Encoding::Utf16BE;
                QVERIFY(encodingFromName(encodingName(encoding), &again));
                QCOMPARE(again, encoding);
            }
        } else {
            char delimiter = 'x';
            QCOMPARE(delimiterFromName(text, &delimiter), value >= 0);
            if (value >= 0) {
                QCOMPARE(int(delimiter), value);
                char again = 'x';
                QVERIFY(delimiterFromName(delimiterName(delimiter), &again));
                QCOMPARE(again, delimiter);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
