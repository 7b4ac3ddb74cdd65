// Import::CsvImporter: row-by-row validation with exact messages, atomicity, modes, idempotency,
// duplicates inside a file, reference creation, the audit trail.
#include "common/Days.h"
#include "import/CsvImporter.h"
#include "storage/Connection.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Import;

namespace {

const char kSetup[] = R"(
INSERT INTO locations (id, code, name, kind, region) VALUES
    (1, 'L1', 'Store one', 'store', 'North'),
    (2, 'L2', 'Partner', 'partner_seller', 'North'),
    (3, 'DC', 'Central', 'supplier_dc', 'South');
INSERT INTO skus (id, code, name, category, unit_cost, unit_price) VALUES
    (1, 'S1', 'Apples', 'Fresh', 1.0, 2.0),
    (2, 'S2', 'Pears', 'Fresh', 1.5, 3.0);
INSERT INTO suppliers (id, code, name) VALUES (1, 'V1', 'Vendor one');
)";

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter));
        auto c = Storage::Connection::open(path);
        if (!c)
            qFatal("%s", qPrintable(c.errorMessage()));
        for (const QString &statement : QString::fromLatin1(kSetup).split(QLatin1Char(';'))) {
            if (!statement.trimmed().isEmpty() && !(*c)->exec(statement))
                qFatal("setup failed");
        }
        return path;
    }

    QString writeFile(const QByteArray &content, const QString &name = QStringLiteral("in.csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(content);
        return path;
    }

    static QString dump(const QString &db, const QString &sql)
    {
        auto c = Storage::Connection::open(db);
        QSqlQuery q((*c)->db());
        if (!q.exec(sql))
            return QStringLiteral("<error>");
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows.join(QLatin1Char('\n'));
    }

    static qint64 count(const QString &db, const QString &table)
    {
        return dump(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

    static ImportSettings settings(const QString &db, Kind kind, const QString &file)
    {
        ImportSettings s;
        s.databasePath = db;
        s.kind = kind;
        s.filePath = file;
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // One bad row per case: it is rejected with exactly this line, column and reason, and the
    // good row beside it still goes in.
    void rejectsBadRows_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");

        const QByteArray salesHeader = "date,location,sku,quantity\n2024-01-01,L1,S1,5\n";
        QTest::newRow("unknown sku")
            << int(Kind::Sales) << salesHeader + "2024-01-02,L1,XX,5\n"
            << qint64(3) << QStringLiteral("sku") << QStringLiteral("Unknown SKU code \"XX\".");
        QTest::newRow("unknown location")
            << int(Kind::Sales) << salesHeader + "2024-01-02,NOPE,S1,5\n"
            << qint64(3) << QStringLiteral("location")
            << QStringLiteral("Unknown location code \"NOPE\".");
        QTest::newRow("text in number")
            << int(Kind::Sales) << salesHeader + "2024-01-02,L1,S1,five\n"
            << qint64(3) << QStringLiteral("quantity")
            << QStringLiteral("\"five\" is not a number.");
        QTest::newRow("invalid date") << int(Kind::Sales) << salesHeader + "2023-02-29,L1,S1,1\n"
                                      << qint64(3) << QStringLiteral("date")
                                      << QStringLiteral("\"2023-02-29\" is not a valid date in the "
                                                        "format yyyy-mm-dd.");
        QTest::newRow("implausible date")
            << int(Kind::Sales) << salesHeader + "1900-01-01,L1,S1,1\n"
            << qint64(3) << QStringLiteral("date")
            << QStringLiteral("The date 1900-01-01 is implausible (before 1970 or after 2100).");
        QTest::newRow("missing required value")
            << int(Kind::Sales) << salesHeader + "2024-01-02,L1,S1,\n"
            << qint64(3) << QStringLiteral("quantity") << QStringLiteral("A value is required.");
        QTest::newRow("duplicate key in file")
            << int(Kind::Sales) << salesHeader + "2024-01-01,L1,S1,7\n"
            << qint64(3) << QStringLiteral("(row)")
            << QStringLiteral("The key date=2024-01-01, location=L1, sku=S1 appears earlier in "
                              "this file; the earlier row was kept.");
        QTest::newRow("shifted columns")
            << int(Kind::Sales) << salesHeader + "2024-01-02,L1,S1,5,extra\n"
            << qint64(3) << QStringLiteral("(row)")
            << QStringLiteral("The row has 5 fields but the header has 4; is a delimiter inside a "
                              "value missing its quotes?");
        QTest::newRow("negative stock")
            << int(Kind::Stock) << QByteArray("location,sku,on_hand\nL1,S1,4\nL1,S2,-3\n")
            << qint64(3) << QStringLiteral("on_hand")
            << QStringLiteral("-3 is below the minimum of 0.");
        QTest::newRow("bad enum")
            << int(Kind::Locations) << QByteArray("code,name,kind\nN1,New,store\nN2,Other,castle\n")
            << qint64(3) << QStringLiteral("kind")
            << QStringLiteral("\"castle\" is not one of: supplier_dc, fulfilment_centre, "
                              "regional_hub, micro_fulfilment, store, partner_seller.");
        QTest::newRow("latitude out of range")
            << int(Kind::Locations) << QByteArray("code,latitude\nN1,53.5\nN2,95\n") << qint64(3)
            << QStringLiteral("latitude") << QStringLiteral("95 is above the maximum of 90.");
        QTest::newRow("lane to itself")
            << int(Kind::Lanes) << QByteArray("from,to,cost_per_unit\nDC,L1,0.5\nL1,L1,0.5\n")
            << qint64(3) << QStringLiteral("to")
            << QStringLiteral("From and to are the same location.");
        QTest::newRow("purchase without supplier")
            << int(Kind::OpenOrders)
            << QByteArray("order_ref,type,sku,supplier,source,destination,quantity,due_date\n"
                          "P1,purchase,S1,V1,,DC,10,2024-02-01\n"
                          "P2,purchase,S1,,,DC,10,2024-02-01\n")
            << qint64(3) << QStringLiteral("supplier")
            << QStringLiteral("A purchase order needs a supplier.");
        QTest::newRow("transfer without source")
            << int(Kind::OpenOrders)
            << QByteArray("order_ref,type,sku,supplier,source,destination,quantity,due_date\n"
                          "T1,transfer,S1,,DC,L1,10,2024-02-01\n"
                          "T2,transfer,S1,,,L1,10,2024-02-01\n")
            << qint64(3) << QStringLiteral("source")
            << QStringLiteral("A transfer needs a source location.");
        QTest::newRow("due before order")
            << int(Kind::OpenOrders)
            << QByteArray("order_ref,sku,supplier,destination,quantity,order_date,due_date\n"
                          "P1,S1,V1,DC,10,2024-01-01,2024-02-01\n"
                          "P2,S1,V1,DC,10,2024-03-01,2024-02-01\n")
            << qint64(3) << QStringLiteral("due_date")
            << QStringLiteral("The due date lies before the order date.");
        QTest::newRow("agreement without partner")
            << int(Kind::Agreements)
            << QByteArray("provider,receiver,markup_pct\nL2,L1,5\nDC,L1,5\n") << qint64(3)
            << QStringLiteral("provider")
            << QStringLiteral("Neither location of the agreement is a partner seller.");
        QTest::newRow("event ends before start")
            << int(Kind::Events)
            << QByteArray("name,kind,start,end\nEaster,holiday,2024-03-29,2024-04-01\n"
                          "Sale,promotion,2024-05-10,2024-05-01\n")
            << qint64(3) << QStringLiteral("end")
            << QStringLiteral("The end date lies before the start date.");
        QTest::newRow("not a yes/no")
            << int(Kind::Skus) << QByteArray("code,fragile\nN1,yes\nN2,maybe\n") << qint64(3)
            << QStringLiteral("fragile") << QStringLiteral("\"maybe\" is not a yes/no value.");
        QTest::newRow("line numbers count quoted newlines")
            << int(Kind::Skus) << QByteArray("code,name,pack_size\nN1,\"two\nlines\",6\nN2,x,0\n")
            << qint64(4) << QStringLiteral("pack_size")
            << QStringLiteral("0 is below the minimum of 1e-06.");
    }

    void rejectsBadRows()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, csv);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);

        const QString db = newDatabase();
        const Kind k = Kind(kind);
        const qint64 before = count(db, kindSpec(k).table);
        auto result = CsvImporter::run(settings(db, k, writeFile(csv)));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->rowsRead, qint64(2));
        QCOMPARE(result->rowsAccepted, qint64(1));
        QCOMPARE(result->rowsRejected, qint64(1));
        QCOMPARE(result->exitCode(), 1);
        QCOMPARE(result->issues.size(), 1);
        const ImportIssue &issue = result->issues.constFirst();
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
        QCOMPARE(issue.reason, reason);
        QCOMPARE(count(db, kindSpec(k).table), before + 1);
    }

    void importsWhatItReads()
    {
        const QString db = newDatabase();
        const QByteArray csv = "date;location;sku;quantity;revenue;promo\n"
                               "01.02.2024;L1;S1;1.234,5;2.469,00;ja\n"
                               "02.02.2024;L1;S2;3;;\n";
        auto result = CsvImporter::run(settings(db, Kind::Sales, writeFile(csv)));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->rowsAccepted, qint64(2));
        QCOMPARE(result->format.delimiter, ';');
        QCOMPARE(result->format.dateFormat, DateFormat::DayMonthYear);
        QCOMPARE(
            dump(db, QStringLiteral("SELECT day, location_id, sku_id, quantity, revenue, promo "
                                    "FROM sales ORDER BY day")),
            QStringLiteral("%1|1|1|1234.5|2469|1\n%2|1|2|3|NULL|NULL")
                .arg(Days::fromCivil(2024, 2, 1))
                .arg(Days::fromCivil(2024, 2, 2)));
    }

    void headersMapBySynonyms_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("german SAP") << QByteArray("Buchungsdatum;Werk;Material;Menge;Kurztext\n"
                                                  "01.02.2024;L1;S1;5;Äpfel\n");
        QTest::newRow("english ERP")
            << QByteArray("Posting Date,Plant,Material Number,Qty,Comment\n"
                          "2024-02-01,L1,S1,5,x\n");
        QTest::newRow("odoo-ish") << QByteArray("Date,Warehouse,Internal Reference,Quantity,Note\n"
                                                "2024-02-01,L1,S1,5,x\n");
    }

    void headersMapBySynonyms()
    {
        QFETCH(QByteArray, csv);
        const QString db = newDatabase();
        auto result = CsvImporter::run(settings(db, Kind::Sales, writeFile(csv)));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->rowsAccepted, qint64(1));
        QCOMPARE(result->ignoredColumns.size(), 1); // the comment column is listed, not an error
        QCOMPARE(dump(db, QStringLiteral("SELECT location_id, sku_id, quantity FROM sales")),
                 QStringLiteral("1|1|5"));
    }

    void missingRequiredColumnIsFatal()
    {
        const QString db = newDatabase();
        auto result = CsvImporter::run(
            settings(db, Kind::Sales, writeFile("date,location,amount\n2024-01-01,L1,3\n")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("missing-column"));
        QVERIFY2(result.errorMessage().contains(QStringLiteral("sku (SKU)")),
                 qPrintable(result.errorMessage()));
        QVERIFY(result.errorMessage().contains(QStringLiteral("quantity (Quantity)")));
        QCOMPARE(count(db, QStringLiteral("import_batches")), 0);
    }

    void ambiguousDatesAreAskedNotGuessed()
    {
        const QString db = newDatabase();
        const QString file = writeFile("date,location,sku,quantity\n03/04/2024,L1,S1,1\n"
                                       "05/06/2024,L1,S1,1\n");
        auto result = CsvImporter::run(settings(db, Kind::Sales, file));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("ambiguous-date"));
        QCOMPARE(count(db, QStringLiteral("sales")), 0);

        ImportSettings s = settings(db, Kind::Sales, file);
        s.format.dateFormat = DateFormat::MonthDayYear;
        result = CsvImporter::run(s);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(dump(db, QStringLiteral("SELECT min(day) FROM sales")),
                 QString::number(Days::fromCivil(2024, 3, 4)));
    }

    void reimportIsIdempotent()
    {
        const QString db = newDatabase();
        const QString file = writeFile("date,location,sku,quantity\n2024-01-01,L1,S1,5\n"
                                       "2024-01-02,L1,S1,6\n");
        auto first = CsvImporter::run(settings(db, Kind::Sales, file));
        QVERIFY(first.ok());
        const QString data
            = dump(db, QStringLiteral("SELECT location_id, sku_id, day, quantity FROM sales"));
        auto second = CsvImporter::run(settings(db, Kind::Sales, file));
        QVERIFY(second.ok());
        QCOMPARE(second->rowsAccepted, qint64(2));
        QCOMPARE(second->rowsRejected, qint64(0));
        QCOMPARE(dump(db, QStringLiteral("SELECT location_id, sku_id, day, quantity FROM sales")),
                 data);
        QCOMPARE(second->checksum, first->checksum);
        QCOMPARE(second->checksum.size(), 64);
        QVERIFY(second->notes.join(QLatin1Char(' ')).contains(QStringLiteral("imported before")));
        QCOMPARE(count(db, QStringLiteral("import_batches")), 2);
    }

    void upsertKeepsUnmappedColumns()
    {
        const QString db = newDatabase();
        auto result
            = CsvImporter::run(settings(db, Kind::Skus, writeFile("code,unit_price\nS1,2.5\n")));
        QVERIFY(result.ok());
        // name and category were not in the file: they keep their values.
        QCOMPARE(dump(db, QStringLiteral(
                              "SELECT name, category, unit_price FROM skus WHERE code = 'S1'")),
                 QStringLiteral("Apples|Fresh|2.5"));
    }

    void dryRunWritesNothing()
    {
        const QString db = newDatabase();
        ImportSettings s = settings(db, Kind::Sales,
                                    writeFile("date,location,sku,quantity\n2024-01-01,L1,S1,5\n"
                                              "2024-01-02,L1,XX,5\n"));
        s.dryRun = true;
        auto result = CsvImporter::run(s);
        QVERIFY(result.ok());
        QCOMPARE(result->outcome, ImportResult::Outcome::DryRun);
        QCOMPARE(result->rowsAccepted, qint64(1));
        QCOMPARE(result->rowsRejected, qint64(1));
        QCOMPARE(count(db, QStringLiteral("sales")), 0);
        QCOMPARE(count(db, QStringLiteral("import_batches")), 0);
    }

    void allOrNothingRollsBackAndAudits()
    {
        const QString db = newDatabase();
        ImportSettings s = settings(db, Kind::Sales,
                                    writeFile("date,location,sku,quantity\n2024-01-01,L1,S1,5\n"
                                              "2024-01-02,L1,XX,5\n"));
        s.allOrNothing = true;
        auto result = CsvImporter::run(s);
        QVERIFY(result.ok());
        QCOMPARE(result->outcome, ImportResult::Outcome::Rejected);
        QCOMPARE(result->exitCode(), 1);
        QCOMPARE(count(db, QStringLiteral("sales")), 0);
        QCOMPARE(dump(db, QStringLiteral(
                              "SELECT status, rows_accepted, rows_rejected FROM import_batches")),
                 QStringLiteral("rejected|1|1"));
    }

    // A failure in the middle of a large import leaves the database exactly as it was.
    void failureMidImportChangesNothing()
    {
        const QString db = newDatabase();
        QByteArray csv = "date,location,sku,quantity\n";
        for (int d = 0; d < 20000; ++d)
            csv += QByteArray("2020-01-01,L1,S1,1\n")
                       .replace("2020-01-01", Days::toIso(18262 + d).toLatin1());
        (void)CsvImporter::run(settings(
            db, Kind::Sales, writeFile("date,location,sku,quantity\n2019-05-05,L2,S2,9\n")));
        const QString before = dump(db, QStringLiteral("SELECT * FROM sales"));
        const QString batchesBefore
            = dump(db, QStringLiteral("SELECT id, status FROM import_batches"));

        ImportSettings s = settings(db, Kind::Sales, writeFile(csv));
        s.failAfterRows = 12345;
        auto result = CsvImporter::run(s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("injected"));
        QCOMPARE(dump(db, QStringLiteral("SELECT * FROM sales")), before);
        QCOMPARE(dump(db, QStringLiteral("SELECT id, status FROM import_batches")), batchesBefore);
    }

    void cancelChangesNothing()
    {
        const QString db = newDatabase();
        QByteArray csv = "date,location,sku,quantity\n";
        for (int d = 0; d < 30000; ++d)
            csv += Days::toIso(18262 + d).toLatin1() + ",L1,S2,2\n";
        std::atomic_bool cancel{false};
        qint64 progressCalls = 0;
        auto result = CsvImporter::run(
            settings(db, Kind::Sales, writeFile(csv)),
            [&](qint64, qint64, qint64 rows) {
                ++progressCalls;
                if (rows > 0)
                    cancel = true;
            },
            &cancel);
        // The progress callback fires at most every 100 ms, so cancel from the start instead when
        // the import was too fast to report.
        if (result.ok() && result->outcome == ImportResult::Outcome::Committed) {
            cancel = true;
            const QString db2 = newDatabase();
            result = CsvImporter::run(settings(db2, Kind::Sales, writeFile(csv)), {}, &cancel);
            QVERIFY(result.ok());
            QCOMPARE(result->outcome, ImportResult::Outcome::Cancelled);
            QCOMPARE(count(db2, QStringLiteral("sales")), 0);
            QCOMPARE(dump(db2, QStringLiteral("SELECT status FROM import_batches")),
                     QStringLiteral("cancelled"));
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(result->outcome, ImportResult::Outcome::Cancelled);
        QCOMPARE(count(db, QStringLiteral("sales")), 0);
        QVERIFY(progressCalls > 0);
    }

    void replaceModeRemovesRowsNotInFile()
    {
        const QString db = newDatabase();
        QVERIFY(CsvImporter::run(settings(db, Kind::Stock,
                                          writeFile("location,sku,on_hand\nL1,S1,5\nL1,S2,6\n")))
                    .ok());
        ImportSettings s = settings(db, Kind::Stock, writeFile("location,sku,on_hand\nL1,S1,7\n"));
        s.mode = ImportMode::Replace;
        auto result = CsvImporter::run(s);
        QVERIFY(result.ok());
        QCOMPARE(result->rowsRemoved, qint64(1));
        QCOMPARE(dump(db, QStringLiteral("SELECT sku_id, on_hand FROM stock")),
                 QStringLiteral("1|7"));
    }

    void replaceModeDeactivatesMasterData()
    {
        const QString db = newDatabase();
        ImportSettings s = settings(db, Kind::Skus, writeFile("code,name\nS1,Apples\nS3,Plums\n"));
        s.mode = ImportMode::Replace;
        auto result = CsvImporter::run(s);
        QVERIFY(result.ok());
        QCOMPARE(result->rowsRemoved, qint64(1));
        QCOMPARE(dump(db, QStringLiteral("SELECT code, active FROM skus ORDER BY code")),
                 QStringLiteral("S1|1\nS2|0\nS3|1"));
    }

    void createsMissingReferencesWhenAsked()
    {
        const QString db = newDatabase();
        ImportSettings s = settings(
            db, Kind::Stock, writeFile("location,sku,on_hand\nNEWLOC,NEWSKU,5\nNEWLOC,S1,2\n"));
        s.createMissingReferences = true;
        auto result = CsvImporter::run(s);
        QVERIFY(result.ok());
        QCOMPARE(result->rowsAccepted, qint64(2));
        QCOMPARE(result->createdReferences,
                 (QStringList{QStringLiteral("location NEWLOC"), QStringLiteral("SKU NEWSKU")}));
        QCOMPARE(dump(db, QStringLiteral("SELECT count(*) FROM locations WHERE code = 'NEWLOC'")),
                 QStringLiteral("1"));
    }

    void suppliersDeliveryLocations()
    {
        const QString db = newDatabase();
        auto result = CsvImporter::run(settings(
            db, Kind::Suppliers,
            writeFile("code,name,lead_time_days,delivers_to\nV2,Two,7,DC|L1\nV3,Three,3,\n")));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->rowsAccepted, qint64(2));
        QCOMPARE(dump(db, QStringLiteral("SELECT s.code, l.code FROM supplier_locations sl JOIN "
                                         "suppliers s ON s.id = sl.supplier_id JOIN locations l ON "
                                         "l.id = sl.location_id ORDER BY 1, 2")),
                 QStringLiteral("V2|DC\nV2|L1"));
    }

    void constantsDefaultsAndFactors()
    {
        const QString db = newDatabase();
        ImportSettings s = settings(db, Kind::Sales,
                                    writeFile("Day,Item,Grams\n2024-01-01,S1,2500\n"
                                              "2024-01-02,S1,\n"));
        s.mapping.columns = {{QStringLiteral("date"), QStringLiteral("Day")},
                             {QStringLiteral("quantity"), QStringLiteral("Grams")}};
        s.mapping.constants = {{QStringLiteral("location"), QStringLiteral("L1")}};
        s.mapping.defaults = {{QStringLiteral("quantity"), QStringLiteral("0")}};
        s.mapping.factors = {{QStringLiteral("quantity"), 0.001}};
        auto result = CsvImporter::run(s);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->rowsAccepted, qint64(2));
        QCOMPARE(dump(db, QStringLiteral("SELECT location_id, quantity FROM sales ORDER BY day")),
                 QStringLiteral("1|2.5\n1|0"));
    }

    void errorsCsvListsEveryIssue()
    {
        const QString db = newDatabase();
        ImportSettings s
            = settings(db, Kind::Sales,
                       writeFile("date,location,sku,quantity\n2024-01-01,L1,=HYPERLINK(1),5\n"
                                 "2024-01-02,L1,S1,x\n"));
        s.errorsCsvPath = m_dir.filePath(QStringLiteral("errors.csv"));
        s.maxIssuesKept = 1;
        auto result = CsvImporter::run(s);
        QVERIFY(result.ok());
        QCOMPARE(result->issueCount, qint64(2));
        QCOMPARE(result->issues.size(), 1);
        QFile f(s.errorsCsvPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("line,column,value,reason"));
        // The formula in the value is neutralised for spreadsheets.
        QCOMPARE(lines.at(1),
                 QByteArray("2,sku,'=HYPERLINK(1),\"Unknown SKU code \"\"=HYPERLINK(1)\"\".\""));
        QCOMPARE(lines.at(2), QByteArray("3,quantity,x,\"\"\"x\"\" is not a number.\""));
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
