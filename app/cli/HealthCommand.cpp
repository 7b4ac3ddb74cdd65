// stockshift-cli health | policy | alerts: stock health with its score, the inventory policies
// with every formula input, the alerts; `policy set|override|simulate` edit and check policies.
#include "CliApp.h"
#include "Commands.h"

#include "common/Days.h"
#include "health/HealthAnalysis.h"
#include "policy/PolicySimulator.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QList<QCommandLineOption> commonOptions()
{
    return {{QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
            {QStringLiteral("out"), tr("Also write the rows as CSV."), tr("FILE")},
            {QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("N")},
            {QStringLiteral("json"), tr("Print a machine-readable summary.")}};
}

std::optional<Health::HealthAnalysis> analyseOrReport(Storage::Connection &c,
                                                      const QCommandLineParser &parser)
{
    qint64 threads = 0;
    if (!intOption(parser, QStringLiteral("threads"), 1, 256, &threads))
        return std::nullopt;
    auto analysis = Health::analyse(c, {}, {}, int(threads));
    if (!analysis) {
        printError(tr("Error: %1").arg(analysis.errorMessage()));
        return std::nullopt;
    }
    return std::move(analysis.value());
}

QJsonObject groupJson(const Health::HealthGroup &g)
{
    QJsonObject statuses;
    for (int s = 0; s < Health::kStatusCount; ++s)
        statuses.insert(Health::statusName(Health::StockStatus(s)), g.statusCounts[std::size_t(s)]);
    QJsonArray parts;
    for (const auto &p : g.parts)
        parts.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("actual"), p.actual},
                                 {QStringLiteral("target"), p.target},
                                 {QStringLiteral("points"), p.points},
                                 {QStringLiteral("weight"), p.weight},
                                 {QStringLiteral("used"), p.used}});
    QJsonArray aging;
    for (double v : g.agingValue)
        aging.append(v);
    return {{QStringLiteral("key"), g.key},
            {QStringLiteral("rows"), g.rows},
            {QStringLiteral("statuses"), statuses},
            {QStringLiteral("onHand"), g.onHand},
            {QStringLiteral("reserved"), g.reserved},
            {QStringLiteral("available"), g.available},
            {QStringLiteral("onOrder"), g.onOrder},
            {QStringLiteral("inTransit"), g.inTransit},
            {QStringLiteral("inventoryPosition"), g.inventoryPosition},
            {QStringLiteral("dailyDemand"), g.dailyDemand},
            {QStringLiteral("daysOfCover"), g.daysOfCover},
            {QStringLiteral("expiringUnits"), g.expiringUnits},
            {QStringLiteral("expiringUnsold"), g.expiringUnsold},
            {QStringLiteral("agingValue"), aging},
            {QStringLiteral("stockValue"), g.stockValue},
            {QStringLiteral("turnover"), g.turnover},
            {QStringLiteral("daysOfInventory"), g.daysOfInventory},
            {QStringLiteral("inStockRate"), g.inStockRate},
            {QStringLiteral("stockoutRate"), g.stockoutRate},
            {QStringLiteral("overstockShare"), g.overstockShare},
            {QStringLiteral("expiringValue"), g.expiringValue},
            {QStringLiteral("score"), g.score},
            {QStringLiteral("parts"), parts}};
}

QString groupLine(const Health::HealthGroup &g)
{
    using S = Health::StockStatus;
    const auto count = [&](S s) {
        return g.statusCounts[std::size_t(s)];
    };
    return tr("%1: score %2 · %3 rows: %4 out, %5 critical, %6 below ROP, %7 expiring, "
              "%8 overstock, %9 healthy")
               .arg(g.label)
               .arg(g.score, 0, 'f', 1)
               .arg(g.rows)
               .arg(count(S::OutOfStock))
               .arg(count(S::Critical))
               .arg(count(S::BelowReorderPoint))
               .arg(count(S::Expiring))
               .arg(count(S::Overstock))
               .arg(count(S::Healthy))
           + tr(" · stock %1, turnover %2, %3 days of inventory, in stock %4%")
                 .arg(g.stockValue, 0, 'f', 0)
                 .arg(g.turnover, 0, 'f', 1)
                 .arg(g.daysOfInventory, 0, 'f', 0)
                 .arg(100.0 * g.inStockRate, 0, 'f', 1);
}

} // namespace

int runHealth(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("health"),
                        tr("Stock health per SKU × location (status, cover, value, expiry), "
                           "rolled up by location, with the health score and its parts; raises "
                           "and resolves the stock alerts."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto a = analyseOrReport(*c, parser);
    if (!a)
        return ExitError;
    auto sync = Health::syncAlerts(*c, a->snapshot, a->report, a->settings, a->alerts);
    if (!sync) {
        printError(tr("Error: %1").arg(sync.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("out"))) {
        if (Status s = Health::writeHealthCsv(*a, parser.value(QStringLiteral("out"))); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    const Health::HealthReport &r = a->report;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray locations;
        for (const auto &g : r.locations)
            locations.append(groupJson(g));
        QJsonArray matrix;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                matrix.append(QJsonObject{
                    {QStringLiteral("segment"),
                     QString(QLatin1Char("ABC"[i])) + QLatin1Char("XYZ"[j])},
                    {QStringLiteral("rows"), r.matrix.rows[std::size_t(i)][std::size_t(j)]},
                    {QStringLiteral("value"), r.matrix.value[std::size_t(i)][std::size_t(j)]}});
        printJson(
            {{QStringLiteral("asOf"), Days::toIso(a->snapshot.asOfDay)},
             {QStringLiteral("forecastRun"), a->snapshot.forecastRunId},
             {QStringLiteral("rows"), int(a->snapshot.rows.size())},
             {QStringLiteral("network"), groupJson(r.network)},
             {QStringLiteral("locations"), locations},
             {QStringLiteral("abcXyz"), matrix},
             {QStringLiteral("alerts"), QJsonObject{{QStringLiteral("raised"), sync->raised},
                                                    {QStringLiteral("kept"), sync->kept},
                                                    {QStringLiteral("resolved"), sync->resolved}}},
             {QStringLiteral("loadSeconds"), a->loadSeconds},
             {QStringLiteral("computeSeconds"), a->computeSeconds}});
        return ExitOk;
    }
    printOut(tr("Stock health as of %1 (%2 SKU × location rows, demand from %3):")
                 .arg(Days::toIso(a->snapshot.asOfDay))
                 .arg(a->snapshot.rows.size())
                 .arg(a->snapshot.forecastRunId > 0
                          ? tr("forecast run %1").arg(a->snapshot.forecastRunId)
                          : tr("sales history, no forecast run")));
    printOut(groupLine(r.network));
    QStringList parts;
    for (const auto &p : r.network.parts)
        parts.append(p.used ? tr("%1 %2 (target %3): %4 points")
                                  .arg(p.name)
                                  .arg(p.actual, 0, 'f', 3)
                                  .arg(p.target, 0, 'f', 2)
                                  .arg(p.points, 0, 'f', 0)
                            : tr("%1: not measured").arg(p.name));
    printOut(tr("Score parts: %1.").arg(parts.join(QStringLiteral("; "))));
    for (const auto &g : r.locations)
        printOut(QStringLiteral("  ") + groupLine(g));
    printOut(tr("Alerts: %1 raised, %2 still open, %3 resolved. Computed in %4 s (read %5 s).")
                 .arg(sync->raised)
                 .arg(sync->kept)
                 .arg(sync->resolved)
                 .arg(a->computeSeconds, 0, 'f', 2)
                 .arg(a->loadSeconds, 0, 'f', 2));
    return ExitOk;
}

namespace {

int policySet(const QStringList &arguments, bool perSeries)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("scope"), tr("default, A, B, C or AX … CZ."), tr("SCOPE")},
        {QStringLiteral("location"), tr("Location code (override)."), tr("CODE")},
        {QStringLiteral("sku"), tr("SKU code (override)."), tr("CODE")},
        {QStringLiteral("reason"), tr("Why (required for an override)."), tr("TEXT")},
        {QStringLiteral("json"),
         tr("The parameters as JSON, e.g. {\"serviceLevel\":0.97}; "
            "{} clears the rule or override."),
         tr("JSON")},
    });
    bool helpShown = false;
    if (!parseArguments(
            parser, perSeries ? QStringLiteral("policy override") : QStringLiteral("policy set"),
            perSeries ? tr("Sets the policy of one SKU × location (audited).")
                      : tr("Sets the policy rule of a segment (audited)."),
            arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(parser.value(QStringLiteral("json")).toUtf8(), &error);
    if (!doc.isObject()) {
        printError(tr("--json must be a JSON object: %1").arg(error.errorString()));
        return ExitError;
    }
    auto parameters = Policy::PolicyParameters::fromJson(doc.object());
    if (!parameters) {
        printError(tr("Error: %1").arg(parameters.errorMessage()));
        return ExitError;
    }
    Status saved;
    if (perSeries) {
        QSqlQuery q((*c).db());
        q.prepare(QStringLiteral("SELECT (SELECT id FROM locations WHERE code = ?), "
                                 "(SELECT id FROM skus WHERE code = ?)"));
        q.addBindValue(parser.value(QStringLiteral("location")));
        q.addBindValue(parser.value(QStringLiteral("sku")));
        if (!q.exec() || !q.next() || q.value(0).isNull() || q.value(1).isNull()) {
            printError(tr("Unknown location \"%1\" or SKU \"%2\".")
                           .arg(parser.value(QStringLiteral("location")),
                                parser.value(QStringLiteral("sku"))));
            return ExitError;
        }
        saved = Policy::saveOverride(*c, q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     *parameters, parser.value(QStringLiteral("reason")));
    } else {
        saved = Policy::saveSegmentRule(*c, parser.value(QStringLiteral("scope")), *parameters);
    }
    if (!saved) {
        printError(tr("Error: %1").arg(saved.errorMessage()));
        return ExitError;
    }
    printOut(tr("Policy saved."));
    return ExitOk;
}

int policySimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("location"), tr("Location code."), tr("CODE")},
        {QStringLiteral("sku"), tr("SKU code."), tr("CODE")},
        {QStringLiteral("days"), tr("Simulated days per run (default 730)."), tr("N"),
         QStringLiteral("730")},
        {QStringLiteral("runs"), tr("Runs (default 20)."), tr("N"), QStringLiteral("20")},
        {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("N"), QStringLiteral("1")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("policy simulate"),
                        tr("Simulates the recommended policy of one SKU × location day by day "
                           "with demand drawn from its forecast: achieved service, fill rate, "
                           "stock and cost."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 days = 730, runs = 20, seed = 1;
    if (!intOption(parser, QStringLiteral("days"), 30, 36500, &days)
        || !intOption(parser, QStringLiteral("runs"), 1, 1000, &runs)
        || !intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto a = Health::analyse(*c);
    if (!a) {
        printError(tr("Error: %1").arg(a.errorMessage()));
        return ExitError;
    }
    const QString location = parser.value(QStringLiteral("location"));
    const QString sku = parser.value(QStringLiteral("sku"));
    for (std::size_t i = 0; i < a->snapshot.rows.size(); ++i) {
        const auto &row = a->snapshot.rows[i];
        if (a->snapshot.location(row).code != location || a->snapshot.sku(row).code != sku)
            continue;
        const Policy::Recommendation &rec = a->report.recommendations[i];
        if (!rec.problem.isEmpty()) {
            printError(tr("Cannot simulate: %1.").arg(rec.problem));
            return ExitError;
        }
        const auto &skuInfo = a->snapshot.sku(row);
        const double margin = std::isfinite(skuInfo.unitPrice) && std::isfinite(rec.unitCost)
                                  ? std::max(0.0, skuInfo.unitPrice - rec.unitCost)
                                  : 0.0;
        Policy::SimulationSettings settings = Policy::simulationSettings(rec, margin);
        settings.days = int(days);
        settings.runs = int(runs);
        settings.seed = quint64(seed);
        const auto result = Policy::simulatePolicy(Policy::simulationPolicy(rec), settings);
        const double target = rec.policy.safetyStock == Policy::SafetyStockMethod::FillRate
                                  ? rec.policy.fillRate
                                  : rec.policy.serviceLevel;
        if (parser.isSet(QStringLiteral("json"))) {
            printJson({{QStringLiteral("location"), location},
                       {QStringLiteral("sku"), sku},
                       {QStringLiteral("policy"), Policy::policyKindName(rec.policy.kind)},
                       {QStringLiteral("reorderPoint"), rec.reorderPoint},
                       {QStringLiteral("orderUpTo"), rec.orderUpTo},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("cycleServiceLevel"), result.cycleServiceLevel},
                       {QStringLiteral("fillRate"), result.fillRate},
                       {QStringLiteral("averageInventory"), result.averageInventory},
                       {QStringLiteral("ordersPerYear"), result.ordersPerYear},
                       {QStringLiteral("holdingCost"), result.holdingCost},
                       {QStringLiteral("orderingCost"), result.orderingCost},
                       {QStringLiteral("shortageCost"), result.shortageCost},
                       {QStringLiteral("cycles"), result.cycles}});
        } else {
            printOut(tr("%1 at %2, %3 policy (s %4, S %5), target %6%:")
                         .arg(sku, location, Policy::policyKindName(rec.policy.kind))
                         .arg(rec.reorderPoint, 0, 'f', 0)
                         .arg(rec.orderUpTo, 0, 'f', 0)
                         .arg(100.0 * target, 0, 'f', 1));
            printOut(tr("  cycle service %1% over %2 cycles, fill rate %3%, average stock %4 "
                        "units, %5 orders a year; cost a year: holding %6, ordering %7, lost "
                        "margin %8.")
                         .arg(100.0 * result.cycleServiceLevel, 0, 'f', 1)
                         .arg(result.cycles)
                         .arg(100.0 * result.fillRate, 0, 'f', 1)
                         .arg(result.averageInventory, 0, 'f', 0)
                         .arg(result.ordersPerYear, 0, 'f', 1)
                         .arg(result.holdingCost, 0, 'f', 0)
                         .arg(result.orderingCost, 0, 'f', 0)
                         .arg(result.shortageCost, 0, 'f', 0));
        }
        return ExitOk;
    }
    printError(tr("No SKU × location %1 at %2 in the inventory.").arg(sku, location));
    return ExitError;
}

} // namespace

int runPolicy(const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        if (arguments.first() == QLatin1String("set"))
            return policySet(arguments.mid(1), false);
        if (arguments.first() == QLatin1String("override"))
            return policySet(arguments.mid(1), true);
        if (arguments.first() == QLatin1String("simulate"))
            return policySimulate(arguments.mid(1));
    }
    QCommandLineParser parser;
    parser.addOptions(commonOptions());
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("policy"),
                        tr("Safety stock, reorder point, order-up-to level, EOQ and the suggested "
                           "order per SKU × location, with every formula input (CSV). "
                           "Also: policy set --scope S --json J | policy override --location L "
                           "--sku K --reason R --json J | policy simulate --location L --sku K."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto a = analyseOrReport(*c, parser);
    if (!a)
        return ExitError;
    if (parser.isSet(QStringLiteral("out"))) {
        if (Status s = Health::writePolicyCsv(*a, parser.value(QStringLiteral("out"))); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    int toOrder = 0, problems = 0;
    double units = 0, value = 0, safetyValue = 0;
    for (const auto &rec : a->report.recommendations) {
        if (!rec.problem.isEmpty()) {
            ++problems;
            continue;
        }
        if (std::isfinite(rec.unitCost))
            safetyValue += rec.safetyStock * rec.unitCost;
        if (rec.suggestedOrder > 0) {
            ++toOrder;
            units += rec.suggestedOrder;
            if (std::isfinite(rec.unitCost))
                value += rec.suggestedOrder * rec.unitCost;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("rows"), int(a->report.recommendations.size())},
                   {QStringLiteral("toOrder"), toOrder},
                   {QStringLiteral("orderUnits"), units},
                   {QStringLiteral("orderValue"), value},
                   {QStringLiteral("safetyStockValue"), safetyValue},
                   {QStringLiteral("cannotCompute"), problems},
                   {QStringLiteral("computeSeconds"), a->computeSeconds}});
    } else {
        printOut(tr("Policies for %1 SKU × location rows: %2 to order now (%3 units, %4 at "
                    "cost); safety stock worth %5; %6 rows cannot be computed (see the note "
                    "column).")
                     .arg(a->report.recommendations.size())
                     .arg(toOrder)
                     .arg(units, 0, 'f', 0)
                     .arg(value, 0, 'f', 0)
                     .arg(safetyValue, 0, 'f', 0)
                     .arg(problems));
    }
    return ExitOk;
}

int runAlerts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("all"), tr("Also list resolved alerts.")},
        {QStringLiteral("refresh"), tr("Recompute the stock health first (raises and resolves).")},
        {QStringLiteral("top"), tr("List at most N alerts (default 50; 0 = all)."), tr("N"),
         QStringLiteral("50")},
        {QStringLiteral("json"), tr("Print the alerts as JSON.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("alerts"),
                        tr("Lists the open alerts (stock, expiry, overstock, stale data, forecast "
                           "accuracy), critical first."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 top = 50;
    if (!intOption(parser, QStringLiteral("top"), 0, std::numeric_limits<int>::max(), &top))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    if (parser.isSet(QStringLiteral("refresh"))) {
        auto a = Health::analyse(*c);
        if (!a) {
            printError(tr("Error: %1").arg(a.errorMessage()));
            return ExitError;
        }
        auto sync = Health::syncAlerts(*c, a->snapshot, a->report, a->settings, a->alerts);
        if (!sync) {
            printError(tr("Error: %1").arg(sync.errorMessage()));
            return ExitError;
        }
    }
    auto alerts = Health::listAlerts(*c, parser.isSet(QStringLiteral("all")));
    if (!alerts) {
        printError(tr("Error: %1").arg(alerts.errorMessage()));
        return ExitError;
    }
    QMap<QString, int> bySeverity;
    for (const auto &a : *alerts)
        ++bySeverity[a.severity];
    const std::size_t shown
        = top > 0 ? std::min<std::size_t>(std::size_t(top), alerts->size()) : alerts->size();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (std::size_t i = 0; i < shown; ++i) {
            const auto &a = (*alerts)[i];
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("kind"), a.kind},
                                    {QStringLiteral("severity"), a.severity},
                                    {QStringLiteral("scope"), a.scope},
                                    {QStringLiteral("message"), a.message},
                                    {QStringLiteral("action"), a.action},
                                    {QStringLiteral("createdAt"), a.createdAt},
                                    {QStringLiteral("resolvedAt"), a.resolvedAt}});
        }
        printJson({{QStringLiteral("total"), int(alerts->size())},
                   {QStringLiteral("critical"), bySeverity.value(QStringLiteral("critical"))},
                   {QStringLiteral("warning"), bySeverity.value(QStringLiteral("warning"))},
                   {QStringLiteral("info"), bySeverity.value(QStringLiteral("info"))},
                   {QStringLiteral("alerts"), list}});
        return ExitOk;
    }
    printOut(tr("%1 alerts: %2 critical, %3 warnings, %4 info.")
                 .arg(alerts->size())
                 .arg(bySeverity.value(QStringLiteral("critical")))
                 .arg(bySeverity.value(QStringLiteral("warning")))
                 .arg(bySeverity.value(QStringLiteral("info"))));
    for (std::size_t i = 0; i < shown; ++i) {
        const auto &a = (*alerts)[i];
        printOut(QStringLiteral("[%1] %2 %3 — %4").arg(a.severity, a.kind, a.message, a.action));
    }
    if (shown < alerts->size())
        printOut(tr("… and %1 more (--top 0 lists all).").arg(alerts->size() - shown));
    return ExitOk;
}

} // namespace Stockshift::Cli
