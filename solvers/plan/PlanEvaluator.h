// Planning::PlanEvaluator — plays a plan day by day under random demand and reports what it
// would achieve, so that plans made by different methods can be compared on equal terms.
//
// Model, for each run (seeded; same seed → same demand for every plan compared) and each
// SKU × location: demand each day is drawn from the forecast — normal with the bucket's daily
// mean and the node's daily sd, cut at 0; gamma with the same mean and sd when the sd exceeds
// the mean (skewed, slow demand). Open orders arrive at the start of their bucket, plan lines on
// their arrival day; a transfer leaves on its ship day with what the source has then (at most
// the planned quantity: a short source ships short, and the shortfall is reported). Demand is
// served from stock; what cannot be served is lost. Costs: transport per unit shipped and a
// fixed cost per lane and ship day used (per truck when trucks have a size), ordering per
// purchase order, holding per unit and day, lost margin per unit not served; the purchase
// value is reported apart (it is recovered when the stock sells).
// Pure and thread-safe; runs are spread over threads.
#pragma once

#include "plan/PlanInput.h"
#include "plan/PlanTypes.h"

#include <QJsonObject>

namespace Stockshift::Planning {

struct EvaluationSettings
{
    int runs = 20;
    quint64 seed = 1;
    int threads = 0;                                 ///< ≤ 0: all cores
    double truckUnits = 0;                           ///< as in PlannerSettings
    Plan::PlanKind kind = Plan::PlanKind::Transfers; ///< which demand: own or passed up
};

struct Evaluation
{
    int runs = 0;
    double demand = 0, served = 0, lostUnits = 0; ///< units, mean per run
    double fillRate = 0;                          ///< served / demand
    double transport = 0, fixed = 0, ordering = 0, holding = 0, lostMargin = 0;
    double purchaseValue = 0;
    double shippedShort = 0; ///< units transfers could not ship (source short on the day)
    double endingUnits = 0, endingValue = 0;
    double totalCost = 0;   ///< transport + fixed + ordering + holding + lost margin
    double totalCostSd = 0; ///< across runs
    QJsonObject toJson() const;
};

Evaluation evaluatePlan(const PlanInput &input, const std::vector<Plan::PlanLine> &lines,
                        const EvaluationSettings &settings);

} // namespace Stockshift::Planning
