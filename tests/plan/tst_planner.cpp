// The planners on small hand-made networks whose best plans are known by hand: one lane, two
// lanes with a fixed cost, a lead time past the horizon, MOQ, pack size, budget, a service
// target that cannot be met (and the explanation of why), determinism, time limit and cancel.
#include "plan/PlanEvaluator.h"
#include "plan/Planner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <cmath>
#include <thread>

using namespace Stockshift;
using namespace Stockshift::Planning;

namespace {

struct Builder
{
    PlanInput in;
    explicit Builder(int horizon)
    {
        in.startDay = 20000;
        in.bucketDays = 7;
        in.horizon = horizon;
    }
    int item(const QString &code, double cost, double margin, double holding = 0)
    {
        Item i;
        i.skuId = qint64(in.items.size()) + 1;
        i.code = code;
        i.unitCost = cost;
        i.unitMargin = margin;
        i.holdingPerBucket = holding;
        in.items.push_back(i);
        return int(in.items.size()) - 1;
    }
    int site(const QString &code, const QString &kind = QStringLiteral("store"))
    {
        Site s;
        s.id = qint64(in.sites.size()) + 100;
        s.code = code;
        s.kind = kind;
        in.sites.push_back(s);
        return int(in.sites.size()) - 1;
    }
    int node(int item, int site, double initial, std::vector<double> demand, double ss = 0)
    {
        Node n;
        n.item = item;
        n.site = site;
        n.initial = initial;
        n.safetyStock = ss;
        demand.resize(std::size_t(in.horizon), 0.0);
        n.demand = demand;
        n.flowDemand = demand;
        n.inbound.assign(std::size_t(in.horizon), 0.0);
        in.nodes.push_back(n);
        return int(in.nodes.size()) - 1;
    }
    void lane(int from, int to, double cost, double fixed, int lead = 0,
              double capacity = std::numeric_limits<double>::infinity())
    {
        Lane l;
        l.id = qint64(in.lanes.size()) + 1;
        l.from = from;
        l.to = to;
        l.costPerUnit = cost;
        l.fixedCost = fixed;
        l.leadBuckets = lead;
        l.leadTimeDays = lead * 7;
        l.capacity = capacity;
        in.lanes.push_back(l);
    }
    int supplier(const QString &code, double orderCost,
                 double capacity = std::numeric_limits<double>::infinity())
    {
        Supplier s;
        s.id = qint64(in.suppliers.size()) + 500;
        s.code = code;
        s.orderCost = orderCost;
        s.capacityPerBucket = capacity;
        in.suppliers.push_back(s);
        return int(in.suppliers.size()) - 1;
    }
    void option(int item, int site, int supplier, double unitCost, int lead, double moq = 0,
                double multiple = 1)
    {
        SupplyOption o;
        o.item = item;
        o.site = site;
        o.supplier = supplier;
        o.unitCost = unitCost;
        o.leadBuckets = lead;
        o.leadTimeDays = lead * 7;
        o.moq = moq;
        o.multiple = multiple;
        in.supply.push_back(o);
    }
    PlanInput done()
    {
        in.index();
        return in;
    }
};

PlannerSettings exact(Plan::PlanKind kind)
{
    // Deterministic demand and no safety-stock penalty: the optimum is the hand-computed one.
    PlannerSettings s;
    s.kind = kind;
    s.expectedShortage = false;
    s.safetyPenaltyShare = 0;
    s.relativeGap = 1e-6;
    s.timeLimitSeconds = 30;
    return s;
}

double units(const std::vector<Plan::PlanLine> &lines, Plan::LineType type)
{
    double total = 0;
    for (const auto &l : lines)
        if (l.type == type)
            total += l.quantity;
    return total;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void oneLane()
    {
        // 100 at the hub, 10 a week wanted at the store, 1 a unit to move, margin 5.
        Builder b(4);
        const int k = b.item(QStringLiteral("K"), 10, 5);
        const int hub = b.site(QStringLiteral("HUB"), QStringLiteral("regional_hub"));
        const int store = b.site(QStringLiteral("ST"));
        b.node(k, hub, 100, {});
        b.node(k, store, 0, {10, 10, 10, 10});
        b.lane(hub, store, 1, 0);
        const PlanInput in = b.done();
        auto plan = makePlan(in, exact(Plan::PlanKind::Transfers));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->header.status, QStringLiteral("optimal"));
        QCOMPARE(units(plan->lines, Plan::LineType::Transfer), 40.0);
        QCOMPARE(plan->header.totals.transport, 40.0);
        QCOMPARE(plan->header.totals.lostMargin, 0.0);
        for (const auto &l : plan->lines) {
            QCOMPARE(l.fromCode, QStringLiteral("HUB"));
            QCOMPARE(l.toCode, QStringLiteral("ST"));
            QVERIFY(l.why.contains(QStringLiteral("deficit")));
        }
        // Doing nothing loses 40 × 5.
        PlannerSettings none = exact(Plan::PlanKind::Transfers);
        none.method = QStringLiteral("none");
        auto idle = makePlan(in, none);
        QCOMPARE(idle->header.totals.lostMargin, 200.0);
        QVERIFY(idle->lines.empty());
    }

    void twoLanesFixedCost_data()
    {
        QTest::addColumn<double>("demand");
        QTest::addColumn<QString>("source");
        QTest::addColumn<double>("cost");
        // A: 1 a unit + 100 a shipment; B: 2 a unit. 40 units: B (80 < 140); 200: A (300 < 400).
        QTest::newRow("small: per-unit lane") << 40.0 << QStringLiteral("B") << 80.0;
        QTest::newRow("large: fixed-cost lane") << 200.0 << QStringLiteral("A") << 300.0;
    }
    void twoLanesFixedCost()
    {
        QFETCH(double, demand);
        QFETCH(QString, source);
        QFETCH(double, cost);
        Builder b(2);
        const int k = b.item(QStringLiteral("K"), 10, 50);
        const int a = b.site(QStringLiteral("A"), QStringLiteral("regional_hub"));
        const int bb = b.site(QStringLiteral("B"), QStringLiteral("regional_hub"));
        const int d = b.site(QStringLiteral("D"));
        b.node(k, a, 1000, {});
        b.node(k, bb, 1000, {});
        b.node(k, d, 0, {demand});
        b.lane(a, d, 1, 100);
        b.lane(bb, d, 2, 0);
        auto plan = makePlan(b.done(), exact(Plan::PlanKind::Transfers));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(units(plan->lines, Plan::LineType::Transfer), demand);
        for (const auto &l : plan->lines)
            QCOMPARE(l.fromCode, source);
        QCOMPARE(plan->header.totals.transport + plan->header.totals.fixed, cost);
        QVERIFY(std::abs(plan->header.objective - cost) < 1e-6);
    }

    void leadTimePastTheHorizon()
    {
        Builder b(4);
        const int k = b.item(QStringLiteral("K"), 10, 5);
        const int hub = b.site(QStringLiteral("HUB"), QStringLiteral("regional_hub"));
        const int store = b.site(QStringLiteral("ST"));
        b.node(k, hub, 100, {});
        b.node(k, store, 0, {10, 10, 10, 10});
        b.lane(hub, store, 1, 0, 5); // arrives after the 4 weeks
        auto plan = makePlan(b.done(), exact(Plan::PlanKind::Transfers));
        QVERIFY(plan.ok());
        QVERIFY(plan->lines.empty());
        QCOMPARE(plan->header.totals.lostMargin, 200.0);
    }

    void purchases_data()
    {
        QTest::addColumn<double>("moq");
        QTest::addColumn<double>("multiple");
        QTest::addColumn<double>("bought");
        // 30 wanted over the horizon, nothing in stock, margin well above the cost of holding.
        QTest::newRow("as needed") << 0.0 << 1.0 << 30.0;
        QTest::newRow("MOQ forces an order up") << 50.0 << 1.0 << 50.0;
        QTest::newRow("pack size rounds up") << 0.0 << 12.0 << 36.0;
        QTest::newRow("MOQ and pack") << 40.0 << 12.0 << 48.0;
    }
    void purchases()
    {
        QFETCH(double, moq);
        QFETCH(double, multiple);
        QFETCH(double, bought);
        Builder b(4);
        const int k = b.item(QStringLiteral("K"), 10, 20, 0.01);
        const int dc = b.site(QStringLiteral("DC"), QStringLiteral("supplier_dc"));
        b.node(k, dc, 0, {10, 10, 10, 0});
        // A fixed cost per order: one order is best, placed at once.
        const int s = b.supplier(QStringLiteral("S"), 30);
        b.option(k, dc, s, 10, 0, moq, multiple);
        auto plan = makePlan(b.done(), exact(Plan::PlanKind::Replenishment));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(units(plan->lines, Plan::LineType::Purchase), bought);
        QCOMPARE(plan->header.totals.purchaseOrders, 1);
        QCOMPARE(plan->header.totals.lostMargin, 0.0);
        QCOMPARE(plan->lines.front().group, QStringLiteral("S/DC/2024-10-04"));
        QCOMPARE(plan->lines.front().unitCost, 10.0);
    }

    void budgetBinds()
    {
        // 50 wanted now at 10 each, 200 to spend a week: 20 bought, 30 lost.
        Builder b(2);
        const int k = b.item(QStringLiteral("K"), 10, 20);
        const int dc = b.site(QStringLiteral("DC"), QStringLiteral("supplier_dc"));
        b.node(k, dc, 0, {50, 0});
        const int s = b.supplier(QStringLiteral("S"), 0);
        b.option(k, dc, s, 10, 0);
        PlanInput in = b.done();
        in.budgetPerBucket = {200, 200};
        auto plan = makePlan(in, exact(Plan::PlanKind::Replenishment));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(units(plan->lines, Plan::LineType::Purchase), 20.0);
        QCOMPARE(plan->header.totals.unmetUnits, 30.0);
        QVERIFY(plan->lines.front()
                    .why.value(QStringLiteral("binding"))
                    .toArray()
                    .contains(QStringLiteral("budget")));
    }

    void unmetTargetIsExplained()
    {
        // The target needs 650 in stock from week 1; the supplier delivers at most 400 a week.
        Builder b(2);
        const int k = b.item(QStringLiteral("SKU-X"), 10, 20);
        const int dc = b.site(QStringLiteral("W1"), QStringLiteral("supplier_dc"));
        b.node(k, dc, 0, {10, 10}, 650);
        const int s = b.supplier(QStringLiteral("SUP-S"), 0, 400);
        b.option(k, dc, s, 10, 0);
        PlannerSettings settings = exact(Plan::PlanKind::Replenishment);
        settings.hardSafetyStock = true;
        auto plan = makePlan(b.done(), settings);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("infeasible"));
        const QString why = plan.errorMessage();
        QVERIFY2(why.contains(QStringLiteral("safety stock of SKU-X at W1")), qPrintable(why));
        // Week 1: 400 arrive; losing the week's 10 sales costs less than missing the target by
        // 10 more, so the target is missed by 650 − 400 = 250.
        QVERIFY2(why.contains(QStringLiteral("missed by 250")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("supplier SUP-S can deliver (400 units)")),
                 qPrintable(why));
        // Soft, the same target gives a plan that buys all it can.
        settings.hardSafetyStock = false;
        settings.safetyPenaltyShare = 0.5;
        auto soft = makePlan(b.done(), settings);
        QVERIFY2(soft.ok(), qPrintable(soft.errorMessage()));
        // All it needs over the horizon: the target and the demand (650 + 20), 400 in week 1.
        QCOMPARE(units(soft->lines, Plan::LineType::Purchase), 670.0);
    }

    void rulesOnTheSameInput()
    {
        // The greedy ranks sources by demand × (margin − cost): it takes the cheaper lane first.
        Builder b(2);
        const int k = b.item(QStringLiteral("K"), 10, 5);
        const int a = b.site(QStringLiteral("A"), QStringLiteral("regional_hub"));
        const int c = b.site(QStringLiteral("C"), QStringLiteral("regional_hub"));
        const int d = b.site(QStringLiteral("D"));
        b.node(k, a, 15, {});
        b.node(k, c, 100, {});
        b.node(k, d, 0, {20, 10});
        b.lane(a, d, 0.5, 0);
        b.lane(c, d, 1.0, 0);
        PlannerSettings s = exact(Plan::PlanKind::Transfers);
        s.method = QStringLiteral("greedy");
        auto plan = makePlan(b.done(), s);
        QVERIFY(plan.ok());
        QCOMPARE(plan->header.status, QStringLiteral("heuristic"));
        QCOMPARE(plan->lines.size(), std::size_t(2));
        QCOMPARE(plan->lines[0].fromCode, QStringLiteral("A"));
        QCOMPARE(plan->lines[0].quantity, 15.0);
        QCOMPARE(plan->lines[1].fromCode, QStringLiteral("C"));
        QCOMPARE(plan->lines[1].quantity, 15.0);
        s.method = QStringLiteral("rop");
        QVERIFY(!makePlan(b.done(), s).ok()); // rop plans purchases
        s.method = QStringLiteral("magic");
        QCOMPARE(makePlan(b.done(), s).error().code, QStringLiteral("bad-method"));
    }

    void evaluatorReplaysTheSamePlan()
    {
        Builder b(4);
        const int k = b.item(QStringLiteral("K"), 10, 5, 0.1);
        const int hub = b.site(QStringLiteral("HUB"), QStringLiteral("regional_hub"));
        const int store = b.site(QStringLiteral("ST"));
        b.node(k, hub, 100, {});
        b.node(k, store, 0, {70, 70, 70, 70});
        b.lane(hub, store, 1, 10);
        PlanInput in = b.done();
        in.nodes[1].dailySd = 3;
        auto plan = makePlan(in, exact(Plan::PlanKind::Transfers));
        QVERIFY(plan.ok());
        EvaluationSettings es;
        es.runs = 10;
        const Evaluation a = evaluatePlan(in, plan->lines, es);
        const Evaluation again = evaluatePlan(in, plan->lines, es);
        QCOMPARE(a.totalCost, again.totalCost); // seeded
        QVERIFY(a.fillRate > 0 && a.fillRate <= 1);
        QVERIFY(std::abs(a.demand - 280) < 30);
        // Doing nothing serves nothing here.
        const Evaluation idle = evaluatePlan(in, {}, es);
        QCOMPARE(idle.served, 0.0);
        QVERIFY(a.totalCost < idle.totalCost);
    }

    void deterministic()
    {
        const PlanInput in = network(40, 8);
        PlannerSettings s;
        s.timeLimitSeconds = 20;
        auto one = makePlan(in, s);
        auto two = makePlan(in, s);
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(one->lines.size(), two->lines.size());
        for (std::size_t i = 0; i < one->lines.size(); ++i) {
            QCOMPARE(one->lines[i].quantity, two->lines[i].quantity);
            QCOMPARE(one->lines[i].fromCode, two->lines[i].fromCode);
        }
        QCOMPARE(one->header.totals.total(), two->header.totals.total());
    }

    void timeLimitAndCancelKeepAPlan()
    {
        const PlanInput in = network(400, 20);
        PlannerSettings s;
        s.timeLimitSeconds = 2;
        s.relativeGap = 0;
        s.expectedShortage = true;
        QElapsedTimer timer;
        timer.start();
        auto limited = makePlan(in, s);
        QVERIFY2(limited.ok(), qPrintable(limited.errorMessage()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        // Whatever it found is at least as good as doing nothing.
        PlannerSettings none = s;
        none.method = QStringLiteral("none");
        auto idle = makePlan(in, none);
        QVERIFY(limited->header.totals.total() <= idle->header.totals.total() + 1e-6);

        std::atomic_bool cancel{false};
        s.timeLimitSeconds = 60;
        s.cancel = &cancel;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        timer.restart();
        auto cancelled = makePlan(in, s);
        stopper.join();
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        if (cancelled.ok())
            QVERIFY(cancelled->header.totals.total() <= idle->header.totals.total() + 1e-6);
        else
            QCOMPARE(cancelled.error().code, QStringLiteral("no-solution"));
    }

private:
    /// A network of `skus` items over `sites` locations (1 DC, hubs, stores), seeded.
    static PlanInput network(int skus, int sites)
    {
        Builder b(4);
        std::vector<int> stores, hubs;
        const int dc = b.site(QStringLiteral("DC"), QStringLiteral("supplier_dc"));
        for (int h = 0; h < std::max(1, sites / 5); ++h)
            hubs.push_back(b.site(QStringLiteral("HUB%1").arg(h), QStringLiteral("regional_hub")));
        for (int st = int(hubs.size()) + 1; st < sites; ++st)
            stores.push_back(b.site(QStringLiteral("ST%1").arg(st)));
        for (int h : hubs)
            b.lane(dc, h, 0.2, 150);
        for (std::size_t i = 0; i < stores.size(); ++i) {
            b.lane(hubs[i % hubs.size()], stores[i], 0.1 + 0.01 * double(i), 60);
            if (i > 0)
                b.lane(stores[i - 1], stores[i], 0.4, 40);
        }
        for (int k = 0; k < skus; ++k) {
            const int item = b.item(QStringLiteral("K%1").arg(k), 5 + k % 20, 2 + k % 7, 0.02);
            b.node(item, dc, 200 + (k * 37) % 400, {});
            for (int h : hubs)
                b.node(item, h, (k * 13 + h) % 60, {});
            for (std::size_t i = 0; i < stores.size(); ++i) {
                const double rate = 5 + double((k * 7 + int(i) * 3) % 25);
                b.node(item, stores[i], double((k + int(i)) % 3 == 0 ? 0 : (k * 11 + int(i)) % 80),
                       {rate, rate * 1.1, rate * 0.9, rate});
                b.in.nodes.back().dailySd = rate / 7 * 0.5;
                b.in.nodes.back().safetyStock = rate * 0.5;
            }
        }
        return b.done();
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
