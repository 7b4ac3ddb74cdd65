#include "plan/Planner.h"

#include "common/Days.h"
#include "mip/MipBlocks.h"
#include "policy/InventoryMath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace Stockshift::Planning {

using Plan::LineType;
using Plan::PlanKind;
using Plan::PlanLine;
using Plan::PlanTotals;
using Solvers::kInfinity;
using Solvers::MipModel;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Planning", text);
}

bool plansTransfers(PlanKind kind)
{
    return kind != PlanKind::Replenishment;
}

bool plansPurchases(PlanKind kind)
{
    return kind != PlanKind::Transfers;
}

/// The demand a node must meet in this kind of plan (see the header).
const std::vector<double> &demandOf(const Node &node, PlanKind kind)
{
    return plansTransfers(kind) ? node.demand : node.flowDemand;
}

/// The stock a location keeps when it gives: its safety stock when it sells itself. A hub or DC
/// that sells nothing holds its safety stock for the locations it feeds; handing it to them is
/// what it is for, so it keeps nothing back (its shortfall below safety stock is still
/// penalised in the objective).
double keepBack(const Node &node, PlanKind kind)
{
    double own = 0;
    for (double d : demandOf(node, kind))
        own += d;
    return own > 0 ? node.safetyStock : 0.0;
}

double safetyPenalty(const Item &item, const PlannerSettings &s)
{
    return s.safetyPenaltyShare * item.unitMargin;
}

/// Stock, unmet demand and shortfall below safety stock of one node, bucket by bucket, for
/// given arrivals and departures (forecast demand, lost sales).
struct NodeReplay
{
    std::vector<double> stock, unmet, shortfall;
};

NodeReplay replayNode(const Node &node, const std::vector<double> &demand,
                      const std::vector<double> &arrivals, const std::vector<double> &departures)
{
    const std::size_t T = demand.size();
    NodeReplay r;
    r.stock.assign(T, 0.0);
    r.unmet.assign(T, 0.0);
    r.shortfall.assign(T, 0.0);
    double stock = node.initial;
    for (std::size_t t = 0; t < T; ++t) {
        double available = stock + (t < node.inbound.size() ? node.inbound[t] : 0.0)
                           + (arrivals.empty() ? 0.0 : arrivals[t])
                           - (departures.empty() ? 0.0 : departures[t]);
        available = std::max(0.0, available); // an edited plan may ship more than there is
        const double sold = std::min(available, demand[t]);
        r.unmet[t] = demand[t] - sold;
        stock = available - sold;
        r.stock[t] = stock;
        r.shortfall[t] = std::max(0.0, node.safetyStock - stock);
    }
    return r;
}

int siteIndexOf(const PlanInput &in, qint64 locationId)
{
    for (std::size_t s = 0; s < in.sites.size(); ++s)
        if (in.sites[s].id == locationId)
            return int(s);
    return -1;
}

int itemIndexOf(const PlanInput &in, qint64 skuId)
{
    for (std::size_t i = 0; i < in.items.size(); ++i)
        if (in.items[i].skuId == skuId)
            return int(i);
    return -1;
}

/// The cheapest lane from → to (several modes may exist), or −1.
int laneBetween(const PlanInput &in, int from, int to)
{
    int best = -1;
    for (std::size_t a = 0; a < in.lanes.size(); ++a) {
        const Lane &l = in.lanes[a];
        if (l.from == from && l.to == to
            && (best < 0 || l.costPerUnit < in.lanes[std::size_t(best)].costPerUnit))
            best = int(a);
    }
    return best;
}

int bucketOfDay(const PlanInput &in, int day)
{
    return std::clamp((day - in.startDay) / in.bucketDays, 0, in.horizon - 1);
}

QString isoOfBucket(const PlanInput &in, int t)
{
    return Days::toIso(in.startDay + t * in.bucketDays);
}

} // namespace

PlanTotals replayTotals(const PlanInput &in, const PlannerSettings &settings,
                        const std::vector<PlanLine> &lines)
{
    PlanTotals totals;
    const int T = in.horizon;
    std::vector<std::vector<double>> arrivals(in.nodes.size()), departures(in.nodes.size());
    std::map<std::pair<int, int>, double> laneLoad;             // (lane, ship bucket) → units
    std::map<std::tuple<qint64, int, int>, int> purchaseOrders; // (supplier, site, bucket)
    for (const PlanLine &line : lines) {
        if (line.status == Plan::LineStatus::Rejected || line.status == Plan::LineStatus::Cancelled
            || line.quantity <= 0)
            continue;
        const int item = itemIndexOf(in, line.skuId);
        const int to = siteIndexOf(in, line.toLocationId);
        if (item < 0 || to < 0)
            continue;
        const int arrive = (line.arrivalDay - in.startDay) / in.bucketDays;
        const int ship = bucketOfDay(in, line.shipDay);
        const int toNode = in.nodeOf(item, to);
        if (toNode >= 0 && arrive >= 0 && arrive < T) {
            auto &a = arrivals[std::size_t(toNode)];
            a.resize(std::size_t(T), 0.0);
            a[std::size_t(arrive)] += line.quantity;
        }
        if (line.type == LineType::Transfer) {
            const int from = siteIndexOf(in, line.fromLocationId);
            const int fromNode = from >= 0 ? in.nodeOf(item, from) : -1;
            if (fromNode >= 0) {
                auto &d = departures[std::size_t(fromNode)];
                d.resize(std::size_t(T), 0.0);
                d[std::size_t(ship)] += line.quantity;
            }
            const int lane = from >= 0 ? laneBetween(in, from, to) : -1;
            if (lane >= 0)
                laneLoad[{lane, ship}] += line.quantity;
            totals.transport += line.quantity * line.unitCost;
            totals.transferUnits += line.quantity;
            ++totals.transferLines;
        } else {
            totals.purchase += line.quantity * line.unitCost;
            totals.purchaseUnits += line.quantity;
            ++totals.purchaseLines;
            ++purchaseOrders[{line.supplierId, to, ship}];
        }
    }
    for (const auto &[key, units] : laneLoad) {
        const Lane &lane = in.lanes[std::size_t(key.first)];
        const int trucks
            = settings.truckUnits > 0 ? int(std::ceil(units / settings.truckUnits - 1e-9)) : 1;
        totals.fixed += trucks * lane.fixedCost;
        totals.shipments += trucks;
    }
    for (const auto &[key, count] : purchaseOrders) {
        for (const Supplier &s : in.suppliers)
            if (s.id == std::get<0>(key))
                totals.fixed += s.orderCost;
        ++totals.purchaseOrders;
    }
    for (std::size_t n = 0; n < in.nodes.size(); ++n) {
        const Node &node = in.nodes[n];
        const Item &item = in.items[std::size_t(node.item)];
        const NodeReplay r
            = replayNode(node, demandOf(node, settings.kind), arrivals[n], departures[n]);
        for (int t = 0; t < T; ++t) {
            totals.holding += item.holdingPerBucket * r.stock[std::size_t(t)];
            totals.lostMargin += item.unitMargin * r.unmet[std::size_t(t)];
            totals.unmetUnits += r.unmet[std::size_t(t)];
            totals.safetyShortfall += safetyPenalty(item, settings) * r.shortfall[std::size_t(t)];
        }
    }
    return totals;
}

namespace {

/// The tangents of the expected-shortage function used for one node and bucket (see
/// addExpectedShortageCuts): u ≥ value + slope·(a − point).
struct Tangent
{
    double point, value, slope;
};

std::vector<Tangent> shortageTangents(double mean, double sigma)
{
    std::vector<Tangent> out;
    if (sigma <= 0 || mean <= 0)
        return out;
    for (double z : {-1.0, 0.0, 0.75, 1.5, 2.5}) {
        // The normal puts mass below zero, so near a = 0 its tangents can ask for more lost
        // sales than the mean demand: keep a tangent only where it stays ≤ μ at a = 0, i.e.
        // σ·φ(z) ≤ μ·Φ(z) — otherwise the model could become infeasible.
        const double cdf = Policy::normalCdf(z);
        if (sigma * Policy::normalPdf(z) > mean * cdf)
            continue;
        out.push_back({mean + sigma * z, sigma * Policy::normalLoss(z), cdf - 1.0});
    }
    return out;
}

/// u for available stock a under the tangents, within [(μ − a)⁺, μ].
double tangentShortage(const std::vector<Tangent> &tangents, double mean, double available)
{
    double u = std::max(0.0, mean - available);
    for (const Tangent &t : tangents)
        u = std::max(u, t.value + t.slope * (available - t.point));
    return std::min(u, mean);
}

// The rules (below), also the MILP's starting points.
std::vector<PlanLine> greedyTransfers(const PlanInput &in, const PlannerSettings &s);
std::vector<PlanLine> ropPurchases(const PlanInput &in, const PlannerSettings &s);

// ---------------------------------------------------------------------------------------------
// The MILP.

struct ArcVar
{
    int item, lane, t, column;
    int fromNode, toNode;
    double upper;
    double unitCost;
};

struct BuyVar
{
    int option, t, column; ///< column of q (or of the pack count n)
    double multiple;       ///< units per unit of the column (pack size, or 1)
    int node;
    double upper; ///< units
    int moqColumn = -1;
    int orderKey = -1; ///< index into the purchase-order binaries
};

struct NodeVars
{
    int stock = -1, unmet = -1, shortfall = -1; ///< first column of T consecutive ones
    std::vector<double> floor;                  ///< lower bound of the stock per bucket
};

class MilpBuilder
{
public:
    MilpBuilder(const PlanInput &in, const PlannerSettings &s)
        : m_in(in)
        , m_s(s)
        , m_T(in.horizon)
    {}

    void build();
    Result<Plan::PlanData> solve(ModelStats *stats);

private:
    void projectWithoutAction();
    void addArcs();
    void addPurchases();
    void addNodes();
    void addExpectedShortageCuts(const Node &node, const NodeVars &v, int t, double mean);
    std::vector<PlanLine> linesFrom(const std::vector<double> &x) const;
    /// A full solution vector carrying out `lines` (those the model can express), with the
    /// model's own dynamics for stock and unmet demand; for a MIP start.
    std::vector<double> solutionFor(const std::vector<PlanLine> &lines) const;
    QJsonObject whyTransfer(const ArcVar &arc, double quantity, const std::vector<double> &x) const;
    QJsonObject whyPurchase(const BuyVar &buy, double quantity, const std::vector<double> &x) const;

    const PlanInput &m_in;
    const PlannerSettings &m_s;
    const int m_T;
    MipModel m_model;
    std::vector<NodeReplay> m_base; // no action, forecast demand
    std::vector<NodeReplay> m_idle; // no action, the model's dynamics (expected shortage)
    std::vector<char> m_inModel;    // node has decision variables
    std::vector<ArcVar> m_arcs;
    std::vector<BuyVar> m_buys;
    std::vector<std::vector<int>> m_arcsIn, m_arcsOut, m_buysAt; // per node
    std::vector<double> m_nodeBuyCap; // per node: most it buys over the horizon (−1: no row)
    std::map<std::pair<int, int>, std::vector<int>> m_arcsOnLane; // (lane, t) → arcs
    std::map<std::pair<int, int>, int> m_laneShipments;           // (lane, t) → z column
    struct OrderKey
    {
        int supplier, site, t, column;
    };
    std::vector<OrderKey> m_orders;
    std::vector<NodeVars> m_nodeVars;
    int m_balanceFamily = 0, m_safetyFamily = 0, m_laneFamily = 0, m_supplierFamily = 0,
        m_budgetFamily = 0, m_capacityFamily = 0, m_linkFamily = 0, m_shortageFamily = 0,
        m_hardSafetyFamily = 0;
    std::map<int, QString> m_rowMeaning; // rows the infeasibility explanation can name
    void describe(int row, const QString &meaning) { m_rowMeaning[row] = meaning; }
    std::vector<int> m_laneCapacityRows, m_supplierRows, m_budgetRows, m_siteRows;
    std::vector<double> m_start; // the "do nothing" start
    int m_blocks = 1;
};

void MilpBuilder::projectWithoutAction()
{
    m_base.resize(m_in.nodes.size());
    m_idle.resize(m_in.nodes.size());
    for (std::size_t n = 0; n < m_in.nodes.size(); ++n) {
        const Node &node = m_in.nodes[n];
        const std::vector<double> &demand = demandOf(node, m_s.kind);
        m_base[n] = replayNode(node, demand, {}, {});
        // The model's own dynamics with no decision (the "do nothing" start): with expected
        // shortage, the unmet demand is the largest the tangents ask for.
        NodeReplay &idle = m_idle[n];
        idle = m_base[n];
        if (!m_s.expectedShortage)
            continue;
        const double sigma = node.dailySd * std::sqrt(double(m_in.bucketDays));
        double stock = node.initial;
        for (int t = 0; t < m_T; ++t) {
            const double mean = demand[std::size_t(t)];
            const double available
                = stock
                  + (std::size_t(t) < node.inbound.size() ? node.inbound[std::size_t(t)] : 0.0);
            const double unmet = tangentShortage(shortageTangents(mean, sigma), mean, available);
            stock = available - mean + unmet;
            idle.stock[std::size_t(t)] = stock;
            idle.unmet[std::size_t(t)] = unmet;
            idle.shortfall[std::size_t(t)] = std::max(0.0, node.safetyStock - stock);
        }
    }
}

void MilpBuilder::addArcs()
{
    m_arcsIn.assign(m_in.nodes.size(), {});
    m_arcsOut.assign(m_in.nodes.size(), {});
    if (!plansTransfers(m_s.kind))
        return;
    // In a joint plan a location that buys can pass on what it buys.
    std::vector<char> canBuy(m_in.nodes.size(), 0);
    if (plansPurchases(m_s.kind))
        for (const SupplyOption &o : m_in.supply)
            if (const int node = m_in.nodeOf(o.item, o.site); node >= 0)
                canBuy[std::size_t(node)] = 1;
    // What each node can give (stock above its floor at its best bucket) and needs (demand not
    // met plus the gap to safety stock at its worst), with no action.
    std::vector<double> spare(m_in.nodes.size(), 0.0), need(m_in.nodes.size(), 0.0);
    for (std::size_t n = 0; n < m_in.nodes.size(); ++n) {
        const Node &node = m_in.nodes[n];
        double unmet = 0, worstGap = 0, give = 0;
        for (int t = 0; t < m_T; ++t) {
            unmet += m_base[n].unmet[std::size_t(t)];
            worstGap = std::max(worstGap, m_base[n].shortfall[std::size_t(t)]);
            // Stock above the safety stock at the end of t could leave by then: the most it
            // can ever give (an upper bound; the floors in the model keep it honest).
            give = std::max(give, m_base[n].stock[std::size_t(t)] - keepBack(node, m_s.kind));
        }
        // A location that buys, or is fed over a lane by one that holds the item, can pass on
        // more than it holds today (multi-step flows): only the balance limits it then.
        bool fed = canBuy[n] != 0;
        for (std::size_t a = 0; a < m_in.lanes.size() && !fed; ++a)
            fed = m_in.lanes[a].to == node.site && m_in.lanes[a].from != node.site
                  && m_in.nodeOf(node.item, m_in.lanes[a].from) >= 0;
        spare[n] = fed ? kInfinity : std::max(0.0, give);
        need[n] = unmet + worstGap;
    }
    for (std::size_t a = 0; a < m_in.lanes.size(); ++a) {
        const Lane &lane = m_in.lanes[a];
        if (lane.from == lane.to)
            continue;
        for (std::size_t k = 0; k < m_in.items.size(); ++k) {
            const int from = m_in.nodeOf(int(k), lane.from);
            const int to = m_in.nodeOf(int(k), lane.to);
            if (from < 0 || to < 0)
                continue;
            const double upper = std::min(spare[std::size_t(from)], need[std::size_t(to)]);
            if (upper < std::max(1.0, m_s.minTransferLot))
                continue;
            const Item &item = m_in.items[k];
            const double unitCost = itemLaneCost(lane, item);
            // Worth moving only when a unit avoids more than it costs: a lost sale and the
            // safety-stock shortfall over the buckets it would cover.
            if (unitCost >= item.unitMargin + safetyPenalty(item, m_s) * m_T)
                continue;
            for (int t = 0; t + lane.leadBuckets < m_T; ++t) {
                ArcVar arc;
                arc.item = int(k);
                arc.lane = int(a);
                arc.t = t;
                arc.fromNode = from;
                arc.toNode = to;
                arc.upper = std::min(upper, lane.capacity);
                if (m_s.integerUnits)
                    arc.upper = std::floor(arc.upper + 1e-9);
                arc.unitCost = unitCost;
                arc.column = m_model.addVariable(0, arc.upper, unitCost, m_s.integerUnits);
                m_arcsOnLane[{int(a), t}].push_back(int(m_arcs.size()));
                m_arcs.push_back(arc);
            }
        }
    }
    // Shipments and lane capacity, per lane and bucket.
    for (const auto &[key, arcs] : m_arcsOnLane) {
        const Lane &lane = m_in.lanes[std::size_t(key.first)];
        double total = 0;
        for (int a : arcs)
            total += m_arcs[std::size_t(a)].upper;
        int z = -1;
        if (lane.fixedCost > 0 || m_s.truckUnits > 0) {
            const double trucks = m_s.truckUnits > 0 ? std::ceil(total / m_s.truckUnits) : 1.0;
            z = m_model.addVariable(0, trucks, lane.fixedCost, true);
            m_laneShipments[key] = z;
            // Disaggregated linking: each arc only flows on a lane that runs (tight LP).
            for (int a : arcs) {
                const ArcVar &arc = m_arcs[std::size_t(a)];
                m_model.addRow(-kInfinity, 0, {{arc.column, 1.0}, {z, -arc.upper}}, m_linkFamily);
            }
        }
        std::vector<int> columns;
        std::vector<double> ones;
        for (int a : arcs) {
            columns.push_back(m_arcs[std::size_t(a)].column);
            ones.push_back(1.0);
        }
        if (m_s.truckUnits > 0 && z >= 0) {
            columns.push_back(z);
            ones.push_back(-m_s.truckUnits);
            m_model.addRow(-kInfinity, 0, columns, ones, m_linkFamily);
            columns.pop_back();
            ones.pop_back();
        }
        if (std::isfinite(lane.capacity) && total > lane.capacity) {
            m_laneCapacityRows.push_back(
                m_model.addRow(-kInfinity, lane.capacity, columns, ones, m_laneFamily));
            describe(m_laneCapacityRows.back(),
                     tr("the capacity of the lane %1 → %2 (%3 units) in the week of %4")
                         .arg(m_in.sites[std::size_t(lane.from)].code,
                              m_in.sites[std::size_t(lane.to)].code)
                         .arg(lane.capacity, 0, 'f', 0)
                         .arg(isoOfBucket(m_in, key.second)));
        }
    }
    for (std::size_t a = 0; a < m_arcs.size(); ++a) {
        m_arcsOut[std::size_t(m_arcs[a].fromNode)].push_back(int(a));
        m_arcsIn[std::size_t(m_arcs[a].toNode)].push_back(int(a));
    }
}

void MilpBuilder::addPurchases()
{
    m_buysAt.assign(m_in.nodes.size(), {});
    m_nodeBuyCap.assign(m_in.nodes.size(), -1.0);
    if (!plansPurchases(m_s.kind))
        return;
    // The cheapest option per (item, site): its price is the reference, others pay a premium.
    std::map<std::pair<int, int>, double> cheapest;
    for (const SupplyOption &o : m_in.supply) {
        auto [it, inserted] = cheapest.try_emplace({o.item, o.site}, o.unitCost);
        if (!inserted)
            it->second = std::min(it->second, o.unitCost);
    }
    std::map<std::tuple<int, int, int>, int> orderIndex; // (supplier, site, t) → m_orders
    std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> supplierLoad;
    std::vector<std::vector<std::pair<int, double>>> budget(static_cast<std::size_t>(m_T));
    for (std::size_t o = 0; o < m_in.supply.size(); ++o) {
        const SupplyOption &opt = m_in.supply[o];
        const int node = m_in.nodeOf(opt.item, opt.site);
        if (node < 0)
            continue;
        const Node &n = m_in.nodes[std::size_t(node)];
        const Item &item = m_in.items[std::size_t(opt.item)];
        // How much could ever be needed here: the flow through the site over the horizon plus
        // its safety stock, less what it has and what is coming (plus room for the MOQ).
        double flow = 0;
        for (double d : n.flowDemand)
            flow += d;
        double inbound = 0;
        for (double v : n.inbound)
            inbound += v;
        const double need = flow + n.safetyStock - n.initial - inbound;
        if (need <= 0)
            continue;
        const double premium = opt.unitCost - cheapest[{opt.item, opt.site}];
        for (int t = 0; t + opt.leadBuckets < m_T; ++t) {
            const int arrival = t + opt.leadBuckets;
            double upper = std::max(need, opt.moq);
            upper = std::min(upper, opt.capacityPerBucket);
            if (item.shelfLifeDays > 0) {
                // Never more than sells between arrival and expiry.
                const int life = std::max(1, item.shelfLifeDays / m_in.bucketDays);
                double sellable = 0;
                for (int u = arrival; u < std::min(m_T, arrival + life); ++u)
                    sellable += n.flowDemand[std::size_t(u)];
                upper = std::min(upper, std::max(sellable, 0.0));
            }
            if (upper < std::max(opt.moq, 1.0))
                continue;
            BuyVar buy;
            buy.option = int(o);
            buy.t = t;
            buy.node = node;
            buy.multiple = opt.multiple > 1 ? opt.multiple : 1.0;
            const bool packs = opt.multiple > 1 || m_s.integerUnits;
            // Whole packs: enough of them to cover the need (rounded up), but never past a
            // capacity or shelf-life cap (rounded down there).
            const bool capped = upper < std::max(need, opt.moq) - 1e-9;
            const double columnUpper = !packs   ? upper
                                       : capped ? std::floor(upper / buy.multiple + 1e-9)
                                                : std::ceil(upper / buy.multiple - 1e-9);
            if (columnUpper < 1)
                continue;
            buy.upper = columnUpper * buy.multiple;
            buy.column = m_model.addVariable(0, columnUpper, premium * buy.multiple, packs);
            if (opt.moq > buy.multiple) {
                // Semi-continuous: 0, or at least the MOQ.
                buy.moqColumn = m_model.addVariable(0, 1, 0, true);
                m_model.addRow(0, kInfinity,
                               {{buy.column, buy.multiple}, {buy.moqColumn, -opt.moq}},
                               m_linkFamily);
                m_model.addRow(-kInfinity, 0,
                               {{buy.column, buy.multiple}, {buy.moqColumn, -buy.upper}},
                               m_linkFamily);
            }
            const Supplier &supplier = m_in.suppliers[std::size_t(opt.supplier)];
            if (supplier.orderCost > 0) {
                const auto key = std::make_tuple(opt.supplier, opt.site, t);
                auto it = orderIndex.find(key);
                if (it == orderIndex.end()) {
                    const int y = m_model.addVariable(0, 1, supplier.orderCost, true);
                    it = orderIndex.emplace(key, int(m_orders.size())).first;
                    m_orders.push_back({opt.supplier, opt.site, t, y});
                }
                buy.orderKey = it->second;
                const int y = m_orders[std::size_t(it->second)].column;
                if (buy.moqColumn >= 0)
                    m_model.addRow(-kInfinity, 0, {{buy.moqColumn, 1.0}, {y, -1.0}}, m_linkFamily);
                else
                    m_model.addRow(-kInfinity, 0, {{buy.column, buy.multiple}, {y, -buy.upper}},
                                   m_linkFamily);
            }
            if (std::isfinite(supplier.capacityPerBucket))
                supplierLoad[{opt.supplier, t}].push_back({buy.column, buy.multiple});
            if (!m_in.budgetPerBucket.empty())
                budget[std::size_t(t)].push_back({buy.column, buy.multiple * opt.unitCost});
            m_buysAt[std::size_t(node)].push_back(int(m_buys.size()));
            m_buys.push_back(buy);
        }
    }
    // Over the horizon a location never needs to buy more than its total need (or one MOQ):
    // a valid cut that also bounds what can arrive, so that capacity rows that cannot bind are
    // left out (and the model falls apart into independent blocks where it can).
    for (std::size_t node = 0; node < m_buysAt.size(); ++node) {
        if (m_buysAt[node].size() < 2)
            continue;
        double cap = 0;
        std::vector<int> columns;
        std::vector<double> values;
        for (int b : m_buysAt[node]) {
            const BuyVar &buy = m_buys[std::size_t(b)];
            cap = std::max(cap, buy.upper);
            columns.push_back(buy.column);
            values.push_back(buy.multiple);
        }
        m_nodeBuyCap[node] = cap;
        m_model.addRow(-kInfinity, cap, columns, values, m_linkFamily);
    }
    for (const auto &[key, terms] : supplierLoad) {
        std::vector<int> columns;
        std::vector<double> values;
        double most = 0;
        for (const auto &[c, v] : terms) {
            columns.push_back(c);
            values.push_back(v);
            most += v * m_model.columnUpper()[std::size_t(c)];
        }
        const double capacity = m_in.suppliers[std::size_t(key.first)].capacityPerBucket;
        if (most > capacity) {
            m_supplierRows.push_back(
                m_model.addRow(-kInfinity, capacity, columns, values, m_supplierFamily));
            describe(m_supplierRows.back(),
                     tr("what supplier %1 can deliver (%2 units) in the week of %3")
                         .arg(m_in.suppliers[std::size_t(key.first)].code)
                         .arg(capacity, 0, 'f', 0)
                         .arg(isoOfBucket(m_in, key.second)));
        }
    }
    for (int t = 0; t < m_T; ++t) {
        if (budget[std::size_t(t)].empty())
            continue;
        std::vector<int> columns;
        std::vector<double> values;
        for (const auto &[c, v] : budget[std::size_t(t)]) {
            columns.push_back(c);
            values.push_back(v);
        }
        m_budgetRows.push_back(m_model.addRow(-kInfinity, m_in.budgetPerBucket[std::size_t(t)],
                                              columns, values, m_budgetFamily));
        describe(m_budgetRows.back(), tr("the purchasing budget (%1) of the week of %2")
                                          .arg(m_in.budgetPerBucket[std::size_t(t)], 0, 'f', 0)
                                          .arg(isoOfBucket(m_in, t)));
    }
}

void MilpBuilder::addExpectedShortageCuts(const Node &node, const NodeVars &v, int t, double mean)
{
    // Expected lost sales under uncertain demand: with a_t the stock available in bucket t
    // (a_t = I_t + d_t − u_t by the balance) and D ~ N(μ, σ²), the expected shortage
    // E[(D − a)⁺] = σ·G((a − μ)/σ) is convex and decreasing in a (G the normal loss function),
    // so its tangents at a few points are lower bounds for u_t:
    //   u_t ≥ σG(z_k) + (Φ(z_k) − 1)(a_t − a_k),   a_k = μ + σ z_k,
    // which, with a_t substituted, reads Φ(z_k)·u_t − (Φ(z_k) − 1)·I_t ≥ σG(z_k) + (Φ(z_k) − 1)
    // (μ − a_k). A plan that leaves a location with exactly its mean demand then pays for the
    // sales it loses half the time (the deterministic model would not), which is what makes the
    // plan hold its own under the evaluator's random demand. σ of a bucket: the day's sd × √days.
    if (!m_s.expectedShortage)
        return;
    const double sigma = node.dailySd * std::sqrt(double(m_in.bucketDays));
    for (const Tangent &tangent : shortageTangents(mean, sigma)) {
        const double cdf = tangent.slope + 1.0;
        m_model.addRow(tangent.value + tangent.slope * (mean - tangent.point), kInfinity,
                       {{v.unmet + t, cdf}, {v.stock + t, -tangent.slope}}, m_shortageFamily);
    }
}

void MilpBuilder::addNodes()
{
    m_inModel.assign(m_in.nodes.size(), 0);
    m_nodeVars.assign(m_in.nodes.size(), {});
    std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> siteStock; // (site, t)
    std::map<std::pair<int, int>, double> siteBase;                               // today's
    for (std::size_t n = 0; n < m_in.nodes.size(); ++n) {
        const Node &node = m_in.nodes[n];
        const bool active = !m_arcsIn[n].empty() || !m_arcsOut[n].empty() || !m_buysAt[n].empty();
        for (int t = 0; t < m_T; ++t)
            siteBase[{node.site, t}] += m_idle[n].stock[std::size_t(t)];
        if (!active)
            continue;
        m_inModel[n] = 1;
        const Item &item = m_in.items[std::size_t(node.item)];
        const std::vector<double> &demand = demandOf(node, m_s.kind);
        NodeVars &v = m_nodeVars[n];
        v.floor.assign(std::size_t(m_T), 0.0);
        if (!m_arcsOut[n].empty())
            for (int t = 0; t < m_T; ++t)
                v.floor[std::size_t(t)]
                    = std::min(keepBack(node, m_s.kind), m_base[n].stock[std::size_t(t)]);
        v.stock = m_model.columns();
        for (int t = 0; t < m_T; ++t)
            m_model.addVariable(v.floor[std::size_t(t)], kInfinity, item.holdingPerBucket);
        v.unmet = m_model.columns();
        for (int t = 0; t < m_T; ++t)
            m_model.addVariable(0, demand[std::size_t(t)], item.unitMargin);
        if (node.safetyStock > 0 && !m_s.hardSafetyStock) {
            v.shortfall = m_model.columns();
            for (int t = 0; t < m_T; ++t)
                m_model.addVariable(0, node.safetyStock, safetyPenalty(item, m_s));
        }
        std::vector<int> columns;
        std::vector<double> values;
        for (int t = 0; t < m_T; ++t) {
            columns.clear();
            values.clear();
            columns.push_back(v.stock + t);
            values.push_back(1.0);
            if (t > 0) {
                columns.push_back(v.stock + t - 1);
                values.push_back(-1.0);
            }
            columns.push_back(v.unmet + t);
            values.push_back(-1.0);
            for (int a : m_arcsOut[n])
                if (m_arcs[std::size_t(a)].t == t) {
                    columns.push_back(m_arcs[std::size_t(a)].column);
                    values.push_back(1.0);
                }
            for (int a : m_arcsIn[n]) {
                const ArcVar &arc = m_arcs[std::size_t(a)];
                if (arc.t + m_in.lanes[std::size_t(arc.lane)].leadBuckets == t) {
                    columns.push_back(arc.column);
                    values.push_back(-1.0);
                }
            }
            for (int b : m_buysAt[n]) {
                const BuyVar &buy = m_buys[std::size_t(b)];
                if (buy.t + m_in.supply[std::size_t(buy.option)].leadBuckets == t) {
                    columns.push_back(buy.column);
                    values.push_back(-buy.multiple);
                }
            }
            const double rhs
                = (t == 0 ? node.initial : 0.0)
                  + (std::size_t(t) < node.inbound.size() ? node.inbound[std::size_t(t)] : 0.0)
                  - demand[std::size_t(t)];
            m_model.addRow(rhs, rhs, columns, values, m_balanceFamily);
            addExpectedShortageCuts(node, v, t, demand[std::size_t(t)]);
            if (v.shortfall >= 0) {
                m_model.addRow(node.safetyStock, kInfinity,
                               {{v.stock + t, 1.0}, {v.shortfall + t, 1.0}}, m_safetyFamily);
            } else if (m_s.hardSafetyStock && node.safetyStock > 0) {
                // A service target the plan must meet: infeasible when it cannot, and then the
                // elastic model says by how much and what stood in the way.
                const int row = m_model.addRow(node.safetyStock, kInfinity, {{v.stock + t, 1.0}},
                                               m_hardSafetyFamily);
                describe(row, tr("the safety stock of %1 at %2 (%3) in the week of %4")
                                  .arg(item.code, m_in.sites[std::size_t(node.site)].code)
                                  .arg(node.safetyStock, 0, 'f', 0)
                                  .arg(isoOfBucket(m_in, t)));
            }
            siteStock[{node.site, t}].push_back({v.stock + t, 1.0});
        }
    }
    // Room at each site: never over its capacity, but never less room than doing nothing
    // needs (today's stock may already exceed it).
    for (const auto &[key, terms] : siteStock) {
        const Site &site = m_in.sites[std::size_t(key.first)];
        if (!std::isfinite(site.capacityUnits))
            continue;
        double fixedPart = siteBase[key];
        double modelPart = 0;
        std::vector<int> columns;
        std::vector<double> values;
        for (const auto &[c, coef] : terms) {
            columns.push_back(c);
            values.push_back(coef);
        }
        // Today's stock of the nodes in the model at that bucket.
        for (std::size_t n = 0; n < m_in.nodes.size(); ++n)
            if (m_inModel[n] && m_in.nodes[n].site == key.first)
                modelPart += m_idle[n].stock[std::size_t(key.second)];
        const double room = std::max(site.capacityUnits - (fixedPart - modelPart), modelPart);
        // A row that cannot bind only couples the SKUs (and keeps the model from falling apart
        // into independent blocks): leave it out when everything that could arrive still fits.
        double most = 0;
        for (std::size_t n = 0; n < m_in.nodes.size(); ++n) {
            if (!m_inModel[n] || m_in.nodes[n].site != key.first)
                continue;
            most += m_idle[n].stock[std::size_t(key.second)];
            for (int a : m_arcsIn[n])
                most += m_arcs[std::size_t(a)].upper;
            if (m_nodeBuyCap[n] >= 0)
                most += m_nodeBuyCap[n];
            else
                for (int b : m_buysAt[n])
                    most += m_buys[std::size_t(b)].upper;
        }
        if (room < kInfinity && most > room) {
            m_siteRows.push_back(
                m_model.addRow(-kInfinity, room, columns, values, m_capacityFamily));
            describe(m_siteRows.back(), tr("the room at %1 (%2 units) in the week of %3")
                                            .arg(site.code)
                                            .arg(room, 0, 'f', 0)
                                            .arg(isoOfBucket(m_in, key.second)));
        }
    }
}

void MilpBuilder::build()
{
    m_balanceFamily = m_model.addFamily({QStringLiteral("balance"), true, 1e7});
    m_safetyFamily = m_model.addFamily({QStringLiteral("safety-stock"), false, 0});
    m_hardSafetyFamily = m_model.addFamily({QStringLiteral("safety-stock target"), true, 1e4});
    m_laneFamily = m_model.addFamily({QStringLiteral("lane-capacity"), true, 1e6});
    m_supplierFamily = m_model.addFamily({QStringLiteral("supplier-capacity"), true, 1e6});
    m_budgetFamily = m_model.addFamily({QStringLiteral("budget"), true, 1e6});
    m_capacityFamily = m_model.addFamily({QStringLiteral("site-capacity"), true, 1e6});
    m_linkFamily = m_model.addFamily({QStringLiteral("linking"), true, 1e7});
    m_shortageFamily = m_model.addFamily({QStringLiteral("expected-shortage"), false, 0});
    projectWithoutAction();
    addArcs();
    addPurchases();
    addNodes();
    // The "do nothing" solution: every decision 0, stock, unmet demand and shortfall as
    // projected. Feasible by construction (the floors are min(SS, that stock)).
    m_start.assign(std::size_t(m_model.columns()), 0.0);
    for (std::size_t n = 0; n < m_in.nodes.size(); ++n) {
        if (!m_inModel[n])
            continue;
        const NodeVars &v = m_nodeVars[n];
        for (int t = 0; t < m_T; ++t) {
            m_start[std::size_t(v.stock + t)] = m_idle[n].stock[std::size_t(t)];
            m_start[std::size_t(v.unmet + t)] = m_idle[n].unmet[std::size_t(t)];
            if (v.shortfall >= 0)
                m_start[std::size_t(v.shortfall + t)] = m_idle[n].shortfall[std::size_t(t)];
        }
    }
}

QJsonObject MilpBuilder::whyTransfer(const ArcVar &arc, double quantity,
                                     const std::vector<double> &x) const
{
    const Node &from = m_in.nodes[std::size_t(arc.fromNode)];
    const Node &to = m_in.nodes[std::size_t(arc.toNode)];
    const Item &item = m_in.items[std::size_t(arc.item)];
    const Lane &lane = m_in.lanes[std::size_t(arc.lane)];
    const int arrival = arc.t + lane.leadBuckets;
    double unmet = 0;
    for (int t = arrival; t < m_T; ++t)
        unmet += m_base[std::size_t(arc.toNode)].unmet[std::size_t(t)];
    QJsonObject why{
        {QStringLiteral("deficit"),
         QJsonObject{{QStringLiteral("unmetWithout"), unmet},
                     {QStringLiteral("stockAtArrivalWithout"),
                      m_base[std::size_t(arc.toNode)].stock[std::size_t(arrival)]},
                     {QStringLiteral("safetyStock"), to.safetyStock}}},
        {QStringLiteral("surplus"),
         QJsonObject{{QStringLiteral("stockWithout"),
                      m_base[std::size_t(arc.fromNode)].stock[std::size_t(arc.t)]},
                     {QStringLiteral("safetyStock"), from.safetyStock}}},
        {QStringLiteral("costs"),
         QJsonObject{{QStringLiteral("transportPerUnit"), arc.unitCost},
                     {QStringLiteral("marginPerUnit"), item.unitMargin},
                     {QStringLiteral("safetyPenaltyPerUnitBucket"), safetyPenalty(item, m_s)},
                     {QStringLiteral("laneFixedCost"), lane.fixedCost}}}};
    QJsonArray binding;
    const auto lanes = m_arcsOnLane.find({arc.lane, arc.t});
    if (lanes != m_arcsOnLane.end() && std::isfinite(lane.capacity)) {
        double load = 0;
        for (int a : lanes->second)
            load += x[std::size_t(m_arcs[std::size_t(a)].column)];
        if (load >= lane.capacity - 0.5)
            binding.append(QStringLiteral("lane-capacity"));
        why.insert(QStringLiteral("laneLoad"), load);
    }
    const NodeVars &fv = m_nodeVars[std::size_t(arc.fromNode)];
    if (fv.stock >= 0 && x[std::size_t(fv.stock + arc.t)] <= fv.floor[std::size_t(arc.t)] + 0.5
        && fv.floor[std::size_t(arc.t)] > 0)
        binding.append(QStringLiteral("source-safety-stock"));
    if (quantity >= arc.upper - 0.5)
        binding.append(QStringLiteral("all-the-source-can-spare"));
    why.insert(QStringLiteral("binding"), binding);
    return why;
}

QJsonObject MilpBuilder::whyPurchase(const BuyVar &buy, double quantity,
                                     const std::vector<double> &x) const
{
    const SupplyOption &opt = m_in.supply[std::size_t(buy.option)];
    const Node &node = m_in.nodes[std::size_t(buy.node)];
    const int arrival = buy.t + opt.leadBuckets;
    double unmet = 0;
    for (int t = arrival; t < m_T; ++t)
        unmet += m_base[std::size_t(buy.node)].unmet[std::size_t(t)];
    QJsonObject why{
        {QStringLiteral("deficit"),
         QJsonObject{{QStringLiteral("unmetWithout"), unmet},
                     {QStringLiteral("stockAtArrivalWithout"),
                      m_base[std::size_t(buy.node)].stock[std::size_t(arrival)]},
                     {QStringLiteral("safetyStock"), node.safetyStock}}},
        {QStringLiteral("rounding"),
         QJsonObject{{QStringLiteral("moq"), opt.moq}, {QStringLiteral("multiple"), opt.multiple}}},
        {QStringLiteral("costs"),
         QJsonObject{
             {QStringLiteral("unitCost"), opt.unitCost},
             {QStringLiteral("orderCost"), m_in.suppliers[std::size_t(opt.supplier)].orderCost},
             {QStringLiteral("marginPerUnit"), m_in.items[std::size_t(opt.item)].unitMargin}}}};
    QJsonArray binding;
    if (quantity >= buy.upper - 0.5)
        binding.append(QStringLiteral("order-cap"));
    if (opt.moq > 0 && std::abs(quantity - opt.moq) < 0.5)
        binding.append(QStringLiteral("moq"));
    for (int row : m_supplierRows)
        if (m_model.rowActivity(row, x) >= m_model.rowUpper()[std::size_t(row)] - 0.5)
            binding.append(QStringLiteral("supplier-capacity"));
    for (int row : m_budgetRows)
        if (m_model.rowActivity(row, x) >= m_model.rowUpper()[std::size_t(row)] - 0.5)
            binding.append(QStringLiteral("budget"));
    why.insert(QStringLiteral("binding"), binding);
    return why;
}

std::vector<PlanLine> MilpBuilder::linesFrom(const std::vector<double> &x) const
{
    std::vector<PlanLine> lines;
    for (const ArcVar &arc : m_arcs) {
        const double quantity = std::round(x[std::size_t(arc.column)]);
        if (quantity < 0.5)
            continue;
        const Lane &lane = m_in.lanes[std::size_t(arc.lane)];
        const Item &item = m_in.items[std::size_t(arc.item)];
        PlanLine line;
        line.type = LineType::Transfer;
        line.skuId = item.skuId;
        line.skuCode = item.code;
        line.fromLocationId = m_in.sites[std::size_t(lane.from)].id;
        line.fromCode = m_in.sites[std::size_t(lane.from)].code;
        line.toLocationId = m_in.sites[std::size_t(lane.to)].id;
        line.toCode = m_in.sites[std::size_t(lane.to)].code;
        line.quantity = line.proposedQuantity = quantity;
        line.shipDay = m_in.startDay + arc.t * m_in.bucketDays;
        line.arrivalDay = m_in.startDay
                          + std::max(arc.t * m_in.bucketDays + int(std::ceil(lane.leadTimeDays)),
                                     (arc.t + lane.leadBuckets) * m_in.bucketDays);
        line.unitCost = arc.unitCost;
        line.cost = quantity * arc.unitCost;
        line.why = whyTransfer(arc, quantity, x);
        lines.push_back(std::move(line));
    }
    for (const BuyVar &buy : m_buys) {
        const double quantity = std::round(x[std::size_t(buy.column)] * buy.multiple);
        if (quantity < 0.5)
            continue;
        const SupplyOption &opt = m_in.supply[std::size_t(buy.option)];
        const Item &item = m_in.items[std::size_t(opt.item)];
        const Supplier &supplier = m_in.suppliers[std::size_t(opt.supplier)];
        const Site &site = m_in.sites[std::size_t(opt.site)];
        PlanLine line;
        line.type = LineType::Purchase;
        line.skuId = item.skuId;
        line.skuCode = item.code;
        line.supplierId = supplier.id;
        line.fromCode = supplier.code;
        line.toLocationId = site.id;
        line.toCode = site.code;
        line.quantity = line.proposedQuantity = quantity;
        line.shipDay = m_in.startDay + buy.t * m_in.bucketDays;
        line.arrivalDay = line.shipDay + int(std::ceil(opt.leadTimeDays));
        line.unitCost = opt.unitCost;
        line.cost = quantity * opt.unitCost;
        line.group
            = QStringLiteral("%1/%2/%3").arg(supplier.code, site.code, isoOfBucket(m_in, buy.t));
        line.why = whyPurchase(buy, quantity, x);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<double> MilpBuilder::solutionFor(const std::vector<PlanLine> &lines) const
{
    std::vector<double> x(std::size_t(m_model.columns()), 0.0);
    std::map<std::tuple<int, int, int>, int> arcAt; // (item, lane, t) → arc
    for (std::size_t a = 0; a < m_arcs.size(); ++a)
        arcAt[{m_arcs[a].item, m_arcs[a].lane, m_arcs[a].t}] = int(a);
    std::map<std::pair<int, int>, int> buyAt; // (option, t) → buy
    for (std::size_t b = 0; b < m_buys.size(); ++b)
        buyAt[{m_buys[b].option, m_buys[b].t}] = int(b);
    std::vector<double> arrivals(m_in.nodes.size() * std::size_t(m_T), 0.0);
    std::vector<double> departures(m_in.nodes.size() * std::size_t(m_T), 0.0);
    for (const PlanLine &line : lines) {
        const int item = itemIndexOf(m_in, line.skuId);
        const int to = siteIndexOf(m_in, line.toLocationId);
        if (item < 0 || to < 0)
            continue;
        const int t = bucketOfDay(m_in, line.shipDay);
        if (line.type == LineType::Transfer) {
            const int from = siteIndexOf(m_in, line.fromLocationId);
            const int lane = from >= 0 ? laneBetween(m_in, from, to) : -1;
            const auto it = arcAt.find({item, lane, t});
            if (it == arcAt.end())
                continue;
            const ArcVar &arc = m_arcs[std::size_t(it->second)];
            const double q = std::min(line.quantity, arc.upper);
            x[std::size_t(arc.column)] += q;
            departures[std::size_t(arc.fromNode) * std::size_t(m_T) + std::size_t(t)] += q;
            arrivals[std::size_t(arc.toNode) * std::size_t(m_T)
                     + std::size_t(t + m_in.lanes[std::size_t(arc.lane)].leadBuckets)]
                += q;
        } else {
            int option = -1;
            for (std::size_t o = 0; o < m_in.supply.size(); ++o) {
                const SupplyOption &opt = m_in.supply[o];
                if (opt.item == item && opt.site == to
                    && m_in.suppliers[std::size_t(opt.supplier)].id == line.supplierId)
                    option = int(o);
            }
            const auto it = buyAt.find({option, t});
            if (it == buyAt.end())
                continue;
            const BuyVar &buy = m_buys[std::size_t(it->second)];
            const double packs = std::min(std::round(line.quantity / buy.multiple),
                                          m_model.columnUpper()[std::size_t(buy.column)]);
            x[std::size_t(buy.column)] = packs;
            if (buy.moqColumn >= 0 && packs > 0)
                x[std::size_t(buy.moqColumn)] = 1;
            if (buy.orderKey >= 0 && packs > 0)
                x[std::size_t(m_orders[std::size_t(buy.orderKey)].column)] = 1;
            arrivals[std::size_t(buy.node) * std::size_t(m_T)
                     + std::size_t(t + m_in.supply[std::size_t(buy.option)].leadBuckets)]
                += packs * buy.multiple;
        }
    }
    // Shipments: enough trucks for what each lane carries in each bucket.
    for (const auto &[key, z] : m_laneShipments) {
        double load = 0;
        for (int a : m_arcsOnLane.at(key))
            load += x[std::size_t(m_arcs[std::size_t(a)].column)];
        if (load > 0)
            x[std::size_t(z)] = m_s.truckUnits > 0 ? std::ceil(load / m_s.truckUnits - 1e-9) : 1.0;
    }
    // Stock and unmet demand by the model's dynamics.
    for (std::size_t n = 0; n < m_in.nodes.size(); ++n) {
        if (!m_inModel[n])
            continue;
        const Node &node = m_in.nodes[n];
        const NodeVars &v = m_nodeVars[n];
        const std::vector<double> &demand = demandOf(node, m_s.kind);
        const double sigma = node.dailySd * std::sqrt(double(m_in.bucketDays));
        double stock = node.initial;
        for (int t = 0; t < m_T; ++t) {
            const std::size_t at = n * std::size_t(m_T) + std::size_t(t);
            const double mean = demand[std::size_t(t)];
            const double available
                = stock
                  + (std::size_t(t) < node.inbound.size() ? node.inbound[std::size_t(t)] : 0.0)
                  + arrivals[at] - departures[at];
            const double unmet
                = m_s.expectedShortage
                      ? tangentShortage(shortageTangents(mean, sigma), mean, available)
                      : std::min(mean, std::max(0.0, mean - available));
            stock = available - mean + unmet;
            x[std::size_t(v.stock + t)] = stock;
            x[std::size_t(v.unmet + t)] = unmet;
            if (v.shortfall >= 0)
                x[std::size_t(v.shortfall + t)] = std::max(0.0, node.safetyStock - stock);
        }
    }
    return x;
}

Result<Plan::PlanData> MilpBuilder::solve(ModelStats *stats)
{
    Plan::PlanData plan;
    if (stats) {
        stats->arcs = int(m_arcs.size());
        stats->options = int(m_buys.size());
        stats->nodes = int(std::count(m_inModel.begin(), m_inModel.end(), char(1)));
        stats->rows = m_model.rows();
        stats->columns = m_model.columns();
        stats->integers = m_model.integers();
        stats->nonZeros = m_model.nonZeros();
    }
    const auto reportBlocks = [&] {
        if (stats)
            stats->blocks = m_blocks;
    };
    if (!m_s.writeMps.isEmpty()) {
        // .lp: CPLEX LP format; anything else: free MPS.
        const Status written = m_s.writeMps.endsWith(QLatin1String(".lp"), Qt::CaseInsensitive)
                                   ? Solvers::writeLp(m_model, m_s.writeMps)
                                   : Solvers::writeMps(m_model, m_s.writeMps);
        if (!written)
            return written.error();
    }
    Solvers::SolverResult result;
    if (m_model.columns() == 0) {
        // Nothing to decide: doing nothing is optimal.
        result.status = Solvers::SolveStatus::Optimal;
        result.hasSolution = true;
        result.objective = result.bestBound = 0;
        result.gap = 0;
    } else {
        Solvers::SolverSettings settings;
        settings.timeLimitSeconds = m_s.timeLimitSeconds;
        settings.relativeGap = m_s.relativeGap;
        settings.threads = m_s.threads;
        // The better of doing nothing and the rule planners use (greedy transfers, reorder-point
        // purchases) is CBC's first incumbent: the plan can only improve on both.
        settings.mipStart = m_start;
        std::vector<PlanLine> rule;
        if (plansTransfers(m_s.kind))
            rule = greedyTransfers(m_in, m_s);
        if (plansPurchases(m_s.kind)) {
            auto purchases = ropPurchases(m_in, m_s);
            rule.insert(rule.end(), purchases.begin(), purchases.end());
        }
        const std::vector<double> ruleStart = solutionFor(rule);
        if (m_model.maxViolation(ruleStart) <= 1e-6
            && m_model.objective(ruleStart) < m_model.objective(m_start))
            settings.mipStart = ruleStart;
        settings.progress = m_s.progress;
        settings.cancel = m_s.cancel;
        // Independent blocks (no shared lane, order, capacity or budget) are solved apart,
        // two at a time in child processes when threads allow.
        auto solved = Solvers::solveDecomposed(m_model, settings, std::max(1, m_s.threads));
        if (!solved)
            return solved.error();
        result = std::move(solved->result);
        m_blocks = solved->blocks;
        if (!result.hasSolution) {
            if (result.status == Solvers::SolveStatus::Infeasible) {
                // Say which requirements conflict: solve the elastic model.
                Solvers::ElasticModel elastic = Solvers::makeElastic(m_model);
                Solvers::SolverSettings es = settings;
                es.mipStart.clear();
                auto relaxed = Solvers::solveMip(elastic.model, es);
                QStringList reasons;
                if (relaxed && relaxed->hasSolution) {
                    for (const Solvers::Violation &v :
                         Solvers::violations(elastic, relaxed->values)) {
                        if (reasons.size() >= 5)
                            break;
                        const auto meaning = m_rowMeaning.find(v.row);
                        const QString what = meaning != m_rowMeaning.end()
                                                 ? meaning->second
                                                 : m_model.families()[std::size_t(v.family)].name;
                        reasons.append(
                            v.direction > 0
                                ? tr("%1 is missed by %2 units").arg(what).arg(v.amount, 0, 'f', 0)
                                : tr("%1 would be exceeded by %2 units")
                                      .arg(what)
                                      .arg(v.amount, 0, 'f', 0));
                    }
                }
                // What stood in the way: capacities and budgets used to the full.
                if (relaxed && relaxed->hasSolution) {
                    QStringList full;
                    for (const auto &[row, meaning] : m_rowMeaning) {
                        if (row >= m_model.rows()
                            || m_model.rowFamily()[std::size_t(row)] == m_hardSafetyFamily)
                            continue;
                        const double activity = m_model.rowActivity(row, relaxed->values);
                        if (activity >= m_model.rowUpper()[std::size_t(row)] - 1e-6)
                            full.append(meaning);
                        if (full.size() >= 3)
                            break;
                    }
                    if (!full.isEmpty())
                        reasons.append(
                            tr("used to the full: %1").arg(full.join(QStringLiteral(", "))));
                }
                return Error(tr("The plan is infeasible: %1.")
                                 .arg(reasons.isEmpty() ? tr("no explanation found")
                                                        : reasons.join(QStringLiteral("; "))),
                             QStringLiteral("infeasible"));
            }
            return Error(tr("No plan was found (%1).").arg(Solvers::solveStatusName(result.status)),
                         QStringLiteral("no-solution"));
        }
    }
    reportBlocks();
    plan.lines = result.values.empty() ? std::vector<PlanLine>() : linesFrom(result.values);
    Plan::PlanHeader &h = plan.header;
    h.status = Solvers::solveStatusName(result.status);
    h.objective = result.objective;
    h.bound = result.bestBound;
    h.gap = result.gap;
    h.seconds = result.seconds;
    h.rows = m_model.rows();
    h.columns = m_model.columns();
    h.nonZeros = m_model.nonZeros();
    h.note = result.message;
    if (m_blocks > 1)
        h.note = QStringLiteral("%1 independent blocks. ").arg(m_blocks) + h.note;
    return plan;
}

// ---------------------------------------------------------------------------------------------
// The rules.

/// The greedy of the original design: for each destination short of stock, rank the sources
/// that can spare it by projected demand × (margin − transfer cost) and take the best N, within
/// what they can spare and the lane capacity, shipped now.
std::vector<PlanLine> greedyTransfers(const PlanInput &in, const PlannerSettings &s)
{
    const int T = in.horizon;
    std::vector<NodeReplay> base(in.nodes.size());
    for (std::size_t n = 0; n < in.nodes.size(); ++n)
        base[n] = replayNode(in.nodes[n], demandOf(in.nodes[n], s.kind), {}, {});
    std::vector<double> spare(in.nodes.size(), 0.0);
    for (std::size_t n = 0; n < in.nodes.size(); ++n) {
        double lowest = kInfinity;
        for (int t = 0; t < T; ++t)
            lowest
                = std::min(lowest, base[n].stock[std::size_t(t)] - keepBack(in.nodes[n], s.kind));
        spare[n] = std::max(0.0, std::floor(lowest));
    }
    std::map<int, double> laneUsed;
    std::vector<PlanLine> lines;
    for (std::size_t n = 0; n < in.nodes.size(); ++n) {
        const Node &dest = in.nodes[n];
        double need = 0, projected = 0;
        for (int t = 0; t < T; ++t) {
            need += base[n].unmet[std::size_t(t)];
            projected += demandOf(dest, s.kind)[std::size_t(t)];
        }
        need = std::floor(need + base[n].shortfall[std::size_t(T - 1)]);
        if (need < 1)
            continue;
        const Item &item = in.items[std::size_t(dest.item)];
        struct Candidate
        {
            double score;
            int lane, source;
        };
        std::vector<Candidate> candidates;
        for (std::size_t a = 0; a < in.lanes.size(); ++a) {
            const Lane &lane = in.lanes[a];
            if (lane.to != dest.site)
                continue;
            const int source = in.nodeOf(dest.item, lane.from);
            if (source < 0 || spare[std::size_t(source)] < 1)
                continue;
            const double score = projected * (item.unitMargin - itemLaneCost(lane, item));
            if (score > 0)
                candidates.push_back({score, int(a), source});
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        for (std::size_t c = 0; c < candidates.size() && int(c) < s.greedyTopN && need >= 1; ++c) {
            const Lane &lane = in.lanes[std::size_t(candidates[c].lane)];
            double room = std::isfinite(lane.capacity)
                              ? lane.capacity - laneUsed[candidates[c].lane]
                              : kInfinity;
            const double quantity
                = std::floor(std::min({need, spare[std::size_t(candidates[c].source)], room}));
            if (quantity < std::max(1.0, s.minTransferLot))
                continue;
            spare[std::size_t(candidates[c].source)] -= quantity;
            laneUsed[candidates[c].lane] += quantity;
            need -= quantity;
            PlanLine line;
            line.type = LineType::Transfer;
            line.skuId = item.skuId;
            line.skuCode = item.code;
            line.fromLocationId = in.sites[std::size_t(lane.from)].id;
            line.fromCode = in.sites[std::size_t(lane.from)].code;
            line.toLocationId = in.sites[std::size_t(lane.to)].id;
            line.toCode = in.sites[std::size_t(lane.to)].code;
            line.quantity = line.proposedQuantity = quantity;
            line.shipDay = in.startDay;
            line.arrivalDay
                = in.startDay
                  + std::max(int(std::ceil(lane.leadTimeDays)), lane.leadBuckets * in.bucketDays);
            line.unitCost = itemLaneCost(lane, item);
            line.cost = quantity * line.unitCost;
            line.why = QJsonObject{{QStringLiteral("rule"), QStringLiteral("greedy")},
                                   {QStringLiteral("rank"), int(c) + 1},
                                   {QStringLiteral("score"), candidates[c].score},
                                   {QStringLiteral("need"), need + quantity}};
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

/// Reorder point / order-up-to, bucket by bucket: whenever the inventory position (stock plus
/// what is on order) falls to the reorder point s = demand over lead time + review + safety
/// stock, order up to it from the preferred supplier, in MOQ and packs.
std::vector<PlanLine> ropPurchases(const PlanInput &in, const PlannerSettings &s)
{
    std::vector<PlanLine> lines;
    const int T = in.horizon;
    // The preferred option per node (the first listed: preferred, then cheapest).
    std::map<int, int> optionOf;
    for (std::size_t o = 0; o < in.supply.size(); ++o) {
        const int node = in.nodeOf(in.supply[o].item, in.supply[o].site);
        if (node >= 0 && !optionOf.count(node))
            optionOf[node] = int(o);
    }
    for (const auto &[nodeIndex, optionIndex] : optionOf) {
        const Node &node = in.nodes[std::size_t(nodeIndex)];
        const SupplyOption &opt = in.supply[std::size_t(optionIndex)];
        const std::vector<double> &demand = demandOf(node, s.kind);
        std::vector<double> arriving(std::size_t(T) + 64, 0.0);
        double stock = node.initial, onOrder = 0;
        for (int t = 0; t < T; ++t) {
            const double in_ = t < int(node.inbound.size()) ? node.inbound[std::size_t(t)] : 0.0;
            // Position before this bucket's demand: stock, inbound still to come, our orders.
            double future = 0;
            for (int u = t; u < int(node.inbound.size()); ++u)
                future += node.inbound[std::size_t(u)];
            const double position = stock + future + onOrder;
            // Demand over the lead time and one review (a bucket).
            double cover = 0;
            for (int u = t; u <= t + opt.leadBuckets; ++u)
                cover += u < T ? demand[std::size_t(u)] : demand[std::size_t(T - 1)];
            const double reorderPoint = cover + node.safetyStock;
            if (position <= reorderPoint && t + opt.leadBuckets < T + 64) {
                double q = reorderPoint - position;
                q = std::max(q, opt.moq);
                q = std::ceil(q / std::max(1.0, opt.multiple) - 1e-9) * std::max(1.0, opt.multiple);
                if (q >= 1) {
                    arriving[std::size_t(t + opt.leadBuckets)] += q;
                    onOrder += q;
                    const Item &item = in.items[std::size_t(opt.item)];
                    const Supplier &supplier = in.suppliers[std::size_t(opt.supplier)];
                    const Site &site = in.sites[std::size_t(opt.site)];
                    PlanLine line;
                    line.type = LineType::Purchase;
                    line.skuId = item.skuId;
                    line.skuCode = item.code;
                    line.supplierId = supplier.id;
                    line.fromCode = supplier.code;
                    line.toLocationId = site.id;
                    line.toCode = site.code;
                    line.quantity = line.proposedQuantity = q;
                    line.shipDay = in.startDay + t * in.bucketDays;
                    line.arrivalDay = line.shipDay + int(std::ceil(opt.leadTimeDays));
                    line.unitCost = opt.unitCost;
                    line.cost = q * opt.unitCost;
                    line.group = QStringLiteral("%1/%2/%3")
                                     .arg(supplier.code, site.code, isoOfBucket(in, t));
                    line.why = QJsonObject{{QStringLiteral("rule"), QStringLiteral("rop")},
                                           {QStringLiteral("position"), position},
                                           {QStringLiteral("reorderPoint"), reorderPoint}};
                    lines.push_back(std::move(line));
                }
            }
            const double arrived = arriving[std::size_t(t)];
            onOrder -= arrived;
            const double available = stock + in_ + arrived;
            stock = std::max(0.0, available - demand[std::size_t(t)]);
        }
    }
    return lines;
}

} // namespace

Result<Plan::PlanData> makePlan(const PlanInput &input, const PlannerSettings &settings,
                                ModelStats *stats)
{
    QElapsedTimer timer;
    timer.start();
    const QString method = settings.method;
    Plan::PlanData plan;
    if (method == QLatin1String("milp")) {
        MilpBuilder builder(input, settings);
        builder.build();
        if (stats)
            stats->buildSeconds = double(timer.nsecsElapsed()) / 1e9;
        auto solved = builder.solve(stats);
        if (!solved)
            return solved.error();
        plan = std::move(solved.value());
    } else if (method == QLatin1String("greedy")) {
        if (settings.kind == PlanKind::Replenishment)
            return Error(tr("The greedy rule plans transfers; use rop for purchases."),
                         QStringLiteral("bad-method"));
        plan.lines = greedyTransfers(input, settings);
        if (settings.kind == PlanKind::Joint) {
            auto purchases = ropPurchases(input, settings);
            plan.lines.insert(plan.lines.end(), purchases.begin(), purchases.end());
        }
        plan.header.status = QStringLiteral("heuristic");
    } else if (method == QLatin1String("rop")) {
        if (settings.kind == PlanKind::Transfers)
            return Error(tr("The reorder-point rule plans purchases; use greedy for transfers."),
                         QStringLiteral("bad-method"));
        plan.lines = ropPurchases(input, settings);
        plan.header.status = QStringLiteral("heuristic");
    } else if (method == QLatin1String("none")) {
        plan.header.status = QStringLiteral("heuristic");
    } else {
        return Error(tr("Unknown plan method \"%1\" (milp, greedy, rop, none).").arg(method),
                     QStringLiteral("bad-method"));
    }
    for (std::size_t i = 0; i < plan.lines.size(); ++i)
        plan.lines[i].line = int(i) + 1;
    Plan::PlanHeader &h = plan.header;
    h.kind = settings.kind;
    h.method = method;
    h.startDay = input.startDay;
    h.bucketDays = input.bucketDays;
    h.horizon = input.horizon;
    h.forecastRunId = input.forecastRunId;
    h.totals = replayTotals(input, settings, plan.lines);
    if (method != QLatin1String("milp"))
        h.seconds = double(timer.nsecsElapsed()) / 1e9;
    h.parameters = QJsonObject{{QStringLiteral("timeLimit"), settings.timeLimitSeconds},
                               {QStringLiteral("gap"), settings.relativeGap},
                               {QStringLiteral("threads"), settings.threads},
                               {QStringLiteral("safetyPenaltyShare"), settings.safetyPenaltyShare},
                               {QStringLiteral("truckUnits"), settings.truckUnits},
                               {QStringLiteral("minTransferLot"), settings.minTransferLot},
                               {QStringLiteral("integerUnits"), settings.integerUnits},
                               {QStringLiteral("greedyTopN"), settings.greedyTopN}};
    plan.inputs = input.serialize();
    return plan;
}

} // namespace Stockshift::Planning
