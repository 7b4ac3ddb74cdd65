#include "CliApp.h"
#include "Commands.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "demo/DemoGenerator.h"
#include "export/OrderExport.h"
#include "forecast/AccuracyMonitor.h"
#include "forecast/ForecastStore.h"
#include "forecast/NetworkForecaster.h"
#include "health/HealthAnalysis.h"
#include "import/CsvImporter.h"
#include "info/DatabaseInfo.h"
#include "plan/PlanEvaluator.h"
#include "plan/PlanStore.h"
#include "plan/Planner.h"
#include "routing/RoutingSimulator.h"
#include "storage/Connection.h"
#include "tiers/TierEngine.h"
#include "tiers/TierStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Stockshift::Cli {

// The headless planning cycle: demo network as CSV → import of every file through the real
// importer (so the cycle exercises the import path) → a backcast 13 weeks back and the forecast
// of every SKU x location with their exports → the backcast's accuracy against the sales that
// followed → stock health, policies and alerts → the joint plan against the rules, simulated →
// purchase and transfer order exports of the approved plan → database info.
int runCycle(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Stockshift::Cli", text);
    };
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("out"), tr("Output folder (default: ./stockshift-out)."), tr("DIR"),
         QStringLiteral("stockshift-out")},
        {QStringLiteral("seed"), tr("Random seed of the demo network (default 42)."), tr("N")},
        {QStringLiteral("skus"), tr("Number of SKUs (default 300)."), tr("N")},
        {QStringLiteral("plan-time"), tr("Time limit of the joint plan in seconds (default 45)."),
         tr("S"), QStringLiteral("45")},
        {QStringLiteral("json"), tr("Print a machine-readable summary.")},
    });
    bool helpShown = false;
    if (!parseArguments(parser, QStringLiteral("cycle"),
                        tr("Runs the whole planning cycle on a fresh demo network and writes every "
                           "output into one folder."),
                        arguments, &helpShown))
        return helpShown ? ExitOk : ExitError;

    Demo::DemoSettings settings;
    qint64 seed = qint64(settings.seed), skus = settings.skus;
    if (!intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed)
        || !intOption(parser, QStringLiteral("skus"), 1, 1000000, &skus))
        return ExitError;
    settings.seed = quint64(seed);
    settings.skus = int(skus);

    QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral("demo-csv"))) {
        printError(tr("Cannot create %1.").arg(out.absolutePath()));
        return ExitError;
    }
    const QString csvDir = out.absoluteFilePath(QStringLiteral("demo-csv"));
    const QString dbPath = out.absoluteFilePath(QStringLiteral("stockshift.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);

    QElapsedTimer timer;
    timer.start();
    QJsonArray steps;
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto step = [&](const QString &name, const QString &detail) {
        steps.append(QJsonObject{{QStringLiteral("step"), name},
                                 {QStringLiteral("detail"), detail},
                                 {QStringLiteral("elapsedMs"), timer.elapsed()}});
        if (!json)
            printOut(QStringLiteral("[%1] %2").arg(name, detail));
    };

    auto demo = Demo::DemoGenerator(settings).writeCsv(csvDir);
    if (!demo) {
        printError(tr("Error: %1").arg(demo.errorMessage()));
        return ExitError;
    }
    step(QStringLiteral("demo"), tr("%1 SKUs, %2 locations, %3 sales rows written to %4")
                                     .arg(demo->skus)
                                     .arg(demo->locations)
                                     .arg(demo->salesRows)
                                     .arg(csvDir));

    int exitCode = ExitOk;
    for (Import::Kind kind : Import::importOrder()) {
        Import::ImportSettings importSettings;
        importSettings.databasePath = dbPath;
        importSettings.kind = kind;
        importSettings.filePath = QDir(csvDir).filePath(Import::kindSpec(kind).fileName);
        auto result = Import::CsvImporter::run(importSettings);
        if (!result) {
            printError(tr("Error: %1").arg(result.errorMessage()));
            return ExitError;
        }
        exitCode = std::max(exitCode, result->exitCode());
        step(QStringLiteral("import"), tr("%1: %2 rows accepted, %3 rejected")
                                           .arg(Import::kindName(kind))
                                           .arg(result->rowsAccepted)
                                           .arg(result->rowsRejected));
    }

    // A backcast first: the forecast as it would have been made 13 weeks ago, so that the cycle
    // measures its own accuracy against the sales that followed; then the forecast from today.
    Forecast::NetworkForecastSettings forecastSettings;
    forecastSettings.databasePath = dbPath;
    {
        auto c = Storage::Connection::open(dbPath);
        QSqlQuery q((*c)->db());
        if (q.exec(QStringLiteral("SELECT max(day) FROM sales")) && q.next())
            forecastSettings.endDay = q.value(0).toInt() - forecastSettings.horizon * 7;
    }
    auto backcast = Forecast::runNetworkForecast(forecastSettings);
    if (!backcast) {
        printError(tr("Error: %1").arg(backcast.errorMessage()));
        return ExitError;
    }
    step(QStringLiteral("backcast"), tr("%1 series forecast from the history up to %2 in %3 s")
                                         .arg(backcast->series)
                                         .arg(Days::toIso(backcast->historyEndDay))
                                         .arg(backcast->seconds, 0, 'f', 1));
    forecastSettings.endDay = -1;
    auto forecast = Forecast::runNetworkForecast(forecastSettings);
    if (!forecast) {
        printError(tr("Error: %1").arg(forecast.errorMessage()));
        return ExitError;
    }
    auto connection = Storage::Connection::open(dbPath);
    if (!connection) {
        printError(tr("Error: %1").arg(connection.errorMessage()));
        return ExitError;
    }
    const QString forecastCsv = out.absoluteFilePath(QStringLiteral("forecasts.csv"));
    const QString networkCsv = out.absoluteFilePath(QStringLiteral("forecast-by-location.csv"));
    for (const auto &[level, path] :
         {std::pair{Forecast::AggregationLevel::Series, forecastCsv},
          std::pair{Forecast::AggregationLevel::Location, networkCsv}}) {
        if (Status s = Forecast::writeForecastCsv(**connection, forecast->runId, level, path); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    step(QStringLiteral("forecast"),
         tr("%1 series in %2 s (%3 outlier and %4 stockout buckets cleansed), backtest MASE %5, "
            "written to %6 and %7")
             .arg(forecast->series)
             .arg(forecast->seconds, 0, 'f', 1)
             .arg(forecast->outliers)
             .arg(forecast->censored)
             .arg(forecast->meanBacktestMase, 0, 'f', 3)
             .arg(forecastCsv, networkCsv));

    auto accuracy = Forecast::evaluateAccuracy(**connection);
    if (!accuracy) {
        printError(tr("Error: %1").arg(accuracy.errorMessage()));
        return ExitError;
    }
    const QString accuracyCsv = out.absoluteFilePath(QStringLiteral("accuracy-by-location.csv"));
    {
        auto rows
            = Forecast::loadAccuracy(**connection, accuracy->latestRun, QStringLiteral("location"));
        CsvWriter w;
        Status s = w.open(accuracyCsv);
        if (s) {
            w.row({QStringLiteral("location"), QStringLiteral("actual"), QStringLiteral("forecast"),
                   QStringLiteral("wape"), QStringLiteral("mase"), QStringLiteral("bias"),
                   QStringLiteral("tracking_signal")});
            for (const auto &r : rows ? *rows : std::vector<Forecast::AccuracyRow>())
                w.text(r.key)
                    .number(r.metrics.actual)
                    .number(r.metrics.forecast)
                    .number(r.metrics.wape)
                    .number(r.metrics.mase)
                    .number(r.metrics.bias)
                    .number(r.metrics.trackingSignal)
                    .endRow();
            s = w.close();
        }
        if (!s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    step(QStringLiteral("accuracy"),
         tr("backcast against the actuals: WAPE %1%, MASE %2, bias %3%; %4 alerts; written to %5")
             .arg(accuracy->network.wape, 0, 'f', 1)
             .arg(accuracy->network.mase, 0, 'f', 3)
             .arg(accuracy->network.bias, 0, 'f', 1)
             .arg(accuracy->alerts.size())
             .arg(accuracyCsv));

    // Stock health, policies and alerts on the forecast just made.
    auto health = Health::analyse(**connection);
    if (!health) {
        printError(tr("Error: %1").arg(health.errorMessage()));
        return ExitError;
    }
    auto alerts = Health::syncAlerts(**connection, health->snapshot, health->report,
                                     health->settings, health->alerts);
    if (!alerts) {
        printError(tr("Error: %1").arg(alerts.errorMessage()));
        return ExitError;
    }
    const QString healthCsv = out.absoluteFilePath(QStringLiteral("health.csv"));
    const QString policyCsv = out.absoluteFilePath(QStringLiteral("policies.csv"));
    for (const auto &[write, path] : {std::pair{&Health::writeHealthCsv, healthCsv},
                                      std::pair{&Health::writePolicyCsv, policyCsv}}) {
        if (Status s = write(*health, path); !s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
    }
    {
        using S = Health::StockStatus;
        const auto &n = health->report.network;
        const auto count = [&](S s) {
            return n.statusCounts[std::size_t(s)];
        };
        int toOrder = 0;
        for (const auto &rec : health->report.recommendations)
            toOrder += rec.suggestedOrder > 0 ? 1 : 0;
        step(QStringLiteral("health"),
             tr("%1 SKU × locations: score %2, %3 out of stock, %4 critical, %5 below the reorder "
                "point, %6 expiring, %7 overstocked; %8 to order now; %9 alerts open; written to "
                "%10 and %11")
                 .arg(n.rows)
                 .arg(n.score, 0, 'f', 1)
                 .arg(count(S::OutOfStock))
                 .arg(count(S::Critical))
                 .arg(count(S::BelowReorderPoint))
                 .arg(count(S::Expiring))
                 .arg(count(S::Overstock))
                 .arg(toOrder)
                 .arg(alerts->raised + alerts->kept)
                 .arg(healthCsv, policyCsv));
    }

    // The joint plan (transfers and purchases, CBC) beside the rules planners use today, both
    // played through the same simulated weeks.
    {
        Planning::InputSettings inputSettings;
        auto input = Planning::buildPlanInput(**connection, inputSettings);
        if (!input) {
            printError(tr("Error: %1").arg(input.errorMessage()));
            return ExitError;
        }
        Planning::PlannerSettings plannerSettings;
        plannerSettings.kind = Plan::PlanKind::Joint;
        plannerSettings.timeLimitSeconds = parser.value(QStringLiteral("plan-time")).toDouble();
        auto plan = Planning::makePlan(*input, plannerSettings);
        if (!plan) {
            printError(tr("Error: %1").arg(plan.errorMessage()));
            return ExitError;
        }
        Planning::PlannerSettings ruleSettings = plannerSettings;
        ruleSettings.method = QStringLiteral("greedy"); // greedy transfers + reorder-point buys
        auto rule = Planning::makePlan(*input, ruleSettings);
        if (!rule) {
            printError(tr("Error: %1").arg(rule.errorMessage()));
            return ExitError;
        }
        Planning::EvaluationSettings es;
        es.runs = 10;
        es.kind = Plan::PlanKind::Joint;
        const Planning::Evaluation milp = Planning::evaluatePlan(*input, plan->lines, es);
        const Planning::Evaluation rules = Planning::evaluatePlan(*input, rule->lines, es);
        plan->header.evaluation = milp.toJson();
        rule->header.evaluation = rules.toJson();
        auto planId = Plan::savePlan(**connection, *plan);
        auto ruleId = Plan::savePlan(**connection, *rule);
        if (!planId || !ruleId) {
            printError(tr("Error: %1").arg(planId ? ruleId.errorMessage() : planId.errorMessage()));
            return ExitError;
        }
        const QString linesCsv = out.absoluteFilePath(QStringLiteral("plan-lines.csv"));
        const QString comparisonCsv = out.absoluteFilePath(QStringLiteral("plan-comparison.csv"));
        CsvWriter w;
        Status s = w.open(linesCsv);
        if (s) {
            w.row({QStringLiteral("line"), QStringLiteral("type"), QStringLiteral("sku"),
                   QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("quantity"),
                   QStringLiteral("ship_date"), QStringLiteral("arrival_date"),
                   QStringLiteral("unit_cost"), QStringLiteral("po_group")});
            for (const Plan::PlanLine &l : plan->lines)
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
                    .text(l.group)
                    .endRow();
            s = w.close();
        }
        CsvWriter c;
        if (s)
            s = c.open(comparisonCsv);
        if (s) {
            c.row({QStringLiteral("method"), QStringLiteral("fill_rate"),
                   QStringLiteral("lost_units"), QStringLiteral("transport"),
                   QStringLiteral("fixed"), QStringLiteral("ordering"), QStringLiteral("holding"),
                   QStringLiteral("lost_margin"), QStringLiteral("total_cost"),
                   QStringLiteral("total_cost_sd")});
            for (const auto &[name, e] : {std::pair{QStringLiteral("milp"), milp},
                                          std::pair{QStringLiteral("greedy+rop"), rules}})
                c.text(name)
                    .number(e.fillRate)
                    .number(e.lostUnits)
                    .number(e.transport)
                    .number(e.fixed)
                    .number(e.ordering)
                    .number(e.holding)
                    .number(e.lostMargin)
                    .number(e.totalCost)
                    .number(e.totalCostSd)
                    .endRow();
            s = c.close();
        }
        if (!s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
        step(QStringLiteral("plan"),
             tr("joint plan %1 (%2, gap %3%, %4 s): %5 transfer and %6 purchase lines; simulated "
                "cost %7 at fill rate %8% against %9 at %10% for greedy transfers with "
                "reorder-point purchases (%11% less); written to %12 and %13")
                 .arg(*planId)
                 .arg(plan->header.status)
                 .arg(std::isfinite(plan->header.gap) ? 100.0 * plan->header.gap : 0.0, 0, 'f', 2)
                 .arg(plan->header.seconds, 0, 'f', 1)
                 .arg(plan->header.totals.transferLines)
                 .arg(plan->header.totals.purchaseLines)
                 .arg(milp.totalCost, 0, 'f', 0)
                 .arg(100.0 * milp.fillRate, 0, 'f', 1)
                 .arg(rules.totalCost, 0, 'f', 0)
                 .arg(100.0 * rules.fillRate, 0, 'f', 1)
                 .arg(rules.totalCost > 0 ? 100.0 * (1 - milp.totalCost / rules.totalCost) : 0.0, 0,
                      'f', 1)
                 .arg(linesCsv, comparisonCsv));

        // The exports (issue 6): the planner's approval (audited, as in the GUI), then the
        // purchase orders in every format and the transfer orders with their pick lists.
        QList<int> lineNumbers;
        for (const Plan::PlanLine &l : plan->lines)
            lineNumbers.append(l.line);
        if (Status approved
            = Plan::setLineStatus(**connection, *planId, lineNumbers, Plan::LineStatus::Approved,
                                  QStringLiteral("stockshift-cycle"));
            !approved) {
            printError(tr("Error: %1").arg(approved.errorMessage()));
            return ExitError;
        }
        Export::ExportOptions po;
        po.formats = Export::purchaseFormats();
        po.outDir = out.absoluteFilePath(QStringLiteral("exports/purchase-orders"));
        po.user = QStringLiteral("stockshift-cycle");
        Export::ExportOptions to = po;
        to.formats = Export::transferFormats();
        to.outDir = out.absoluteFilePath(QStringLiteral("exports/transfer-orders"));
        int purchaseOrders = 0, transferOrders = 0, ledgerEntries = 0;
        qsizetype files = 0;
        for (const auto &[kind, options] : {std::pair{Export::OrderKind::Purchase, po},
                                            std::pair{Export::OrderKind::Transfer, to}}) {
            auto exported = kind == Export::OrderKind::Purchase
                                ? Export::exportPurchaseOrders(**connection, *planId, options)
                                : Export::exportTransferOrders(**connection, *planId, options);
            if (!exported && exported.error().code == QLatin1String("nothing-to-export"))
                continue; // a plan without lines of this kind
            if (!exported) {
                printError(tr("Error: %1").arg(exported.errorMessage()));
                return ExitError;
            }
            (kind == Export::OrderKind::Purchase ? purchaseOrders : transferOrders)
                = exported->created;
            ledgerEntries += exported->ledgerEntries;
            files += exported->files.size();
        }
        step(QStringLiteral("export"),
             tr("plan %1 approved; %2 purchase orders (CSV, PDF, X12 850, EDIFACT ORDERS, JSON) "
                "and %3 transfer orders (CSV, PDF pick lists): %4 files in %5; %6 settlement "
                "ledger entries")
                 .arg(*planId)
                 .arg(purchaseOrders)
                 .arg(transferOrders)
                 .arg(files)
                 .arg(out.absoluteFilePath(QStringLiteral("exports")))
                 .arg(ledgerEntries));
    }

    // Fulfilment tiers (issue 6): built on the network with the forecast and the plan just made,
    // checked by routing simulated orders through them, validated, stored and exported; then
    // every routing policy on the same orders.
    {
        Tiers::TierConfig definitions = Tiers::TierConfig::defaults();
        auto net = Routing::loadNetwork(**connection, definitions.network);
        if (!net) {
            printError(tr("Error: %1").arg(net.errorMessage()));
            return ExitError;
        }
        Tiers::TierConfig tiers = Tiers::build(*net, definitions);
        Status checked = Tiers::check(*net, &tiers);
        const auto issues = Tiers::validate(tiers, net->regions);
        int errors = 0;
        for (const Tiers::Issue &i : issues) {
            errors += i.isError() ? 1 : 0;
            printError(
                (i.isError() ? tr("tiers error: %1") : tr("tiers warning: %1")).arg(i.message));
        }
        const QString tiersJson = out.absoluteFilePath(QStringLiteral("tiers.json"));
        const QString tiersCsv = out.absoluteFilePath(QStringLiteral("tiers.csv"));
        Status s = checked;
        if (s && errors == 0)
            s = Tiers::save(**connection, &tiers, tr("planning cycle"));
        if (s) {
            QFile f(tiersJson);
            if (!f.open(QIODevice::WriteOnly) || f.write(tiers.toJsonBytes()) < 0)
                s = Error(tr("Cannot write %1.").arg(tiersJson));
        }
        if (s)
            s = tiers.writeCsv(tiersCsv);
        if (!s) {
            printError(tr("Error: %1").arg(s.errorMessage()));
            return ExitError;
        }
        if (errors > 0)
            exitCode = std::max(exitCode, int(ExitPartial));
        Routing::SimulationSettings routing;
        auto report = Routing::simulate(*net, tiers, routing);
        if (!report) {
            printError(tr("Error: %1").arg(report.errorMessage()));
            return ExitError;
        }
        QStringList policies;
        for (const Routing::PolicyReport &p : report->policies)
            policies.append(tr("%1 %2% on time at %3 per order")
                                .arg(Routing::policyName(p.policy))
                                .arg(100 * p.total.attainment(), 0, 'f', 1)
                                .arg(p.total.costPerOrder(), 0, 'f', 2));
        step(QStringLiteral("tiers"),
             tr("%1 tiers × %2 regions, version %3, %4 errors and %5 warnings, written to %6 and "
                "%7; %8 simulated orders: %9")
                 .arg(tiers.tiers.size())
                 .arg(net->regions.size())
                 .arg(tiers.version)
                 .arg(errors)
                 .arg(issues.size() - std::size_t(errors))
                 .arg(tiersJson, tiersCsv)
                 .arg(report->orders)
                 .arg(policies.join(QStringLiteral("; "))));
    }
    connection.value().reset();

    const auto info = readInfo(dbPath);
    if (!info)
        return ExitError;
    QFile infoFile(out.absoluteFilePath(QStringLiteral("info.json")));
    if (infoFile.open(QIODevice::WriteOnly))
        infoFile.write(QJsonDocument(info->toJson()).toJson());
    step(QStringLiteral("info"), tr("written to %1").arg(infoFile.fileName()));

    if (json)
        printJson(QJsonObject{{QStringLiteral("out"), out.absolutePath()},
                              {QStringLiteral("database"), dbPath},
                              {QStringLiteral("exitCode"), exitCode},
                              {QStringLiteral("steps"), steps}});
    else
        printOut(tr("Planning cycle finished in %1 s. Outputs are in %2 (database %3).")
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(out.absolutePath(), dbPath));
    return exitCode;
}

} // namespace Stockshift::Cli
