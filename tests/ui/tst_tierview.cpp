// The Fulfilment tiers area driven offscreen: the network read off the GUI thread, the models
// under QAbstractItemModelTester, edits through the model with their validation shown in the
// cells, undone and redone on the undo stack, the threshold mode, the map of which location
// serves which region, the routing simulation run from its button (finished and cancelled),
// saving versions, export and import (a hostile file refused), and the area in the main window.
//
// With STOCKSHIFT_SCREENSHOTS=DIR set, the main window on the tiers area is saved there as
// tiers.png (STOCKSHIFT_TIERS_DB=FILE shows that database instead of the test network).
#include "demo/DemoGenerator.h"
#include "forecast/NetworkForecaster.h"
#include "mainwindow/MainWindow.h"
#include "storage/DataStore.h"
#include "tiers/TierMapWidget.h"
#include "tiers/TierModels.h"
#include "tiers/TierStore.h"
#include "tiers/TierView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

constexpr int kTimeout = 120000;

bool hasIssue(const TierView &view, const QString &code)
{
    return std::any_of(view.issues().begin(), view.issues().end(),
                       [&code](const Tiers::Issue &i) { return i.code == code; });
}

} // namespace

class TestTierView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Storage::DataStore> m_store;

    void waitForNetwork(TierView &view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(view.isNetworkLoaded() && !view.isLoading(), kTimeout);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        m_db = m_dir.filePath(QStringLiteral("tiers.db"));
        Demo::DemoSettings settings;
        settings.skus = 30;
        settings.days = 240;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(m_db).ok());
        Forecast::NetworkForecastSettings forecast;
        forecast.databasePath = m_db;
        forecast.thoroughSeries = 0;
        auto run = Forecast::runNetworkForecast(forecast);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }

    void loadsAndAssigns()
    {
        TierView view(m_store.get());
        QAbstractItemModelTester definitions(
            view.definitionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester results(view.resultModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The definitions are there at once (no stored version: the built-in tiers).
        QCOMPARE(view.definitionModel()->rowCount(), 4);
        QCOMPARE(view.config().version, 0);
        waitForNetwork(view);
        QAbstractItemModelTester platinum(view.assignmentModel(0),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.tierTabs()->count(), 4);
        QCOMPARE(view.tierTabs()->tabText(0), QStringLiteral("Platinum"));
        // The demo's customers live in the four hub regions; every one served by every tier.
        QCOMPARE(view.assignmentModel(0)->rowCount(), 4);
        QVERIFY2(!Tiers::hasErrors(view.issues()),
                 qPrintable(view.issues().empty() ? QString() : view.issues().front().message));
        for (int r = 0; r < 4; ++r) {
            const QString primary
                = view.assignmentModel(0)->index(r, TierAssignmentModel::Primary).data().toString();
            QVERIFY(!primary.isEmpty() && primary != QStringLiteral("—"));
            QVERIFY(view.assignmentModel(0)
                        ->index(r, TierAssignmentModel::Status)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("OK")));
        }
        // The map shows the selected tier: one marker per region, lines from its locations.
        QCOMPARE(view.map()->serving().size(), 4);
        QVERIFY(view.map()->servingTitle().startsWith(QStringLiteral("Platinum")));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.map()->drawnLineCount() >= 4);
        QPointF point;
        QVERIFY(view.map()->regionPoint(QStringLiteral("North"), &point));
        view.tierTabs()->setCurrentIndex(1);
        QVERIFY(view.map()->servingTitle().startsWith(QStringLiteral("Gold")));
    }

    void editsValidatedAndUndone()
    {
        TierView view(m_store.get());
        QUndoStack stack;
        view.setUndoStack(&stack);
        waitForNetwork(view);
        TierDefinitionModel *model = view.definitionModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester regions(view.assignmentModel(0),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *save = view.findChild<QPushButton *>(QStringLiteral("saveTiers"));
        QVERIFY(save->isEnabled());
        // Gold's threshold above Platinum's: the cell turns red with the message.
        const QModelIndex gold = model->index(1, TierDefinitionModel::Threshold);
        QVERIFY(model->setData(gold, 95.0));
        QCOMPARE(view.config().tiers[1].threshold, 95.0);
        QVERIFY(hasIssue(view, QStringLiteral("threshold-order")));
        QCOMPARE(gold.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Thresholds must fall from tier to tier: Platinum (90) must be "
                                "above Gold (95)."));
        QVERIFY(gold.data(Qt::BackgroundRole).isValid());
        QVERIFY(!save->isEnabled());
        QVERIFY(view.issueList()->count() >= 1);
        QCOMPARE(view.issueList()->item(0)->text(),
                 QStringLiteral("Thresholds must fall from tier to tier: Platinum (90) must be "
                                "above Gold (95)."));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(view.config().tiers[1].threshold, 50.0);
        QVERIFY(!hasIssue(view, QStringLiteral("threshold-order")));
        QVERIFY(!gold.data(Qt::BackgroundRole).isValid());
        QVERIFY(save->isEnabled());
        stack.redo();
        QCOMPARE(view.config().tiers[1].threshold, 95.0);
        stack.undo();

        // A promise no location keeps: the regions' rows say so.
        QVERIFY(model->setData(model->index(0, TierDefinitionModel::Promise), 0.25));
        QVERIFY(hasIssue(view, QStringLiteral("promise-unachievable")));
        const QString status
            = view.assignmentModel(0)->index(0, TierAssignmentModel::Status).data().toString();
        QVERIFY2(status.startsWith(QStringLiteral("Platinum promises 0.25 days in region")),
                 qPrintable(status));
        stack.undo();
        QVERIFY(!hasIssue(view, QStringLiteral("promise-unachievable")));

        // The option through its edit value, the express box through its check state.
        QVERIFY(model->setData(model->index(1, TierDefinitionModel::Option),
                               QStringLiteral("fastest")));
        QCOMPARE(view.config().tiers[1].option, Tiers::FulfilmentOption::Fastest);
        QVERIFY(!model->setData(model->index(1, TierDefinitionModel::Option),
                                QStringLiteral("teleport")));
        QVERIFY(model->setData(model->index(2, TierDefinitionModel::Express), Qt::Checked,
                               Qt::CheckStateRole));
        QVERIFY(view.config().tiers[2].allowExpress);
        // Not editable: the overflow tier's threshold.
        QVERIFY(
            !(model->flags(model->index(3, TierDefinitionModel::Threshold)) & Qt::ItemIsEditable));
        QCOMPARE(stack.count(), 2);

        // The threshold mode from its combo box, undoable too.
        auto *mode = view.findChild<QComboBox *>(QStringLiteral("thresholdMode"));
        mode->setCurrentIndex(1);
        emit mode->activated(1);
        QCOMPARE(view.config().thresholdMode, Tiers::ThresholdMode::Score);
        QCOMPARE(model->headerData(TierDefinitionModel::Threshold, Qt::Horizontal).toString(),
                 QStringLiteral("CLTV score"));
        stack.undo();
        QCOMPARE(view.config().thresholdMode, Tiers::ThresholdMode::Percentile);
        QCOMPARE(mode->currentIndex(), 0);
        while (stack.canUndo())
            stack.undo();
        QVERIFY(view.config().tiers == Tiers::TierConfig::defaults().tiers);
    }

    void simulationRunsAndCancels()
    {
        TierView view(m_store.get());
        waitForNetwork(view);
        QAbstractItemModelTester results(view.resultModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *run = view.findChild<QPushButton *>(QStringLiteral("runSimulation"));
        auto *cancel = view.findChild<QPushButton *>(QStringLiteral("cancelSimulation"));
        QVERIFY(run->isEnabled());
        QVERIFY(!cancel->isEnabled());
        view.findChild<QSpinBox *>(QStringLiteral("simulationOrders"))->setValue(500);
        QSignalSpy finished(&view, &TierView::simulationFinished);
        run->click();
        QVERIFY(view.isSimulating() || !finished.isEmpty());
        QVERIFY(finished.wait(kTimeout) || !finished.isEmpty());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // Six policies, each with its tiers and a total.
        QVERIFY(view.resultModel()->rowCount() >= 6 * 2);
        QCOMPARE(view.resultModel()->index(0, SimulationResultModel::Policy).data().toString(),
                 QStringLiteral("Nearest with stock"));
        QVERIFY(view.statusText().startsWith(QStringLiteral("500 orders")));
        // The tiered policy checked the assignments: kept with the configuration.
        QVERIFY(!view.config().check.empty());
        QVERIFY(run->isEnabled());

        // A long run, cancelled from its button.
        view.findChild<QSpinBox *>(QStringLiteral("simulationOrders"))->setValue(1000000);
        finished.clear();
        run->click();
        QVERIFY(view.isSimulating());
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(finished.wait(kTimeout) || !finished.isEmpty());
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(view.statusText(), QStringLiteral("Cancelled."));
        QVERIFY(!view.isSimulating());
        QVERIFY(view.resultModel()->rowCount() > 0); // the earlier results stay
    }

    void saveExportImport()
    {
        TierView view(m_store.get());
        waitForNetwork(view);
        QVERIFY(view.saveVersion().ok());
        const int version = view.config().version;
        QVERIFY(version >= 1);
        auto stored = Tiers::load(m_store->connection());
        QVERIFY(stored.ok());
        QCOMPARE(stored->version, version);
        QVERIFY(stored->assignments == view.config().assignments);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("tierTitle"))
                    ->text()
                    .contains(QStringLiteral("version %1").arg(version)));

        const QString path = m_dir.filePath(QStringLiteral("tiers.json"));
        QVERIFY(view.exportJson(path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QCOMPARE(bytes, view.config().toJsonBytes());
        // A new view opens on the stored version.
        TierView reopened(m_store.get());
        QCOMPARE(reopened.config().version, version);

        // Import a changed document: its definitions, undoable.
        QUndoStack stack;
        view.setUndoStack(&stack);
        QByteArray changed = bytes;
        changed.replace("\"promiseDays\": 5", "\"promiseDays\": 4");
        const QString changedPath = m_dir.filePath(QStringLiteral("changed.json"));
        QFile out(changedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        QVERIFY(view.importJson(changedPath).ok());
        QCOMPARE(view.config().tiers[2].promiseDays, 4.0);
        QVERIFY(view.isModified());
        stack.undo();
        QCOMPARE(view.config().tiers[2].promiseDays, 5.0);

        // A hostile file is refused with the reason; nothing changes.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"format\": \"stockshift-tier-config\", \"formatVersion\": 1, \"tiers\": 7}");
        b.close();
        const auto refused = view.importJson(bad);
        QVERIFY(!refused.ok());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("tierMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Not imported: The tier configuration does not "
                                               "match its schema")));
        QCOMPARE(view.config().tiers[2].promiseDays, 5.0);
        QCOMPARE(stack.count(), 1);
    }

    void inMainWindow()
    {
        MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openDatabase(m_db));
        window.showArea(QStringLiteral("tiers"));
        auto *view = window.findChild<TierView *>();
        QVERIFY(view);
        QVERIFY(view->isVisibleTo(&window));
        QCOMPARE(view->undoStack(), window.undoStack());
        waitForNetwork(*view);
        QVERIFY(view->definitionModel()->setData(
            view->definitionModel()->index(0, TierDefinitionModel::Reserve), 20.0));
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(view->config().tiers[0].capacityReservePct, 10.0);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("STOCKSHIFT_SCREENSHOTS is not set");
        const QString db = qEnvironmentVariableIsEmpty("STOCKSHIFT_TIERS_DB")
                               ? m_db
                               : qEnvironmentVariable("STOCKSHIFT_TIERS_DB");
        MainWindow window;
        window.resize(1500, 940);
        window.show();
        QVERIFY(window.openDatabase(db));
        window.showArea(QStringLiteral("tiers"));
        auto *view = window.findChild<TierView *>();
        QVERIFY(view);
        waitForNetwork(*view);
        QSignalSpy finished(view, &TierView::simulationFinished);
        view->findChild<QPushButton *>(QStringLiteral("runSimulation"))->click();
        QVERIFY(finished.wait(kTimeout) || !finished.isEmpty());
        view->tierTabs()->setCurrentIndex(0);
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QStringLiteral("/tiers.png")));
    }
};

QTEST_MAIN(TestTierView)
#include "tst_tierview.moc"
