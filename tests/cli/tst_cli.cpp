// stockshift-cli end to end: exit codes, the demo → import → info path, JSON output, and that a
// killed import leaves the database exactly as it was.
#include "common/Days.h"
#include "storage/Connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stockshift;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STOCKSHIFT_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 scalar(const QString &db, const QString &sql)
{
    auto c = Storage::Connection::open(db);
    if (!c)
        return -1;
    QSqlQuery q((*c)->db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;              // small demo network as CSV
    QString m_db;               // imported from m_csv
    QByteArray m_firstForecast; // forecasts of the first format, compared with the others

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(STOCKSHIFT_CLI_PATH)));
        m_csv = m_dir.filePath(QStringLiteral("demo-csv"));
        m_db = m_dir.filePath(QStringLiteral("net.db"));
        const Run demo
            = cli({QStringLiteral("demo"), QStringLiteral("--csv"), m_csv, QStringLiteral("--skus"),
                   QStringLiteral("40"), QStringLiteral("--days"), QStringLiteral("120")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                                 << QStringLiteral("COIN-OR CBC");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                              << QStringLiteral("Exit codes: 0 success");
        QTest::newRow("import help")
            << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << 0
            << QStringLiteral("--all-or-nothing");
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--frob")} << 2
            << QStringLiteral("Unknown option 'frob'");
        QTest::newRow("missing file") << QStringList{QStringLiteral("import"),
                                                     QStringLiteral("--db"),
                                                     QStringLiteral("x.db"),
                                                     QStringLiteral("--kind"),
                                                     QStringLiteral("sales"),
                                                     QStringLiteral("--file"),
                                                     QStringLiteral("/nonexistent/sales.csv")}
                                      << 2 << QStringLiteral("does not exist");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("import"), QStringLiteral("--kind"),
                                                 QStringLiteral("widgets"),
                                                 QStringLiteral("--file"), QStringLiteral("a.csv")}
                                  << 2 << QStringLiteral("Unknown kind \"widgets\"");
        QTest::newRow("info on missing db")
            << QStringList{QStringLiteral("info"), QStringLiteral("--db"),
                           QStringLiteral("/nonexistent/x.db")}
            << 2 << QStringLiteral("does not exist");
        QTest::newRow("bad number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--skus"), QStringLiteral("lots")}
            << 2 << QStringLiteral("--skus must be a whole number");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QString all = QString::fromUtf8(run.out + run.err);
        QVERIFY2(all.contains(text), qPrintable(all));
    }

    void importDirectoryThenInfo()
    {
        const Run import = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                QStringLiteral("--dir"), m_csv, QStringLiteral("--json")});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(import.out).object();
        const QJsonArray imports = summary.value(QStringLiteral("imports")).toArray();
        QCOMPARE(imports.size(), 12); // every kind the demo writes
        qint64 salesAccepted = -1;
        for (const QJsonValue &v : imports) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("committed"));
            QCOMPARE(o.value(QStringLiteral("rowsRejected")).toInteger(), 0);
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("sales"))
                salesAccepted = o.value(QStringLiteral("rowsAccepted")).toInteger();
        }
        QVERIFY(salesAccepted > 1000);

        const Run info
            = cli({QStringLiteral("info"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(object.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("sales"))
                     .toInteger(),
                 salesAccepted);
        QCOMPARE(object.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("import_batches"))
                     .toInteger(),
                 12);
        QVERIFY(!object.value(QStringLiteral("historyFrom")).toString().isEmpty());
    }

    void partialImportExitsOne()
    {
        const QString db = m_dir.filePath(QStringLiteral("partial.db"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                      QStringLiteral("--file"), m_csv + QStringLiteral("/locations.csv")})
                     .exitCode,
                 0);
        QFile bad(m_dir.filePath(QStringLiteral("skus.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("code,name,unit_cost\nOK1,Fine,1.5\nBAD1,Broken,-2\n");
        bad.close();
        const QString errors = m_dir.filePath(QStringLiteral("errors.csv"));
        Run run
            = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--file"),
                   bad.fileName(), QStringLiteral("--errors"), errors});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("skus.csv:3: [unit_cost] -2 is below the minimum of 0."),
                 run.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM skus")), qint64(1));
        QFile errorFile(errors);
        QVERIFY(errorFile.open(QIODevice::ReadOnly));
        QCOMPARE(errorFile.readAll().count('\n'), 2);

        const QString db2 = m_dir.filePath(QStringLiteral("strict.db"));
        run = cli({QStringLiteral("import"), QStringLiteral("--db"), db2, QStringLiteral("--file"),
                   bad.fileName(), QStringLiteral("--all-or-nothing")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(scalar(db2, QStringLiteral("SELECT count(*) FROM skus")), qint64(0));
    }

    // Kill -9 in the middle of a large import: the database is exactly as before.
    void killedImportChangesNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("kill.db"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dir"),
                      m_csv})
                     .exitCode,
                 0);
        const qint64 salesBefore = scalar(db, QStringLiteral("SELECT count(*) FROM sales"));
        const qint64 sumBefore = scalar(
            db, QStringLiteral("SELECT CAST(total(quantity) * 1000 AS INTEGER) FROM sales"));

        // 3 million rows for the SKUs and locations of the demo, all new keys.
        QStringList skus, locations;
        {
            auto c = Storage::Connection::open(db);
            QSqlQuery q((*c)->db());
            QVERIFY(q.exec(QStringLiteral("SELECT code FROM skus ORDER BY id LIMIT 30")));
            while (q.next())
                skus.append(q.value(0).toString());
            QVERIFY(q.exec(QStringLiteral("SELECT code FROM locations ORDER BY id LIMIT 10")));
            while (q.next())
                locations.append(q.value(0).toString());
        }
        const QString big = m_dir.filePath(QStringLiteral("big-sales.csv"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray chunk = "date,location,sku,quantity\n";
            for (const QString &location : locations)
                for (const QString &sku : skus)
                    for (int d = 0; d < 10000; ++d) {
                        chunk += Days::toIso(Days::fromCivil(1990, 1, 1) + d).toLatin1() + ','
                                 + location.toUtf8() + ',' + sku.toUtf8() + ",3\n";
                        if (chunk.size() > (1 << 20)) {
                            f.write(chunk);
                            chunk.clear();
                        }
                    }
            f.write(chunk);
        }
        QProcess process;
        process.start(
            QStringLiteral(STOCKSHIFT_CLI_PATH),
            {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--file"), big});
        QVERIFY(process.waitForStarted());
        QTest::qWait(700);
        QVERIFY2(process.state() == QProcess::Running,
                 "the import finished before it could be killed; make the file larger");
        process.kill();
        QVERIFY(process.waitForFinished());

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sales")), salesBefore);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT CAST(total(quantity) * 1000 AS INTEGER) FROM sales")),
            sumBefore);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM import_batches WHERE status = 'running'")),
                 qint64(0));
        auto c = Storage::Connection::open(db);
        QSqlQuery q((*c)->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    // The same two series in all three input formats give the same forecasts.
    void forecastSeriesRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QByteArray m3, m4 = "\"V1\"", longFormat = "series_id,t,value\n";
        QByteArray a = "A", b = "B";
        for (int t = 0; t < 30; ++t) {
            const QByteArray va = QByteArray::number(50 + t % 4 * 3 + t / 2);
            const QByteArray vb = QByteArray::number(20 + (t * 7) % 5);
            a += ',' + va;
            b += ',' + vb;
            m4 += ",\"V" + QByteArray::number(t + 2) + '"';
            longFormat += "A," + QByteArray::number(t) + ',' + va + '\n';
            longFormat += "B," + QByteArray::number(t) + ',' + vb + '\n';
        }
        m3 = a + "\n" + b + "\n";
        QByteArray m4Body;
        for (const QByteArray &row : {a, b}) {
            QByteArray quoted;
            for (const QByteArray &cell : row.split(','))
                quoted += (quoted.isEmpty() ? "" : ",") + ('"' + cell + '"');
            m4Body += quoted + '\n';
        }
        QTest::newRow("m3") << QStringLiteral("m3") << m3;
        QTest::newRow("m4") << QStringLiteral("m4") << m4 + '\n' + m4Body;
        QTest::newRow("long") << QStringLiteral("long") << longFormat;
    }

    void forecastSeriesRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        const QString input = m_dir.filePath(QStringLiteral("series-%1.csv").arg(format));
        const QString output = m_dir.filePath(QStringLiteral("forecast-%1.csv").arg(format));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Run run = cli({QStringLiteral("forecast-series"), QStringLiteral("--input"), input,
                             QStringLiteral("--format"), format, QStringLiteral("--season-length"),
                             QStringLiteral("4"), QStringLiteral("--horizon"), QStringLiteral("5"),
                             QStringLiteral("--out"), output});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile out(output);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray text = out.readAll();
        QCOMPARE(text.count('\n'), 11); // header + 2 series x 5 steps
        QVERIFY(text.startsWith("series_id,h,forecast,lo80,hi80,lo95,hi95\nA,1,"));
        if (m_firstForecast.isEmpty())
            m_firstForecast = text;
        QCOMPARE(text, m_firstForecast);
    }

    void forecastSeriesReportsBadSeries()
    {
        const QString input = m_dir.filePath(QStringLiteral("bad-series.csv"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GOOD,1,2,3,4,5,6,7,8\nTEXT,1,x,3\nEMPTY,,\n");
        f.close();
        const QString output = m_dir.filePath(QStringLiteral("bad-out.csv"));
        const Run run
            = cli({QStringLiteral("forecast-series"), QStringLiteral("--input"), input,
                   QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--out"),
                   output, QStringLiteral("--method"), QStringLiteral("ses")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("TEXT: not forecast: value 2 is not a number: \"x\""),
                 run.err.constData());
        QVERIFY(run.err.contains("EMPTY: not forecast: the series has no values"));
        QFile out(output);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().count("GOOD,"), 2);
        const Run unknown
            = cli({QStringLiteral("forecast-series"), QStringLiteral("--input"), input,
                   QStringLiteral("--horizon"), QStringLiteral("2"), QStringLiteral("--out"),
                   output, QStringLiteral("--method"), QStringLiteral("prophet")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown forecasting method"));
    }

    void forecastAccuracyOverridesAndExport()
    {
        // A small network: a backcast 8 weeks back, its accuracy, an override, the exports.
        const QString db = m_dir.filePath(QStringLiteral("forecasting.db"));
        Run run = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--skus"),
                       QStringLiteral("12"), QStringLiteral("--days"), QStringLiteral("400")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("forecast"), QStringLiteral("--db"), db,
                   QStringLiteral("--as-of"), QStringLiteral("2026-09-05"),
                   QStringLiteral("--horizon"), QStringLiteral("8"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject forecast = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(forecast.value(QStringLiteral("historyEnd")).toString(),
                 QStringLiteral("2026-09-05"));
        QVERIFY(forecast.value(QStringLiteral("censored")).toInt() > 0);
        run = cli({QStringLiteral("forecast"), QStringLiteral("--db"), db,
                   QStringLiteral("--as-of"), QStringLiteral("not a date")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--as-of"));

        run = cli({QStringLiteral("accuracy"), QStringLiteral("--db"), db,
                   QStringLiteral("--level"), QStringLiteral("location"),
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject accuracy = QJsonDocument::fromJson(run.out).object();
        const QJsonObject network = accuracy.value(QStringLiteral("network")).toObject();
        // 8 matured weeks for every series of the backcast.
        QVERIFY(network.value(QStringLiteral("buckets")).toInt() > 8 * 10);
        const double wape = network.value(QStringLiteral("wape")).toDouble();
        QVERIFY2(wape > 0 && wape < 100, qPrintable(QString::number(wape)));
        QVERIFY(!accuracy.value(QStringLiteral("rows")).toArray().isEmpty());

        run = cli({QStringLiteral("override"), QStringLiteral("add"), QStringLiteral("--db"), db,
                   QStringLiteral("--location"), QStringLiteral("ST-HAM-01"),
                   QStringLiteral("--sku"), QStringLiteral("SKU-00001"), QStringLiteral("--from"),
                   QStringLiteral("2026-09-06"), QStringLiteral("--to"),
                   QStringLiteral("2026-09-20"), QStringLiteral("--scale"), QStringLiteral("1.5"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2); // no reason
        QVERIFY2(run.err.contains("needs a reason"), run.err.constData());
        run = cli({QStringLiteral("override"), QStringLiteral("add"), QStringLiteral("--db"), db,
                   QStringLiteral("--location"), QStringLiteral("ST-HAM-01"),
                   QStringLiteral("--sku"), QStringLiteral("SKU-00001"), QStringLiteral("--from"),
                   QStringLiteral("2026-09-06"), QStringLiteral("--to"),
                   QStringLiteral("2026-09-20"), QStringLiteral("--scale"), QStringLiteral("1.5"),
                   QStringLiteral("--reason"), QStringLiteral("=HYPERLINK(\"x\") flyer"),
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const qint64 id
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        run = cli({QStringLiteral("override"), QStringLiteral("list"), QStringLiteral("--db"), db,
                   QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("overrides"))
                     .toArray()
                     .size(),
                 1);

        const QString csv = m_dir.filePath(QStringLiteral("series.csv"));
        run = cli({QStringLiteral("forecast-export"), QStringLiteral("--db"), db,
                   QStringLiteral("--out"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("location,sku,period_start,statistical,forecast"));
        // The overridden weeks carry 1.5 × the statistical forecast.
        int overridden = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(',');
            if (f.size() > 4 && f[0] == "ST-HAM-01" && f[1] == "SKU-00001" && f[2] >= "2026-09-06"
                && f[2] <= "2026-09-20") {
                QVERIFY(std::abs(f[4].toDouble() - 1.5 * f[3].toDouble()) < 1e-6);
                ++overridden;
            }
        }
        QCOMPARE(overridden, 3);
        const QString byRegion = m_dir.filePath(QStringLiteral("regions.csv"));
        run = cli({QStringLiteral("forecast-export"), QStringLiteral("--db"), db,
                   QStringLiteral("--level"), QStringLiteral("region"), QStringLiteral("--out"),
                   byRegion});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("forecast-export"), QStringLiteral("--db"), db,
                   QStringLiteral("--level"), QStringLiteral("planet"), QStringLiteral("--out"),
                   byRegion});
        QCOMPARE(run.exitCode, 2);

        run = cli({QStringLiteral("override"), QStringLiteral("undo"), QStringLiteral("--db"), db,
                   QStringLiteral("--id"), QString::number(id)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("override"), QStringLiteral("undo"), QStringLiteral("--db"), db,
                   QStringLiteral("--id"), QString::number(id)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("already undone"));
    }

    void healthPolicyAndAlerts()
    {
        const QString db = m_dir.filePath(QStringLiteral("health.db"));
        Run run = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--skus"),
                       QStringLiteral("20"), QStringLiteral("--days"), QStringLiteral("400")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("forecast"), QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString healthCsv = m_dir.filePath(QStringLiteral("health.csv"));
        run = cli({QStringLiteral("health"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                   healthCsv, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject health = QJsonDocument::fromJson(run.out).object();
        const int rows = health.value(QStringLiteral("rows")).toInt();
        QVERIFY(rows > 20);
        const QJsonObject network = health.value(QStringLiteral("network")).toObject();
        const double score = network.value(QStringLiteral("score")).toDouble();
        QVERIFY2(score > 0 && score <= 100, qPrintable(QString::number(score)));
        QCOMPARE(network.value(QStringLiteral("parts")).toArray().size(), 5);
        int statuses = 0;
        const QJsonObject counts = network.value(QStringLiteral("statuses")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            statuses += it.value().toInt();
        QCOMPARE(statuses, rows);
        int matrix = 0;
        for (const QJsonValue &cell : health.value(QStringLiteral("abcXyz")).toArray())
            matrix += cell.toObject().value(QStringLiteral("rows")).toInt();
        QCOMPARE(matrix, rows);
        const int raised = health.value(QStringLiteral("alerts"))
                               .toObject()
                               .value(QStringLiteral("raised"))
                               .toInt();
        QVERIFY(raised > 0);
        QFile file(healthCsv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), rows + 1);
        QVERIFY(lines.first().startsWith("location,sku,category,status,abc,xyz"));
        QVERIFY(!file.fileName().isEmpty() && !lines[1].contains("nan"));

        // The alerts the health run raised are listed, critical first; a second run keeps them.
        run = cli({QStringLiteral("alerts"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                   QStringLiteral("--top"), QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject alerts = QJsonDocument::fromJson(run.out).object();
        const QJsonArray list = alerts.value(QStringLiteral("alerts")).toArray();
        QVERIFY(list.size() >= raised);
        QString previous = QStringLiteral("critical");
        const QStringList order{QStringLiteral("critical"), QStringLiteral("warning"),
                                QStringLiteral("info")};
        for (const QJsonValue &v : list) {
            const QString severity = v.toObject().value(QStringLiteral("severity")).toString();
            QVERIFY(order.indexOf(severity) >= order.indexOf(previous));
            previous = severity;
            QVERIFY(!v.toObject().value(QStringLiteral("action")).toString().isEmpty());
        }
        run = cli({QStringLiteral("alerts"), QStringLiteral("--db"), db,
                   QStringLiteral("--refresh"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("total")).toInt(),
                 alerts.value(QStringLiteral("total")).toInt());

        // Policies with their inputs; a rule for class A changes its safety stock.
        const QString policyCsv = m_dir.filePath(QStringLiteral("policy.csv"));
        run = cli({QStringLiteral("policy"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                   policyCsv, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const double before = QJsonDocument::fromJson(run.out)
                                  .object()
                                  .value(QStringLiteral("safetyStockValue"))
                                  .toDouble();
        QFile policy(policyCsv);
        QVERIFY(policy.open(QIODevice::ReadOnly));
        const QByteArray header = policy.readLine();
        for (const char *column : {"safety_stock", "reorder_point", "eoq", "lead_time_days",
                                   "service_level", "suggested_order"})
            QVERIFY2(header.contains(column), column);
        run = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--db"), db,
                   QStringLiteral("--scope"), QStringLiteral("A"), QStringLiteral("--json"),
                   QStringLiteral("{\"serviceLevel\": 0.995}")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("policy"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        const double after = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QStringLiteral("safetyStockValue"))
                                 .toDouble();
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'policy-rule-set'")),
                 qint64(1));
        // Bad policies are refused with the reason.
        run = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--db"), db,
                   QStringLiteral("--scope"), QStringLiteral("Q"), QStringLiteral("--json"),
                   QStringLiteral("{}")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("not a policy scope"));
        run = cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--db"), db,
                   QStringLiteral("--scope"), QStringLiteral("B"), QStringLiteral("--json"),
                   QStringLiteral("{\"serviceLevel\": 2}")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("serviceLevel must be between"));
        run = cli({QStringLiteral("policy"), QStringLiteral("override"), QStringLiteral("--db"), db,
                   QStringLiteral("--location"), QStringLiteral("ST-HAM-01"),
                   QStringLiteral("--sku"), QStringLiteral("SKU-00001"), QStringLiteral("--json"),
                   QStringLiteral("{\"reviewDays\": 3}")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("needs a reason"));

        // Simulating one SKU × location's policy reports its achieved service.
        QList<QByteArray> first = QList<QByteArray>();
        policy.seek(0);
        policy.readLine();
        QString location, sku;
        while (!policy.atEnd()) {
            const QList<QByteArray> f = policy.readLine().split(',');
            if (f.size() > 30 && f[0].startsWith("ST-") && f.last().trimmed().isEmpty()
                && f[12].toDouble() > 1) {
                location = QString::fromUtf8(f[0]);
                sku = QString::fromUtf8(f[1]);
                break;
            }
        }
        QVERIFY(!location.isEmpty());
        run = cli({QStringLiteral("policy"), QStringLiteral("simulate"), QStringLiteral("--db"), db,
                   QStringLiteral("--location"), location, QStringLiteral("--sku"), sku,
                   QStringLiteral("--runs"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject sim = QJsonDocument::fromJson(run.out).object();
        const double service = sim.value(QStringLiteral("cycleServiceLevel")).toDouble();
        QVERIFY2(service > 0.5 && service <= 1.0, qPrintable(QString::number(service)));
        QVERIFY(sim.value(QStringLiteral("cycles")).toInt() > 10);
    }

    void plans()
    {
        const QString db = m_dir.filePath(QStringLiteral("plans.db"));
        Run run = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--skus"),
                       QStringLiteral("15"), QStringLiteral("--days"), QStringLiteral("200")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("forecast"), QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString lines = m_dir.filePath(QStringLiteral("lines.csv"));
        const QString mps = m_dir.filePath(QStringLiteral("transfers.mps"));
        run = cli({QStringLiteral("plan"), QStringLiteral("transfers"), QStringLiteral("--db"), db,
                   QStringLiteral("--time-limit"), QStringLiteral("20"), QStringLiteral("--out"),
                   lines, QStringLiteral("--write-mps"), mps, QStringLiteral("--evaluate"),
                   QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject milp = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(milp.value(QStringLiteral("method")).toString(), QStringLiteral("milp"));
        const QString status = milp.value(QStringLiteral("status")).toString();
        QVERIFY2(status == QLatin1String("optimal") || status == QLatin1String("feasible"),
                 qPrintable(status));
        QVERIFY(milp.value(QStringLiteral("gap")).toDouble() <= 0.5);
        QVERIFY(milp.value(QStringLiteral("rows")).toInt() > 0);
        QVERIFY(QFile::exists(mps));
        QVERIFY(QFile(lines).size() > 0);
        const double fill = milp.value(QStringLiteral("evaluation"))
                                .toObject()
                                .value(QStringLiteral("fillRate"))
                                .toDouble();
        QVERIFY(fill > 0 && fill <= 1);
        run = cli({QStringLiteral("plan"), QStringLiteral("transfers"), QStringLiteral("--db"), db,
                   QStringLiteral("--method"), QStringLiteral("greedy"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject greedy = QJsonDocument::fromJson(run.out).object();
        // The MILP's plan is never worse than the rule on the plan's own accounting.
        QVERIFY(milp.value(QStringLiteral("totals"))
                    .toObject()
                    .value(QStringLiteral("total"))
                    .toDouble()
                <= greedy.value(QStringLiteral("totals"))
                           .toObject()
                           .value(QStringLiteral("total"))
                           .toDouble()
                       + 1e-6);
        run = cli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"), db,
                   QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out)
                     .object()
                     .value(QStringLiteral("plans"))
                     .toArray()
                     .size(),
                 2);
        const qint64 id = milp.value(QStringLiteral("id")).toInteger();
        run = cli({QStringLiteral("plan"), QStringLiteral("approve"), QStringLiteral("--db"), db,
                   QStringLiteral("--plan"), QString::number(id), QStringLiteral("--lines"),
                   QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("--db"), db,
                   QStringLiteral("--plan"), QString::number(id), QStringLiteral("--json")});
        const QJsonArray shown
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("lines")).toArray();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
        // Evaluating the stored plan uses its stored input: the same figures again.
        run = cli({QStringLiteral("plan"), QStringLiteral("evaluate"), QStringLiteral("--db"), db,
                   QStringLiteral("--plan"), QString::number(id), QStringLiteral("--runs"),
                   QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("fillRate")).toDouble(),
            fill);
        run = cli({QStringLiteral("plan"), QStringLiteral("replenishment"), QStringLiteral("--db"),
                   db, QStringLiteral("--method"), QStringLiteral("greedy")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("use rop"));
        run = cli({QStringLiteral("plan"), QStringLiteral("evaluate"), QStringLiteral("--db"), db,
                   QStringLiteral("--plan"), QStringLiteral("999")});
        QCOMPARE(run.exitCode, 2);
    }

    void exports()
    {
        // The plan made by plans() above: approve it, export, refuse the repeat, revise, cancel.
        const QString db = m_dir.filePath(QStringLiteral("plans.db"));
        const QString out = m_dir.filePath(QStringLiteral("orders"));
        Run run = cli({QStringLiteral("plan"), QStringLiteral("approve"), QStringLiteral("--db"),
                       db, QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--lines"),
                       QStringLiteral("all")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("export"), QStringLiteral("settings"), QStringLiteral("--db"), db,
                   QStringLiteral("--company-name"), QStringLiteral("Test Retail"),
                   QStringLiteral("--po-prefix"), QStringLiteral("BUY")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("export.company.name              = Test Retail"));
        run = cli({QStringLiteral("export"), QStringLiteral("settings"), QStringLiteral("--db"), db,
                   QStringLiteral("--currency"), QStringLiteral("euro")});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("export"), QStringLiteral("transfers"), QStringLiteral("--db"),
                   db, QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--format"),
                   QStringLiteral("csv,pdf"), QStringLiteral("--out"), out,
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject exported = QJsonDocument::fromJson(run.out).object();
        const QJsonArray orders = exported.value(QStringLiteral("orders")).toArray();
        QVERIFY(!orders.isEmpty());
        QCOMPARE(exported.value(QStringLiteral("files")).toArray().size(), orders.size() * 2);
        const QString first = orders.first().toObject().value(QStringLiteral("number")).toString();
        QVERIFY(first.startsWith(QStringLiteral("TO-")));
        // Again: refused (exit 2) without --revision, accepted with it.
        run = cli({QStringLiteral("export"), QStringLiteral("transfers"), QStringLiteral("--db"),
                   db, QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--out"),
                   out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("revision"));
        run = cli({QStringLiteral("export"), QStringLiteral("transfers"), QStringLiteral("--db"),
                   db, QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--out"), out,
                   QStringLiteral("--revision")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(out + QLatin1Char('/') + first + QStringLiteral("-R1.csv")));
        run = cli({QStringLiteral("export"), QStringLiteral("cancel"), QStringLiteral("--db"), db,
                   QStringLiteral("--po"), first, QStringLiteral("--reason"),
                   QStringLiteral("test")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("--db"), db,
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray listed
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("orders")).toArray();
        QCOMPARE(listed.size(), orders.size());
        int cancelled = 0;
        for (const QJsonValue &v : listed)
            cancelled += v.toObject().value(QStringLiteral("status")).toString()
                                 == QLatin1String("cancelled")
                             ? 1
                             : 0;
        QCOMPARE(cancelled, 1);
        run = cli({QStringLiteral("export"), QStringLiteral("pos"), QStringLiteral("--db"), db,
                   QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--format"),
                   QStringLiteral("fax"), QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 2);
    }

    void cycleWritesOutputs()
    {
        const QString out = m_dir.filePath(QStringLiteral("cycle"));
        const Run run
            = cli({QStringLiteral("cycle"), QStringLiteral("--out"), out, QStringLiteral("--skus"),
                   QStringLiteral("30"), QStringLiteral("--plan-time"), QStringLiteral("15"),
                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/stockshift.db")));
        QVERIFY(QFile::exists(out + QStringLiteral("/info.json")));
        QVERIFY(QFile::exists(out + QStringLiteral("/demo-csv/sales.csv")));
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), 0);
        // demo, 12 imports, backcast, forecast, accuracy, health, plan, export, (later steps),
        // info.
        const QJsonArray steps = summary.value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.size() >= 20);
        QStringList names;
        for (const QJsonValue &v : steps)
            names.append(v.toObject().value(QStringLiteral("step")).toString());
        QCOMPARE(names.mid(13, 6),
                 (QStringList{QStringLiteral("backcast"), QStringLiteral("forecast"),
                              QStringLiteral("accuracy"), QStringLiteral("health"),
                              QStringLiteral("plan"), QStringLiteral("export")}));
        QCOMPARE(names.last(), QStringLiteral("info"));
        // The approved plan's orders in every format.
        const QDir pos(out + QStringLiteral("/exports/purchase-orders"));
        for (const QString &suffix :
             {QStringLiteral("*.csv"), QStringLiteral("*.pdf"), QStringLiteral("*.x12"),
              QStringLiteral("*.edi"), QStringLiteral("*.json")})
            QVERIFY2(!pos.entryList({suffix}, QDir::Files).isEmpty(), qPrintable(suffix));
        QVERIFY(QFile::exists(out + QStringLiteral("/plan-comparison.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/health.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/policies.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/forecasts.csv")));
        QVERIFY(QFile::exists(out + QStringLiteral("/forecast-by-location.csv")));
        // The backcast was measured: the accuracy file has a row per location with actuals.
        QFile accuracy(out + QStringLiteral("/accuracy-by-location.csv"));
        QVERIFY(accuracy.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = accuracy.readAll().trimmed().split('\n');
        QVERIFY(lines.size() > 5);
        QVERIFY(lines.first().startsWith("location,actual,forecast,wape"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
