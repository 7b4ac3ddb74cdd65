// The stock projection: the event-stepping path (used for every row) gives the same answer as
// the day-by-day path (used for the chart) on random rows, and hand-checked cases.
#include "demo/Random.h"
#include "inventory/Projection.h"

#include <QTest>

#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Inventory;

namespace {

InventorySnapshot randomSnapshot(quint64 seed, int rows, int bucketDays)
{
    Demo::Random rng(seed);
    InventorySnapshot snap;
    snap.asOfDay = 21000;
    snap.horizonDays = 91;
    snap.demandBucketDays = bucketDays;
    SkuInfo perishable, durable;
    perishable.shelfLifeDays = 12;
    snap.skus = {perishable, durable};
    snap.locations.push_back({});
    const int buckets = (snap.horizonDays + bucketDays - 1) / bucketDays;
    for (int i = 0; i < rows; ++i) {
        InventoryRow r;
        r.sku = i % 2;
        r.lotBegin = int(snap.lots.size());
        for (int l = rng.integer(0, 4); l > 0; --l)
            snap.lots.push_back({rng.chance(0.6) ? snap.asOfDay + rng.integer(0, 60) : kNoExpiry,
                                 double(rng.integer(0, 400))});
        std::sort(snap.lots.begin() + r.lotBegin, snap.lots.end(),
                  [](const Lot &a, const Lot &b) { return a.expiryDay < b.expiryDay; });
        r.lotCount = int(snap.lots.size()) - r.lotBegin;
        r.inboundBegin = int(snap.inbound.size());
        for (int k = rng.integer(0, 3); k > 0; --k)
            snap.inbound.push_back(
                {snap.asOfDay + rng.integer(-2, 80), double(rng.integer(1, 300)), rng.chance(0.5)});
        std::sort(snap.inbound.begin() + r.inboundBegin, snap.inbound.end(),
                  [](const Inbound &a, const Inbound &b) { return a.dueDay < b.dueDay; });
        r.inboundCount = int(snap.inbound.size()) - r.inboundBegin;
        r.demandBegin = int(snap.dailyDemand.size());
        r.demandCount = buckets;
        double total = 0;
        for (int b = 0; b < buckets; ++b) {
            // Whole, fractional and zero rates, the zero ones on a fifth of the buckets.
            const double rate = rng.chance(0.2) ? 0.0 : rng.uniform(0.0, 25.0);
            snap.dailyDemand.push_back(rng.chance(0.3) ? std::round(rate) : rate);
            total += snap.dailyDemand.back() * bucketDays;
        }
        r.dailyDemand = total / (buckets * bucketDays);
        snap.rows.push_back(r);
    }
    return snap;
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private slots:
    void eventsMatchDays_data()
    {
        QTest::addColumn<int>("bucketDays");
        QTest::addColumn<bool>("inbound");
        QTest::newRow("weekly buckets") << 7 << true;
        QTest::newRow("daily buckets") << 1 << true;
        QTest::newRow("stock only") << 7 << false;
    }
    void eventsMatchDays()
    {
        QFETCH(int, bucketDays);
        QFETCH(bool, inbound);
        const InventorySnapshot snap = randomSnapshot(17 + quint64(bucketDays), 3000, bucketDays);
        int stockouts = 0, writeOffs = 0;
        for (const InventoryRow &row : snap.rows) {
            for (int days : {1, 30, 91, 120}) {
                const ProjectionResult a = projectStock(snap, row, days, inbound, false);
                const ProjectionResult b = projectStock(snap, row, days, inbound, true);
                QCOMPARE(a.stockoutDay, b.stockoutDay);
                QCOMPARE(a.firstWriteOffDay, b.firstWriteOffDay);
                QVERIFY(std::abs(a.unmet - b.unmet) < 1e-6);
                QVERIFY(std::abs(a.writeOff - b.writeOff) < 1e-6);
                QVERIFY(std::abs(a.endStock - b.endStock) < 1e-6);
                QVERIFY2(
                    std::abs(a.averageStock - b.averageStock) < 1e-6,
                    qPrintable(QStringLiteral("%1 vs %2").arg(a.averageStock).arg(b.averageStock)));
                QCOMPARE(a.writeOffEvents.size(), b.writeOffEvents.size());
                QCOMPARE(b.levels.size(), std::size_t(days));
                stockouts += a.stockoutDay != kNoExpiry;
                writeOffs += a.writeOff > 0;
            }
        }
        // The random rows exercise both stockouts and write-offs.
        QVERIFY(stockouts > 1000);
        QVERIFY(writeOffs > 500);
    }

    void demandOverBuckets_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("days");
        QTest::addColumn<double>("expected");
        // Weekly buckets at 10 and 20 a day, then the mean (15) past the two buckets.
        QTest::newRow("inside a bucket") << 1.0 << 3.0 << 30.0;
        QTest::newRow("across buckets, fractional") << 3.5 << 7.0 << 3.5 * 10 + 3.5 * 20;
        QTest::newRow("past the buckets") << 13.0 << 4.0 << 20.0 + 3 * 15.0;
        QTest::newRow("nothing") << 2.0 << 0.0 << 0.0;
    }
    void demandOverBuckets()
    {
        QFETCH(double, from);
        QFETCH(double, days);
        QFETCH(double, expected);
        InventorySnapshot snap;
        snap.demandBucketDays = 7;
        snap.horizonDays = 14;
        snap.dailyDemand = {10, 20};
        InventoryRow r;
        r.demandCount = 2;
        r.dailyDemand = 15;
        QVERIFY(std::abs(demandOver(snap, r, from, days) - expected) < 1e-9);
    }

    void handChecked()
    {
        // 100 units, 10 a day, 50 more on day 4: lasts 15 days.
        InventorySnapshot snap;
        snap.asOfDay = 100;
        snap.horizonDays = 30;
        snap.skus.push_back({});
        snap.locations.push_back({});
        snap.lots.push_back({kNoExpiry, 100});
        snap.inbound.push_back({104, 50, false});
        InventoryRow r;
        r.lotCount = 1;
        r.inboundCount = 1;
        r.demandCount = 30;
        r.dailyDemand = 10;
        snap.dailyDemand.assign(30, 10.0);
        snap.rows.push_back(r);
        ProjectionResult p = projectStock(snap, snap.rows.front(), 30);
        QCOMPARE(p.stockoutDay, 115);
        QCOMPARE(p.unmet, 150.0);
        QCOMPARE(p.endStock, 0.0);
        // Without the inbound order: 10 days.
        p = projectStock(snap, snap.rows.front(), 30, false);
        QCOMPARE(p.stockoutDay, 110);
        QCOMPARE(p.writeOffBefore(200), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
