// Health::HealthAnalysis — one call that the CLI, the GUI's worker and the headless cycle share:
// read the snapshot and the policies, compute segments, policies, health and alerts; and the CSV
// files of the results (formula-safe, UTF-8).
//
// Thread: analyse() runs on the caller's thread with the caller's Connection; the GUI calls it
// from a worker with a Connection of its own. The result is plain data (no database handle).
#pragma once

#include "health/HealthEngine.h"
#include "health/StockAlerts.h"
#include "inventory/InventorySnapshot.h"
#include "policy/PolicyConfig.h"

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Health {

struct HealthAnalysis
{
    Inventory::InventorySnapshot snapshot;
    Policy::PolicyConfig policies;
    HealthSettings settings;
    HealthReport report;
    std::vector<StockAlert> alerts;
    double loadSeconds = 0;    ///< reading the snapshot
    double computeSeconds = 0; ///< segments, policies, health and alerts
};

Result<HealthAnalysis> analyse(Storage::Connection &connection,
                               const Inventory::SnapshotSettings &snapshotSettings = {},
                               const HealthSettings &settings = {}, int threads = 0,
                               const std::atomic_bool *cancel = nullptr);

/// One row per SKU × location: codes, status, segment, stock, demand, cover, value, expiry.
Status writeHealthCsv(const HealthAnalysis &analysis, const QString &path);
/// One row per SKU × location: the recommendation and every input of its formulas.
Status writePolicyCsv(const HealthAnalysis &analysis, const QString &path);

} // namespace Stockshift::Health
