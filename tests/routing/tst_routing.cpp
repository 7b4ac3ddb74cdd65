// Order routing on hand-made networks with known answers: which location each policy picks,
// split shipments and unfilled lines counted, balanced load spreading, stock drawn down,
// consolidation, the tier assignment's chain, and repeatable sampling for a fixed seed.
#include "routing/FulfilmentNetwork.h"
#include "routing/RoutingSimulator.h"
#include "tiers/TierEngine.h"

#include <QTest>

using namespace Stockshift;
using namespace Stockshift::Routing;

Q_DECLARE_METATYPE(Stockshift::Routing::Policy)

namespace {

// Region North with three locations and three SKUs:
//   A  store  near the region's centre, handling 0.50 (last mile 0.5 d), holds SKU 0 and 2
//   B  hub    further out, handling 0.10 (last mile 1 d), holds SKU 0 and 1
//   C  store  next to A, holds nothing
// Every location has a capacity of 1000 weighted units and no planned load.
FulfilmentNetwork network()
{
    FulfilmentNetwork n;
    const auto site
        = [&n](const char *code, const char *kind, double lat, double lon, double handling) {
              Site s;
              s.id = qint64(n.sites.size() + 1);
              s.code = QString::fromLatin1(code);
              s.kind = QString::fromLatin1(kind);
              s.region = QStringLiteral("North");
              s.latitude = lat;
              s.longitude = lon;
              s.handlingCost = handling;
              s.capacity = 1000;
              n.sites.push_back(s);
          };
    site("A", "store", 53.55, 10.00, 0.50);
    site("B", "regional_hub", 52.52, 13.40, 0.10);
    site("C", "store", 53.56, 10.01, 0.30);
    for (int k = 0; k < 3; ++k) {
        Sku s;
        s.id = k + 1;
        s.code = QStringLiteral("SKU-%1").arg(k);
        n.skus.push_back(s);
    }
    n.regions = {QStringLiteral("North")};
    n.resize();
    const auto stock = [&n](int at, int sku, double units) {
        n.stock[std::size_t(at) * n.skus.size() + std::size_t(sku)] = units;
    };
    stock(0, 0, 10);
    stock(0, 2, 10);
    stock(1, 0, 10);
    stock(1, 1, 10);
    for (int k = 0; k < 3; ++k)
        n.regionDemand[std::size_t(k)] = 100.0 * (k + 1);
    n.applyWeights();
    return n;
}

// One tier, Gold: promise 1 day, cost-optimised.
Tiers::TierConfig config()
{
    Tiers::TierConfig c;
    Tiers::TierDefinition gold;
    gold.key = QStringLiteral("gold");
    gold.name = QStringLiteral("Gold");
    gold.promiseDays = 1;
    gold.option = Tiers::FulfilmentOption::CostOptimised;
    c.tiers = {gold};
    return c;
}

Order order(std::vector<OrderLine> lines)
{
    Order o;
    o.id = 1;
    o.region = 0;
    o.tier = 0;
    o.lines = std::move(lines);
    return o;
}

QString siteOf(const FulfilmentNetwork &n, const Routed &r, int shipment = 0)
{
    return shipment < int(r.shipments.size())
               ? n.sites[std::size_t(r.shipments[std::size_t(shipment)].site)].code
               : QString();
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void paths()
    {
        FulfilmentNetwork n = network();
        // A store delivers in half a day, a hub in a day; cost = handling + last mile.
        const Path a = n.fastestPath(0, QStringLiteral("North"), false);
        QCOMPARE(a.days, 0.5);
        QCOMPARE(a.costPerUnit, 0.5 + n.settings.lastMileCostPerUnit);
        const Path b = n.fastestPath(1, QStringLiteral("North"), false);
        QCOMPARE(b.days, 1.0);
        QVERIFY(!n.fastestPath(0, QStringLiteral("South"), false).valid());
        // A lane from a site outside the region: its lead time plus the last mile at the end.
        Site d;
        d.code = QStringLiteral("D");
        d.kind = QStringLiteral("supplier_dc");
        d.region = QStringLiteral("Central");
        d.handlingCost = 0.05;
        n.sites.push_back(d);
        n.lanes.push_back({3, 1, QStringLiteral("road"), 0.2, 0, 2.0});
        n.lanes.push_back({3, 0, QStringLiteral("express"), 0.6, 0, 0.5});
        n.resize();
        const Path road = n.fastestPath(3, QStringLiteral("North"), false);
        QCOMPARE(road.via, 1);
        QCOMPARE(road.days, 3.0);
        QCOMPARE(road.costPerUnit, 0.05 + 0.2 + 0.1 + n.settings.lastMileCostPerUnit);
        const Path express = n.fastestPath(3, QStringLiteral("North"), true);
        QCOMPARE(express.via, 0);
        QCOMPARE(express.days, 1.0);
        QCOMPARE(n.cheapestPath(3, QStringLiteral("North"), true).via, 1);
    }

    void singleShipment_data()
    {
        QTest::addColumn<Policy>("policy");
        QTest::addColumn<QString>("expected");
        // SKU 0 is held by A and B.
        QTest::newRow("nearest picks A (closest to the region's centre)")
            << Policy::Nearest << QStringLiteral("A");
        QTest::newRow("lowest cost picks B (cheaper handling)")
            << Policy::LowestCost << QStringLiteral("B");
        QTest::newRow("performance picks A (half a day against a 1-day promise)")
            << Policy::Performance << QStringLiteral("A");
        QTest::newRow("hybrid with the default weights picks A")
            << Policy::Hybrid << QStringLiteral("A");
        QTest::newRow("balanced picks A first (equal load; code order)")
            << Policy::Balanced << QStringLiteral("A");
    }

    void singleShipment()
    {
        QFETCH(Policy, policy);
        QFETCH(QString, expected);
        const FulfilmentNetwork n = network();
        RoutingState state(n);
        const Routed r
            = routeOrder(n, config(), order({{0, 2}}), policy, SimulationSettings{}, state);
        QCOMPARE(int(r.shipments.size()), 1);
        QCOMPARE(siteOf(n, r), expected);
        QCOMPARE(r.unfilledLines, 0);
        QVERIFY(r.onTime);
        // The stock of the location that shipped went down by the order.
        QCOMPARE(state.stock[std::size_t(n.siteIndex(expected)) * n.skus.size()], 8.0);
    }

    void lowestCostIncludesShiftingStock()
    {
        // Shifting stock back into B costs 1.0 a unit (its cheapest inbound lane): now A is
        // cheaper to fulfil from, although its handling is dearer.
        FulfilmentNetwork n = network();
        n.sites[1].replenishCost = 1.0;
        RoutingState state(n);
        const Routed r = routeOrder(n, config(), order({{0, 1}}), Policy::LowestCost,
                                    SimulationSettings{}, state);
        QCOMPARE(siteOf(n, r), QStringLiteral("A"));
        QCOMPARE(r.cost, SimulationSettings{}.shipmentCost + 0.5 + n.settings.lastMileCostPerUnit);
    }

    void hybridWeights_data()
    {
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cost only") << 1.0 << 0.0 << QStringLiteral("B");
        QTest::newRow("days only") << 0.0 << 1.0 << QStringLiteral("A");
    }

    void hybridWeights()
    {
        QFETCH(double, cost);
        QFETCH(double, days);
        QFETCH(QString, expected);
        const FulfilmentNetwork n = network();
        SimulationSettings s;
        s.weightCost = cost;
        s.weightDays = days;
        s.weightLoad = 0;
        s.weightPerformance = 0;
        RoutingState state(n);
        QCOMPARE(siteOf(n, routeOrder(n, config(), order({{0, 1}}), Policy::Hybrid, s, state)),
                 expected);
    }

    void balancedSpreads()
    {
        // Equal capacity, no planned load: each order goes where the load is lowest, so four
        // equal orders alternate between A and B (C holds nothing).
        const FulfilmentNetwork n = network();
        RoutingState state(n);
        QStringList used;
        for (int i = 0; i < 4; ++i)
            used.append(siteOf(n, routeOrder(n, config(), order({{0, 1}}), Policy::Balanced,
                                             SimulationSettings{}, state)));
        QCOMPARE(used, QStringList({"A", "B", "A", "B"}));
        QCOMPARE(state.load[0], 2.0);
        QCOMPARE(state.load[1], 2.0);
    }

    void balancedAvoidsLoadedSite()
    {
        FulfilmentNetwork n = network();
        n.sites[0].inboundLoad = 800; // A is 80% full already
        RoutingState state(n);
        QCOMPARE(siteOf(n, routeOrder(n, config(), order({{0, 1}}), Policy::Balanced,
                                      SimulationSettings{}, state)),
                 QStringLiteral("B"));
    }

    void splitShipments_data()
    {
        QTest::addColumn<Policy>("policy");
        for (Policy p : allPolicies())
            QTest::newRow(qPrintable(policyName(p))) << p;
    }

    void splitShipments()
    {
        // SKU 1 is only at B, SKU 2 only at A: no location holds both, so every policy splits.
        QFETCH(Policy, policy);
        const FulfilmentNetwork n = network();
        RoutingState state(n);
        const Routed r
            = routeOrder(n, config(), order({{1, 1}, {2, 1}}), policy, SimulationSettings{}, state);
        QCOMPARE(int(r.shipments.size()), 2);
        QCOMPARE(r.unfilledLines, 0);
        QStringList sites{siteOf(n, r, 0), siteOf(n, r, 1)};
        sites.sort();
        QCOMPARE(sites, QStringList({"A", "B"}));
        QCOMPARE(r.cost, r.shipments[0].cost + r.shipments[1].cost);
        QCOMPARE(r.days, 1.0); // the slower shipment (B)
        QVERIFY(r.onTime);
    }

    void unfilledLineIsLate()
    {
        FulfilmentNetwork n = network();
        RoutingState state(n);
        state.stock[2] = 0; // A has no SKU 2 left
        const Routed r = routeOrder(n, config(), order({{0, 1}, {2, 1}}), Policy::LowestCost,
                                    SimulationSettings{}, state);
        QCOMPARE(r.unfilledLines, 1);
        QCOMPARE(int(r.shipments.size()), 1);
        QVERIFY(!r.onTime);
    }

    void stockDrawnDown()
    {
        // B is cheapest, but after it shipped its 10 units of SKU 0 the next order goes to A.
        const FulfilmentNetwork n = network();
        RoutingState state(n);
        QCOMPARE(siteOf(n, routeOrder(n, config(), order({{0, 10}}), Policy::LowestCost,
                                      SimulationSettings{}, state)),
                 QStringLiteral("B"));
        QCOMPARE(siteOf(n, routeOrder(n, config(), order({{0, 10}}), Policy::LowestCost,
                                      SimulationSettings{}, state)),
                 QStringLiteral("A"));
        const Routed none = routeOrder(n, config(), order({{0, 1}}), Policy::LowestCost,
                                       SimulationSettings{}, state);
        QCOMPARE(none.unfilledLines, 1);
        QVERIFY(none.shipments.empty());
    }

    void consolidationSlowerAndCheaper()
    {
        const FulfilmentNetwork n = network();
        Tiers::TierConfig c = config();
        c.tiers[0].option = Tiers::FulfilmentOption::Economy;
        c.tiers[0].promiseDays = 5;
        c.tiers[0].consolidate = true;
        const Path p = tierPath(n, c, 1, QStringLiteral("North"), 0);
        QCOMPARE(p.days, 1.0 + c.consolidationDays);
        QCOMPARE(p.costPerUnit, 0.1 + n.settings.lastMileCostPerUnit * c.consolidationCostFactor);
    }

    void tieredFollowsChain()
    {
        const FulfilmentNetwork n = network();
        Tiers::TierConfig c = config();
        Tiers::Assignment a;
        a.region = QStringLiteral("North");
        a.tier = QStringLiteral("gold");
        a.chain = {QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")};
        c.assignments = {a};
        RoutingState state(n);
        // C holds nothing: the chain's next, A, ships; SKU 1 only at B.
        QCOMPARE(siteOf(n, routeOrder(n, c, order({{0, 1}}), Policy::Tiered, SimulationSettings{},
                                      state)),
                 QStringLiteral("A"));
        QCOMPARE(siteOf(n, routeOrder(n, c, order({{1, 1}}), Policy::Tiered, SimulationSettings{},
                                      state)),
                 QStringLiteral("B"));
    }

    void overflowPromise()
    {
        // An overflowing region × tier is measured against the overflow tier's later promise.
        const FulfilmentNetwork n = network();
        Tiers::TierConfig c = config();
        c.tiers[0].promiseDays = 0.25; // no location can keep it
        Tiers::TierDefinition overflow;
        overflow.key = QStringLiteral("overflow");
        overflow.name = QStringLiteral("Dynamic Overflow");
        overflow.promiseDays = 3;
        overflow.overflow = true;
        c.tiers.push_back(overflow);
        RoutingState state(n);
        QVERIFY(!routeOrder(n, c, order({{0, 1}}), Policy::Nearest, SimulationSettings{}, state)
                     .onTime);
        Tiers::Assignment a;
        a.region = QStringLiteral("North");
        a.tier = QStringLiteral("gold");
        a.chain = {QStringLiteral("A")};
        a.overflow = true;
        c.assignments = {a};
        QCOMPARE(c.promiseFor(QStringLiteral("North"), 0), 3.0);
        QVERIFY(
            routeOrder(n, c, order({{0, 1}}), Policy::Nearest, SimulationSettings{}, state).onTime);
    }

    void samplingRepeatable_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 42") << quint64(42);
        QTest::newRow("seed 2^63") << (quint64(1) << 63);
    }

    void samplingRepeatable()
    {
        QFETCH(quint64, seed);
        const FulfilmentNetwork n = network();
        const auto a = sampleOrders(n, config(), 200, seed);
        const auto b = sampleOrders(n, config(), 200, seed);
        const auto other = sampleOrders(n, config(), 200, seed + 1);
        QCOMPARE(int(a.size()), 200);
        bool differs = false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].lines.size(), b[i].lines.size());
            QVERIFY(!a[i].lines.empty() && a[i].lines.size() <= 3); // 3 SKUs: no repeats
            for (std::size_t l = 0; l < a[i].lines.size(); ++l) {
                QCOMPARE(a[i].lines[l].sku, b[i].lines[l].sku);
                QCOMPARE(a[i].lines[l].quantity, b[i].lines[l].quantity);
                QVERIFY(a[i].lines[l].quantity >= 1 && a[i].lines[l].quantity <= 3);
            }
            differs = differs || a[i].lines.size() != other[i].lines.size()
                      || a[i].lines[0].sku != other[i].lines[0].sku;
        }
        QVERIFY(differs);
        // SKUs in proportion to demand (100 : 200 : 300): SKU 2 is drawn most often first.
        int first[3] = {0, 0, 0};
        for (const Order &o : a)
            ++first[o.lines[0].sku];
        QVERIFY(first[2] > first[0]);

        SimulationSettings s;
        s.orders = 300;
        s.seed = seed;
        const auto r1 = simulate(n, config(), s);
        const auto r2 = simulate(n, config(), s);
        QVERIFY(r1.ok() && r2.ok());
        QCOMPARE(int(r1->policies.size()), int(allPolicies().size()));
        for (std::size_t p = 0; p < r1->policies.size(); ++p) {
            QCOMPARE(r1->policies[p].total.onTime, r2->policies[p].total.onTime);
            QCOMPARE(r1->policies[p].total.cost, r2->policies[p].total.cost);
            QCOMPARE(r1->policies[p].total.splitOrders, r2->policies[p].total.splitOrders);
            QCOMPARE(r1->policies[p].total.orders, 300);
        }
        // Demand 600 units over the sample's units.
        double units = 0;
        for (const Order &o : sampleOrders(n, config(), 300, seed))
            for (const OrderLine &l : o.lines)
                units += l.quantity;
        QCOMPARE(r1->scale, 600.0 / units);
    }

    void noDemandRefused()
    {
        FulfilmentNetwork n = network();
        std::fill(n.regionDemand.begin(), n.regionDemand.end(), 0.0);
        const auto r = simulate(n, config(), SimulationSettings{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("no-demand"));
    }

    void cancel()
    {
        const FulfilmentNetwork n = network();
        std::atomic_bool cancelled{true};
        const auto r = simulate(n, config(), SimulationSettings{}, {}, &cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("cancelled"));
    }

    void policyNames()
    {
        for (Policy p : allPolicies()) {
            Policy back = Policy::Nearest;
            QVERIFY(policyFromName(policyName(p), &back));
            QCOMPARE(back, p);
        }
        Policy unused;
        QVERIFY(!policyFromName(QStringLiteral("fastest"), &unused));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
