// The Plans area driven offscreen: plans run from the view off the GUI thread (rules, a MILP
// with live progress, a cancelled MILP), the models under QAbstractItemModelTester, the
// explanation in words, the review (approve / reject / edit) through the undo stack against the
// database, frozen lines refused, the comparison with the baselines in simulation, the flows on
// the map (the area's own and the main window's), deleting a plan, and money in the company
// currency (the tables, header, costs, explanation and charts; a new currency once announced).
//
// With STOCKSHIFT_SCREENSHOTS=DIR set, the main window is saved there as plans.png and
// plan-comparison.png; STOCKSHIFT_PLAN_DB=FILE shows that database (the full demo, forecast
// already run) instead of the small test network, STOCKSHIFT_PLAN_TIME_LIMIT its MILP's limit.
#include "common/Money.h"
#include "demo/DemoGenerator.h"
#include "export/ExportSettings.h"
#include "forecast/NetworkForecaster.h"
#include "mainwindow/MainWindow.h"
#include "network/NetworkMapWidget.h"
#include "plan/PlanCharts.h"
#include "plan/PlanComparisonPanel.h"
#include "plan/PlanExplanation.h"
#include "plan/PlanInput.h"
#include "plan/PlanModels.h"
#include "plan/PlanRunPanel.h"
#include "plan/PlanStore.h"
#include "plan/PlanView.h"
#include "plan/Planner.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <cmath>
#include <set>

using namespace Stockshift;
using namespace Stockshift::Ui;

namespace {

constexpr int kTimeout = 180000;

const QRegularExpression kNotANumber(QStringLiteral("\\b(nan|inf|-inf|infinity)\\b"),
                                     QRegularExpression::CaseInsensitiveOption);

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the charts lay out their axes
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Runs a plan from the view's runner (its buttons) and waits; the stored plan's id or −1.
qint64 runFromView(PlanView &view, const PlanRunParameters &parameters, bool *cancelled = nullptr)
{
    PlanRunPanel *panel = view.runPanel();
    panel->setParameters(parameters);
    QSignalSpy finished(panel, &PlanRunPanel::runFinished);
    auto *run = panel->findChild<QPushButton *>(QStringLiteral("runPlan"));
    if (!run || !run->isEnabled())
        return -2;
    run->click();
    if (!panel->isRunning() && finished.isEmpty())
        return -3;
    if (finished.isEmpty() && !finished.wait(kTimeout))
        return -4;
    if (cancelled)
        *cancelled = finished.first().at(1).toBool();
    return finished.first().first().toLongLong();
}

PlanRunParameters parameters(Plan::PlanKind kind, const QString &method, double timeLimit = 15)
{
    PlanRunParameters p;
    p.kind = kind;
    p.method = method;
    p.timeLimitSeconds = timeLimit;
    return p;
}

} // namespace

class TestPlanView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Storage::DataStore> m_store;
    qint64 m_greedyTransfers = -1, m_joint = -1, m_milp = -1;

    QString scalarText(const QString &sql)
    {
        QSqlQuery q(m_store->connection().db());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    QString lineStatus(qint64 plan, int line)
    {
        return scalarText(QStringLiteral("SELECT status FROM plan_lines WHERE plan_id = %1 AND "
                                         "line = %2")
                              .arg(plan)
                              .arg(line));
    }
    double lineQuantity(qint64 plan, int line)
    {
        return scalarText(QStringLiteral("SELECT quantity FROM plan_lines WHERE plan_id = %1 "
                                         "AND line = %2")
                              .arg(plan)
                              .arg(line))
            .toDouble();
    }
    Plan::PlanData stored(qint64 plan)
    {
        auto loaded = Plan::loadPlan(m_store->connection(), plan);
        return loaded ? std::move(loaded.value()) : Plan::PlanData();
    }
    // A plan made from the view once and shared by the later tests.
    qint64 ensurePlan(qint64 &id, const PlanRunParameters &p)
    {
        if (id > 0)
            return id;
        PlanView view(m_store.get());
        id = runFromView(view, p);
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StockshiftTest"));
        m_db = m_dir.filePath(QStringLiteral("plans.db"));
        Demo::DemoSettings settings;
        settings.skus = 16;
        settings.days = 420;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(m_db).ok());
        Forecast::NetworkForecastSettings forecast;
        forecast.databasePath = m_db;
        forecast.thoroughSeries = 0; // the fast methods are enough to have a forecast run
        auto run = Forecast::runNetworkForecast(forecast);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        auto store = Storage::DataStore::open(m_db);
        QVERIFY(store.ok());
        m_store = std::move(store.value());
    }

    void startsWithNoPlans()
    {
        PlanView view(m_store.get());
        QCOMPARE(view.planModel()->rowCount(), 0);
        QCOMPARE(view.shownPlan(), qint64(-1));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("planHeader"))
                    ->text()
                    .contains(QStringLiteral("No plans yet")));
        QCOMPARE(view.map()->drawnFlowCount(), 0);
    }

    void ruleRunStoresThePlan_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("method");
        QTest::newRow("transfers, greedy") << int(Plan::PlanKind::Transfers) << "greedy";
        QTest::newRow("purchases, reorder point") << int(Plan::PlanKind::Replenishment) << "rop";
        QTest::newRow("joint, greedy + reorder point") << int(Plan::PlanKind::Joint) << "greedy";
    }

    void ruleRunStoresThePlan()
    {
        QFETCH(int, kind);
        QFETCH(QString, method);
        PlanView view(m_store.get());
        view.resize(1400, 900);
        view.show();
        const int before = view.planModel()->rowCount();
        const qint64 id = runFromView(view, parameters(Plan::PlanKind(kind), method));
        QVERIFY2(id > 0, qPrintable(view.runPanel()->statusText()));
        if (kind == int(Plan::PlanKind::Transfers))
            m_greedyTransfers = id;
        if (kind == int(Plan::PlanKind::Joint))
            m_joint = id;
        // Listed, shown, and the tables hold exactly the stored lines.
        QCOMPARE(view.planModel()->rowCount(), before + 1);
        QCOMPARE(view.shownPlan(), id);
        const Plan::PlanData plan = stored(id);
        QCOMPARE(plan.header.method, method);
        QCOMPARE(int(plan.header.kind), kind);
        QVERIFY(!plan.lines.empty());
        int transfers = 0, purchases = 0;
        for (const Plan::PlanLine &l : plan.lines) {
            if (l.type == Plan::LineType::Transfer) {
                const int row = view.transferModel()->rowOf(l.line);
                QVERIFY(row >= 0);
                const Plan::PlanLine &shown = view.transferModel()->line(row);
                QCOMPARE(shown.skuCode, l.skuCode);
                QCOMPARE(shown.fromCode, l.fromCode);
                QCOMPARE(shown.toCode, l.toCode);
                QCOMPARE(shown.quantity, l.quantity);
                ++transfers;
            } else {
                const QModelIndex index = view.purchaseModel()->indexOfLine(l.line);
                QVERIFY(index.isValid());
                QCOMPARE(view.purchaseModel()->line(index)->quantity, l.quantity);
                ++purchases;
            }
        }
        QCOMPARE(view.transferModel()->rowCount(), transfers);
        QCOMPARE(plan.header.totals.transferLines, transfers);
        QCOMPARE(plan.header.totals.purchaseLines, purchases);
        // The rules are deterministic: the engine on a fresh input gives the same lines.
        auto connection = Storage::Connection::open(m_db);
        QVERIFY(connection.ok());
        auto input = Planning::buildPlanInput(**connection, {});
        QVERIFY(input.ok());
        Planning::PlannerSettings settings;
        settings.kind = Plan::PlanKind(kind);
        settings.method = method;
        auto expected = Planning::makePlan(*input, settings);
        QVERIFY(expected.ok());
        QCOMPARE(expected->lines.size(), plan.lines.size());
        for (std::size_t i = 0; i < plan.lines.size(); ++i) {
            QCOMPARE(plan.lines[i].skuCode, expected->lines[i].skuCode);
            QCOMPARE(plan.lines[i].toCode, expected->lines[i].toCode);
            QCOMPARE(plan.lines[i].quantity, expected->lines[i].quantity);
        }
        // Purchase orders: every line under an order under its supplier.
        if (purchases > 0) {
            QVERIFY(view.purchaseModel()->supplierCount() > 0);
            QVERIFY(view.purchaseModel()->orderCount() >= view.purchaseModel()->supplierCount());
        }
    }

    void milpRunReportsProgress()
    {
        PlanView view(m_store.get());
        view.resize(1400, 900);
        view.show();
        QElapsedTimer timer;
        timer.start();
        const qint64 id
            = runFromView(view, parameters(Plan::PlanKind::Transfers, QStringLiteral("milp"), 10));
        const qint64 ms = timer.elapsed();
        QVERIFY2(id > 0, qPrintable(view.runPanel()->statusText()));
        m_milp = id;
        qInfo("MILP transfer plan from the view: %lld ms, %d progress reports", ms,
              view.runPanel()->progressReports());
        QVERIFY(ms < 60000);
        QVERIFY(view.runPanel()->progressReports() > 0);
        const Solvers::SolverProgress last = view.runPanel()->lastProgress();
        QVERIFY(std::isfinite(last.incumbent));
        QVERIFY(std::isfinite(last.bestBound));
        QVERIFY(last.elapsedSeconds >= 0);
        QVERIFY(view.runPanel()->statusText().contains(QStringLiteral("Plan %1").arg(id)));
        QVERIFY(!view.runPanel()->statusText().contains(kNotANumber));
        const Plan::PlanData plan = stored(id);
        QCOMPARE(plan.header.method, QStringLiteral("milp"));
        QVERIFY(std::isfinite(plan.header.bound));
        QVERIFY(std::isfinite(plan.header.gap));
        QCOMPARE(view.shownPlan(), id);
        // The header shows the solver's own note (how the answer came about).
        const QString header = view.findChild<QLabel *>(QStringLiteral("planHeader"))->text();
        QVERIFY2(header.contains(plan.header.note.toHtmlEscaped()), qPrintable(header));
        QVERIFY(!header.contains(kNotANumber));
    }

    void cancelKeepsTheBestPlanOrSaysNone()
    {
        PlanView view(m_store.get());
        view.show();
        PlanRunPanel *panel = view.runPanel();
        panel->setParameters(parameters(Plan::PlanKind::Joint, QStringLiteral("milp"), 120));
        QSignalSpy finished(panel, &PlanRunPanel::runFinished);
        panel->findChild<QPushButton *>(QStringLiteral("runPlan"))->click();
        QVERIFY(panel->isRunning());
        // Cancel while CBC is at work: a joint plan of this network takes it well over a minute.
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().startsWith(QStringLiteral("Solving"))
                                     || !finished.isEmpty(),
                                 60000);
        QTest::qWait(3000);
        const int plansBefore = int(Plan::listPlans(m_store->connection())->size());
        QElapsedTimer timer;
        timer.start();
        auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelPlan"));
        if (finished.isEmpty()) {
            QVERIFY(cancel->isEnabled());
            cancel->click();
        }
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        qInfo("Cancel to finished: %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 30000);
        QVERIFY(!panel->isRunning());
        QVERIFY(!cancel->isEnabled());
        const qint64 id = finished.first().first().toLongLong();
        qInfo("%s", qPrintable(panel->statusText()));
        if (id > 0) {
            const Plan::PlanData plan = stored(id);
            QCOMPARE(plan.header.method, QStringLiteral("milp"));
            QCOMPARE(int(Plan::listPlans(m_store->connection())->size()), plansBefore + 1);
            QVERIFY(panel->statusText().contains(QStringLiteral("plan %1").arg(id))
                    || panel->statusText().contains(QStringLiteral("Plan %1").arg(id)));
            QCOMPARE(view.shownPlan(), id);
        } else {
            QVERIFY2(panel->statusText().contains(QStringLiteral("nothing was stored")),
                     qPrintable(panel->statusText()));
        }
        // And the runner runs again afterwards.
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("runPlan"))->isEnabled());
    }

    void modelsPassTheTester()
    {
        QVERIFY(ensurePlan(m_joint, parameters(Plan::PlanKind::Joint, QStringLiteral("greedy")))
                > 0);
        QVERIFY(
            ensurePlan(m_milp, parameters(Plan::PlanKind::Transfers, QStringLiteral("milp"), 10))
            > 0);
        PlanView view(m_store.get());
        view.show();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester plans(view.planModel(), mode);
        QAbstractItemModelTester transfers(view.transferModel(), mode);
        QAbstractItemModelTester filter(view.transferFilter(), mode);
        QAbstractItemModelTester purchases(view.purchaseModel(), mode);
        QAbstractItemModelTester comparison(view.comparisonPanel()->model(), mode);
        // Switch plans (resets), filter and sort, review (in-place updates), compare.
        QVERIFY(view.showPlan(m_joint));
        QVERIFY(view.purchaseModel()->rowCount() > 0);
        view.transferFilter()->setSearch(QStringLiteral("ST-"));
        view.transferFilter()->setStatus(int(Plan::LineStatus::Proposed));
        view.transferFilter()->sort(TransferLineModel::Quantity, Qt::DescendingOrder);
        view.transferFilter()->setSearch(QString());
        view.transferFilter()->setStatus(-1);
        const Plan::PlanData joint = stored(m_joint);
        int purchase = -1;
        for (const Plan::PlanLine &l : joint.lines)
            if (l.type == Plan::LineType::Purchase)
                purchase = l.line;
        QVERIFY(purchase > 0);
        QVERIFY(view.setLineStatus({purchase}, Plan::LineStatus::Rejected).ok());
        QVERIFY(view.setLineStatus({purchase}, Plan::LineStatus::Proposed).ok());
        QVERIFY(view.showPlan(m_milp));
        QSignalSpy compared(view.comparisonPanel(), &PlanComparisonPanel::comparisonFinished);
        view.comparisonPanel()->compare();
        QVERIFY(compared.wait(kTimeout));
        QVERIFY(compared.first().first().toBool());
        QVERIFY(view.comparisonPanel()->model()->rowCount() > 1);
        QVERIFY(view.showPlan(m_joint));
        view.reload();
    }

    void explanationInWords_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("milp transfer") << "milp";
        QTest::newRow("greedy transfer") << "greedy";
        QTest::newRow("purchase") << "purchase";
    }

    void explanationInWords()
    {
        QFETCH(QString, which);
        QVERIFY(
            ensurePlan(m_milp, parameters(Plan::PlanKind::Transfers, QStringLiteral("milp"), 10))
            > 0);
        QVERIFY(ensurePlan(m_greedyTransfers,
                           parameters(Plan::PlanKind::Transfers, QStringLiteral("greedy")))
                > 0);
        QVERIFY(ensurePlan(m_joint, parameters(Plan::PlanKind::Joint, QStringLiteral("greedy")))
                > 0);
        const qint64 planId = which == QLatin1String("milp")     ? m_milp
                              : which == QLatin1String("greedy") ? m_greedyTransfers
                                                                 : m_joint;
        PlanView view(m_store.get());
        view.resize(1400, 900);
        view.show();
        QVERIFY(view.showPlan(planId));
        const Plan::PlanData plan = stored(planId);
        const auto type = which == QLatin1String("purchase") ? Plan::LineType::Purchase
                                                             : Plan::LineType::Transfer;
        const Plan::PlanLine *line = nullptr;
        for (const Plan::PlanLine &l : plan.lines)
            if (l.type == type && !line)
                line = &l;
        QVERIFY(line);
        QVERIFY(view.selectLine(line->line));
        QCOMPARE(view.tab(), type == Plan::LineType::Purchase ? PlanView::PurchasesTab
                                                              : PlanView::TransfersTab);
        const QString text = view.explanationText();
        QVERIFY2(text.contains(line->toCode), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text)); // never raw JSON
        QVERIFY(!text.contains(kNotANumber));
        // The words come from `why`: the MILP's deficit, the rule's own reasoning.
        if (which == QLatin1String("milp")) {
            QVERIFY2(text.contains(QStringLiteral("Without this transfer")), qPrintable(text));
            QVERIFY(text.contains(line->fromCode));
            QVERIFY(text.contains(QStringLiteral("Moving costs")));
        } else if (which == QLatin1String("greedy")) {
            QVERIFY2(text.contains(QStringLiteral("greedy rule")), qPrintable(text));
        } else {
            QVERIFY2(text.contains(QStringLiteral("reorder point")), qPrintable(text));
        }
        // The map marks the selected line's lane.
        if (type == Plan::LineType::Transfer)
            QVERIFY(view.map()->drawnFlowCount() > 0);
    }

    void explanationWithoutNumbersStaysInWords()
    {
        // A line whose why lacks figures (an older planner, a partial record): words, no 0/nan.
        Plan::PlanHeader header;
        header.startDay = 20000;
        header.horizon = 4;
        Plan::PlanLine line;
        line.skuCode = QStringLiteral("SKU-1");
        line.fromCode = QStringLiteral("HUB-A");
        line.toCode = QStringLiteral("ST-B");
        line.quantity = line.proposedQuantity = 120;
        line.shipDay = 20000;
        line.arrivalDay = 20009;
        line.why = QJsonObject{
            {QStringLiteral("deficit"), QJsonObject{{QStringLiteral("unmetWithout"), 120},
                                                    {QStringLiteral("safetyStock"), 40}}},
            {QStringLiteral("binding"), QJsonArray{QStringLiteral("lane-capacity")}}};
        const QString text = PlanExplanation::paragraphs(line, header, QStringLiteral("EUR"))
                                 .join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("ST-B would miss 120 units of forecast demand in "
                                              "weeks 2–4 (safety stock 40)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("capacity is fully used")));
        QVERIFY(!text.contains(kNotANumber));
        QVERIFY(
            !PlanExplanation::html(line, header, QStringLiteral("EUR")).contains(QLatin1Char('{')));
    }

    void explanationWritesMoneyInTheCurrency_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::newRow("EUR en_US") << QStringLiteral("EUR") << QStringLiteral("en_US");
        QTest::newRow("USD de_DE") << QStringLiteral("USD") << QStringLiteral("de_DE");
        QTest::newRow("CHF fr_FR") << QStringLiteral("CHF") << QStringLiteral("fr_FR");
        QTest::newRow("no currency") << QString() << QStringLiteral("en_US");
    }

    void explanationWritesMoneyInTheCurrency()
    {
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        Plan::PlanHeader header;
        header.startDay = 20000;
        header.horizon = 4;
        Plan::PlanLine line;
        line.type = Plan::LineType::Transfer;
        line.skuCode = QStringLiteral("SKU-1");
        line.fromCode = QStringLiteral("HUB-A");
        line.toCode = QStringLiteral("ST-B");
        line.quantity = line.proposedQuantity = 120;
        line.unitCost = 0.5;
        line.cost = 1260;
        line.shipDay = 20000;
        line.arrivalDay = 20009;
        line.why = QJsonObject{
            {QStringLiteral("costs"), QJsonObject{{QStringLiteral("transportPerUnit"), 0.5},
                                                  {QStringLiteral("marginPerUnit"), 4.25}}}};
        const QString text
            = PlanExplanation::paragraphs(line, header, currency).join(QLatin1Char('\n'));
        QLocale::setDefault(before);
        QVERIFY2(text.contains(QStringLiteral("Moving costs %1 a unit")
                                   .arg(Money::format(0.5, currency, 2, QLocale(locale)))),
                 qPrintable(text));
        QVERIFY2(text.contains(Money::format(4.25, currency, 2, QLocale(locale))),
                 qPrintable(text));
        QVERIFY2(text.contains(Money::format(1260, currency, 0, QLocale(locale))),
                 qPrintable(text));
    }

    void moneyInTheCompanyCurrency()
    {
        QVERIFY(ensurePlan(m_joint, parameters(Plan::PlanKind::Joint, QStringLiteral("greedy")))
                > 0);
        const Plan::PlanData joint = stored(m_joint);
        PlanView view(m_store.get());
        view.show();
        QCOMPARE(view.currency(), QStringLiteral("EUR")); // the setting's default
        QVERIFY(view.showPlan(m_joint));
        const QModelIndex cost
            = view.planModel()->index(view.planModel()->rowOf(m_joint), PlanListModel::TotalCost);
        const QModelIndex unitCost = view.transferModel()->index(0, TransferLineModel::UnitCost);
        const QModelIndex supplierValue = view.purchaseModel()->index(0, PurchaseOrderModel::Value);
        QVERIFY(unitCost.isValid() && supplierValue.isValid());
        const Plan::PlanLine line = view.transferModel()->line(0);
        const auto header = [&] {
            return view.findChild<QLabel *>(QStringLiteral("planHeader"))->text();
        };
        const auto costText = [&] {
            return view.findChild<QLabel *>(QStringLiteral("costText"))->text();
        };
        const auto check = [&](const QString &currency) {
            const QString symbol = Money::symbol(currency);
            QCOMPARE(cost.data().toString(),
                     Money::format(planCost(joint.header.totals), currency, 0));
            QCOMPARE(unitCost.data().toString(), Money::format(line.unitCost, currency, 2));
            QVERIFY2(supplierValue.data().toString().contains(symbol),
                     qPrintable(supplierValue.data().toString()));
            QVERIFY2(header().contains(Money::format(planCost(joint.header.totals), currency, 0)),
                     qPrintable(header()));
            QVERIFY2(costText().contains(symbol), qPrintable(costText()));
            QVERIFY2(view.costChart()->valueLabelFormat().contains(symbol),
                     qPrintable(view.costChart()->valueLabelFormat()));
            QVERIFY(view.selectLine(line.line));
            QVERIFY2(view.explanationText().contains(symbol), qPrintable(view.explanationText()));
            // Sorting stays on the numbers.
            QCOMPARE(cost.data(kPlanSortRole).toDouble(), planCost(joint.header.totals));
            QCOMPARE(unitCost.data(kPlanSortRole).toDouble(), line.unitCost);
        };
        check(QStringLiteral("EUR"));

        // The planner changes the currency in the settings: the area follows once it is announced.
        QVERIFY(Export::setSetting(m_store->connection(), QStringLiteral("export.currency"),
                                   QStringLiteral("CHF"))
                    .ok());
        m_store->notifyChanged({QStringLiteral("app_settings")});
        QCOMPARE(view.currency(), QStringLiteral("CHF"));
        check(QStringLiteral("CHF"));

        // Back to the default for the other tests.
        QVERIFY(
            Export::setSetting(m_store->connection(), QStringLiteral("export.currency"), QString())
                .ok());
        m_store->notifyChanged({QStringLiteral("app_settings")});
        QCOMPARE(view.currency(), QStringLiteral("EUR"));
        check(QStringLiteral("EUR"));
    }

    void approveUndoRedoRoundTrips()
    {
        QVERIFY(ensurePlan(m_greedyTransfers,
                           parameters(Plan::PlanKind::Transfers, QStringLiteral("greedy")))
                > 0);
        PlanView view(m_store.get());
        view.show();
        QVERIFY(view.showPlan(m_greedyTransfers));
        QVERIFY(view.transferModel()->rowCount() >= 3);
        const int a = view.transferModel()->line(0).line;
        const int b = view.transferModel()->line(1).line;
        const int c = view.transferModel()->line(2).line;
        QUndoStack *undo = view.undoStack();
        const int depth = undo->count();

        // Reject one line first, then approve three: undo puts each back where it was.
        QVERIFY(view.setLineStatus({c}, Plan::LineStatus::Rejected).ok());
        QCOMPARE(lineStatus(m_greedyTransfers, c), QStringLiteral("rejected"));
        // Through the table's selection and the Approve button.
        QTableView *table = view.transferTable();
        table->clearSelection();
        for (int line : {a, b, c}) {
            const QModelIndex index = view.transferFilter()->mapFromSource(
                view.transferModel()->index(view.transferModel()->rowOf(line), 0));
            table->selectionModel()->select(index, QItemSelectionModel::Select
                                                       | QItemSelectionModel::Rows);
        }
        QCOMPARE(view.selectedLines(), QList<int>({a, b, c}));
        view.findChild<QPushButton *>(QStringLiteral("approveLines"))->click();
        for (int line : {a, b, c})
            QCOMPARE(lineStatus(m_greedyTransfers, line), QStringLiteral("approved"));
        QCOMPARE(undo->count(), depth + 2);
        QCOMPARE(view.transferModel()
                     ->index(view.transferModel()->rowOf(a), TransferLineModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("approved"));

        undo->undo();
        QCOMPARE(lineStatus(m_greedyTransfers, a), QStringLiteral("proposed"));
        QCOMPARE(lineStatus(m_greedyTransfers, b), QStringLiteral("proposed"));
        QCOMPARE(lineStatus(m_greedyTransfers, c), QStringLiteral("rejected"));
        QCOMPARE(view.transferModel()
                     ->index(view.transferModel()->rowOf(c), TransferLineModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("rejected"));
        undo->redo();
        for (int line : {a, b, c})
            QCOMPARE(lineStatus(m_greedyTransfers, line), QStringLiteral("approved"));
        undo->undo();
        undo->undo();
        QCOMPARE(lineStatus(m_greedyTransfers, c), QStringLiteral("proposed"));
        // Every step is audited.
        QVERIFY(scalarText(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                          "'plan-line-%'"))
                    .toInt()
                >= 6);
    }

    void editingAQuantityIsUndoable_data()
    {
        QTest::addColumn<bool>("purchase");
        QTest::newRow("transfer line") << false;
        QTest::newRow("purchase line") << true;
    }

    void editingAQuantityIsUndoable()
    {
        QFETCH(bool, purchase);
        QVERIFY(ensurePlan(m_joint, parameters(Plan::PlanKind::Joint, QStringLiteral("greedy")))
                > 0);
        PlanView view(m_store.get());
        view.show();
        QVERIFY(view.showPlan(m_joint));
        QModelIndex cell;
        int line = -1;
        if (purchase) {
            const Plan::PlanData plan = stored(m_joint);
            for (const Plan::PlanLine &l : plan.lines)
                if (l.type == Plan::LineType::Purchase && line < 0)
                    line = l.line;
            cell = view.purchaseModel()->indexOfLine(line).siblingAtColumn(
                PurchaseOrderModel::Quantity);
        } else {
            const int row = 0;
            line = view.transferModel()->line(row).line;
            cell = view.transferModel()->index(row, TransferLineModel::Quantity);
        }
        QVERIFY(cell.isValid());
        QVERIFY(cell.flags() & Qt::ItemIsEditable);
        const double before = lineQuantity(m_joint, line);
        const double after = before + 7;
        // As the table's editor does it.
        QVERIFY(const_cast<QAbstractItemModel *>(cell.model())->setData(cell, after));
        QCOMPARE(lineQuantity(m_joint, line), after);
        QCOMPARE(cell.data(kPlanSortRole).toDouble(), after);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLocale().toString(before, 'f', 0)));
        view.undoStack()->undo();
        QCOMPARE(lineQuantity(m_joint, line), before);
        QCOMPARE(cell.data(kPlanSortRole).toDouble(), before);
        view.undoStack()->redo();
        QCOMPARE(lineQuantity(m_joint, line), after);
        view.undoStack()->undo();
        QCOMPARE(lineQuantity(m_joint, line), before);
        // Not a number: refused by the model, nothing stored.
        QVERIFY(
            !const_cast<QAbstractItemModel *>(cell.model())->setData(cell, QStringLiteral("many")));
        QCOMPARE(lineQuantity(m_joint, line), before);
    }

    void frozenLinesAreRefused()
    {
        QVERIFY(ensurePlan(m_greedyTransfers,
                           parameters(Plan::PlanKind::Transfers, QStringLiteral("greedy")))
                > 0);
        PlanView view(m_store.get());
        view.show();
        QVERIFY(view.showPlan(m_greedyTransfers));
        const int line = view.transferModel()->line(view.transferModel()->rowCount() - 1).line;
        QSqlQuery q(m_store->connection().db());
        QVERIFY(q.exec(QStringLiteral("UPDATE plan_lines SET status = 'exported' WHERE plan_id = "
                                      "%1 AND line = %2")
                           .arg(m_greedyTransfers)
                           .arg(line)));
        m_store->notifyChanged({QStringLiteral("plan_lines")});
        const int row = view.transferModel()->rowOf(line);
        QVERIFY(!(view.transferModel()->index(row, TransferLineModel::Quantity).flags()
                  & Qt::ItemIsEditable));
        const int depth = view.undoStack()->count();
        const Status edit = view.editQuantity(line, 1);
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().code, QStringLiteral("state"));
        QCOMPARE(view.messageText(), edit.errorMessage());
        const Status approve = view.setLineStatus({line}, Plan::LineStatus::Approved);
        QVERIFY(!approve.ok());
        QVERIFY2(view.messageText().contains(QStringLiteral("cannot be changed")),
                 qPrintable(view.messageText()));
        QCOMPARE(view.undoStack()->count(), depth);
        QCOMPARE(lineStatus(m_greedyTransfers, line), QStringLiteral("exported"));
        // A plan with an exported line is kept.
        QVERIFY(!view.deletePlan(m_greedyTransfers).ok());
        QVERIFY(q.exec(QStringLiteral("UPDATE plan_lines SET status = 'proposed' WHERE plan_id = "
                                      "%1 AND line = %2")
                           .arg(m_greedyTransfers)
                           .arg(line)));
        m_store->notifyChanged({QStringLiteral("plan_lines")});
    }

    void comparisonHasOneRowPerMethod_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("methods");
        QTest::newRow("transfers")
            << int(Plan::PlanKind::Transfers) << QStringList{"milp", "none", "greedy"};
        QTest::newRow("purchases")
            << int(Plan::PlanKind::Replenishment) << QStringList{"milp", "none", "rop"};
        QTest::newRow("joint") << int(Plan::PlanKind::Joint)
                               << QStringList{"milp", "none", "greedy", "rop"};
    }

    void comparisonHasOneRowPerMethod()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, methods);
        PlanView view(m_store.get());
        view.resize(1400, 900);
        view.show();
        qint64 id = kind == int(Plan::PlanKind::Transfers) ? m_milp : -1;
        if (id <= 0)
            id = runFromView(view, parameters(Plan::PlanKind(kind), QStringLiteral("milp"), 10));
        QVERIFY(id > 0);
        QVERIFY(view.showPlan(id));
        view.setTab(PlanView::ComparisonTab);
        PlanComparisonPanel *panel = view.comparisonPanel();
        QSignalSpy finished(panel, &PlanComparisonPanel::comparisonFinished);
        QElapsedTimer timer;
        timer.start();
        panel->findChild<QPushButton *>(QStringLiteral("comparePlan"))->click();
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(kTimeout));
        qInfo("Comparison (%s): %lld ms", qPrintable(methods.join(QLatin1Char(','))),
              timer.elapsed());
        QVERIFY(finished.first().first().toBool());
        ComparisonModel *model = panel->model();
        QCOMPARE(model->rowCount(), int(methods.size()));
        std::set<QString> seen;
        for (int r = 0; r < model->rowCount(); ++r) {
            const ComparisonRow &row = model->comparison().rows[r];
            seen.insert(row.method);
            QCOMPARE(row.isPlan, r == 0);
            QCOMPARE(row.evaluation.runs, 20);
            QVERIFY(row.evaluation.fillRate >= 0 && row.evaluation.fillRate <= 1);
            QVERIFY(std::isfinite(row.evaluation.totalCost));
            if (!row.isPlan)
                QVERIFY(std::isfinite(row.saving));
            for (int c = 0; c < model->columnCount(); ++c)
                QVERIFY(!model->index(r, c).data().toString().contains(kNotANumber));
        }
        QCOMPARE(seen, std::set<QString>(methods.begin(), methods.end()));
        QCOMPARE(panel->chart()->categories().size(), methods.size());
        QVERIFY(panel->summaryText().contains(QStringLiteral("less than"))
                || panel->summaryText().contains(QStringLiteral("more than")));
        // Stored with the plan: the same comparison comes back when the plan is opened again.
        const Plan::PlanData plan = stored(id);
        QVERIFY(plan.header.evaluation.contains(QStringLiteral("comparison")));
        QCOMPARE(plan.header.evaluation.value(QStringLiteral("fillRate")).toDouble(),
                 model->comparison().rows.first().evaluation.fillRate);
        PlanView again(m_store.get());
        QVERIFY(again.showPlan(id));
        QCOMPARE(again.comparisonPanel()->model()->rowCount(), int(methods.size()));
        // The baselines join the cost chart.
        QCOMPARE(again.costChart()->setCount(), int(methods.size()));
        QCOMPARE(again.planModel()
                     ->index(again.planModel()->rowOf(id), PlanListModel::FillRate)
                     .data()
                     .toString()
                     .endsWith(QLatin1Char('%')),
                 true);
    }

    void mapReceivesTheFlows()
    {
        QVERIFY(
            ensurePlan(m_milp, parameters(Plan::PlanKind::Transfers, QStringLiteral("milp"), 10))
            > 0);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(m_db));
        window.showArea(QStringLiteral("plans"));
        PlanView *view = window.planView();
        QVERIFY(view);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), view);
        QCOMPARE(view->undoStack(), window.undoStack());
        QVERIFY(view->showPlan(m_milp));
        const Plan::PlanData plan = stored(m_milp);
        std::set<std::pair<QString, QString>> pairs;
        double units = 0;
        int lines = 0;
        for (const Plan::PlanLine &l : plan.lines)
            if (l.type == Plan::LineType::Transfer && l.status != Plan::LineStatus::Rejected) {
                pairs.insert({l.fromCode, l.toCode});
                units += l.quantity;
                ++lines;
            }
        QVERIFY(!pairs.empty());
        // One arrow per pair of locations (never more than the lanes), all units and lines.
        for (NetworkMapWidget *map : {view->map(), window.networkMap()}) {
            QCOMPARE(map->drawnFlowCount(), int(pairs.size()));
            double mapUnits = 0;
            int mapLines = 0;
            for (const auto &flow : map->flows()) {
                mapUnits += flow.units;
                mapLines += flow.lines;
            }
            QCOMPARE(mapUnits, units);
            QCOMPARE(mapLines, lines);
            QVERIFY(map->drawnFlowCount() <= map->links().size());
            // The largest flow is the widest.
            int widest = 0;
            for (int i = 1; i < map->flows().size(); ++i)
                if (map->flows()[i].units > map->flows()[widest].units)
                    widest = i;
            for (int i = 0; i < map->flows().size(); ++i)
                QVERIFY(map->flowWidth(i) <= map->flowWidth(widest));
        }
        // Rejecting a line takes it off the map; one bucket shows only its shipments.
        const int first = view->transferModel()->line(0).line;
        QVERIFY(view->setLineStatus({first}, Plan::LineStatus::Rejected).ok());
        int after = 0;
        for (const auto &flow : view->map()->flows())
            after += flow.lines;
        QCOMPARE(after, lines - 1);
        view->undoStack()->undo();
        view->setFlowBucket(0);
        int bucketLines = 0;
        for (const Plan::PlanLine &l : plan.lines)
            bucketLines += l.type == Plan::LineType::Transfer
                                   && l.shipDay < plan.header.startDay + plan.header.bucketDays
                               ? 1
                               : 0;
        int shown = 0;
        for (const auto &flow : window.networkMap()->flows())
            shown += flow.lines;
        QCOMPARE(shown, bucketLines);
        view->setFlowBucket(-1);
        // The health colouring stays next to the flows.
        window.showArea(QStringLiteral("network"));
        QVERIFY(window.networkMap()->drawnFlowCount() > 0);
    }

    void deleteAsksFirst()
    {
        PlanView view(m_store.get());
        view.show();
        const qint64 id
            = runFromView(view, parameters(Plan::PlanKind::Transfers, QStringLiteral("none")));
        QVERIFY(id > 0);
        QVERIFY(view.showPlan(id));
        const int rows = view.planModel()->rowCount();
        // Cancel keeps it.
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        view.findChild<QPushButton *>(QStringLiteral("deletePlan"))->click();
        QCOMPARE(view.planModel()->rowCount(), rows);
        QTimer::singleShot(200, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        view.findChild<QPushButton *>(QStringLiteral("deletePlan"))->click();
        QCOMPARE(view.planModel()->rowCount(), rows - 1);
        QCOMPARE(view.planModel()->rowOf(id), -1);
        QVERIFY(!Plan::loadPlan(m_store->connection(), id).ok());
        QVERIFY(view.shownPlan() != id);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("STOCKSHIFT_SCREENSHOTS"))
            QSKIP("STOCKSHIFT_SCREENSHOTS is not set");
        const QString db = qEnvironmentVariableIsEmpty("STOCKSHIFT_PLAN_DB")
                               ? m_db
                               : qEnvironmentVariable("STOCKSHIFT_PLAN_DB");
        const double limit = qEnvironmentVariableIsEmpty("STOCKSHIFT_PLAN_TIME_LIMIT")
                                 ? 20
                                 : qEnvironmentVariable("STOCKSHIFT_PLAN_TIME_LIMIT").toDouble();
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(db));
        window.showArea(QStringLiteral("plans"));
        PlanView *view = window.planView();
        QElapsedTimer timer;
        // A few plans in the list: the rule planners use today, a purchase plan, then the MILP.
        if (view->planModel()->rowCount() == 0) {
            QVERIFY(
                runFromView(*view, parameters(Plan::PlanKind::Transfers, QStringLiteral("greedy")))
                > 0);
            timer.start();
            QVERIFY(runFromView(*view, parameters(Plan::PlanKind::Replenishment,
                                                  QStringLiteral("milp"), limit))
                    > 0);
            qInfo("Purchase MILP: %lld ms; %s", timer.elapsed(),
                  qPrintable(view->runPanel()->statusText()));
        }
        timer.start();
        const qint64 id = runFromView(
            *view, parameters(Plan::PlanKind::Transfers, QStringLiteral("milp"), limit));
        qInfo("MILP on %s: %lld ms; %s", qPrintable(db), timer.elapsed(),
              qPrintable(view->runPanel()->statusText()));
        QVERIFY(id > 0);
        // The health colours arrive from the Stock health area's own analysis.
        QTRY_VERIFY_WITH_TIMEOUT(!view->map()->healthScores().isEmpty(), 120000);
        // A line with a deficit to explain: the largest transfer.
        int best = 0;
        for (int r = 1; r < view->transferModel()->rowCount(); ++r)
            if (view->transferModel()->line(r).quantity
                > view->transferModel()->line(best).quantity)
                best = r;
        QVERIFY(view->selectLine(view->transferModel()->line(best).line));
        // What the planner waits for on the GUI thread: opening the plan, approving a line (it
        // is stored, then the plan is read again).
        timer.restart();
        QVERIFY(view->showPlan(id));
        const qint64 openMs = timer.elapsed();
        timer.restart();
        QVERIFY(view->setLineStatus({view->transferModel()->line(best).line},
                                    Plan::LineStatus::Approved)
                    .ok());
        qInfo("Plan %lld (%d lines): opened in %lld ms, a line approved and shown in %lld ms", id,
              view->transferModel()->rowCount(), openMs, timer.elapsed());
        QVERIFY(view->selectLine(view->transferModel()->line(best).line));
        screenshot(&window, QStringLiteral("plans"));
        view->setTab(PlanView::ComparisonTab);
        QSignalSpy compared(view->comparisonPanel(), &PlanComparisonPanel::comparisonFinished);
        timer.restart();
        view->comparisonPanel()->compare();
        QVERIFY(compared.wait(kTimeout));
        qInfo("Comparison: %lld ms", timer.elapsed());
        screenshot(&window, QStringLiteral("plan-comparison"));
        view->setTab(PlanView::CostsTab);
        screenshot(&window, QStringLiteral("plan-costs"));
        window.showArea(QStringLiteral("network"));
        screenshot(&window, QStringLiteral("plan-network"));
        // The purchase orders of the purchase plan, one line explained.
        window.showArea(QStringLiteral("plans"));
        for (int r = 0; r < view->planModel()->rowCount(); ++r)
            if (view->planModel()->plan(r).kind == Plan::PlanKind::Replenishment) {
                QVERIFY(view->showPlan(view->planModel()->plan(r).id));
                const Plan::PlanData plan
                    = Plan::loadPlan(window.dataStore()->connection(), view->shownPlan()).value();
                const Plan::PlanLine *largest = nullptr;
                for (const Plan::PlanLine &l : plan.lines)
                    if (!largest || l.cost > largest->cost)
                        largest = &l;
                if (largest)
                    QVERIFY(view->selectLine(largest->line));
                screenshot(&window, QStringLiteral("plan-purchases"));
                break;
            }
    }
};

QTEST_MAIN(TestPlanView)
#include "tst_planview.moc"
