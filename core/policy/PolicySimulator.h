// Policy::PolicySimulator — checks an inventory policy by simulating one location day by day.
//
// Model, per day t of each run (seeded, repeatable: same settings → same result on every
// platform; Demo::Random, no <random> distributions):
//   1. orders due today arrive (lead times drawn per order: normal(L, σL) rounded to whole days,
//      at least 0, so orders may cross);
//   2. demand is drawn from the forecast distribution: normal(d, σd) cut at 0 (default), or
//      gamma with the same mean and sd (skewed demand);
//   3. demand is served from stock; what cannot be served is lost, or backordered when
//      `backorders` is set (the textbook assumption behind the safety-stock formulas);
//   4. on review days (every R days for order-up-to and min-max; every day for the reorder
//      point policy) the inventory position IP = on hand + on order − backorders is compared with
//      the policy: order S − IP (order-up-to; min-max when IP ≤ s) or the multiple of Q that
//      lifts IP above s (reorder point), rounded up to the MOQ and the order multiple.
// Measured after a warm-up of 2·(L + R) days:
//   cycle service level = share of replenishment cycles — the days from one arrival up to the
//   next — in which all demand was served at once (no lost or backordered unit);
//   fill rate = units served at once / units demanded; average on-hand inventory; orders; costs
//   (holding at h·c per unit and year, ordering at S per order, lost or late units at the unit
//   margin).
// Pure and thread-safe.
#pragma once

#include "policy/PolicyConfig.h"

#include <QtGlobal>

namespace Stockshift::Policy {

struct Recommendation;

struct SimulationPolicy
{
    PolicyKind kind = PolicyKind::OrderUpTo;
    double reorderPoint = 0;  ///< s
    double orderUpTo = 0;     ///< S
    double orderQuantity = 0; ///< Q (reorder-point policy)
    double reviewDays = 7;
    double moq = 0, orderMultiple = 1;
};

struct SimulationSettings
{
    int days = 730;
    int runs = 20;
    quint64 seed = 1;
    bool backorders = false;
    enum class Demand { Normal, Gamma } demand = Demand::Normal;
    double dailyDemand = 0, dailySd = 0;
    double leadTimeDays = 0, leadTimeSdDays = 0;
    double initialStock = -1; ///< −1 = the order-up-to level (or s + Q)
    double unitCost = 0, holdingRate = 0.25, orderCost = 0, unitMargin = 0;
};

struct SimulationResult
{
    int runs = 0, days = 0; ///< measured days per run (after warm-up)
    int cycles = 0, stockoutCycles = 0;
    double cycleServiceLevel = 0;              ///< 0…1
    double fillRate = 0;                       ///< 0…1
    double demand = 0, served = 0, short_ = 0; ///< units over all runs
    double averageInventory = 0;               ///< units on hand, end of day
    double ordersPerYear = 0;
    double holdingCost = 0, orderingCost = 0, shortageCost = 0; ///< per year
    double totalCostPerYear() const { return holdingCost + orderingCost + shortageCost; }
};

SimulationResult simulatePolicy(const SimulationPolicy &policy, const SimulationSettings &settings);

/// The policy and settings of a recommendation (its s, S, Q, review, lead time, demand, costs).
SimulationPolicy simulationPolicy(const Recommendation &rec);
SimulationSettings simulationSettings(const Recommendation &rec, double unitMargin);

} // namespace Stockshift::Policy
