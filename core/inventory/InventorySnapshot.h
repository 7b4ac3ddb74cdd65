// Inventory::InventorySnapshot — a frozen, self-contained copy of everything the stock-health
// and policy engines read, one row per active SKU × location.
//
// Contract:
// - loadSnapshot() reads the database once through the caller's Connection (owned by the
//   calling thread) and returns plain values: the engines then run on any thread, in parallel,
//   while the database changes underneath (the GUI's "frozen copy of its input").
// - Units: quantities in units, demand in units per day, times in days (day numbers of
//   common/Days.h), money in the database's currency at cost unless a field says price.
// - Rows are the SKU × location pairs that hold stock, have open orders, or sold in the last
//   year — in (location code, SKU code) order. Lots and inbound orders live in flat vectors that
//   rows index into, sorted by expiry and due day.
// - Demand: the newest forecast run, overrides applied (Forecast::ForecastStore), turned into
//   a daily rate per day of the horizon; its spread from the run's 80% interval. Rows without a
//   forecast fall back to the last 91 days of sales (and say so: `demandSource`).
// - Supply: the supplier DC (the top of the network) buys from its preferred supplier; every
//   other location is fed over its cheapest lane from a location further up (fulfilment centre,
//   regional hub, DC — never a partner seller), and buys from a supplier only without such a
//   lane. Demand is passed up that graph: a hub's demand for a SKU is its own plus the demand of
//   the locations it feeds (daily profiles added, variances added: independent locations), and
//   so on to the DC; upstream rows are created where a location feeds a SKU it does not hold.
//   Their sales history for ABC/XYZ is the flow through them (the sum of their feeders').
#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <limits>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Inventory {

constexpr int kNoExpiry = std::numeric_limits<int>::max();

struct SkuInfo
{
    qint64 id = 0;
    QString code, name, category;
    double unitCost = std::numeric_limits<double>::quiet_NaN();  ///< NaN = unknown
    double unitPrice = std::numeric_limits<double>::quiet_NaN(); ///< NaN = unknown
    int shelfLifeDays = 0;                                       ///< 0 = not perishable
    double packSize = 1;
};

struct LocationInfo
{
    qint64 id = 0;
    QString code, name, kind, region;
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
    double capacityUnits = std::numeric_limits<double>::quiet_NaN(); ///< NaN = unlimited
};

/// The preferred supply of a SKU at a location: its supplier's terms, or for locations without
/// a supplier, the lane from the location that replenishes it.
struct SupplyInfo
{
    QString source;             ///< supplier or location code; empty = no known supply
    bool transfer = false;      ///< true: replenished from another location, not bought
    qint64 sourceLocation = -1; ///< the location id when `transfer`
    double leadTimeDays = std::numeric_limits<double>::quiet_NaN();
    double leadTimeSdDays = 0;
    double moq = 0;
    double orderMultiple = 1;
    double orderCost = 0; ///< per order (supplier's order cost or the lane's fixed cost)
    double unitCost = std::numeric_limits<double>::quiet_NaN(); ///< purchase or transfer cost
};

struct Lot
{
    int expiryDay = kNoExpiry;
    double quantity = 0; ///< available (on hand minus its share of reservations)
};

struct Inbound
{
    int dueDay = 0;
    double quantity = 0;
    bool transfer = false; ///< in transit from another location (else a purchase order)
};

/// Forecast: the location's own forecast; History: its recent sales (no forecast); Downstream:
/// the locations it feeds (a hub or DC that sells nothing itself), possibly plus its own.
enum class DemandSource { Forecast, History, Downstream, None };

struct InventoryRow
{
    int sku = 0, location = 0; ///< indices into InventorySnapshot::skus / locations
    int supply = -1;           ///< index into supplies, -1 = none
    double onHand = 0, reserved = 0;
    int lotBegin = 0, lotCount = 0;         ///< into lots, earliest expiry first
    int inboundBegin = 0, inboundCount = 0; ///< into inbound, earliest due first

    // Demand over the horizon (forecast or history fallback).
    DemandSource demandSource = DemandSource::None;
    /// Into dailyDemand: one daily rate per bucket of `demandBucketDays` days from asOfDay (the
    /// forecast run's buckets: a week holds 7 equal days), demandCount buckets.
    int demandBegin = 0, demandCount = 0;
    double dailyDemand = 0;   ///< mean over the horizon, units per day
    double dailyDemandSd = 0; ///< sd of one day's demand
    double forecastBacktestRmse = std::numeric_limits<double>::quiet_NaN(); ///< per bucket
    int forecastBucketDays = 7;
    QString demandClass; ///< smooth, erratic, intermittent, lumpy, none ("" = unknown)
    double forecastWape = std::numeric_limits<double>::quiet_NaN(); ///< measured, in %
    int downstreamRows = 0; ///< rows whose demand was passed up to this one
    /// The location's own demand, before its feeders' was added: into ownDemand (−1 = the
    /// same as dailyDemand: nothing was added), with its mean and sd per day.
    int ownDemandBegin = -1;
    double ownDailyDemand = 0, ownDailyDemandSd = 0;
    bool ownSales = false;  ///< sold itself in the window (else the history is the flow)

    // The last 365 days of history (fewer when the series is younger).
    int historyDays = 0;    ///< days covered, from the first sale or the window start
    double soldUnits = 0;   ///< units sold in the window
    double soldRevenue = 0; ///< at the recorded revenue (NaN-free; 0 when unknown)
    double weeklyMean = 0;  ///< mean weekly demand over the window
    double weeklySd = 0;    ///< sd of weekly demand over the window
    int lastSaleDay = std::numeric_limits<int>::min(); ///< min() = never sold
    int stockoutDays = 0; ///< days out of stock in the window (stockouts table)
};

struct InventorySnapshot
{
    int asOfDay = 0;           ///< the planning day: the day after the last sales day
    int horizonDays = 0;       ///< days of demand per row
    int demandBucketDays = 1;  ///< days per entry of dailyDemand (7 for a weekly forecast run)
    qint64 forecastRunId = -1; ///< -1 = no forecast run
    int lastImportDay = std::numeric_limits<int>::min(); ///< min() = no import recorded
    std::vector<SkuInfo> skus;
    std::vector<LocationInfo> locations;
    std::vector<SupplyInfo> supplies;
    std::vector<Lot> lots;
    std::vector<Inbound> inbound;
    std::vector<double> dailyDemand; ///< daily rates, demandBucketDays days an entry
    std::vector<double> ownDemand;   ///< the own demand of rows that feed others (same layout)
    /// The row's own demand rate on day `day` (its customers only, not the locations it feeds).
    double ownDemandOn(const InventoryRow &r, int day) const
    {
        if (r.ownDemandBegin < 0)
            return demandOn(r, day);
        const int bucket = day / demandBucketDays;
        return day >= 0 && bucket < r.demandCount ? ownDemand[std::size_t(r.ownDemandBegin + bucket)]
                                                  : r.ownDailyDemand;
    }
    /// The demand rate of day `day` (0 = asOfDay); past the row's buckets its mean continues.
    double demandOn(const InventoryRow &r, int day) const
    {
        const int bucket = day / demandBucketDays;
        return day >= 0 && bucket < r.demandCount ? dailyDemand[std::size_t(r.demandBegin + bucket)]
                                                  : r.dailyDemand;
    }
    std::vector<InventoryRow> rows;

    const SkuInfo &sku(const InventoryRow &r) const { return skus[std::size_t(r.sku)]; }
    const LocationInfo &location(const InventoryRow &r) const
    {
        return locations[std::size_t(r.location)];
    }
    const SupplyInfo *supply(const InventoryRow &r) const
    {
        return r.supply < 0 ? nullptr : &supplies[std::size_t(r.supply)];
    }
};

struct SnapshotSettings
{
    int asOfDay = -1;          ///< -1 = the day after the last sales day (or today without sales)
    int horizonDays = 91;      ///< days of demand kept per row (13 weeks)
    qint64 forecastRunId = -1; ///< -1 = the newest run
};

/// Reads the snapshot. Errors: the database cannot be read (code "sql"); `cancel` was set
/// (code "cancelled", checked between the reading steps and every 64k sales rows).
Result<InventorySnapshot> loadSnapshot(Storage::Connection &connection,
                                       const SnapshotSettings &settings = {},
                                       const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Inventory
