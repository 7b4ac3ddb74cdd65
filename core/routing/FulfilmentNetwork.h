// Routing::FulfilmentNetwork — what the fulfilment-tier engine and the order-routing simulation
// read: the locations that can ship to customers with their capacity and planned load, the lanes,
// stock, the demand of every customer region and the customers with their CLTV.
//
// Contract:
// - loadNetwork() reads the database once through the caller's Connection (owned by the calling
//   thread) and returns plain values; the engines then run on any thread.
// - Units: quantities in units, times in days, money in the database's currency.
// - Delivery model. Customers have a region but no address. An order for region R leaves a
//   location L and reaches the customer either
//     direct   when L is in R:      days = last mile of L,
//                                   cost = handling(L) + lastMileCost
//     by lane  L → M, M in R:       days = lane lead time + last mile of M,
//                                   cost = handling(L) + lane cost/unit + handling(M)
//                                          + lastMileCost
//   The last mile takes nearLastMileDays from stores and micro-fulfilment sites (they sit among
//   their customers) and lastMileDays from any other kind of location
//   (one lane at most: a second hop is never faster or cheaper than the lane into the region on
//   the networks Stockshift plans). Express lanes are used only where a tier allows them.
// - Capacity. `capacity_units` of a location is read as the weighted units it can pick, pack and
//   receive per week (ERPs have no common throughput field; `capacityTurnsPerWeek` scales it).
//   Over the horizon: capacity_units × turns × horizon/7; an empty capacity is unlimited.
//   Planned load over the horizon, in weighted units: the location's own forecast demand
//   (the newest forecast run with overrides, or its recent sales without one — InventorySnapshot)
//   plus the plan's inbound arriving in the horizon (approved lines of every plan and the proposed
//   lines of the newest plan — older proposals were superseded by it).
// - Order complexity. A unit weighs 1; a fragile SKU (skus.fragile) counts `fragileWeight`, a SKU
//   of at least `heavyKg` (skus.weight_kg) `heavyWeight`, both multiply. Without SKU attributes
//   every unit weighs 1.
// - Region demand: the forecast demand of the locations in a region is the region's customer
//   demand (per SKU, units over the horizon). Regions are those of the customers; without
//   customers, the regions of locations that sell.
// - CLTV. Imported from customers.cltv. Missing values are estimated — Stockshift has no
//   per-customer order history (sales are per location and SKU) — as the median CLTV of the
//   customers with the same segment and region, else of the same segment, else of everyone;
//   0 when no customer has one. Estimated values are flagged (`Customer::estimated`).
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <limits>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Routing {

constexpr double kUnlimited = std::numeric_limits<double>::infinity();

struct NetworkSettings
{
    int horizonDays = 28;
    double lastMileDays = 1.0;         ///< from a hub, DC or partner to the customer
    double nearLastMileDays = 0.5;     ///< from a store or micro-fulfilment site
    double lastMileCostPerUnit = 1.2;  ///< parcel cost per unit of the last mile
    double capacityTurnsPerWeek = 1.0; ///< capacity_units handled per week
    double fragileWeight = 1.5;        ///< load of a fragile unit
    double heavyWeight = 1.3;          ///< load of a unit of at least heavyKg
    double heavyKg = 15.0;
    double minStockCoverage = 0.5; ///< share of a region's demand a location must stock
    bool operator==(const NetworkSettings &) const = default;
};

struct Site
{
    qint64 id = 0;
    QString code, name, kind, region;
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
    double capacity = kUnlimited; ///< weighted units over the horizon
    double handlingCost = 0;      ///< per unit
    double forecastLoad = 0;      ///< weighted units of its own forecast demand, horizon
    double inboundLoad = 0;       ///< weighted units of planned inbound, horizon
    double replenishCost = 0;     ///< per unit: the cheapest lane into it (0 at the top)
    double plannedLoad() const { return forecastLoad + inboundLoad; }
    /// Planned load over capacity (0 when unlimited).
    double utilisation() const { return capacity == kUnlimited ? 0.0 : plannedLoad() / capacity; }
};

struct Lane
{
    int from = 0, to = 0; ///< indices into sites
    QString mode;         ///< "road", "express", …
    double costPerUnit = 0, fixedCost = 0, leadTimeDays = 0;
    bool express() const { return mode == QLatin1String("express"); }
};

struct Sku
{
    qint64 id = 0;
    QString code;
    double unitCost = 0;
    double weightKg = 0;
    bool fragile = false;
    double loadWeight = 1; ///< load of one unit (complexity weights applied)
};

struct Customer
{
    QString code, segment, region;
    double cltv = 0;
    bool estimated = false; ///< cltv estimated (see the file comment)
};

/// One way a site reaches the customers of a region.
struct Path
{
    int origin = -1;
    int via = -1;  ///< the site in the region the lane delivers to; −1 = the origin is in it
    int lane = -1; ///< into lanes; −1 = direct
    double days = 0;
    double costPerUnit = 0;     ///< handling, lane and last mile
    double shippingPerUnit = 0; ///< the lane and last-mile part of costPerUnit
    bool valid() const { return origin >= 0; }
};

struct FulfilmentNetwork
{
    NetworkSettings settings;
    int asOfDay = 0;
    std::vector<Site> sites;
    std::vector<Lane> lanes;
    std::vector<Sku> skus;
    std::vector<Customer> customers;
    QStringList regions;              ///< sorted
    std::vector<double> stock;        ///< sites × skus, available units
    std::vector<double> regionDemand; ///< regions × skus, units over the horizon

    double stockAt(int site, int sku) const { return stock[std::size_t(site) * skus.size() + sku]; }
    double demandIn(int region, int sku) const
    {
        return regionDemand[std::size_t(region) * skus.size() + sku];
    }
    int regionIndex(const QString &region) const { return int(regions.indexOf(region)); }
    int siteIndex(const QString &code) const;

    /// Days of the last mile from a site.
    double lastMileDays(int site) const;
    /// Every path from `origin` into `region` (direct first, then by lane).
    std::vector<Path> paths(int origin, const QString &region, bool allowExpress) const;
    /// The fastest (ties: cheapest) or the cheapest (ties: fastest) path; invalid when none.
    Path fastestPath(int origin, const QString &region, bool allowExpress) const;
    Path cheapestPath(int origin, const QString &region, bool allowExpress) const;
    /// Share of the region's demand (units) whose SKU the site has on hand (0…1; 1 without demand).
    double stockCoverage(int site, int region) const;
    /// Mean position of the region's sites with coordinates; false when none has any.
    bool regionCentre(const QString &region, double *latitude, double *longitude) const;

    /// Sizes stock and regionDemand for the current sites, skus and regions (zero-filled).
    void resize();
    /// Recomputes Sku::loadWeight from the settings.
    void applyWeights();
};

/// Great-circle distance in km (haversine).
double distanceKm(double lat1, double lon1, double lat2, double lon2);

/// Reads the network (see the file comment). Errors: "sql"; "cancelled".
Result<FulfilmentNetwork> loadNetwork(Storage::Connection &connection,
                                      const NetworkSettings &settings = {},
                                      const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Routing
