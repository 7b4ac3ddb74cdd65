// Scenarios::Scenario — a named, versioned snapshot of everything a plan depends on, the what-if
// edits made to it, and (once run) what it achieved.
//
// Contract:
// - Plain values, no database handle: a Scenario is captured from a database (WhatIf.h:
//   captureScenario), stored in the scenarios table (ScenarioStore.h) or a file (ScenarioFile.h),
//   applied to a frozen copy of the database and run there (solvers/scenario/ScenarioRunner).
//   It never changes the planner's live data.
// - Everything is keyed by codes (locations, SKUs, suppliers), not database ids, so a scenario
//   file can be opened against another copy of the same network.
// - Units: quantities in units, times in days, money in the database's currency; day numbers
//   as in common/Days.h. "Unknown / unlimited" is −1 where a column may be NULL (costs,
//   capacities) and NaN for coordinates.
// - Format versions (the class version of Scenario, written into the file header):
//     1  settings, edits (demand factor, lane closed, lead time, budget) and the KPI results
//     2  + the tier configuration, the new-site edit (with the demand share it takes), per-SKU
//          results and the simulation's cost breakdown
//   Files of version 1 load (the new fields stay empty); files of a newer version are refused.
// Thread: values; use from any thread.
#pragma once

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace Stockshift::Scenarios {

/// The format this build writes, and the oldest it reads.
constexpr std::uint32_t kFormatVersion = 2;
constexpr std::uint32_t kOldestFormatVersion = 1;

struct PolicyRule
{
    QString scope;          ///< "default", "A", "AX", …
    QString parametersJson; ///< Policy::PolicyParameters::toJson(), compact
    bool operator==(const PolicyRule &) const = default;
};

struct PolicyOverride
{
    QString locationCode, skuCode;
    QString parametersJson;
    QString reason;
    bool operator==(const PolicyOverride &) const = default;
};

struct SkuCost
{
    QString code;
    double unitCost = -1;  ///< −1 = unknown
    double unitPrice = -1; ///< −1 = unknown
    bool operator==(const SkuCost &) const = default;
};

struct SiteSetting
{
    QString code, name, kind, region;
    double latitude = std::numeric_limits<double>::quiet_NaN();
    double longitude = std::numeric_limits<double>::quiet_NaN();
    double capacityUnits = -1; ///< −1 = unlimited
    double handlingCost = 0;   ///< per unit received
    bool active = true;
    bool operator==(const SiteSetting &o) const
    {
        const auto same = [](double a, double b) {
            return (std::isnan(a) && std::isnan(b)) || a == b;
        };
        return code == o.code && name == o.name && kind == o.kind && region == o.region
               && same(latitude, o.latitude) && same(longitude, o.longitude)
               && capacityUnits == o.capacityUnits && handlingCost == o.handlingCost
               && active == o.active;
    }
};

struct LaneSetting
{
    QString from, to, mode; ///< location codes, transport mode
    double costPerUnit = 0, fixedCost = 0, leadTimeDays = 0;
    double capacity = -1; ///< per period; −1 = unlimited
    bool active = true;
    bool operator==(const LaneSetting &) const = default;
};

struct SupplierSetting
{
    QString code;
    double leadTimeDays = 0, leadTimeSdDays = 0, orderCost = 0;
    double capacity = -1; ///< per period; −1 = unlimited
    bool active = true;
    bool operator==(const SupplierSetting &) const = default;
};

struct ForecastOverride
{
    QString locationCode, skuCode;
    std::int32_t startDay = 0, endDay = 0;
    QString mode; ///< "set" or "scale"
    double value = 1;
    QString reason;
    bool operator==(const ForecastOverride &) const = default;
};

struct SolverSettings
{
    QString kind = QStringLiteral("joint"); ///< transfers, replenishment, joint
    QString method = QStringLiteral("milp");
    std::int32_t horizon = 4, bucketDays = 7;
    double timeLimitSeconds = 20;
    double relativeGap = 0.01;
    double truckUnits = 0;
    double safetyPenaltyShare = 0.1;
    double holdingRate = 0.25;
    std::int32_t evaluationRuns = 10;
    std::uint64_t seed = 1;
    bool operator==(const SolverSettings &) const = default;
};

enum class EditKind : std::int32_t {
    DemandFactor = 0, ///< forecast demand × value in a region, category, SKU or location
    CloseLane = 1,    ///< lane target → target2 closed (every mode)
    LeadTimePlus = 2, ///< supplier `target`: lead time + value days (its items too)
    BudgetFactor = 3, ///< purchasing budget × value
    NewSite = 4,      ///< format 2: a micro-fulfilment site `target` copied from `target2`
};
constexpr std::int32_t kEditKindCount = 5;

struct WhatIfEdit
{
    EditKind kind = EditKind::DemandFactor;
    QString scope;    ///< DemandFactor: "region", "category", "sku", "location"
    QString target;   ///< region / category / code; lane origin; supplier; the new site's code
    QString target2;  ///< lane destination; the new site's template site
    double value = 1; ///< factor, days, budget factor, the new site's capacity (units; −1 none)
    double share = 0; ///< NewSite: the share of the template site's demand it serves (0…1)
    bool operator==(const WhatIfEdit &) const = default;
};

struct Kpis
{
    double totalCost = 0;       ///< simulated cost over the horizon (transport, fixed, ordering,
                                ///< holding, lost margin)
    double fillRate = 0;        ///< simulated served / demand
    double inventoryValue = 0;  ///< simulated stock value at the end of the horizon, at cost
    double daysOfInventory = 0; ///< inventoryValue / forecast demand at cost per day
    double expiringUnits = 0;   ///< units the projection sees expire unsold in the horizon
    std::int32_t transfers = 0; ///< transfer lines of the plan
    std::int32_t purchaseOrders = 0;
    double transferUnits = 0, purchaseUnits = 0, purchaseValue = 0;
    double lostUnits = 0;   ///< simulated
    double demandUnits = 0; ///< forecast demand over the horizon
    double healthScore = 0; ///< the stock-health score (0…100) of the frozen copy
    bool operator==(const Kpis &) const = default;
};

struct ForecastSummary
{
    std::int64_t runId = -1;
    std::int32_t series = 0;
    double demandUnits = 0, demandValue = 0; ///< over the plan horizon, at cost
    bool operator==(const ForecastSummary &) const = default;
};

struct PlanSummary
{
    QString status; ///< the solver's ("optimal", "feasible", …) or "heuristic"
    double objective = 0, gap = 0, seconds = 0;
    double planCost = 0; ///< Plan::PlanTotals::total() under the forecast
    std::int32_t lines = 0;
    bool operator==(const PlanSummary &) const = default;
};

struct SimulationSummary
{
    std::int32_t runs = 0;
    double demand = 0, served = 0, lost = 0;
    // format 2: the cost breakdown
    double transport = 0, fixed = 0, ordering = 0, holding = 0, lostMargin = 0;
    double totalCostSd = 0;
    bool operator==(const SimulationSummary &) const = default;
};

struct SkuResult
{
    QString code;
    double demand = 0;        ///< forecast over the horizon (own demand of every location)
    double transferUnits = 0; ///< planned
    double purchaseUnits = 0;
    double purchaseValue = 0;
    double safetyStock = 0;    ///< Σ over locations
    double expiringUnsold = 0; ///< Σ over locations
    bool operator==(const SkuResult &) const = default;
};

struct Results
{
    bool present = false; ///< false until the scenario has been run
    QString ranAt;        ///< ISO date-time (UTC)
    double seconds = 0;
    QString warnings; ///< what could not be applied to the copy (unknown codes), one per line
    ForecastSummary forecast;
    PlanSummary plan;
    SimulationSummary simulation;
    Kpis kpis;
    std::vector<SkuResult> skus; ///< format 2
    bool operator==(const Results &) const = default;
};

struct Scenario
{
    qint64 id = -1; ///< the scenarios table's id (not in files)
    QString name, description;
    QString parentName; ///< the scenario it was cloned from
    QString createdAt, createdBy;

    SolverSettings solver;
    double budgetPerBucket = 0; ///< purchasing budget per bucket; 0 = none
    std::vector<PolicyRule> policyRules;
    std::vector<PolicyOverride> policyOverrides;
    std::vector<SkuCost> skuCosts;
    std::vector<SiteSetting> sites;
    std::vector<LaneSetting> lanes;
    std::vector<SupplierSetting> suppliers;
    std::vector<ForecastOverride> forecastOverrides;
    QString tierConfigJson; ///< format 2: the tier_configs document, opaque (core/tiers owns it)
    std::vector<WhatIfEdit> edits;
    Results results;

    /// Equal in everything a file carries (the id is not compared).
    bool sameContent(const Scenario &other) const;
};

/// "Demand ×1.20 in region North", "Lane DC1 → HUB2 closed", … (translated).
QString describeEdit(const WhatIfEdit &edit);
QString editKindName(EditKind kind); ///< stable: "demand", "close-lane", "lead-time", …

} // namespace Stockshift::Scenarios
