// Demo::DemoGenerator: determinism, the promised network shape and demand patterns, consistency
// with the importer's layout, refusal of a non-empty database and cancel.
#include "demo/DemoGenerator.h"
#include "import/ImportKind.h"
#include "storage/Connection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace Stockshift;
using namespace Stockshift::Demo;

namespace {

QByteArray folderDigest(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        hash.addData(name.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result().toHex();
}

QByteArray databaseDigest(const QString &path)
{
    auto c = Storage::Connection::open(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q((*c)->db());
    for (const char *table :
         {"locations", "skus", "stock", "sales", "lanes", "suppliers", "supplier_items",
          "supplier_locations", "open_orders", "customers", "agreements", "events"}) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3")
                        .arg(QString::fromLatin1(table))))
            return {};
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '|');
    }
    return hash.result().toHex();
}

qint64 scalar(const QString &db, const QString &sql)
{
    auto c = Storage::Connection::open(db);
    QSqlQuery q((*c)->db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

DemoSettings small(quint64 seed = 7)
{
    DemoSettings s;
    s.seed = seed;
    s.skus = 40;
    s.days = 200;
    s.customers = 100;
    return s;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_defaultDb;
    DemoSummary m_default;

private slots:
    void initTestCase()
    {
        m_defaultDb = m_dir.filePath(QStringLiteral("default.db"));
        auto summary = DemoGenerator(DemoSettings{}).writeDatabase(m_defaultDb);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        m_default = *summary;
        qInfo("default demo: %lld sales rows, %lld stock rows in %lld ms", m_default.salesRows,
              m_default.stockRows, m_default.elapsedMs);
    }

    void sameSeedSameData()
    {
        const QString a = m_dir.filePath(QStringLiteral("a")),
                      b = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(DemoGenerator(small()).writeCsv(a).ok());
        QVERIFY(DemoGenerator(small()).writeCsv(b).ok());
        QCOMPARE(folderDigest(a), folderDigest(b));
        const QString c = m_dir.filePath(QStringLiteral("c"));
        QVERIFY(DemoGenerator(small(8)).writeCsv(c).ok());
        QVERIFY(folderDigest(a) != folderDigest(c));

        const QString db1 = m_dir.filePath(QStringLiteral("d1.db")),
                      db2 = m_dir.filePath(QStringLiteral("d2.db"));
        QVERIFY(DemoGenerator(small()).writeDatabase(db1).ok());
        QVERIFY(DemoGenerator(small()).writeDatabase(db2).ok());
        QCOMPARE(databaseDigest(db1), databaseDigest(db2));
    }

    void defaultNetworkShape_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("one national DC")
            << QStringLiteral("SELECT count(*) FROM locations WHERE kind = 'supplier_dc'")
            << qint64(1);
        QTest::newRow("four hubs")
            << QStringLiteral("SELECT count(*) FROM locations WHERE kind = 'regional_hub'")
            << qint64(4);
        QTest::newRow("twelve stores and MFCs") << QStringLiteral(
            "SELECT count(*) FROM locations WHERE kind IN ('store', 'micro_fulfilment')")
                                                << qint64(12);
        QTest::newRow("three partner sellers") << QStringLiteral(
            "SELECT count(*) FROM locations WHERE kind = 'partner_seller' AND owner <> ''")
                                               << qint64(3);
        QTest::newRow("300 SKUs") << QStringLiteral("SELECT count(*) FROM skus") << qint64(300);
        QTest::newRow("several categories")
            << QStringLiteral("SELECT count(DISTINCT category) >= 6 FROM skus") << qint64(1);
        QTest::newRow("two years of history")
            << QStringLiteral("SELECT max(day) - min(day) + 1 FROM sales") << qint64(730);
        QTest::newRow("perishables carry lots with expiry")
            << QStringLiteral("SELECT count(*) > 0 FROM stock s JOIN skus k ON k.id = s.sku_id "
                              "WHERE k.shelf_life_days "
                              "BETWEEN 1 AND 30 AND s.lot <> '' AND s.expiry_day IS NOT NULL")
            << qint64(1);
        QTest::newRow("some stock already expired")
            << QStringLiteral("SELECT count(*) > 0 FROM stock WHERE expiry_day < as_of_day")
            << qint64(1);
        QTest::newRow("stockouts present")
            << QStringLiteral("SELECT count(*) > 0 FROM stock WHERE on_hand = 0") << qint64(1);
        QTest::newRow("every partner has an agreement") << QStringLiteral(
            "SELECT count(*) FROM locations l WHERE kind = 'partner_seller' AND NOT EXISTS "
            "(SELECT 1 FROM agreements a WHERE a.provider_id = l.id OR a.receiver_id = l.id)")
                                                        << qint64(0);
        QTest::newRow("lanes never loop")
            << QStringLiteral("SELECT count(*) FROM lanes WHERE from_id = to_id") << qint64(0);
        QTest::newRow("lane cost grows with lead time") << QStringLiteral(
            "SELECT (SELECT avg(cost_per_unit) FROM lanes WHERE mode = 'road' AND lead_time_days "
            ">= 2) > "
            "(SELECT avg(cost_per_unit) FROM lanes WHERE mode = 'road' AND lead_time_days < 2)")
                                                        << qint64(1);
        QTest::newRow("every SKU has a supplier")
            << QStringLiteral("SELECT count(*) FROM skus k WHERE NOT EXISTS (SELECT 1 FROM "
                              "supplier_items i WHERE i.sku_id = k.id)")
            << qint64(0);
        QTest::newRow("MOQ is a multiple of the pack")
            << QStringLiteral("SELECT count(*) FROM supplier_items WHERE moq < order_multiple OR "
                              "abs(moq / order_multiple - round(moq / order_multiple)) > 1e-9")
            << qint64(0);
        QTest::newRow("purchase orders and transfers in flight")
            << QStringLiteral("SELECT count(DISTINCT type) FROM open_orders") << qint64(2);
        QTest::newRow("promotions flagged in sales")
            << QStringLiteral("SELECT count(*) > 0 FROM sales WHERE promo = 1") << qint64(1);
        QTest::newRow("holidays in the calendar")
            << QStringLiteral("SELECT count(*) >= 10 FROM events WHERE kind = 'holiday'")
            << qint64(1);
        QTest::newRow("no sales on Christmas Day")
            << QStringLiteral("SELECT count(*) FROM sales WHERE day IN (SELECT start_day FROM "
                              "events WHERE name LIKE 'Christmas Day%')")
            << qint64(0);
        QTest::newRow("new products start late")
            << QStringLiteral("SELECT count(*) > 0 FROM (SELECT sku_id, min(day) AS first FROM "
                              "sales GROUP BY sku_id) "
                              "WHERE first > (SELECT min(day) + 300 FROM sales)")
            << qint64(1);
        QTest::newRow("customers with CLTV")
            << QStringLiteral("SELECT count(*) FROM customers WHERE cltv > 0") << qint64(2000);
    }

    void defaultNetworkShape()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, expected);
        QCOMPARE(scalar(m_defaultDb, sql), expected);
    }

    // Syntetos–Boylan classes: smooth and intermittent/lumpy series are both present.
    void demandPatternsMix()
    {
        auto c = Storage::Connection::open(m_defaultDb);
        QSqlQuery q((*c)->db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT location_id, sku_id, count(*), avg(quantity), "
                           "avg(quantity * quantity) FROM sales GROUP BY location_id, sku_id")));
        int smooth = 0, intermittent = 0, total = 0;
        while (q.next()) {
            const double n = q.value(2).toDouble();
            const double adi = 730.0 / n;
            const double mean = q.value(3).toDouble(), meanSq = q.value(4).toDouble();
            const double cv2 = mean > 0 ? (meanSq - mean * mean) / (mean * mean) : 0;
            ++total;
            if (adi < 1.32 && cv2 < 0.49)
                ++smooth;
            if (adi >= 1.32)
                ++intermittent;
        }
        QVERIFY(total > 2000);
        QVERIFY2(smooth > total / 10,
                 qPrintable(QStringLiteral("%1 smooth of %2").arg(smooth).arg(total)));
        QVERIFY2(intermittent > total / 10,
                 qPrintable(QStringLiteral("%1 intermittent of %2").arg(intermittent).arg(total)));
        // Weekly seasonality: Saturdays sell more than Sundays overall.
        QVERIFY(
            q.exec(QStringLiteral("SELECT (day + 3) % 7, sum(quantity) FROM sales GROUP BY 1")));
        std::map<int, double> byWeekday;
        while (q.next())
            byWeekday[q.value(0).toInt()] = q.value(1).toDouble();
        QVERIFY(byWeekday[5] > 1.3 * byWeekday[6]);
    }

    void csvUsesTheImportLayout()
    {
        const QString folder = m_dir.filePath(QStringLiteral("layout"));
        auto summary = DemoGenerator(small()).writeCsv(folder);
        QVERIFY(summary.ok());
        for (Import::Kind kind : Import::allKinds()) {
            const Import::KindSpec &spec = Import::kindSpec(kind);
            QFile f(QDir(folder).filePath(spec.fileName));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(spec.fileName));
            const QStringList header
                = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
            for (const QString &column : header)
                QVERIFY2(spec.field(column),
                         qPrintable(QStringLiteral("%1: %2").arg(spec.fileName, column)));
            for (const Import::FieldSpec &field : spec.fields)
                if (field.required && field.defaultValue.isEmpty())
                    QVERIFY2(
                        header.contains(field.key),
                        qPrintable(QStringLiteral("%1 lacks %2").arg(spec.fileName, field.key)));
        }
        // Both writers describe the same network.
        const QString db = m_dir.filePath(QStringLiteral("layout.db"));
        auto direct = DemoGenerator(small()).writeDatabase(db);
        QVERIFY(direct.ok());
        QCOMPARE(direct->salesRows, summary->salesRows);
        QCOMPARE(direct->stockRows, summary->stockRows);
        QCOMPARE(direct->lanes, summary->lanes);
    }

    void refusesNonEmptyDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("twice.db"));
        QVERIFY(DemoGenerator(small()).writeDatabase(db).ok());
        const qint64 sales = scalar(db, QStringLiteral("SELECT count(*) FROM sales"));
        auto again = DemoGenerator(small(9)).writeDatabase(db);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("not-empty"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales")), sales);
    }

    void cancelLeavesDatabaseEmpty()
    {
        const QString db = m_dir.filePath(QStringLiteral("cancel.db"));
        std::atomic_bool cancel{false};
        int calls = 0;
        auto result = DemoGenerator(small()).writeDatabase(
            db,
            [&](int percent, const QString &) {
                if (percent > 10 && ++calls)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("cancelled"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM locations")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
