// Policies deliver their targets in simulation: the safety-stock formulas checked against a
// day-by-day simulation of the policy (seeded, so the figures are repeatable).
#include "policy/InventoryMath.h"
#include "policy/PolicyEngine.h"
#include "policy/PolicySimulator.h"

#include <QTest>

#include <cmath>

using namespace Stockshift::Policy;

class TestPolicySimulator : public QObject
{
    Q_OBJECT

private slots:
    void cycleServiceLevelIsMet_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("review");
        QTest::addColumn<double>("lead");
        QTest::addColumn<double>("leadSd");
        QTest::addColumn<bool>("backorders");
        QTest::newRow("95%, weekly, L 5") << 0.95 << 7.0 << 5.0 << 0.0 << true;
        QTest::newRow("90%, weekly, L 10") << 0.90 << 7.0 << 10.0 << 0.0 << true;
        QTest::newRow("98%, fortnightly, L 3") << 0.98 << 14.0 << 3.0 << 0.0 << true;
        QTest::newRow("95%, lost sales") << 0.95 << 7.0 << 5.0 << 0.0 << false;
        QTest::newRow("95%, variable lead time") << 0.95 << 7.0 << 8.0 << 1.5 << true;
    }
    void cycleServiceLevelIsMet()
    {
        QFETCH(double, target);
        QFETCH(double, review);
        QFETCH(double, lead);
        QFETCH(double, leadSd);
        QFETCH(bool, backorders);
        // Order-up-to S = d(L + R) + z·√((L + R)σd² + d²σL²): the engine's formula.
        const double d = 100, sd = 30;
        const double sigma = protectionSd(lead + review, d, sd, leadSd);
        SimulationPolicy policy;
        policy.kind = PolicyKind::OrderUpTo;
        policy.reviewDays = review;
        policy.orderUpTo = d * (lead + review) + cycleServiceSafetyStock(target, sigma);
        SimulationSettings settings;
        settings.days = 3650;
        settings.runs = 10;
        settings.seed = 7;
        settings.backorders = backorders;
        settings.dailyDemand = d;
        settings.dailySd = sd;
        settings.leadTimeDays = lead;
        settings.leadTimeSdDays = leadSd;
        const SimulationResult r = simulatePolicy(policy, settings);
        qInfo("cycle service %.4f over %d cycles (target %.2f), fill rate %.4f, avg stock %.0f",
              r.cycleServiceLevel, r.cycles, target, r.fillRate, r.averageInventory);
        QVERIFY(r.cycles > 2000);
        // Within 1.5 points of the target (lost sales serve a little better: no backlog).
        QVERIFY2(std::abs(r.cycleServiceLevel - target) <= 0.015,
                 qPrintable(QStringLiteral("cycle service %1 over %2 cycles, target %3")
                                .arg(r.cycleServiceLevel)
                                .arg(r.cycles)
                                .arg(target)));
        // The average stock is about SS + half a review's demand.
        const double expected = cycleServiceSafetyStock(target, sigma) + d * review / 2;
        QVERIFY2(std::abs(r.averageInventory - expected) < 0.15 * expected + d,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.averageInventory).arg(expected)));
    }

    void fillRateIsMet_data()
    {
        QTest::addColumn<double>("target");
        QTest::newRow("97%") << 0.97;
        QTest::newRow("99%") << 0.99;
    }
    void fillRateIsMet()
    {
        QFETCH(double, target);
        const double d = 100, sd = 40, lead = 6, review = 7;
        const double sigma = protectionSd(lead + review, d, sd, 0);
        const double k = std::max(0.0, fillRateSafetyFactor(target, d * review, sigma));
        SimulationPolicy policy;
        policy.kind = PolicyKind::OrderUpTo;
        policy.reviewDays = review;
        policy.orderUpTo = d * (lead + review) + k * sigma;
        SimulationSettings settings;
        settings.days = 3650;
        settings.runs = 10;
        settings.seed = 11;
        settings.backorders = true;
        settings.dailyDemand = d;
        settings.dailySd = sd;
        settings.leadTimeDays = lead;
        const SimulationResult r = simulatePolicy(policy, settings);
        qInfo("fill rate %.4f (target %.2f), cycle service %.4f", r.fillRate, target,
              r.cycleServiceLevel);
        QVERIFY2(std::abs(r.fillRate - target) <= 0.01,
                 qPrintable(QStringLiteral("fill rate %1, target %2").arg(r.fillRate).arg(target)));
    }

    void reorderPointPolicy()
    {
        // (s, Q) with daily review: a higher reorder point serves better and holds more.
        SimulationPolicy low;
        low.kind = PolicyKind::ReorderPoint;
        low.orderQuantity = 700;
        low.reorderPoint = 500;
        SimulationPolicy high = low;
        high.reorderPoint = 650;
        SimulationSettings settings;
        settings.dailyDemand = 50;
        settings.dailySd = 20;
        settings.leadTimeDays = 10;
        settings.unitCost = 10;
        settings.orderCost = 40;
        const SimulationResult a = simulatePolicy(low, settings);
        const SimulationResult b = simulatePolicy(high, settings);
        QVERIFY(b.cycleServiceLevel > a.cycleServiceLevel);
        QVERIFY(b.averageInventory > a.averageInventory);
        // About one order of 700 every 14 days.
        QVERIFY2(std::abs(a.ordersPerYear - 365.0 * 50 / 700) < 2,
                 qPrintable(QString::number(a.ordersPerYear)));
        QVERIFY(std::abs(a.orderingCost - a.ordersPerYear * 40) < 1e-9);
        QVERIFY(std::abs(a.holdingCost - a.averageInventory * 10 * 0.25) < 1e-9);
    }

    void repeatableForASeed()
    {
        SimulationPolicy policy;
        policy.orderUpTo = 1500;
        SimulationSettings settings;
        settings.dailyDemand = 100;
        settings.dailySd = 30;
        settings.leadTimeDays = 5;
        settings.leadTimeSdDays = 1;
        settings.demand = SimulationSettings::Demand::Gamma;
        const SimulationResult a = simulatePolicy(policy, settings);
        const SimulationResult b = simulatePolicy(policy, settings);
        QCOMPARE(a.cycleServiceLevel, b.cycleServiceLevel);
        QCOMPARE(a.averageInventory, b.averageInventory);
        settings.seed = 2;
        const SimulationResult c = simulatePolicy(policy, settings);
        QVERIFY(c.averageInventory != a.averageInventory);
    }

    void zeroDemand()
    {
        SimulationPolicy policy;
        policy.orderUpTo = 10;
        SimulationSettings settings;
        const SimulationResult r = simulatePolicy(policy, settings);
        QCOMPARE(r.fillRate, 1.0);
        QCOMPARE(r.shortageCost, 0.0);
        QCOMPARE(r.averageInventory, 10.0);
    }
};

QTEST_GUILESS_MAIN(TestPolicySimulator)
#include "tst_policysimulator.moc"
