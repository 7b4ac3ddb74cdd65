// Health::HealthEngine — stock-health KPIs, a status per SKU × location, roll-ups by location,
// region, category and network, and a stock-health score out of 100 whose parts are shown.
//
// Per row (Inventory::InventorySnapshot, Policy::Recommendation):
//   available        Σ lots net of reservations;  on order / in transit: open purchase orders /
//                    transfers;  inventory position from the policy engine (expiry-aware)
//   days of cover    days until the projected stockout of stock + inbound under the forecast
//                    (Inventory::Projection, FEFO, expired stock is not cover); past the horizon
//                    the stock left lasts stock / d more days; capped at kMaxCoverDays
//   turnover         cost of goods sold over the last year / average inventory at cost — the
//                    database keeps no stock history, so today's stock stands for the average
//                    (stated in the why); days of inventory = stock value / (COGS / 365)
//   expiring         lots expiring within `expiryWarningDays` (FEFO order) and the units the
//                    projection sees expire unsold within them
//   in-stock rate    1 − stockout days / days of history in the last year (stockouts table)
//   status           the first that applies: out of stock (nothing available, demand > 0);
//                    critical (the projection runs out before an order placed today arrives:
//                    within the lead time); below reorder point (position ≤ s); expiring (units
//                    expire unsold within the warning window); overstock (cover above
//                    `overstockCoverDays`, or stock without a sale for `deadStockDays`);
//                    healthy; inactive (no stock, no demand, nothing on order).
// Score per group: five parts, each 0…100 on a linear ramp from its floor to its target —
//   in-stock rate (demand-weighted), current stockout rate (share of rows with demand that are
//   out), overstock share of stock value, turnover, forecast accuracy (1 − WAPE, demand-weighted,
//   left out with the weights renormalised when nothing has been measured) — and their weighted
//   mean (weights 30/20/20/15/15 by default).
// Thread-safe and pure; computeHealth() runs rows in parallel (QtConcurrent).
#pragma once

#include "inventory/InventorySnapshot.h"
#include "inventory/Segmentation.h"
#include "policy/PolicyEngine.h"

#include <QString>

#include <array>
#include <atomic>
#include <vector>

namespace Stockshift::Health {

constexpr double kMaxCoverDays = 999;

enum class StockStatus {
    OutOfStock,
    Critical,
    BelowReorderPoint,
    Expiring,
    Overstock,
    Healthy,
    Inactive
};
constexpr int kStatusCount = 7;
QString statusName(StockStatus status);  ///< "out-of-stock", "critical", … (stable, CSV/JSON)
QString statusLabel(StockStatus status); ///< translated, for views

struct HealthSettings
{
    int expiryWarningDays = 30;
    double overstockCoverDays = 120;
    int slowMoverDays = 60;
    int deadStockDays = 90;
    int staleImportDays = 7;
    Inventory::SegmentationSettings segmentation;
    // Score: target (100 points) and floor (0 points) of each part, and the weights.
    double inStockTarget = 0.98, inStockFloor = 0.80;
    double stockoutTarget = 0.02, stockoutCeiling = 0.20;
    double overstockTarget = 0.10, overstockCeiling = 0.50;
    double turnoverTarget = 8.0;
    double accuracyTarget = 0.80, accuracyFloor = 0.30;
    std::array<double, 5> weights{0.30, 0.20, 0.20, 0.15, 0.15};
};

struct HealthRow
{
    StockStatus status = StockStatus::Healthy;
    double available = 0, onOrder = 0, inTransit = 0;
    double inventoryPosition = 0; ///< the policy engine's (expiry-aware)
    double dailyDemand = 0;
    double daysOfCover = kMaxCoverDays; ///< kMaxCoverDays also for "no demand"
    int stockoutDay = Inventory::kNoExpiry;
    double unitCost = 0; ///< 0 when unknown (values then 0, said in the why)
    bool costKnown = false;
    double stockValue = 0; ///< on hand at cost
    double cogsYear = 0;   ///< last year's sales at cost, scaled to 365 days
    double turnover = 0;   ///< cogsYear / stockValue (0 without stock)
    double daysOfInventory = kMaxCoverDays;
    double expiringUnits = 0;  ///< in lots expiring within the warning window
    double expiringUnsold = 0; ///< of which the projection sees unsold
    double expiringValue = 0;
    int firstExpiryDay = Inventory::kNoExpiry;
    int daysSinceSale = -1; ///< -1 = never sold
    bool slowMover = false, deadStock = false;
    double inStockRate = 1.0;
    double projectedUnmet = 0; ///< lost sales over the horizon without new orders
};

/// One group of rows (a location, region, category or the network).
struct HealthGroup
{
    QString key, label;
    int rows = 0;
    std::array<int, kStatusCount> statusCounts{};
    // Sums over the group's rows (units, and units per day for the demand).
    double onHand = 0, reserved = 0, available = 0, onOrder = 0, inTransit = 0;
    double inventoryPosition = 0, dailyDemand = 0, expiringUnits = 0, expiringUnsold = 0;
    double daysOfCover = 0; ///< available / daily demand (kMaxCoverDays without demand)
    /// Stock value by days since the last sale: ≤ 30, 31–60, 61–90, > 90 or never.
    std::array<double, 4> agingValue{};
    double stockValue = 0, cogsYear = 0, overstockValue = 0, expiringValue = 0;
    double turnover = 0, daysOfInventory = 0;
    double inStockRate = 1.0, stockoutRate = 0, overstockShare = 0;
    double accuracy = -1; ///< 1 − WAPE (demand-weighted); −1 = nothing measured
    struct Part
    {
        QString name;
        double actual = 0, target = 0, points = 0, weight = 0;
        bool used = true;
    };
    std::array<Part, 5> parts;
    double score = 0;
};

enum class GroupLevel { Location, Region, Category, Network };

struct HealthReport
{
    std::vector<Inventory::Segment> segments;            ///< per snapshot row
    std::vector<Policy::Recommendation> recommendations; ///< per snapshot row
    std::vector<HealthRow> rows;                         ///< per snapshot row
    Inventory::SegmentMatrix matrix;
    std::vector<HealthGroup> locations, regions, categories;
    HealthGroup network;
    double seconds = 0; ///< compute time (the snapshot's loading excluded)
};

/// Segments, policies and health for every row; `threads` ≤ 0 = all cores. Cancel is checked
/// between chunks of rows; a cancelled run returns an Error (code "cancelled").
Result<HealthReport> computeHealth(const Inventory::InventorySnapshot &snapshot,
                                   const Policy::PolicyConfig &policies,
                                   const HealthSettings &settings = {}, int threads = 0,
                                   const std::atomic_bool *cancel = nullptr);

/// One row's health given its recommendation (used by computeHealth and the detail view);
/// `projection` (optional) is the row's projection with inbound over the horizon.
HealthRow assessRow(const Inventory::InventorySnapshot &snapshot,
                    const Inventory::InventoryRow &row, const Policy::Recommendation &rec,
                    const HealthSettings &settings,
                    const Inventory::ProjectionResult *projection = nullptr);

/// The groups of `level` in key order (the network is one group).
std::vector<HealthGroup> groupRows(const Inventory::InventorySnapshot &snapshot,
                                   const std::vector<HealthRow> &rows, GroupLevel level,
                                   const HealthSettings &settings);

} // namespace Stockshift::Health
