// The COIN-OR CBC backend of MipModel.
//
// Choices, and why:
// - The whole model is handed to OsiClpSolverInterface::loadProblem in one call, as column-major
//   arrays built here (duplicates summed, zeros dropped): the probe measured 29 s for 20,000
//   rows added one by one, milliseconds for one load.
// - MIPs are solved with CbcMain0 + CbcMain1, the code behind the `cbc` command line (integer
//   preprocessing, the root heuristic schedule, all cut generators with CBC's own frequencies),
//   not with CbcModel::branchAndBound and a hand-made setup. Measured on this machine, one thread,
//   against CbcStrategyDefault + preprocessing + feasibility pump, RINS, greedy cover, coefficient
//   diving, two-MIR and zero-half cuts:
//     multi-knapsack 60 items × 5 rows          optimal in 0.07 s   vs 0.18 s
//     fixed-charge network, 350 rows × 1,250 col optimal in 13.5 s  vs 19.8 s
//     multi-item lot sizing, 204 × 288          optimal in 15.5 s   vs 3.4% gap after 30 s
//     fixed-charge network, 2,960 × 18,160      8.1% gap after 60 s vs 12.0%
//   The hand-made setup found its first solution sooner (0.02 s against 0.4 s on the second);
//   CbcMain1 closes gaps much better, which is what the plans need.
// - CbcMain1 reads its arguments through process-wide globals (CbcOrClpRead_mode and friends; CBC
//   issue #332: CbcMain is not thread-safe unless CBC is built with CBC_THREAD_SAFE, and
//   Debian's is not), so concurrent calls would corrupt each other's arguments: they are
//   serialised by a mutex. Independent models solve in parallel in isolated mode (one process
//   each, MipSolverIsolated.cpp).
// - Pure LPs (no integer column) go to Clp directly: faster, and Clp tells infeasible from
//   unbounded.
// - Progress, cancel and the time limit go through a CbcEventHandler. CbcMain1 copies the model
//   it is given into the one it searches, and CBC's heuristics build sub-MIPs: every copy clones
//   the handler, so the clones share one state object. Only top-level models (no parent) report
//   progress; every model, sub-MIPs included, is stopped on cancel or past the time limit. CBC
//   obeys "stop" only at its next check of events, so the handler also sets the model's time
//   limit to "now", which heuristics and cut loops check as well: cancel and time limit took
//   effect ~0.4–1 s after the request on an 18,000-column model instead of 2–20 s.
// - During the root node CBC holds heuristic solutions in bestSolution() before
//   getSolutionCount() counts them: the incumbent is read from bestSolution().
// - CBC's messages go to a capturing message handler: nothing reaches stdout unless logLevel > 0,
//   the text explains errors, and the MIP-start verdict ("MIPStart provided solution …") is read
//   from it (CBC has no API that says whether a start was used).
// - The MIP start is given by column names (CbcModel::setMIPStart), the form CbcMain1 reads: CBC
//   fixes the integer columns at the start's values and re-solves the LP for the others, without
//   checking bounds, so integer values out of bounds are refused here first. In the probe a
//   feasible start was rejected with preprocessing on: when, by the first event of the search, a
//   feasible start was rejected or got no verdict at all, the run is stopped and started again
//   with preprocessing off (said in the message). Not for starts that break rows: CBC's repair
//   failing does not depend on preprocessing.
// - Time is wall-clock (-timeMode elapsed), measured here with a steady clock as well.
#include "mip/MipSolver.h"
#include "mip/MipSolverPrivate.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <ClpEventHandler.hpp>
#include <ClpSimplex.hpp>
#include <CoinError.hpp>
#include <CoinMessageHandler.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace Stockshift::Solvers {

QString solveStatusName(SolveStatus status)
{
    switch (status) {
    case SolveStatus::Optimal:
        return QStringLiteral("optimal");
    case SolveStatus::Feasible:
        return QStringLiteral("feasible");
    case SolveStatus::TimeLimit:
        return QStringLiteral("time-limit");
    case SolveStatus::Infeasible:
        return QStringLiteral("infeasible");
    case SolveStatus::Unbounded:
        return QStringLiteral("unbounded");
    case SolveStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SolveStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

namespace {

using Clock = std::chrono::steady_clock;
using Detail::emptyResult;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// CBC reports "no bound" and "no solution" as huge numbers.
constexpr double kCbcHuge = 1e40;
constexpr double kIntegerTolerance = 1e-6;
constexpr double kStartTolerance = 1e-6;

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Solvers::MipSolver", text);
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double relativeGap(double incumbent, double bound)
{
    if (std::isnan(incumbent) || std::isnan(bound))
        return kNaN;
    const double difference = std::abs(incumbent - bound);
    if (difference <= 1e-9 * std::max(1.0, std::abs(incumbent)))
        return 0;
    return difference / std::max(std::abs(incumbent), 1e-10);
}

// ---- the model as CBC wants it ---------------------------------------------------------------

struct ColumnMajor
{
    std::vector<CoinBigIndex> starts;
    std::vector<int> rows;
    std::vector<double> values;
};

// Transposes the model's compressed rows into compressed columns, summing repeated columns of a
// row and dropping the zeros that result. Checks indices and values on the way: CBC does not.
Result<ColumnMajor> toColumnMajor(const MipModel &model)
{
    const int n = model.columns();
    const auto &rowStarts = model.rowStarts();
    const auto &indices = model.indices();
    const auto &values = model.values();
    if (model.nonZeros() > qint64(std::numeric_limits<CoinBigIndex>::max()))
        return Error(
            tr("The model has %1 non-zeros, more than CBC can load.").arg(model.nonZeros()),
            QStringLiteral("model-too-large"));

    std::vector<CoinBigIndex> count(size_t(n) + 1, 0);
    for (int r = 0; r < model.rows(); ++r) {
        for (qint64 k = rowStarts[size_t(r)]; k < rowStarts[size_t(r) + 1]; ++k) {
            const int column = indices[size_t(k)];
            if (column < 0 || column >= n)
                return Error(tr("Row %1 refers to column %2; the model has %3 columns.")
                                 .arg(model.rowName(r))
                                 .arg(column)
                                 .arg(n),
                             QStringLiteral("bad-model"));
            if (!std::isfinite(values[size_t(k)]))
                return Error(tr("Row %1 has a coefficient that is not a finite number.")
                                 .arg(model.rowName(r)),
                             QStringLiteral("bad-model"));
            ++count[size_t(column) + 1];
        }
    }
    ColumnMajor out;
    out.starts.resize(size_t(n) + 1, 0);
    for (size_t j = 0; j < size_t(n); ++j)
        out.starts[j + 1] = out.starts[j] + count[j + 1];
    out.rows.resize(size_t(out.starts[size_t(n)]));
    out.values.resize(size_t(out.starts[size_t(n)]));

    // Rows are visited in order, so a repeated column of one row meets its own previous entry at
    // the end of the column.
    std::vector<CoinBigIndex> next(out.starts.begin(), out.starts.end() - 1);
    for (int r = 0; r < model.rows(); ++r) {
        for (qint64 k = rowStarts[size_t(r)]; k < rowStarts[size_t(r) + 1]; ++k) {
            const auto column = size_t(indices[size_t(k)]);
            const CoinBigIndex at = next[column];
            if (at > out.starts[column] && out.rows[size_t(at) - 1] == r) {
                out.values[size_t(at) - 1] += values[size_t(k)];
            } else {
                out.rows[size_t(at)] = r;
                out.values[size_t(at)] = values[size_t(k)];
                ++next[column];
            }
        }
    }
    CoinBigIndex write = 0;
    for (size_t j = 0; j < size_t(n); ++j) {
        const CoinBigIndex begin = out.starts[j];
        out.starts[j] = write;
        for (CoinBigIndex p = begin; p < next[j]; ++p) {
            if (out.values[size_t(p)] == 0)
                continue;
            out.rows[size_t(write)] = out.rows[size_t(p)];
            out.values[size_t(write)] = out.values[size_t(p)];
            ++write;
        }
    }
    out.starts[size_t(n)] = write;
    out.rows.resize(size_t(write));
    out.values.resize(size_t(write));
    return out;
}

std::vector<double> toCoinBounds(const std::vector<double> &bounds)
{
    std::vector<double> out(bounds);
    for (double &value : out) {
        if (value >= kInfinity)
            value = COIN_DBL_MAX;
        else if (value <= -kInfinity)
            value = -COIN_DBL_MAX;
    }
    return out;
}

Status checkBounds(const MipModel &model)
{
    for (int j = 0; j < model.columns(); ++j) {
        if (std::isnan(model.columnLower()[size_t(j)]) || std::isnan(model.columnUpper()[size_t(j)])
            || !std::isfinite(model.cost()[size_t(j)]))
            return Error(
                tr("Column %1 has a bound or cost that is not a number.").arg(model.columnName(j)),
                QStringLiteral("bad-model"));
    }
    for (int r = 0; r < model.rows(); ++r) {
        if (std::isnan(model.rowLower()[size_t(r)]) || std::isnan(model.rowUpper()[size_t(r)]))
            return Error(tr("Row %1 has a bound that is not a number.").arg(model.rowName(r)),
                         QStringLiteral("bad-model"));
    }
    return {};
}

// Loads the model into `solver` in one call. Names go in for both rows and columns or for
// neither (CbcMain1 crashed on models with named columns and unnamed rows).
Status loadSolver(const MipModel &model, OsiClpSolverInterface &solver)
{
    if (Status ok = checkBounds(model); !ok)
        return ok;
    Result<ColumnMajor> matrix = toColumnMajor(model);
    if (!matrix)
        return matrix.error();
    const std::vector<double> columnLower = toCoinBounds(model.columnLower());
    const std::vector<double> columnUpper = toCoinBounds(model.columnUpper());
    const std::vector<double> rowLower = toCoinBounds(model.rowLower());
    const std::vector<double> rowUpper = toCoinBounds(model.rowUpper());
    solver.loadProblem(model.columns(), model.rows(), matrix->starts.data(), matrix->rows.data(),
                       matrix->values.data(), columnLower.data(), columnUpper.data(),
                       model.cost().data(), rowLower.data(), rowUpper.data());
    std::vector<int> integers;
    integers.reserve(size_t(model.integers()));
    for (int j = 0; j < model.columns(); ++j) {
        if (model.isInteger()[size_t(j)])
            integers.push_back(j);
    }
    if (!integers.empty())
        solver.setInteger(integers.data(), int(integers.size()));
    // The objective offset stays out of CBC: it is added to what CBC reports, here.
    if (model.hasNames()) {
        std::vector<std::string> rowNames, columnNames;
        rowNames.reserve(size_t(model.rows()));
        columnNames.reserve(size_t(model.columns()));
        for (int r = 0; r < model.rows(); ++r)
            rowNames.push_back(model.rowName(r).toStdString());
        for (int j = 0; j < model.columns(); ++j)
            columnNames.push_back(model.columnName(j).toStdString());
        solver.getModelPtr()->copyNames(rowNames, columnNames);
    }
    return {};
}

// ---- shared state of the handler clones ------------------------------------------------------

struct SolveState
{
    SolveState(const SolverSettings &s, Clock::time_point t0, double off)
        : settings(s)
        , start(t0)
        , offset(off)
    {}

    const SolverSettings &settings;
    const Clock::time_point start;
    const double offset;

    std::mutex mutex;
    double timeLimit = 0; ///< of this run, from `start` (≤ 0: none)
    bool preprocessing = true;
    Clock::time_point lastReport{};
    bool reported = false;
    SolverProgress lastProgress;
    double firstSolutionSeconds = kNaN;
    bool cancelled = false;
    bool timeUp = false;

    // MIP start bookkeeping.
    bool startGiven = false;
    bool startFeasible = false; ///< bounds, rows and integrality hold (MipModel::maxViolation)
    bool startAccepted = false;
    bool startRejected = false;
    bool restartWithoutPreprocessing = false;
    bool searchStarted = false;

    // The last lines CBC said (for error messages).
    QStringList log;
    bool echo = false;

    bool cancelRequested() const
    {
        return settings.cancel && settings.cancel->load(std::memory_order_relaxed);
    }
};

class CaptureHandler : public CoinMessageHandler
{
public:
    explicit CaptureHandler(SolveState *state)
        : m_state(state)
    {
        setPrefix(true);
    }

    CoinMessageHandler *clone() const override { return new CaptureHandler(*this); }

    int print() override
    {
        const QString line = QString::fromLocal8Bit(messageBuffer()).trimmed();
        std::lock_guard lock(m_state->mutex);
        // Test hook: lose the verdict of a preprocessed run, as when CBC drops a start silently.
        const bool dropVerdict = m_state->preprocessing
                                 && qEnvironmentVariableIsSet("STOCKSHIFT_TEST_DROP_START_VERDICT");
        if (!dropVerdict && line.contains(QLatin1String("MIPStart provided solution")))
            m_state->startAccepted = true;
        else if (!dropVerdict
                 && (line.contains(QLatin1String("mipstart values could not be used"))
                     || line.contains(QLatin1String("MIPstart solution is not valid"))))
            m_state->startRejected = true;
        m_state->log.append(line);
        if (m_state->log.size() > 200)
            m_state->log.removeFirst();
        if (m_state->echo) {
            std::fputs(messageBuffer(), stdout);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        }
        return 0;
    }

private:
    SolveState *m_state;
};

class ProgressHandler : public CbcEventHandler
{
public:
    explicit ProgressHandler(SolveState *state)
        : m_state(state)
    {}

    CbcEventHandler *clone() const override { return new ProgressHandler(*this); }

    CbcAction event(CbcEvent whichEvent) override
    {
        SolveState &s = *m_state;
        const double elapsed = secondsSince(s.start);
        const bool cancel = s.cancelRequested();
        // CBC checks its time limit between nodes of the main search; the sub-MIPs of its
        // heuristics ran seconds past it in the tests. Any event past the limit stops the model
        // that raised it, sub-MIPs included.
        const bool late = s.timeLimit > 0 && elapsed > s.timeLimit;
        bool rerun = false;
        if (!cancel && !late) {
            std::lock_guard lock(s.mutex);
            rerun = s.restartWithoutPreprocessing;
        }
        if (cancel || late || rerun) {
            if (!rerun) {
                std::lock_guard lock(s.mutex);
                (cancel ? s.cancelled : s.timeUp) = true;
            }
            // "stop" is obeyed at CBC's next check of events, which can be after a long
            // heuristic; its time limit is checked inside heuristics and cut loops too: set it
            // to now in this model and the ones above it.
            for (CbcModel *m = model_; m; m = m->parentModel())
                m->setMaximumSeconds(1e-6);
            return stop;
        }
        // Sub-MIPs (heuristics, the MIP-start completion) have a parent model: their nodes and
        // objectives are not the search's.
        if (!model_ || model_->parentModel())
            return noAction;

        std::lock_guard lock(s.mutex);
        if (!s.searchStarted) {
            // CBC takes or rejects a start before its search begins. A feasible start rejected,
            // or no verdict at all (a start dropped), with preprocessing on is preprocessing's
            // doing (seen in the probe): stop, and run again without preprocessing. An
            // infeasible start that CBC could not repair would fail again: no second run.
            s.searchStarted = true;
            if (s.startGiven && s.preprocessing && !s.startAccepted
                && (!s.startRejected || s.startFeasible)) {
                // Every model of this run stops from here on (see above).
                s.restartWithoutPreprocessing = true;
                model_->setMaximumSeconds(1e-6);
                return stop;
            }
        }
        // During the root node CBC keeps heuristic solutions in bestSolution() before it counts
        // them in getSolutionCount().
        const double *best = model_->bestSolution();
        const double objective = model_->getObjValue();
        const bool haveIncumbent = best && std::abs(objective) < kCbcHuge;
        // The solution events come before CBC stores the solution: the next event reports it.
        if (whichEvent == beforeSolution1 || whichEvent == beforeSolution2
            || ((whichEvent == solution || whichEvent == heuristicSolution) && !haveIncumbent))
            return noAction;
        if (haveIncumbent && std::isnan(s.firstSolutionSeconds))
            s.firstSolutionSeconds = elapsed;
        if (!s.settings.progress)
            return noAction;

        SolverProgress progress;
        progress.elapsedSeconds = elapsed;
        progress.nodes = std::max(s.lastProgress.nodes, model_->getNodeCount());
        progress.solutions = std::max(model_->getSolutionCount(), haveIncumbent ? 1 : 0);
        const double bound = model_->getBestPossibleObjValue();
        if (std::abs(bound) < kCbcHuge)
            progress.bestBound = bound + s.offset;
        if (haveIncumbent) {
            progress.incumbent = objective + s.offset;
            if (!std::isnan(progress.bestBound))
                progress.bestBound = std::min(progress.bestBound, progress.incumbent);
            progress.gap = relativeGap(progress.incumbent, progress.bestBound);
        }
        // Every new incumbent is reported; anything else at most every progressIntervalMs.
        const bool newIncumbent = haveIncumbent
                                  && (std::isnan(s.lastProgress.incumbent)
                                      || progress.incumbent < s.lastProgress.incumbent);
        const Clock::time_point now = Clock::now();
        const auto interval = std::chrono::milliseconds(std::max(0, s.settings.progressIntervalMs));
        if (!newIncumbent && s.reported && now - s.lastReport < interval)
            return noAction;
        s.lastProgress = progress;
        s.lastReport = now;
        s.reported = true;
        s.settings.progress(progress);
        return noAction;
    }

private:
    SolveState *m_state;
};

// Stops Clp (pure LPs) when the cancel flag is set.
class ClpCancelHandler : public ClpEventHandler
{
public:
    explicit ClpCancelHandler(SolveState *state)
        : m_state(state)
    {}

    ClpEventHandler *clone() const override { return new ClpCancelHandler(*this); }

    int event(Event whichEvent) override
    {
        if (whichEvent != endOfIteration)
            return -1;
        if (m_state->cancelRequested()) {
            std::lock_guard lock(m_state->mutex);
            m_state->cancelled = true;
            return 0;
        }
        // Clp's own wall-clock limit is not looked at in every phase (presolve's clean-up
        // passes run on): the clock is checked here too, every 100 iterations.
        const double limit = m_state->settings.timeLimitSeconds;
        if (limit > 0 && ++m_iterations % 100 == 0 && secondsSince(m_state->start) > limit) {
            std::lock_guard lock(m_state->mutex);
            m_state->timeUp = true;
            return 0;
        }
        return -1;
    }

private:
    SolveState *m_state;
    qint64 m_iterations = 0;
};

// ---- results ---------------------------------------------------------------------------------

void takeSolution(const MipModel &model, const double *x, SolverResult &result)
{
    result.values.assign(x, x + model.columns());
    // Integer columns come back as 0.9999999 and the like: clean them (the planner reads them).
    for (int j = 0; j < model.columns(); ++j) {
        if (!model.isInteger()[size_t(j)])
            continue;
        double &value = result.values[size_t(j)];
        const double rounded = std::round(value);
        if (std::abs(value - rounded) < kIntegerTolerance)
            value = rounded == 0 ? 0.0 : rounded;
    }
    result.hasSolution = true;
    result.objective = model.objective(result.values);
}

QString lastLines(const SolveState &state, int count)
{
    return state.log.mid(std::max<qsizetype>(0, state.log.size() - count)).join(QLatin1Char('\n'));
}

Result<SolverResult> solveLp(const MipModel &model, const SolverSettings &settings,
                             OsiClpSolverInterface &solver, SolveState &state)
{
    SolverResult result = emptyResult(model);
    ClpSimplex *simplex = solver.getModelPtr();
    ClpCancelHandler cancel(&state);
    simplex->passInEventHandler(&cancel);
    if (settings.timeLimitSeconds > 0)
        simplex->setMaximumWallSeconds(settings.timeLimitSeconds);
    const std::size_t statusSize
        = std::size_t(simplex->numberColumns()) + std::size_t(simplex->numberRows());
    if (settings.warmBasis.size() == statusSize && statusSize > 0) {
        // A model whose bounds changed keeps a dual feasible basis: the dual simplex repairs
        // the primal side in a few iterations where a cold start redoes the whole relaxation
        // (tens of seconds on a plan of a thousand SKUs).
        simplex->copyinStatus(settings.warmBasis.data());
        simplex->dual(0);
    } else {
        solver.initialSolve();
    }

    result.seconds = secondsSince(state.start);
    const int status = simplex->status();
    if (state.timeUp) {
        result.status = SolveStatus::TimeLimit;
    } else if (state.cancelled || status == 5) {
        result.status = SolveStatus::Cancelled;
    } else if (solver.isProvenOptimal()) {
        result.status = SolveStatus::Optimal;
        takeSolution(model, solver.getColSolution(), result);
        result.bestBound = result.objective;
        result.gap = 0;
        result.firstSolutionSeconds = result.seconds;
        result.basis.assign(simplex->statusArray(), simplex->statusArray() + statusSize);
        // Clp has no events worth reporting: one report, with the answer.
        if (settings.progress) {
            SolverProgress progress;
            progress.elapsedSeconds = result.seconds;
            progress.incumbent = progress.bestBound = result.objective;
            progress.gap = 0;
            progress.solutions = 1;
            settings.progress(progress);
        }
    } else if (solver.isProvenPrimalInfeasible()) {
        result.status = SolveStatus::Infeasible;
    } else if (solver.isProvenDualInfeasible()) {
        result.status = SolveStatus::Unbounded;
    } else if (status == 3) {
        result.status = SolveStatus::TimeLimit;
    } else {
        result.status = SolveStatus::Error;
        result.message = tr("Clp stopped with status %1: %2").arg(status).arg(lastLines(state, 5));
    }
    return result;
}

std::mutex &cbcMainMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Whether this CBC was built with its parallel tree search (CBC_THREAD): the class that runs it
// is then in the library. Without it, "-threads N" is accepted and ignored.
int threadsAvailable(int requested)
{
    if (requested <= 1)
        return 1;
#if defined(Q_OS_UNIX)
    static const bool parallel = dlsym(RTLD_DEFAULT, "_ZN12CbcBaseModel11stopThreadsEi");
    return parallel ? requested : 1;
#else
    return requested;
#endif
}

int noCallback(CbcModel *, int)
{
    return 0;
}

// One CbcMain1 run over `solver`; the results stay in `cbc`.
void runCbcMain(CbcModel &cbc, const SolverSettings &settings, double timeLimit, bool preprocess,
                const std::vector<double> *start, CaptureHandler &messages)
{
    std::vector<std::string> args = {"stockshift",
                                     "-log",
                                     std::to_string(std::max(1, settings.logLevel)),
                                     "-slog",
                                     std::to_string(std::max(0, settings.logLevel - 1)),
                                     "-timeMode",
                                     "elapsed"};
    auto number = [](double value) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", value);
        return std::string(buffer);
    };
    if (timeLimit > 0) {
        args.push_back("-sec");
        args.push_back(number(timeLimit));
    }
    args.push_back("-ratioGap");
    args.push_back(number(std::max(0.0, settings.relativeGap)));
    args.push_back("-allowableGap");
    args.push_back(number(std::max(0.0, settings.absoluteGap)));
    if (settings.threads > 1) {
        args.push_back("-threads");
        args.push_back(std::to_string(settings.threads));
    }
    args.push_back("-preprocess");
    args.push_back(preprocess ? "sos" : "off");
    args.push_back("-solve");
    args.push_back("-quit");
    std::vector<const char *> argv;
    for (const std::string &arg : args)
        argv.push_back(arg.c_str());

    cbc.passInMessageHandler(&messages);
    if (start) {
        std::vector<std::string> names;
        std::vector<const char *> namePointers;
        names.reserve(start->size());
        for (int j = 0; j < int(start->size()); ++j)
            names.push_back(cbc.solver()->getColName(j));
        for (const std::string &name : names)
            namePointers.push_back(name.c_str());
        cbc.setMIPStart(int(start->size()), namePointers.data(), start->data());
    }

    // In an isolated child the process has one thread, and the mutex may have been copied
    // locked from a parent thread that was inside CbcMain1 at fork().
    std::unique_lock lock(cbcMainMutex(), std::defer_lock);
    if (!Detail::inIsolatedChild)
        lock.lock();
    CbcSolverUsefulData data;
    data.noPrinting_ = settings.logLevel <= 0;
    data.useSignalHandler_ = false;
    CbcMain0(cbc, data);
    // CbcMain0 resets the log levels: silence again before the arguments set them.
    cbc.messageHandler()->setLogLevel(std::max(1, settings.logLevel));
    CbcMain1(int(argv.size()), argv.data(), cbc, noCallback, data);
}

// The verdict on a MIP start, in words for SolverResult::message.
QString startNote(const MipModel &model, const std::vector<double> &start, bool accepted,
                  bool retried)
{
    QString note;
    if (accepted)
        note = retried ? tr("The MIP start was not taken with preprocessing on; it was used with "
                            "preprocessing off.")
                       : tr("The MIP start was used.");
    else
        note = retried ? tr("The MIP start was rejected with preprocessing on and off.")
                       : tr("The MIP start was rejected.");
    if (!accepted) {
        const double violation = model.maxViolation(start);
        if (violation > kStartTolerance)
            note += QLatin1Char(' ') + tr("Its largest violation is %1.").arg(violation);
    }
    return note;
}

// CBC fixes the start's integer columns and re-solves the LP for the rest, without checking
// bounds: a binary at 2 became an "incumbent" in the tests. Integer columns must be integral and
// within bounds (else the start is not given to CBC: returns why); continuous values are clamped
// into their bounds (CBC repairs the rows).
QString cleanStart(const MipModel &model, const std::vector<double> &given,
                   std::vector<double> &start)
{
    start = given;
    for (int j = 0; j < model.columns(); ++j) {
        double &value = start[size_t(j)];
        const double lower = model.columnLower()[size_t(j)];
        const double upper = model.columnUpper()[size_t(j)];
        if (!std::isfinite(value))
            return tr("column %1 has no finite value").arg(model.columnName(j));
        if (!model.isInteger()[size_t(j)]) {
            value = std::clamp(value, lower, upper);
            continue;
        }
        const double rounded = std::round(value);
        if (std::abs(value - rounded) > kIntegerTolerance)
            return tr("integer column %1 is %2").arg(model.columnName(j)).arg(value);
        if (rounded < lower - kIntegerTolerance || rounded > upper + kIntegerTolerance)
            return tr("column %1 is %2, outside [%3, %4]")
                .arg(model.columnName(j))
                .arg(value)
                .arg(lower)
                .arg(upper);
        value = rounded;
    }
    return {};
}

// CBC's status() is 0 when the search finished (its verdict stands even when a cancel or the
// time limit came just after), 1 when it stopped early, 2 when it gave up; secondaryStatus()
// says why: 1 LP infeasible, 2 gap reached, 4 time, 5 event (ours), 7 LP unbounded.
SolveStatus cbcStatus(const CbcModel &cbc, const SolveState &state, bool hasSolution)
{
    const int status = cbc.status();
    const int secondary = cbc.secondaryStatus();
    // Stopped by the clock before any solution (in the root's LP on a large model CBC can end
    // with status 0): nothing was proven, so the answer is "no solution in time", never
    // "infeasible".
    if (!hasSolution && !state.cancelled
        && (state.timeUp || secondary == 4 || cbc.isSecondsLimitReached()))
        return SolveStatus::TimeLimit;
    if (status == 0 || (status == 1 && secondary == 2)) {
        if (secondary == 7 || cbc.isContinuousUnbounded())
            return SolveStatus::Unbounded;
        return hasSolution ? SolveStatus::Optimal : SolveStatus::Infeasible;
    }
    if (secondary == 7 || cbc.isContinuousUnbounded())
        return SolveStatus::Unbounded;
    if (state.cancelled)
        return SolveStatus::Cancelled;
    if (state.timeUp || secondary == 4 || cbc.isSecondsLimitReached())
        return hasSolution ? SolveStatus::Feasible : SolveStatus::TimeLimit;
    if (cbc.isProvenInfeasible() || secondary == 1)
        return hasSolution ? SolveStatus::Optimal : SolveStatus::Infeasible;
    return SolveStatus::Error;
}

std::unique_ptr<CbcModel> runOnce(OsiClpSolverInterface &solver, const SolverSettings &settings,
                                  const std::vector<double> *start, SolveState &state,
                                  bool preprocess, ProgressHandler &progress,
                                  CaptureHandler &messages)
{
    {
        std::lock_guard lock(state.mutex);
        state.preprocessing = preprocess;
        state.searchStarted = false;
        state.startAccepted = false;
        state.startRejected = false;
        state.restartWithoutPreprocessing = false;
    }
    auto cbc = std::make_unique<CbcModel>(solver);
    cbc->passInEventHandler(&progress);
    cbc->setUseElapsedTime(true);
    double limit = 0;
    if (settings.timeLimitSeconds > 0)
        limit = std::max(0.01, settings.timeLimitSeconds - secondsSince(state.start));
    runCbcMain(*cbc, settings, limit, preprocess, start, messages);
    return cbc;
}

Result<SolverResult> solveMipWithCbc(const MipModel &model, const SolverSettings &settings,
                                     OsiClpSolverInterface &solver, SolveState &state,
                                     CaptureHandler &messages)
{
    SolverResult result = emptyResult(model);
    result.threadsUsed = threadsAvailable(settings.threads);
    state.timeLimit = settings.timeLimitSeconds;
    std::vector<double> start;
    QString startProblem;
    if (!settings.mipStart.empty()) {
        startProblem = cleanStart(model, settings.mipStart, start);
        state.startGiven = startProblem.isEmpty();
        state.startFeasible = state.startGiven && model.maxViolation(start) <= kStartTolerance;
    }

    ProgressHandler progress(&state);
    const std::vector<double> *startPointer = state.startGiven ? &start : nullptr;
    std::unique_ptr<CbcModel> cbc
        = runOnce(solver, settings, startPointer, state, settings.preprocess, progress, messages);
    bool retried = false;
    if (state.restartWithoutPreprocessing && !state.cancelled && !state.timeUp) {
        retried = true;
        cbc = runOnce(solver, settings, startPointer, state, false, progress, messages);
    }

    result.seconds = secondsSince(state.start);
    result.nodes = cbc->getNodeCount();
    result.mipStartAccepted = state.startGiven && state.startAccepted;
    const double *x = cbc->bestSolution();
    if (x && std::abs(cbc->getObjValue()) < kCbcHuge)
        takeSolution(model, x, result);
    if (result.hasSolution) {
        result.firstSolutionSeconds
            = std::isnan(state.firstSolutionSeconds) ? result.seconds : state.firstSolutionSeconds;
    }
    result.status = cbcStatus(*cbc, state, result.hasSolution);
    if (result.status == SolveStatus::Error) {
        result.message = tr("CBC stopped with status %1/%2: %3")
                             .arg(cbc->status())
                             .arg(cbc->secondaryStatus())
                             .arg(lastLines(state, 8));
    }

    const double bound = cbc->getBestPossibleObjValue();
    const bool haveBound = std::abs(bound) < kCbcHuge;
    if (result.hasSolution) {
        if (result.status == SolveStatus::Optimal)
            result.bestBound = haveBound
                                   ? std::min(bound + model.objectiveOffset(), result.objective)
                                   : result.objective;
        else if (haveBound)
            result.bestBound = std::min(bound + model.objectiveOffset(), result.objective);
        result.gap = relativeGap(result.objective, result.bestBound);
    } else if (haveBound && result.status != SolveStatus::Infeasible
               && result.status != SolveStatus::Unbounded) {
        result.bestBound = bound + model.objectiveOffset();
    }
    // A last report with the answer, unless the last one said it already (a model solved in
    // preprocessing raises no event at all).
    if (settings.progress && result.hasSolution) {
        std::lock_guard lock(state.mutex);
        const SolverProgress &last = state.lastProgress;
        if (!state.reported || last.incumbent != result.objective
            || !(last.bestBound == result.bestBound)) {
            SolverProgress final;
            final.elapsedSeconds = result.seconds;
            final.incumbent = result.objective;
            final.bestBound = result.bestBound;
            final.gap = result.gap;
            final.nodes = std::max(last.nodes, result.nodes);
            final.solutions = std::max({last.solutions, cbc->getSolutionCount(), 1});
            settings.progress(final);
        }
    }
    if (!settings.mipStart.empty()) {
        const QString note
            = state.startGiven
                  ? startNote(model, settings.mipStart, result.mipStartAccepted, retried)
                  : tr("The MIP start was rejected: %1.").arg(startProblem);
        result.message
            = result.message.isEmpty() ? note : result.message + QLatin1Char('\n') + note;
    }
    return result;
}

Result<SolverResult> solveInProcess(const MipModel &model, const SolverSettings &settings)
{
    const Clock::time_point start = Clock::now();
    if (!settings.mipStart.empty() && settings.mipStart.size() != size_t(model.columns()))
        return Error(tr("The MIP start has %1 values; the model has %2 columns.")
                         .arg(settings.mipStart.size())
                         .arg(model.columns()),
                     QStringLiteral("bad-mip-start"));
    if (model.columns() == 0) {
        SolverResult result = emptyResult(model);
        bool feasible = true;
        for (int r = 0; r < model.rows(); ++r)
            feasible
                = feasible && model.rowLower()[size_t(r)] <= 0 && model.rowUpper()[size_t(r)] >= 0;
        result.status = feasible ? SolveStatus::Optimal : SolveStatus::Infeasible;
        if (feasible) {
            result.hasSolution = true;
            result.objective = result.bestBound = model.objectiveOffset();
            result.gap = 0;
        }
        return result;
    }

    if (settings.cancel && settings.cancel->load()) {
        SolverResult result = emptyResult(model);
        result.status = SolveStatus::Cancelled;
        return result;
    }
    SolveState state(settings, start, model.objectiveOffset());
    state.echo = settings.logLevel > 0;
    CaptureHandler messages(&state);

    // One handler for Clp and CBC. Clp alone (pure LPs) logs at logLevel; for MIPs CbcMain1 sets
    // the levels from its -log and -slog arguments.
    OsiClpSolverInterface solver;
    solver.passInMessageHandler(&messages);
    messages.setLogLevel(std::max(0, settings.logLevel));
    if (Status loaded = loadSolver(model, solver); !loaded)
        return loaded.error();

    if (model.integers() == 0)
        return solveLp(model, settings, solver, state);
    return solveMipWithCbc(model, settings, solver, state, messages);
}

} // namespace

namespace Detail {

bool inIsolatedChild = false;

SolverResult emptyResult(const MipModel &model)
{
    SolverResult result;
    result.rows = model.rows();
    result.columns = model.columns();
    result.integers = model.integers();
    result.nonZeros = model.nonZeros();
    return result;
}

Result<SolverResult> solveGuarded(const MipModel &model, const SolverSettings &settings)
{
    QString failure;
    try {
        return solveInProcess(model, settings);
    } catch (const CoinError &error) {
        failure = tr("CBC failed: %1 (%2::%3)")
                      .arg(QString::fromStdString(error.message()),
                           QString::fromStdString(error.className()),
                           QString::fromStdString(error.methodName()));
    } catch (const std::exception &error) {
        failure = tr("The solver failed: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    SolverResult result = emptyResult(model);
    result.status = SolveStatus::Error;
    result.message = failure;
    return result;
}

} // namespace Detail

Result<SolverResult> solveMip(const MipModel &model, const SolverSettings &settings)
{
#if defined(Q_OS_UNIX)
    if (settings.isolate)
        return Detail::solveIsolated(model, settings);
#endif
    return Detail::solveGuarded(model, settings);
}

namespace {

// Free-MPS names: no blanks, unique, never the objective's.
std::vector<QByteArray> mpsNames(int count, const std::function<QString(int)> &nameOf,
                                 QSet<QByteArray> &taken)
{
    std::vector<QByteArray> names;
    names.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        QByteArray name = nameOf(i).simplified().toUtf8();
        name.replace(' ', '_');
        if (name.isEmpty() || taken.contains(name))
            name += '_' + QByteArray::number(i);
        while (taken.contains(name))
            name += '_';
        taken.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

QByteArray mpsNumber(double value)
{
    return QByteArray::number(value, 'g', 17);
}

} // namespace

Status writeMps(const MipModel &model, const QString &path)
{
    if (Status ok = checkBounds(model); !ok)
        return ok;
    for (const int column : model.indices()) {
        if (column < 0 || column >= model.columns())
            return Error(tr("The model refers to column %1; it has %2 columns.")
                             .arg(column)
                             .arg(model.columns()),
                         QStringLiteral("bad-model"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("write-failed"));

    const QByteArray objectiveName = "OBJ";
    QSet<QByteArray> taken{objectiveName};
    const std::vector<QByteArray> rowNames = mpsNames(
        model.rows(), [&](int r) { return model.rowName(r); }, taken);
    const std::vector<QByteArray> columnNames = mpsNames(
        model.columns(), [&](int j) { return model.columnName(j); }, taken);

    QByteArray out;
    auto flush = [&] {
        if (file.write(out) != out.size())
            return false;
        out.clear();
        return true;
    };
    out += "* Written by Stockshift: " + QByteArray::number(model.rows()) + " rows, "
           + QByteArray::number(model.columns()) + " columns, "
           + QByteArray::number(model.integers()) + " integers. Objective: minimise.\n";
    // "FREE" on the NAME line tells CoinMpsIO (cbc) to read free format; glpsol --freemps and
    // HiGHS ignore it.
    out += "NAME stockshift FREE\nROWS\n N " + objectiveName + '\n';
    for (int r = 0; r < model.rows(); ++r) {
        const double lower = model.rowLower()[size_t(r)];
        const double upper = model.rowUpper()[size_t(r)];
        const char *type = lower == upper         ? " E "
                           : std::isfinite(upper) ? " L "
                           : std::isfinite(lower) ? " G "
                                                  : " N ";
        out += type + rowNames[size_t(r)] + '\n';
    }

    // COLUMNS is column-major; the coefficients are summed as the solver would.
    Result<ColumnMajor> matrix = toColumnMajor(model);
    if (!matrix)
        return matrix.error();
    out += "COLUMNS\n";
    bool inIntegers = false;
    int marker = 0;
    for (int j = 0; j < model.columns(); ++j) {
        const bool integer = model.isInteger()[size_t(j)] != 0;
        if (integer != inIntegers) {
            out += "    MARKER" + QByteArray::number(marker++)
                   + (integer ? " 'MARKER' 'INTORG'\n" : " 'MARKER' 'INTEND'\n");
            inIntegers = integer;
        }
        const QByteArray &name = columnNames[size_t(j)];
        const double cost = model.cost()[size_t(j)];
        const CoinBigIndex begin = matrix->starts[size_t(j)];
        const CoinBigIndex end = matrix->starts[size_t(j) + 1];
        // Every column appears at least once, so that readers know it.
        if (cost != 0 || begin == end)
            out += "    " + name + ' ' + objectiveName + ' ' + mpsNumber(cost) + '\n';
        for (CoinBigIndex k = begin; k < end; ++k)
            out += "    " + name + ' ' + rowNames[size_t(matrix->rows[size_t(k)])] + ' '
                   + mpsNumber(matrix->values[size_t(k)]) + '\n';
        if (out.size() > (1 << 20) && !flush())
            return Error(tr("Writing %1 failed: %2").arg(path, file.errorString()),
                         QStringLiteral("write-failed"));
    }
    if (inIntegers)
        out += "    MARKER" + QByteArray::number(marker) + " 'MARKER' 'INTEND'\n";
    // Readers disagree on the sign of an objective constant given as the objective's RHS
    // (glpsol adds it, CPLEX and CoinMpsIO subtract it): a column fixed at 1 carries it instead.
    QByteArray constantName;
    if (model.objectiveOffset() != 0) {
        constantName = "OBJ_CONSTANT";
        while (taken.contains(constantName))
            constantName += '_';
        out += "    " + constantName + ' ' + objectiveName + ' '
               + mpsNumber(model.objectiveOffset()) + '\n';
    }

    out += "RHS\n";
    QByteArray ranges;
    for (int r = 0; r < model.rows(); ++r) {
        const double lower = model.rowLower()[size_t(r)];
        const double upper = model.rowUpper()[size_t(r)];
        const double rhs = std::isfinite(upper) ? upper : lower;
        if (std::isfinite(rhs) && rhs != 0)
            out += "    RHS " + rowNames[size_t(r)] + ' ' + mpsNumber(rhs) + '\n';
        if (std::isfinite(lower) && std::isfinite(upper) && lower != upper)
            ranges += "    RNG " + rowNames[size_t(r)] + ' ' + mpsNumber(upper - lower) + '\n';
    }
    if (!ranges.isEmpty())
        out += "RANGES\n" + ranges;

    out += "BOUNDS\n";
    if (!constantName.isEmpty())
        out += " FX BND " + constantName + " 1\n";
    for (int j = 0; j < model.columns(); ++j) {
        const QByteArray &name = columnNames[size_t(j)];
        const double lower = model.columnLower()[size_t(j)];
        const double upper = model.columnUpper()[size_t(j)];
        const bool integer = model.isInteger()[size_t(j)] != 0;
        if (lower == upper) {
            out += " FX BND " + name + ' ' + mpsNumber(lower) + '\n';
            continue;
        }
        if (!std::isfinite(lower) && !std::isfinite(upper)) {
            out += " FR BND " + name + '\n';
            continue;
        }
        if (!std::isfinite(lower))
            out += " MI BND " + name + '\n';
        else if (lower != 0 || integer)
            out += " LO BND " + name + ' ' + mpsNumber(lower) + '\n';
        // Some readers make integer columns without an upper bound binary: always write one.
        if (std::isfinite(upper))
            out += " UP BND " + name + ' ' + mpsNumber(upper) + '\n';
        else if (integer)
            out += " PL BND " + name + '\n';
        if (out.size() > (1 << 20) && !flush())
            return Error(tr("Writing %1 failed: %2").arg(path, file.errorString()),
                         QStringLiteral("write-failed"));
    }
    out += "ENDATA\n";
    if (!flush() || !file.commit())
        return Error(tr("Writing %1 failed: %2").arg(path, file.errorString()),
                     QStringLiteral("write-failed"));
    return {};
}

} // namespace Stockshift::Solvers

namespace Stockshift::Solvers {

Status writeLp(const MipModel &model, const QString &path)
{
    if (Status ok = checkBounds(model); !ok)
        return ok;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("write-failed"));
    // CPLEX LP names: letters, digits and a few symbols, not starting with a digit or a period.
    const auto lpName = [](const QString &name, const char *prefix, int i) {
        QByteArray n = name.toUtf8();
        for (char &c : n)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'))
                c = '_';
        if (n.isEmpty() || std::isdigit(static_cast<unsigned char>(n[0])) || n[0] == '.')
            n = prefix + QByteArray::number(i) + (n.isEmpty() ? QByteArray() : '_' + n);
        return n;
    };
    std::vector<QByteArray> columns(std::size_t(model.columns()));
    for (int j = 0; j < model.columns(); ++j)
        columns[std::size_t(j)] = lpName(model.columnName(j), "x", j);
    const auto number = [](double v) {
        return QByteArray::number(v, 'g', 17);
    };
    QByteArray out = "\\ Written by Stockshift: " + QByteArray::number(model.rows()) + " rows, "
                     + QByteArray::number(model.columns()) + " columns\nMinimize\n obj:";
    int terms = 0;
    for (int j = 0; j < model.columns(); ++j) {
        const double c = model.cost()[std::size_t(j)];
        if (c == 0)
            continue;
        out += (c < 0 ? " - " : " + ") + number(std::abs(c)) + ' ' + columns[std::size_t(j)];
        if (++terms % 8 == 0)
            out += "\n   ";
    }
    if (terms == 0)
        out += " 0 " + (columns.empty() ? QByteArray("x0") : columns.front());
    out += "\nSubject To\n";
    for (int r = 0; r < model.rows(); ++r) {
        const double lower = model.rowLower()[std::size_t(r)];
        const double upper = model.rowUpper()[std::size_t(r)];
        QByteArray lhs;
        for (qint64 e = model.rowStarts()[std::size_t(r)];
             e < model.rowStarts()[std::size_t(r) + 1]; ++e) {
            const double a = model.values()[std::size_t(e)];
            lhs += (a < 0 ? " - " : " + ") + number(std::abs(a)) + ' '
                   + columns[std::size_t(model.indices()[std::size_t(e)])];
        }
        if (lhs.isEmpty())
            continue;
        const QByteArray name = lpName(model.rowName(r), "r", r);
        if (lower == upper) {
            out += ' ' + name + ':' + lhs + " = " + number(lower) + '\n';
            continue;
        }
        // A ranged row becomes two rows.
        if (std::isfinite(lower))
            out += ' ' + name + (std::isfinite(upper) ? "_lo:" : ":") + lhs + " >= " + number(lower)
                   + '\n';
        if (std::isfinite(upper))
            out += ' ' + name + (std::isfinite(lower) ? "_up:" : ":") + lhs + " <= " + number(upper)
                   + '\n';
    }
    out += "Bounds\n";
    for (int j = 0; j < model.columns(); ++j) {
        const double lower = model.columnLower()[std::size_t(j)];
        const double upper = model.columnUpper()[std::size_t(j)];
        const QByteArray &name = columns[std::size_t(j)];
        if (lower == upper)
            out += ' ' + name + " = " + number(lower) + '\n';
        else if (!std::isfinite(lower) && !std::isfinite(upper))
            out += ' ' + name + " free\n";
        else
            out += ' ' + (std::isfinite(lower) ? number(lower) : QByteArray("-inf")) + " <= " + name
                   + " <= " + (std::isfinite(upper) ? number(upper) : QByteArray("+inf")) + '\n';
    }
    QByteArray generals;
    for (int j = 0; j < model.columns(); ++j)
        if (model.isInteger()[std::size_t(j)])
            generals += ' ' + columns[std::size_t(j)] + '\n';
    if (!generals.isEmpty())
        out += "Generals\n" + generals;
    out += "End\n";
    if (model.objectiveOffset() != 0)
        out.insert(0, "\\ Objective offset (not in the file): " + number(model.objectiveOffset())
                          + '\n');
    if (file.write(out) != out.size() || !file.commit())
        return Error(tr("Cannot write %1: %2").arg(path, file.errorString()),
                     QStringLiteral("write-failed"));
    return {};
}

} // namespace Stockshift::Solvers
