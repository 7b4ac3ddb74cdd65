// Policy::PolicyEngine — safety stock, reorder point, order-up-to level, EOQ and the suggested
// order for every SKU × location of a snapshot, each with the inputs and the formula it used.
//
// Algorithm per row (units per day, days; SPT = Silver, Pyke & Thomas 2017):
//   d      mean forecast demand per day over the horizon; D(P) the forecast demand over the next
//          P days (the daily profile, so promotions and seasons inside the lead time count)
//   σd     sd of one day's demand: the forecast's own error, from its 80% interval (or the
//          history's day-to-day sd without a forecast); σL the supplier's lead-time sd
//   L      lead time (policy, else the supplier's, else the lane's); R the review period
//   P      protection interval: L for the reorder-point policy (continuous review), L + R for
//          order-up-to and min-max (periodic review)
//   σP     = √(P·σd² + d²·σL²)                                               (SPT eq. 7.2)
//   SS     service level α:   z·σP with z = Φ⁻¹(α)                            (SPT eq. 7.4)
//          fill rate β:       k·σP with σP·G(k) = (1 − β)·Q, Q the expected order size
//                             (d·R for order-up-to, the EOQ otherwise), k ≥ 0   (SPT eq. 7.19)
//          forecast error:    z·RMSE·√(P / b), RMSE the backtest error per b-day bucket
//          days of cover:     c·d
//   EOQ    = √(2·(365·d)·S / (h·c)), S the order cost, h the holding rate, c the unit cost
//   s      reorder point = D(P) + SS;  S = D(L + R) + SS (order-up-to), s + max(EOQ, MOQ)
//          (min-max), capped at maxCoverDays·d when set
//   IP     inventory position = sellable stock (lots net of reservations, minus what the
//          projection sees expiring unsold within P) + open purchase orders and transfers
//   order  when IP ≤ s (ROP, min-max) or IP < S (order-up-to): S − IP, or for ROP the
//          multiple of Q that lifts IP above s; then up to the MOQ and to the order multiple
//          (pack size); with the shelf-life cap no more than D(L, L + shelf life) − (IP − D(L)),
//          rounded down to the multiple — an MOQ above that cap is a conflict, stated.
// A row that lacks an input (no lead time, no unit cost for the EOQ, no demand) gets a reason in
// `problem` — never NaN in a figure the planner sees; figures that could not be computed are
// NaN in the struct and the views print the reason instead.
// Thread-safe and pure; computePolicies() runs rows in parallel (QtConcurrent).
#pragma once

#include "inventory/InventorySnapshot.h"
#include "inventory/Projection.h"
#include "inventory/Segmentation.h"
#include "policy/PolicyConfig.h"

#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace Stockshift::Policy {

struct Recommendation
{
    ResolvedPolicy policy;
    char abc = 'C', xyz = 'Z';
    QString problem; ///< non-empty: SS/ROP could not be computed, and why

    // Inputs as used (NaN where unknown).
    double dailyDemand = 0, dailySd = 0;
    double leadTimeDays = std::numeric_limits<double>::quiet_NaN();
    double leadTimeSdDays = 0;
    double reviewDays = 0, protectionDays = 0;
    double demandOverLead = 0, demandOverProtection = 0;
    double sigmaProtection = 0;
    double safetyFactor = 0; ///< z or k
    double unitCost = std::numeric_limits<double>::quiet_NaN();
    double orderCost = 0, holdingCostPerYear = std::numeric_limits<double>::quiet_NaN();
    double moq = 0, orderMultiple = 1;
    bool rmseFallback = false; ///< forecast-error SS fell back to the forecast interval

    // Results.
    double safetyStock = std::numeric_limits<double>::quiet_NaN();
    double reorderPoint = std::numeric_limits<double>::quiet_NaN();
    double orderUpTo = std::numeric_limits<double>::quiet_NaN();
    double eoq = std::numeric_limits<double>::quiet_NaN();
    QString eoqProblem;
    double inventoryPosition = 0;
    double expiringWithinProtection = 0;
    double shelfLifeCap = std::numeric_limits<double>::quiet_NaN(); ///< NaN = no cap
    double rawOrder = 0;                                            ///< before rounding and caps
    double suggestedOrder = 0; ///< after MOQ, multiple and shelf-life cap
    QString orderNote;         ///< e.g. the MOQ / shelf-life conflict
};

/// Recommendation for one row; `segment` from Inventory::segment(). `projection` (optional):
/// the row's projection with inbound over the snapshot's horizon, when the caller has it
/// already (the health engine), to read the write-offs from instead of projecting again.
Recommendation recommend(const Inventory::InventorySnapshot &snapshot,
                         const Inventory::InventoryRow &row, const Inventory::Segment &segment,
                         const PolicyConfig &config,
                         const Inventory::ProjectionResult *projection = nullptr);

/// The same with the row's policy already resolved (computeHealth resolves the nine segments
/// once instead of once per row).
Recommendation recommend(const Inventory::InventorySnapshot &snapshot,
                         const Inventory::InventoryRow &row, const Inventory::Segment &segment,
                         const ResolvedPolicy &policy,
                         const Inventory::ProjectionResult *projection = nullptr);

/// Resolves policies by segment once, and per row only where an override exists.
class PolicyResolver
{
public:
    explicit PolicyResolver(const PolicyConfig &config);
    ResolvedPolicy resolve(char abc, char xyz, qint64 locationId, qint64 skuId) const;

private:
    const PolicyConfig &m_config;
    std::array<ResolvedPolicy, 9> m_segments;
};

/// Every row, in parallel; `threads` ≤ 0 = all cores. Cancel is checked between rows (the
/// partial result is then discarded by the caller).
std::vector<Recommendation> computePolicies(const Inventory::InventorySnapshot &snapshot,
                                            const std::vector<Inventory::Segment> &segments,
                                            const PolicyConfig &config, int threads = 0,
                                            const std::atomic_bool *cancel = nullptr);

/// One line of the "why" of a recommendation: the figure, its value, the formula with the
/// numbers put in, and where the parameters came from.
struct WhyLine
{
    QString figure; ///< "Safety stock"
    double value = 0;
    QString formula; ///< "z·√(L·σd² + d²·σL²) = 2.054 · √(10·30.0² + 50.0²·2.0²) = 253.4"
    QString inputs; ///< "service level 98% (class A), lead time 10 d (supplier S-01) …"
};
QList<WhyLine> explain(const Inventory::InventorySnapshot &snapshot,
                       const Inventory::InventoryRow &row, const Recommendation &rec);

} // namespace Stockshift::Policy
