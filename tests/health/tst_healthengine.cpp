// Stock health on hand-made rows: status rules, expiry-aware cover, turnover, segmentation,
// the score's parts, alerts and their storage.
#include "health/HealthEngine.h"
#include "health/StockAlerts.h"
#include "storage/Connection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Inventory;
using namespace Stockshift::Health;

namespace {

struct Spec
{
    double daily = 10;
    std::vector<std::pair<double, int>> lots; ///< quantity, expiry in days (−1 none)
    double inbound = 0;
    int inboundInDays = 3;
    double lead = 10;
    double soldUnits = 3650; // a year
    int lastSaleAgo = 1;     // days; −1 never
    int stockoutDays = 0;
    double wape = std::nan("");
};

void addRow(InventorySnapshot &snap, const Spec &s, const QString &sku, const QString &location)
{
    if (snap.supplies.empty()) {
        SupplyInfo supply;
        supply.source = QStringLiteral("SUP");
        supply.leadTimeDays = s.lead;
        supply.unitCost = 2;
        supply.orderCost = 20;
        snap.supplies.push_back(supply);
    }
    SkuInfo k;
    k.id = qint64(snap.skus.size() + 1);
    k.code = sku;
    k.category = sku.left(1);
    k.unitCost = 2;
    snap.skus.push_back(k);
    LocationInfo l;
    l.id = qint64(snap.locations.size() + 1);
    l.code = location;
    l.region = QStringLiteral("North");
    snap.locations.push_back(l);
    InventoryRow r;
    r.sku = int(snap.skus.size()) - 1;
    r.location = int(snap.locations.size()) - 1;
    r.supply = 0;
    r.lotBegin = int(snap.lots.size());
    for (const auto &[qty, expiry] : s.lots) {
        snap.lots.push_back({expiry < 0 ? kNoExpiry : snap.asOfDay + expiry, qty});
        r.onHand += qty;
    }
    std::stable_sort(snap.lots.begin() + r.lotBegin, snap.lots.end(),
                     [](const Lot &a, const Lot &b) { return a.expiryDay < b.expiryDay; });
    r.lotCount = int(s.lots.size());
    r.inboundBegin = int(snap.inbound.size());
    if (s.inbound > 0) {
        snap.inbound.push_back({snap.asOfDay + s.inboundInDays, s.inbound, false});
        r.inboundCount = 1;
    }
    r.demandSource = DemandSource::Forecast;
    r.demandBegin = int(snap.dailyDemand.size());
    r.demandCount = snap.horizonDays;
    snap.dailyDemand.resize(snap.dailyDemand.size() + std::size_t(snap.horizonDays), s.daily);
    r.dailyDemand = s.daily;
    r.historyDays = 365;
    r.soldUnits = s.soldUnits;
    r.weeklyMean = s.soldUnits / 52;
    r.weeklySd = r.weeklyMean * 0.2;
    r.lastSaleDay
        = s.lastSaleAgo < 0 ? std::numeric_limits<int>::min() : snap.asOfDay - 1 - s.lastSaleAgo;
    r.stockoutDays = s.stockoutDays;
    r.forecastWape = s.wape;
    snap.rows.push_back(r);
}

InventorySnapshot emptySnapshot()
{
    InventorySnapshot snap;
    snap.asOfDay = 20000;
    snap.horizonDays = 91;
    return snap;
}

Policy::PolicyConfig noSafetyStock()
{
    // Order-up-to, weekly, SS 0: the reorder point is the demand over L + R (17 days = 170).
    Policy::PolicyConfig config;
    config.defaults.safetyStock = Policy::SafetyStockMethod::DaysOfCover;
    config.defaults.coverDays = 0;
    return config;
}

} // namespace

class TestHealthEngine : public QObject
{
    Q_OBJECT

private slots:
    void status_data()
    {
        QTest::addColumn<double>("daily");
        QTest::addColumn<double>("stock");
        QTest::addColumn<int>("expiry");
        QTest::addColumn<double>("extra"); // a second lot without expiry
        QTest::addColumn<int>("lastSaleAgo");
        QTest::addColumn<QString>("status");
        QTest::newRow("out of stock") << 10.0 << 0.0 << -1 << 0.0 << 1 << QString("out-of-stock");
        // 30 units last 3 days, an order placed today takes 10.
        QTest::newRow("critical") << 10.0 << 30.0 << -1 << 0.0 << 1 << QString("critical");
        // 150 last 15 days (past the lead time) but the position is under s = 170.
        QTest::newRow("below reorder point")
            << 10.0 << 150.0 << -1 << 0.0 << 1 << QString("below-rop");
        // 300 expiring in 25 days sell 250 first: 50 expire unsold inside the 30-day window.
        QTest::newRow("expiring") << 10.0 << 300.0 << 25 << 400.0 << 1 << QString("expiring");
        QTest::newRow("overstock by cover")
            << 10.0 << 2000.0 << -1 << 0.0 << 1 << QString("overstock");
        QTest::newRow("dead stock") << 0.0 << 100.0 << -1 << 0.0 << 200 << QString("overstock");
        QTest::newRow("healthy") << 10.0 << 300.0 << -1 << 0.0 << 1 << QString("healthy");
        QTest::newRow("inactive") << 0.0 << 0.0 << -1 << 0.0 << -1 << QString("inactive");
    }
    void status()
    {
        QFETCH(double, daily);
        QFETCH(double, stock);
        QFETCH(int, expiry);
        QFETCH(double, extra);
        QFETCH(int, lastSaleAgo);
        QFETCH(QString, status);
        InventorySnapshot snap = emptySnapshot();
        Spec spec;
        spec.daily = daily;
        if (stock > 0)
            spec.lots.push_back({stock, expiry});
        if (extra > 0)
            spec.lots.push_back({extra, -1});
        spec.lastSaleAgo = lastSaleAgo;
        addRow(snap, spec, QStringLiteral("A1"), QStringLiteral("W1"));
        const auto report = computeHealth(snap, noSafetyStock());
        QVERIFY(report.ok());
        QCOMPARE(statusName(report->rows.front().status), status);
    }

    void expiryAwareCover()
    {
        // 300 units, of which 200 expire in 5 days: 50 sell by then, 150 are written off;
        // the 100 without expiry then last 10 more days. Cover 15 days, not 30.
        InventorySnapshot snap = emptySnapshot();
        Spec spec;
        spec.lots = {{200, 5}, {100, -1}};
        addRow(snap, spec, QStringLiteral("A1"), QStringLiteral("W1"));
        const auto report = computeHealth(snap, noSafetyStock());
        QVERIFY(report.ok());
        const HealthRow &h = report->rows.front();
        QCOMPARE(h.daysOfCover, 15.0);
        QCOMPARE(h.stockoutDay, snap.asOfDay + 15);
        QCOMPARE(h.expiringUnits, 200.0);
        QCOMPARE(h.expiringUnsold, 150.0);
        QCOMPARE(h.expiringValue, 300.0);
        // Inbound stock extends the cover: 100 more on day 3 → 10 days more.
        InventorySnapshot withOrder = emptySnapshot();
        spec.inbound = 100;
        addRow(withOrder, spec, QStringLiteral("A1"), QStringLiteral("W1"));
        const auto more = computeHealth(withOrder, noSafetyStock());
        QVERIFY(more.ok());
        QCOMPARE(more->rows.front().daysOfCover, 25.0);
        QCOMPARE(more->rows.front().onOrder, 100.0);
    }

    void valueAndTurnover()
    {
        InventorySnapshot snap = emptySnapshot();
        Spec spec;
        spec.lots = {{365, -1}};
        spec.soldUnits = 3650;
        spec.stockoutDays = 73;
        addRow(snap, spec, QStringLiteral("A1"), QStringLiteral("W1"));
        const auto report = computeHealth(snap, noSafetyStock());
        QVERIFY(report.ok());
        const HealthRow &h = report->rows.front();
        QCOMPARE(h.stockValue, 730.0); // 365 × 2
        QCOMPARE(h.cogsYear, 7300.0);  // 3650 × 2
        QCOMPARE(h.turnover, 10.0);
        QCOMPARE(h.daysOfInventory, 36.5); // 730 · 365 / 7300
        QCOMPARE(h.inStockRate, 0.8);      // 73 of 365 days out
    }

    void abcSegmentation_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QString>("classes");
        // Shares 50, 25, 10, 8, 5, 2: cumulative before each 0, 50, 75, 85, 93, 98.
        QTest::newRow("pareto") << QList<double>{500, 250, 100, 80, 50, 20} << QString("AAABBC");
        QTest::newRow("one item") << QList<double>{10} << QString("A");
        QTest::newRow("no demand is C") << QList<double>{100, 0} << QString("AC");
        QTest::newRow("equal values") << QList<double>{1, 1, 1, 1, 1} << QString("AAAAB");
    }
    void abcSegmentation()
    {
        QFETCH(QList<double>, values);
        QFETCH(QString, classes);
        InventorySnapshot snap = emptySnapshot();
        for (int i = 0; i < values.size(); ++i) {
            Spec spec;
            spec.soldUnits = values[i] / 2; // × unit cost 2
            addRow(snap, spec, QStringLiteral("S%1").arg(i), QStringLiteral("W%1").arg(i));
        }
        const std::vector<Segment> segments = segment(snap);
        QString got;
        for (const Segment &s : segments)
            got += QLatin1Char(s.abc);
        QCOMPARE(got, classes);
        const SegmentMatrix m = segmentMatrix(segments);
        int total = 0;
        for (const auto &row : m.rows)
            for (int c : row)
                total += c;
        QCOMPARE(total, int(values.size()));
    }

    void xyzSegmentation()
    {
        InventorySnapshot snap = emptySnapshot();
        for (double cv : {0.2, 0.7, 1.5}) {
            Spec spec;
            addRow(snap, spec, QStringLiteral("S%1").arg(cv), QStringLiteral("W"));
            snap.rows.back().weeklySd = snap.rows.back().weeklyMean * cv;
        }
        const auto segments = segment(snap);
        QCOMPARE(segments[0].xyz, 'X');
        QCOMPARE(segments[1].xyz, 'Y');
        QCOMPARE(segments[2].xyz, 'Z');
    }

    void scoreParts()
    {
        // Two rows: one healthy with 98% in stock and WAPE 20%, one out of stock.
        InventorySnapshot snap = emptySnapshot();
        Spec healthy;
        healthy.lots = {{300, -1}};
        healthy.stockoutDays = 0;
        healthy.wape = 20;
        addRow(snap, healthy, QStringLiteral("A1"), QStringLiteral("W1"));
        Spec out;
        out.stockoutDays = 73;
        addRow(snap, out, QStringLiteral("B1"), QStringLiteral("W1"));
        HealthSettings settings;
        const auto report = computeHealth(snap, noSafetyStock(), settings);
        QVERIFY(report.ok());
        const HealthGroup &n = report->network;
        QCOMPARE(n.rows, 2);
        QCOMPARE(n.statusCounts[std::size_t(StockStatus::OutOfStock)], 1);
        QCOMPARE(n.stockoutRate, 0.5);
        QCOMPARE(n.inStockRate, 0.9); // demand-weighted mean of 1.0 and 0.8
        QCOMPARE(n.accuracy, 0.8);
        // Parts: in-stock (0.9 − 0.8)/(0.98 − 0.8) = 55.6; stockouts 0.5 beyond the 0.2
        // ceiling = 0; overstock none = 100; turnover 14600/600 = 24.3 ≥ 8 → 100; accuracy 100.
        QVERIFY(std::abs(n.parts[0].points - 100.0 * 0.1 / 0.18) < 1e-9);
        QCOMPARE(n.parts[1].points, 0.0);
        QCOMPARE(n.parts[2].points, 100.0);
        QCOMPARE(n.parts[3].points, 100.0);
        QCOMPARE(n.parts[4].points, 100.0);
        const double expected
            = (0.30 * 100.0 * 0.1 / 0.18 + 0.20 * 0 + 0.20 * 100 + 0.15 * 100 + 0.15 * 100);
        QVERIFY(std::abs(n.score - expected) < 1e-9);
        // Without any measured accuracy the part is left out and the weights renormalised.
        snap.rows.front().forecastWape = std::nan("");
        const auto unmeasured = computeHealth(snap, noSafetyStock(), settings);
        QVERIFY(!unmeasured->network.parts[4].used);
        QVERIFY(std::abs(unmeasured->network.score - (expected - 15.0) / 0.85) < 1e-9);
        QCOMPARE(report->locations.size(), std::size_t(1));
        // Sums: 300 available, 20 a day → 15 days of cover; all sold yesterday (aging ≤ 30).
        QCOMPARE(n.available, 300.0);
        QCOMPARE(n.onHand, 300.0);
        QCOMPARE(n.dailyDemand, 20.0);
        QCOMPARE(n.daysOfCover, 15.0);
        QCOMPARE(n.agingValue[0], 600.0);
        QCOMPARE(n.agingValue[3], 0.0);
        QCOMPARE(report->categories.size(), std::size_t(2));
    }

    void alertsAreStoredAndResolved()
    {
        QTemporaryDir dir;
        auto connection = Storage::Connection::open(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(connection.ok());
        InventorySnapshot snap = emptySnapshot();
        Spec outOfStock;
        addRow(snap, outOfStock, QStringLiteral("A1"), QStringLiteral("W1"));
        Spec expiring;
        expiring.lots = {{300, 25}, {400, -1}};
        addRow(snap, expiring, QStringLiteral("A2"), QStringLiteral("W1"));
        HealthSettings settings;
        auto report = computeHealth(snap, noSafetyStock(), settings);
        QVERIFY(report.ok());
        auto alerts = deriveAlerts(snap, *report, settings);
        QCOMPARE(alerts.size(), std::size_t(2));
        QCOMPARE(alertKindName(alerts[0].kind), QStringLiteral("stock-out"));
        QCOMPARE(alerts[0].severity, Severity::Critical);
        QCOMPARE(alertKindName(alerts[1].kind), QStringLiteral("stock-expiring"));
        QVERIFY(alertMessage(snap, *report, settings, alerts[0]).contains(QStringLiteral("A1")));
        QVERIFY(!alertAction(snap, *report, alerts[0]).isEmpty());

        auto sync = syncAlerts(**connection, snap, *report, settings, alerts);
        QVERIFY2(sync.ok(), qPrintable(sync.errorMessage()));
        QCOMPARE(sync->raised, 2);
        // The same alerts again: kept, not duplicated.
        sync = syncAlerts(**connection, snap, *report, settings, alerts);
        QCOMPARE(sync->kept, 2);
        QCOMPARE(sync->raised, 0);
        // The stock-out is gone: resolved.
        alerts.erase(alerts.begin());
        sync = syncAlerts(**connection, snap, *report, settings, alerts);
        QCOMPARE(sync->resolved, 1);
        auto open = listAlerts(**connection);
        QVERIFY(open.ok());
        QCOMPARE(open->size(), std::size_t(1));
        QCOMPARE(open->front().kind, QStringLiteral("stock-expiring"));
        // It comes back: the resolved row is reopened, not duplicated.
        alerts = deriveAlerts(snap, *report, settings);
        sync = syncAlerts(**connection, snap, *report, settings, alerts);
        QCOMPARE(sync->raised, 1);
        open = listAlerts(**connection);
        QCOMPARE(open->size(), std::size_t(2));
        QCOMPARE(open->front().severity, QStringLiteral("critical"));
        auto all = listAlerts(**connection, true);
        QCOMPARE(all->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestHealthEngine)
#include "tst_healthengine.moc"
