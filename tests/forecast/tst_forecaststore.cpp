// Overrides (set, scale, undo, redo, audit), the final forecast, bottom-up aggregation, export.
#include "demo/DemoGenerator.h"
#include "forecast/ForecastStore.h"
#include "forecast/NetworkForecaster.h"
#include "forecast/Overrides.h"
#include "forecast/SeriesExplainer.h"
#include "storage/Connection.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Forecast;

class TestForecastStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Storage::Connection> m_c;
    qint64 m_run = -1, m_location = -1, m_sku = -1;
    std::vector<ForecastBucket> m_base;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_c->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("store.db"));
        Demo::DemoSettings demo;
        demo.skus = 12;
        demo.locations = 8;
        demo.days = 300;
        QVERIFY(Demo::DemoGenerator(demo).writeDatabase(m_db).ok());
        NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.horizon = 6;
        auto run = runNetworkForecast(settings);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        m_run = run->runId;
        m_c = Storage::Connection::open(m_db).value();
        // A series with a positive forecast in every bucket.
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT location_id, sku_id FROM forecasts WHERE run_id = %1 "
                                      "GROUP BY 1, 2 HAVING min(quantity) > 1 LIMIT 1")
                           .arg(m_run)));
        QVERIFY(q.next());
        m_location = q.value(0).toLongLong();
        m_sku = q.value(1).toLongLong();
        auto base = loadSeriesForecast(*m_c, m_run, m_location, m_sku);
        QVERIFY(base.ok());
        QCOMPARE(base->size(), std::size_t(6));
        m_base = *base;
        for (const ForecastBucket &b : m_base) {
            QCOMPARE(b.final, b.statistical);
            QVERIFY(!b.overridden);
        }
        auto latest = latestRun(*m_c);
        QVERIFY(latest.ok());
        QCOMPARE(latest->id, m_run);
        QCOMPARE(latest->horizon, 6);
    }

    void overrideAppliesToItsRange_data()
    {
        QTest::addColumn<int>("mode"); // 0 scale, 1 set
        QTest::addColumn<double>("value");
        QTest::newRow("scale ×1.5") << 0 << 1.5;
        QTest::newRow("set 42") << 1 << 42.0;
        QTest::newRow("scale ×0 (delisted)") << 0 << 0.0;
    }

    void overrideAppliesToItsRange()
    {
        QFETCH(int, mode);
        QFETCH(double, value);
        Override o;
        o.locationId = m_location;
        o.skuId = m_sku;
        o.startDay = m_base[1].startDay; // buckets 1 and 2 only
        o.endDay = m_base[2].startDay;
        o.mode = mode ? Override::Mode::Set : Override::Mode::Scale;
        o.value = value;
        o.reason = QStringLiteral("promotion flyer");
        o.user = QStringLiteral("tester");
        auto id = addOverride(*m_c, o);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto f = loadSeriesForecast(*m_c, m_run, m_location, m_sku);
        QVERIFY(f.ok());
        for (std::size_t i = 0; i < f->size(); ++i) {
            const ForecastBucket &b = (*f)[i];
            QCOMPARE(b.statistical, m_base[i].statistical);
            const bool inRange = i == 1 || i == 2;
            const double expected
                = !inRange ? b.statistical : (mode ? value : b.statistical * value);
            QCOMPARE(b.final, expected);
            QCOMPARE(b.overridden, inRange && expected != b.statistical);
            QVERIFY(b.lo95 <= b.lo80 && b.lo80 <= b.final + 1e-9 && b.final <= b.hi80 + 1e-9
                    && b.hi80 <= b.hi95);
        }
        // Undo puts the statistical forecast back; redo brings the override back.
        QVERIFY(undoOverride(*m_c, *id, QStringLiteral("tester")));
        QCOMPARE((*loadSeriesForecast(*m_c, m_run, m_location, m_sku))[1].final,
                 m_base[1].statistical);
        QCOMPARE(undoOverride(*m_c, *id).error().code, QStringLiteral("state"));
        const Status redo = redoOverride(*m_c, *id);
        QVERIFY2(redo.ok(), qPrintable(redo.errorMessage()));
        QCOMPARE((*loadSeriesForecast(*m_c, m_run, m_location, m_sku))[1].final,
                 mode ? value : m_base[1].statistical * value);
        QVERIFY(undoOverride(*m_c, *id));
        // Audited: add, undo, redo, undo — and the row is kept.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                       "'forecast_override' AND entity_key = '%1'")
                            .arg(*id)),
                 qint64(4));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forecast_overrides WHERE id = %1 AND "
                                       "undone_at IS NOT NULL")
                            .arg(*id)),
                 qint64(1));
        auto all = listOverrides(*m_c, m_location, m_sku, true);
        QVERIFY(all.ok() && !all->isEmpty());
        QCOMPARE(all->last().reason, QStringLiteral("promotion flyer"));
        QVERIFY(listOverrides(*m_c, m_location, m_sku)->isEmpty());
    }

    void explainsASeriesAsTheRunSawIt()
    {
        // Every series of the run: the explanation reproduces what the run stored.
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT location_id, sku_id, method, outliers + censored "
                                      "FROM forecast_models WHERE run_id = %1")
                           .arg(m_run)));
        int checked = 0;
        while (q.next()) {
            auto x = explainSeries(*m_c, m_run, q.value(0).toLongLong(), q.value(1).toLongLong());
            QVERIFY2(x.ok(), qPrintable(x.errorMessage()));
            QCOMPARE(x->method, q.value(2).toString());
            QCOMPARE(int(x->adjustments.size()), q.value(3).toInt());
            QCOMPARE(x->history.size(), x->cleansed.size());
            QCOMPARE(x->fitted.size(), x->history.size());
            QCOMPARE(x->forecast.size(), std::size_t(6));
            QVERIFY(!x->skuCode.isEmpty() && !x->locationCode.isEmpty());
            // The history ends the day before the first forecast bucket.
            QCOMPARE(x->bucketStart(int(x->history.size())), x->forecast.front().startDay);
            ++checked;
        }
        QVERIFY(checked > 10);
        QCOMPARE(explainSeries(*m_c, m_run, 999, 999).error().code, QStringLiteral("not-found"));
    }

    void laterOverridesWin()
    {
        const QList<Override> list = [] {
            Override scale, set;
            scale.startDay = set.startDay = 0;
            scale.endDay = set.endDay = 100;
            scale.mode = Override::Mode::Scale;
            scale.value = 2;
            set.mode = Override::Mode::Set;
            set.value = 7;
            return QList<Override>{set, scale};
        }();
        std::vector<int> days{0, 7, 200};
        std::vector<double> q{1, 1, 1};
        QCOMPARE(applyOverrides(list, days, q), 2);
        QCOMPARE(q, (std::vector<double>{14, 14, 1})); // set 7, then ×2; day 200 untouched
    }

    void badOverridesAreRefused_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("span");
        QTest::addColumn<bool>("unknownSku");
        QTest::addColumn<QString>("code");
        QTest::newRow("no reason")
            << QStringLiteral("  ") << 1.0 << 7 << false << QStringLiteral("no-reason");
        QTest::newRow("negative") << QStringLiteral("x") << -1.0 << 7 << false
                                  << QStringLiteral("bad-value");
        QTest::newRow("reversed") << QStringLiteral("x") << 1.0 << -7 << false
                                  << QStringLiteral("bad-range");
        QTest::newRow("unknown SKU")
            << QStringLiteral("x") << 1.0 << 7 << true << QStringLiteral("unknown-sku");
    }

    void badOverridesAreRefused()
    {
        QFETCH(QString, reason);
        QFETCH(double, value);
        QFETCH(int, span);
        QFETCH(bool, unknownSku);
        QFETCH(QString, code);
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM forecast_overrides"));
        Override o;
        o.locationId = m_location;
        o.skuId = unknownSku ? 999999 : m_sku;
        o.startDay = m_base[0].startDay;
        o.endDay = o.startDay + span;
        o.value = value;
        o.reason = reason;
        auto id = addOverride(*m_c, o);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, code);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forecast_overrides")), before);
    }

    void aggregatesBottomUp_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("location") << int(AggregationLevel::Location);
        QTest::newRow("region") << int(AggregationLevel::Region);
        QTest::newRow("category") << int(AggregationLevel::Category);
        QTest::newRow("network") << int(AggregationLevel::Network);
    }

    void aggregatesBottomUp()
    {
        QFETCH(int, level);
        auto series = aggregateForecast(*m_c, m_run, AggregationLevel::Series);
        auto groups = aggregateForecast(*m_c, m_run, AggregationLevel(level));
        QVERIFY(series.ok() && groups.ok());
        std::map<int, double> seriesSum, groupSum, seriesVar;
        std::map<int, int> seriesCount, groupCount;
        for (const AggregateBucket &b : *series) {
            seriesSum[b.startDay] += b.final;
            ++seriesCount[b.startDay];
            const double s = (b.hi95 - b.final) / 1.96;
            seriesVar[b.startDay] += s * s;
        }
        for (const AggregateBucket &b : *groups) {
            groupSum[b.startDay] += b.final;
            groupCount[b.startDay] += b.series;
            QVERIFY(b.lo95 <= b.lo80 && b.lo80 <= b.final && b.final <= b.hi80 && b.hi80 <= b.hi95);
        }
        QCOMPARE(groupSum.size(), std::size_t(6));
        for (const auto &[day, sum] : seriesSum) {
            QVERIFY(std::abs(groupSum[day] - sum) < 1e-6 * std::max(1.0, sum));
            QCOMPARE(groupCount[day], seriesCount[day]);
        }
        if (AggregationLevel(level) == AggregationLevel::Network) {
            QCOMPARE(groups->size(), std::size_t(6));
            // Independent errors: the network's σ is the root of the summed variances.
            const AggregateBucket &b = groups->front();
            QVERIFY(std::abs((b.hi95 - b.final) / 1.96 - std::sqrt(seriesVar[b.startDay]))
                    < 1e-6 * std::max(1.0, b.final));
        }
    }

    void writesCsv_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("series") << QStringLiteral("series")
                                << QByteArray("location,sku,period_start,statistical,forecast");
        QTest::newRow("region") << QStringLiteral("region")
                                << QByteArray("region,name,series,period_start,statistical");
    }

    void writesCsv()
    {
        QFETCH(QString, level);
        QFETCH(QByteArray, header);
        AggregationLevel l;
        QVERIFY(aggregationLevelFromName(level, &l));
        QCOMPARE(aggregationLevelName(l), level);
        const QString path = m_dir.filePath(level + QStringLiteral(".csv"));
        QVERIFY(writeForecastCsv(*m_c, m_run, l, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith(header));
        QVERIFY(!f.atEnd());
        QVERIFY(!aggregationLevelFromName(QStringLiteral("galaxy"), &l));
    }
};

QTEST_GUILESS_MAIN(TestForecastStore)
#include "tst_forecaststore.moc"
