// Planning::PlanInput — the frozen, bucketed input of a plan: items, sites, SKU × location
// nodes with demand, stock and inbound per bucket, lanes (with partner agreements), suppliers
// and their items. Every planner (MILP, greedy, reorder point) and the plan evaluator read
// only this, so a stored plan can be reproduced from its stored input.
//
// Built by buildPlanInput() from the database through Inventory::loadSnapshot and the policy
// engine (safety stocks). Conventions:
// - Buckets t = 0 … horizon−1 of `bucketDays` days from startDay (the snapshot's planning day).
// - Demand per node and bucket is the location's *own* forecast demand (its customers; a hub's
//   feeding of stores is what the plans decide), flowDemand the demand passed up the supply
//   graph (what a replenishment plan alone must cover at a buying location).
// - Initial stock is what can be sold: available stock (net of reservations) minus what the
//   FEFO projection sees expire unsold within the horizon. Inbound open orders arrive in the
//   bucket of their due day (overdue ones in bucket 0).
// - A lane's or supplier's lead time in buckets is days / bucketDays rounded to the nearest (a
//   1.5-day lane in weekly buckets arrives within the week it ships; a 5-day one the next).
// - Lanes touching a partner seller are usable only with an active agreement between the two
//   (provider → receiver), at the agreement's price: unit cost × markup + handling fee per unit.
// - Money per unit: unit margin (price − cost, or `defaultMarginShare` × cost without a price)
//   is the cost of a lost sale; holding per unit and bucket is holdingRate × cost × days / 365.
#pragma once

#include "common/Result.h"
#include "plan/PlanTypes.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <limits>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Planning {

struct Item
{
    qint64 skuId = -1;
    QString code;
    double unitCost = 0;
    double unitMargin = 0;       ///< lost-sale cost per unit
    double holdingPerBucket = 0; ///< per unit and bucket
    int shelfLifeDays = 0;       ///< 0 = not perishable
    double packSize = 1;
    double volume = 0; ///< m³ per unit (0 unknown)
};

struct Site
{
    qint64 id = -1;
    QString code, kind, region;
    double capacityUnits = std::numeric_limits<double>::infinity();
    double handlingCost = 0; ///< per unit received
    bool partner = false;
};

struct Node
{
    int item = 0, site = 0;
    double initial = 0;             ///< sellable stock now
    double safetyStock = 0;         ///< the policy engine's, for this SKU × location
    double dailySd = 0;             ///< sd of a day's own demand (for the evaluator)
    std::vector<double> demand;     ///< own demand per bucket
    std::vector<double> flowDemand; ///< own + fed locations' per bucket
    std::vector<double> inbound;    ///< open orders arriving per bucket
    double expiringUnsold = 0;      ///< units the projection writes off within the horizon
};

struct Lane
{
    qint64 id = -1;
    int from = 0, to = 0;   ///< site indices
    double costPerUnit = 0; ///< transport + receiving handling + agreement price
    double fixedCost = 0;   ///< per shipment (truck)
    double capacity = std::numeric_limits<double>::infinity(); ///< units per shipment
    double leadTimeDays = 0;
    int leadBuckets = 0;
    bool agreement = false;           ///< a partner agreement applies
    double agreementPricePerUnit = 0; ///< of costPerUnit, the agreement's handling fee
    double agreementMarkupPct = 0;    ///< markup on the item's unit cost (see itemLaneCost)
};

/// Cost per unit of moving `item` over `lane`: transport, receiving handling and, on a partner
/// agreement, its fee and its markup on the item's cost.
inline double itemLaneCost(const Lane &lane, const Item &item)
{
    return lane.costPerUnit
           + (lane.agreement ? lane.agreementMarkupPct / 100.0 * item.unitCost : 0);
}

struct Supplier
{
    qint64 id = -1;
    QString code;
    double orderCost = 0; ///< per purchase order (one per supplier, site and bucket)
    double capacityPerBucket = std::numeric_limits<double>::infinity();
};

struct SupplyOption
{
    int item = 0, site = 0, supplier = 0;
    double unitCost = 0;
    double leadTimeDays = 0;
    int leadBuckets = 0;
    double moq = 0, multiple = 1;
    double capacityPerBucket = std::numeric_limits<double>::infinity();
    bool preferred = true;
};

struct PlanInput
{
    int startDay = 0, bucketDays = 7, horizon = 4;
    qint64 forecastRunId = -1;
    std::vector<Item> items;
    std::vector<Site> sites;
    std::vector<Node> nodes; ///< sorted by (item, site)
    std::vector<Lane> lanes;
    std::vector<Supplier> suppliers;
    std::vector<SupplyOption> supply;
    std::vector<double> budgetPerBucket; ///< empty = no budget

    /// Index of the node of (item, site), or −1.
    int nodeOf(int item, int site) const;
    void index(); ///< builds the lookup behind nodeOf (after nodes change)

    QByteArray serialize() const; ///< compressed, for the plan store
    static Result<PlanInput> deserialize(const QByteArray &data);

private:
    std::vector<std::vector<std::pair<int, int>>> m_nodesByItem; // item → (site, node)
};

struct InputSettings
{
    int horizon = 4; ///< buckets
    int bucketDays = 7;
    double holdingRate = 0.25;       ///< per year, share of the unit cost
    double defaultMarginShare = 0.3; ///< margin as a share of cost where no price is known
    double budgetPerBucket = 0;      ///< 0 = none
    std::vector<QString> skuCodes;   ///< empty = all SKUs
    int maxSkus = 0;                 ///< 0 = all; else the most valuable ones (benchmarks)
};

Result<PlanInput> buildPlanInput(Storage::Connection &connection, const InputSettings &settings,
                                 const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Planning
