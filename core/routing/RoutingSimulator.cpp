#include "routing/RoutingSimulator.h"

#include "demo/Random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Stockshift::Routing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Routing", text);
}

struct Candidate
{
    int site = -1;
    Path path;
    double unitCost = 0;    ///< path cost + the cost of shifting stock there again
    double distance = 0;    ///< km from the region's centre (days × 1000 without positions)
    double utilisation = 0; ///< after this order
    double onTime = 0;      ///< probability of arriving within the promise
};

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double onTimeProbability(double promise, double days, double cv)
{
    if (days <= 0 || cv <= 0)
        return days <= promise ? 1.0 : 0.0;
    return normalCdf((promise - days) / (cv * days));
}

int lowestTier(const Tiers::TierConfig &config)
{
    for (int t = int(config.tiers.size()) - 1; t >= 0; --t)
        if (!config.tiers[std::size_t(t)].overflow)
            return t;
    return 0;
}

} // namespace

QString policyName(Policy policy)
{
    switch (policy) {
    case Policy::Nearest:
        return QStringLiteral("nearest");
    case Policy::LowestCost:
        return QStringLiteral("lowest-cost");
    case Policy::Balanced:
        return QStringLiteral("balanced");
    case Policy::Performance:
        return QStringLiteral("performance");
    case Policy::Hybrid:
        return QStringLiteral("hybrid");
    case Policy::Tiered:
        return QStringLiteral("tiered");
    }
    return {};
}

QString policyLabel(Policy policy)
{
    switch (policy) {
    case Policy::Nearest:
        return tr("Nearest with stock");
    case Policy::LowestCost:
        return tr("Lowest cost to fulfil");
    case Policy::Balanced:
        return tr("Balanced load");
    case Policy::Performance:
        return tr("Best performance");
    case Policy::Hybrid:
        return tr("Weighted hybrid");
    case Policy::Tiered:
        return tr("Tier assignments");
    }
    return {};
}

bool policyFromName(const QString &name, Policy *policy)
{
    for (Policy p : allPolicies())
        if (policyName(p) == name) {
            *policy = p;
            return true;
        }
    return false;
}

std::vector<Policy> allPolicies()
{
    return {Policy::Nearest,     Policy::LowestCost, Policy::Balanced,
            Policy::Performance, Policy::Hybrid,     Policy::Tiered};
}

Path tierPath(const FulfilmentNetwork &network, const Tiers::TierConfig &config, int site,
              const QString &region, int tier)
{
    const Tiers::TierDefinition &t = config.tiers[std::size_t(tier)];
    Path best;
    switch (t.option) {
    case Tiers::FulfilmentOption::Fastest:
        best = network.fastestPath(site, region, t.allowExpress);
        break;
    case Tiers::FulfilmentOption::CostOptimised:
        for (const Path &p : network.paths(site, region, t.allowExpress))
            if (p.days <= t.promiseDays
                && (!best.valid() || p.costPerUnit < best.costPerUnit
                    || (p.costPerUnit == best.costPerUnit && p.days < best.days)))
                best = p;
        if (!best.valid())
            best = network.fastestPath(site, region, t.allowExpress);
        break;
    case Tiers::FulfilmentOption::Economy:
        best = network.cheapestPath(site, region, t.allowExpress);
        break;
    }
    if (best.valid() && t.consolidate) {
        // Consolidating holds the order for a wave and ships it with others: slower, and the
        // shipping part of the cost shrinks (handling does not).
        const double saved = best.shippingPerUnit * (1.0 - config.consolidationCostFactor);
        best.days += config.consolidationDays;
        best.shippingPerUnit -= saved;
        best.costPerUnit -= saved;
    }
    return best;
}

std::vector<int> customerTiers(const FulfilmentNetwork &network, const Tiers::TierConfig &config)
{
    std::vector<double> cltv;
    cltv.reserve(network.customers.size());
    for (const Customer &c : network.customers)
        cltv.push_back(c.cltv);
    return config.classify(cltv);
}

std::vector<Order> sampleOrders(const FulfilmentNetwork &network, const Tiers::TierConfig &config,
                                int count, quint64 seed)
{
    std::vector<Order> orders;
    const int regions = int(network.regions.size());
    const std::size_t skus = network.skus.size();
    std::vector<double> regionWeight(std::size_t(regions), 0.0);
    std::vector<std::vector<double>> cumulative(static_cast<std::size_t>(regions));
    for (int r = 0; r < regions; ++r) {
        double sum = 0;
        cumulative[std::size_t(r)].reserve(skus);
        for (std::size_t k = 0; k < skus; ++k) {
            sum += network.demandIn(r, int(k));
            cumulative[std::size_t(r)].push_back(sum);
        }
        regionWeight[std::size_t(r)] = sum;
    }
    const double total = std::accumulate(regionWeight.begin(), regionWeight.end(), 0.0);
    if (!(total > 0) || config.tiers.empty())
        return orders;
    const std::vector<int> tiers = customerTiers(network, config);
    std::vector<std::vector<int>> customersOf(static_cast<std::size_t>(regions));
    for (std::size_t c = 0; c < network.customers.size(); ++c) {
        const int r = network.regionIndex(network.customers[c].region);
        if (r >= 0)
            customersOf[std::size_t(r)].push_back(int(c));
    }
    const int fallbackTier = lowestTier(config);
    Demo::Random rng(Demo::Random::derive(seed, 0x7011e5));
    for (int i = 0; i < count; ++i) {
        Order o;
        o.id = i + 1;
        double u = rng.uniform() * total;
        o.region = 0;
        while (o.region < regions - 1
               && (u >= regionWeight[std::size_t(o.region)]
                   || regionWeight[std::size_t(o.region)] <= 0)) {
            u -= regionWeight[std::size_t(o.region)];
            ++o.region;
        }
        const std::vector<int> &customers = customersOf[std::size_t(o.region)];
        o.tier = fallbackTier;
        if (!customers.empty()) {
            const int c = customers[std::size_t(rng.integer(0, int(customers.size()) - 1))];
            o.customer = network.customers[std::size_t(c)].code;
            if (tiers[std::size_t(c)] >= 0)
                o.tier = tiers[std::size_t(c)];
        }
        const std::vector<double> &cum = cumulative[std::size_t(o.region)];
        const int lines = rng.integer(1, 4);
        for (int l = 0; l < lines; ++l) {
            int sku = -1;
            for (int attempt = 0; attempt < 10 && sku < 0; ++attempt) {
                const double v = rng.uniform() * cum.back();
                const int k = int(std::upper_bound(cum.begin(), cum.end(), v) - cum.begin());
                const int kk = std::min(k, int(skus) - 1);
                const bool repeated = std::any_of(o.lines.begin(), o.lines.end(),
                                                  [kk](const OrderLine &x) { return x.sku == kk; });
                if (!repeated)
                    sku = kk;
            }
            if (sku >= 0)
                o.lines.push_back({sku, double(rng.integer(1, 3))});
        }
        orders.push_back(o);
    }
    return orders;
}

RoutingState::RoutingState(const FulfilmentNetwork &network)
    : stock(network.stock)
    , load(network.sites.size(), 0.0)
{}

Routed routeOrder(const FulfilmentNetwork &net, const Tiers::TierConfig &config, const Order &order,
                  Policy policy, const SimulationSettings &settings, RoutingState &state)
{
    Routed routed;
    const QString &region = net.regions[order.region];
    const double promise = config.promiseFor(region, order.tier);
    const std::size_t skus = net.skus.size();
    double orderLoad = 0;
    for (const OrderLine &l : order.lines)
        orderLoad += l.quantity * net.skus[std::size_t(l.sku)].loadWeight;
    double centreLat = 0, centreLon = 0;
    const bool centre = net.regionCentre(region, &centreLat, &centreLon);

    std::vector<Candidate> candidates;
    for (int s = 0; s < int(net.sites.size()); ++s) {
        const Path p = tierPath(net, config, s, region, order.tier);
        if (!p.valid())
            continue;
        const Site &site = net.sites[std::size_t(s)];
        Candidate c;
        c.site = s;
        c.path = p;
        c.unitCost = p.costPerUnit + site.replenishCost;
        c.distance = centre && std::isfinite(site.latitude)
                         ? distanceKm(centreLat, centreLon, site.latitude, site.longitude)
                         : p.days * 1000.0;
        c.utilisation
            = site.capacity == kUnlimited || site.capacity <= 0
                  ? 0.0
                  : (site.inboundLoad + (state.load[std::size_t(s)] + orderLoad) * state.scale)
                        / site.capacity;
        c.onTime = onTimeProbability(promise, p.days, settings.reliabilityCv);
        candidates.push_back(c);
    }

    // Rank the candidates by the policy (stable: ties keep the sites' code order).
    const auto byCost = [](const Candidate &a, const Candidate &b) {
        return a.unitCost < b.unitCost || (a.unitCost == b.unitCost && a.path.days < b.path.days);
    };
    switch (policy) {
    case Policy::Nearest:
        std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
            return a.distance < b.distance
                   || (a.distance == b.distance && a.path.days < b.path.days);
        });
        break;
    case Policy::LowestCost:
        std::stable_sort(candidates.begin(), candidates.end(), byCost);
        break;
    case Policy::Balanced:
        // Spread the load among the locations that keep the promise; the others only after them.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [promise](const auto &a, const auto &b) {
                             const bool inA = a.path.days <= promise, inB = b.path.days <= promise;
                             return inA != inB ? inA : a.utilisation < b.utilisation;
                         });
        break;
    case Policy::Performance:
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&byCost](const auto &a, const auto &b) {
                             return a.onTime > b.onTime || (a.onTime == b.onTime && byCost(a, b));
                         });
        break;
    case Policy::Hybrid: {
        double maxCost = 0, maxDays = 0, maxLoad = 0;
        for (const Candidate &c : candidates) {
            maxCost = std::max(maxCost, c.unitCost);
            maxDays = std::max(maxDays, c.path.days);
            maxLoad = std::max(maxLoad, c.utilisation);
        }
        const auto score = [&](const Candidate &c) {
            return settings.weightCost * (maxCost > 0 ? c.unitCost / maxCost : 0.0)
                   + settings.weightDays * (maxDays > 0 ? c.path.days / maxDays : 0.0)
                   + settings.weightLoad * (maxLoad > 0 ? c.utilisation / maxLoad : 0.0)
                   + settings.weightPerformance * (1.0 - c.onTime);
        };
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&score](const auto &a, const auto &b) { return score(a) < score(b); });
        break;
    }
    case Policy::Tiered: {
        // The assignment's chain first, in its order; then everyone else by cost.
        std::stable_sort(candidates.begin(), candidates.end(), byCost);
        const Tiers::Assignment *a
            = config.assignment(region, config.tiers[std::size_t(order.tier)].key);
        if (a) {
            std::vector<Candidate> ranked;
            for (const QString &code : a->chain)
                for (const Candidate &c : candidates)
                    if (net.sites[std::size_t(c.site)].code == code)
                        ranked.push_back(c);
            for (const Candidate &c : candidates)
                if (!a->chain.contains(net.sites[std::size_t(c.site)].code))
                    ranked.push_back(c);
            candidates = std::move(ranked);
        }
        break;
    }
    }

    const auto holds = [&](const Candidate &c, const OrderLine &l) {
        return state.stock[std::size_t(c.site) * skus + std::size_t(l.sku)] >= l.quantity;
    };
    // One shipment when a candidate holds every line; else line by line.
    std::vector<int> lineSite(order.lines.size(), -1);
    for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
        bool all = !order.lines.empty();
        for (const OrderLine &l : order.lines)
            all = all && holds(candidates[ci], l);
        if (all) {
            std::fill(lineSite.begin(), lineSite.end(), int(ci));
            break;
        }
    }
    for (std::size_t l = 0; l < order.lines.size(); ++l) {
        if (lineSite[l] >= 0)
            continue;
        for (std::size_t ci = 0; ci < candidates.size(); ++ci)
            if (holds(candidates[ci], order.lines[l])) {
                lineSite[l] = int(ci);
                break;
            }
    }
    for (std::size_t l = 0; l < order.lines.size(); ++l) {
        const int ci = lineSite[l];
        if (ci < 0) {
            ++routed.unfilledLines;
            continue;
        }
        const Candidate &c = candidates[std::size_t(ci)];
        auto shipment = std::find_if(routed.shipments.begin(), routed.shipments.end(),
                                     [&c](const Shipment &s) { return s.site == c.site; });
        if (shipment == routed.shipments.end()) {
            Shipment s;
            s.site = c.site;
            s.days = c.path.days;
            s.cost = settings.shipmentCost;
            routed.shipments.push_back(s);
            shipment = routed.shipments.end() - 1;
        }
        const OrderLine &line = order.lines[l];
        shipment->lines.push_back(int(l));
        shipment->cost += line.quantity * c.unitCost;
        state.stock[std::size_t(c.site) * skus + std::size_t(line.sku)] -= line.quantity;
        state.load[std::size_t(c.site)]
            += line.quantity * net.skus[std::size_t(line.sku)].loadWeight;
    }
    for (const Shipment &s : routed.shipments) {
        routed.days = std::max(routed.days, s.days);
        routed.cost += s.cost;
    }
    routed.onTime
        = routed.unfilledLines == 0 && !routed.shipments.empty() && routed.days <= promise + 1e-9;
    return routed;
}

Result<SimulationReport> simulate(const FulfilmentNetwork &network, const Tiers::TierConfig &config,
                                  const SimulationSettings &settings, const Progress &progress,
                                  const std::atomic_bool *cancel)
{
    const std::vector<Order> orders = sampleOrders(network, config, settings.orders, settings.seed);
    if (orders.empty())
        return Error(tr("There is no forecast demand in any customer region to sample orders from: "
                        "run a forecast (or import sales) first."),
                     QStringLiteral("no-demand"));
    SimulationReport report;
    report.orders = int(orders.size());
    report.seed = settings.seed;
    double sampled = 0, demand = 0;
    for (const Order &o : orders)
        for (const OrderLine &l : o.lines)
            sampled += l.quantity;
    for (double d : network.regionDemand)
        demand += d;
    report.scale = sampled > 0 ? demand / sampled : 1.0;
    const int steps = int(settings.policies.size()) * report.orders;
    int done = 0, lastPercent = -1;
    for (Policy policy : settings.policies) {
        PolicyReport pr;
        pr.policy = policy;
        for (const Tiers::TierDefinition &t : config.tiers) {
            TierOutcome outcome;
            outcome.tier = t.key;
            outcome.tierName = t.name;
            pr.tiers.push_back(outcome);
        }
        pr.total.tier = QStringLiteral("all");
        pr.total.tierName = tr("All tiers");
        RoutingState state(network);
        state.scale = report.scale;
        std::vector<int> siteOrders(network.sites.size(), 0);
        std::vector<double> siteUnits(network.sites.size(), 0.0);
        for (const Order &o : orders) {
            if (cancel && cancel->load())
                return Error(tr("Cancelled."), QStringLiteral("cancelled"));
            const Routed r = routeOrder(network, config, o, policy, settings, state);
            for (TierOutcome *t : {&pr.tiers[std::size_t(o.tier)], &pr.total}) {
                ++t->orders;
                t->onTime += r.onTime ? 1 : 0;
                t->splitOrders += r.shipments.size() > 1 ? 1 : 0;
                t->shipments += int(r.shipments.size());
                t->lines += int(o.lines.size());
                t->unfilledLines += r.unfilledLines;
                t->cost += r.cost;
                t->days += r.days;
                for (const OrderLine &l : o.lines)
                    t->units += l.quantity;
            }
            for (const Shipment &s : r.shipments) {
                ++siteOrders[std::size_t(s.site)];
                for (int l : s.lines)
                    siteUnits[std::size_t(s.site)] += o.lines[std::size_t(l)].quantity;
            }
            ++done;
            const int percent = int(100.0 * done / steps);
            if (progress && percent != lastPercent) {
                lastPercent = percent;
                progress(percent);
            }
        }
        for (std::size_t s = 0; s < network.sites.size(); ++s) {
            const Site &site = network.sites[s];
            SiteUse use;
            use.location = site.code;
            use.orders = siteOrders[s];
            use.units = siteUnits[s];
            use.utilisation
                = site.capacity == kUnlimited || site.capacity <= 0
                      ? 0.0
                      : (site.inboundLoad + state.load[s] * state.scale) / site.capacity;
            pr.maxUtilisation = std::max(pr.maxUtilisation, use.utilisation);
            pr.sites.push_back(use);
        }
        report.policies.push_back(pr);
    }
    return report;
}

} // namespace Stockshift::Routing
