// Ui::Dates: day numbers and stored times written as the locale writes dates, with four-digit
// years, and dates typed by the planner read back in ISO or the locale's format.
#include "common/Dates.h"
#include "common/Days.h"

#include <QTest>

using namespace Stockshift;

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    void writesDaysForTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << "en_US"
                               << "12/2/2026";
        QTest::newRow("en_GB") << "en_GB"
                               << "02/12/2026";
        QTest::newRow("de_DE") << "de_DE"
                               << "02.12.2026";
        QTest::newRow("fr_FR") << "fr_FR"
                               << "02/12/2026";
        QTest::newRow("es_ES") << "es_ES"
                               << "2/12/2026";
        QTest::newRow("ISO-like sv_SE") << "sv_SE"
                                        << "2026-12-02";
    }
    void writesDaysForTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QLocale l(locale);
        const int day = Days::fromCivil(2026, 12, 2);
        QCOMPARE(Ui::Dates::day(day, l), expected);
        QVERIFY(Ui::Dates::dayFormat(l).contains(QLatin1String("yyyy")));
        // What is written reads back, and so does ISO.
        QCOMPARE(Ui::Dates::parseDay(expected, l), QDate(2026, 12, 2));
        QCOMPARE(Ui::Dates::parseDay(QStringLiteral(" 2026-12-02 "), l), QDate(2026, 12, 2));
    }

    void writesStoredTimes_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("converted");
        QTest::newRow("UTC") << "2026-12-02T07:26:43Z" << true;
        QTest::newRow("offset") << "2026-12-02T08:26:43+01:00" << true;
        QTest::newRow("not a time") << "yesterday" << false;
        QTest::newRow("empty") << "" << false;
    }
    void writesStoredTimes()
    {
        QFETCH(QString, iso);
        QFETCH(bool, converted);
        const QLocale de(QStringLiteral("de_DE"));
        const QString text = Ui::Dates::time(iso, de);
        if (!converted) {
            QCOMPARE(text, iso);
            return;
        }
        const QDateTime local = QDateTime::fromString(iso, Qt::ISODate).toLocalTime();
        QVERIFY2(text.startsWith(local.date().toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(text));
        QVERIFY2(text.contains(local.time().toString(QStringLiteral("HH:mm"))), qPrintable(text));
    }

    void refusesWhatIsNotADate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << "milk";
        QTest::newRow("month 13") << "2026-13-01";
        QTest::newRow("US order in German") << "12/2/2026";
        QTest::newRow("empty") << "";
    }
    void refusesWhatIsNotADate()
    {
        QFETCH(QString, text);
        QVERIFY(!Ui::Dates::parseDay(text, QLocale(QStringLiteral("de_DE"))).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
