// Ui::Money, the GUI's money formatter: amounts in EUR, USD, GBP, JPY and CHF written for
// en_US, de_DE and fr_FR (CLDR's patterns through QLocale::toCurrencyString), negative amounts
// with a minus sign rather than accounting parentheses, no "-0", "—" for what is not finite, an
// unknown code shown as itself, no currency as the plain number; the symbols a planner expects
// ("€", "$", "£", "¥", "CHF", and "CA$" / "US$" where a bare "$" would mislead); the affixes,
// the decorated compact figures, headers and axis formats built on them; and the company currency
// read from the database and followed when the settings change.
#include "common/Money.h"
#include "export/ExportSettings.h"
#include "storage/DataStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

// CLDR's separators, spelled out so that the expected texts show them.
const QString kNbsp = QString(QChar(0x00a0));       // before "€" in de_DE and fr_FR
const QString kNarrowNbsp = QString(QChar(0x202f)); // fr_FR's group separator

QLocale locale(const char *name)
{
    return QLocale(QString::fromLatin1(name));
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("amount");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *tag, const char *loc, const char *code, double amount,
                            int decimals, const QString &expected) {
            QTest::newRow(tag) << QString::fromLatin1(loc) << QString::fromLatin1(code) << amount
                               << decimals << expected;
        };
        // en_US: the symbol before the number.
        row("EUR en_US", "en_US", "EUR", 1234.5, 2, QStringLiteral("€1,234.50"));
        row("USD en_US", "en_US", "USD", 1234.5, 2, QStringLiteral("$1,234.50"));
        row("GBP en_US", "en_US", "GBP", 1234.5, 2, QStringLiteral("£1,234.50"));
        row("JPY en_US", "en_US", "JPY", 1234, 0, QStringLiteral("¥1,234"));
        row("CHF en_US", "en_US", "CHF", 1234.5, 2, QStringLiteral("CHF") + kNbsp + "1,234.50");
        row("whole EUR en_US", "en_US", "EUR", 38525.4, 0, QStringLiteral("€38,525"));
        // de_DE: after it, with a no-break space.
        row("EUR de_DE", "de_DE", "EUR", 1234.5, 2, QStringLiteral("1.234,50") + kNbsp + "€");
        row("USD de_DE", "de_DE", "USD", 1234.5, 2, QStringLiteral("1.234,50") + kNbsp + "$");
        row("GBP de_DE", "de_DE", "GBP", 1234.5, 2, QStringLiteral("1.234,50") + kNbsp + "£");
        row("JPY de_DE", "de_DE", "JPY", 1234, 0, QStringLiteral("1.234") + kNbsp + "¥");
        row("CHF de_DE", "de_DE", "CHF", 1234.5, 2, QStringLiteral("1.234,50") + kNbsp + "CHF");
        // fr_FR: narrow no-break spaces between the thousands.
        row("EUR fr_FR", "fr_FR", "EUR", 1234.5, 2,
            QStringLiteral("1") + kNarrowNbsp + "234,50" + kNbsp + "€");
        row("USD fr_FR", "fr_FR", "USD", 1234.5, 2,
            QStringLiteral("1") + kNarrowNbsp + "234,50" + kNbsp + "$");
        row("GBP fr_FR", "fr_FR", "GBP", 1234.5, 2,
            QStringLiteral("1") + kNarrowNbsp + "234,50" + kNbsp + "£");
        row("JPY fr_FR", "fr_FR", "JPY", 1234, 0,
            QStringLiteral("1") + kNarrowNbsp + "234" + kNbsp + "¥");
        row("CHF fr_FR", "fr_FR", "CHF", 1234.5, 2,
            QStringLiteral("1") + kNarrowNbsp + "234,50" + kNbsp + "CHF");
        // Negative amounts: a minus sign, never (€1,234.50).
        row("negative EUR en_US", "en_US", "EUR", -1234.5, 2, QStringLiteral("-€1,234.50"));
        row("negative USD en_US", "en_US", "USD", -5, 0, QStringLiteral("-$5"));
        row("negative EUR de_DE", "de_DE", "EUR", -1234.5, 2,
            QStringLiteral("-1.234,50") + kNbsp + "€");
        row("negative CHF fr_FR", "fr_FR", "CHF", -1234.5, 2,
            QStringLiteral("-1") + kNarrowNbsp + "234,50" + kNbsp + "CHF");
        row("negative CHF en_US", "en_US", "CHF", -12, 2, QStringLiteral("-CHF") + kNbsp + "12.00");
        // Rounds to zero: no sign.
        row("minus zero en_US", "en_US", "EUR", -0.004, 2, QStringLiteral("€0.00"));
        row("minus zero de_DE", "de_DE", "EUR", -0.4, 0, QStringLiteral("0") + kNbsp + "€");
        // An unknown code is written as itself, apart from the digits.
        row("unknown en_US", "en_US", "XYZ", 1234.5, 2, QStringLiteral("XYZ") + kNbsp + "1,234.50");
        row("unknown de_DE", "de_DE", "XYZ", 1234.5, 2, QStringLiteral("1.234,50") + kNbsp + "XYZ");
        row("unknown fr_FR", "fr_FR", "XYZ", -7, 0, QStringLiteral("-7") + kNbsp + "XYZ");
        // No currency (no database): the plain number.
        row("no currency en_US", "en_US", "", 1234.5, 2, QStringLiteral("1,234.50"));
        row("no currency de_DE", "de_DE", "", -1234.5, 0, QStringLiteral("-1.235"));
    }

    void format()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, currency);
        QFETCH(double, amount);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(Money::format(amount, currency, decimals, QLocale(localeName)), expected);
    }

    void notFinite_data()
    {
        QTest::addColumn<double>("amount");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    }

    void notFinite()
    {
        QFETCH(double, amount);
        for (const char *code : {"EUR", "JPY", ""})
            QCOMPARE(Money::format(amount, QString::fromLatin1(code), 2, locale("en_US")),
                     QStringLiteral("—"));
    }

    void defaultLocale()
    {
        // Without a locale: the thread's default, as the models use it.
        const QLocale before;
        QLocale::setDefault(locale("de_DE"));
        QCOMPARE(Money::format(2.5, QStringLiteral("EUR")), QStringLiteral("2,50") + kNbsp + "€");
        QLocale::setDefault(locale("en_US"));
        QCOMPARE(Money::format(2.5, QStringLiteral("EUR")), QStringLiteral("€2.50"));
        QLocale::setDefault(before);
    }

    void symbol_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *loc, const char *code, const QString &expected) {
            QTest::addRow("%s %s", code, loc)
                << QString::fromLatin1(loc) << QString::fromLatin1(code) << expected;
        };
        for (const char *loc : {"en_US", "de_DE", "fr_FR"}) {
            row(loc, "EUR", QStringLiteral("€"));
            row(loc, "USD", QStringLiteral("$"));
            row(loc, "GBP", QStringLiteral("£"));
            row(loc, "JPY", QStringLiteral("¥"));
            row(loc, "CHF", QStringLiteral("CHF"));
            row(loc, "XYZ", QStringLiteral("XYZ"));
        }
        // The locale's own currency keeps the locale's own symbol.
        row("ja_JP", "JPY", QStringLiteral("￥"));
        row("de_CH", "CHF", QStringLiteral("CHF"));
        row("en_CA", "CAD", QStringLiteral("$"));
        // A "$" or "¥" that would be read as another currency carries its territory.
        row("en_CA", "USD", QStringLiteral("US$"));
        row("en_US", "CAD", QStringLiteral("CA$"));
        row("de_DE", "AUD", QStringLiteral("AU$"));
        row("en_US", "CNY", QStringLiteral("CN¥"));
        // A shared symbol made of letters ("kr"): the code.
        row("en_US", "SEK", QStringLiteral("SEK"));
        row("sv_SE", "SEK", QStringLiteral("kr"));
        // Codes as typed, and none.
        row("en_US", " eur ", QStringLiteral("€"));
        row("en_US", "", QString());
    }

    void symbol()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money::symbol(currency, QLocale(localeName)), expected);
    }

    void affixesAndDecorate_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("decorated");
        const auto row
            = [](const char *tag, const char *loc, const char *code, const QString &prefix,
                 const QString &suffix, const QString &number, const QString &decorated) {
                  QTest::newRow(tag) << QString::fromLatin1(loc) << QString::fromLatin1(code)
                                     << prefix << suffix << number << decorated;
              };
        row("EUR en_US", "en_US", "EUR", QStringLiteral("€"), {}, QStringLiteral("9.97 M"),
            QStringLiteral("€9.97 M"));
        row("EUR en_US negative", "en_US", "EUR", QStringLiteral("€"), {}, QStringLiteral("-950"),
            QStringLiteral("-€950"));
        row("EUR de_DE", "de_DE", "EUR", {}, kNbsp + "€", QStringLiteral("9,97 M"),
            QStringLiteral("9,97 M") + kNbsp + "€");
        row("CHF en_US", "en_US", "CHF", QStringLiteral("CHF") + kNbsp, {},
            QStringLiteral("123.4 k"), QStringLiteral("CHF") + kNbsp + "123.4 k");
        row("JPY fr_FR", "fr_FR", "JPY", {}, kNbsp + "¥", QStringLiteral("-950"),
            QStringLiteral("-950") + kNbsp + "¥");
        row("none", "en_US", "", {}, {}, QStringLiteral("950"), QStringLiteral("950"));
    }

    void affixesAndDecorate()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, currency);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(QString, number);
        QFETCH(QString, decorated);
        const QLocale l(localeName);
        const Money::Affixes a = Money::affixes(currency, l);
        QCOMPARE(a.prefix, prefix);
        QCOMPARE(a.suffix, suffix);
        QCOMPARE(Money::decorate(number, currency, l), decorated);
    }

    void headersAndAxes_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("axisFormat");
        const auto row = [](const char *tag, const char *loc, const char *code,
                            const QString &header, const QString &axisFormat) {
            QTest::newRow(tag) << QString::fromLatin1(loc) << QString::fromLatin1(code) << header
                               << axisFormat;
        };
        row("EUR en_US", "en_US", "EUR", QStringLiteral("Cost (€)"), QStringLiteral("€%.0f"));
        row("USD de_DE", "de_DE", "USD", QStringLiteral("Cost ($)"),
            QStringLiteral("%.0f") + kNbsp + "$");
        row("GBP fr_FR", "fr_FR", "GBP", QStringLiteral("Cost (£)"),
            QStringLiteral("%.0f") + kNbsp + "£");
        row("CHF en_US", "en_US", "CHF", QStringLiteral("Cost (CHF)"),
            QStringLiteral("CHF") + kNbsp + "%.0f");
        row("none", "en_US", "", QStringLiteral("Cost"), QStringLiteral("%.0f"));
    }

    void headersAndAxes()
    {
        QFETCH(QString, localeName);
        QFETCH(QString, currency);
        QFETCH(QString, header);
        QFETCH(QString, axisFormat);
        const QLocale l(localeName);
        QCOMPARE(Money::withSymbol(QStringLiteral("Cost"), currency, l), header);
        QCOMPARE(Money::axisLabelFormat(currency, 0, l), axisFormat);
    }

    void companyCurrencyFollowsTheSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = Storage::DataStore::open(dir.filePath(QStringLiteral("money.db")));
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        Storage::DataStore &s = *store.value();
        // The default while unset.
        QCOMPARE(Money::companyCurrency(s.connection()), QStringLiteral("EUR"));

        QStringList seen;
        QObject context;
        Money::watchCurrency(&s, &context, [&](const QString &code) { seen.append(code); });
        QCOMPARE(seen, QStringList{QStringLiteral("EUR")});

        QVERIFY(Export::setSetting(s.connection(), QStringLiteral("export.currency"),
                                   QStringLiteral("CHF"))
                    .ok());
        // Other tables: not read again.
        s.notifyChanged({QStringLiteral("plans")});
        QCOMPARE(seen.size(), 1);
        s.notifyChanged({QStringLiteral("app_settings")});
        QCOMPARE(seen, (QStringList{QStringLiteral("EUR"), QStringLiteral("CHF")}));
        // The same currency announced again: nothing to redraw.
        s.notifyChanged({QStringLiteral("app_settings")});
        QCOMPARE(seen.size(), 2);
        QVERIFY(Money::currencyMayHaveChanged({QStringLiteral("app_settings")}));
        QVERIFY(!Money::currencyMayHaveChanged({QStringLiteral("plans")}));

        // No database: no currency, plain numbers.
        QString none = QStringLiteral("unset");
        Money::watchCurrency(nullptr, &context, [&](const QString &code) { none = code; });
        QVERIFY(none.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
