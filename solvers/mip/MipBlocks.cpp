#include "mip/MipBlocks.h"
#include "mip/MipSolverPrivate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <numeric>
#include <thread>

namespace Stockshift::Solvers {

namespace {

// The notes below end up in the plan's header in the workstation, in the planner's language.
QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Solvers", text); // lupdate's context
}

int findRoot(std::vector<int> &parent, int x)
{
    while (parent[std::size_t(x)] != x) {
        parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        x = parent[std::size_t(x)];
    }
    return x;
}

} // namespace

std::vector<Block> independentBlocks(const MipModel &model)
{
    const int n = model.columns();
    std::vector<int> parent(static_cast<std::size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    const auto &starts = model.rowStarts();
    const auto &indices = model.indices();
    for (int r = 0; r < model.rows(); ++r) {
        int first = -1;
        for (qint64 e = starts[std::size_t(r)]; e < starts[std::size_t(r) + 1]; ++e) {
            const int c = indices[std::size_t(e)];
            if (first < 0) {
                first = findRoot(parent, c);
                continue;
            }
            const int root = findRoot(parent, c);
            if (root != first)
                parent[std::size_t(root)] = first;
        }
    }
    std::vector<int> blockOf(static_cast<std::size_t>(n), -1);
    std::vector<Block> blocks;
    for (int c = 0; c < n; ++c) {
        const int root = findRoot(parent, c);
        if (blockOf[std::size_t(root)] < 0) {
            blockOf[std::size_t(root)] = int(blocks.size());
            blocks.emplace_back();
        }
        blocks[std::size_t(blockOf[std::size_t(root)])].columns.push_back(c);
    }
    for (int r = 0; r < model.rows(); ++r) {
        if (starts[std::size_t(r)] == starts[std::size_t(r) + 1])
            continue; // an empty row constrains nothing
        const int c = indices[std::size_t(starts[std::size_t(r)])];
        blocks[std::size_t(blockOf[std::size_t(findRoot(parent, c))])].rows.push_back(r);
    }
    if (blocks.empty())
        blocks.emplace_back();
    return blocks;
}

MipModel extractBlock(const MipModel &model, const Block &block)
{
    MipModel sub;
    for (std::size_t f = 1; f < model.families().size(); ++f)
        sub.addFamily(model.families()[f]);
    std::vector<int> local(std::size_t(model.columns()), -1);
    for (int c : block.columns) {
        local[std::size_t(c)] = sub.addVariable(
            model.columnLower()[std::size_t(c)], model.columnUpper()[std::size_t(c)],
            model.cost()[std::size_t(c)], model.isInteger()[std::size_t(c)] != 0);
    }
    std::vector<int> columns;
    std::vector<double> values;
    for (int r : block.rows) {
        columns.clear();
        values.clear();
        for (qint64 e = model.rowStarts()[std::size_t(r)];
             e < model.rowStarts()[std::size_t(r) + 1]; ++e) {
            columns.push_back(local[std::size_t(model.indices()[std::size_t(e)])]);
            values.push_back(model.values()[std::size_t(e)]);
        }
        sub.addRow(model.rowLower()[std::size_t(r)], model.rowUpper()[std::size_t(r)], columns,
                   values, model.rowFamily()[std::size_t(r)]);
    }
    return sub;
}

Result<SolverResult> solveWithLpRounding(const MipModel &model, const SolverSettings &settings)
{
    QElapsedTimer timer;
    timer.start();
    if (model.integers() == 0)
        return solveMip(model, settings);
    const auto left = [&] {
        return settings.timeLimitSeconds > 0
                   ? std::max(0.5, settings.timeLimitSeconds - double(timer.nsecsElapsed()) / 1e9)
                   : 0.0;
    };
    // 1. The relaxation: a bound and a direction.
    MipModel relaxed = model;
    for (int c = 0; c < relaxed.columns(); ++c)
        relaxed.setInteger(c, false);
    SolverSettings lpSettings = settings;
    lpSettings.mipStart.clear();
    lpSettings.progress = nullptr;
    auto lp = solveMip(relaxed, lpSettings);
    if (!lp)
        return lp.error();
    const bool relaxationUnsolved = !lp->hasSolution && lp->status != SolveStatus::Infeasible
                                    && lp->status != SolveStatus::Unbounded
                                    && lp->status != SolveStatus::Cancelled;
    if (relaxationUnsolved && settings.timeLimitSeconds > 0) {
        // Not even the relaxation fits in the limit (Clp stopped on the clock, or gave up):
        // CBC would spend the same time again on its root before it looks at the clock. The
        // start (a rule's plan, or doing nothing) is the answer, and nothing is known of the
        // bound.
        SolverResult r = lp.value();
        r.status = SolveStatus::TimeLimit;
        r.values.clear();
        r.basis.clear();
        r.integers = model.integers();
        r.seconds = double(timer.nsecsElapsed()) / 1e9;
        r.message = tr("The LP relaxation (%1 rows, %2 columns) did not finish in %3 s")
                        .arg(model.rows())
                        .arg(model.columns())
                        .arg(settings.timeLimitSeconds, 0, 'f', 0);
        if (!settings.mipStart.empty() && model.maxViolation(settings.mipStart) <= 1e-6) {
            r.hasSolution = true;
            r.values = settings.mipStart;
            r.objective = model.objective(settings.mipStart);
            r.firstSolutionSeconds = r.seconds;
            r.mipStartAccepted = true;
            r.message += tr("; the start is kept");
        }
        return r;
    }
    if (lp->status == SolveStatus::Infeasible || lp->status == SolveStatus::Unbounded
        || lp->status == SolveStatus::Cancelled || !lp->hasSolution)
        return solveMip(model, settings); // CBC says it in its own words
    const double lpBound = lp->objective;
    const double lpSeconds = double(timer.nsecsElapsed()) / 1e9;
    // The repairs below change bounds only: they restart from the relaxation's basis.
    lpSettings.warmBasis = lp->basis;
    // 2. Binaries rounded up and fixed (a lane used at all runs; an order placed at all is
    //    placed), the general integers (trucks, packs) re-solved as continuous, then rounded —
    //    up, or down when up breaks a row — and fixed, the rest re-solved.
    const auto isBinary = [&](int c) {
        return model.isInteger()[std::size_t(c)] && model.columnLower()[std::size_t(c)] >= 0
               && model.columnUpper()[std::size_t(c)] <= 1;
    };
    // A binary is "safe up" when raising it never breaks a row (it only enables: x ≤ M·z,
    // w ≤ Y): rounding those up keeps the relaxation's solution feasible. Others (a minimum
    // order w with q ≥ MOQ·w) are rounded at ½ — and, when that leaves nothing feasible, set
    // only where the relaxation was sure (≥ 0.99).
    std::vector<char> safeUp(std::size_t(model.columns()), 1);
    for (int r = 0; r < model.rows(); ++r) {
        const double lower = model.rowLower()[std::size_t(r)];
        const double upper = model.rowUpper()[std::size_t(r)];
        for (qint64 e = model.rowStarts()[std::size_t(r)];
             e < model.rowStarts()[std::size_t(r) + 1]; ++e) {
            const double a = model.values()[std::size_t(e)];
            const bool ok = (a < 0 && lower == -kInfinity) || (a > 0 && upper == kInfinity);
            if (!ok)
                safeUp[std::size_t(model.indices()[std::size_t(e)])] = 0;
        }
    }
    // A binary that cannot be 1 by itself (one row, the others at their bounds: a minimum order
    // above what the item may ever be bought, a shelf-life cap below the MOQ) is never rounded
    // up: one such order makes the whole repair infeasible.
    std::vector<char> canBeOne(std::size_t(model.columns()), 1);
    {
        std::vector<double> rowMin(std::size_t(model.rows()), 0.0),
            rowMax(std::size_t(model.rows()), 0.0);
        for (int r = 0; r < model.rows(); ++r) {
            for (qint64 e = model.rowStarts()[std::size_t(r)];
                 e < model.rowStarts()[std::size_t(r) + 1]; ++e) {
                const int c = model.indices()[std::size_t(e)];
                const double a = model.values()[std::size_t(e)];
                const double lo = model.columnLower()[std::size_t(c)];
                const double hi = model.columnUpper()[std::size_t(c)];
                rowMin[std::size_t(r)] += a > 0 ? a * lo : a * hi;
                rowMax[std::size_t(r)] += a > 0 ? a * hi : a * lo;
            }
        }
        for (int r = 0; r < model.rows(); ++r) {
            for (qint64 e = model.rowStarts()[std::size_t(r)];
                 e < model.rowStarts()[std::size_t(r) + 1]; ++e) {
                const int c = model.indices()[std::size_t(e)];
                if (!isBinary(c) || safeUp[std::size_t(c)])
                    continue;
                const double a = model.values()[std::size_t(e)];
                const double lo = model.columnLower()[std::size_t(c)];
                const double hi = model.columnUpper()[std::size_t(c)];
                // The row's range with this column at 1 instead of its bound contribution.
                const double minWith = rowMin[std::size_t(r)] - (a > 0 ? a * lo : a * hi) + a;
                const double maxWith = rowMax[std::size_t(r)] - (a > 0 ? a * hi : a * lo) + a;
                const double tolerance = 1e-7 * (1.0 + std::abs(a));
                if (minWith > model.rowUpper()[std::size_t(r)] + tolerance
                    || maxWith < model.rowLower()[std::size_t(r)] - tolerance)
                    canBeOne[std::size_t(c)] = 0;
            }
        }
    }
    // Which minimum-order binaries to raise at `threshold`: the most decided first, each only
    // when what it forces still fits. A binary w of a row a·q − b·w ≥ 0 (q's minimum when w is
    // 1) raises q's lower bound to b/a; every other row of q (a cap on the total bought over the
    // horizon, a supplier's capacity, a budget) must keep room for it, with the minimums
    // already forced. Without this, two orders each at their MOQ broke a shared cap and the
    // whole repair was infeasible (a purchase plan of a thousand SKUs ended 66% above its bound).
    std::vector<std::pair<int, int>> forces(std::size_t(model.columns()), {-1, -1}); // (q, row)
    for (int r = 0; r < model.rows(); ++r) {
        const qint64 b = model.rowStarts()[std::size_t(r)];
        if (model.rowStarts()[std::size_t(r) + 1] - b != 2 || model.rowLower()[std::size_t(r)] != 0
            || model.rowUpper()[std::size_t(r)] != kInfinity)
            continue;
        for (const qint64 e : {b, b + 1}) {
            const int w = model.indices()[std::size_t(e)];
            const int q = model.indices()[std::size_t(e == b ? b + 1 : b)];
            if (isBinary(w) && !safeUp[std::size_t(w)] && model.values()[std::size_t(e)] < 0
                && model.values()[std::size_t(e == b ? b + 1 : b)] > 0)
                forces[std::size_t(w)] = {q, r};
        }
    }
    const auto selectOnes = [&](double threshold) {
        std::vector<char> one(std::size_t(model.columns()), 0);
        std::vector<int> order;
        for (int c = 0; c < model.columns(); ++c)
            if (isBinary(c) && !safeUp[std::size_t(c)] && canBeOne[std::size_t(c)]
                && lp->values[std::size_t(c)] >= threshold)
                order.push_back(c);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return lp->values[std::size_t(a)] > lp->values[std::size_t(b)];
        });
        // The rows' least activity with every column at its lower bound (for ≤ rows).
        std::vector<double> rowMin(std::size_t(model.rows()), 0.0);
        std::vector<std::vector<std::pair<int, double>>> rowsOf(std::size_t(model.columns()));
        for (int r = 0; r < model.rows(); ++r)
            for (qint64 e = model.rowStarts()[std::size_t(r)];
                 e < model.rowStarts()[std::size_t(r) + 1]; ++e) {
                const int c = model.indices()[std::size_t(e)];
                const double a = model.values()[std::size_t(e)];
                rowMin[std::size_t(r)] += a > 0 ? a * model.columnLower()[std::size_t(c)]
                                                : a * model.columnUpper()[std::size_t(c)];
                if (forces[std::size_t(c)].first < 0)
                    rowsOf[std::size_t(c)].push_back({r, a});
            }
        std::vector<double> lower = model.columnLower();
        for (const int w : order) {
            // A binary without such a row (a quantity of at most one pack) forces itself to 1.
            const int q = forces[std::size_t(w)].first >= 0 ? forces[std::size_t(w)].first : w;
            const int link = forces[std::size_t(w)].second;
            double need = 1.0;
            if (link >= 0) {
                double aq = 0, aw = 0;
                for (qint64 e = model.rowStarts()[std::size_t(link)];
                     e < model.rowStarts()[std::size_t(link) + 1]; ++e)
                    (model.indices()[std::size_t(e)] == q ? aq : aw)
                        = model.values()[std::size_t(e)];
                need = std::max(lower[std::size_t(q)], -aw / aq);
            }
            const double delta = need - lower[std::size_t(q)];
            bool fits = need <= model.columnUpper()[std::size_t(q)] + 1e-9;
            for (const auto &[r, a] : rowsOf[std::size_t(q)]) {
                if (!fits || r == link || a <= 0)
                    continue;
                fits = rowMin[std::size_t(r)] + a * delta
                       <= model.rowUpper()[std::size_t(r)] + 1e-7 * (1.0 + std::abs(a));
            }
            if (!fits)
                continue;
            one[std::size_t(w)] = 1;
            for (const auto &[r, a] : rowsOf[std::size_t(q)])
                if (a > 0)
                    rowMin[std::size_t(r)] += a * delta;
            lower[std::size_t(q)] = need;
        }
        return one;
    };
    const auto fixBinaries = [&](double threshold) {
        const std::vector<char> one = selectOnes(threshold);
        MipModel m = model;
        for (int c = 0; c < m.columns(); ++c) {
            if (!model.isInteger()[std::size_t(c)])
                continue;
            m.setInteger(c, false);
            if (isBinary(c)) {
                const double x = lp->values[std::size_t(c)];
                const double v = safeUp[std::size_t(c)] ? (x > 1e-6 ? 1.0 : 0.0)
                                                        : (one[std::size_t(c)] ? 1.0 : 0.0);
                m.setBounds(c, v, v);
            }
        }
        return m;
    };
    bool general = false;
    for (int c = 0; c < model.columns() && !general; ++c)
        general = model.isInteger()[std::size_t(c)] && !isBinary(c);
    // One rounding: binaries fixed at `threshold`, the rest repaired from the relaxation's
    // basis, general integers rounded (up, else down) and the rest repaired again.
    const auto roundAt = [&](double threshold) -> std::vector<double> {
        const MipModel fixed = fixBinaries(threshold);
        lpSettings.timeLimitSeconds = left();
        auto repaired = solveMip(fixed, lpSettings);
        if (!repaired || !repaired->hasSolution)
            return {};
        if (!general)
            return repaired->values;
        for (const bool up : {true, false}) {
            MipModel whole = fixed;
            for (int c = 0; c < whole.columns(); ++c) {
                if (!model.isInteger()[std::size_t(c)] || isBinary(c))
                    continue;
                const double x = repaired->values[std::size_t(c)];
                const double v = std::clamp(up ? std::ceil(x - 1e-6) : std::floor(x + 1e-6),
                                            model.columnLower()[std::size_t(c)],
                                            model.columnUpper()[std::size_t(c)]);
                whole.setBounds(c, v, v);
            }
            lpSettings.timeLimitSeconds = left();
            auto rounded = solveMip(whole, lpSettings);
            if (rounded && rounded->hasSolution)
                return rounded->values;
        }
        return {};
    };
    // Minimum-order binaries (q ≥ MOQ·w) rounded at ½ drop every order the relaxation placed
    // at a fraction of its MOQ — on a purchase plan of a thousand SKUs that left most demand
    // unmet (66% above the bound). Rounding every used binary up buys the MOQ instead, which
    // is usually far cheaper than the lost sales; both are tried (the repairs are warm-started
    // and cheap) and the cheaper kept. 0.99 is the last resort when neither is feasible.
    std::vector<double> candidate;
    double candidateValue = std::numeric_limits<double>::infinity();
    std::vector<char> previous;
    bool tried = false;
    for (const double threshold : {1e-6, 0.5, 0.99}) {
        if (threshold == 0.99 && !candidate.empty())
            break;
        // The same roundings (no minimum-order binary between the thresholds) are not redone.
        const std::vector<char> ones = selectOnes(threshold);
        if (tried && ones == previous)
            continue;
        tried = true;
        previous = ones;
        std::vector<double> x = roundAt(threshold);
        if (x.empty() || model.maxViolation(x) > 1e-6)
            continue;
        const double value = model.objective(x);
        if (value < candidateValue) {
            candidateValue = value;
            candidate = std::move(x);
        }
    }
    if (!candidate.empty() && model.maxViolation(candidate) > 1e-6)
        candidate.clear();
    SolverSettings s = settings;
    // The better of the rounded plan and the start (a rule's plan or doing nothing).
    std::vector<double> best = candidate;
    double bestValue
        = candidate.empty() ? std::numeric_limits<double>::infinity() : model.objective(candidate);
    bool bestIsStart = false;
    if (!settings.mipStart.empty() && model.maxViolation(settings.mipStart) <= 1e-6
        && model.objective(settings.mipStart) < bestValue) {
        best = settings.mipStart;
        bestValue = model.objective(settings.mipStart);
        bestIsStart = true;
    }
    // The best plan at hand as the answer, with the relaxation's bound and the true gap.
    const auto keepBest = [&](SolveStatus status, const QString &message) {
        SolverResult r = Detail::emptyResult(model);
        r.status = status;
        r.hasSolution = true;
        r.mipStartAccepted = bestIsStart;
        r.values = best;
        r.objective = bestValue;
        r.bestBound = lpBound;
        r.gap = std::abs(bestValue) > 1e-9 ? std::abs(bestValue - lpBound) / std::abs(bestValue)
                                           : 0.0;
        r.seconds = double(timer.nsecsElapsed()) / 1e9;
        r.firstSolutionSeconds = r.seconds;
        r.message = message;
        return r;
    };
    const QString lpNote
        = tr("LP relaxation %1 (%2 s)").arg(lpBound, 0, 'f', 1).arg(lpSeconds, 0, 'f', 1);
    if (!best.empty()) {
        const double gap = std::abs(bestValue) > 1e-9
                               ? std::abs(bestValue - lpBound) / std::abs(bestValue)
                               : 0.0;
        const bool closeEnough
            = gap <= settings.relativeGap || std::abs(bestValue - lpBound) <= settings.absoluteGap;
        // CBC starts by solving the root LP again, without a look at the clock: when that alone
        // would overrun the time left, the best plan at hand is the answer (with the true gap).
        const bool noTimeForCbc
            = settings.timeLimitSeconds > 0
              && double(timer.nsecsElapsed()) / 1e9 + 1.5 * lpSeconds > settings.timeLimitSeconds;
        if (closeEnough || noTimeForCbc) {
            const QString message
                = closeEnough
                      ? QString()
                      : lpNote
                            + (candidate.empty()
                                   ? tr(", no rounding in time")
                                   : tr(", rounded %1").arg(model.objective(candidate), 0, 'f', 1))
                            + (bestIsStart ? tr("; the start is kept") : QString())
                            + tr("; no time left for CBC's search");
            SolverResult r
                = keepBest(closeEnough ? SolveStatus::Optimal : SolveStatus::Feasible, message);
            if (settings.progress) {
                SolverProgress p;
                p.elapsedSeconds = r.seconds;
                p.incumbent = bestValue;
                p.bestBound = lpBound;
                p.gap = r.gap;
                p.solutions = 1;
                settings.progress(p);
            }
            return r;
        }
        s.mipStart = best;
    }
    // CBC checks its clock between LP solves, and on a large model one LP solve takes about as
    // long as the relaxation did: stop its search that much earlier so that the answer comes
    // within the limit.
    s.timeLimitSeconds
        = settings.timeLimitSeconds > 0 ? std::max(0.5, 0.8 * (left() - 4.0 * lpSeconds)) : 0.0;
    // CBC 2.10 can abort or crash on some models and starts; with a plan already in hand its
    // search runs in a child process (Linux and macOS), and a failure there keeps that plan
    // instead of taking the application down.
    if (!best.empty())
        s.isolate = true;
    auto solved = solveMip(model, s);
    if (!best.empty()
        && (!solved || !solved->hasSolution || solved->objective > bestValue + 1e-9)) {
        const QString why = !solved ? QStringLiteral(": ") + solved.errorMessage()
                            : solved->message.isEmpty() ? QString()
                                                        : QStringLiteral(": ") + solved->message;
        return keepBest(
            SolveStatus::Feasible,
            lpNote
                + tr(", rounded %1; CBC gave nothing better%2").arg(bestValue, 0, 'f', 1).arg(why));
    }
    if (solved && solved->hasSolution && !candidate.empty()) {
        // Say where the answer came from: the planner shows it in the plan's note.
        const QString note = lpNote
                             + tr(", rounded %1, CBC %2")
                                   .arg(model.objective(candidate), 0, 'f', 1)
                                   .arg(solved->objective, 0, 'f', 1);
        solved->message
            = solved->message.isEmpty() ? note : note + QStringLiteral("; ") + solved->message;
    }
    if (!solved)
        return solved;
    // CBC's bound can be weaker than the LP's when it stopped early in its root processing.
    if (solved->hasSolution && (!std::isfinite(solved->bestBound) || solved->bestBound < lpBound)) {
        solved->bestBound = std::min(lpBound, solved->objective);
        solved->gap
            = std::abs(solved->objective) > 1e-9
                  ? std::abs(solved->objective - solved->bestBound) / std::abs(solved->objective)
                  : 0.0;
    }
    solved->seconds = double(timer.nsecsElapsed()) / 1e9;
    return solved;
}

Result<DecomposedResult> solveDecomposed(const MipModel &model, const SolverSettings &settings,
                                         int workers)
{
    DecomposedResult out;
    std::vector<Block> blocks = independentBlocks(model);
    out.blocks = int(blocks.size());
    if (blocks.size() <= 1) {
        auto r = solveWithLpRounding(model, settings);
        if (!r)
            return r.error();
        out.result = std::move(r.value());
        out.blocksOptimal = out.result.status == SolveStatus::Optimal ? 1 : 0;
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    // Largest first: the small ones at the end finish fast and hand their time back.
    std::vector<std::size_t> order(blocks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return blocks[a].columns.size() > blocks[b].columns.size();
    });
    std::vector<SolverResult> results(blocks.size());
    std::vector<char> done(blocks.size(), 0);
    std::mutex mutex;
    std::size_t next = 0, remainingColumns = 0;
    for (const Block &b : blocks)
        remainingColumns += b.columns.size();
    std::vector<double> startObjective(blocks.size(), 0.0);
    Status failure;
    const bool haveStart = !settings.mipStart.empty();
    const auto report = [&] {
        // Caller holds the mutex.
        if (!settings.progress)
            return;
        SolverProgress p;
        p.elapsedSeconds = double(timer.nsecsElapsed()) / 1e9;
        double incumbent = model.objectiveOffset(), bound = model.objectiveOffset();
        bool complete = true;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            if (done[b] && results[b].hasSolution) {
                incumbent += results[b].objective;
                bound += std::isfinite(results[b].bestBound) ? results[b].bestBound : 0.0;
                p.nodes += results[b].nodes;
            } else if (haveStart) {
                incumbent += startObjective[b];
            } else {
                complete = false;
            }
        }
        if (complete) {
            p.incumbent = incumbent;
            p.bestBound = bound;
            p.gap
                = std::abs(incumbent) > 0 ? std::abs(incumbent - bound) / std::abs(incumbent) : 0.0;
        }
        settings.progress(p);
    };
    const auto worker = [&] {
        for (;;) {
            std::size_t b;
            SolverSettings s = settings;
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (next >= order.size() || !failure.ok())
                    return;
                b = order[next++];
                const double elapsed = double(timer.nsecsElapsed()) / 1e9;
                const double left = std::max(0.5, settings.timeLimitSeconds - elapsed);
                // This block's share of the time left, by size, times the workers running.
                const double share = double(blocks[b].columns.size())
                                     / double(std::max<std::size_t>(1, remainingColumns));
                s.timeLimitSeconds = settings.timeLimitSeconds > 0
                                         ? std::max(0.5, left * std::min(1.0, share * workers))
                                         : 0.0;
                remainingColumns -= blocks[b].columns.size();
            }
            const MipModel sub = extractBlock(model, blocks[b]);
            if (haveStart) {
                s.mipStart.resize(blocks[b].columns.size());
                for (std::size_t i = 0; i < blocks[b].columns.size(); ++i)
                    s.mipStart[i] = settings.mipStart[std::size_t(blocks[b].columns[i])];
            }
            s.progress = nullptr;
            s.isolate = settings.isolate || workers > 1;
            auto r = solveWithLpRounding(sub, s);
            std::lock_guard<std::mutex> lock(mutex);
            if (!r) {
                failure = r.error();
                return;
            }
            results[b] = std::move(r.value());
            done[b] = 1;
            report();
        }
    };
    if (haveStart)
        for (std::size_t b = 0; b < blocks.size(); ++b)
            for (int c : blocks[b].columns)
                startObjective[b]
                    += model.cost()[std::size_t(c)] * settings.mipStart[std::size_t(c)];
    std::vector<std::thread> pool;
    for (int w = 1; w < std::max(1, workers); ++w)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    if (!failure)
        return failure.error();

    SolverResult &whole = out.result;
    whole.rows = model.rows();
    whole.columns = model.columns();
    whole.integers = model.integers();
    whole.nonZeros = model.nonZeros();
    whole.values.assign(std::size_t(model.columns()), 0.0);
    whole.hasSolution = true;
    double objective = model.objectiveOffset(), bound = model.objectiveOffset();
    bool allOptimal = true, cancelled = false, error = false, infeasible = false;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const SolverResult &r = results[b];
        whole.nodes += r.nodes;
        whole.threadsUsed = std::max(whole.threadsUsed, r.threadsUsed);
        if (r.status == SolveStatus::Optimal)
            ++out.blocksOptimal;
        else
            allOptimal = false;
        cancelled = cancelled || r.status == SolveStatus::Cancelled;
        error = error || r.status == SolveStatus::Error;
        infeasible = infeasible || r.status == SolveStatus::Infeasible;
        if (!r.message.isEmpty() && whole.message.isEmpty())
            whole.message = r.message;
        std::vector<double> values = r.values;
        if (!r.hasSolution) {
            // A block without a solution keeps its start (when there is one and it holds).
            if (!haveStart) {
                whole.hasSolution = false;
                continue;
            }
            values.resize(blocks[b].columns.size());
            for (std::size_t i = 0; i < values.size(); ++i)
                values[i] = settings.mipStart[std::size_t(blocks[b].columns[i])];
        }
        for (std::size_t i = 0; i < blocks[b].columns.size() && i < values.size(); ++i)
            whole.values[std::size_t(blocks[b].columns[i])] = values[i];
        bound += std::isfinite(r.bestBound) ? r.bestBound : -kInfinity;
    }
    if (whole.hasSolution) {
        objective = model.objective(whole.values);
        if (model.maxViolation(whole.values) > 1e-5)
            whole.hasSolution = false;
    }
    whole.objective = whole.hasSolution ? objective : std::numeric_limits<double>::quiet_NaN();
    whole.bestBound = std::isfinite(bound) ? bound : std::numeric_limits<double>::quiet_NaN();
    whole.gap
        = whole.hasSolution && std::isfinite(bound) ? (
              std::abs(objective) > 1e-9 ? std::abs(objective - bound) / std::abs(objective) : 0.0)
                                                    : std::numeric_limits<double>::quiet_NaN();
    whole.status = infeasible          ? SolveStatus::Infeasible
                   : error             ? SolveStatus::Error
                   : cancelled         ? SolveStatus::Cancelled
                   : allOptimal        ? SolveStatus::Optimal
                   : whole.hasSolution ? SolveStatus::Feasible
                                       : SolveStatus::TimeLimit;
    whole.seconds = double(timer.nsecsElapsed()) / 1e9;
    return out;
}

} // namespace Stockshift::Solvers
