#include "tiers/TierEngine.h"

#include "routing/RoutingSimulator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Stockshift::Tiers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Tiers", text);
}

QString num(double v)
{
    return QString::number(v, 'g', 6);
}

// Exported figures to 6 decimals: 1.35, not 1.3499999999999999.
double rounded(double v)
{
    return std::round(v * 1e6) / 1e6;
}

struct Ranked
{
    int site = -1;
    Routing::Path path;
    double utilisation = 0;
};

// The candidates of a region for a tier, best first (steps 1 and 2 of the header).
std::vector<Ranked> rank(const Routing::FulfilmentNetwork &net, const TierConfig &config,
                         const QString &region, int tier)
{
    const TierDefinition &t = config.tiers[std::size_t(tier)];
    const int r = net.regionIndex(region);
    std::vector<Ranked> out;
    for (int s = 0; s < int(net.sites.size()); ++s) {
        const Routing::Path p = Routing::tierPath(net, config, s, region, tier);
        if (!p.valid())
            continue;
        if (r >= 0 && net.stockCoverage(s, r) < net.settings.minStockCoverage)
            continue;
        out.push_back({s, p, net.sites[std::size_t(s)].utilisation()});
    }
    const auto cheaper = [](const Ranked &a, const Ranked &b) {
        return a.path.costPerUnit < b.path.costPerUnit
               || (a.path.costPerUnit == b.path.costPerUnit && a.path.days < b.path.days);
    };
    const auto faster = [](const Ranked &a, const Ranked &b) {
        return a.path.days < b.path.days
               || (a.path.days == b.path.days && a.path.costPerUnit < b.path.costPerUnit);
    };
    switch (t.option) {
    case FulfilmentOption::Fastest:
        std::stable_sort(out.begin(), out.end(), faster);
        break;
    case FulfilmentOption::Economy:
        std::stable_sort(out.begin(), out.end(), cheaper);
        break;
    case FulfilmentOption::CostOptimised:
        std::stable_sort(out.begin(), out.end(), [&](const Ranked &a, const Ranked &b) {
            const bool inA = a.path.days <= t.promiseDays, inB = b.path.days <= t.promiseDays;
            if (inA != inB)
                return inA;
            return inA ? cheaper(a, b) : faster(a, b);
        });
        break;
    }
    return out;
}

Assignment assignmentFrom(const Routing::FulfilmentNetwork &net, const QString &region,
                          const TierDefinition &tier, FulfilmentOption option,
                          const std::vector<Ranked> &chain)
{
    Assignment a;
    a.region = region;
    a.tier = tier.key;
    a.option = option;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, chain.size()); ++i)
        a.chain.append(net.sites[std::size_t(chain[i].site)].code);
    const Routing::Path &p = chain.front().path;
    a.via = p.via >= 0 ? net.sites[std::size_t(p.via)].code : QString();
    a.mode = p.lane >= 0 ? net.lanes[std::size_t(p.lane)].mode : QStringLiteral("direct");
    a.days = rounded(p.days);
    a.costPerUnit = rounded(p.costPerUnit);
    return a;
}

std::vector<Ranked> below(const std::vector<Ranked> &ranked, double limit)
{
    std::vector<Ranked> out;
    for (const Ranked &r : ranked)
        if (r.utilisation < limit)
            out.push_back(r);
    return out;
}

} // namespace

TierConfig build(const Routing::FulfilmentNetwork &net, TierConfig config)
{
    config.assignments.clear();
    config.capacities.clear();
    config.check.clear();
    for (const Routing::Site &s : net.sites) {
        SiteCapacity c;
        c.location = s.code;
        c.region = s.region;
        c.kind = s.kind;
        c.capacity = s.capacity;
        c.plannedLoad = rounded(s.plannedLoad());
        c.utilisation = rounded(s.utilisation());
        c.score = rounded(100.0 * std::clamp(1.0 - s.utilisation(), 0.0, 1.0));
        config.capacities.push_back(c);
    }
    const int overflow = config.overflowTier();
    for (const QString &region : net.regions) {
        std::vector<Ranked> overflowChain;
        if (overflow >= 0) {
            // A later date frees capacity: the overflow tier may use full locations too, after
            // those with room.
            overflowChain = rank(net, config, region, overflow);
            std::stable_partition(overflowChain.begin(), overflowChain.end(),
                                  [](const Ranked &r) { return r.utilisation < 1.0; });
        }
        double reservedAbove = 0;
        for (int t = 0; t < int(config.tiers.size()); ++t) {
            const TierDefinition &tier = config.tiers[std::size_t(t)];
            if (tier.overflow) {
                if (!overflowChain.empty())
                    config.assignments.push_back(
                        assignmentFrom(net, region, tier, tier.option, overflowChain));
                continue;
            }
            const std::vector<Ranked> ranked = rank(net, config, region, t);
            const double limit = 1.0 - reservedAbove / 100.0;
            reservedAbove += tier.capacityReservePct;
            if (ranked.empty())
                continue; // not served: validation says so
            const std::vector<Ranked> usable = below(ranked, limit);
            if (!usable.empty()) {
                config.assignments.push_back(
                    assignmentFrom(net, region, tier, tier.option, usable));
            } else if (!overflowChain.empty()) {
                Assignment a = assignmentFrom(
                    net, region, tier, config.tiers[std::size_t(overflow)].option, overflowChain);
                a.overflow = true;
                config.assignments.push_back(a);
            } else {
                Assignment a = assignmentFrom(net, region, tier, tier.option, ranked);
                a.overflow = true;
                config.assignments.push_back(a);
            }
        }
    }
    return config;
}

Status check(const Routing::FulfilmentNetwork &net, TierConfig *config, int orders, quint64 seed,
             const std::atomic_bool *cancel)
{
    Routing::SimulationSettings settings;
    settings.orders = orders;
    settings.seed = seed;
    settings.policies = {Routing::Policy::Tiered};
    auto report = Routing::simulate(net, *config, settings, {}, cancel);
    if (!report)
        return report.error();
    config->check.clear();
    for (const Routing::TierOutcome &t : report->policies.front().tiers) {
        if (t.orders == 0)
            continue;
        TierCheck c;
        c.tier = t.tier;
        c.orders = t.orders;
        c.attainment = rounded(t.attainment());
        c.costPerOrder = rounded(t.costPerOrder());
        c.splitRate = rounded(t.splitRate());
        config->check.push_back(c);
    }
    return {};
}

std::vector<Issue> validate(const TierConfig &config, const QStringList &regions)
{
    std::vector<Issue> issues;
    const auto add
        = [&issues](Issue::Severity severity, const QString &code, const QString &tier,
                    const QString &region, const QString &field, const QString &message) {
              issues.push_back({severity, code, tier, region, field, message});
          };
    constexpr auto E = Issue::Severity::Error;
    constexpr auto W = Issue::Severity::Warning;
    if (config.tiers.empty()) {
        add(E, QStringLiteral("no-tiers"), {}, {}, {}, tr("No tiers are defined."));
        return issues;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    QSet<QString> keys;
    QString overflowName;
    std::vector<int> customerTiers;
    double reserves = 0;
    for (int i = 0; i < int(config.tiers.size()); ++i) {
        const TierDefinition &t = config.tiers[std::size_t(i)];
        const QString shown = t.name.isEmpty() ? t.key : t.name;
        if (t.name.trimmed().isEmpty())
            add(E, QStringLiteral("no-name"), t.key, {}, QStringLiteral("name"),
                tr("Tier %1 has no name.").arg(t.key));
        if (!keyPattern.match(t.key).hasMatch())
            add(E, QStringLiteral("bad-key"), t.key, {}, QStringLiteral("key"),
                tr("Tier key \"%1\" must be 1 to 40 lower-case letters, digits or '-'.")
                    .arg(t.key));
        else if (keys.contains(t.key))
            add(E, QStringLiteral("duplicate-key"), t.key, {}, QStringLiteral("key"),
                tr("Tier key \"%1\" is used by more than one tier.").arg(t.key));
        keys.insert(t.key);
        if (!(t.promiseDays > 0))
            add(E, QStringLiteral("promise-positive"), t.key, {}, QStringLiteral("promiseDays"),
                tr("%1: the promise must be more than 0 days, not %2.")
                    .arg(shown, num(t.promiseDays)));
        if (!(t.capacityReservePct >= 0 && t.capacityReservePct <= 100))
            add(E, QStringLiteral("reserve-range"), t.key, {}, QStringLiteral("capacityReservePct"),
                tr("%1: the capacity reserve must be from 0 to 100%, not %2%.")
                    .arg(shown, num(t.capacityReservePct)));
        else
            reserves += t.capacityReservePct;
        if (t.overflow) {
            if (!overflowName.isEmpty())
                add(E, QStringLiteral("two-overflow"), t.key, {}, QStringLiteral("overflow"),
                    tr("Only one Dynamic Overflow tier may be defined: %1 and %2 both are.")
                        .arg(overflowName, shown));
            else
                overflowName = shown;
            continue;
        }
        customerTiers.push_back(i);
        if (config.thresholdMode == ThresholdMode::Percentile
            && !(t.threshold >= 0 && t.threshold <= 100))
            add(E, QStringLiteral("threshold-range"), t.key, {}, QStringLiteral("threshold"),
                tr("%1: a percentile threshold must be from 0 to 100, not %2.")
                    .arg(shown, num(t.threshold)));
        else if (config.thresholdMode == ThresholdMode::Score && !(t.threshold >= 0))
            add(E, QStringLiteral("threshold-negative"), t.key, {}, QStringLiteral("threshold"),
                tr("%1: a CLTV threshold must not be negative, not %2.")
                    .arg(shown, num(t.threshold)));
    }
    if (reserves >= 100)
        add(E, QStringLiteral("reserve-total"), {}, {}, QStringLiteral("capacityReservePct"),
            tr("The capacity reserves add up to %1%: they must leave capacity for the other tiers "
               "(less than 100%).")
                .arg(num(reserves)));
    if (customerTiers.empty()) {
        add(E, QStringLiteral("no-customer-tier"), {}, {}, {},
            tr("Only the Dynamic Overflow tier is defined: customers need at least one tier."));
    } else {
        for (std::size_t i = 1; i < customerTiers.size(); ++i) {
            const TierDefinition &a = config.tiers[std::size_t(customerTiers[i - 1])];
            const TierDefinition &b = config.tiers[std::size_t(customerTiers[i])];
            if (!(a.threshold > b.threshold))
                add(E, QStringLiteral("threshold-order"), b.key, {}, QStringLiteral("threshold"),
                    tr("Thresholds must fall from tier to tier: %1 (%2) must be above %3 (%4).")
                        .arg(a.name, num(a.threshold), b.name, num(b.threshold)));
            if (a.promiseDays > b.promiseDays)
                add(W, QStringLiteral("promise-order"), a.key, {}, QStringLiteral("promiseDays"),
                    tr("%1 promises %2 days, slower than %3 below it (%4 days).")
                        .arg(a.name, num(a.promiseDays), b.name, num(b.promiseDays)));
        }
        const TierDefinition &lowest = config.tiers[std::size_t(customerTiers.back())];
        if (lowest.threshold != 0)
            add(E, QStringLiteral("threshold-gap"), lowest.key, {}, QStringLiteral("threshold"),
                tr("%1 is the lowest tier and must start at 0, not %2: customers below it would "
                   "have no tier.")
                    .arg(lowest.name, num(lowest.threshold)));
    }

    // Assignments: every region served by every tier, promises achievable, capacity.
    if (regions.isEmpty())
        add(W, QStringLiteral("no-regions"), {}, {}, {},
            tr("No customer regions are known: tiers cannot be assigned to regions."));
    const int overflow = config.overflowTier();
    for (const QString &region : regions) {
        for (const TierDefinition &t : config.tiers) {
            const Assignment *a = config.assignment(region, t.key);
            if (!a) {
                add(E, QStringLiteral("region-unserved"), t.key, region, {},
                    tr("Region %1 is not served by %2: no location with a path there stocks at "
                       "least %3% of its demand.")
                        .arg(region, t.name, num(100.0 * config.network.minStockCoverage)));
                continue;
            }
            if (a->overflow && overflow < 0) {
                add(E, QStringLiteral("capacity-short"), t.key, region, {},
                    tr("Region %1, %2: every location that could serve it is at capacity and no "
                       "Dynamic Overflow tier is defined.")
                        .arg(region, t.name));
                continue;
            }
            if (a->overflow) {
                const TierDefinition &o = config.tiers[std::size_t(overflow)];
                add(W, QStringLiteral("overflow"), t.key, region, {},
                    tr("Region %1, %2: its locations are at capacity; orders overflow to %3 (%4 "
                       "days, incentive %5 per order).")
                        .arg(region, t.name, o.name, num(o.promiseDays), num(o.incentive)));
                continue;
            }
            if (a->days > t.promiseDays + 1e-9)
                add(E, QStringLiteral("promise-unachievable"), t.key, region,
                    QStringLiteral("promiseDays"),
                    tr("%1 promises %2 days in region %3, but its best option (%4, %5) takes %6 "
                       "days with the lanes' lead times.")
                        .arg(t.name, num(t.promiseDays), region, a->chain.value(0), a->mode,
                             num(a->days)));
        }
    }
    for (const TierCheck &c : config.check) {
        const int t = config.tierIndex(c.tier);
        if (t >= 0 && c.attainment < config.minAttainment)
            add(W, QStringLiteral("attainment"), c.tier, {}, {},
                tr("%1 met its promise for %2% of the simulated orders; at least %3% are wanted.")
                    .arg(config.tiers[std::size_t(t)].name,
                         QString::number(100 * c.attainment, 'f', 1),
                         num(100 * config.minAttainment)));
    }
    return issues;
}

bool hasErrors(const std::vector<Issue> &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const Issue &i) { return i.isError(); });
}

} // namespace Stockshift::Tiers
