#include "inventory/InventorySnapshot.h"

#include "common/Days.h"
#include "forecast/ForecastStore.h"
#include "forecast/Overrides.h"
#include "storage/Connection.h"
#include "storage/SalesRange.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace Stockshift::Inventory {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Inventory", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Reading the inventory failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

double nullableReal(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

using Key = std::pair<qint64, qint64>; // (location id, sku id)

// What the loader gathers per SKU × location before it lays the rows out.
struct Gather
{
    double onHand = 0, reserved = 0;
    std::vector<Lot> lots;
    std::vector<Inbound> inbound;
    bool hasStock = false, hasOrders = false, hasSales = false;
    bool upstream = false; // feeds a location that holds the SKU
    int historyDays = 0;
    double soldUnits = 0, soldRevenue = 0;
    double weeklyMean = 0, weeklySd = 0;
    int lastSaleDay = std::numeric_limits<int>::min();
    int stockoutDays = 0;
    double recentDaily = 0; // last 91 days, for rows without a forecast
    double recentDailySd = 0;
};

constexpr int kWindowDays = 365;
constexpr int kTopRank = 3;

// How far up the network a kind of location sits: stores, micro-fulfilment sites and partner
// sellers sell (0), regional hubs feed them (1), fulfilment centres feed hubs (2), the supplier
// DC is the top (3).
int locationRank(const QString &kind)
{
    if (kind == QLatin1String("supplier_dc"))
        return 3;
    if (kind == QLatin1String("fulfilment_centre"))
        return 2;
    if (kind == QLatin1String("regional_hub"))
        return 1;
    return 0;
}
constexpr int kRecentDays = 91;

} // namespace

Result<InventorySnapshot> loadSnapshot(Storage::Connection &connection,
                                       const SnapshotSettings &settings,
                                       const std::atomic_bool *cancel)
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };
    const Error cancelError(tr("Cancelled."), QStringLiteral("cancelled"));
    InventorySnapshot snap;
    QSqlDatabase &db = connection.db();
    const auto range = Storage::salesDayRange(connection);
    snap.asOfDay = settings.asOfDay >= 0
                       ? settings.asOfDay
                       : (range ? range->last + 1 : Days::fromDate(QDate::currentDate()));
    snap.horizonDays = std::max(1, settings.horizonDays);
    const int windowStart = snap.asOfDay - kWindowDays;
    const int recentStart = snap.asOfDay - kRecentDays;

    // --- master data (active only) ---
    QHash<qint64, int> skuIndex, locationIndex;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT id, code, name, category, unit_cost, unit_price, shelf_life_days, "
                "pack_size FROM skus WHERE active = 1 ORDER BY code")))
            return sqlError(q);
        while (q.next()) {
            SkuInfo s;
            s.id = q.value(0).toLongLong();
            s.code = q.value(1).toString();
            s.name = q.value(2).toString();
            s.category = q.value(3).toString();
            s.unitCost = nullableReal(q.value(4));
            s.unitPrice = nullableReal(q.value(5));
            s.shelfLifeDays = q.value(6).toInt();
            s.packSize = q.value(7).toDouble();
            skuIndex.insert(s.id, int(snap.skus.size()));
            snap.skus.push_back(std::move(s));
        }
        if (!q.exec(QStringLiteral(
                "SELECT id, code, name, kind, region, latitude, longitude, capacity_units "
                "FROM locations WHERE active = 1 ORDER BY code")))
            return sqlError(q);
        while (q.next()) {
            LocationInfo l;
            l.id = q.value(0).toLongLong();
            l.code = q.value(1).toString();
            l.name = q.value(2).toString();
            l.kind = q.value(3).toString();
            l.region = q.value(4).toString();
            l.latitude = nullableReal(q.value(5));
            l.longitude = nullableReal(q.value(6));
            l.capacityUnits = nullableReal(q.value(7));
            locationIndex.insert(l.id, int(snap.locations.size()));
            snap.locations.push_back(std::move(l));
        }
    }
    const auto known = [&](qint64 location, qint64 sku) {
        return locationIndex.contains(location) && skuIndex.contains(sku);
    };

    std::map<Key, Gather> gather;

    // --- stock by lot: reservations are taken from the earliest-expiring lots first, as they
    // would be picked (FEFO), so a lot's available quantity is what is left to sell ---
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT location_id, sku_id, expiry_day, on_hand, reserved "
                                   "FROM stock ORDER BY location_id, sku_id")))
            return sqlError(q);
        while (q.next()) {
            const qint64 loc = q.value(0).toLongLong(), sku = q.value(1).toLongLong();
            if (!known(loc, sku))
                continue;
            Gather &g = gather[{loc, sku}];
            g.hasStock = true;
            const double onHand = q.value(3).toDouble(), reserved = q.value(4).toDouble();
            g.onHand += onHand;
            g.reserved += reserved;
            Lot lot;
            lot.expiryDay = q.value(2).isNull() ? kNoExpiry : q.value(2).toInt();
            lot.quantity = onHand;
            g.lots.push_back(lot);
        }
        for (auto &[key, g] : gather) {
            std::stable_sort(g.lots.begin(), g.lots.end(),
                             [](const Lot &a, const Lot &b) { return a.expiryDay < b.expiryDay; });
            double toReserve = g.reserved;
            for (Lot &lot : g.lots) {
                const double take = std::min(lot.quantity, toReserve);
                lot.quantity -= take;
                toReserve -= take;
            }
            std::erase_if(g.lots, [](const Lot &l) { return l.quantity <= 0; });
        }
    }

    if (cancelled())
        return cancelError;
    // --- open orders: purchases and transfers on their way in ---
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT destination_id, sku_id, type, quantity, due_day "
                                   "FROM open_orders")))
            return sqlError(q);
        while (q.next()) {
            const qint64 loc = q.value(0).toLongLong(), sku = q.value(1).toLongLong();
            if (!known(loc, sku))
                continue;
            Gather &g = gather[{loc, sku}];
            g.hasOrders = true;
            g.inbound.push_back({q.value(4).toInt(), q.value(3).toDouble(),
                                 q.value(2).toString() == QLatin1String("transfer")});
        }
        for (auto &[key, g] : gather)
            std::stable_sort(
                g.inbound.begin(), g.inbound.end(),
                [](const Inbound &a, const Inbound &b) { return a.dueDay < b.dueDay; });
    }

    if (cancelled())
        return cancelError;
    // --- the last year of sales, one pass in primary-key order (location, sku, day) ---
    {
        sqlite3 *h = connection.handle();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(h,
                               "SELECT location_id, sku_id, day, quantity, coalesce(revenue, 0) "
                               "FROM sales WHERE day >= ?1 AND day < ?2",
                               -1, &stmt, nullptr)
            != SQLITE_OK)
            return Error(
                tr("Reading the sales failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))),
                QStringLiteral("sql"));
        sqlite3_bind_int(stmt, 1, windowStart);
        sqlite3_bind_int(stmt, 2, snap.asOfDay);
        Key current{-1, -1};
        Gather *g = nullptr;
        int firstDay = 0;
        std::vector<double> weeks(std::size_t(kWindowDays / 7 + 1), 0.0);
        std::vector<double> recent(std::size_t(kRecentDays), 0.0);
        const auto finishSeries = [&] {
            if (!g)
                return;
            // The series' window starts at its first sale when that is inside the window: a
            // new product's weeks before launch are not zero demand.
            const int start = std::max(windowStart, firstDay);
            g->historyDays = snap.asOfDay - start;
            const int firstWeek = (start - windowStart) / 7;
            const int lastWeek = (snap.asOfDay - 1 - windowStart) / 7;
            int n = 0;
            double sum = 0, sq = 0;
            for (int w = firstWeek; w <= lastWeek; ++w) {
                sum += weeks[std::size_t(w)];
                sq += weeks[std::size_t(w)] * weeks[std::size_t(w)];
                ++n;
            }
            g->weeklyMean = n > 0 ? sum / n : 0;
            g->weeklySd = n > 1 ? std::sqrt(std::max(0.0, (sq - sum * sum / n) / (n - 1))) : 0;
            const int recentFrom = std::max(recentStart, start);
            const int recentDays = snap.asOfDay - recentFrom;
            double rs = 0, rq = 0;
            for (int d = recentFrom; d < snap.asOfDay; ++d) {
                const double v = recent[std::size_t(d - recentStart)];
                rs += v;
                rq += v * v;
            }
            g->recentDaily = recentDays > 0 ? rs / recentDays : 0;
            g->recentDailySd
                = recentDays > 1
                      ? std::sqrt(std::max(0.0, (rq - rs * rs / recentDays) / (recentDays - 1)))
                      : 0;
        };
        int rc;
        qint64 scanned = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if ((++scanned & 0xFFFF) == 0 && cancelled()) {
                sqlite3_finalize(stmt);
                return cancelError;
            }
            const Key key{sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)};
            if (key != current) {
                finishSeries();
                current = key;
                g = known(key.first, key.second) ? &gather[key] : nullptr;
                std::fill(weeks.begin(), weeks.end(), 0.0);
                std::fill(recent.begin(), recent.end(), 0.0);
                firstDay = sqlite3_column_int(stmt, 2);
            }
            if (!g)
                continue;
            const int day = sqlite3_column_int(stmt, 2);
            const double qty = sqlite3_column_double(stmt, 3);
            g->hasSales = true;
            g->soldUnits += qty;
            g->soldRevenue += sqlite3_column_double(stmt, 4);
            if (qty > 0)
                g->lastSaleDay = std::max(g->lastSaleDay, day);
            weeks[std::size_t((day - windowStart) / 7)] += qty;
            if (day >= recentStart)
                recent[std::size_t(day - recentStart)] += qty;
        }
        finishSeries();
        const bool ok = rc == SQLITE_DONE;
        const QString message = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        if (!ok)
            return Error(tr("Reading the sales failed: %1").arg(message), QStringLiteral("sql"));
    }
    // Sales before the window tell when a series without a sale in it last sold (slow movers,
    // aging): one primary-key seek per such series, not a scan of the older history.
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT max(day) FROM sales WHERE location_id = ? AND "
                                 "sku_id = ? AND day < ? AND quantity > 0"));
        for (auto &[key, g] : gather) {
            if (g.lastSaleDay != std::numeric_limits<int>::min())
                continue;
            q.bindValue(0, key.first);
            q.bindValue(1, key.second);
            q.bindValue(2, windowStart);
            if (!q.exec())
                return sqlError(q);
            if (q.next() && !q.value(0).isNull())
                g.lastSaleDay = q.value(0).toInt();
        }
    }

    if (cancelled())
        return cancelError;
    // --- stockout days in the window ---
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT location_id, sku_id, start_day, end_day FROM stockouts "
                                 "WHERE end_day >= ? AND start_day < ?"));
        q.addBindValue(windowStart);
        q.addBindValue(snap.asOfDay);
        if (!q.exec())
            return sqlError(q);
        while (q.next()) {
            const auto it = gather.find({q.value(0).toLongLong(), q.value(1).toLongLong()});
            if (it == gather.end())
                continue;
            const int from = std::max(windowStart, q.value(2).toInt());
            const int to = std::min(snap.asOfDay - 1, q.value(3).toInt());
            it->second.stockoutDays += std::max(0, to - from + 1);
        }
    }

    // --- supply: the preferred supplier that delivers to the location, else the cheapest lane
    // into it from a location that is not a partner seller ---
    std::map<Key, int> supplyIndex;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT sl.location_id, si.sku_id, s.code, "
                "coalesce(si.lead_time_days, s.lead_time_days), "
                "coalesce(si.lead_time_sd_days, s.lead_time_sd_days), si.moq, si.order_multiple, "
                "s.order_cost, si.unit_cost, si.preferred "
                "FROM supplier_items si JOIN suppliers s ON s.id = si.supplier_id AND s.active = 1 "
                "JOIN supplier_locations sl ON sl.supplier_id = s.id "
                "ORDER BY sl.location_id, si.sku_id, si.preferred DESC, si.unit_cost, s.code")))
            return sqlError(q);
        while (q.next()) {
            const Key key{q.value(0).toLongLong(), q.value(1).toLongLong()};
            if (supplyIndex.count(key) || !known(key.first, key.second))
                continue; // the first row is the preferred, cheapest supplier
            SupplyInfo s;
            s.source = q.value(2).toString();
            s.leadTimeDays = q.value(3).toDouble();
            s.leadTimeSdDays = q.value(4).toDouble();
            s.moq = q.value(5).toDouble();
            s.orderMultiple = q.value(6).toDouble();
            s.orderCost = q.value(7).toDouble();
            s.unitCost = q.value(8).toDouble();
            supplyIndex[key] = int(snap.supplies.size());
            snap.supplies.push_back(s);
        }
    }
    // Lanes into each location from a location further up the network (kind rank, see
    // locationRank): the cheapest per unit, then the fastest. Only upward lanes count, so the
    // supply graph has no cycles and demand can be passed up it.
    QHash<qint64, SupplyInfo> laneInto;
    {
        QHash<qint64, int> rankOf;
        for (const LocationInfo &l : snap.locations)
            rankOf.insert(l.id, locationRank(l.kind));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT ln.to_id, f.code, ln.lead_time_days, ln.fixed_cost, ln.cost_per_unit, "
                "f.id FROM lanes ln JOIN locations f ON f.id = ln.from_id "
                "WHERE ln.active = 1 AND f.active = 1 AND f.kind <> 'partner_seller' "
                "ORDER BY ln.to_id, ln.cost_per_unit, ln.lead_time_days, f.code")))
            return sqlError(q);
        while (q.next()) {
            const qint64 to = q.value(0).toLongLong();
            if (laneInto.contains(to) || !rankOf.contains(to)
                || rankOf.value(q.value(5).toLongLong(), -1) <= rankOf.value(to))
                continue;
            SupplyInfo s;
            s.source = q.value(1).toString();
            s.sourceLocation = q.value(5).toLongLong();
            s.transfer = true;
            s.leadTimeDays = q.value(2).toDouble();
            s.leadTimeSdDays = 0;
            s.orderCost = q.value(3).toDouble();
            s.unitCost = q.value(4).toDouble(); // the transport cost; the item's cost is known
            laneInto.insert(to, s);
        }
    }

    if (cancelled())
        return cancelError;
    // --- forecast: the newest run (or the one asked for), overrides applied ---
    std::map<Key, std::vector<std::pair<int, double>>> forecastBuckets; // (start day, daily rate)
    std::map<Key, double> forecastDailySd;
    std::map<Key, std::tuple<double, QString, int>> forecastModel; // rmse, class, bucket days
    std::map<Key, double> forecastWape;
    {
        Result<Forecast::RunInfo> run = settings.forecastRunId >= 0
                                            ? Forecast::runInfo(connection, settings.forecastRunId)
                                            : Forecast::latestRun(connection);
        if (run) {
            snap.forecastRunId = run->id;
            const int bucketDays = run->bucketDays;
            // Weekly runs keep weekly rates (13 values a row instead of 91): the projection
            // reads a bucket's daily rate, and a million rows stay small.
            if (snap.horizonDays % bucketDays == 0)
                snap.demandBucketDays = bucketDays;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // The final forecast with its interval, per bucket: the stored statistical forecast
            // with the active overrides applied as Forecast::ForecastStore applies them (the
            // interval scaled with the forecast, or shifted where it was zero). Read directly:
            // the store's series roll-up builds strings per bucket, too slow for every row.
            auto overrides = Forecast::listOverrides(connection);
            if (!overrides)
                return overrides.error();
            std::map<Key, QList<Forecast::Override>> overridesOf;
            for (const Forecast::Override &o : *overrides)
                overridesOf[{o.locationId, o.skuId}].append(o);
            std::map<Key, std::pair<double, int>> variance; // Σ daily variance, buckets
            sqlite3 *h = connection.handle();
            sqlite3_stmt *stmt = nullptr;
            if (sqlite3_prepare_v2(h,
                                   "SELECT location_id, sku_id, start_day, quantity, hi80 FROM "
                                   "forecasts WHERE run_id = ?1",
                                   -1, &stmt, nullptr)
                != SQLITE_OK)
                return Error(
                    tr("Reading the forecast failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))),
                    QStringLiteral("sql"));
            sqlite3_bind_int64(stmt, 1, run->id);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                const Key key{sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)};
                if (!known(key.first, key.second))
                    continue;
                const int startDay = sqlite3_column_int(stmt, 2);
                const double statistical = sqlite3_column_double(stmt, 3);
                double final = statistical;
                double hi80 = sqlite3_column_double(stmt, 4);
                if (const auto o = overridesOf.find(key); o != overridesOf.end()) {
                    Forecast::applyOverrides(o->second, std::span<const int>(&startDay, 1),
                                             std::span<double>(&final, 1));
                    hi80 = statistical > 0 ? hi80 * final / statistical
                                           : hi80 + (final - statistical);
                }
                forecastBuckets[key].push_back({startDay, final / bucketDays});
                // σ of the bucket from its 80% interval (upper side: the lower may be cut at
                // 0), spread over its days as independent days: σ_day = σ_bucket / √days.
                const double sdBucket = std::max(0.0, (hi80 - final) / 1.2815515655446004);
                auto &v = variance[key];
                v.first += sdBucket * sdBucket / bucketDays;
                v.second += 1;
            }
            sqlite3_finalize(stmt);
            for (auto &[key, buckets] : forecastBuckets)
                std::sort(buckets.begin(), buckets.end());
            for (const auto &[key, v] : variance)
                forecastDailySd[key] = v.second > 0 ? std::sqrt(v.first / v.second) : 0;
            q.prepare(QStringLiteral("SELECT location_id, sku_id, backtest_rmse, demand_class "
                                     "FROM forecast_models WHERE run_id = ?"));
            q.addBindValue(run->id);
            if (!q.exec())
                return sqlError(q);
            while (q.next())
                forecastModel[{q.value(0).toLongLong(), q.value(1).toLongLong()}]
                    = {nullableReal(q.value(2)), q.value(3).toString(), bucketDays};
        }
        // The newest measured accuracy per series, from any run.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT location_id, sku_id, wape FROM forecast_accuracy "
                                   "WHERE level = 'series' AND wape IS NOT NULL ORDER BY run_id")))
            return sqlError(q);
        while (q.next())
            forecastWape[{q.value(0).toLongLong(), q.value(1).toLongLong()}]
                = q.value(2).toDouble();
    }

    // --- last import ---
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT max(finished_at) FROM import_batches "
                                  "WHERE status = 'committed'"))
            && q.next() && !q.value(0).isNull()) {
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
            if (at.isValid())
                snap.lastImportDay = Days::fromDate(at.toUTC().date());
        }
    }

    // --- upstream rows: every location a row is fed from holds (or should hold) the SKU ---
    QHash<qint64, int> rankById;
    for (const LocationInfo &l : snap.locations)
        rankById.insert(l.id, locationRank(l.kind));
    {
        std::vector<Key> fed;
        for (const auto &[key, g] : gather)
            if (g.hasStock || g.hasOrders || g.hasSales)
                fed.push_back(key);
        for (Key key : fed) {
            // Up the lanes while the location is not the top one (the ranks rise, so this ends).
            while (rankById.value(key.first) < kTopRank) {
                const auto lane = laneInto.constFind(key.first);
                if (lane == laneInto.cend())
                    break;
                key = {lane->sourceLocation, key.second};
                Gather &up = gather[key];
                if (up.upstream)
                    break; // this chain was walked already
                up.upstream = true;
            }
        }
    }

    if (cancelled())
        return cancelError;
    // --- rows, in (location code, SKU code) order ---
    std::vector<std::pair<Key, const Gather *>> keys;
    keys.reserve(gather.size());
    for (const auto &[key, g] : gather)
        if (g.hasStock || g.hasOrders || g.hasSales || g.upstream)
            keys.push_back({key, &g});
    std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        const int la = locationIndex.value(a.first.first), lb = locationIndex.value(b.first.first);
        if (la != lb)
            return la < lb;
        return skuIndex.value(a.first.second) < skuIndex.value(b.first.second);
    });
    std::vector<int> laneSupply(snap.locations.size(), -2); // -2 = not looked up yet
    snap.rows.reserve(keys.size());
    for (const auto &[key, gp] : keys) {
        const Gather &g = *gp;
        InventoryRow r;
        r.location = locationIndex.value(key.first);
        r.sku = skuIndex.value(key.second);
        r.onHand = g.onHand;
        r.reserved = g.reserved;
        r.lotBegin = int(snap.lots.size());
        r.lotCount = int(g.lots.size());
        snap.lots.insert(snap.lots.end(), g.lots.begin(), g.lots.end());
        r.inboundBegin = int(snap.inbound.size());
        r.inboundCount = int(g.inbound.size());
        snap.inbound.insert(snap.inbound.end(), g.inbound.begin(), g.inbound.end());
        r.historyDays = g.historyDays;
        r.soldUnits = g.soldUnits;
        r.soldRevenue = g.soldRevenue;
        r.weeklyMean = g.weeklyMean;
        r.weeklySd = g.weeklySd;
        r.lastSaleDay = g.lastSaleDay;
        r.stockoutDays = g.stockoutDays;
        r.ownSales = g.hasSales;

        // The replenishment source: the top of the network buys from suppliers; every other
        // location is fed over its upward lane when it has one, else buys (see the header).
        const bool top = locationRank(snap.locations[std::size_t(r.location)].kind) >= kTopRank;
        const auto bought = supplyIndex.find(key);
        int &lane = laneSupply[std::size_t(r.location)];
        if (lane == -2) {
            const auto it = laneInto.constFind(key.first);
            if (it == laneInto.cend()) {
                lane = -1;
            } else {
                lane = int(snap.supplies.size());
                snap.supplies.push_back(*it);
            }
        }
        if (top || lane < 0)
            r.supply = bought != supplyIndex.end() ? bought->second : lane;
        else
            r.supply = lane;

        // Demand per bucket of the horizon (daily rates).
        const int buckets = (snap.horizonDays + snap.demandBucketDays - 1) / snap.demandBucketDays;
        r.demandBegin = int(snap.dailyDemand.size());
        r.demandCount = buckets;
        snap.dailyDemand.resize(snap.dailyDemand.size() + std::size_t(buckets), 0.0);
        double *daily = snap.dailyDemand.data() + r.demandBegin;
        const auto fb = forecastBuckets.find(key);
        if (fb != forecastBuckets.end() && !fb->second.empty()) {
            r.demandSource = DemandSource::Forecast;
            const auto &b = fb->second;
            const auto &[rmse, demandClass, bucketDays] = forecastModel[key];
            r.forecastBacktestRmse = rmse;
            r.demandClass = demandClass;
            r.forecastBucketDays = bucketDays;
            // Bucket k takes the rate of the run's bucket that contains its first day; buckets
            // past the run keep the last rate (a horizon longer than the run's).
            std::size_t k = 0;
            for (int i = 0; i < buckets; ++i) {
                const int day = snap.asOfDay + i * snap.demandBucketDays;
                while (k + 1 < b.size() && b[k + 1].first <= day)
                    ++k;
                daily[i] = day < b.front().first ? b.front().second : b[k].second;
            }
            r.dailyDemandSd = forecastDailySd[key];
        } else if (g.hasSales) {
            r.demandSource = DemandSource::History;
            std::fill(daily, daily + buckets, g.recentDaily);
            r.dailyDemandSd = g.recentDailySd;
        }
        double total = 0;
        for (int d = 0; d < snap.horizonDays; ++d)
            total += daily[d / snap.demandBucketDays];
        r.dailyDemand = total / snap.horizonDays;
        if (const auto w = forecastWape.find(key); w != forecastWape.end())
            r.forecastWape = w->second;
        snap.rows.push_back(std::move(r));
    }

    // --- demand passed up the supply graph, lowest rank first ---
    {
        std::map<std::pair<int, int>, std::size_t> rowAt; // (location index, sku index) → row
        for (std::size_t i = 0; i < snap.rows.size(); ++i)
            rowAt[{snap.rows[i].location, snap.rows[i].sku}] = i;
        std::vector<std::size_t> order(snap.rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return locationRank(snap.location(snap.rows[a]).kind)
                   < locationRank(snap.location(snap.rows[b]).kind);
        });
        std::vector<double> variance(snap.rows.size()), weeklyVariance(snap.rows.size());
        for (std::size_t i = 0; i < snap.rows.size(); ++i) {
            InventoryRow &r = snap.rows[i];
            variance[i] = r.dailyDemandSd * r.dailyDemandSd;
            weeklyVariance[i] = r.weeklySd * r.weeklySd;
            r.ownDailyDemand = r.dailyDemand;
            r.ownDailyDemandSd = r.dailyDemandSd;
        }
        for (std::size_t i : order) {
            InventoryRow &r = snap.rows[i];
            // Finish this row (all its feeders have lower ranks and are done).
            r.dailyDemandSd = std::sqrt(variance[i]);
            r.weeklySd = std::sqrt(weeklyVariance[i]);
            double total = 0;
            for (int d = 0; d < snap.horizonDays; ++d)
                total += snap.dailyDemand[std::size_t(r.demandBegin + d / snap.demandBucketDays)];
            r.dailyDemand = total / snap.horizonDays;
            const SupplyInfo *supply = snap.supply(r);
            if (!supply || !supply->transfer || r.dailyDemand <= 0)
                continue;
            const auto up = rowAt.find({locationIndex.value(supply->sourceLocation), r.sku});
            if (up == rowAt.end())
                continue;
            InventoryRow &u = snap.rows[up->second];
            if (u.ownDemandBegin < 0) {
                // Keep the location's own demand before the first feeder's is added (the
                // transfer and joint plans move stock explicitly and need it apart).
                u.ownDemandBegin = int(snap.ownDemand.size());
                snap.ownDemand.insert(snap.ownDemand.end(),
                                      snap.dailyDemand.begin() + u.demandBegin,
                                      snap.dailyDemand.begin() + u.demandBegin + u.demandCount);
            }
            for (int d = 0; d < u.demandCount && d < r.demandCount; ++d)
                snap.dailyDemand[std::size_t(u.demandBegin + d)]
                    += snap.dailyDemand[std::size_t(r.demandBegin + d)];
            variance[up->second] += variance[i];
            ++u.downstreamRows;
            if (u.demandSource == DemandSource::None)
                u.demandSource = DemandSource::Downstream;
            // The flow through a location that sells nothing itself is its feeders' sales.
            if (!u.ownSales) {
                u.soldUnits += r.soldUnits;
                u.historyDays = std::max(u.historyDays, r.historyDays);
                u.weeklyMean += r.weeklyMean;
                weeklyVariance[up->second] += weeklyVariance[i];
                u.lastSaleDay = std::max(u.lastSaleDay, r.lastSaleDay);
            }
        }
    }
    return snap;
}

} // namespace Stockshift::Inventory
