// The Forecasts area driven offscreen: a run off the GUI thread, the series list of the newest
// run, and the chart of one series.
#include "browser/SqlTableModel.h"
#include "demo/DemoGenerator.h"
#include "forecast/ForecastView.h"
#include "storage/DataStore.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Ui;

class TestForecastView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void runsAndShowsASeries()
    {
        const QString db = m_dir.filePath(QStringLiteral("view.db"));
        Demo::DemoSettings settings;
        settings.skus = 12;
        settings.days = 400;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(db).ok());
        auto store = Storage::DataStore::open(db);
        QVERIFY(store.ok());

        ForecastView view(store->get());
        view.resize(1200, 800);
        view.show();
        QCOMPARE(view.latestRun(), qint64(-1));
        QCOMPARE(view.seriesModel()->rowCount(), 0);

        QSignalSpy finished(&view, &ForecastView::runFinished);
        view.startRun();
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!view.isRunning());
        QVERIFY(view.latestRun() > 0);

        QSqlQuery q((*store)->connection().db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(location_id), min(sku_id) FROM "
                                      "forecast_models WHERE run_id = %1")
                           .arg(view.latestRun())));
        QVERIFY(q.next());
        QCOMPARE(view.seriesModel()->rowCount(), q.value(0).toInt());

        // The first row is selected and drawn: 104 weekly history points, the forecast (13 steps
        // plus the joining point) and the two bands of 13 steps each.
        QTRY_VERIFY(!view.chartPointCounts().isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT m.location_id, m.sku_id, (SELECT min(day) FROM sales "
                                      "s WHERE s.location_id = m.location_id "
                                      "AND s.sku_id = m.sku_id), r.history_end_day FROM "
                                      "forecast_models m JOIN forecast_runs r ON r.id = "
                                      "m.run_id WHERE m.run_id = %1 LIMIT 1")
                           .arg(view.latestRun())));
        QVERIFY(q.next());
        // Weekly buckets of the last 104 weeks, from the series' first sale on.
        const int windowStart = q.value(3).toInt() - 104 * 7 + 1;
        const int history = 104 - std::max(0, (q.value(2).toInt() - windowStart) / 7);
        QVERIFY(history < 104); // 400 days of history: the window is cut at the first sale
        QVERIFY(view.showSeries(q.value(0).toLongLong(), q.value(1).toLongLong()));
        QCOMPARE(view.chartPointCounts(), (QList<int>{13, 13, history, 14}));
        auto *details = view.findChild<QLabel *>(QStringLiteral("forecastDetails"));
        QVERIFY(details->text().contains(QStringLiteral("Demand class")));
        QVERIFY(details->text().contains(QStringLiteral("Backtest")));
        QVERIFY(!view.showSeries(-5, -5)); // not in the run
    }
};

QTEST_MAIN(TestForecastView)
#include "tst_forecastview.moc"
