// The Exports area: the orders a plan's approved lines form, their preview, an export run on a
// worker thread from the view (files written, lines recorded, the table updated), a revision,
// cancelling an order, transfer orders, values and prices in the company currency, and the item
// models under QAbstractItemModelTester.
// With STOCKSHIFT_SCREENSHOTS=DIR set, the main window on the Exports area is saved there as
// exports.png.
#include "common/Money.h"
#include "demo/DemoGenerator.h"
#include "export/ExportModels.h"
#include "export/ExportView.h"
#include "export/OrderExport.h"
#include "forecast/NetworkForecaster.h"
#include "mainwindow/MainWindow.h"
#include "plan/PlanInput.h"
#include "plan/PlanStore.h"
#include "plan/Planner.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Ui;

class TestExportView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_plan = -1;

    // A fresh copy of the planned database, so that each test starts from approved lines.
    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        auto c = Storage::Connection::open(m_db);
        if (!c || !(*c)->exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
            return {};
        return path;
    }

    static bool waitForExport(ExportView &view, QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(120000))
            return false;
        return !view.isExporting() && spy.last().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("exports.db"));
        Demo::DemoSettings demo;
        demo.skus = 14;
        demo.locations = 14;
        demo.days = 150;
        demo.customers = 10;
        QVERIFY(Demo::DemoGenerator(demo).writeDatabase(m_db).ok());
        Forecast::NetworkForecastSettings f;
        f.databasePath = m_db;
        f.threads = 2;
        QVERIFY(Forecast::runNetworkForecast(f).ok());
        auto c = Storage::Connection::open(m_db);
        QVERIFY(c.ok());
        auto input = Planning::buildPlanInput(**c, {});
        QVERIFY(input.ok());
        Planning::PlannerSettings s;
        s.kind = Plan::PlanKind::Joint;
        s.method = QStringLiteral("greedy");
        auto plan = Planning::makePlan(*input, s);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        auto id = Plan::savePlan(**c, *plan);
        QVERIFY(id.ok());
        m_plan = *id;
        QList<int> lines;
        for (const Plan::PlanLine &l : plan->lines)
            lines << l.line;
        QVERIFY(Plan::setLineStatus(**c, m_plan, lines, Plan::LineStatus::Approved).ok());
        auto purchases = Export::planOrders(**c, m_plan, Export::OrderKind::Purchase);
        auto transfers = Export::planOrders(**c, m_plan, Export::OrderKind::Transfer);
        QVERIFY(purchases.ok() && transfers.ok());
        QVERIFY2(purchases->size() >= 3 && transfers->size() >= 2,
                 "the demo plan should make several orders of each kind");
    }

    void modelsPassTheTester()
    {
        auto store = Storage::DataStore::open(copy(QStringLiteral("tester.db")));
        QVERIFY(store.ok());
        ExportView view(store->get());
        QAbstractItemModelTester orders(view.orderModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester lines(view.lineModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.showPlan(m_plan, Export::OrderKind::Purchase));
        for (int row = 0; row < view.orderModel()->rowCount(); ++row)
            view.selectOrder(row);
        QVERIFY(view.showPlan(m_plan, Export::OrderKind::Transfer));
        view.reload();
        QVERIFY(!view.showPlan(999999));
    }

    void showsTheOrdersOfThePlan()
    {
        const QString db = copy(QStringLiteral("show.db"));
        auto store = Storage::DataStore::open(db);
        QVERIFY(store.ok());
        ExportView view(store->get());
        view.resize(1200, 800);
        view.show();
        QVERIFY(view.showPlan(m_plan));
        auto expected
            = Export::planOrders((*store)->connection(), m_plan, Export::OrderKind::Purchase);
        QCOMPARE(std::size_t(view.orderModel()->rowCount()), expected->size());
        for (int row = 0; row < view.orderModel()->rowCount(); ++row) {
            QCOMPARE(view.orderModel()->order(row).status, QStringLiteral("new"));
            QCOMPARE(view.orderModel()->index(row, OrderTableModel::Number).data().toString(),
                     QStringLiteral("(new)"));
        }
        view.selectOrder(1);
        QCOMPARE(std::size_t(view.lineModel()->rowCount()), (*expected)[1].lines.size());
        QCOMPARE(view.lineModel()->index(0, OrderLineModel::State).data().toString(),
                 QStringLiteral("approved, to export"));
        // Values and prices in the company currency (the setting's default, EUR); sorting on the
        // numbers.
        const Export::Order &order = view.orderModel()->order(1);
        const QModelIndex value = view.orderModel()->index(1, OrderTableModel::Value);
        QCOMPARE(value.data().toString(), Money::format(order.totalValue(), QStringLiteral("EUR")));
        QCOMPARE(value.data(kExportSortRole).toDouble(), order.totalValue());
        const QModelIndex price = view.lineModel()->index(0, OrderLineModel::UnitPrice);
        QCOMPARE(price.data().toString(),
                 Money::format(order.lines.front().unitPrice, QStringLiteral("EUR")));
        QCOMPARE(price.data(kExportSortRole).toDouble(), order.lines.front().unitPrice);
        QVERIFY(view.exportButton()->isEnabled());
        QVERIFY(!view.revisionButton()->isEnabled());
        QVERIFY(!view.cancelOrderButton()->isEnabled());
        // The CSV layouts offered are the profiles with an open-orders layout.
        QVERIFY(view.profileBox()->findData(QStringLiteral("sap-de")) >= 0);
        // sap-shine-epm fixes the supplier: not a layout for purchase orders in general.
        QCOMPARE(view.profileBox()->findData(QStringLiteral("sap-shine-epm")), -1);
    }

    void exportsReviseAndCancel()
    {
        const QString db = copy(QStringLiteral("export.db"));
        auto store = Storage::DataStore::open(db);
        QVERIFY(store.ok());
        ExportView view(store->get());
        view.show();
        QVERIFY(view.showPlan(m_plan));
        const int orders = view.orderModel()->rowCount();
        view.formatBox()->setCurrentIndex(view.formatBox()->count() - 1); // all five formats
        const QString out = m_dir.filePath(QStringLiteral("from-view"));
        QSignalSpy finished(&view, &ExportView::exportFinished);
        QVERIFY(view.startExport(out, false));
        QVERIFY(!view.exportButton()->isEnabled()); // busy
        QVERIFY2(waitForExport(view, finished), qPrintable(view.messageLabel()->text()));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), orders * 5);
        QCOMPARE(view.orderModel()->rowCount(), orders);
        for (int row = 0; row < orders; ++row)
            QCOMPARE(view.orderModel()->order(row).status, QStringLiteral("exported"));
        QVERIFY(!view.exportButton()->isEnabled());
        QVERIFY(view.revisionButton()->isEnabled());
        QVERIFY(view.messageLabel()->text().contains(QString::number(orders * 5)));

        // A revision of every order, CSV only.
        view.formatBox()->setCurrentIndex(0);
        finished.clear();
        QVERIFY(view.startExport(out, true));
        QVERIFY(waitForExport(view, finished));
        QCOMPARE(view.orderModel()->order(0).revision, 1);
        QVERIFY(QFile::exists(out + QLatin1Char('/') + view.orderModel()->order(0).number
                              + QStringLiteral("-R1.csv")));

        // Cancel the first order with a reason.
        view.selectOrder(0);
        QVERIFY(view.cancelOrderButton()->isEnabled());
        const QString number = view.orderModel()->order(0).number;
        QVERIFY(view.cancelSelectedOrder(QStringLiteral("supplier on strike")));
        Export::Order wanted;
        wanted.number = number;
        const int row = view.orderModel()->rowOf(wanted);
        QVERIFY(row >= 0);
        QCOMPARE(view.orderModel()->order(row).status, QStringLiteral("cancelled"));
        QVERIFY(view.orderModel()
                    ->index(row, OrderTableModel::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("cancelled")));
        QSqlQuery q((*store)->connection().db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'order-cancel' AND detail LIKE '%on strike%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void transferOrdersAndFailure()
    {
        const QString db = copy(QStringLiteral("transfers.db"));
        auto store = Storage::DataStore::open(db);
        QVERIFY(store.ok());
        ExportView view(store->get());
        QVERIFY(view.showPlan(m_plan, Export::OrderKind::Transfer));
        QCOMPARE(view.formatBox()->count(), 3);
        QVERIFY(!view.profileBox()->isEnabled()); // layouts are for purchase orders
        view.formatBox()->setCurrentIndex(2);     // CSV and PDF pick list
        // Into a folder that cannot be made: nothing happens, the message says why.
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        QSignalSpy finished(&view, &ExportView::exportFinished);
        QVERIFY(view.startExport(blocker.fileName() + QStringLiteral("/sub"), false));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(view.messageLabel()->text().startsWith(QStringLiteral("Nothing was exported")));
        QCOMPARE(view.orderModel()->order(0).status, QStringLiteral("new"));
        finished.clear();
        const QString out = m_dir.filePath(QStringLiteral("transfers"));
        QVERIFY(view.startExport(out, false));
        QVERIFY(waitForExport(view, finished));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*-picklist.pdf")}, QDir::Files).size(),
                 view.orderModel()->rowCount());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STOCKSHIFT_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("STOCKSHIFT_SCREENSHOTS is not set");
        const QString db = copy(QStringLiteral("screenshot.db"));
        {
            // Some history: a first export of most orders and a cancelled one.
            auto c = Storage::Connection::open(db);
            QVERIFY(c.ok());
            QSqlQuery q((*c)->db());
            QVERIFY(q.exec(
                QStringLiteral(
                    "UPDATE plan_lines SET status = 'proposed' WHERE plan_id = %1 AND type = "
                    "'purchase' AND line IN (SELECT line FROM plan_lines WHERE plan_id = %1 AND "
                    "type = 'purchase' ORDER BY line DESC LIMIT 3)")
                    .arg(m_plan)));
            Export::ExportOptions o;
            o.formats = Export::purchaseFormats();
            o.outDir = m_dir.filePath(QStringLiteral("screenshot-out"));
            auto r = Export::exportPurchaseOrders(**c, m_plan, o);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QVERIFY(Export::cancelOrder(**c, r->orders.front().number,
                                        QStringLiteral("Supplier cannot deliver this week"))
                        .ok());
            QVERIFY(q.exec(QStringLiteral("UPDATE plan_lines SET status = 'approved' WHERE "
                                          "plan_id = %1 AND status = 'proposed'")
                               .arg(m_plan)));
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(db));
        window.showArea(QStringLiteral("exports"));
        auto *view = window.findChild<ExportView *>();
        QVERIFY(view);
        QVERIFY(view->showPlan(m_plan));
        view->selectOrder(1);
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QStringLiteral("/exports.png")));
    }
};

QTEST_MAIN(TestExportView)
#include "tst_exportview.moc"
