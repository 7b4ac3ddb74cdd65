// stockshift-cli scenario save | load | list | run | compare | delete: named what-if scenarios —
// snapshots of the planning settings with edits, stored in the database and in files
// (Boost.Serialization, binary .ssc or XML), run on a frozen copy of the database and compared.
#include "CliApp.h"
#include "Commands.h"

#include "scenario/ScenarioCompare.h"
#include "scenario/ScenarioFile.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/ScenarioStore.h"
#include "scenario/WhatIf.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace Stockshift::Cli {

namespace {

using namespace Scenarios;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

int fail(const QString &message)
{
    printError(tr("Error: %1").arg(message));
    return ExitError;
}

QJsonObject kpisJson(const Kpis &k)
{
    QJsonObject o;
    for (int m = 0; m < kMetricCount; ++m)
        o.insert(metricName(Metric(m)), metricValue(k, Metric(m)));
    o.insert(QStringLiteral("demandUnits"), k.demandUnits);
    o.insert(QStringLiteral("transferUnits"), k.transferUnits);
    o.insert(QStringLiteral("purchaseUnits"), k.purchaseUnits);
    return o;
}

QJsonObject summaryJson(const Scenario &s)
{
    QJsonArray edits;
    for (const WhatIfEdit &e : s.edits)
        edits.append(describeEdit(e));
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("description"), s.description},
                  {QStringLiteral("parent"), s.parentName},
                  {QStringLiteral("createdAt"), s.createdAt},
                  {QStringLiteral("edits"), edits},
                  {QStringLiteral("budgetPerBucket"), s.budgetPerBucket},
                  {QStringLiteral("method"), s.solver.method},
                  {QStringLiteral("timeLimit"), s.solver.timeLimitSeconds},
                  {QStringLiteral("ran"), s.results.present}};
    if (s.results.present) {
        o.insert(QStringLiteral("ranAt"), s.results.ranAt);
        o.insert(QStringLiteral("seconds"), s.results.seconds);
        o.insert(QStringLiteral("kpis"), kpisJson(s.results.kpis));
        o.insert(QStringLiteral("planStatus"), s.results.plan.status);
        o.insert(QStringLiteral("warnings"), s.results.warnings);
    }
    return o;
}

void printSummary(const Scenario &s)
{
    printOut(tr("Scenario \"%1\"%2: %3 edits, %4 sites, %5 lanes, %6 suppliers, %7 policy rules, "
                "%8 forecast overrides.")
                 .arg(s.name,
                      s.parentName.isEmpty() ? QString() : tr(" (from \"%1\")").arg(s.parentName))
                 .arg(s.edits.size())
                 .arg(s.sites.size())
                 .arg(s.lanes.size())
                 .arg(s.suppliers.size())
                 .arg(s.policyRules.size())
                 .arg(s.forecastOverrides.size()));
    for (const WhatIfEdit &e : s.edits)
        printOut(QStringLiteral("  - ") + describeEdit(e));
    if (s.results.present) {
        const Kpis &k = s.results.kpis;
        printOut(tr("  Run %1: total cost %2, fill rate %3%, inventory value %4, days of inventory "
                    "%5, expiring units %6, %7 transfers, %8 purchase orders.")
                     .arg(s.results.ranAt)
                     .arg(k.totalCost, 0, 'f', 0)
                     .arg(100.0 * k.fillRate, 0, 'f', 1)
                     .arg(k.inventoryValue, 0, 'f', 0)
                     .arg(k.daysOfInventory, 0, 'f', 1)
                     .arg(k.expiringUnits, 0, 'f', 0)
                     .arg(k.transfers)
                     .arg(k.purchaseOrders));
    }
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print a machine-readable summary.")});
}

void addEditOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("demand-factor"),
         tr("Demand × F in a region (or category:/sku:/location: TARGET); repeatable."),
         tr("[SCOPE:]TARGET=F")},
        {QStringLiteral("close-lane"), tr("Close the lanes FROM → TO; repeatable."), tr("FROM:TO")},
        {QStringLiteral("lead-time-plus"), tr("A supplier's lead time + DAYS; repeatable."),
         tr("SUPPLIER=DAYS")},
        {QStringLiteral("budget-factor"),
         tr("Purchasing budget × F (e.g. 0.85 for −15%; without a budget: of what the plan "
            "would spend)."),
         tr("F")},
        {QStringLiteral("new-site"),
         tr("A new micro-fulfilment site copied from TEMPLATE, with a capacity (−1 unlimited) and "
            "a share of the template's demand (default 0.3); repeatable."),
         tr("CODE:TEMPLATE[:CAPACITY[:SHARE]]")},
    });
}

// The what-if options, appended to the scenario's edits; false after printing the error.
bool collectEdits(const QCommandLineParser &parser, Scenario &s)
{
    const auto add = [&](const QString &option, Result<WhatIfEdit> (*parse)(const QString &)) {
        for (const QString &text : parser.values(option)) {
            auto e = parse(text);
            if (!e) {
                printError(tr("Error: %1").arg(e.errorMessage()));
                return false;
            }
            s.edits.push_back(*e);
        }
        return true;
    };
    return add(QStringLiteral("demand-factor"), parseDemandFactor)
           && add(QStringLiteral("close-lane"), parseCloseLane)
           && add(QStringLiteral("lead-time-plus"), parseLeadTimePlus)
           && add(QStringLiteral("budget-factor"), parseBudgetFactor)
           && add(QStringLiteral("new-site"), parseNewSite);
}

void addSolverOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("method"), tr("milp (CBC), greedy, rop or none (default milp)."), tr("M")},
        {QStringLiteral("time-limit"), tr("Solver time limit in seconds (default 20)."), tr("S")},
        {QStringLiteral("horizon"), tr("Weeks to plan (default 4)."), tr("N")},
        {QStringLiteral("budget"), tr("Purchasing budget per week (0 = none)."), tr("B")},
        {QStringLiteral("runs"), tr("Simulation runs (default 10)."), tr("N")},
    });
}

bool collectSolver(const QCommandLineParser &parser, Scenario &s)
{
    if (parser.isSet(QStringLiteral("method"))) {
        const QString m = parser.value(QStringLiteral("method"));
        if (m != QLatin1String("milp") && m != QLatin1String("greedy") && m != QLatin1String("rop")
            && m != QLatin1String("none")) {
            printError(tr("--method must be milp, greedy, rop or none, not \"%1\".").arg(m));
            return false;
        }
        s.solver.method = m;
    }
    const auto real = [&](const QString &name, double minimum, double *out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double v = parser.value(name).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < minimum) {
            printError(tr("--%1 must be a number of at least %2.").arg(name).arg(minimum));
            return false;
        }
        *out = v;
        return true;
    };
    qint64 horizon = s.solver.horizon, runs = s.solver.evaluationRuns;
    if (!real(QStringLiteral("time-limit"), 0.1, &s.solver.timeLimitSeconds)
        || !real(QStringLiteral("budget"), 0, &s.budgetPerBucket)
        || !intOption(parser, QStringLiteral("horizon"), 1, 52, &horizon)
        || !intOption(parser, QStringLiteral("runs"), 1, 1000, &runs))
        return false;
    s.solver.horizon = std::int32_t(horizon);
    s.solver.evaluationRuns = std::int32_t(runs);
    return true;
}

int save(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOptions({
        {QStringLiteral("name"), tr("The scenario's name (required)."), tr("NAME")},
        {QStringLiteral("description"), tr("What it is about."), tr("TEXT")},
        {QStringLiteral("from"),
         tr("Clone this stored scenario (its settings and edits) instead of the database's "
            "current settings."),
         tr("NAME")},
        {QStringLiteral("out"), tr("Also write it to a file: .ssc (binary) or .xml."), tr("FILE")},
        {QStringLiteral("no-store"), tr("Only write the file, do not store it in the database.")},
    });
    addEditOptions(parser);
    addSolverOptions(parser);
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("scenario save"),
                        tr("Snapshots the planning settings (policies, costs, capacities, lanes, "
                           "lead times, overrides, solver settings) with what-if edits as a named "
                           "scenario."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return fail(tr("scenario save needs --name."));
    if (parser.isSet(QStringLiteral("no-store")) && !parser.isSet(QStringLiteral("out")))
        return fail(tr("--no-store needs --out."));
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    Scenario s;
    if (parser.isSet(QStringLiteral("from"))) {
        auto parent = loadScenario(*c, parser.value(QStringLiteral("from")));
        if (!parent)
            return fail(parent.errorMessage());
        s = *parent;
        s.parentName = parent->name;
        s.results = {};
        s.createdAt.clear();
        s.id = -1;
    } else {
        auto captured = captureScenario(*c, name);
        if (!captured)
            return fail(captured.errorMessage());
        s = *captured;
    }
    s.name = name;
    if (parser.isSet(QStringLiteral("description")))
        s.description = parser.value(QStringLiteral("description"));
    if (!collectEdits(parser, s) || !collectSolver(parser, s))
        return ExitError;
    if (!parser.isSet(QStringLiteral("no-store"))) {
        auto id = saveScenario(*c, s);
        if (!id)
            return fail(id.errorMessage());
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (Status w = writeFile(s, out); !w)
            return fail(w.errorMessage());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = summaryJson(s);
        o.insert(QStringLiteral("file"), out);
        printJson(o);
    } else {
        printSummary(s);
        if (!out.isEmpty())
            printOut(tr("Written to %1.").arg(out));
    }
    return ExitOk;
}

int load(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOptions({
        {QStringLiteral("file"), tr("The scenario file (.ssc or .xml)."), tr("FILE")},
        {QStringLiteral("name"), tr("Store it under this name instead of its own."), tr("NAME")},
        {QStringLiteral("check"), tr("Only check and describe the file; store nothing.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("scenario load"),
                        tr("Reads a scenario file and stores it in the database. A damaged file, "
                           "or one from a newer Stockshift, is refused (exit code 2)."),
                        arguments, &helpShown, 1))
        return helpShown ? ExitOk : ExitError;
    QString file = parser.value(QStringLiteral("file"));
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    if (file.isEmpty())
        return fail(tr("scenario load needs --file."));
    auto s = readFile(file);
    if (!s) {
        if (parser.isSet(QStringLiteral("json")))
            printJson({{QStringLiteral("ok"), false},
                       {QStringLiteral("file"), file},
                       {QStringLiteral("code"), s.error().code},
                       {QStringLiteral("error"), s.errorMessage()}});
        return fail(tr("%1: %2").arg(file, s.errorMessage()));
    }
    if (parser.isSet(QStringLiteral("name")))
        s->name = parser.value(QStringLiteral("name")).trimmed();
    if (!parser.isSet(QStringLiteral("check"))) {
        auto c = openExistingDatabase(databasePath(parser));
        if (!c)
            return ExitError;
        auto id = saveScenario(*c, *s);
        if (!id)
            return fail(id.errorMessage());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = summaryJson(*s);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("file"), file);
        printJson(o);
    } else {
        printSummary(*s);
        printOut(parser.isSet(QStringLiteral("check")) ? tr("The file is intact.")
                                                       : tr("Stored in the database."));
    }
    return ExitOk;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDbOption(parser);
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("scenario list"),
                        tr("Lists the scenarios stored in the database."), arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto scenarios = listScenarios(*c);
    if (!scenarios)
        return fail(scenarios.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ScenarioInfo &i : *scenarios) {
            QJsonObject o{{QStringLiteral("id"), i.id},
                          {QStringLiteral("name"), i.name},
                          {QStringLiteral("description"), i.description},
                          {QStringLiteral("parent"), i.parentName},
                          {QStringLiteral("status"), i.status},
                          {QStringLiteral("edits"), i.edits},
                          {QStringLiteral("updatedAt"), i.updatedAt},
                          {QStringLiteral("ranAt"), i.ranAt}};
            if (i.status == QLatin1String("run"))
                o.insert(QStringLiteral("kpis"), kpisJson(i.kpis));
            rows.append(o);
        }
        printJson({{QStringLiteral("scenarios"), rows}});
        return ExitOk;
    }
    if (scenarios->isEmpty()) {
        printOut(tr("No scenarios yet: stockshift-cli scenario save --name NAME creates one."));
        return ExitOk;
    }
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(tr("ID"), -4)
                 .arg(tr("Name"), -28)
                 .arg(tr("Status"), -7)
                 .arg(tr("Edits"), 5)
                 .arg(tr("Total cost"), 12)
                 .arg(tr("Fill rate"), 9));
    for (const ScenarioInfo &i : *scenarios) {
        const bool ran = i.status == QLatin1String("run");
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(i.id, -4)
                     .arg(i.name.left(28), -28)
                     .arg(ran ? tr("run") : tr("draft"), -7)
                     .arg(i.edits, 5)
                     .arg(ran ? QString::number(i.kpis.totalCost, 'f', 0) : QStringLiteral("-"), 12)
                     .arg(ran ? QString::number(100.0 * i.kpis.fillRate, 'f', 1) + QLatin1Char('%')
                              : QStringLiteral("-"),
                          9));
    }
    return ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOptions({
        {QStringLiteral("name"), tr("The stored scenario to run."), tr("NAME")},
        {QStringLiteral("file"),
         tr("Run the scenario of this file instead (stored in the database with its results)."),
         tr("FILE")},
        {QStringLiteral("out"), tr("Also write the scenario with its results to a file."),
         tr("FILE")},
        {QStringLiteral("keep-copy"), tr("Keep the frozen copy of the database it ran on here."),
         tr("FILE")},
    });
    addSolverOptions(parser);
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("scenario run"),
                        tr("Runs a scenario on a frozen copy of the database (the live data is "
                           "never changed): health, a plan within the time limit, and its "
                           "simulation; stores the results."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    const QString dbPath = databasePath(parser);
    auto c = openExistingDatabase(dbPath);
    if (!c)
        return ExitError;
    Result<Scenario> s = Error(tr("scenario run needs --name or --file."));
    if (parser.isSet(QStringLiteral("file")))
        s = readFile(parser.value(QStringLiteral("file")));
    else if (parser.isSet(QStringLiteral("name")))
        s = loadScenario(*c, parser.value(QStringLiteral("name")));
    if (!s)
        return fail(s.errorMessage());
    if (!collectSolver(parser, *s))
        return ExitError;
    RunSettings settings;
    settings.keepCopyAt = parser.value(QStringLiteral("keep-copy"));
    const bool json = parser.isSet(QStringLiteral("json"));
    int shown = -10;
    settings.progress = [&](int percent, const QString &stage) {
        if (!json && percent / 10 != shown / 10) {
            shown = percent;
            printError(QStringLiteral("%1% %2").arg(percent, 3).arg(stage));
        }
    };
    auto results = Scenarios::runScenario(dbPath, *s, settings);
    if (!results)
        return fail(results.errorMessage());
    s->results = *results;
    auto id = saveScenario(*c, *s);
    if (!id)
        return fail(id.errorMessage());
    const QString out = parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (Status w = writeFile(*s, out); !w)
            return fail(w.errorMessage());
    }
    if (json) {
        printJson(summaryJson(*s));
    } else {
        printSummary(*s);
        if (!s->results.warnings.isEmpty())
            printError(tr("Warnings:\n%1").arg(s->results.warnings));
    }
    return ExitOk;
}

int compare(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOptions({
        {QStringLiteral("name"),
         tr("A stored scenario (repeat; the first is the reference). Names can also be given "
            "as arguments."),
         tr("NAME")},
        {QStringLiteral("top"), tr("SKU rows of the per-SKU diff (default 10; 0 = all)."), tr("N")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("scenario compare"),
                        tr("Compares run scenarios side by side: total cost, fill rate, inventory "
                           "value, days of inventory, expiring units, transfers, purchase orders, "
                           "and a per-SKU diff against the first."),
                        arguments, &helpShown, 64))
        return helpShown ? ExitOk : ExitError;
    const QStringList names = parser.values(QStringLiteral("name")) + parser.positionalArguments();
    if (names.size() < 2)
        return fail(tr("scenario compare needs at least two scenario names."));
    qint64 top = 10;
    if (!intOption(parser, QStringLiteral("top"), 0, 1000000, &top))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    std::vector<Scenario> scenarios;
    for (const QString &name : names) {
        auto s = loadScenario(*c, name);
        if (!s)
            return fail(s.errorMessage());
        scenarios.push_back(std::move(*s));
    }
    auto comparison = compareScenarios(scenarios);
    if (!comparison)
        return fail(comparison.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = comparison->toJson();
        if (top > 0) {
            QJsonArray skus = o.value(QStringLiteral("skus")).toArray();
            while (skus.size() > top)
                skus.removeLast();
            o.insert(QStringLiteral("skus"), skus);
        }
        printJson(o);
        return ExitOk;
    }
    QString header = QStringLiteral("%1").arg(tr("Metric"), -20);
    for (const QString &name : comparison->names)
        header += QStringLiteral(" %1").arg(name.left(20), 20);
    printOut(header);
    for (int m = 0; m < kMetricCount; ++m) {
        const Metric metric = Metric(m);
        QString line = QStringLiteral("%1").arg(metricLabel(metric), -20);
        for (int i = 0; i < comparison->names.size(); ++i) {
            const double v = comparison->value(i, metric);
            const bool percent = metric == Metric::FillRate;
            const int decimals
                = percent || metric == Metric::DaysOfInventory || metric == Metric::HealthScore ? 1
                                                                                                : 0;
            const double scale = percent ? 100.0 : 1.0;
            QString cell = QString::number(scale * v, 'f', decimals)
                           + (percent ? QStringLiteral("%") : QString());
            if (i > 0) {
                const double d = comparison->delta(i, metric);
                cell += QStringLiteral(" (%1%2)")
                            .arg(d >= 0 ? QStringLiteral("+") : QString())
                            .arg(QString::number(scale * d, 'f', decimals));
            }
            line += QStringLiteral(" %1").arg(cell, 20);
        }
        printOut(line);
    }
    printOut(QString());
    printOut(tr("Per SKU (planned transfer + purchase units; largest change first):"));
    QString skuHeader = QStringLiteral("%1").arg(tr("SKU"), -20);
    for (const QString &name : comparison->names)
        skuHeader += QStringLiteral(" %1").arg(name.left(20), 20);
    printOut(skuHeader);
    int shown = 0;
    for (const SkuDiff &d : comparison->skus) {
        if (top > 0 && shown++ >= top)
            break;
        QString line = QStringLiteral("%1").arg(d.code.left(20), -20);
        for (std::size_t i = 0; i < d.demand.size(); ++i)
            line += QStringLiteral(" %1").arg(
                QString::number(d.transferUnits[i] + d.purchaseUnits[i], 'f', 0), 20);
        printOut(line);
    }
    return ExitOk;
}

int remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({QStringLiteral("name"), tr("The scenario to delete."), tr("NAME")});
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("scenario delete"), tr("Deletes a stored scenario."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto s = loadScenario(*c, parser.value(QStringLiteral("name")));
    if (!s)
        return fail(s.errorMessage());
    if (Status d = deleteScenario(*c, s->id); !d)
        return fail(d.errorMessage());
    printOut(tr("Scenario \"%1\" deleted.").arg(s->name));
    return ExitOk;
}

} // namespace

int runScenario(const QStringList &arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("save"))
        return save(rest);
    if (action == QLatin1String("load"))
        return load(rest);
    if (action == QLatin1String("list"))
        return list(rest);
    if (action == QLatin1String("run"))
        return run(rest);
    if (action == QLatin1String("compare"))
        return compare(rest);
    if (action == QLatin1String("delete"))
        return remove(rest);
    printError(tr("Usage: stockshift-cli scenario save|load|list|run|compare|delete [options] "
                  "(each has --help)."));
    return ExitError;
}

} // namespace Stockshift::Cli
