// bench_health: stock health, policies and alerts at scale (issue 4: 1,000,000 SKU × location
// rows in under 2 seconds on 2 cores), and the whole analysis of a database (reading included).
//
// Synthetic mode (default): builds an in-memory Inventory::InventorySnapshot of --skus ×
// --locations rows (not timed) — per row 1–3 lots (a third of the SKUs perishable, lots expiring
// within 10–120 days), 0–2 inbound orders, a weekly demand profile of 13 buckets (level 0–40 units
// a day, a quarter of the rows slow movers, seasonal swing ±30%), a lead time of 2–30 days from one
// of 40 supplies with MOQ and pack sizes, a year of history figures — then times, with --threads:
// segmentation (ABC/XYZ), policies (SS, ROP, EOQ, suggested order, expiry-aware position),
// health (projection over 91 days, cover, status, value), roll-ups (location, region, category,
// network, score) and alert derivation: Health::computeHealth + Health::deriveAlerts, the same
// calls the CLI and the GUI make. Prints the best of --repeat runs, rows per second and the
// process's peak resident memory.
// Database mode (--db FILE): Health::analyse on that database (snapshot read + compute), best of
// --repeat, e.g. the default demo for "the dashboard opens in under a second".
//
//   bench_health [--skus 5000 --locations 200] [--threads 2] [--repeat 3] [--seed 1]
//   bench_health --db FILE [--threads 2] [--repeat 3]
#include "demo/Random.h"
#include "health/HealthAnalysis.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>

using namespace Stockshift;
using namespace Stockshift::Inventory;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

InventorySnapshot synthetic(int skus, int locations, quint64 seed)
{
    InventorySnapshot snap;
    snap.asOfDay = 20'000;
    snap.horizonDays = 91;
    snap.demandBucketDays = 7;
    const int buckets = 13;
    Demo::Random rng(seed);
    const QStringList kinds{QStringLiteral("store"), QStringLiteral("micro_fulfilment"),
                            QStringLiteral("regional_hub")};
    for (int l = 0; l < locations; ++l) {
        LocationInfo loc;
        loc.id = l + 1;
        loc.code = QStringLiteral("L%1").arg(l, 4, 10, QLatin1Char('0'));
        loc.kind = kinds[l % kinds.size()];
        loc.region = QStringLiteral("R%1").arg(l % 12);
        snap.locations.push_back(loc);
    }
    for (int k = 0; k < skus; ++k) {
        SkuInfo sku;
        sku.id = k + 1;
        sku.code = QStringLiteral("S%1").arg(k, 6, 10, QLatin1Char('0'));
        sku.category = QStringLiteral("C%1").arg(k % 40);
        sku.unitCost = rng.uniform(0.5, 200.0);
        sku.unitPrice = sku.unitCost * rng.uniform(1.2, 2.5);
        sku.shelfLifeDays = k % 3 == 0 ? rng.integer(20, 180) : 0;
        sku.packSize = k % 4 == 0 ? 6 : 1;
        snap.skus.push_back(sku);
    }
    for (int s = 0; s < 40; ++s) {
        SupplyInfo supply;
        supply.source = QStringLiteral("SUP%1").arg(s);
        supply.leadTimeDays = rng.integer(2, 30);
        supply.leadTimeSdDays = rng.uniform(0.0, 3.0);
        supply.moq = s % 3 == 0 ? 50 : 0;
        supply.orderMultiple = s % 5 == 0 ? 12 : 1;
        supply.orderCost = rng.uniform(20.0, 150.0);
        supply.unitCost = std::nan("");
        snap.supplies.push_back(supply);
    }
    snap.rows.reserve(std::size_t(skus) * std::size_t(locations));
    snap.dailyDemand.reserve(std::size_t(skus) * std::size_t(locations) * buckets);
    for (int l = 0; l < locations; ++l) {
        for (int k = 0; k < skus; ++k) {
            InventoryRow r;
            r.location = l;
            r.sku = k;
            r.supply = (k * 7 + l) % 40;
            const bool slow = rng.chance(0.25);
            const double level = slow ? rng.uniform(0.0, 0.5) : rng.uniform(0.5, 40.0);
            r.demandSource = DemandSource::Forecast;
            r.demandBegin = int(snap.dailyDemand.size());
            r.demandCount = buckets;
            const double phase = rng.uniform(0.0, 6.28);
            double total = 0;
            for (int b = 0; b < buckets; ++b) {
                const double v = level * (1.0 + 0.3 * std::sin(phase + b * 0.48));
                snap.dailyDemand.push_back(v);
                total += v * 7;
            }
            r.dailyDemand = total / 91.0;
            r.dailyDemandSd = r.dailyDemand * rng.uniform(0.2, 1.2);
            r.forecastBacktestRmse = r.dailyDemandSd * std::sqrt(7.0);
            r.forecastWape = rng.uniform(10.0, 60.0);
            const double cover = rng.uniform(0.0, 120.0);
            r.lotBegin = int(snap.lots.size());
            const int lots = rng.integer(1, 3);
            const int shelf = snap.skus[std::size_t(k)].shelfLifeDays;
            for (int i = 0; i < lots; ++i) {
                Lot lot;
                lot.quantity = std::floor(r.dailyDemand * cover / lots);
                lot.expiryDay = shelf > 0 ? snap.asOfDay + rng.integer(10, 120) : kNoExpiry;
                if (lot.quantity > 0) {
                    snap.lots.push_back(lot);
                    r.onHand += lot.quantity;
                }
            }
            r.lotCount = int(snap.lots.size()) - r.lotBegin;
            std::sort(snap.lots.begin() + r.lotBegin, snap.lots.end(),
                      [](const Lot &a, const Lot &b) { return a.expiryDay < b.expiryDay; });
            r.inboundBegin = int(snap.inbound.size());
            const int inbound = rng.integer(0, 2);
            for (int i = 0; i < inbound; ++i)
                snap.inbound.push_back({snap.asOfDay + rng.integer(0, 30),
                                        std::floor(r.dailyDemand * rng.uniform(5.0, 30.0)),
                                        i == 1});
            std::sort(snap.inbound.begin() + r.inboundBegin, snap.inbound.end(),
                      [](const Inbound &a, const Inbound &b) { return a.dueDay < b.dueDay; });
            r.inboundCount = int(snap.inbound.size()) - r.inboundBegin;
            r.historyDays = 365;
            r.soldUnits = r.dailyDemand * 365 * rng.uniform(0.8, 1.2);
            r.weeklyMean = r.soldUnits / 52;
            r.weeklySd = r.weeklyMean * rng.uniform(0.1, 1.5);
            r.lastSaleDay = snap.asOfDay - 1 - (slow ? rng.integer(0, 200) : rng.integer(0, 3));
            r.stockoutDays = rng.integer(0, 20);
            r.ownSales = true;
            snap.rows.push_back(r);
        }
    }
    return snap;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int skus = 5000, locations = 200, threads = 2, repeat = 3;
    quint64 seed = 1;
    QString db;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        const QString &a = args[i], &v = args[i + 1];
        if (a == QLatin1String("--skus"))
            skus = v.toInt();
        else if (a == QLatin1String("--locations"))
            locations = v.toInt();
        else if (a == QLatin1String("--threads"))
            threads = v.toInt();
        else if (a == QLatin1String("--repeat"))
            repeat = std::max(1, v.toInt());
        else if (a == QLatin1String("--seed"))
            seed = v.toULongLong();
        else if (a == QLatin1String("--db"))
            db = v;
    }
    const Policy::PolicyConfig policies = Policy::PolicyConfig::standard();
    const Health::HealthSettings settings;

    if (!db.isEmpty()) {
        auto connection = Storage::Connection::open(db);
        if (!connection) {
            std::printf("cannot open %s: %s\n", qPrintable(db),
                        qPrintable(connection.errorMessage()));
            return 2;
        }
        double best = 1e9, bestLoad = 0, bestCompute = 0;
        std::size_t rows = 0, alerts = 0;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer t;
            t.start();
            auto a = Health::analyse(**connection, {}, settings, threads);
            const double s = double(t.nsecsElapsed()) / 1e9;
            if (!a) {
                std::printf("analysis failed: %s\n", qPrintable(a.errorMessage()));
                return 2;
            }
            if (s < best) {
                best = s;
                bestLoad = a->loadSeconds;
                bestCompute = a->computeSeconds;
            }
            rows = a->snapshot.rows.size();
            alerts = a->alerts.size();
        }
        std::printf("database,rows,alerts,threads,read_s,compute_s,total_s,peak_rss_mb\n");
        std::printf("%s,%zu,%zu,%d,%.3f,%.3f,%.3f,%.0f\n", qPrintable(db), rows, alerts, threads,
                    bestLoad, bestCompute, best, double(peakRssKb()) / 1024.0);
        return 0;
    }

    QElapsedTimer build;
    build.start();
    const InventorySnapshot snap = synthetic(skus, locations, seed);
    std::printf("synthetic snapshot: %zu rows, %zu lots, %zu inbound orders, built in %.1f s (not "
                "timed)\n",
                snap.rows.size(), snap.lots.size(), snap.inbound.size(),
                double(build.elapsed()) / 1000.0);
    double best = 1e9, bestHealth = 0, bestAlerts = 0;
    std::size_t alertCount = 0;
    Health::HealthGroup network;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        auto report = Health::computeHealth(snap, policies, settings, threads);
        const double healthSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!report) {
            std::printf("failed: %s\n", qPrintable(report.errorMessage()));
            return 2;
        }
        const auto alerts = Health::deriveAlerts(snap, *report, settings);
        const double total = double(t.nsecsElapsed()) / 1e9;
        if (total < best) {
            best = total;
            bestHealth = healthSeconds;
            bestAlerts = total - healthSeconds;
        }
        alertCount = alerts.size();
        network = report->network;
    }
    std::printf("rows,threads,health_policies_s,alerts_s,total_s,rows_per_s,alerts,score,"
                "peak_rss_mb\n");
    std::printf("%zu,%d,%.3f,%.3f,%.3f,%.0f,%zu,%.1f,%.0f\n", snap.rows.size(), threads, bestHealth,
                bestAlerts, best, double(snap.rows.size()) / best, alertCount, network.score,
                double(peakRssKb()) / 1024.0);
    return 0;
}
