// Accuracy monitoring: metrics against hand-computed values, roll-ups, stockout exclusion,
// re-evaluation, and alerts when accuracy drops.
#include "demo/DemoGenerator.h"
#include "forecast/AccuracyMonitor.h"
#include "forecast/NetworkForecaster.h"
#include "forecast/Overrides.h"
#include "storage/Connection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Forecast;

namespace {

// A database with one location, one SKU, a hand-made history and a hand-made forecast run.
struct Tiny
{
    QString path;
    std::unique_ptr<Storage::Connection> c;

    bool exec(const QString &sql)
    {
        QSqlQuery q(c->db());
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.isActive();
    }
};

} // namespace

class TestAccuracyMonitor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Tiny tiny(const QString &name)
    {
        Tiny t;
        t.path = m_dir.filePath(name);
        t.c = Storage::Connection::open(t.path).value();
        t.exec(QStringLiteral("INSERT INTO locations (id, code, kind) VALUES (1, 'W1', 'store')"));
        t.exec(QStringLiteral(
            "INSERT INTO skus (id, code, category) VALUES (1, 'A', 'Food'), (2, 'B', 'Toys')"));
        // History: days 0..13 (two weeks), 10 a day for A and 1 a day for B.
        for (int d = 0; d < 14; ++d)
            t.exec(QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) VALUES "
                                  "(1, 1, %1, %2), (1, 2, %1, 1)")
                       .arg(d)
                       .arg(d % 2 ? 12 : 8));
        // A weekly run from day 13: buckets start on days 14, 21, 28.
        t.exec(QStringLiteral("INSERT INTO forecast_runs (id, created_at, bucket_days, horizon, "
                              "method, history_end_day) VALUES (1, 'x', 7, 3, 'test', 13)"));
        t.exec(QStringLiteral("INSERT INTO forecasts (run_id, location_id, sku_id, start_day, "
                              "quantity) VALUES (1, 1, 1, 14, 70), (1, 1, 1, 21, 70), "
                              "(1, 1, 1, 28, 70), (1, 1, 2, 14, 7), (1, 1, 2, 21, 7), "
                              "(1, 1, 2, 28, 7)"));
        return t;
    }

private slots:
    void metricsByHand()
    {
        Tiny t = tiny(QStringLiteral("hand.db"));
        // Actuals: A sells 84 in week 14..20 and 56 in 21..27 (week 28 not complete yet);
        // B sells 7 and 14.
        for (int d = 14; d < 28; ++d)
            t.exec(QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) VALUES "
                                  "(1, 1, %1, %2), (1, 2, %1, %3)")
                       .arg(d)
                       .arg(d < 21 ? 12 : 8)
                       .arg(d < 21 ? 1 : 2));
        auto s = evaluateAccuracy(*t.c);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->latestRun, qint64(1));
        QCOMPARE(s->series, 2);
        auto a = loadAccuracy(*t.c, 1, QStringLiteral("series"));
        QVERIFY(a.ok());
        QCOMPARE(a->size(), std::size_t(2));
        const AccuracyRow &rowA = a->front(); // the larger absolute error first: A (14 + 14)
        QCOMPARE(rowA.key, QStringLiteral("W1/A"));
        const AccuracyMetrics &m = rowA.metrics;
        QCOMPARE(m.buckets, 2);
        QCOMPARE(m.actual, 140.0);
        QCOMPARE(m.forecast, 140.0);
        QCOMPARE(m.absError, 28.0);
        QCOMPARE(m.wape, 20.0);
        QCOMPARE(m.bias, 0.0);
        QVERIFY(std::abs(m.mape - 100.0 * (14.0 / 84 + 14.0 / 56) / 2) < 1e-9);
        // Tracking signal: errors (actual − forecast) +14, −14 → Σ 0 / MAD 14 = 0.
        QCOMPARE(m.trackingSignal, 0.0);
        // MASE: mean|e| 14 over the history's weekly naive error: weeks 0..6 and 7..13 both
        // sum to 68 (8,12 alternating: 4·8 + 3·12 = 68 and 3·8 + 4·12 = 72) → |72 − 68| = 4.
        QVERIFY(m.hasMase);
        QVERIFY(std::abs(m.mase - 14.0 / 4.0) < 1e-9);
        const AccuracyMetrics &b = (*a)[1].metrics; // B: 7 vs 7, 7 vs 14
        QCOMPARE(b.absError, 7.0);
        QVERIFY(std::abs(b.bias - 100.0 * (14.0 - 21.0) / 21.0) < 1e-9);
        QCOMPARE(b.trackingSignal, 2.0); // errors 0, +7: Σ 7 / MAD 3.5
        // Roll-ups.
        auto network = loadAccuracy(*t.c, 1, QStringLiteral("network"));
        QCOMPARE(network->front().metrics.absError, 35.0);
        QCOMPARE(network->front().metrics.actual, 161.0);
        auto categories = loadAccuracy(*t.c, 1, QStringLiteral("category"));
        QCOMPARE(categories->size(), std::size_t(2));
        QCOMPARE(loadAccuracy(*t.c, 1, QStringLiteral("location"))->front().key,
                 QStringLiteral("W1"));
        QCOMPARE(loadAccuracy(*t.c, 1, QStringLiteral("sku"))->size(), std::size_t(2));
        QCOMPARE(latestEvaluatedRun(*t.c), qint64(1));
    }

    void stockoutBucketsAreLeftOut()
    {
        Tiny t = tiny(QStringLiteral("stockout.db"));
        for (int d = 14; d < 21; ++d)
            t.exec(QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) VALUES "
                                  "(1, 1, %1, 10)")
                       .arg(d));
        // A was out of stock on day 16: the week's sales understate demand.
        t.exec(QStringLiteral("INSERT INTO stockouts (location_id, sku_id, start_day, end_day) "
                              "VALUES (1, 1, 16, 16)"));
        QVERIFY(evaluateAccuracy(*t.c).ok());
        auto a = loadAccuracy(*t.c, 1, QStringLiteral("series"));
        QVERIFY(a.ok());
        for (const AccuracyRow &row : *a)
            QVERIFY(row.key != QLatin1String("W1/A")); // its only matured bucket was excluded
    }

    void overridesCountAndStatisticalIsKept()
    {
        Tiny t = tiny(QStringLiteral("override.db"));
        for (int d = 14; d < 21; ++d)
            t.exec(QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) VALUES "
                                  "(1, 1, %1, 20)")
                       .arg(d));
        Override o;
        o.locationId = 1;
        o.skuId = 1;
        o.startDay = 14;
        o.endDay = 14;
        o.mode = Override::Mode::Set;
        o.value = 140;
        o.reason = QStringLiteral("customer order");
        const auto added = addOverride(*t.c, o);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QVERIFY(evaluateAccuracy(*t.c).ok());
        auto a = loadAccuracy(*t.c, 1, QStringLiteral("series"));
        const auto row = *std::find_if(a->begin(), a->end(), [](const AccuracyRow &r) {
            return r.key == QLatin1String("W1/A");
        });
        QCOMPARE(row.metrics.wape, 0.0);      // the planner was right
        QCOMPARE(row.metrics.statWape, 50.0); // the statistical 70 against 140
    }

    void evaluatesAgainOnlyWhenSomethingChanged()
    {
        Tiny t = tiny(QStringLiteral("again.db"));
        for (int d = 14; d < 21; ++d)
            t.exec(QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) VALUES "
                                  "(1, 1, %1, 10)")
                       .arg(d));
        QVERIFY(evaluateAccuracy(*t.c).ok());
        const double first
            = loadAccuracy(*t.c, 1, QStringLiteral("network"))->front().metrics.actual;
        // A second week arrives: one more matured bucket, evaluated again.
        for (int d = 21; d < 28; ++d)
            t.exec(QStringLiteral("INSERT INTO sales (location_id, sku_id, day, quantity) VALUES "
                                  "(1, 1, %1, 10)")
                       .arg(d));
        QVERIFY(evaluateAccuracy(*t.c).ok());
        const double second
            = loadAccuracy(*t.c, 1, QStringLiteral("network"))->front().metrics.actual;
        QCOMPARE(second, first + 70.0);
        // A silent edit of old actuals (no import batch) is only picked up when forced.
        t.exec(QStringLiteral("UPDATE sales SET quantity = 0 WHERE day BETWEEN 14 AND 27"));
        QVERIFY(evaluateAccuracy(*t.c).ok());
        QCOMPARE(loadAccuracy(*t.c, 1, QStringLiteral("network"))->front().metrics.actual, second);
        AccuracySettings force;
        force.force = true;
        QVERIFY(evaluateAccuracy(*t.c, force).ok());
        QCOMPARE(loadAccuracy(*t.c, 1, QStringLiteral("network"))->front().metrics.actual, 0.0);
    }

    void noActualsNoRows()
    {
        Tiny t = tiny(QStringLiteral("none.db"));
        auto s = evaluateAccuracy(*t.c);
        QVERIFY(s.ok());
        QCOMPARE(s->latestRun, qint64(-1));
        QVERIFY(s->runs.isEmpty());
    }

    void dropRaisesAnAlert()
    {
        // Three backcasts 13 weeks apart on a demo network; then one location's sales after the
        // last backcast treble: its accuracy drops against its own history, and the monitor says
        // so — once.
        const QString path = m_dir.filePath(QStringLiteral("drop.db"));
        Demo::DemoSettings demo;
        demo.skus = 16;
        demo.locations = 6;
        demo.days = 540;
        QVERIFY(Demo::DemoGenerator(demo).writeDatabase(path).ok());
        auto c = Storage::Connection::open(path).value();
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT max(day) FROM sales")) && q.next());
        const int last = q.value(0).toInt();
        for (int weeks : {39, 26, 13}) {
            NetworkForecastSettings settings;
            settings.databasePath = path;
            settings.horizon = 13;
            settings.endDay = last - weeks * 7;
            QVERIFY(runNetworkForecast(settings).ok());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT location_id, code FROM (SELECT s.location_id, "
                                      "l.code, sum(quantity) AS total FROM sales s JOIN locations "
                                      "l ON l.id = s.location_id GROUP BY 1, 2 ORDER BY total "
                                      "DESC LIMIT 1)"))
                && q.next());
        const qint64 location = q.value(0).toLongLong();
        const QString code = q.value(1).toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE sales SET quantity = quantity * 3 WHERE location_id "
                                      "= %1 AND day > %2")
                           .arg(location)
                           .arg(last - 13 * 7)));
        auto s = evaluateAccuracy(*c);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s->runs.size(), 3);
        bool found = false;
        for (const AccuracyAlert &a : s->alerts)
            found |= a.kind == QLatin1String("forecast-accuracy-drop")
                     && a.scope == QStringLiteral("location:") + code;
        QVERIFY2(found, "no accuracy-drop alert for the location whose demand trebled");
        // The network as a whole is not alarmed by one location... and nothing is raised twice.
        AccuracySettings force;
        force.force = true;
        auto again = evaluateAccuracy(*c, force);
        QVERIFY(again.ok());
        QVERIFY(again->alerts.isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alerts WHERE kind = "
                                      "'forecast-accuracy-drop' AND scope = 'location:%1'")
                           .arg(code))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // The trend of that location has three points, the last one the worst.
        auto trend = accuracyTrend(*c, QStringLiteral("location"), code);
        QVERIFY(trend.ok());
        QCOMPARE(trend->size(), std::size_t(3));
        QVERIFY(trend->back().metrics.wape > trend->front().metrics.wape);
    }
};

QTEST_GUILESS_MAIN(TestAccuracyMonitor)
#include "tst_accuracymonitor.moc"
