#include "routing/FulfilmentNetwork.h"

#include "inventory/InventorySnapshot.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace Stockshift::Routing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Routing", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("The fulfilment network could not be read: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

} // namespace

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad, dLon = (lon2 - lon1) * kRad;
    const double a
        = std::sin(dLat / 2) * std::sin(dLat / 2)
          + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 6371.0 * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

int FulfilmentNetwork::siteIndex(const QString &code) const
{
    for (std::size_t i = 0; i < sites.size(); ++i)
        if (sites[i].code == code)
            return int(i);
    return -1;
}

double FulfilmentNetwork::lastMileDays(int site) const
{
    const QString &kind = sites[std::size_t(site)].kind;
    return kind == QLatin1String("store") || kind == QLatin1String("micro_fulfilment")
               ? settings.nearLastMileDays
               : settings.lastMileDays;
}

std::vector<Path> FulfilmentNetwork::paths(int origin, const QString &region,
                                           bool allowExpress) const
{
    std::vector<Path> out;
    const Site &o = sites[std::size_t(origin)];
    if (o.region == region) {
        Path p;
        p.origin = origin;
        p.days = lastMileDays(origin);
        p.shippingPerUnit = settings.lastMileCostPerUnit;
        p.costPerUnit = o.handlingCost + p.shippingPerUnit;
        out.push_back(p);
    }
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const Lane &lane = lanes[l];
        if (lane.from != origin || (lane.express() && !allowExpress))
            continue;
        const Site &to = sites[std::size_t(lane.to)];
        if (to.region != region)
            continue;
        Path p;
        p.origin = origin;
        p.via = lane.to;
        p.lane = int(l);
        p.days = lane.leadTimeDays + lastMileDays(lane.to);
        p.shippingPerUnit = lane.costPerUnit + settings.lastMileCostPerUnit;
        p.costPerUnit = o.handlingCost + to.handlingCost + p.shippingPerUnit;
        out.push_back(p);
    }
    return out;
}

Path FulfilmentNetwork::fastestPath(int origin, const QString &region, bool allowExpress) const
{
    Path best;
    for (const Path &p : paths(origin, region, allowExpress))
        if (!best.valid() || p.days < best.days
            || (p.days == best.days && p.costPerUnit < best.costPerUnit))
            best = p;
    return best;
}

Path FulfilmentNetwork::cheapestPath(int origin, const QString &region, bool allowExpress) const
{
    Path best;
    for (const Path &p : paths(origin, region, allowExpress))
        if (!best.valid() || p.costPerUnit < best.costPerUnit
            || (p.costPerUnit == best.costPerUnit && p.days < best.days))
            best = p;
    return best;
}

double FulfilmentNetwork::stockCoverage(int site, int region) const
{
    double total = 0, covered = 0;
    for (std::size_t k = 0; k < skus.size(); ++k) {
        const double d = demandIn(region, int(k));
        total += d;
        if (stockAt(site, int(k)) > 0)
            covered += d;
    }
    return total > 0 ? covered / total : 1.0;
}

bool FulfilmentNetwork::regionCentre(const QString &region, double *latitude,
                                     double *longitude) const
{
    double lat = 0, lon = 0;
    int n = 0;
    for (const Site &s : sites)
        if (s.region == region && std::isfinite(s.latitude) && std::isfinite(s.longitude)) {
            lat += s.latitude;
            lon += s.longitude;
            ++n;
        }
    if (n == 0)
        return false;
    *latitude = lat / n;
    *longitude = lon / n;
    return true;
}

void FulfilmentNetwork::resize()
{
    stock.assign(sites.size() * skus.size(), 0.0);
    regionDemand.assign(std::size_t(regions.size()) * skus.size(), 0.0);
}

void FulfilmentNetwork::applyWeights()
{
    for (Sku &k : skus)
        k.loadWeight = (k.fragile ? settings.fragileWeight : 1.0)
                       * (k.weightKg >= settings.heavyKg ? settings.heavyWeight : 1.0);
}

Result<FulfilmentNetwork> loadNetwork(Storage::Connection &c, const NetworkSettings &settings,
                                      const std::atomic_bool *cancel)
{
    FulfilmentNetwork net;
    net.settings = settings;
    QSqlQuery q(c.db());
    QHash<qint64, int> siteOf, skuOf;
    if (!q.exec(QStringLiteral("SELECT id, code, name, kind, region, latitude, longitude, "
                               "capacity_units, handling_cost FROM locations WHERE active = 1 "
                               "ORDER BY code")))
        return sqlError(q);
    const double horizonWeeks = settings.horizonDays / 7.0;
    while (q.next()) {
        Site s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.name = q.value(2).toString();
        s.kind = q.value(3).toString();
        s.region = q.value(4).toString();
        if (!q.value(5).isNull() && !q.value(6).isNull()) {
            s.latitude = q.value(5).toDouble();
            s.longitude = q.value(6).toDouble();
        }
        if (!q.value(7).isNull())
            s.capacity = q.value(7).toDouble() * settings.capacityTurnsPerWeek * horizonWeeks;
        s.handlingCost = q.value(8).toDouble();
        siteOf.insert(s.id, int(net.sites.size()));
        net.sites.push_back(s);
    }
    if (!q.exec(QStringLiteral("SELECT id, code, coalesce(unit_cost, 0), coalesce(weight_kg, 0), "
                               "fragile FROM skus WHERE active = 1 ORDER BY code")))
        return sqlError(q);
    while (q.next()) {
        Sku k;
        k.id = q.value(0).toLongLong();
        k.code = q.value(1).toString();
        k.unitCost = q.value(2).toDouble();
        k.weightKg = q.value(3).toDouble();
        k.fragile = q.value(4).toInt() != 0;
        skuOf.insert(k.id, int(net.skus.size()));
        net.skus.push_back(k);
    }
    net.applyWeights();
    if (!q.exec(QStringLiteral("SELECT from_id, to_id, mode, cost_per_unit, fixed_cost, "
                               "lead_time_days FROM lanes WHERE active = 1 ORDER BY id")))
        return sqlError(q);
    while (q.next()) {
        const auto from = siteOf.find(q.value(0).toLongLong());
        const auto to = siteOf.find(q.value(1).toLongLong());
        if (from == siteOf.end() || to == siteOf.end())
            continue; // a lane of an inactive location
        Lane l;
        l.from = *from;
        l.to = *to;
        l.mode = q.value(2).toString();
        l.costPerUnit = q.value(3).toDouble();
        l.fixedCost = q.value(4).toDouble();
        l.leadTimeDays = q.value(5).toDouble();
        net.lanes.push_back(l);
    }
    // The cost of shifting stock into a site again: its cheapest inbound lane (0 at the top).
    std::vector<double> inbound(net.sites.size(), kUnlimited);
    for (const Lane &l : net.lanes)
        inbound[std::size_t(l.to)] = std::min(inbound[std::size_t(l.to)], l.costPerUnit);
    for (std::size_t s = 0; s < net.sites.size(); ++s)
        net.sites[s].replenishCost = inbound[s] == kUnlimited ? 0.0 : inbound[s];

    // Customers and their CLTV, the missing ones estimated (see the header).
    if (!q.exec(QStringLiteral("SELECT code, segment, region, cltv FROM customers ORDER BY code")))
        return sqlError(q);
    std::map<std::pair<QString, QString>, std::vector<double>> bySegmentRegion;
    std::map<QString, std::vector<double>> bySegment;
    std::vector<double> all;
    while (q.next()) {
        Customer cu;
        cu.code = q.value(0).toString();
        cu.segment = q.value(1).toString();
        cu.region = q.value(2).toString();
        if (q.value(3).isNull()) {
            cu.estimated = true;
        } else {
            cu.cltv = q.value(3).toDouble();
            bySegmentRegion[{cu.segment, cu.region}].push_back(cu.cltv);
            bySegment[cu.segment].push_back(cu.cltv);
            all.push_back(cu.cltv);
        }
        net.customers.push_back(cu);
    }
    const double overall = median(all);
    for (Customer &cu : net.customers) {
        if (!cu.estimated)
            continue;
        double v = median(bySegmentRegion[{cu.segment, cu.region}]);
        if (std::isnan(v))
            v = median(bySegment[cu.segment]);
        if (std::isnan(v))
            v = overall;
        cu.cltv = std::isnan(v) ? 0.0 : v;
    }
    for (const Customer &cu : net.customers)
        if (!cu.region.isEmpty() && !net.regions.contains(cu.region))
            net.regions.append(cu.region);
    if (net.regions.isEmpty())
        for (const Site &s : net.sites)
            if (!s.region.isEmpty() && s.kind != QLatin1String("supplier_dc")
                && s.kind != QLatin1String("regional_hub") && !net.regions.contains(s.region))
                net.regions.append(s.region);
    net.regions.sort();
    net.resize();
    if (cancelled(cancel))
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));

    if (!q.exec(QStringLiteral("SELECT location_id, sku_id, sum(max(on_hand - reserved, 0)) "
                               "FROM stock GROUP BY location_id, sku_id")))
        return sqlError(q);
    while (q.next()) {
        const auto s = siteOf.find(q.value(0).toLongLong());
        const auto k = skuOf.find(q.value(1).toLongLong());
        if (s != siteOf.end() && k != skuOf.end())
            net.stock[std::size_t(*s) * net.skus.size() + std::size_t(*k)] = q.value(2).toDouble();
    }

    // Own forecast demand per site and SKU over the horizon: the site's load and its region's
    // customer demand.
    Inventory::SnapshotSettings snapshotSettings;
    snapshotSettings.horizonDays = settings.horizonDays;
    auto snapshot = Inventory::loadSnapshot(c, snapshotSettings, cancel);
    if (!snapshot)
        return snapshot.error();
    net.asOfDay = snapshot->asOfDay;
    for (const Inventory::InventoryRow &r : snapshot->rows) {
        const auto s = siteOf.find(snapshot->location(r).id);
        const auto k = skuOf.find(snapshot->sku(r).id);
        if (s == siteOf.end() || k == skuOf.end())
            continue;
        double units = 0;
        for (int d = 0; d < settings.horizonDays; ++d)
            units += snapshot->ownDemandOn(r, d);
        if (!(units > 0))
            continue;
        Site &site = net.sites[std::size_t(*s)];
        site.forecastLoad += units * net.skus[std::size_t(*k)].loadWeight;
        const int region = net.regionIndex(site.region);
        if (region >= 0)
            net.regionDemand[std::size_t(region) * net.skus.size() + std::size_t(*k)] += units;
    }

    // Planned inbound: approved lines of every plan, proposed lines of the newest plan.
    q.prepare(QStringLiteral(
        "SELECT to_location_id, sku_id, quantity FROM plan_lines WHERE arrival_day >= ? AND "
        "arrival_day < ? AND (status = 'approved' OR (status = 'proposed' AND plan_id = "
        "(SELECT max(id) FROM plans)))"));
    q.addBindValue(net.asOfDay);
    q.addBindValue(net.asOfDay + settings.horizonDays);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const auto s = siteOf.find(q.value(0).toLongLong());
        const auto k = skuOf.find(q.value(1).toLongLong());
        if (s != siteOf.end() && k != skuOf.end())
            net.sites[std::size_t(*s)].inboundLoad
                += q.value(2).toDouble() * net.skus[std::size_t(*k)].loadWeight;
    }
    return net;
}

} // namespace Stockshift::Routing
