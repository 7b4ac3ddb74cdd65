// The inventory snapshot read from a (small) demo network: rows, lots net of reservations in
// FEFO order, inbound orders, supply, demand from history and then from a forecast run; the
// health report over it has no NaN in any figure the planner sees.
#include "demo/DemoGenerator.h"
#include "forecast/NetworkForecaster.h"
#include "forecast/Overrides.h"
#include "health/HealthEngine.h"
#include "inventory/InventorySnapshot.h"
#include "policy/PolicyConfig.h"
#include "storage/Connection.h"
#include "storage/SalesRange.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace Stockshift;
using namespace Stockshift::Inventory;

class TestInventorySnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    static double scalar(Storage::Connection &c, const QString &sql)
    {
        QSqlQuery q(c.db());
        return q.exec(sql) && q.next() ? q.value(0).toDouble() : std::nan("");
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("snap.db"));
        Demo::DemoSettings settings;
        settings.skus = 24;
        settings.locations = 10;
        settings.days = 400;
        settings.customers = 20;
        QVERIFY(Demo::DemoGenerator(settings).writeDatabase(m_db).ok());
    }

    void readsTheNetwork()
    {
        auto c = Storage::Connection::open(m_db);
        QVERIFY(c.ok());
        auto snap = loadSnapshot(**c);
        QVERIFY2(snap.ok(), qPrintable(snap.errorMessage()));
        const auto range = Storage::salesDayRange(**c);
        QVERIFY(range.has_value());
        QCOMPARE(snap->asOfDay, range->last + 1);
        QCOMPARE(snap->forecastRunId, qint64(-1));
        QVERIFY(snap->rows.size() > 50);
        // Every stock row is in the snapshot: stock and reservations add up.
        double onHand = 0, reserved = 0, available = 0, inbound = 0;
        for (const InventoryRow &r : snap->rows) {
            onHand += r.onHand;
            reserved += r.reserved;
            double previousExpiry = -1;
            for (int i = 0; i < r.lotCount; ++i) {
                const Lot &lot = snap->lots[std::size_t(r.lotBegin + i)];
                QVERIFY(lot.expiryDay >= previousExpiry); // FEFO order
                previousExpiry = lot.expiryDay;
                QVERIFY(lot.quantity > 0);
                available += lot.quantity;
            }
            for (int i = 0; i < r.inboundCount; ++i)
                inbound += snap->inbound[std::size_t(r.inboundBegin + i)].quantity;
            QCOMPARE(r.demandCount, snap->horizonDays);
            QVERIFY(r.dailyDemand >= 0);
            QVERIFY(std::isfinite(r.dailyDemandSd));
            if (r.ownSales)
                QCOMPARE(r.demandSource, DemandSource::History); // no forecast run yet
        }
        QCOMPARE(onHand, scalar(**c, QStringLiteral("SELECT sum(on_hand) FROM stock")));
        QCOMPARE(reserved, scalar(**c, QStringLiteral("SELECT sum(reserved) FROM stock")));
        QVERIFY(std::abs(available - (onHand - reserved)) < 1e-6);
        QCOMPARE(inbound, scalar(**c, QStringLiteral("SELECT sum(quantity) FROM open_orders")));
        // Supply: the DC buys from suppliers, stores are replenished over a lane.
        int bought = 0, moved = 0;
        for (const InventoryRow &r : snap->rows) {
            const SupplyInfo *s = snap->supply(r);
            if (!s)
                continue;
            QVERIFY(std::isfinite(s->leadTimeDays));
            (s->transfer ? moved : bought) += 1;
            if (snap->location(r).kind == QLatin1String("store"))
                QVERIFY(s->transfer);
        }
        QVERIFY(bought > 0);
        QVERIFY(moved > 0);
    }

    void forecastBecomesDemand()
    {
        Forecast::NetworkForecastSettings settings;
        settings.databasePath = m_db;
        settings.threads = 2;
        auto run = Forecast::runNetworkForecast(settings);
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        auto c = Storage::Connection::open(m_db);
        auto snap = loadSnapshot(**c);
        QVERIFY(snap.ok());
        QVERIFY(snap->forecastRunId > 0);
        int fromForecast = 0;
        for (const InventoryRow &r : snap->rows) {
            if (r.demandSource != DemandSource::Forecast)
                continue;
            ++fromForecast;
            QCOMPARE(r.forecastBucketDays, 7);
            QVERIFY(!r.demandClass.isEmpty());
        }
        QVERIFY(fromForecast > 50);
        // The network's daily demand equals the run's first 13 weeks / 91 days.
        double daily = 0;
        for (const InventoryRow &r : snap->rows)
            if (r.demandSource == DemandSource::Forecast && r.downstreamRows == 0)
                daily += r.dailyDemand;
        const double stored
            = scalar(**c, QStringLiteral("SELECT sum(quantity) FROM forecasts WHERE run_id = %1")
                              .arg(snap->forecastRunId));
        QVERIFY2(std::abs(daily * 91 - stored) < 1e-6 * stored,
                 qPrintable(QStringLiteral("%1 vs %2").arg(daily * 91).arg(stored)));

        // Demand is passed up the supply graph: a feeding location's demand is the sum of its
        // feeders' (it sells nothing itself), and the top's is the network's flow through it.
        std::map<std::pair<QString, int>, double> fed; // (source code, sku) → Σ feeders
        for (const InventoryRow &r : snap->rows) {
            const SupplyInfo *s = snap->supply(r);
            if (s && s->transfer)
                fed[{s->source, r.sku}] += r.dailyDemand;
        }
        int upstream = 0;
        for (const InventoryRow &r : snap->rows) {
            if (r.demandSource != DemandSource::Downstream)
                continue;
            ++upstream;
            const double expected = fed[{snap->location(r).code, r.sku}];
            QVERIFY2(std::abs(r.dailyDemand - expected) < 1e-9 * std::max(1.0, expected),
                     qPrintable(QStringLiteral("%1 vs %2").arg(r.dailyDemand).arg(expected)));
            QVERIFY(r.downstreamRows > 0);
        }
        QVERIFY(upstream > 0);

        // A planner's override is part of the demand: scaling one series' first two weeks by 2
        // doubles its rate on those days and leaves the rest.
        const InventoryRow *target = nullptr;
        for (const InventoryRow &r : snap->rows)
            if (r.demandSource == DemandSource::Forecast && r.dailyDemand > 0.5
                && r.downstreamRows == 0) {
                target = &r;
                break;
            }
        QVERIFY(target);
        const double day0 = snap->demandOn(*target, 0), day20 = snap->demandOn(*target, 20);
        Forecast::Override o;
        o.locationId = snap->location(*target).id;
        o.skuId = snap->sku(*target).id;
        o.startDay = snap->asOfDay;
        o.endDay = snap->asOfDay + 7; // the buckets starting on day 0 and day 7
        o.mode = Forecast::Override::Mode::Scale;
        o.value = 2.0;
        o.reason = QStringLiteral("test");
        QVERIFY(Forecast::addOverride(**c, o).ok());
        auto overridden = loadSnapshot(**c);
        QVERIFY(overridden.ok());
        for (const InventoryRow &r : overridden->rows) {
            if (r.location != target->location || r.sku != target->sku)
                continue;
            QVERIFY(std::abs(overridden->demandOn(r, 0) - 2 * day0) < 1e-9);
            QVERIFY(std::abs(overridden->demandOn(r, 13) - 2 * snap->demandOn(*target, 13)) < 1e-9);
            QVERIFY(std::abs(overridden->demandOn(r, 20) - day20) < 1e-9);
        }

        // The health report over it: every shown figure is a number.
        auto config = Policy::loadPolicyConfig(**c);
        QVERIFY(config.ok());
        auto report = Health::computeHealth(*snap, *config);
        QVERIFY(report.ok());
        int statuses[Health::kStatusCount] = {};
        for (std::size_t i = 0; i < report->rows.size(); ++i) {
            const Health::HealthRow &h = report->rows[i];
            const Policy::Recommendation &r = report->recommendations[i];
            ++statuses[int(h.status)];
            for (double v :
                 {h.available, h.daysOfCover, h.stockValue, h.turnover, h.daysOfInventory,
                  h.inStockRate, r.inventoryPosition, r.suggestedOrder})
                QVERIFY(std::isfinite(v));
            if (r.problem.isEmpty())
                QVERIFY(std::isfinite(r.safetyStock) && std::isfinite(r.reorderPoint));
        }
        QVERIFY(report->network.score > 0 && report->network.score <= 100);
        QVERIFY(statuses[int(Health::StockStatus::Healthy)] > 0);
        QVERIFY(!report->locations.empty());
    }
};

QTEST_GUILESS_MAIN(TestInventorySnapshot)
#include "tst_inventorysnapshot.moc"
