#include "plan/PlanEvaluator.h"

#include "demo/Random.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <set>
#include <thread>

namespace Stockshift::Planning {

using Plan::LineType;
using Plan::PlanLine;

QJsonObject Evaluation::toJson() const
{
    return {{QStringLiteral("runs"), runs},
            {QStringLiteral("demand"), demand},
            {QStringLiteral("served"), served},
            {QStringLiteral("lostUnits"), lostUnits},
            {QStringLiteral("fillRate"), fillRate},
            {QStringLiteral("transport"), transport},
            {QStringLiteral("fixed"), fixed},
            {QStringLiteral("ordering"), ordering},
            {QStringLiteral("holding"), holding},
            {QStringLiteral("lostMargin"), lostMargin},
            {QStringLiteral("purchaseValue"), purchaseValue},
            {QStringLiteral("shippedShort"), shippedShort},
            {QStringLiteral("endingUnits"), endingUnits},
            {QStringLiteral("endingValue"), endingValue},
            {QStringLiteral("totalCost"), totalCost},
            {QStringLiteral("totalCostSd"), totalCostSd}};
}

namespace {

struct Move
{
    enum Kind { PurchaseArrival, Departure, TransferArrival };
    Kind kind;
    int day;
    int fromNode; ///< transfers only
    int toNode;
    double quantity;
    double unitCost;
    int lane; ///< transfers only (−1: no lane found)
};

struct RunResult
{
    double demand = 0, served = 0, transport = 0, fixed = 0, holding = 0, lostMargin = 0;
    double shippedShort = 0, endingUnits = 0, endingValue = 0;
};

double draw(Demo::Random &rng, double mean, double sd)
{
    if (mean <= 0)
        return 0.0;
    if (sd <= 0)
        return mean;
    if (sd > mean) {
        const double shape = (mean / sd) * (mean / sd);
        return rng.gamma(shape, sd * sd / mean);
    }
    return std::max(0.0, rng.normal(mean, sd));
}

} // namespace

Evaluation evaluatePlan(const PlanInput &in, const std::vector<PlanLine> &lines,
                        const EvaluationSettings &settings)
{
    const int days = in.horizon * in.bucketDays;
    const bool ownDemand = settings.kind != Plan::PlanKind::Replenishment;
    // The plan's moves by day, with their node indices.
    std::vector<Move> moves;
    double purchaseValue = 0;
    std::set<std::tuple<qint64, qint64, int>> orders; // supplier, location, order day
    double ordering = 0;
    for (const PlanLine &line : lines) {
        if (line.quantity <= 0 || line.status == Plan::LineStatus::Rejected
            || line.status == Plan::LineStatus::Cancelled)
            continue;
        int item = -1, to = -1, from = -1;
        for (std::size_t i = 0; i < in.items.size(); ++i)
            if (in.items[i].skuId == line.skuId)
                item = int(i);
        for (std::size_t s = 0; s < in.sites.size(); ++s) {
            if (in.sites[s].id == line.toLocationId)
                to = int(s);
            if (line.type == LineType::Transfer && in.sites[s].id == line.fromLocationId)
                from = int(s);
        }
        if (item < 0 || to < 0)
            continue;
        const int toNode = in.nodeOf(item, to);
        if (toNode < 0)
            continue;
        if (line.type == LineType::Purchase) {
            purchaseValue += line.quantity * line.unitCost;
            if (orders.insert({line.supplierId, line.toLocationId, line.shipDay}).second)
                for (const Supplier &s : in.suppliers)
                    if (s.id == line.supplierId)
                        ordering += s.orderCost;
            // The arrival; bought stock comes from outside the network.
            moves.push_back({Move::PurchaseArrival, line.arrivalDay - in.startDay, -1, toNode,
                             line.quantity, 0.0, -1});
            continue;
        }
        const int fromNode = from >= 0 ? in.nodeOf(item, from) : -1;
        if (fromNode < 0)
            continue;
        int lane = -1;
        for (std::size_t a = 0; a < in.lanes.size(); ++a)
            if (in.lanes[a].from == from && in.lanes[a].to == to
                && (lane < 0 || in.lanes[a].costPerUnit < in.lanes[std::size_t(lane)].costPerUnit))
                lane = int(a);
        // Departure on the ship day; the arrival brings what actually left.
        moves.push_back({Move::Departure, std::max(0, line.shipDay - in.startDay), fromNode, toNode,
                         line.quantity, line.unitCost, lane});
        moves.push_back({Move::TransferArrival, line.arrivalDay - in.startDay, fromNode, toNode,
                         line.quantity, 0.0, lane});
    }
    // By day; on one day departures before arrivals, so a same-day transfer finds its units.
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        return a.day != b.day ? a.day < b.day
                              : (a.kind == Move::Departure) > (b.kind == Move::Departure);
    });

    const int threads
        = settings.threads > 0 ? settings.threads : std::max(1, QThread::idealThreadCount());
    std::vector<RunResult> results(std::size_t(std::max(1, settings.runs)));
    std::atomic<int> next{0};
    const auto worker = [&] {
        for (int run = next++; run < int(results.size()); run = next++) {
            RunResult &r = results[std::size_t(run)];
            Demo::Random rng(Demo::Random::derive(settings.seed, std::uint64_t(run)));
            std::vector<double> stock(in.nodes.size());
            for (std::size_t n = 0; n < in.nodes.size(); ++n)
                stock[n] = in.nodes[n].initial;
            // Quantities that actually left, per departure, matched to arrivals in order.
            std::map<std::pair<int, int>, std::vector<double>> shipped; // (from, to) → FIFO
            std::map<std::pair<int, int>, double> laneDay;              // (lane, day) → units
            std::size_t m = 0;
            for (int d = 0; d < days; ++d) {
                const int bucket = d / in.bucketDays;
                if (d % in.bucketDays == 0)
                    for (std::size_t n = 0; n < in.nodes.size(); ++n)
                        if (std::size_t(bucket) < in.nodes[n].inbound.size())
                            stock[n] += in.nodes[n].inbound[std::size_t(bucket)];
                for (; m < moves.size() && moves[m].day <= d; ++m) {
                    const Move &mv = moves[m];
                    if (mv.kind == Move::PurchaseArrival) {
                        stock[std::size_t(mv.toNode)] += mv.quantity;
                    } else if (mv.kind == Move::Departure) {
                        const double q = std::min(mv.quantity, stock[std::size_t(mv.fromNode)]);
                        stock[std::size_t(mv.fromNode)] -= q;
                        r.shippedShort += mv.quantity - q;
                        r.transport += q * mv.unitCost;
                        if (mv.lane >= 0 && q > 0)
                            laneDay[{mv.lane, d}] += q;
                        shipped[{mv.fromNode, mv.toNode}].push_back(q);
                    } else { // transfer arrival: what left for it
                        auto &queue = shipped[{mv.fromNode, mv.toNode}];
                        if (!queue.empty()) {
                            stock[std::size_t(mv.toNode)] += queue.front();
                            queue.erase(queue.begin());
                        }
                    }
                }
                for (std::size_t n = 0; n < in.nodes.size(); ++n) {
                    const Node &node = in.nodes[n];
                    const std::vector<double> &demand = ownDemand ? node.demand : node.flowDemand;
                    const double mean = std::size_t(bucket) < demand.size()
                                            ? demand[std::size_t(bucket)] / in.bucketDays
                                            : 0.0;
                    if (mean <= 0 && stock[n] <= 0)
                        continue;
                    const Item &item = in.items[std::size_t(node.item)];
                    const double want = draw(rng, mean, node.dailySd);
                    const double sold = std::min(want, stock[n]);
                    stock[n] -= sold;
                    r.demand += want;
                    r.served += sold;
                    r.lostMargin += (want - sold) * item.unitMargin;
                    r.holding += stock[n] * item.holdingPerBucket / in.bucketDays;
                }
            }
            for (const auto &[key, units] : laneDay) {
                const Lane &lane = in.lanes[std::size_t(key.first)];
                const double trucks
                    = settings.truckUnits > 0 ? std::ceil(units / settings.truckUnits - 1e-9) : 1.0;
                r.fixed += trucks * lane.fixedCost;
            }
            for (std::size_t n = 0; n < in.nodes.size(); ++n) {
                r.endingUnits += stock[n];
                r.endingValue += stock[n] * in.items[std::size_t(in.nodes[n].item)].unitCost;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();

    Evaluation e;
    e.runs = int(results.size());
    std::vector<double> totals;
    for (const RunResult &r : results) {
        e.demand += r.demand;
        e.served += r.served;
        e.transport += r.transport;
        e.fixed += r.fixed;
        e.holding += r.holding;
        e.lostMargin += r.lostMargin;
        e.shippedShort += r.shippedShort;
        e.endingUnits += r.endingUnits;
        e.endingValue += r.endingValue;
        totals.push_back(r.transport + r.fixed + ordering + r.holding + r.lostMargin);
    }
    const double n = double(e.runs);
    for (double *v : {&e.demand, &e.served, &e.transport, &e.fixed, &e.holding, &e.lostMargin,
                      &e.shippedShort, &e.endingUnits, &e.endingValue})
        *v /= n;
    e.lostUnits = e.demand - e.served;
    e.fillRate = e.demand > 0 ? e.served / e.demand : 1.0;
    e.ordering = ordering;
    e.purchaseValue = purchaseValue;
    e.totalCost = e.transport + e.fixed + e.ordering + e.holding + e.lostMargin;
    double sq = 0;
    for (double t : totals)
        sq += (t - e.totalCost) * (t - e.totalCost);
    e.totalCostSd = totals.size() > 1 ? std::sqrt(sq / double(totals.size() - 1)) : 0.0;
    return e;
}

} // namespace Stockshift::Planning
