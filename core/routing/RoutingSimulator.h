// Routing::RoutingSimulator — replays a sample of forecast orders through routing policies and
// reports, per customer tier, the promise attainment, the cost per order, split shipments and
// the capacity used.
//
// Orders (sampleOrders): seeded and repeatable (Demo::Random, the same numbers on every
// platform). An order's region is drawn in proportion to the region's forecast demand (units);
// its customer uniformly among the region's customers, whose CLTV gives the tier
// (TierConfig::classify; a region without customers takes the lowest tier); 1–4 lines, each SKU
// drawn in proportion to its forecast demand in the region (no SKU twice), 1–3 units each.
//
// Routing an order (routeOrder). Candidates are the locations with a path into the order's region
// (FulfilmentNetwork::paths; express lanes only for tiers that allow them); a consolidating tier
// adds TierConfig::consolidationDays to a path and scales its shipping by the consolidation
// factor. A policy ranks the candidates that hold every line (one shipment). When none does, the
// order is split: each line goes to the best-ranked candidate holding it; a line nobody holds is
// unfilled. The policies:
//   nearest      the shortest distance from the region's centre (mean position of its
//                locations; days when positions are missing), ties by days;
//   lowest-cost  the cost to fulfil: units × (handling + shipping + the cost of shifting the stock
//                there again — the cheapest lane into the location) + a fixed cost per shipment;
//   balanced     among the locations that keep the promise (then the others), the lowest
//                utilisation after the order (planned inbound load plus the load routed so far,
//                scaled to the full demand, over capacity);
//   performance  the highest probability of arriving within the promise. Stockshift stores no
//                on-time history, so delivery time is modelled as normal with the path's days as
//                mean and `reliabilityCv` × days as standard deviation: P = Φ((promise − days)/σ);
//                ties by cost;
//   hybrid       a weighted sum of cost, days and utilisation, each divided by the largest among
//                the candidates, and 1 − P(on time) (weights in SimulationSettings);
//   tiered       the tier engine's assignment: the first location of the region × tier chain
//                that holds every line, then the chain line by line, then lowest-cost. The tier
//                engine checks its assignments with this policy.
// Stock is drawn down by the sampled units as orders are routed (the sample checks
// availability against the stock on hand; it does not replenish). Capacity use of a location:
// (planned inbound load + routed weighted units × scale) / capacity, where scale = the regions'
// forecast units over the sampled units, so that the sample stands for the whole horizon.
// An order is on time when its slowest shipment arrives within the promise of its tier (the
// overflow tier's promise where the tier overflows in that region); unfilled lines make it late.
//
// Plain values; simulate() runs on any thread, reports progress and honours cancel.
#pragma once

#include "common/Result.h"
#include "routing/FulfilmentNetwork.h"
#include "tiers/TierConfig.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Stockshift::Routing {

enum class Policy { Nearest, LowestCost, Balanced, Performance, Hybrid, Tiered };

QString policyName(Policy policy);  ///< "nearest", "lowest-cost", …
QString policyLabel(Policy policy); ///< translated
bool policyFromName(const QString &name, Policy *policy);
std::vector<Policy> allPolicies();

struct OrderLine
{
    int sku = 0;
    double quantity = 0;
};

struct Order
{
    int id = 0;
    int region = 0; ///< into FulfilmentNetwork::regions
    int tier = 0;   ///< into TierConfig::tiers
    QString customer;
    std::vector<OrderLine> lines;
};

struct SimulationSettings
{
    int orders = 2000;
    quint64 seed = 42;
    std::vector<Policy> policies = allPolicies();
    double shipmentCost = 4.0;   ///< fixed cost of each parcel
    double reliabilityCv = 0.25; ///< sd of a delivery time over its mean
    double weightCost = 0.4, weightDays = 0.2, weightLoad = 0.2, weightPerformance = 0.2;
};

struct Shipment
{
    int site = -1;
    double days = 0;
    double cost = 0;
    std::vector<int> lines; ///< indices into the order's lines
};

/// How one order was routed.
struct Routed
{
    std::vector<Shipment> shipments;
    int unfilledLines = 0;
    double days = 0; ///< the slowest shipment
    double cost = 0;
    bool onTime = false;
};

struct TierOutcome
{
    QString tier, tierName;
    int orders = 0, onTime = 0, splitOrders = 0, shipments = 0, lines = 0, unfilledLines = 0;
    double cost = 0, units = 0, days = 0;
    double attainment() const { return orders ? double(onTime) / orders : 0.0; }
    double costPerOrder() const { return orders ? cost / orders : 0.0; }
    double splitRate() const { return orders ? double(splitOrders) / orders : 0.0; }
    double meanDays() const { return orders ? days / orders : 0.0; }
};

struct SiteUse
{
    QString location;
    int orders = 0;
    double units = 0;       ///< sampled units shipped
    double utilisation = 0; ///< see the file comment
};

struct PolicyReport
{
    Policy policy = Policy::Nearest;
    std::vector<TierOutcome> tiers; ///< one per tier of the config, in its order
    TierOutcome total;
    std::vector<SiteUse> sites; ///< one per site
    double maxUtilisation = 0;
};

struct SimulationReport
{
    int orders = 0;
    quint64 seed = 0;
    double scale = 1; ///< forecast units per sampled unit
    std::vector<PolicyReport> policies;
};

/// The path a tier uses from a site into a region: its option's choice (fastest: the fastest;
/// cost-optimised: the cheapest within the promise, else the fastest; economy: the cheapest),
/// with the consolidation days and factor applied for consolidating tiers. Invalid when the site
/// has no path there.
Path tierPath(const FulfilmentNetwork &network, const Tiers::TierConfig &config, int site,
              const QString &region, int tier);

/// The tier of every customer of the network (index into config.tiers, −1 = none).
std::vector<int> customerTiers(const FulfilmentNetwork &network, const Tiers::TierConfig &config);

std::vector<Order> sampleOrders(const FulfilmentNetwork &network, const Tiers::TierConfig &config,
                                int count, quint64 seed);

/// Routing state across orders: stock left and load routed per site.
struct RoutingState
{
    std::vector<double> stock; ///< as FulfilmentNetwork::stock
    std::vector<double> load;  ///< weighted sampled units per site
    double scale = 1;
    explicit RoutingState(const FulfilmentNetwork &network);
};

/// Routes one order under a policy and updates the state (see the file comment).
Routed routeOrder(const FulfilmentNetwork &network, const Tiers::TierConfig &config,
                  const Order &order, Policy policy, const SimulationSettings &settings,
                  RoutingState &state);

using Progress = std::function<void(int percent)>;

/// Samples the orders and replays them through every policy of the settings, each from the same
/// starting stock. Errors: no regions or no demand to sample from ("no-demand"); "cancelled".
Result<SimulationReport> simulate(const FulfilmentNetwork &network, const Tiers::TierConfig &config,
                                  const SimulationSettings &settings, const Progress &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Routing
