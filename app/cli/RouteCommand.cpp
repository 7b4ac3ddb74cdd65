// stockshift-cli route simulate: sampled forecast orders replayed through routing policies.
#include "CliApp.h"
#include "Commands.h"

#include "routing/RoutingSimulator.h"
#include "storage/Connection.h"
#include "tiers/TierEngine.h"
#include "tiers/TierStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QJsonObject outcomeJson(const Routing::TierOutcome &t)
{
    return {{QStringLiteral("tier"), t.tier},
            {QStringLiteral("orders"), t.orders},
            {QStringLiteral("onTime"), t.onTime},
            {QStringLiteral("attainment"), t.attainment()},
            {QStringLiteral("costPerOrder"), t.costPerOrder()},
            {QStringLiteral("splitOrders"), t.splitOrders},
            {QStringLiteral("splitRate"), t.splitRate()},
            {QStringLiteral("shipments"), t.shipments},
            {QStringLiteral("lines"), t.lines},
            {QStringLiteral("unfilledLines"), t.unfilledLines},
            {QStringLiteral("meanDays"), t.meanDays()}};
}

} // namespace

int runRoute(const QStringList &arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    if (action != QLatin1String("simulate")) {
        printError(tr("Usage: stockshift-cli route simulate [options] (see --help)."));
        return ExitError;
    }
    QStringList names;
    for (Routing::Policy p : Routing::allPolicies())
        names.append(Routing::policyName(p));
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("name"), tr("Tier configuration (default: default)."), tr("NAME"),
         QStringLiteral("default")},
        {QStringLiteral("orders"), tr("Orders to sample (default 2000)."), tr("N")},
        {QStringLiteral("policy"),
         tr("Routing policy: %1 or all (default all).").arg(names.join(QStringLiteral(", "))),
         tr("NAME"), QStringLiteral("all")},
        {QStringLiteral("seed"), tr("Seed of the sampled orders (default 42)."), tr("S")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("route simulate"),
                        tr("Samples forecast orders by region and customer tier and replays them "
                           "through routing policies: promise attainment, cost per order, split "
                           "shipments and capacity use per tier. Uses the newest stored tier "
                           "configuration, or the built-in tiers built on the spot."),
                        arguments.mid(1), &helpShown))
        return helpShown ? ExitOk : ExitError;
    Routing::SimulationSettings settings;
    qint64 orders = settings.orders, seed = qint64(settings.seed);
    if (!intOption(parser, QStringLiteral("orders"), 1, 10000000, &orders)
        || !intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        return ExitError;
    settings.orders = int(orders);
    settings.seed = quint64(seed);
    const QString policy = parser.value(QStringLiteral("policy"));
    if (policy != QLatin1String("all")) {
        Routing::Policy p;
        if (!Routing::policyFromName(policy, &p)) {
            printError(tr("Unknown policy \"%1\": use %2 or all.")
                           .arg(policy, names.join(QStringLiteral(", "))));
            return ExitError;
        }
        settings.policies = {p};
    }
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto stored = Tiers::load(*c, parser.value(QStringLiteral("name")));
    const bool built = !stored;
    if (!stored && stored.error().code != QLatin1String("no-config")) {
        printError(tr("Error: %1").arg(stored.errorMessage()));
        return ExitError;
    }
    Tiers::TierConfig config = stored ? *stored : Tiers::TierConfig::defaults();
    auto net = Routing::loadNetwork(*c, config.network);
    if (!net) {
        printError(tr("Error: %1").arg(net.errorMessage()));
        return ExitError;
    }
    if (built)
        config = Tiers::build(*net, config);
    auto report = Routing::simulate(*net, config, settings);
    if (!report) {
        printError(tr("Error: %1").arg(report.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray policies;
        for (const Routing::PolicyReport &p : report->policies) {
            QJsonArray tiers, sites;
            for (const Routing::TierOutcome &t : p.tiers)
                tiers.append(outcomeJson(t));
            for (const Routing::SiteUse &s : p.sites)
                sites.append(QJsonObject{{QStringLiteral("location"), s.location},
                                         {QStringLiteral("orders"), s.orders},
                                         {QStringLiteral("units"), s.units},
                                         {QStringLiteral("utilisation"), s.utilisation}});
            policies.append(QJsonObject{{QStringLiteral("policy"), Routing::policyName(p.policy)},
                                        {QStringLiteral("total"), outcomeJson(p.total)},
                                        {QStringLiteral("tiers"), tiers},
                                        {QStringLiteral("maxUtilisation"), p.maxUtilisation},
                                        {QStringLiteral("sites"), sites}});
        }
        printJson({{QStringLiteral("orders"), report->orders},
                   {QStringLiteral("seed"), QString::number(report->seed)},
                   {QStringLiteral("scale"), report->scale},
                   {QStringLiteral("tierConfig"), config.name},
                   {QStringLiteral("tierVersion"), config.version},
                   {QStringLiteral("policies"), policies}});
        return ExitOk;
    }
    printOut(tr("%1 orders (seed %2) against tier configuration %3 %4; each sampled unit stands "
                "for %5 forecast units.")
                 .arg(report->orders)
                 .arg(report->seed)
                 .arg(config.name, built ? tr("(built-in tiers, not stored)")
                                         : tr("version %1").arg(config.version))
                 .arg(report->scale, 0, 'f', 1));
    printOut(tr("%1 %2 %3 %4 %5 %6 %7")
                 .arg(tr("policy"), -22)
                 .arg(tr("tier"), -18)
                 .arg(tr("orders"), 7)
                 .arg(tr("on time"), 8)
                 .arg(tr("cost/order"), 11)
                 .arg(tr("split"), 7)
                 .arg(tr("max load"), 9));
    for (const Routing::PolicyReport &p : report->policies) {
        std::vector<Routing::TierOutcome> rows = p.tiers;
        rows.push_back(p.total);
        for (const Routing::TierOutcome &t : rows) {
            if (t.orders == 0)
                continue;
            printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(Routing::policyLabel(p.policy), -22)
                         .arg(t.tierName, -18)
                         .arg(t.orders, 7)
                         .arg(QStringLiteral("%1%").arg(100 * t.attainment(), 0, 'f', 1), 8)
                         .arg(t.costPerOrder(), 11, 'f', 2)
                         .arg(QStringLiteral("%1%").arg(100 * t.splitRate(), 0, 'f', 1), 7)
                         .arg(&t == &rows.back()
                                  ? QStringLiteral("%1%").arg(100 * p.maxUtilisation, 0, 'f', 0)
                                  : QString(),
                              9));
        }
    }
    return ExitOk;
}

} // namespace Stockshift::Cli
