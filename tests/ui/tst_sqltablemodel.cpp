// Ui::SqlTableModel on a table with 200,000 rows: lazy paging, sorting and filtering in SQLite,
// codes for foreign keys, dates as the locale writes them — checked by QAbstractItemModelTester as
// well.
#include "browser/SqlTableModel.h"
#include "common/Dates.h"
#include "common/Days.h"
#include "common/Units.h"
#include "storage/DataStore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Ui;

class TestSqlTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::DataStore> m_store;

    int column(const SqlTableModel &model, const char *name) const
    {
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.columnName(c) == QLatin1String(name))
                return c;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        auto store = Storage::DataStore::open(m_dir.filePath(QStringLiteral("model.db")));
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        auto &c = m_store->connection();
        QVERIFY(c.exec(
            QStringLiteral("INSERT INTO locations (id, code, kind) VALUES (1, 'L1', 'store'), "
                           "(2, 'L2', 'store')")));
        // 100 SKUs; two with codes that would match each other if '_' were a wildcard.
        QVERIFY(c.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 98) "
            "INSERT INTO skus (id, code, name) SELECT i, printf('SKU-%03d', i), "
            "'Item ' || i FROM n")));
        QVERIFY(c.exec(
            QStringLiteral("INSERT INTO skus (id, code, name) VALUES (99, 'A_1', 'underscore'), "
                           "(100, 'AB1', 'no underscore')")));
        QVERIFY(c.exec(QStringLiteral(
            "WITH RECURSIVE d(day) AS (SELECT 19000 UNION ALL SELECT day + 1 FROM d WHERE day < "
            "19999) "
            "INSERT INTO sales (location_id, sku_id, day, quantity) SELECT l.id, s.id, d.day, "
            "(s.id * 7 + d.day) % 13 FROM locations l, skus s, d")));
        QCOMPARE(m_store->rowCount(QStringLiteral("sales")), qint64(200000));
    }

    void modelTesterOnEveryTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t : {"locations", "skus", "sales", "stock", "import_batches"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void modelTesterOnEveryTable()
    {
        QFETCH(QString, table);
        SqlTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        model.sort(0, Qt::DescendingOrder);
        model.setFilterText(QStringLiteral("1"));
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), int(m_store->rowCount(table)));
    }

    void readsLazilyInPages()
    {
        SqlTableModel model(m_store.get());
        model.setTable(QStringLiteral("sales"));
        QCOMPARE(model.rowCount(), 200000);
        QCOMPARE(model.pagesLoaded(), 0);
        QVERIFY(model.data(model.index(0, 0)).isValid());
        QCOMPARE(model.pagesLoaded(), 1);
        QVERIFY(model.data(model.index(150000, 0)).isValid());
        QCOMPARE(model.pagesLoaded(), 2);
        // Rows of a page already read cost nothing more.
        QVERIFY(model.data(model.index(150001, 3)).isValid());
        QCOMPARE(model.pagesLoaded(), 2);
    }

    void showsCodesAndDates()
    {
        SqlTableModel model(m_store.get());
        model.setTable(QStringLiteral("sales"));
        const int location = column(model, "location_id"), sku = column(model, "sku_id"),
                  day = column(model, "day");
        QVERIFY(location >= 0 && sku >= 0 && day >= 0);
        QCOMPARE(model.headerData(location, Qt::Horizontal).toString(), QStringLiteral("Location"));
        QCOMPARE(model.data(model.index(0, location)).toString(), QStringLiteral("L1"));
        QCOMPARE(model.data(model.index(0, sku)).toString(), QStringLiteral("SKU-001"));
        // Days as the locale writes dates, with four-digit years.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(model.data(model.index(0, day)).toString(), QStringLiteral("08.01.2022"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model.data(model.index(0, day)).toString(), QStringLiteral("1/8/2022"));
        QLocale::setDefault(previous);
    }

    void showsWeightsAndVolumesInThePlannersUnits_data()
    {
        QTest::addColumn<QString>("weightUnit");
        QTest::addColumn<QString>("volumeUnit");
        QTest::addColumn<QString>("weightHeader");
        QTest::addColumn<QString>("weight");
        QTest::addColumn<QString>("volumeHeader");
        QTest::addColumn<QString>("volume");
        QTest::newRow("metric (unset)") << ""
                                        << ""
                                        << "Weight (kg)"
                                        << "2.5"
                                        << "Volume (m³)"
                                        << "0.02";
        QTest::newRow("pounds, cubic feet") << "lb"
                                            << "ft3"
                                            << "Weight (lb)"
                                            << "5.51156"
                                            << "Volume (ft³)"
                                            << "0.706293";
        QTest::newRow("kilograms, litres") << "kg"
                                           << "l"
                                           << "Weight (kg)"
                                           << "2.5"
                                           << "Volume (L)"
                                           << "20";
        QTest::newRow("unknown units fall back to metric") << "stone"
                                                           << "gallon"
                                                           << "Weight (kg)"
                                                           << "2.5"
                                                           << "Volume (m³)"
                                                           << "0.02";
    }
    void showsWeightsAndVolumesInThePlannersUnits()
    {
        QFETCH(QString, weightUnit);
        QFETCH(QString, volumeUnit);
        QFETCH(QString, weightHeader);
        QFETCH(QString, weight);
        QFETCH(QString, volumeHeader);
        QFETCH(QString, volume);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_store->connection().exec(
            QStringLiteral("UPDATE skus SET weight_kg = 2.5, volume_m3 = 0.02, unit_cost = 1.25 "
                           "WHERE id = 1")));
        QSettings settings;
        settings.setValue(QLatin1String(Units::kWeightKey), weightUnit);
        settings.setValue(QLatin1String(Units::kVolumeKey), volumeUnit);
        SqlTableModel model(m_store.get());
        model.setTable(QStringLiteral("skus"));
        model.sort(column(model, "id"));
        const int w = column(model, "weight_kg"), v = column(model, "volume_m3"),
                  cost = column(model, "unit_cost");
        QVERIFY(w >= 0 && v >= 0 && cost >= 0);
        QCOMPARE(model.headerData(w, Qt::Horizontal).toString(), weightHeader);
        QCOMPARE(model.data(model.index(0, w)).toString(), weight);
        QCOMPARE(model.headerData(v, Qt::Horizontal).toString(), volumeHeader);
        QCOMPARE(model.data(model.index(0, v)).toString(), volume);
        // Money columns name the company currency (EUR until the settings say otherwise).
        QCOMPARE(model.headerData(cost, Qt::Horizontal).toString(),
                 QStringLiteral("Unit cost (€)"));
        QCOMPARE(model.data(model.index(0, cost)).toString(), QStringLiteral("1.25"));
        settings.remove(QStringLiteral("units"));
    }

    void sortsInTheDatabase()
    {
        SqlTableModel model(m_store.get());
        model.setTable(QStringLiteral("sales"));
        const int quantity = column(model, "quantity");
        model.sort(quantity, Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, quantity)).toString(), QStringLiteral("12"));
        QCOMPARE(model.data(model.index(199999, quantity)).toString(), QStringLiteral("0"));
        const int sku = column(model, "sku_id");
        model.sort(sku, Qt::DescendingOrder); // by code, not by id
        QCOMPARE(model.data(model.index(0, sku)).toString(), QStringLiteral("SKU-098"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("code substring") << QStringLiteral("skus") << QStringLiteral("SKU-01") << 10;
        QTest::newRow("underscore is literal")
            << QStringLiteral("skus") << QStringLiteral("A_1") << 1;
        QTest::newRow("percent is literal") << QStringLiteral("skus") << QStringLiteral("%") << 0;
        QTest::newRow("case-insensitive name")
            << QStringLiteral("skus") << QStringLiteral("UNDERSCORE") << 2;
        QTest::newRow("referenced code")
            << QStringLiteral("sales") << QStringLiteral("L2") << 100000;
        QTest::newRow("referenced sku")
            << QStringLiteral("sales") << QStringLiteral("SKU-050") << 2000;
        QTest::newRow("iso date") << QStringLiteral("sales") << Days::toIso(19500) << 200;
        QTest::newRow("date as the locale writes it")
            << QStringLiteral("sales") << Ui::Dates::day(19500) << 200;
        QTest::newRow("nothing") << QStringLiteral("sales") << QStringLiteral("zzz") << 0;
    }

    void filters()
    {
        QFETCH(QString, table);
        QFETCH(QString, filter);
        QFETCH(int, rows);
        SqlTableModel model(m_store.get());
        model.setTable(table);
        model.setFilterText(filter);
        QCOMPARE(model.rowCount(), rows);
    }

    void reloadsOnChange()
    {
        SqlTableModel model(m_store.get());
        model.setTable(QStringLiteral("locations"));
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_store->connection().exec(
            QStringLiteral("INSERT INTO locations (code, kind) VALUES ('L3', 'store')")));
        m_store->notifyChanged({QStringLiteral("locations")});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(
            m_store->connection().exec(QStringLiteral("DELETE FROM locations WHERE code = 'L3'")));
        m_store->notifyChanged({QStringLiteral("locations")});
    }
};

QTEST_MAIN(TestSqlTableModel)
#include "tst_sqltablemodel.moc"
