// Import::MappingProfile: built-in profiles, JSON round trip, clear errors for bad profiles,
// header matching by synonyms.
#include "import/MappingProfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

class TestMappingProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtInsLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : MappingProfile::builtInNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void builtInsLoad()
    {
        QFETCH(QString, name);
        auto profile = MappingProfile::builtIn(name);
        QVERIFY2(profile.ok(), qPrintable(profile.errorMessage()));
        QCOMPARE(profile->name, name);
        QVERIFY(!profile->description.isEmpty());
    }

    void sapProfileReadsGermanLayout()
    {
        auto profile = MappingProfile::builtIn(QStringLiteral("sap-de"));
        QVERIFY(profile.ok());
        QCOMPARE(profile->format.delimiter, ';');
        QCOMPARE(profile->format.number.decimal, ',');
        QCOMPARE(profile->format.dateFormat, DateFormat::DayMonthYear);
        QCOMPARE(profile->mappingFor(Kind::Sales).columns.value(QStringLiteral("location")),
                 QStringLiteral("Werk"));
    }

    void roundTrip()
    {
        MappingProfile profile;
        profile.name = QStringLiteral("mine");
        profile.description = QStringLiteral("Test");
        profile.format.delimiter = '\t';
        profile.format.dateFormat = DateFormat::Compact;
        ColumnMapping mapping;
        mapping.columns = {{QStringLiteral("sku"), QStringLiteral("Artikel Nr.")}};
        mapping.constants = {{QStringLiteral("location"), QStringLiteral("DC")}};
        mapping.defaults = {{QStringLiteral("promo"), QStringLiteral("0")}};
        mapping.factors = {{QStringLiteral("quantity"), 0.5}};
        profile.kinds.insert(QStringLiteral("sales"), mapping);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(profile.save(path));
        auto loaded = MappingProfile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->toJson(), profile.toJson());
        QCOMPARE(loaded->format.delimiter, '\t');
        QCOMPARE(loaded->mappingFor(Kind::Sales).factors.value(QStringLiteral("quantity")), 0.5);
    }

    void badProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("is not valid JSON");
        QTest::newRow("unknown kind") << QByteArray(R"({"kinds": {"widgets": {}}})")
                                      << QStringLiteral("unknown import kind \"widgets\"");
        QTest::newRow("unknown field")
            << QByteArray(R"({"kinds": {"sales": {"columns": {"qty": "Menge"}}}})")
            << QStringLiteral("unknown field \"qty\" for sales; valid fields are: date, location, "
                              "sku, quantity, revenue, promo.");
        QTest::newRow("bad decimal") << QByteArray(R"({"format": {"decimal": ";"}})")
                                     << QStringLiteral("decimal separator must be");
        QTest::newRow("bad date format") << QByteArray(R"({"format": {"dateFormat": "yyyy"}})")
                                         << QStringLiteral("Unknown date format \"yyyy\"");
    }

    void badProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        auto profile = MappingProfile::load(path);
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error().code, QStringLiteral("bad-profile"));
        QVERIFY2(profile.errorMessage().contains(message), qPrintable(profile.errorMessage()));
    }

    void matchColumns_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("skuHeader");
        QTest::addColumn<QStringList>("ignored");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("own layout")
            << QStringList{QStringLiteral("date"), QStringLiteral("location"),
                           QStringLiteral("sku"), QStringLiteral("quantity")}
            << QStringLiteral("sku") << QStringList() << QStringList();
        QTest::newRow("german") << QStringList{QStringLiteral("Buchungsdatum"),
                                               QStringLiteral("Werk"), QStringLiteral("Material"),
                                               QStringLiteral("Menge"),
                                               QStringLiteral("Kostenstelle")}
                                << QStringLiteral("Material")
                                << QStringList{QStringLiteral("Kostenstelle")} << QStringList();
        QTest::newRow("punctuation and case")
            << QStringList{QStringLiteral("POSTING-DATE"), QStringLiteral("Store ID"),
                           QStringLiteral("PRODUCT.PRODUCTID"), QStringLiteral("Units Sold")}
            << QStringLiteral("PRODUCT.PRODUCTID") << QStringList() << QStringList();
        QTest::newRow("missing quantity")
            << QStringList{QStringLiteral("date"), QStringLiteral("location"),
                           QStringLiteral("sku")}
            << QStringLiteral("sku") << QStringList() << QStringList{QStringLiteral("quantity")};
    }

    void matchColumns()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, skuHeader);
        QFETCH(QStringList, ignored);
        QFETCH(QStringList, missing);
        const MappingMatch match = Import::matchColumns(kindSpec(Kind::Sales), headers, {});
        QCOMPARE(match.columns.value(QStringLiteral("sku")), skuHeader);
        QCOMPARE(match.ignoredHeaders, ignored);
        QCOMPARE(match.missingRequired, missing);
    }

    void explicitMappingWins()
    {
        ColumnMapping mapping;
        mapping.columns = {{QStringLiteral("quantity"), QStringLiteral("Menge 2")}};
        const MappingMatch match = Import::matchColumns(
            kindSpec(Kind::Sales),
            {QStringLiteral("date"), QStringLiteral("location"), QStringLiteral("sku"),
             QStringLiteral("Menge"), QStringLiteral("Menge 2")},
            mapping);
        QCOMPARE(match.columns.value(QStringLiteral("quantity")), QStringLiteral("Menge 2"));
        QCOMPARE(match.ignoredHeaders, QStringList{QStringLiteral("Menge")});
    }
};

QTEST_GUILESS_MAIN(TestMappingProfile)
#include "tst_mappingprofile.moc"
