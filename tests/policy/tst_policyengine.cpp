// The policy engine on hand-made rows with hand-computed answers: safety stock by each method,
// reorder point, EOQ, order rounding, shelf-life cap, expiry-aware position, edge cases.
#include "inventory/Projection.h"
#include "policy/InventoryMath.h"
#include "policy/PolicyEngine.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Stockshift;
using namespace Stockshift::Inventory;
using namespace Stockshift::Policy;

namespace {

struct RowSpec
{
    double daily = 50, sd = 30;
    double lead = 10, leadSd = 0;
    bool supply = true;
    double onHand = 400;
    int expiryInDays = -1; ///< −1 = no expiry
    double inbound = 0;
    double unitCost = 8;
    double orderCost = 50;
    double moq = 0, multiple = 1;
    int shelfLife = 0;
};

InventorySnapshot snapshotOf(const RowSpec &s)
{
    InventorySnapshot snap;
    snap.asOfDay = 20000;
    snap.horizonDays = 91;
    SkuInfo sku;
    sku.id = 1;
    sku.code = QStringLiteral("SKU-1");
    sku.unitCost = s.unitCost;
    sku.shelfLifeDays = s.shelfLife;
    snap.skus.push_back(sku);
    LocationInfo loc;
    loc.id = 1;
    loc.code = QStringLiteral("W1");
    snap.locations.push_back(loc);
    InventoryRow row;
    if (s.supply) {
        SupplyInfo supply;
        supply.source = QStringLiteral("SUP-1");
        supply.leadTimeDays = s.lead;
        supply.leadTimeSdDays = s.leadSd;
        supply.moq = s.moq;
        supply.orderMultiple = s.multiple;
        supply.orderCost = s.orderCost;
        supply.unitCost = s.unitCost;
        snap.supplies.push_back(supply);
        row.supply = 0;
    }
    row.onHand = s.onHand;
    if (s.onHand > 0) {
        snap.lots.push_back(
            {s.expiryInDays < 0 ? kNoExpiry : snap.asOfDay + s.expiryInDays, s.onHand});
        row.lotCount = 1;
    }
    if (s.inbound > 0) {
        snap.inbound.push_back({snap.asOfDay + 3, s.inbound, false});
        row.inboundCount = 1;
    }
    row.demandSource = DemandSource::Forecast;
    row.demandCount = snap.horizonDays;
    snap.dailyDemand.assign(std::size_t(snap.horizonDays), s.daily);
    row.dailyDemand = s.daily;
    row.dailyDemandSd = s.sd;
    snap.rows.push_back(row);
    return snap;
}

Recommendation recommendWith(const InventorySnapshot &snap, const PolicyParameters &p,
                             char abc = 'A', char xyz = 'X')
{
    PolicyConfig config;
    config.defaults = p;
    Segment segment;
    segment.abc = abc;
    segment.xyz = xyz;
    return recommend(snap, snap.rows.front(), segment, config);
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestPolicyEngine : public QObject
{
    Q_OBJECT

private slots:
    void issueExample()
    {
        // d = 50/day, L = 10 days, SS = 2 days of cover = 100 → ROP = 50·10 + 100 = 600;
        // EOQ = √(2·18,250·50/2) = 955.25 with c = 8 and h = 25% (H = 2).
        const InventorySnapshot snap = snapshotOf({});
        PolicyParameters p;
        p.kind = PolicyKind::ReorderPoint;
        p.safetyStock = SafetyStockMethod::DaysOfCover;
        p.coverDays = 2;
        const Recommendation r = recommendWith(snap, p);
        QVERIFY(r.problem.isEmpty());
        QCOMPARE(r.safetyStock, 100.0);
        QCOMPARE(r.reorderPoint, 600.0);
        QVERIFY(near(r.eoq, 955.2486587, 1e-6));
        QCOMPARE(r.protectionDays, 10.0); // continuous review: P = L
        // IP = 400 ≤ 600: one EOQ lifts it above the reorder point; rounded up to whole units.
        QCOMPARE(r.inventoryPosition, 400.0);
        QCOMPARE(r.suggestedOrder, 956.0);
    }

    void safetyStockMethods_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("leadSd");
        QTest::addColumn<double>("expected");
        const double z95 = 1.6448536269514722;
        // Order-up-to, R = 7, L = 10 → P = 17 days; σd = 30, d = 50.
        QTest::newRow("service, fixed lead time")
            << int(SafetyStockMethod::ServiceLevel) << 0.0 << z95 * std::sqrt(17 * 900.0);
        QTest::newRow("service, variable lead time") << int(SafetyStockMethod::ServiceLevel) << 2.0
                                                     << z95 * std::sqrt(17 * 900.0 + 2500.0 * 4.0);
        // Fill rate 98% with Q = d·R = 350 and σP = √(17·900): G(k) = 0.02·350/σP.
        const double sigma = std::sqrt(17 * 900.0);
        QTest::newRow("fill rate") << int(SafetyStockMethod::FillRate) << 0.0
                                   << inverseNormalLoss(0.02 * 350 / sigma) * sigma;
        QTest::newRow("days of cover") << int(SafetyStockMethod::DaysOfCover) << 0.0 << 7 * 50.0;
    }
    void safetyStockMethods()
    {
        QFETCH(int, method);
        QFETCH(double, leadSd);
        QFETCH(double, expected);
        RowSpec spec;
        spec.leadSd = leadSd;
        const InventorySnapshot snap = snapshotOf(spec);
        PolicyParameters p;
        p.kind = PolicyKind::OrderUpTo;
        p.reviewDays = 7;
        p.serviceLevel = 0.95;
        p.fillRate = 0.98;
        p.coverDays = 7;
        p.safetyStock = SafetyStockMethod(method);
        const Recommendation r = recommendWith(snap, p);
        QVERIFY2(near(r.safetyStock, expected, 1e-9),
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.safetyStock).arg(expected)));
        QCOMPARE(r.protectionDays, 17.0);
        QVERIFY(near(r.orderUpTo, 17 * 50.0 + expected, 1e-9));
        QVERIFY(near(r.suggestedOrder, std::ceil(r.orderUpTo - 400 - 1e-9), 1e-9));
    }

    void forecastErrorSafetyStock()
    {
        InventorySnapshot snap = snapshotOf({});
        snap.rows.front().forecastBacktestRmse = 140; // per 7-day bucket
        snap.rows.front().forecastBucketDays = 7;
        PolicyParameters p;
        p.kind = PolicyKind::OrderUpTo;
        p.reviewDays = 7;
        p.serviceLevel = 0.95;
        p.safetyStock = SafetyStockMethod::ForecastError;
        Recommendation r = recommendWith(snap, p);
        QVERIFY(!r.rmseFallback);
        QVERIFY(near(r.safetyStock, 1.6448536269514722 * 140 * std::sqrt(17.0 / 7.0), 1e-9));
        // Without a backtest error it falls back to the forecast interval and says so.
        snap.rows.front().forecastBacktestRmse = std::nan("");
        r = recommendWith(snap, p);
        QVERIFY(r.rmseFallback);
        QVERIFY(near(r.safetyStock, 1.6448536269514722 * std::sqrt(17 * 900.0), 1e-9));
    }

    void roundsToMoqAndPack_data()
    {
        QTest::addColumn<double>("moq");
        QTest::addColumn<double>("multiple");
        QTest::addColumn<double>("order");
        // Days-of-cover SS 0, R = 7, L = 0: S = 7·50 = 350; IP 220 → 130 needed.
        QTest::newRow("as needed") << 0.0 << 1.0 << 130.0;
        QTest::newRow("pack of 12") << 0.0 << 12.0 << 132.0;
        QTest::newRow("MOQ 200") << 200.0 << 1.0 << 200.0;
        QTest::newRow("MOQ 200, pack 24") << 200.0 << 24.0 << 216.0;
    }
    void roundsToMoqAndPack()
    {
        QFETCH(double, moq);
        QFETCH(double, multiple);
        QFETCH(double, order);
        RowSpec spec;
        spec.lead = 0;
        spec.onHand = 220;
        spec.moq = moq;
        spec.multiple = multiple;
        const InventorySnapshot snap = snapshotOf(spec);
        PolicyParameters p;
        p.kind = PolicyKind::OrderUpTo;
        p.reviewDays = 7;
        p.safetyStock = SafetyStockMethod::DaysOfCover;
        p.coverDays = 0;
        const Recommendation r = recommendWith(snap, p);
        QCOMPARE(r.orderUpTo, 350.0);
        QCOMPARE(r.rawOrder, 130.0);
        QCOMPARE(r.suggestedOrder, order);
    }

    void shelfLifeCapsTheOrder()
    {
        // Shelf life 10 days, L = 2, d = 50: what arrives sells 500 before it expires; IP 0.
        RowSpec spec;
        spec.lead = 2;
        spec.onHand = 0;
        spec.shelfLife = 10;
        spec.sd = 0;
        InventorySnapshot snap = snapshotOf(spec);
        PolicyParameters p;
        p.kind = PolicyKind::OrderUpTo;
        p.reviewDays = 30;
        p.safetyStock = SafetyStockMethod::DaysOfCover;
        p.coverDays = 5;
        Recommendation r = recommendWith(snap, p);
        QCOMPARE(r.rawOrder, 32 * 50.0 + 250.0);
        QCOMPARE(r.shelfLifeCap, 500.0);
        QCOMPARE(r.suggestedOrder, 500.0);
        QVERIFY(!r.orderNote.isEmpty());
        // An MOQ above what can sell is a conflict: no order, and the reason.
        spec.moq = 600;
        snap = snapshotOf(spec);
        r = recommendWith(snap, p);
        QCOMPARE(r.suggestedOrder, 0.0);
        QVERIFY2(r.orderNote.contains(QStringLiteral("600")), qPrintable(r.orderNote));
        // Switched off, the order is not capped.
        p.shelfLifeCap = false;
        r = recommendWith(snap, p);
        QCOMPARE(r.suggestedOrder, 1850.0);
    }

    void expiringStockIsNotPosition()
    {
        // 300 units expire in 3 days while 50 a day sell: 150 are written off unsold.
        RowSpec spec;
        spec.onHand = 300;
        spec.expiryInDays = 3;
        const InventorySnapshot snap = snapshotOf(spec);
        PolicyParameters p;
        p.kind = PolicyKind::OrderUpTo;
        const Recommendation r = recommendWith(snap, p);
        QCOMPARE(r.expiringWithinProtection, 150.0);
        QCOMPARE(r.inventoryPosition, 150.0);
        const ProjectionResult proj = projectStock(snap, snap.rows.front(), 10);
        QCOMPARE(proj.writeOff, 150.0);
        QCOMPARE(proj.stockoutDay, snap.asOfDay + 3);
    }

    void edgeCases()
    {
        // No supply and no lead time in the policy: a reason, no NaN figures shown.
        RowSpec spec;
        spec.supply = false;
        InventorySnapshot snap = snapshotOf(spec);
        Recommendation r = recommendWith(snap, {});
        QVERIFY(r.problem.contains(QStringLiteral("no lead time")));
        QCOMPARE(r.suggestedOrder, 0.0);
        // ... which a lead time in the policy fixes.
        PolicyParameters p;
        p.leadTimeDays = 5;
        r = recommendWith(snap, p);
        QVERIFY(r.problem.isEmpty());
        QCOMPARE(r.leadTimeDays, 5.0);

        // Zero demand: nothing to protect, nothing to order; the EOQ says why it is missing.
        spec = {};
        spec.daily = 0;
        spec.sd = 0;
        snap = snapshotOf(spec);
        r = recommendWith(snap, {});
        QVERIFY(r.problem.isEmpty());
        QCOMPARE(r.safetyStock, 0.0);
        QCOMPARE(r.reorderPoint, 0.0);
        QCOMPARE(r.suggestedOrder, 0.0);
        QVERIFY(std::isnan(r.eoq));
        QVERIFY(r.eoqProblem.contains(QStringLiteral("no forecast demand")));

        // Zero lead time with a review period: P = R.
        spec = {};
        spec.lead = 0;
        snap = snapshotOf(spec);
        p = {};
        p.kind = PolicyKind::OrderUpTo;
        p.reviewDays = 7;
        r = recommendWith(snap, p);
        QCOMPARE(r.protectionDays, 7.0);
        QCOMPARE(r.demandOverLead, 0.0);

        // Unknown unit cost: no EOQ, and the reorder-point policy orders a week of demand.
        spec = {};
        spec.unitCost = std::nan("");
        snap = snapshotOf(spec);
        p = {};
        p.kind = PolicyKind::ReorderPoint;
        r = recommendWith(snap, p);
        QVERIFY(std::isnan(r.eoq));
        QVERIFY(r.eoqProblem.contains(QStringLiteral("no unit cost")));
        QVERIFY(r.suggestedOrder >= 350.0);

        // No demand data at all.
        spec = {};
        snap = snapshotOf(spec);
        snap.rows.front().demandSource = DemandSource::None;
        r = recommendWith(snap, {});
        QVERIFY(r.problem.contains(QStringLiteral("neither a forecast nor sales")));
    }

    void resolution()
    {
        PolicyConfig config = PolicyConfig::standard();
        config.segments[QStringLiteral("AZ")].safetyStock = SafetyStockMethod::FillRate;
        config.overrides[{7, 9}].serviceLevel = 0.999;
        ResolvedPolicy r = config.resolve(QLatin1Char('A'), QLatin1Char('X'), 1, 1);
        QCOMPARE(r.serviceLevel, 0.98);
        QCOMPARE(r.from[ResolvedPolicy::ServiceLevel], PolicySource::Abc);
        QCOMPARE(r.safetyStock, SafetyStockMethod::ServiceLevel);
        QCOMPARE(r.from[ResolvedPolicy::SafetyStock], PolicySource::Default);
        r = config.resolve(QLatin1Char('A'), QLatin1Char('Z'), 7, 9);
        QCOMPARE(r.safetyStock, SafetyStockMethod::FillRate);
        QCOMPARE(r.from[ResolvedPolicy::SafetyStock], PolicySource::Segment);
        QCOMPARE(r.serviceLevel, 0.999);
        QCOMPARE(r.from[ResolvedPolicy::ServiceLevel], PolicySource::Override);
        r = config.resolve(QLatin1Char('C'), QLatin1Char('Y'), 7, 8);
        QCOMPARE(r.serviceLevel, 0.90);
    }

    void parametersJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty = valid
        QTest::newRow("full") << QByteArray(
            R"({"kind":"min-max","safetyStock":"fill-rate",)"
            R"("fillRate":0.97,"reviewDays":14,"shelfLifeCap":false})")
                              << QString();
        QTest::newRow("unknown key") << QByteArray(R"({"servicelevel":0.9})")
                                     << QStringLiteral("unknown setting \"servicelevel\"");
        QTest::newRow("out of range")
            << QByteArray(R"({"serviceLevel":1.5})")
            << QStringLiteral("serviceLevel must be between 0.5 and 0.9999");
        QTest::newRow("bad kind") << QByteArray(R"({"kind":"magic"})")
                                  << QStringLiteral("kind must be rop, order-up-to or min-max");
        QTest::newRow("text number")
            << QByteArray(R"({"reviewDays":"7"})") << QStringLiteral("reviewDays must be a number");
    }
    void parametersJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto p = PolicyParameters::fromJson(QJsonDocument::fromJson(json).object());
        if (error.isEmpty()) {
            QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
            QCOMPARE(p->toJson(), QJsonDocument::fromJson(json).object()); // round trip
        } else {
            QVERIFY(!p.ok());
            QVERIFY2(p.errorMessage().contains(error), qPrintable(p.errorMessage()));
        }
    }

    void explainsEveryFigure()
    {
        const InventorySnapshot snap = snapshotOf({});
        PolicyParameters p;
        p.kind = PolicyKind::ReorderPoint;
        const Recommendation r = recommendWith(snap, p);
        const QList<WhyLine> why = explain(snap, snap.rows.front(), r);
        QStringList figures;
        for (const WhyLine &line : why) {
            figures.append(line.figure);
            QVERIFY2(!line.formula.contains(QStringLiteral("nan"), Qt::CaseInsensitive),
                     qPrintable(line.formula));
        }
        for (const char *figure : {"Safety stock", "Reorder point", "EOQ", "Suggested order"})
            QVERIFY2(figures.contains(QLatin1String(figure)), figure);
        // The service level and where it came from are named.
        QVERIFY2(why[2].inputs.contains(QStringLiteral("95")), qPrintable(why[2].inputs));
    }
};

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "tst_policyengine.moc"
