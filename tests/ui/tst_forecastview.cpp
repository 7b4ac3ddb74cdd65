// The Forecasts and Forecast accuracy areas driven offscreen: a run off the GUI thread (and a
// cancelled one), the series list, the chart with its cleansing and calendar markers, the detail
// models, overrides through the undo stack, the export, and the accuracy of a backcast.
// With STOCKSHIFT_SCREENSHOTS=DIR set, each screen is also saved there as a PNG.
#include "browser/SqlTableModel.h"
#include "demo/DemoGenerator.h"
#include "forecast/AccuracyModels.h"
#include "forecast/AccuracyView.h"
#include "forecast/ForecastModels.h"
#include "forecast/ForecastView.h"
#include "forecast/OverrideDialog.h"
#include "storage/DataStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(150); // let the charts lay out their axes
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestForecastView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Storage::DataStore> m_store;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_store->connection().db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("view.db"));
        Demo::DemoSettings settings;
        settings.skus = 14;
        settings.days = 500;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(m_db).ok());
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }

    void cancelKeepsWhatWasThere()
    {
        ForecastView view(m_store.get());
        QSignalSpy finished(&view, &ForecastView::runFinished);
        view.startRun();
        auto *cancel = view.findChild<QPushButton *>();
        for (auto *button : view.findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Cancel"))
                cancel = button;
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forecast_runs")), qint64(0));
        QCOMPARE(view.latestRun(), qint64(-1));
    }

    void runsAndExplainsASeries()
    {
        ForecastView view(m_store.get());
        view.resize(1400, 900);
        view.show();
        QCOMPARE(view.latestRun(), qint64(-1));
        QCOMPARE(view.seriesModel()->rowCount(), 0);

        QSignalSpy finished(&view, &ForecastView::runFinished);
        view.startRun();
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!view.isRunning());
        QVERIFY(view.latestRun() > 0);
        QCOMPARE(view.currentRun(), view.latestRun());
        QCOMPARE(qint64(view.seriesModel()->rowCount()),
                 scalar(QStringLiteral("SELECT count(*) FROM forecast_models WHERE run_id = %1")
                            .arg(view.latestRun())));

        // A series whose history was cleansed: the chart marks it, the Cleansing tab lists it.
        QSqlQuery q(m_store->connection().db());
        QVERIFY(q.exec(QStringLiteral("SELECT location_id, sku_id, outliers + censored FROM "
                                      "forecast_models WHERE run_id = %1 AND censored > 0 LIMIT 1")
                           .arg(view.latestRun())));
        QVERIFY(q.next());
        QVERIFY(view.showSeries(q.value(0).toLongLong(), q.value(1).toLongLong()));
        const auto &x = view.explanation();
        QCOMPARE(view.adjustmentModel()->rowCount(), q.value(2).toInt());
        const QMap<QString, int> counts = view.chartPointCounts();
        QCOMPARE(counts.value(QStringLiteral("Sold")), std::min<int>(int(x.history.size()), 104));
        QCOMPARE(counts.value(QStringLiteral("Forecast")), 14); // 13 weeks + the joining point
        QCOMPARE(counts.value(QStringLiteral("95%")), 13);
        QCOMPARE(counts.value(QStringLiteral("80%")), 13);
        QVERIFY(counts.contains(QStringLiteral("Cleansed")));
        QVERIFY(counts.value(QStringLiteral("Stockout")) > 0);
        QVERIFY(counts.value(QStringLiteral("Fitted")) > 0);
        QVERIFY(!counts.contains(QStringLiteral("Final"))); // no override yet
        auto *details = view.findChild<QLabel *>(QStringLiteral("forecastDetails"));
        QVERIFY(details->text().contains(QStringLiteral("Demand class")));
        QVERIFY(details->text().contains(QStringLiteral("stockout")));
        // The methods compared: every candidate, the chosen one among them.
        QCOMPARE(view.candidateModel()->rowCount(), int(x.candidates.size()));
        QVERIFY(view.candidateModel()->rowCount() >= 2);
        bool chosenListed = false;
        for (int r = 0; r < view.candidateModel()->rowCount(); ++r)
            chosenListed |= view.candidateModel()->index(r, 0).data().toString() == x.method;
        QVERIFY(chosenListed);
        QCOMPARE(view.bucketModel()->rowCount(), 13);
        QAbstractItemModelTester t1(view.candidateModel());
        QAbstractItemModelTester t2(view.adjustmentModel());
        QAbstractItemModelTester t3(view.bucketModel());
        QAbstractItemModelTester t4(view.overrideModel());
        for (int tab = 0; tab < 4; ++tab) {
            view.findChild<QTabWidget *>()->setCurrentIndex(tab);
            screenshot(&view, QStringLiteral("forecasts-tab%1").arg(tab));
        }
        QVERIFY(!view.showSeries(-5, -5)); // not in the run

        // Override the first two weeks ×2 with a reason: final forecast, chart, undo, redo.
        const double before0 = x.forecast[0].statistical, before1 = x.forecast[1].statistical;
        const int day0 = x.forecast[0].startDay, day1 = x.forecast[1].startDay;
        Forecast::Override o;
        o.startDay = day0;
        o.endDay = day1;
        o.mode = Forecast::Override::Mode::Scale;
        o.value = 2.0;
        o.reason = QStringLiteral("regional festival");
        QVERIFY(view.addOverride(o));
        QCOMPARE(view.undoStack()->count(), 1);
        QTRY_COMPARE(view.overrideModel()->rowCount(), 1);
        const auto final0 = view.bucketModel()->index(0, ForecastBucketModel::Final);
        QCOMPARE(final0.data(Qt::EditRole).toDouble(), before0 * 2);
        QCOMPARE(
            view.bucketModel()->index(1, ForecastBucketModel::Final).data(Qt::EditRole).toDouble(),
            before1 * 2);
        QCOMPARE(
            view.bucketModel()->index(2, ForecastBucketModel::Final).data(Qt::EditRole).toDouble(),
            view.bucketModel()
                ->index(2, ForecastBucketModel::Statistical)
                .data(Qt::EditRole)
                .toDouble());
        if (before0 > 0)
            QVERIFY(view.chartPointCounts().contains(QStringLiteral("Final")));
        view.findChild<QTabWidget *>()->setCurrentIndex(3);
        screenshot(&view, QStringLiteral("forecasts-override"));
        view.undoStack()->undo();
        QCOMPARE(
            view.bucketModel()->index(0, ForecastBucketModel::Final).data(Qt::EditRole).toDouble(),
            before0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM forecast_overrides WHERE undone_at "
                                       "IS NOT NULL")),
                 qint64(1));
        view.undoStack()->redo();
        QCOMPARE(
            view.bucketModel()->index(0, ForecastBucketModel::Final).data(Qt::EditRole).toDouble(),
            before0 * 2);
        // Withdrawing from the list is an undoable edit too.
        auto *overrides = view.findChild<QTableView *>(QStringLiteral("overrides"));
        overrides->setCurrentIndex(view.overrideModel()->index(0, 0));
        view.findChild<QPushButton *>(QStringLiteral("withdrawOverride"))->click();
        QCOMPARE(view.undoStack()->count(), 2);
        QCOMPARE(
            view.bucketModel()->index(0, ForecastBucketModel::Final).data(Qt::EditRole).toDouble(),
            before0);
        // Without a reason there is no override.
        o.reason = QStringLiteral("   ");
        QVERIFY(!view.addOverride(o));
        QCOMPARE(view.undoStack()->count(), 2);

        // The export writes the run at the chosen level.
        QSignalSpy exported(&view, &ForecastView::exportFinished);
        const QString csv = m_dir.filePath(QStringLiteral("regions.csv"));
        view.exportTo(Forecast::AggregationLevel::Region, csv);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(exported.first().at(1).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("region,name,series,period_start,statistical"));
    }

    void overrideDialogNeedsAReason()
    {
        std::vector<Forecast::ForecastBucket> buckets(4);
        for (int i = 0; i < 4; ++i) {
            buckets[std::size_t(i)].startDay = 20000 + 7 * i;
            buckets[std::size_t(i)].statistical = buckets[std::size_t(i)].final = 10.0 * (i + 1);
        }
        OverrideDialog dialog(buckets, 1, 2, 55.0, QStringLiteral("SKU at W1"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setReason(QStringLiteral("customer order"));
        QVERIFY(ok->isEnabled());
        Forecast::Override o = dialog.result();
        QCOMPARE(o.startDay, 20007);
        QCOMPARE(o.endDay, 20014);
        QCOMPARE(o.mode, Forecast::Override::Mode::Set);
        QCOMPARE(o.value, 55.0);
        QCOMPARE(o.reason, QStringLiteral("customer order"));
        dialog.setScale(1.5);
        QCOMPARE(dialog.result().mode, Forecast::Override::Mode::Scale);
        QCOMPARE(dialog.result().value, 1.5);
        screenshot(&dialog, QStringLiteral("override-dialog"));
    }

    void accuracyOfABackcast()
    {
        // A forecast as of 13 weeks ago, then the accuracy view measures it.
        ForecastView forecasts(m_store.get());
        auto *asOf = forecasts.findChild<QCheckBox *>();
        QVERIFY(asOf);
        asOf->setChecked(true); // the date defaults to one horizon before the history's end
        QSignalSpy finished(&forecasts, &ForecastView::runFinished);
        forecasts.startRun();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().toBool());

        AccuracyView view(m_store.get());
        view.resize(1400, 900);
        view.show();
        QAbstractItemModelTester tester(view.accuracyModel());
        QSignalSpy evaluated(&view, &AccuracyView::evaluated);
        view.evaluate();
        QVERIFY(evaluated.wait(60000));
        QVERIFY(evaluated.first().first().toBool());
        QTRY_VERIFY(view.accuracyModel()->rowCount() > 0);
        QVERIFY(view.shownRun() > 0);
        // Largest error first.
        const auto first = view.accuracyModel()->row(0).metrics.absError;
        for (int r = 1; r < view.accuracyModel()->rowCount(); ++r)
            QVERIFY(view.accuracyModel()->row(r).metrics.absError <= first + 1e-9);
        const double wape = view.accuracyModel()
                                ->index(0, AccuracyTableModel::Wape)
                                .data(Qt::EditRole)
                                .toDouble();
        QVERIFY(wape > 0 && wape < 200);
        QCOMPARE(view.trendPoints(), 1); // one evaluated run so far
        auto *summary = view.findChild<QLabel *>(QStringLiteral("accuracySummary"));
        QVERIFY(summary->text().contains(QStringLiteral("WAPE")));
        screenshot(&view, QStringLiteral("accuracy"));
        view.setLevel(QStringLiteral("series"));
        QVERIFY(view.accuracyModel()->rowCount() > 10);
        QCOMPARE(view.accuracyModel()->row(0).level, QStringLiteral("series"));
        QSignalSpy open(&view, &AccuracyView::showSeriesRequested);
        auto *table = view.findChild<QTableView *>(QStringLiteral("accuracyTable"));
        emit table->doubleClicked(table->model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), view.accuracyModel()->row(0).locationId);
    }
};

QTEST_MAIN(TestForecastView)
#include "tst_forecastview.moc"
