// Health::StockAlerts — the alerts a health report raises, each with a severity, the affected
// SKU × location (or the network), and a suggested action; stored in the alerts table.
//
// Kinds (stable names, the `kind` column): stock-out (critical: nothing to sell while demand
// goes on), stock-critical (critical: runs out before an order placed today can arrive),
// stock-below-rop (warning: order now), stock-expiring (warning: units expire unsold within the
// warning window), stock-overstock (info: cover above the threshold), stock-slow-mover (info:
// stock without a sale for the slow-mover days), data-stale (warning: the last import is older
// than the stale-import days). Forecast-accuracy alerts come from Forecast::AccuracyMonitor
// (kinds forecast-*) into the same table.
//
// deriveAlerts() is pure and cheap (no text): messages are made on demand by alertMessage() and
// alertAction(), so a million rows cost no million strings. syncAlerts() makes the table match:
// new alerts are inserted, those still present are kept (their first time stays), those that no
// longer apply are resolved — one transaction, on the caller's Connection and thread.
#pragma once

#include "health/HealthEngine.h"

#include <QJsonObject>

namespace Stockshift::Health {

enum class AlertKind {
    StockOut,
    Critical,
    BelowReorderPoint,
    Expiring,
    Overstock,
    SlowMover,
    StaleData
};
QString alertKindName(AlertKind kind); ///< "stock-out", …
enum class Severity { Info, Warning, Critical };
QString severityName(Severity severity); ///< "info", "warning", "critical"

struct StockAlert
{
    AlertKind kind = AlertKind::StockOut;
    Severity severity = Severity::Info;
    int row = -1; ///< snapshot row; −1 = the network (stale data)
};

std::vector<StockAlert> deriveAlerts(const Inventory::InventorySnapshot &snapshot,
                                     const HealthReport &report, const HealthSettings &settings);

/// "location/SKU" or "network": the alert's scope key.
QString alertScope(const Inventory::InventorySnapshot &snapshot, const StockAlert &alert);
QString alertMessage(const Inventory::InventorySnapshot &snapshot, const HealthReport &report,
                     const HealthSettings &settings, const StockAlert &alert);
QString alertAction(const Inventory::InventorySnapshot &snapshot, const HealthReport &report,
                    const StockAlert &alert);
QJsonObject alertDetail(const Inventory::InventorySnapshot &snapshot, const HealthReport &report,
                        const StockAlert &alert);

struct AlertSync
{
    int raised = 0, kept = 0, resolved = 0;
};
/// Makes the open stock-* and data-stale alerts of the table match `alerts` (see above).
Result<AlertSync> syncAlerts(Storage::Connection &connection,
                             const Inventory::InventorySnapshot &snapshot,
                             const HealthReport &report, const HealthSettings &settings,
                             const std::vector<StockAlert> &alerts);

/// An alert as stored (any kind, forecast alerts included).
struct StoredAlert
{
    qint64 id = 0;
    QString createdAt, kind, severity, scope, message, action, resolvedAt;
    qint64 locationId = -1, skuId = -1;
};
/// Open alerts (or all), critical first, then warnings, then the newest.
Result<std::vector<StoredAlert>> listAlerts(Storage::Connection &connection,
                                            bool includeResolved = false);

} // namespace Stockshift::Health
