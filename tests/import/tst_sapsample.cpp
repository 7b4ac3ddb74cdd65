// Optional: imports the real SAP SHINE EPM sample (products and purchase-order items) from
// ../shared/data/erp_samples through the built-in "sap-shine-epm" mapping profile. Skipped with a
// message where ../shared is absent.
#include "import/CsvImporter.h"
#include "storage/Connection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

class TestSapSample : public QObject
{
    Q_OBJECT

private:
    QString m_folder;

    static qint64 scalar(const QString &db, const QString &sql)
    {
        auto c = Storage::Connection::open(db);
        QSqlQuery q((*c)->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static qint64 csvRecords(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        qint64 lines = 0;
        while (!f.atEnd())
            if (!f.readLine().trimmed().isEmpty())
                ++lines;
        return lines - 1; // header
    }

private slots:
    void initTestCase()
    {
        m_folder = QDir(QStringLiteral(STOCKSHIFT_SHARED_DIR))
                       .filePath(QStringLiteral("data/erp_samples/sap_shine_epm"));
        if (!QFileInfo::exists(m_folder + QStringLiteral("/products.csv")))
            QSKIP(qPrintable(QStringLiteral("../shared is absent (%1 not found): the SAP sample "
                                            "import is not tested here.")
                                 .arg(m_folder)));
    }

    void importsProductsAndPurchaseOrderItems()
    {
        auto profile = MappingProfile::builtIn(QStringLiteral("sap-shine-epm"));
        QVERIFY(profile.ok());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sap.db"));

        ImportSettings products;
        products.databasePath = db;
        products.kind = Kind::Skus;
        products.filePath = m_folder + QStringLiteral("/products.csv");
        products.format = profile->format;
        products.mapping = profile->mappingFor(Kind::Skus);
        products.profileName = profile->name;
        auto skus = CsvImporter::run(products);
        QVERIFY2(skus.ok(), qPrintable(skus.errorMessage()));
        QCOMPARE(skus->rowsRejected, qint64(0));
        QCOMPARE(skus->rowsAccepted, csvRecords(products.filePath));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM skus")), skus->rowsAccepted);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT round(unit_price) FROM skus WHERE code = 'HT-1000'")),
            qint64(956));

        ImportSettings items = products;
        items.kind = Kind::OpenOrders;
        items.filePath = m_folder + QStringLiteral("/purchaseOrderItem.csv");
        items.mapping = profile->mappingFor(Kind::OpenOrders);
        items.createMissingReferences = true; // the vendor and the receiving DC
        auto orders = CsvImporter::run(items);
        QVERIFY2(orders.ok(), qPrintable(orders.errorMessage()));
        QCOMPARE(orders->rowsRejected, qint64(0));
        QCOMPARE(orders->rowsAccepted, csvRecords(items.filePath));
        QCOMPARE(orders->createdReferences, (QStringList{QStringLiteral("supplier SHINE-VENDOR"),
                                                         QStringLiteral("location DC-SHINE")}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT order_ref) FROM open_orders")),
                 qint64(1000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches WHERE profile = "
                                           "'sap-shine-epm' AND status = 'committed'")),
                 qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestSapSample)
#include "tst_sapsample.moc"
