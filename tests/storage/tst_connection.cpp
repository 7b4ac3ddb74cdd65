// Storage::Connection: schema creation, forward migration, refusal of newer and foreign files,
// and the RAII transaction.
#include "storage/Connection.h"
#include "storage/DataStore.h"
#include "storage/Schema.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Storage;

class TestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static qint64 count(Connection &c, const QString &sql)
    {
        QSqlQuery q(c.db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void createsCurrentSchema()
    {
        auto c = Connection::open(path("new.db"));
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE((*c)->schemaVersion(), Schema::currentVersion());
        for (const QString &table : Schema::browsableTables())
            QCOMPARE(count(**c, QStringLiteral("SELECT count(*) FROM %1").arg(table)), 0);
        QSqlQuery q((*c)->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesOlderSchemaKeepingData()
    {
        const QString file = path("old.db");
        {
            Connection::Options v1;
            v1.targetVersion = 1;
            auto c = Connection::open(file, v1);
            QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
            QCOMPARE((*c)->schemaVersion(), 1);
            QVERIFY((*c)->exec(QStringLiteral("INSERT INTO locations (code, name, kind) VALUES "
                                              "('DC1', 'Central', 'supplier_dc')")));
            // Version 1 has no audit log yet.
            QCOMPARE(count(**c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                               "'audit_log'")),
                     0);
        }
        auto c = Connection::open(file);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE((*c)->schemaVersion(), Schema::currentVersion());
        QCOMPARE(count(**c, QStringLiteral("SELECT count(*) FROM locations WHERE code = 'DC1'")),
                 1);
        QCOMPARE(count(**c, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QCOMPARE(
            count(**c, QStringLiteral("SELECT count(*) FROM pragma_table_info('import_batches') "
                                      "WHERE name = 'duration_ms'")),
            1);
    }

    void refusesNewerSchema()
    {
        const QString file = path("newer.db");
        {
            auto c = Connection::open(file);
            QVERIFY(c.ok());
            QVERIFY((*c)->exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        auto c = Connection::open(file);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("schema-too-new"));
        QVERIFY2(c.errorMessage().contains(QStringLiteral("newer version of Stockshift")),
                 qPrintable(c.errorMessage()));
        QVERIFY(c.errorMessage().contains(QStringLiteral("999")));
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("text file")
            << QByteArray("location,sku\nA,B\n").repeated(200) << QStringLiteral("not-a-database");
        QTest::newRow("truncated sqlite header")
            << QByteArray("SQLite format 3\0garbage", 23) << QStringLiteral("not-a-database");
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString file
            = path(QTest::currentDataTag() == QByteArray("text file") ? "a.db" : "b.db");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto c = Connection::open(file);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
        // The file is left as it was.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void missingFileWithoutCreate()
    {
        Connection::Options options;
        options.createIfMissing = false;
        auto c = Connection::open(path("absent.db"), options);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("not-found"));
        QVERIFY(!QFile::exists(path("absent.db")));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto c = Connection::open(path("tx.db"));
        QVERIFY(c.ok());
        {
            Transaction t(**c);
            QVERIFY(t.isActive());
            QVERIFY((*c)->exec(
                QStringLiteral("INSERT INTO skus (code, name) VALUES ('A', 'rolled back')")));
        }
        QCOMPARE(count(**c, QStringLiteral("SELECT count(*) FROM skus")), 0);
        {
            Transaction t(**c);
            QVERIFY(
                (*c)->exec(QStringLiteral("INSERT INTO skus (code, name) VALUES ('B', 'kept')")));
            QVERIFY(t.commit());
            QVERIFY(!t.isActive());
        }
        QCOMPARE(count(**c, QStringLiteral("SELECT count(*) FROM skus")), 1);
    }

    void schemaRejectsBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("unknown location kind")
            << QStringLiteral("INSERT INTO locations (code, kind) VALUES ('X', 'castle')");
        QTest::newRow("negative on hand")
            << QStringLiteral("INSERT INTO stock (location_id, sku_id, on_hand, as_of_day) "
                              "VALUES (1, 1, -5, 0)");
        QTest::newRow("dangling foreign key")
            << QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) "
                              "VALUES (999, 999, 1, 1)");
        QTest::newRow("lane to itself")
            << QStringLiteral("INSERT INTO lanes (from_id, to_id) VALUES (1, 1)");
    }

    void schemaRejectsBadRows()
    {
        QFETCH(QString, sql);
        auto c = Connection::open(path("rules.db"));
        QVERIFY(c.ok());
        (void)(*c)->exec(QStringLiteral("INSERT OR IGNORE INTO locations (id, code, kind) VALUES "
                                        "(1, 'L1', 'store')"));
        (void)(*c)->exec(QStringLiteral("INSERT OR IGNORE INTO skus (id, code) VALUES (1, 'S1')"));
        const Status s = (*c)->exec(sql);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("sql"));
    }

    void dataStoreAnnouncesChanges()
    {
        auto store = DataStore::open(path("store.db"));
        QVERIFY(store.ok());
        QSignalSpy spy(store->get(), &DataStore::tablesChanged);
        (*store)->notifyChanged({QStringLiteral("sales")});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("sales")});
        QCOMPARE((*store)->rowCount(QStringLiteral("sales")), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
