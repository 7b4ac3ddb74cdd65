// The Scenarios area (offscreen): the list and its buttons, the what-if editor (each kind of
// edit through its widgets), Run with progress and Cancel off the GUI thread, the comparison
// (table, chart, per-SKU diff) and files. Every model is checked by QAbstractItemModelTester.
//
// Every change (new, clone, rename, delete, each edit added, removed or changed) goes through the
// undo stack: after undo the stored scenarios are those before, after redo those after.
//
// With STOCKSHIFT_SCREENSHOTS=DIR set, the main window on the Scenarios area (two run scenarios
// compared) is saved there as scenarios.png.
#include "demo/DemoGenerator.h"
#include "forecast/NetworkForecaster.h"
#include "mainwindow/MainWindow.h"
#include "scenario/ScenarioFile.h"
#include "scenario/ScenarioModels.h"
#include "scenario/ScenarioStore.h"
#include "scenario/ScenarioView.h"
#include "scenario/WhatIf.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

template<class T>
T *child(QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

void testers(ScenarioView &view, QObject *owner)
{
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
             view.listModel(), view.editModel(), view.comparisonModel(), view.skuDiffModel()})
        new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     owner);
}

// Runs the shown scenario with the view's Run button and waits for the end.
bool runFromView(ScenarioView &view, const QString &method, double timeLimit)
{
    auto *methodBox = child<QComboBox>(view, "method");
    methodBox->setCurrentIndex(methodBox->findData(method));
    child<QDoubleSpinBox>(view, "timeLimit")->setValue(timeLimit);
    child<QPushButton>(view, "runScenario")->click();
    if (!view.isRunning())
        return false;
    return QTest::qWaitFor([&] { return !view.isRunning(); }, 120000);
}

// Every stored scenario by name, decoded (ids left out of the comparison: a scenario stored again
// after an undone delete gets a new row).
using Snapshot = QMap<QString, Scenarios::Scenario>;

Snapshot snapshot(Storage::Connection &connection)
{
    Snapshot all;
    auto list = Scenarios::listScenarios(connection);
    if (!list)
        return all;
    for (const Scenarios::ScenarioInfo &info : *list)
        if (auto s = Scenarios::loadScenario(connection, info.id))
            all.insert(info.name, *s);
    return all;
}

bool sameSnapshot(const Snapshot &a, const Snapshot &b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!it.value().sameContent(b.value(it.key())))
            return false;
    return true;
}

Status statusOf(const Result<qint64> &result)
{
    if (!result)
        return result.error();
    return {};
}

Scenarios::WhatIfEdit edit(Result<Scenarios::WhatIfEdit> parsed)
{
    return parsed ? *parsed : Scenarios::WhatIfEdit();
}

} // namespace

class TestScenarioView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Storage::DataStore> m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = m_dir.filePath(QStringLiteral("scenarios.db"));
        Demo::DemoSettings settings;
        settings.skus = 16;
        settings.days = 420;
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

    void startsEmpty()
    {
        ScenarioView view(m_store.get());
        testers(view, &view);
        QCOMPARE(view.listModel()->rowCount(), 0);
        QCOMPARE(view.shownScenario(), qint64(-1));
        QVERIFY(!child<QPushButton>(view, "runScenario")->isEnabled());
        QVERIFY(!child<QPushButton>(view, "cloneScenario")->isEnabled());
        QVERIFY(!child<QPushButton>(view, "addDemand")->isEnabled());
        QVERIFY(child<QPushButton>(view, "newScenario")->isEnabled());
        QVERIFY(child<QLabel>(view, "scenarioSummary")
                    ->text()
                    .contains(QStringLiteral("No "
                                             "scenario")));
        // The editor offers what the database holds.
        QVERIFY(child<QComboBox>(view, "demandTarget")->findText(QStringLiteral("North")) >= 0);
        QVERIFY(child<QComboBox>(view, "lane")->count() > 0);
        QVERIFY(child<QComboBox>(view, "supplier")->findText(QStringLiteral("SUP-001")) >= 0);
        QVERIFY(child<QComboBox>(view, "siteTemplate")->findText(QStringLiteral("MFC-CGN-01"))
                >= 0);
    }

    void newAndClone()
    {
        ScenarioView view(m_store.get());
        testers(view, &view);
        child<QPushButton>(view, "newScenario")->click();
        QCOMPARE(view.listModel()->rowCount(), 1);
        const qint64 base = view.shownScenario();
        QVERIFY(base >= 0);
        QCOMPARE(view.scenario().name, QStringLiteral("Scenario"));
        QVERIFY(!view.scenario().sites.empty());
        QVERIFY(child<QPushButton>(view, "runScenario")->isEnabled());
        child<QPushButton>(view, "cloneScenario")->click();
        QCOMPARE(view.listModel()->rowCount(), 2);
        QVERIFY(view.shownScenario() != base);
        QCOMPARE(view.scenario().name, QStringLiteral("Scenario (copy)"));
        QCOMPARE(view.scenario().parentName, QStringLiteral("Scenario"));
        // Rename through the name field.
        auto *name = child<QLineEdit>(view, "scenarioName");
        name->setText(QStringLiteral("North busy"));
        emit name->editingFinished();
        QCOMPARE(view.scenario().name, QStringLiteral("North busy"));
        auto stored = Scenarios::loadScenario(m_store->connection(), view.shownScenario());
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, QStringLiteral("North busy"));
    }

    void editorAddsEdits_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("description");
        QTest::newRow("demand") << "addDemand" << int(Scenarios::EditKind::DemandFactor)
                                << "Demand ×1.30 in region North";
        QTest::newRow("lane") << "addLane" << int(Scenarios::EditKind::CloseLane)
                              << "Lane DC-NAT → HUB-HAM closed";
        QTest::newRow("lead time") << "addLeadTime" << int(Scenarios::EditKind::LeadTimePlus)
                                   << "Supplier SUP-001: lead time +7.0 days";
        QTest::newRow("budget") << "addBudget" << int(Scenarios::EditKind::BudgetFactor)
                                << "Budget -15%";
        QTest::newRow("new site") << "addSite" << int(Scenarios::EditKind::NewSite)
                                  << "New micro-fulfilment site MFC-NEW-01 (like MFC-CGN-01, "
                                     "capacity 5,000, 30% of its demand)";
    }
    void editorAddsEdits()
    {
        QFETCH(QString, button);
        QFETCH(int, kind);
        QFETCH(QString, description);
        ScenarioView view(m_store.get());
        testers(view, &view);
        QVERIFY(view.listModel()->rowCount() > 0);
        QVERIFY(view.showScenario(view.listModel()->idAt(0)));
        const int before = view.editModel()->rowCount();
        child<QComboBox>(view, "demandTarget")->setCurrentText(QStringLiteral("North"));
        child<QDoubleSpinBox>(view, "demandFactor")->setValue(1.3);
        auto *lane = child<QComboBox>(view, "lane");
        lane->setCurrentIndex(lane->findText(QStringLiteral("DC-NAT → HUB-HAM")));
        child<QComboBox>(view, "supplier")->setCurrentText(QStringLiteral("SUP-001"));
        child<QComboBox>(view, "siteTemplate")->setCurrentText(QStringLiteral("MFC-CGN-01"));
        child<QPushButton>(view, qPrintable(button))->click();
        QCOMPARE(view.editModel()->rowCount(), before + 1);
        const QModelIndex last = view.editModel()->index(before, EditListModel::ChangeColumn);
        QCOMPARE(last.data().toString(), description);
        QCOMPARE(last.data(Qt::UserRole).toInt(), kind);
        // Stored at once.
        auto stored = Scenarios::loadScenario(m_store->connection(), view.shownScenario());
        QVERIFY(stored.ok());
        QCOMPARE(int(stored->edits.size()), before + 1);
        QCOMPARE(Scenarios::describeEdit(stored->edits.back()), description);
        // And removable.
        view.findChild<QTableView *>(QStringLiteral("editList"))->setCurrentIndex(last);
        child<QPushButton>(view, "removeEdit")->click();
        QCOMPARE(view.editModel()->rowCount(), before);
    }

    void invalidEditRefused()
    {
        ScenarioView view(m_store.get());
        QVERIFY(view.showScenario(view.listModel()->idAt(0)));
        const int before = view.editModel()->rowCount();
        child<QLineEdit>(view, "siteCode")->setText(QString());
        child<QPushButton>(view, "addSite")->click();
        QCOMPARE(view.editModel()->rowCount(), before);
        QVERIFY(view.statusText().contains(QStringLiteral("needs its own code")));
    }

    void runAndCompare()
    {
        ScenarioView view(m_store.get());
        testers(view, &view);
        // The reference as captured, and a what-if with demand up in the North and a lane shut.
        auto base = view.createFromCurrent(QStringLiteral("Base"));
        QVERIFY(base.ok());
        QVERIFY(runFromView(view, QStringLiteral("greedy"), 10));
        QVERIFY2(view.scenario().results.present, qPrintable(view.statusText()));
        QCOMPARE(view.progressValue(), 100);
        auto busy = view.cloneShown();
        QVERIFY(busy.ok());
        QVERIFY(!view.scenario().results.present);
        QVERIFY(view.addEdit(*Scenarios::parseDemandFactor(QStringLiteral("North=1.5"))).ok());
        QVERIFY(view.addEdit(*Scenarios::parseCloseLane(QStringLiteral("DC-NAT:HUB-HAM"))).ok());
        QVERIFY(runFromView(view, QStringLiteral("greedy"), 10));
        QVERIFY2(view.scenario().results.present, qPrintable(view.statusText()));

        view.selectScenarios({*base, *busy});
        view.setTab(ScenarioView::ComparisonTab);
        ScenarioComparisonModel *c = view.comparisonModel();
        QCOMPARE(c->rowCount(), Scenarios::kMetricCount);
        QCOMPARE(c->columnCount(), 2);
        QCOMPARE(c->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Base"));
        QCOMPARE(view.chartSetCount(), 2);
        QVERIFY(view.skuDiffModel()->rowCount() > 0);
        auto stored = Scenarios::loadScenario(m_store->connection(), *busy);
        QVERIFY(stored.ok());
        for (int m = 0; m < Scenarios::kMetricCount; ++m)
            QCOMPARE(c->index(m, 1).data(Qt::UserRole).toDouble(),
                     Scenarios::metricValue(stored->results.kpis, Scenarios::Metric(m)));
        QVERIFY(c->index(int(Scenarios::Metric::TotalCost), 1).data(Qt::UserRole + 1).toDouble()
                != 0);
        // The list shows what ran.
        const int row = view.listModel()->rowOf(*busy);
        QCOMPARE(view.listModel()->index(row, ScenarioListModel::StatusColumn).data().toString(),
                 QStringLiteral("run"));

        // One scenario selected: nothing to compare.
        view.selectScenarios({*base});
        QCOMPARE(c->rowCount(), 0);
        QVERIFY(view.comparisonMessage().contains(QStringLiteral("two or more")));
    }

    void cancelStopsTheRun()
    {
        ScenarioView view(m_store.get());
        QVERIFY(view.createFromCurrent(QStringLiteral("To cancel")).ok());
        auto *methodBox = child<QComboBox>(view, "method");
        methodBox->setCurrentIndex(methodBox->findData(QStringLiteral("milp")));
        child<QDoubleSpinBox>(view, "timeLimit")->setValue(600);
        QSignalSpy finished(&view, &ScenarioView::runFinished);
        child<QPushButton>(view, "runScenario")->click();
        QVERIFY(view.isRunning());
        QVERIFY(child<QPushButton>(view, "cancelScenario")->isEnabled());
        QVERIFY(!child<QPushButton>(view, "runScenario")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(view.progressValue() > 0, 30000);
        child<QPushButton>(view, "cancelScenario")->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(view.statusText().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(!view.scenario().results.present);
        QVERIFY(child<QPushButton>(view, "runScenario")->isEnabled());
    }

    void files()
    {
        ScenarioView view(m_store.get());
        QVERIFY(view.showScenario(view.listModel()->idAt(0)));
        const Scenarios::Scenario original = view.scenario();
        const int rows = view.listModel()->rowCount();
        for (const QString &name : {QStringLiteral("s.ssc"), QStringLiteral("s.xml")}) {
            const QString path = m_dir.filePath(name);
            QVERIFY(view.saveToFile(path).ok());
            auto id = view.loadFromFile(path);
            QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
            // Opened under a free name, never over the scenario it came from.
            QVERIFY(view.scenario().name != original.name);
            Scenarios::Scenario renamed = view.scenario();
            renamed.name = original.name;
            QVERIFY(renamed.sameContent(original));
        }
        QCOMPARE(view.listModel()->rowCount(), rows + 2);
        // A damaged file is refused with its message and changes nothing.
        QFile damaged(m_dir.filePath(QStringLiteral("damaged.ssc")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        auto bytes = Scenarios::encode(original, Scenarios::Encoding::Binary);
        QVERIFY(bytes.ok());
        damaged.write(bytes->left(80));
        damaged.close();
        auto refused = view.loadFromFile(damaged.fileName());
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("damaged")));
        QCOMPARE(view.listModel()->rowCount(), rows + 2);
    }

    void mainWindowHasTheArea()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.showArea(QStringLiteral("scenarios"));
        auto *view = window.findChild<ScenarioView *>();
        QVERIFY(view);
        QCOMPARE(view->listModel()->rowCount(),
                 int(Scenarios::listScenarios(m_store->connection())->size()));
        // The area fits a 1280-pixel screen beside the navigation.
        QVERIFY(view->minimumSizeHint().width() <= 1000);
    }

    void undoAndRedo_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action :
             {"create", "clone", "rename", "delete", "add demand", "add lane", "add lead time",
              "add budget", "add site", "remove edit", "change demand", "change lead time",
              "change budget", "change site", "change lane"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }
    void undoAndRedo()
    {
        QFETCH(QString, action);
        ScenarioView view(m_store.get());
        testers(view, &view);
        QUndoStack stack;
        view.setUndoStack(&stack);
        QCOMPARE(view.undoStack(), &stack);
        Storage::Connection &connection = m_store->connection();

        // A scenario with one edit of each kind and results, made without the stack.
        const QString baseName = QStringLiteral("Undo ") + action;
        QVERIFY(view.createFromCurrent(baseName).ok());
        for (const Scenarios::WhatIfEdit &e :
             {edit(Scenarios::parseDemandFactor(QStringLiteral("North=1.3"))),
              edit(Scenarios::parseCloseLane(QStringLiteral("DC-NAT:HUB-HAM"))),
              edit(Scenarios::parseLeadTimePlus(QStringLiteral("SUP-001=7"))),
              edit(Scenarios::parseBudgetFactor(QStringLiteral("0.85"))),
              edit(Scenarios::parseNewSite(QStringLiteral("MFC-UNDO:MFC-CGN-01:5000:0.3")))})
            QVERIFY(view.addEdit(e).ok());
        {
            auto base = Scenarios::loadScenario(connection, baseName);
            QVERIFY(base.ok());
            base->results.present = true;
            base->results.ranAt = QStringLiteral("2026-01-05T10:00:00Z");
            base->results.kpis.totalCost = 12345;
            base->results.kpis.fillRate = 0.97;
            QVERIFY(Scenarios::saveScenario(connection, *base).ok());
        }
        view.refreshFromStore(baseName);
        QCOMPARE(view.scenario().name, baseName);
        QVERIFY(view.scenario().results.present);
        stack.clear();

        const Snapshot before = snapshot(connection);
        Status done;
        const auto changed = [&](int row, auto change) {
            Scenarios::WhatIfEdit e = view.scenario().edits.at(std::size_t(row));
            change(e);
            return view.changeEdit(row, e);
        };
        if (action == QLatin1String("create"))
            done = statusOf(view.createFromCurrent(QStringLiteral("Undo new")));
        else if (action == QLatin1String("clone"))
            done = statusOf(view.cloneShown());
        else if (action == QLatin1String("rename"))
            done = view.renameShown(QStringLiteral("Undo renamed"));
        else if (action == QLatin1String("delete"))
            done = view.deleteShown();
        else if (action == QLatin1String("add demand"))
            done = view.addEdit(edit(Scenarios::parseDemandFactor(QStringLiteral("South=0.8"))));
        else if (action == QLatin1String("add lane"))
            done = view.addEdit(edit(Scenarios::parseCloseLane(QStringLiteral("DC-NAT:HUB-MUC"))));
        else if (action == QLatin1String("add lead time"))
            done = view.addEdit(edit(Scenarios::parseLeadTimePlus(QStringLiteral("SUP-002=3"))));
        else if (action == QLatin1String("add budget"))
            done = view.addEdit(edit(Scenarios::parseBudgetFactor(QStringLiteral("1.1"))));
        else if (action == QLatin1String("add site"))
            done = view.addEdit(
                edit(Scenarios::parseNewSite(QStringLiteral("MFC-UNDO-2:MFC-CGN-01:-1:0.5"))));
        else if (action == QLatin1String("remove edit"))
            done = view.removeEdit(1);
        else if (action == QLatin1String("change demand"))
            done = changed(0, [](Scenarios::WhatIfEdit &e) { e.value = 1.5; });
        else if (action == QLatin1String("change lead time"))
            done = changed(2, [](Scenarios::WhatIfEdit &e) { e.value = 14; });
        else if (action == QLatin1String("change budget"))
            done = changed(3, [](Scenarios::WhatIfEdit &e) { e.value = 0.7; });
        else if (action == QLatin1String("change site"))
            done = changed(4, [](Scenarios::WhatIfEdit &e) { e.value = 8000; });
        else if (action == QLatin1String("change lane"))
            done = changed(1, [](Scenarios::WhatIfEdit &e) { e.target2 = QStringLiteral("X"); });
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(stack.count(), 1);
        QVERIFY(!stack.undoText().isEmpty());
        const Snapshot after = snapshot(connection);
        QVERIFY(!sameSnapshot(before, after));
        if (action.startsWith(QLatin1String("add")) || action.startsWith(QLatin1String("change"))
            || action == QLatin1String("remove edit")) {
            // The change cleared the results; the undo brings them back.
            QVERIFY(!after.value(baseName).results.present);
            QCOMPARE(view.scenario().edits.size(), after.value(baseName).edits.size());
        }

        for (int round = 0; round < 2; ++round) {
            stack.undo();
            QVERIFY(sameSnapshot(snapshot(connection), before));
            QCOMPARE(view.listModel()->rowCount(), int(before.size()));
            QVERIFY(view.shownScenario() >= 0);
            QVERIFY(before.contains(view.scenario().name));
            QVERIFY(view.scenario().sameContent(before.value(view.scenario().name)));
            if (action != QLatin1String("create") && action != QLatin1String("clone")) {
                // The scenario concerned is shown again, as it was (results too).
                QCOMPARE(view.scenario().name, baseName);
                QVERIFY(view.scenario().results.present);
                QCOMPARE(view.scenario().results.kpis.totalCost, 12345.0);
            }
            stack.redo();
            QVERIFY(sameSnapshot(snapshot(connection), after));
            QCOMPARE(view.listModel()->rowCount(), int(after.size()));
            if (view.shownScenario() >= 0)
                QVERIFY(view.scenario().sameContent(after.value(view.scenario().name)));
        }
        // The changes are audited, undo and redo too.
        QSqlQuery q(connection.db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                      "'scenario'")));
        QVERIFY(q.next() && q.value(0).toInt() > 0);

        // Leave the store as the other tests expect it.
        stack.clear();
        for (const QString &name : snapshot(connection).keys())
            if (!before.contains(name) || name == baseName)
                QVERIFY(Scenarios::deleteScenario(connection,
                                                  Scenarios::loadScenario(connection, name)->id)
                            .ok());
    }

    void refusedChangesAreNotPushed()
    {
        ScenarioView view(m_store.get());
        QUndoStack stack;
        view.setUndoStack(&stack);
        QVERIFY(view.showScenario(view.listModel()->idAt(0)));
        const QString taken = view.listModel()->data(view.listModel()->index(1, 0)).toString();
        QVERIFY(!taken.isEmpty());
        QVERIFY(!view.renameShown(taken).ok());
        QVERIFY(!view.removeEdit(99).ok());
        QVERIFY(!view.changeEdit(99, Scenarios::WhatIfEdit()).ok());
        QCOMPARE(stack.count(), 0);
    }

    void mainWindowUndoesScenarioEdits()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        auto *view = window.findChild<ScenarioView *>();
        QVERIFY(view);
        QCOMPARE(view->undoStack(), window.undoStack());
        const int rows = view->listModel()->rowCount();
        QVERIFY(view->createFromCurrent(QStringLiteral("From the main window")).ok());
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(view->listModel()->rowCount(), rows + 1);
        window.undoStack()->undo();
        QCOMPARE(view->listModel()->rowCount(), rows);
        QVERIFY(
            !Scenarios::loadScenario(m_store->connection(), QStringLiteral("From the main window"))
                 .ok());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("STOCKSHIFT_SCREENSHOTS is not set");
        // A fresh database so the list shows a clean story.
        const QString db = m_dir.filePath(QStringLiteral("screenshot.db"));
        QVERIFY(Scenarios::copyDatabase(m_db, db).ok()); // consistent, WAL included
        {
            auto c = Storage::Connection::open(db);
            QVERIFY(c.ok());
            auto list = Scenarios::listScenarios(**c);
            QVERIFY(list.ok());
            for (const Scenarios::ScenarioInfo &i : *list)
                QVERIFY(Scenarios::deleteScenario(**c, i.id).ok());
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(db));
        window.showArea(QStringLiteral("scenarios"));
        auto *view = window.findChild<ScenarioView *>();
        QVERIFY(view);
        auto base = view->createFromCurrent(QStringLiteral("Base plan"));
        QVERIFY(base.ok());
        QVERIFY(runFromView(*view, QStringLiteral("milp"), 10));
        auto busy = view->cloneShown();
        QVERIFY(busy.ok());
        QVERIFY(view->renameShown(QStringLiteral("North +20%, lane closed")).ok());
        QVERIFY(view->addEdit(*Scenarios::parseDemandFactor(QStringLiteral("North=1.2"))).ok());
        QVERIFY(view->addEdit(*Scenarios::parseCloseLane(QStringLiteral("DC-NAT:HUB-HAM"))).ok());
        QVERIFY(view->addEdit(*Scenarios::parseLeadTimePlus(QStringLiteral("SUP-001=7"))).ok());
        QVERIFY(runFromView(*view, QStringLiteral("milp"), 10));
        auto site = view->cloneShown();
        QVERIFY(site.ok());
        QVERIFY(view->renameShown(QStringLiteral("New MFC in the West")).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(view->removeEdit(0).ok());
        QVERIFY(view->addEdit(*Scenarios::parseNewSite(QStringLiteral("MFC-KOE-02:MFC-CGN-01:"
                                                                      "6000:0.4")))
                    .ok());
        QVERIFY(view->addEdit(*Scenarios::parseBudgetFactor(QStringLiteral("0.85"))).ok());
        QVERIFY(runFromView(*view, QStringLiteral("milp"), 10));
        view->selectScenarios({*base, *busy, *site});
        view->setTab(ScenarioView::ComparisonTab);
        QTest::qWait(300);
        window.grab().save(dir + QStringLiteral("/scenarios.png"));
        view->setTab(ScenarioView::WhatIfTab);
        view->selectScenarios({*busy});
        QTest::qWait(200);
        window.grab().save(dir + QStringLiteral("/scenarios-whatif.png"));
    }
};

QTEST_MAIN(TestScenarioView)
#include "tst_scenarioview.moc"
