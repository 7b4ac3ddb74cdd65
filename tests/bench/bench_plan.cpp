// bench_plan: the CBC-backed plans at scale and against the rules (issue 5).
//
// Instance: a demo network of --skus SKUs over --locations locations (the demo generator, seed
// 42, 200 days of history; not timed), or --db FILE. Demand is the network forecast when the
// database has a run, else the last 91 days of sales (the plan input's rule). For the kind
// asked (--kind transfers|replenishment|joint) and horizon (--horizon buckets of a week) it
// prints:
// - the model: rows, columns, non-zeros, integer columns, independent blocks, build time;
// - the MILP (Planning::makePlan, method milp, --time-limit, --gap, --threads): status,
//   objective, best bound, final gap, time to the first solution, to within 1% of the bound (as
//   reported by the solver's progress) and to the end;
// - with --glpk: the same model written as MPS and solved by `glpsol --freemps --tmlim S
//   --mipgap G` (from PATH; absent: a skip message), its status, objective and time;
// - with --evaluate N: the MILP plan, doing nothing and the rules (greedy transfers and/or
//   reorder-point purchases) played through N simulated runs of the horizon with the same
//   demand draws (Planning::evaluatePlan): fill rate, lost units, each cost, total ± sd, and
//   the MILP's saving against each.
//
//   bench_plan [--skus 1000] [--locations 20] [--horizon 4] [--kind transfers]
//              [--time-limit 60] [--gap 0.01] [--threads 1] [--glpk] [--evaluate 20]
//              [--db FILE] [--keep DIR]
#include "demo/DemoGenerator.h"
#include "plan/PlanEvaluator.h"
#include "plan/Planner.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <mutex>

using namespace Stockshift;

namespace {

struct Progress
{
    std::mutex mutex;
    double firstSolution = -1, withinOnePercent = -1;
};

void printEvaluation(const char *name, const Planning::Evaluation &e, double milpTotal)
{
    const QString saving = milpTotal > 0 && e.totalCost > 0 ? QStringLiteral("%1%").arg(
                               100.0 * (e.totalCost - milpTotal) / e.totalCost, 0, 'f', 1)
                                                            : QString();
    std::printf("%-14s %8.2f%% %10.0f %10.0f %9.0f %9.0f %10.0f %11.0f %11.0f ± %-7.0f %7s\n", name,
                100.0 * e.fillRate, e.lostUnits, e.transport, e.fixed, e.ordering, e.holding,
                e.lostMargin, e.totalCost, e.totalCostSd, qPrintable(saving));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int skus = 1000, locations = 20, horizon = 4, threads = 1, runs = 0;
    double timeLimit = 60, gap = 0.01;
    bool glpk = false;
    QString db, kindName = QStringLiteral("transfers"), keep;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--skus"))
            skus = v.toInt();
        else if (a == QLatin1String("--locations"))
            locations = v.toInt();
        else if (a == QLatin1String("--horizon"))
            horizon = v.toInt();
        else if (a == QLatin1String("--threads"))
            threads = v.toInt();
        else if (a == QLatin1String("--time-limit"))
            timeLimit = v.toDouble();
        else if (a == QLatin1String("--gap"))
            gap = v.toDouble();
        else if (a == QLatin1String("--evaluate"))
            runs = v.toInt();
        else if (a == QLatin1String("--kind"))
            kindName = v;
        else if (a == QLatin1String("--db"))
            db = v;
        else if (a == QLatin1String("--keep"))
            keep = v;
        else if (a == QLatin1String("--glpk"))
            glpk = true;
    }
    Plan::PlanKind kind;
    if (!Plan::planKindFromName(kindName, &kind)) {
        std::printf("--kind must be transfers, replenishment or joint\n");
        return 2;
    }
    QTemporaryDir temp;
    const QDir work(keep.isEmpty() ? temp.path() : keep);
    QDir().mkpath(work.path());
    if (db.isEmpty()) {
        db = work.filePath(QStringLiteral("plan-bench.db"));
        QFile::remove(db);
        Demo::DemoSettings demo;
        demo.skus = skus;
        demo.locations = locations;
        demo.days = 200;
        demo.customers = 50;
        QElapsedTimer t;
        t.start();
        auto written = Demo::DemoGenerator(demo).writeDatabase(db);
        if (!written) {
            std::printf("demo failed: %s\n", qPrintable(written.errorMessage()));
            return 2;
        }
        std::printf("instance: demo network, %d SKUs × %d locations, %lld sales rows (built in "
                    "%.1f s, not timed)\n",
                    skus, locations, written->salesRows, double(t.elapsed()) / 1000.0);
    } else {
        std::printf("instance: %s\n", qPrintable(db));
    }
    auto connection = Storage::Connection::open(db);
    if (!connection) {
        std::printf("cannot open the database: %s\n", qPrintable(connection.errorMessage()));
        return 2;
    }
    Planning::InputSettings inputSettings;
    inputSettings.horizon = horizon;
    QElapsedTimer t;
    t.start();
    auto input = Planning::buildPlanInput(**connection, inputSettings);
    if (!input) {
        std::printf("plan input failed: %s\n", qPrintable(input.errorMessage()));
        return 2;
    }
    std::printf("plan input: %zu items, %zu sites, %zu SKU × location nodes, %zu lanes, %zu "
                "supply options, %d weekly buckets (read in %.1f s)\n",
                input->items.size(), input->sites.size(), input->nodes.size(), input->lanes.size(),
                input->supply.size(), horizon, double(t.elapsed()) / 1000.0);

    Planning::PlannerSettings settings;
    settings.kind = kind;
    settings.timeLimitSeconds = timeLimit;
    settings.relativeGap = gap;
    settings.threads = threads;
    const QString mps = work.filePath(QStringLiteral("plan.mps"));
    if (glpk)
        settings.writeMps = mps;
    Progress progress;
    QElapsedTimer solveTimer;
    settings.progress = [&](const Solvers::SolverProgress &p) {
        std::lock_guard lock(progress.mutex);
        const double now = double(solveTimer.nsecsElapsed()) / 1e9;
        if (std::isfinite(p.incumbent) && progress.firstSolution < 0)
            progress.firstSolution = now;
        if (std::isfinite(p.gap) && p.gap <= 0.01 && progress.withinOnePercent < 0)
            progress.withinOnePercent = now;
    };
    Planning::ModelStats stats;
    solveTimer.start();
    auto plan = Planning::makePlan(*input, settings, &stats);
    const double total = double(solveTimer.nsecsElapsed()) / 1e9;
    if (!plan) {
        std::printf("MILP failed: %s\n", qPrintable(plan.errorMessage()));
        return 2;
    }
    const Plan::PlanHeader &h = plan->header;
    if (h.status == QLatin1String("optimal") && progress.withinOnePercent < 0 && h.gap <= 0.01)
        progress.withinOnePercent = total; // proven at the end
    if (progress.firstSolution < 0)
        progress.firstSolution = total;
    std::printf("model: %d rows, %d columns, %lld non-zeros, %d integer columns, %d arcs, %d "
                "purchase options, %d independent blocks, built in %.2f s\n",
                stats.rows, stats.columns, stats.nonZeros, stats.integers, stats.arcs,
                stats.options, stats.blocks, stats.buildSeconds);
    std::printf("MILP (CBC, %d thread(s), limit %.0f s, gap %.2f%%): %s, objective %.1f, bound "
                "%.1f, gap %.3f%%; first solution %.1f s, within 1%% %s, end %.1f s; %zu lines\n",
                threads, timeLimit, 100.0 * gap, qPrintable(h.status), h.objective, h.bound,
                100.0 * h.gap, progress.firstSolution,
                progress.withinOnePercent >= 0
                    ? qPrintable(QStringLiteral("%1 s").arg(progress.withinOnePercent, 0, 'f', 1))
                    : "not reached",
                total, plan->lines.size());
    if (!h.note.isEmpty())
        std::printf("  how: %s\n", qPrintable(h.note));

    if (glpk) {
        const QString glpsol = QStandardPaths::findExecutable(QStringLiteral("glpsol"));
        if (glpsol.isEmpty()) {
            std::printf("GLPK: glpsol not found (Debian package glpk-utils): skipped\n");
        } else {
            QProcess p;
            QElapsedTimer g;
            g.start();
            p.start(glpsol, {QStringLiteral("--freemps"), mps, QStringLiteral("--tmlim"),
                             QString::number(int(std::ceil(timeLimit))), QStringLiteral("--mipgap"),
                             QString::number(gap)});
            p.waitForFinished(int(timeLimit * 1000) * 4 + 60000);
            const double seconds = double(g.elapsed()) / 1000.0;
            const QString log = QString::fromUtf8(p.readAllStandardOutput());
            // The last "+ … mip = <objective>" progress line and the final status.
            double objective = std::nan(""), bound = std::nan("");
            static const QRegularExpression line(QStringLiteral(
                "mip =\\s+([-+0-9.eE]+|not found yet)\\s+[<>]=\\s+([-+0-9.eE]+|tree is empty)"));
            auto it = line.globalMatch(log);
            while (it.hasNext()) {
                const auto m = it.next();
                bool ok = false;
                const double o = m.captured(1).toDouble(&ok);
                if (ok)
                    objective = o;
                const double b = m.captured(2).toDouble(&ok);
                if (ok)
                    bound = b;
            }
            QString status = QStringLiteral("unknown");
            if (log.contains(QLatin1String("INTEGER OPTIMAL SOLUTION FOUND")))
                status = QStringLiteral("optimal");
            else if (log.contains(QLatin1String("TIME LIMIT EXCEEDED")))
                status = std::isfinite(objective) ? QStringLiteral("feasible (time limit)")
                                                  : QStringLiteral("no solution (time limit)");
            else if (log.contains(QLatin1String("RELATIVE MIP GAP TOLERANCE REACHED")))
                status = QStringLiteral("within the gap");
            else if (log.contains(QLatin1String("PROBLEM HAS NO")))
                status = QStringLiteral("infeasible");
            const double glpkGap
                = std::isfinite(objective) && std::isfinite(bound) && std::abs(objective) > 0
                      ? std::abs(objective - bound) / std::abs(objective)
                      : std::nan("");
            // The MPS carries the objective offset as a fixed column: objectives compare.
            std::printf("GLPK (glpsol, limit %.0f s, gap %.2f%%): %s, objective %s, bound %s, gap "
                        "%s, %.1f s\n",
                        timeLimit, 100.0 * gap, qPrintable(status),
                        std::isfinite(objective) ? qPrintable(QString::number(objective, 'f', 1))
                                                 : "—",
                        std::isfinite(bound) ? qPrintable(QString::number(bound, 'f', 1)) : "—",
                        std::isfinite(glpkGap)
                            ? qPrintable(QStringLiteral("%1%").arg(100.0 * glpkGap, 0, 'f', 3))
                            : "—",
                        seconds);
        }
    }

    if (runs > 0) {
        Planning::EvaluationSettings es;
        es.runs = runs;
        es.kind = kind;
        es.threads = 2;
        Planning::PlannerSettings rules = settings;
        rules.writeMps.clear();
        rules.progress = nullptr;
        rules.method = kind == Plan::PlanKind::Replenishment ? QStringLiteral("rop")
                                                             : QStringLiteral("greedy");
        auto rule = Planning::makePlan(*input, rules);
        rules.method = QStringLiteral("none");
        auto idle = Planning::makePlan(*input, rules);
        if (!rule || !idle) {
            std::printf("baselines failed\n");
            return 2;
        }
        const auto milp = Planning::evaluatePlan(*input, plan->lines, es);
        const auto ruleEval = Planning::evaluatePlan(*input, rule->lines, es);
        const auto idleEval = Planning::evaluatePlan(*input, idle->lines, es);
        std::printf("\nsimulated over %d runs (same demand draws for each plan); saving = the "
                    "MILP's total cost below the row's\n",
                    runs);
        std::printf("%-14s %9s %10s %10s %9s %9s %10s %11s %21s %7s\n", "plan", "fill", "lost",
                    "transport", "fixed", "ordering", "holding", "lost margin", "total ± sd",
                    "MILP saves");
        printEvaluation("milp", milp, 0);
        printEvaluation(kind == Plan::PlanKind::Replenishment ? "rop"
                        : kind == Plan::PlanKind::Joint       ? "greedy+rop"
                                                              : "greedy",
                        ruleEval, milp.totalCost);
        printEvaluation("none", idleEval, milp.totalCost);
        std::printf("MILP vs the rules: %.1f%% cheaper, fill rate %+.2f points; vs doing nothing: "
                    "%.1f%% cheaper\n",
                    100.0 * (ruleEval.totalCost - milp.totalCost) / ruleEval.totalCost,
                    100.0 * (milp.fillRate - ruleEval.fillRate),
                    100.0 * (idleEval.totalCost - milp.totalCost) / idleEval.totalCost);
    }
    return 0;
}
