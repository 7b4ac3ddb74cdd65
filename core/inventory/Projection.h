// Inventory::Projection — the day-by-day projection of one row's stock over the horizon:
// available lots sold first-expiry-first-out (FEFO), inbound orders arriving on their due day
// (stock arriving without a lot is assumed to keep the SKU's full shelf life from arrival), the
// forecast demand taken each day, lots written off on their expiry day.
//
// Expiry-aware cover: a unit that expires before the forecast can sell it is not cover — it is
// counted in writeOff and the projected stockout comes when the sellable stock runs out. Unmet
// demand is lost (not backordered) in the projection: the shortfall is reported, not carried.
// Pure and thread-safe; O(days + lots + inbound).
#pragma once

#include "inventory/InventorySnapshot.h"

#include <utility>
#include <vector>

namespace Stockshift::Inventory {

struct ProjectionResult
{
    int stockoutDay = kNoExpiry; ///< first day with unmet demand; kNoExpiry = none in horizon
    double unmet = 0;            ///< demand not met over the horizon (lost sales), units
    double writeOff = 0;         ///< units expiring unsold over the horizon
    int firstWriteOffDay = kNoExpiry;
    double endStock = 0;     ///< on hand at the end of the horizon
    double averageStock = 0; ///< mean end-of-day stock over the horizon
    /// End-of-day stock per day when asked for (the detail chart), else empty.
    std::vector<double> levels;
    std::vector<double> writeOffs; ///< per day when asked for
    /// Every write-off as (day, units), in day order (always kept: a few per row).
    std::vector<std::pair<int, double>> writeOffEvents;

    /// Units written off before `day` (a day number).
    double writeOffBefore(int day) const;
};

/// Projects `days` days from snapshot.asOfDay (beyond the row's demand buckets the mean daily
/// demand continues). `includeInbound` = false leaves open orders out (what the stock alone
/// covers). Without `keepLevels` it steps from event to event (arrival, expiry, demand bucket
/// boundary) instead of day by day, with the same result: O(events + lots) per row, which is
/// what lets a million rows be assessed in about a second.
ProjectionResult projectStock(const InventorySnapshot &snapshot, const InventoryRow &row, int days,
                              bool includeInbound = true, bool keepLevels = false);

/// Forecast demand of the row over [fromDay, fromDay + days) counted from asOfDay (day 0),
/// fractional days allowed; past the demand days the mean daily demand continues.
double demandOver(const InventorySnapshot &snapshot, const InventoryRow &row, double fromDay,
                  double days);

} // namespace Stockshift::Inventory
