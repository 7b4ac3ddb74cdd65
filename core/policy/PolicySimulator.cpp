#include "policy/PolicySimulator.h"

#include "demo/Random.h"
#include "policy/InventoryMath.h"
#include "policy/PolicyEngine.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Stockshift::Policy {

namespace {

double drawDemand(Demo::Random &rng, const SimulationSettings &s)
{
    if (s.dailyDemand <= 0)
        return 0.0;
    if (s.dailySd <= 0)
        return s.dailyDemand;
    if (s.demand == SimulationSettings::Demand::Gamma) {
        // Gamma with mean d and sd σ: shape (d/σ)², scale σ²/d.
        const double shape = (s.dailyDemand / s.dailySd) * (s.dailyDemand / s.dailySd);
        return rng.gamma(shape, s.dailySd * s.dailySd / s.dailyDemand);
    }
    return std::max(0.0, rng.normal(s.dailyDemand, s.dailySd));
}

int drawLeadTime(Demo::Random &rng, const SimulationSettings &s)
{
    const double l
        = s.leadTimeSdDays > 0 ? rng.normal(s.leadTimeDays, s.leadTimeSdDays) : s.leadTimeDays;
    return std::max(0, int(std::lround(l)));
}

} // namespace

SimulationResult simulatePolicy(const SimulationPolicy &policy, const SimulationSettings &settings)
{
    SimulationResult out;
    const int review = policy.kind == PolicyKind::ReorderPoint
                           ? 1
                           : std::max(1, int(std::lround(policy.reviewDays)));
    const int warmUp
        = 2 * (int(std::ceil(settings.leadTimeDays + 3 * settings.leadTimeSdDays)) + review);
    const double startStock = settings.initialStock >= 0
                                  ? settings.initialStock
                                  : (policy.kind == PolicyKind::ReorderPoint
                                         ? policy.reorderPoint + policy.orderQuantity
                                         : policy.orderUpTo);
    double inventorySum = 0;
    int measuredDays = 0, orders = 0;
    for (int run = 0; run < settings.runs; ++run) {
        Demo::Random rng(Demo::Random::derive(settings.seed, std::uint64_t(run)));
        double onHand = startStock, backlog = 0;
        std::multimap<int, double> pipeline; // arrival day → quantity
        double onOrder = 0;
        bool cycleShort = false;
        bool cycleOpen = false; // a cycle starts with the first arrival after the warm-up
        for (int day = 0; day < warmUp + settings.days; ++day) {
            const bool measuring = day >= warmUp;
            // 1. Arrivals: each closes the running replenishment cycle.
            bool arrived = false;
            while (!pipeline.empty() && pipeline.begin()->first <= day) {
                const double q = pipeline.begin()->second;
                pipeline.erase(pipeline.begin());
                onOrder -= q;
                const double toBacklog = std::min(backlog, q);
                backlog -= toBacklog;
                onHand += q - toBacklog;
                arrived = true;
            }
            if (arrived && measuring) {
                if (cycleOpen) {
                    ++out.cycles;
                    out.stockoutCycles += cycleShort ? 1 : 0;
                }
                cycleOpen = true;
                cycleShort = false;
            }
            // 2–3. Demand.
            const double demand = drawDemand(rng, settings);
            const double served = std::min(demand, onHand);
            onHand -= served;
            const double shortage = demand - served;
            if (settings.backorders)
                backlog += shortage;
            if (measuring) {
                out.demand += demand;
                out.served += served;
                out.short_ += shortage;
                if (shortage > 1e-9 || backlog > 1e-9)
                    cycleShort = true;
                inventorySum += onHand;
                ++measuredDays;
            }
            // 4. Review.
            if (day % review == 0) {
                const double ip = onHand + onOrder - backlog;
                double q = 0;
                switch (policy.kind) {
                case PolicyKind::OrderUpTo:
                    q = std::max(0.0, policy.orderUpTo - ip);
                    break;
                case PolicyKind::MinMax:
                    if (ip <= policy.reorderPoint)
                        q = policy.orderUpTo - ip;
                    break;
                case PolicyKind::ReorderPoint:
                    if (ip <= policy.reorderPoint && policy.orderQuantity > 0)
                        q = policy.orderQuantity
                            * (std::floor((policy.reorderPoint - ip) / policy.orderQuantity) + 1);
                    break;
                }
                q = roundOrderQuantity(q, policy.moq, policy.orderMultiple);
                if (q > 0) {
                    // Placed at the end of the day: L whole days of demand pass before it
                    // arrives at the start of day t + L + 1.
                    pipeline.emplace(day + drawLeadTime(rng, settings) + 1, q);
                    onOrder += q;
                    if (measuring)
                        ++orders;
                }
            }
        }
    }
    out.runs = settings.runs;
    out.days = settings.days;
    out.cycleServiceLevel = out.cycles > 0 ? 1.0 - double(out.stockoutCycles) / out.cycles : 1.0;
    out.fillRate = out.demand > 0 ? out.served / out.demand : 1.0;
    out.averageInventory = measuredDays > 0 ? inventorySum / measuredDays : 0.0;
    const double years = double(measuredDays) / 365.0;
    out.ordersPerYear = years > 0 ? orders / years : 0.0;
    out.holdingCost = out.averageInventory * settings.unitCost * settings.holdingRate;
    out.orderingCost = out.ordersPerYear * settings.orderCost;
    out.shortageCost = years > 0 ? out.short_ * settings.unitMargin / years : 0.0;
    return out;
}

SimulationPolicy simulationPolicy(const Recommendation &rec)
{
    SimulationPolicy p;
    p.kind = rec.policy.kind;
    p.reorderPoint = std::isfinite(rec.reorderPoint) ? rec.reorderPoint : 0.0;
    p.orderUpTo = std::isfinite(rec.orderUpTo) ? rec.orderUpTo : p.reorderPoint;
    p.orderQuantity
        = std::isfinite(rec.eoq) && rec.eoq > 0 ? rec.eoq : std::max(rec.dailyDemand * 7.0, 1.0);
    p.reviewDays = rec.reviewDays;
    p.moq = rec.moq;
    p.orderMultiple = rec.orderMultiple;
    return p;
}

SimulationSettings simulationSettings(const Recommendation &rec, double unitMargin)
{
    SimulationSettings s;
    s.dailyDemand = rec.dailyDemand;
    s.dailySd = rec.dailySd;
    s.leadTimeDays = std::isfinite(rec.leadTimeDays) ? rec.leadTimeDays : 0.0;
    s.leadTimeSdDays = rec.leadTimeSdDays;
    s.unitCost = std::isfinite(rec.unitCost) ? rec.unitCost : 0.0;
    s.holdingRate = rec.policy.holdingRate;
    s.orderCost = rec.orderCost;
    s.unitMargin = unitMargin;
    // Skewed demand for slow, variable series: the normal would put mass below zero.
    s.demand = rec.dailySd > rec.dailyDemand ? SimulationSettings::Demand::Gamma
                                             : SimulationSettings::Demand::Normal;
    return s;
}

} // namespace Stockshift::Policy
