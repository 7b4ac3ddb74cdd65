// Demand classification and the network forecast run stored in the database.
#include "demo/DemoGenerator.h"
#include "forecast/DemandClass.h"
#include "forecast/NetworkForecaster.h"
#include "storage/Connection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Forecast;

namespace {

qint64 scalar(const QString &db, const QString &sql)
{
    auto c = Storage::Connection::open(db);
    QSqlQuery q((*c)->db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestNetworkForecaster : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("net.db"));
        Demo::DemoSettings settings;
        settings.skus = 24;
        settings.days = 364;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(m_db).ok());
    }

    void classifies_data()
    {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<double>("adi");
        QTest::newRow("smooth") << std::vector<double>{10, 11, 9, 10, 12, 10}
                                << QStringLiteral("smooth") << 1.0;
        QTest::newRow("erratic") << std::vector<double>{1, 20, 2, 30, 1, 25}
                                 << QStringLiteral("erratic") << 1.0;
        QTest::newRow("intermittent") << std::vector<double>{0, 5, 0, 0, 5, 0, 6, 0}
                                      << QStringLiteral("intermittent") << 8.0 / 3.0;
        QTest::newRow("lumpy") << std::vector<double>{0, 1, 0, 0, 40, 0, 2, 0}
                               << QStringLiteral("lumpy") << 8.0 / 3.0;
        QTest::newRow("no demand") << std::vector<double>{0, 0, 0} << QStringLiteral("none") << 0.0;
    }

    void classifies()
    {
        QFETCH(std::vector<double>, y);
        QFETCH(QString, expected);
        QFETCH(double, adi);
        const DemandProfile profile = classifyDemand(y);
        QCOMPARE(profile.className(), expected);
        QCOMPARE(profile.adi, adi);
    }

    void storesARun()
    {
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.horizon = 8;
        settings.threads = 2;
        auto summary = runNetworkForecast(settings);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        const qint64 series = scalar(
            m_db, QStringLiteral(
                      "SELECT count(*) FROM (SELECT DISTINCT location_id, sku_id FROM sales)"));
        QCOMPARE(qint64(summary->series), series);
        QCOMPARE(summary->failed, 0);
        const QString run = QString::number(summary->runId);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_models WHERE run_id = ")
                                  + run),
                 series);
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT count(*) FROM forecasts WHERE run_id = ") + run),
            series * 8);
        // Forecasts start the day after the history and step by a week; bounds enclose them.
        QCOMPARE(scalar(m_db,
                        QStringLiteral(
                            "SELECT min(start_day) - (SELECT max(day) FROM sales) FROM forecasts")),
                 qint64(1));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(DISTINCT start_day) FROM forecasts")),
                 qint64(8));
        QCOMPARE(
            scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM forecasts WHERE NOT (lo95 <= lo80 AND lo80 <= "
                             "quantity AND quantity <= hi80 AND hi80 <= hi95 AND lo95 >= 0)")),
            qint64(0));
        // Intermittent series are never given smoothing or ARIMA models meant for smooth demand;
        // smooth ones never Croston-type methods.
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM forecast_models WHERE demand_class IN "
                                       "('intermittent', 'lumpy') AND (method IN ('ets', 'theta', "
                                       "'ses', 'holt-damped', 'arima', 'snaive') OR method LIKE "
                                       "'%ets%' OR method LIKE '%theta%')")),
                 qint64(0));
        QCOMPARE(scalar(m_db, QStringLiteral(
                                  "SELECT count(*) FROM forecast_models WHERE demand_class IN "
                                  "('smooth', 'erratic') AND (method LIKE '%croston%' OR method "
                                  "LIKE '%sba%' OR method LIKE '%tsb%')")),
                 qint64(0));
        // Every series with a backtest kept every candidate's score and the chosen one's.
        QVERIFY(scalar(m_db,
                       QStringLiteral(
                           "SELECT count(*) FROM forecast_models WHERE backtest_mase IS NOT NULL"))
                > series / 2);
        QCOMPARE(scalar(m_db, QStringLiteral(
                                  "SELECT count(*) FROM forecast_models WHERE backtest_origins > "
                                  "0 AND (json_array_length(candidates) < 2 OR backtest_mae IS "
                                  "NULL OR backtest_rmse IS NULL)")),
                 qint64(0));
        // Three rolling origins wherever the history is long enough for them: 48 weeks for an
        // 8-week window (n − 3·8 ≥ n/2); shorter series (new products) get fewer.
        const QString longSeries
            = QStringLiteral("demand_class <> 'none' AND (SELECT history_end_day FROM "
                             "forecast_runs r WHERE r.id "
                             "= run_id) - history_start_day + 1 >= 48 * 7 AND run_id = %1")
                  .arg(summary->runId);
        QVERIFY(
            scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_models WHERE ") + longSeries)
            > series / 2);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_models WHERE "
                                             "backtest_origins <> 3 AND ")
                                  + longSeries),
                 qint64(0));
        // The demo has stockouts: censored buckets were imputed, each with its reason, and the
        // model rows count them.
        QVERIFY(summary->censored > 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_adjustments WHERE "
                                             "run_id = %1 AND kind = 'censored'")
                                  .arg(summary->runId)),
                 qint64(summary->censored));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT sum(censored) + sum(outliers) FROM "
                                             "forecast_models WHERE run_id = %1")
                                  .arg(summary->runId)),
                 scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_adjustments WHERE "
                                             "run_id = %1")
                                  .arg(summary->runId)));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_adjustments WHERE "
                                             "reason = '' OR cleansed <= original AND kind = "
                                             "'censored'")),
                 qint64(0));
        QVERIFY(summary->demandClasses.size() >= 2);
    }

    void backcastUsesTheHistoryUpToItsDate()
    {
        const qint64 last = scalar(m_db, QStringLiteral("SELECT max(day) FROM sales"));
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.horizon = 4;
        settings.endDay = int(last - 28);
        auto summary = runNetworkForecast(settings);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(qint64(summary->historyEndDay), last - 28);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT min(start_day) FROM forecasts WHERE run_id = "
                                             "%1")
                                  .arg(summary->runId)),
                 last - 27);
    }

    void rawHistoryWhenCleansingIsOff()
    {
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.horizon = 4;
        settings.cleanseOutliers = settings.imputeCensored = false;
        auto summary = runNetworkForecast(settings);
        QVERIFY(summary.ok());
        QCOMPARE(summary->outliers + summary->censored, 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_adjustments WHERE "
                                             "run_id = %1")
                                  .arg(summary->runId)),
                 qint64(0));
    }

    void sameResultWithAnyThreadCount()
    {
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.horizon = 4;
        settings.threads = 1;
        auto one = runNetworkForecast(settings);
        settings.threads = 3;
        auto three = runNetworkForecast(settings);
        QVERIFY(one.ok() && three.ok());
        QCOMPARE(scalar(m_db, QStringLiteral(
                                  "SELECT count(*) FROM forecasts a JOIN forecasts b ON "
                                  "a.location_id = b.location_id AND a.sku_id = b.sku_id AND "
                                  "a.start_day = b.start_day WHERE a.run_id = %1 AND b.run_id = %2 "
                                  "AND a.quantity <> b.quantity")
                                  .arg(one->runId)
                                  .arg(three->runId)),
                 qint64(0));
    }

    void badSettings_data()
    {
        QTest::addColumn<int>("bucket");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("code");
        QTest::newRow("bucket") << 3 << 4 << QStringLiteral("auto") << QStringLiteral("bad-bucket");
        QTest::newRow("horizon") << 7 << 0 << QStringLiteral("auto")
                                 << QStringLiteral("bad-horizon");
        QTest::newRow("method") << 7 << 4 << QStringLiteral("magic")
                                << QStringLiteral("unknown-method");
    }

    void badSettings()
    {
        QFETCH(int, bucket);
        QFETCH(int, horizon);
        QFETCH(QString, method);
        QFETCH(QString, code);
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.bucketDays = bucket;
        settings.horizon = horizon;
        settings.method = method;
        const qint64 runs = scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_runs"));
        auto result = runNetworkForecast(settings);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_runs")), runs);
    }

    void cancelWritesNothing()
    {
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        std::atomic_bool cancel{true};
        const qint64 runs = scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_runs"));
        auto result = runNetworkForecast(settings, {}, &cancel);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("cancelled"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM forecast_runs")), runs);
    }
};

QTEST_GUILESS_MAIN(TestNetworkForecaster)
#include "tst_networkforecaster.moc"
