// stockshift-cli plan transfers|replenishment|joint | evaluate | list | show | approve | reject:
// making plans (CBC or the rules), evaluating them by simulation, reviewing their lines.
#include "CliApp.h"
#include "Commands.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "plan/PlanEvaluator.h"
#include "plan/PlanStore.h"
#include "plan/Planner.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Stockshift::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Cli", text);
}

QJsonObject headerJson(const Plan::PlanHeader &h)
{
    const auto finite = [](double v) {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
    };
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("kind"), Plan::planKindName(h.kind)},
            {QStringLiteral("method"), h.method},
            {QStringLiteral("status"), h.status},
            {QStringLiteral("start"), Days::toIso(h.startDay)},
            {QStringLiteral("bucketDays"), h.bucketDays},
            {QStringLiteral("horizon"), h.horizon},
            {QStringLiteral("objective"), finite(h.objective)},
            {QStringLiteral("bound"), finite(h.bound)},
            {QStringLiteral("gap"), finite(h.gap)},
            {QStringLiteral("seconds"), h.seconds},
            {QStringLiteral("rows"), h.rows},
            {QStringLiteral("columns"), h.columns},
            {QStringLiteral("nonZeros"), h.nonZeros},
            {QStringLiteral("totals"), h.totals.toJson()},
            {QStringLiteral("evaluation"), h.evaluation},
            {QStringLiteral("note"), h.note}};
}

Status writeLinesCsv(const Plan::PlanData &plan, const QString &path)
{
    CsvWriter w;
    if (Status s = w.open(path); !s)
        return s;
    w.row({QStringLiteral("line"), QStringLiteral("type"), QStringLiteral("sku"),
           QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("quantity"),
           QStringLiteral("ship_date"), QStringLiteral("arrival_date"), QStringLiteral("unit_cost"),
           QStringLiteral("cost"), QStringLiteral("po_group"), QStringLiteral("status"),
           QStringLiteral("why")});
    for (const Plan::PlanLine &l : plan.lines)
        w.integer(l.line)
            .text(l.type == Plan::LineType::Transfer ? QStringLiteral("transfer")
                                                     : QStringLiteral("purchase"))
            .text(l.skuCode)
            .text(l.fromCode)
            .text(l.toCode)
            .number(l.quantity)
            .text(Days::toIso(l.shipDay))
            .text(Days::toIso(l.arrivalDay))
            .number(l.unitCost)
            .number(l.cost)
            .text(l.group)
            .text(Plan::lineStatusName(l.status))
            .text(QString::fromUtf8(QJsonDocument(l.why).toJson(QJsonDocument::Compact)))
            .endRow();
    return w.close();
}

void printTotals(const Plan::PlanHeader &h)
{
    const Plan::PlanTotals &t = h.totals;
    printOut(tr("Plan %1 (%2, %3): %4 — %5 transfer lines (%6 units, %7 shipments), %8 purchase "
                "lines (%9 units, %10 orders).")
                 .arg(h.id)
                 .arg(Plan::planKindName(h.kind), h.method, h.status)
                 .arg(t.transferLines)
                 .arg(t.transferUnits, 0, 'f', 0)
                 .arg(t.shipments)
                 .arg(t.purchaseLines)
                 .arg(t.purchaseUnits, 0, 'f', 0)
                 .arg(t.purchaseOrders));
    printOut(tr("  Cost over the horizon: %1 = transport %2 + fixed %3 + holding %4 + lost margin "
                "%5 + safety-stock shortfall %6; purchases worth %7; unmet demand %8 units.")
                 .arg(t.total(), 0, 'f', 0)
                 .arg(t.transport, 0, 'f', 0)
                 .arg(t.fixed, 0, 'f', 0)
                 .arg(t.holding, 0, 'f', 0)
                 .arg(t.lostMargin, 0, 'f', 0)
                 .arg(t.safetyShortfall, 0, 'f', 0)
                 .arg(t.purchase, 0, 'f', 0)
                 .arg(t.unmetUnits, 0, 'f', 0));
    if (h.method == QLatin1String("milp"))
        printOut(tr("  Solver: objective %1, best bound %2, gap %3%, %4 s; model %5 rows × %6 "
                    "columns, %7 non-zeros.")
                     .arg(h.objective, 0, 'f', 1)
                     .arg(h.bound, 0, 'f', 1)
                     .arg(std::isfinite(h.gap) ? 100.0 * h.gap : 0.0, 0, 'f', 2)
                     .arg(h.seconds, 0, 'f', 1)
                     .arg(h.rows)
                     .arg(h.columns)
                     .arg(h.nonZeros));
}

int makeNewPlan(Plan::PlanKind kind, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("horizon"), tr("Buckets to plan (default 4)."), tr("N"),
         QStringLiteral("4")},
        {QStringLiteral("bucket"), tr("week or day (default week)."), tr("B"),
         QStringLiteral("week")},
        {QStringLiteral("method"), tr("milp (CBC), greedy (transfers), rop (purchases) or none."),
         tr("M"), QStringLiteral("milp")},
        {QStringLiteral("time-limit"), tr("Solver time limit in seconds (default 60)."), tr("S"),
         QStringLiteral("60")},
        {QStringLiteral("gap"), tr("Relative gap to stop at (default 0.01)."), tr("G"),
         QStringLiteral("0.01")},
        {QStringLiteral("threads"), tr("Solver threads (default 1)."), tr("N"),
         QStringLiteral("1")},
        {QStringLiteral("truck"), tr("Units per truck (0 = one shipment carries any amount)."),
         tr("U"), QStringLiteral("0")},
        {QStringLiteral("budget"), tr("Purchasing budget per bucket (0 = none)."), tr("B"),
         QStringLiteral("0")},
        {QStringLiteral("safety-penalty"),
         tr("Penalty per unit and bucket below safety stock, as a share of the unit margin "
            "(default 0.1)."),
         tr("P"), QStringLiteral("0.1")},
        {QStringLiteral("skus"), tr("Plan only the N most valuable SKUs (0 = all)."), tr("N"),
         QStringLiteral("0")},
        {QStringLiteral("integer-units"),
         tr("Whole units as integer variables (slower; by default quantities are continuous in "
            "the model and rounded after).")},
        {QStringLiteral("write-mps"),
         tr("Write the model for other solvers: free MPS, or CPLEX LP when FILE ends in .lp."),
         tr("FILE")},
        {QStringLiteral("solver-log"), tr("Print CBC's log.")},
        {QStringLiteral("out"), tr("Write the plan's lines as CSV."), tr("FILE")},
        {QStringLiteral("evaluate"), tr("Also simulate it (N runs)."), tr("N")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("plan ") + Plan::planKindName(kind),
                        tr("Makes and stores a plan over the next buckets."), arguments,
                        &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 horizon = 4, threads = 1, skus = 0, runs = 0;
    if (!intOption(parser, QStringLiteral("horizon"), 1, 104, &horizon)
        || !intOption(parser, QStringLiteral("threads"), 1, 64, &threads)
        || !intOption(parser, QStringLiteral("skus"), 0, 10000000, &skus)
        || !intOption(parser, QStringLiteral("evaluate"), 0, 10000, &runs))
        return ExitError;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const double timeLimit = parser.value(QStringLiteral("time-limit")).toDouble(&ok1);
    const double gap = parser.value(QStringLiteral("gap")).toDouble(&ok2);
    const double truck = parser.value(QStringLiteral("truck")).toDouble(&ok3);
    const double budget = parser.value(QStringLiteral("budget")).toDouble(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || timeLimit <= 0 || gap < 0 || truck < 0 || budget < 0) {
        printError(tr("--time-limit, --gap, --truck and --budget must be non-negative numbers."));
        return ExitError;
    }
    const QString bucket = parser.value(QStringLiteral("bucket"));
    if (bucket != QLatin1String("week") && bucket != QLatin1String("day")) {
        printError(tr("--bucket must be week or day, not \"%1\".").arg(bucket));
        return ExitError;
    }
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    Planning::InputSettings inputSettings;
    inputSettings.horizon = int(horizon);
    inputSettings.bucketDays = bucket == QLatin1String("day") ? 1 : 7;
    inputSettings.budgetPerBucket = budget;
    inputSettings.maxSkus = int(skus);
    auto input = Planning::buildPlanInput(*c, inputSettings);
    if (!input) {
        printError(tr("Error: %1").arg(input.errorMessage()));
        return ExitError;
    }
    Planning::PlannerSettings settings;
    settings.kind = kind;
    settings.method = parser.value(QStringLiteral("method"));
    settings.timeLimitSeconds = timeLimit;
    settings.relativeGap = gap;
    settings.threads = int(threads);
    settings.truckUnits = truck;
    settings.writeMps = parser.value(QStringLiteral("write-mps"));
    settings.integerUnits = parser.isSet(QStringLiteral("integer-units"));
    settings.logLevel = parser.isSet(QStringLiteral("solver-log")) ? 1 : 0;
    settings.safetyPenaltyShare = parser.value(QStringLiteral("safety-penalty")).toDouble();
    Planning::ModelStats stats;
    auto plan = Planning::makePlan(*input, settings, &stats);
    if (!plan) {
        printError(tr("Error: %1").arg(plan.errorMessage()));
        return ExitError;
    }
    if (runs > 0) {
        Planning::EvaluationSettings es;
        es.runs = int(runs);
        es.truckUnits = truck;
        es.kind = kind;
        plan->header.evaluation = Planning::evaluatePlan(*input, plan->lines, es).toJson();
    }
    auto id = Plan::savePlan(*c, *plan);
    if (!id) {
        printError(tr("Error: %1").arg(id.errorMessage()));
        return ExitError;
    }
    plan->header.id = *id;
    if (parser.isSet(QStringLiteral("out"))) {
        auto stored = Plan::loadPlan(*c, *id);
        if (!stored) {
            printError(tr("Error: %1").arg(stored.errorMessage()));
            return ExitError;
        }
        if (Status s = writeLinesCsv(*stored, parser.value(QStringLiteral("out"))); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = headerJson(plan->header);
        o.insert(QStringLiteral("lines"), int(plan->lines.size()));
        o.insert(QStringLiteral("arcs"), stats.arcs);
        o.insert(QStringLiteral("options"), stats.options);
        o.insert(QStringLiteral("blocks"), stats.blocks);
        o.insert(QStringLiteral("buildSeconds"), stats.buildSeconds);
        printJson(o);
    } else {
        printTotals(plan->header);
        if (!plan->header.evaluation.isEmpty())
            printOut(
                tr("  Simulated over %1 runs: fill rate %2%, total cost %3 (± %4).")
                    .arg(plan->header.evaluation.value(QStringLiteral("runs")).toInt())
                    .arg(100.0
                             * plan->header.evaluation.value(QStringLiteral("fillRate")).toDouble(),
                         0, 'f', 2)
                    .arg(plan->header.evaluation.value(QStringLiteral("totalCost")).toDouble(), 0,
                         'f', 0)
                    .arg(plan->header.evaluation.value(QStringLiteral("totalCostSd")).toDouble(), 0,
                         'f', 0));
    }
    return ExitOk;
}

int evaluateStored(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("plan"), tr("Plan id."), tr("ID")},
        {QStringLiteral("runs"), tr("Simulation runs (default 20)."), tr("N"),
         QStringLiteral("20")},
        {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("N"), QStringLiteral("1")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("plan evaluate"),
                        tr("Simulates a stored plan day by day under random demand (its own "
                           "stored input, so the result is reproducible)."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 planId = 0, runs = 20, seed = 1;
    if (!intOption(parser, QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), &planId)
        || !intOption(parser, QStringLiteral("runs"), 1, 10000, &runs)
        || !intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    auto plan = Plan::loadPlan(*c, planId, true);
    if (!plan) {
        printError(tr("Error: %1").arg(plan.errorMessage()));
        return ExitError;
    }
    auto input = Planning::PlanInput::deserialize(plan->inputs);
    if (!input) {
        printError(tr("Error: %1").arg(input.errorMessage()));
        return ExitError;
    }
    Planning::EvaluationSettings es;
    es.runs = int(runs);
    es.seed = quint64(seed);
    es.kind = plan->header.kind;
    es.truckUnits = plan->header.parameters.value(QStringLiteral("truckUnits")).toDouble();
    const Planning::Evaluation e = Planning::evaluatePlan(*input, plan->lines, es);
    if (Status s = Plan::saveEvaluation(*c, planId, e.toJson()); !s) {
        printError(tr("Error: %1").arg(s.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(e.toJson());
    } else {
        printOut(tr("Plan %1 over %2 runs: fill rate %3%, lost %4 units; cost %5 (± %6) = "
                    "transport %7 + fixed %8 + ordering %9 + holding %10 + lost margin %11; "
                    "ending stock %12 units.")
                     .arg(planId)
                     .arg(e.runs)
                     .arg(100.0 * e.fillRate, 0, 'f', 2)
                     .arg(e.lostUnits, 0, 'f', 0)
                     .arg(e.totalCost, 0, 'f', 0)
                     .arg(e.totalCostSd, 0, 'f', 0)
                     .arg(e.transport, 0, 'f', 0)
                     .arg(e.fixed, 0, 'f', 0)
                     .arg(e.ordering, 0, 'f', 0)
                     .arg(e.holding, 0, 'f', 0)
                     .arg(e.lostMargin, 0, 'f', 0)
                     .arg(e.endingUnits, 0, 'f', 0));
    }
    return ExitOk;
}

int listOrShow(const QStringList &arguments, bool show)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("plan"), tr("Plan id (show)."), tr("ID")},
        {QStringLiteral("out"), tr("Write the plan's lines as CSV (show)."), tr("FILE")},
        {QStringLiteral("json"), tr("Print JSON.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, show ? QStringLiteral("plan show") : QStringLiteral("plan list"),
                        show ? tr("Shows a stored plan.") : tr("Lists the stored plans."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    if (!show) {
        auto plans = Plan::listPlans(*c);
        if (!plans) {
            printError(tr("Error: %1").arg(plans.errorMessage()));
            return ExitError;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const auto &h : *plans)
                list.append(headerJson(h));
            printJson({{QStringLiteral("plans"), list}});
        } else {
            for (const auto &h : *plans)
                printOut(tr("%1  %2  %3 %4 (%5)  total %6  %7 lines")
                             .arg(h.id)
                             .arg(h.createdAt, Plan::planKindName(h.kind), h.method, h.status)
                             .arg(h.totals.total(), 0, 'f', 0)
                             .arg(h.totals.transferLines + h.totals.purchaseLines));
        }
        return ExitOk;
    }
    qint64 planId = 0;
    if (!intOption(parser, QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), &planId))
        return ExitError;
    auto plan = Plan::loadPlan(*c, planId);
    if (!plan) {
        printError(tr("Error: %1").arg(plan.errorMessage()));
        return ExitError;
    }
    if (parser.isSet(QStringLiteral("out")))
        if (Status s = writeLinesCsv(*plan, parser.value(QStringLiteral("out"))); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = headerJson(plan->header);
        QJsonArray lines;
        for (const auto &l : plan->lines)
            lines.append(QJsonObject{{QStringLiteral("line"), l.line},
                                     {QStringLiteral("type"), l.type == Plan::LineType::Transfer
                                                                  ? QStringLiteral("transfer")
                                                                  : QStringLiteral("purchase")},
                                     {QStringLiteral("sku"), l.skuCode},
                                     {QStringLiteral("from"), l.fromCode},
                                     {QStringLiteral("to"), l.toCode},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("ship"), Days::toIso(l.shipDay)},
                                     {QStringLiteral("arrival"), Days::toIso(l.arrivalDay)},
                                     {QStringLiteral("status"), Plan::lineStatusName(l.status)},
                                     {QStringLiteral("why"), l.why}});
        o.insert(QStringLiteral("lines"), lines);
        printJson(o);
    } else {
        printTotals(plan->header);
        for (const auto &l : plan->lines)
            printOut(QStringLiteral("  %1 %2 %3 %4 → %5: %6 (%7 → %8) %9")
                         .arg(l.line)
                         .arg(l.type == Plan::LineType::Transfer ? tr("transfer") : tr("purchase"),
                              l.skuCode, l.fromCode, l.toCode)
                         .arg(l.quantity, 0, 'f', 0)
                         .arg(Days::toIso(l.shipDay), Days::toIso(l.arrivalDay),
                              Plan::lineStatusName(l.status)));
    }
    return ExitOk;
}

int review(const QStringList &arguments, Plan::LineStatus status)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: the user's database)."), tr("FILE")},
        {QStringLiteral("plan"), tr("Plan id."), tr("ID")},
        {QStringLiteral("lines"), tr("Line numbers, comma-separated, or all."), tr("L")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("plan ") + Plan::lineStatusName(status),
                        tr("Sets the review state of plan lines (audited)."), arguments,
                        &helpShown))
        return helpShown ? ExitOk : ExitError;
    qint64 planId = 0;
    if (!intOption(parser, QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), &planId))
        return ExitError;
    auto c = openExistingDatabase(databasePath(parser));
    if (!c)
        return ExitError;
    QList<int> lines;
    const QString spec = parser.value(QStringLiteral("lines"));
    if (spec == QLatin1String("all")) {
        auto plan = Plan::loadPlan(*c, planId);
        if (!plan) {
            printError(tr("Error: %1").arg(plan.errorMessage()));
            return ExitError;
        }
        for (const auto &l : plan->lines)
            lines.append(l.line);
    } else {
        for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 1) {
                printError(tr("--lines must be line numbers or all, not \"%1\".").arg(spec));
                return ExitError;
            }
            lines.append(n);
        }
    }
    if (Status s = Plan::setLineStatus(*c, planId, lines, status); !s) {
        printError(tr("Error: %1").arg(s.errorMessage()));
        return ExitError;
    }
    printOut(tr("%1 lines %2.").arg(lines.size()).arg(Plan::lineStatusName(status)));
    return ExitOk;
}

} // namespace

int runPlan(const QStringList &arguments)
{
    const QString action = arguments.isEmpty() ? QString() : arguments.first();
    const QStringList rest = arguments.mid(1);
    Plan::PlanKind kind;
    if (Plan::planKindFromName(action, &kind))
        return makeNewPlan(kind, rest);
    if (action == QLatin1String("evaluate"))
        return evaluateStored(rest);
    if (action == QLatin1String("list"))
        return listOrShow(rest, false);
    if (action == QLatin1String("show"))
        return listOrShow(rest, true);
    if (action == QLatin1String("approve"))
        return review(rest, Plan::LineStatus::Approved);
    if (action == QLatin1String("reject"))
        return review(rest, Plan::LineStatus::Rejected);
    printError(tr("Usage: stockshift-cli plan transfers|replenishment|joint|evaluate|list|show|"
                  "approve|reject [options] (each has --help)."));
    return ExitError;
}

} // namespace Stockshift::Cli
