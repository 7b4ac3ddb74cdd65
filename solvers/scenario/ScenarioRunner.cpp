#include "scenario/ScenarioRunner.h"

#include "health/HealthAnalysis.h"
#include "plan/PlanEvaluator.h"
#include "plan/PlanInput.h"
#include "plan/Planner.h"
#include "scenario/WhatIf.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>

namespace Stockshift::Scenarios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Scenarios", text);
}

Error cancelled()
{
    return Error(tr("The scenario run was cancelled."), QStringLiteral("cancelled"));
}

double finiteOr0(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

// The plan's purchase value per bucket: what a budget per bucket limits.
double peakPurchaseValue(const Planning::PlanInput &input, const Plan::PlanData &plan)
{
    std::map<int, double> byBucket;
    for (const Plan::PlanLine &l : plan.lines)
        if (l.type == Plan::LineType::Purchase)
            byBucket[(l.shipDay - input.startDay) / std::max(1, input.bucketDays)]
                += l.quantity * l.unitCost;
    double peak = 0;
    for (const auto &[bucket, value] : byBucket)
        peak = std::max(peak, value);
    return peak;
}

} // namespace

Result<Results> runScenario(const QString &databasePath, const Scenario &scenario,
                            const RunSettings &settings)
{
    QElapsedTimer timer;
    timer.start();
    const auto isCancelled = [&] {
        return settings.cancel && settings.cancel->load();
    };
    const auto progress = [&](int percent, const QString &stage) {
        if (settings.progress)
            settings.progress(percent, stage);
    };
    Plan::PlanKind kind = Plan::PlanKind::Joint;
    if (!Plan::planKindFromName(scenario.solver.kind, &kind))
        return Error(tr("Unknown plan kind \"%1\" in the scenario.").arg(scenario.solver.kind),
                     QStringLiteral("settings"));
    if (scenario.solver.horizon < 1 || scenario.solver.horizon > 104
        || (scenario.solver.bucketDays != 1 && scenario.solver.bucketDays != 7))
        return Error(tr("The scenario's horizon or bucket size is out of range."),
                     QStringLiteral("settings"));

    // --- the frozen copy ---
    progress(0, tr("Copying the database"));
    QTemporaryDir tempDir;
    QString copyPath = settings.keepCopyAt;
    if (copyPath.isEmpty()) {
        if (!tempDir.isValid())
            return Error(
                tr("No temporary folder for the scenario's copy: %1").arg(tempDir.errorString()),
                QStringLiteral("io"));
        copyPath = tempDir.filePath(QStringLiteral("scenario.db"));
    }
    if (Status s = copyDatabase(databasePath, copyPath); !s)
        return s.error();
    if (isCancelled())
        return cancelled();

    Storage::Connection::Options options;
    options.createIfMissing = false;
    auto opened = Storage::Connection::open(copyPath, options);
    if (!opened)
        return opened.error();
    Storage::Connection &copy = **opened;

    progress(10, tr("Applying the scenario"));
    auto applied = applyScenario(copy, scenario, databasePath);
    if (!applied)
        return applied.error();
    if (isCancelled())
        return cancelled();

    Results results;
    results.warnings = applied->warnings.join(QLatin1Char('\n'));

    // --- stock health on the stored forecast ---
    progress(20, tr("Stock health"));
    auto health = Health::analyse(copy, {}, {}, settings.threads, settings.cancel);
    if (!health)
        return isCancelled() ? cancelled() : health.error();
    results.kpis.healthScore = health->report.network.score;
    results.forecast.runId = health->snapshot.forecastRunId;

    // --- the plan ---
    progress(35, tr("Reading the plan input"));
    Planning::InputSettings inputSettings;
    inputSettings.horizon = scenario.solver.horizon;
    inputSettings.bucketDays = scenario.solver.bucketDays;
    inputSettings.holdingRate = scenario.solver.holdingRate;
    inputSettings.budgetPerBucket = scenario.budgetPerBucket * applied->budgetFactor;
    auto input = Planning::buildPlanInput(copy, inputSettings, settings.cancel);
    if (!input)
        return isCancelled() ? cancelled() : input.error();
    if (isCancelled())
        return cancelled();

    Planning::PlannerSettings planner;
    planner.kind = kind;
    planner.method = scenario.solver.method;
    planner.timeLimitSeconds = scenario.solver.timeLimitSeconds;
    planner.relativeGap = scenario.solver.relativeGap;
    planner.truckUnits = scenario.solver.truckUnits;
    planner.safetyPenaltyShare = scenario.solver.safetyPenaltyShare;
    planner.cancel = settings.cancel;

    const bool budgetFromPlan = scenario.budgetPerBucket <= 0 && applied->budgetFactor != 1.0;
    // The solver's time runs from `from` to `to` percent of the progress bar.
    const auto solving = [&](int from, int to) {
        return [&, from, to](const Solvers::SolverProgress &p) {
            const double share
                = planner.timeLimitSeconds > 0 ? p.elapsedSeconds / planner.timeLimitSeconds : 0;
            progress(from + int(std::clamp(share, 0.0, 1.0) * (to - from)),
                     tr("Planning (%1 s)").arg(p.elapsedSeconds, 0, 'f', 0));
        };
    };
    if (budgetFromPlan) {
        progress(45, tr("Planning without a budget"));
        planner.progress = solving(45, 65);
        auto free = Planning::makePlan(*input, planner);
        if (!free)
            return isCancelled() ? cancelled() : free.error();
        const double peak = peakPurchaseValue(*input, *free);
        if (peak > 0) {
            inputSettings.budgetPerBucket = peak * applied->budgetFactor;
            input = Planning::buildPlanInput(copy, inputSettings, settings.cancel);
            if (!input)
                return isCancelled() ? cancelled() : input.error();
        }
    }
    progress(budgetFromPlan ? 65 : 45, tr("Planning"));
    planner.progress = solving(budgetFromPlan ? 65 : 45, 85);
    auto plan = Planning::makePlan(*input, planner);
    if (!plan)
        return isCancelled() ? cancelled() : plan.error();
    if (isCancelled())
        return cancelled();

    // --- simulation ---
    progress(85, tr("Simulating the plan"));
    Planning::EvaluationSettings es;
    es.runs = std::max(1, scenario.solver.evaluationRuns);
    es.seed = scenario.solver.seed;
    es.threads = settings.threads;
    es.truckUnits = scenario.solver.truckUnits;
    es.kind = kind;
    const Planning::Evaluation ev = Planning::evaluatePlan(*input, plan->lines, es);

    // --- results ---
    const Plan::PlanTotals &t = plan->header.totals;
    results.plan.status = plan->header.status;
    results.plan.objective = finiteOr0(plan->header.objective);
    results.plan.gap = finiteOr0(plan->header.gap);
    results.plan.seconds = plan->header.seconds;
    results.plan.planCost = t.total();
    results.plan.lines = std::int32_t(plan->lines.size());

    results.simulation.runs = ev.runs;
    results.simulation.demand = ev.demand;
    results.simulation.served = ev.served;
    results.simulation.lost = ev.lostUnits;
    results.simulation.transport = ev.transport;
    results.simulation.fixed = ev.fixed;
    results.simulation.ordering = ev.ordering;
    results.simulation.holding = ev.holding;
    results.simulation.lostMargin = ev.lostMargin;
    results.simulation.totalCostSd = ev.totalCostSd;

    // Per SKU: forecast demand (every location's own), planned moves, safety stock, expiry.
    std::vector<SkuResult> skus(input->items.size());
    double demandUnits = 0, demandValue = 0, expiring = 0;
    for (std::size_t i = 0; i < input->items.size(); ++i)
        skus[i].code = input->items[i].code;
    for (const Planning::Node &node : input->nodes) {
        SkuResult &r = skus[std::size_t(node.item)];
        double d = 0;
        for (double x : node.demand)
            d += x;
        r.demand += d;
        r.safetyStock += node.safetyStock;
        r.expiringUnsold += node.expiringUnsold;
        demandUnits += d;
        demandValue += d * input->items[std::size_t(node.item)].unitCost;
        expiring += node.expiringUnsold;
    }
    std::map<qint64, std::size_t> itemOfSku;
    for (std::size_t i = 0; i < input->items.size(); ++i)
        itemOfSku[input->items[i].skuId] = i;
    for (const Plan::PlanLine &l : plan->lines) {
        const auto it = itemOfSku.find(l.skuId);
        if (it == itemOfSku.end())
            continue;
        SkuResult &r = skus[it->second];
        if (l.type == Plan::LineType::Transfer) {
            r.transferUnits += l.quantity;
        } else {
            r.purchaseUnits += l.quantity;
            r.purchaseValue += l.quantity * l.unitCost;
        }
    }
    results.skus = std::move(skus);

    const double horizonDays = double(input->horizon) * input->bucketDays;
    results.forecast.series = std::int32_t(input->nodes.size());
    results.forecast.demandUnits = demandUnits;
    results.forecast.demandValue = demandValue;

    Kpis &k = results.kpis;
    k.totalCost = ev.totalCost;
    k.fillRate = ev.fillRate;
    k.inventoryValue = ev.endingValue;
    k.daysOfInventory = demandValue > 0 ? ev.endingValue / (demandValue / horizonDays) : 0;
    k.expiringUnits = expiring;
    k.transfers = t.transferLines;
    k.purchaseOrders = t.purchaseOrders;
    k.transferUnits = t.transferUnits;
    k.purchaseUnits = t.purchaseUnits;
    k.purchaseValue = t.purchase;
    k.lostUnits = ev.lostUnits;
    k.demandUnits = demandUnits;

    results.present = true;
    results.ranAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    results.seconds = timer.elapsed() / 1000.0;
    progress(100, tr("Done"));
    return results;
}

} // namespace Stockshift::Scenarios
