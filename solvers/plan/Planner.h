// Planning::Planner — makes a transfer, replenishment or joint plan from a PlanInput by one of
// four methods: "milp" (the optimisation below, solved by CBC), "greedy" (the rule of the
// original design, for transfers), "rop" (the policy engine's reorder-point / order-up-to rule
// played over the horizon, for purchases) and "none" (do nothing: the reference every plan is
// measured against).
//
// The MILP (notation of ../shared/notes/milp-formulations.md, buckets t < T):
//   nodes (k,i): I_kit ≥ f_kit stock at the end of bucket t; u_kit ∈ [0, d_kit] unmet demand;
//                v_kit ∈ [0, SS_ki] shortfall below safety stock
//   transfers:   x_kat ≥ 0 units of k leaving over lane a=(i→j) in t, arriving in t + L_a;
//                only candidate arcs (the source can spare stock, the destination needs it, the
//                lane costs less than the margin at stake, the arrival is inside the horizon)
//   shipments:   z_at ∈ ℤ≥0 trucks on lane a in t (binary "lane used" without a truck size)
//   purchases:   q_ot ≥ 0 units of option o=(k,i,supplier) ordered in t, arriving in t + L_o,
//                in packs (q = m·n, n ∈ ℤ) when the order multiple m > 1; w_ot ∈ {0,1} when the
//                MOQ > 0; Y_sit ∈ {0,1} a purchase order to supplier s for site i in t
//   balance      I_kit = I_ki,t−1 + inbound_kit + Σ_in x_ka,t−L + Σ q_o,t−L − Σ_out x_kat
//                        − d_kit + u_kit
//   safety       I_kit + v_kit ≥ SS_ki (soft: penalised)
//   source floor f_kit = min(SS_ki, Ī_kit) where Ī is the stock without any action: a location
//                that sells never gives away stock it needs for its own safety stock (only
//                lower bounds); a hub or DC that sells nothing itself holds its safety stock for
//                the locations it feeds and may hand it to them (keepBack = 0)
//   linking      x_kat ≤ M_kat·z_at (disaggregated, tight), Σ_k x_kat ≤ U·z_at (trucks of U
//                units), Σ_k x_kat ≤ lane capacity; MOQ·w ≤ q ≤ Q·w; q ≤ Q·Y (or w ≤ Y)
//   capacity     Σ_k q_ot over a supplier's options ≤ its capacity; Σ_k I_kjt ≤ room at j (never
//                less than today's plan needs); Σ price·q ≤ budget per bucket
//   shelf life   q_ot ≤ demand that sells between arrival and expiry
//   objective    min Σ c_ak·x + Σ F_a·z + Σ A_s·Y + Σ (c_o − c_min)·q + Σ h·I + Σ p·u + Σ g·v
//                (transport with handling and agreement price, shipments, orders, the premium
//                over the cheapest supplier, holding, lost margin, safety-stock shortfall at
//                g = safetyPenaltyShare × margin per unit and bucket; the purchase price itself
//                is recovered when the unit sells and is reported, not minimised)
// Demand is the location's own demand when transfers are planned (the plan moves the stock the
// hubs hold for their stores) and the demand passed up the supply graph in a replenishment plan
// alone. The "do nothing" solution is given to CBC as its first incumbent, so any plan returned
// is at least as good as doing nothing; CBC reports the true best bound and gap.
// After solving, totals are recomputed by replaying the plan over every node (also those the
// model left out as constant), and each line gets its explanation.
#pragma once

#include "mip/MipSolver.h"
#include "plan/PlanInput.h"
#include "plan/PlanTypes.h"

#include <atomic>
#include <functional>

namespace Stockshift::Planning {

struct PlannerSettings
{
    Plan::PlanKind kind = Plan::PlanKind::Transfers;
    QString method = QStringLiteral("milp"); ///< milp, greedy, rop, none
    double timeLimitSeconds = 60;
    double relativeGap = 0.01; ///< stop within 1% of the best bound
    int threads = 1;
    double safetyPenaltyShare = 0.1; ///< g per unit and bucket, as a share of the unit margin
    double truckUnits = 0;           ///< units per shipment; 0 = one shipment carries any amount
    double minTransferLot = 0;       ///< smallest transfer line in units (0 = none)
    /// Whole units as integer variables; false (default): continuous quantities in the model,
    /// rounded to whole units (and packs) after solving — the shipment, MOQ and order binaries
    /// stay integer, which is what makes the model hard; rounding moves each line by < 1 unit.
    bool integerUnits = false;
    int greedyTopN = 3; ///< sources per destination in the greedy rule
    /// Expected lost sales under the forecast's uncertainty (tangent cuts of the normal loss
    /// function) instead of the lost sales of the mean forecast alone.
    bool expectedShortage = true;
    /// Safety stock as a hard target (each SKU × location at or above it in every bucket)
    /// instead of a penalised one: a plan that cannot meet it is infeasible, and the error says
    /// which targets are missed by how much and which capacities or budgets stand in the way.
    bool hardSafetyStock = false;
    QString writeMps; ///< write the model to this file before solving
    int logLevel = 0; ///< CBC's log level (output on stdout)
    std::function<void(const Solvers::SolverProgress &)> progress;
    const std::atomic_bool *cancel = nullptr;
};

/// Statistics of the model the MILP method built (for benchmarks and the plan header).
struct ModelStats
{
    int nodes = 0, arcs = 0, options = 0;
    int blocks = 1; ///< independent blocks the model fell apart into
    int rows = 0, columns = 0, integers = 0;
    qint64 nonZeros = 0;
    double buildSeconds = 0;
};

/// Makes the plan. The header's status is the solver's ("optimal", "feasible", …) for "milp",
/// "heuristic" for the rules. Errors: bad settings, a solver error (the model is written next to
/// writeMps when set), cancelled before any solution.
Result<Plan::PlanData> makePlan(const PlanInput &input, const PlannerSettings &settings,
                                ModelStats *stats = nullptr);

/// The plan's totals when its lines are carried out and demand is as forecast (every node,
/// bucket by bucket): what makePlan reports and what the evaluator's expectations start from.
Plan::PlanTotals replayTotals(const PlanInput &input, const PlannerSettings &settings,
                              const std::vector<Plan::PlanLine> &lines);

} // namespace Stockshift::Planning
