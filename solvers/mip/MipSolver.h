// Solvers::MipSolver — solves a MipModel with COIN-OR CBC (OsiClpSolverInterface + CbcModel).
//
// Contract:
// - solveMip() runs on the calling thread (call it from a worker, never the GUI thread) and
//   never throws: CoinError and std::exception are caught and returned as Status::Error.
//   (That is SolveStatus::Error in a result, with CBC's words in `message`, as for a crash in
//   isolated mode; the Result itself fails only on invalid input: a column index out of range,
//   a bound, cost or coefficient that is not a number, a MIP start of the wrong length.)
// - Calls from several threads are safe; in this process they run one at a time (CBC's
//   CbcMain1 is not reentrant), in isolated mode in parallel.
// - Time limit is wall-clock (CbcModel::setUseElapsedTime(true)); the gaps are CBC's allowable
//   relative and absolute gaps; `threads` > 1 uses CBC's parallel tree search when CBC was built
//   with it (reported in SolverResult::threadsUsed).
// - Progress is reported from the solving thread, at most every `progressIntervalMs`, and on
//   every new incumbent: keep the callback short and thread-safe (e.g. post a queued signal).
// - Cancel: setting *cancel makes the solve stop at the next CBC event (node, solution, pass);
//   the best solution found so far is kept (status Cancelled, hasSolution true) or none.
// - MIP start: a full column vector; CBC checks it and uses it as the first incumbent when
//   feasible (it was rejected with preprocessing on in the probe: the start is also tried with
//   preprocessing off when that happens, reported in SolverResult::mipStartAccepted).
// - Results carry the true best bound and gap (never a gap claimed without a bound).
#pragma once

#include "common/Result.h"
#include "mip/MipModel.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace Stockshift::Solvers {

enum class SolveStatus {
    Optimal,    ///< proven optimal within the gaps
    Feasible,   ///< a solution, stopped by the time limit before the gap was closed
    TimeLimit,  ///< the time limit came before any solution
    Infeasible, ///< proven infeasible
    Unbounded,
    Cancelled, ///< the cancel flag stopped it (hasSolution says whether one was kept)
    Error,
};
QString solveStatusName(SolveStatus status); ///< "optimal", "feasible", "time-limit", …

struct SolverProgress
{
    double elapsedSeconds = 0;
    double incumbent = std::numeric_limits<double>::quiet_NaN(); ///< NaN: no solution yet
    double bestBound = std::numeric_limits<double>::quiet_NaN();
    double gap = std::numeric_limits<double>::quiet_NaN(); ///< relative, |inc − bound| / |inc|
    int nodes = 0;
    int solutions = 0;
};

struct SolverSettings
{
    double timeLimitSeconds = 60; ///< wall clock; ≤ 0 = none
    double relativeGap = 1e-4;
    double absoluteGap = 1e-6;
    int threads = 1;
    int logLevel = 0;             ///< CBC's log level (0 = silent)
    bool preprocess = true;       ///< CBC's integer preprocessing
    std::vector<double> mipStart; ///< empty, or one value per column
    std::function<void(const SolverProgress &)> progress;
    int progressIntervalMs = 250;
    const std::atomic_bool *cancel = nullptr;
    /// Linux/macOS: solve in a forked child process, so that a CBC assertion (which aborts) or
    /// crash cannot take the application down: the result is then status Error, the message
    /// names the signal and an MPS file of the model. Also lets independent models be solved
    /// in parallel (in-process CbcMain1 calls are serialised). Ignored elsewhere.
    bool isolate = false;
    /// Pure LPs only: Clp's status per column then per row (SolverResult::basis of a model with
    /// the same rows and columns, e.g. before some bounds were fixed). The LP then starts from
    /// it with the dual simplex instead of solving from scratch. Ignored when the size differs.
    std::vector<unsigned char> warmBasis;
};

struct SolverResult
{
    SolveStatus status = SolveStatus::Error;
    bool hasSolution = false;
    double objective = std::numeric_limits<double>::quiet_NaN(); ///< offset included
    double bestBound = std::numeric_limits<double>::quiet_NaN(); ///< offset included
    double gap = std::numeric_limits<double>::quiet_NaN();       ///< relative
    double seconds = 0;
    double firstSolutionSeconds = std::numeric_limits<double>::quiet_NaN();
    int nodes = 0;
    int threadsUsed = 1;
    bool mipStartAccepted = false;
    std::vector<double> values; ///< one per column when hasSolution
    int rows = 0, columns = 0, integers = 0;
    qint64 nonZeros = 0;
    QString message; ///< CBC's words when something went wrong
    /// Pure LPs solved to optimality: the final basis (see SolverSettings::warmBasis).
    std::vector<unsigned char> basis;
};

Result<SolverResult> solveMip(const MipModel &model, const SolverSettings &settings);

/// Writes the model as free MPS (names generated when the model has none) for diagnosis with
/// other solvers (`cbc model.mps`, `glpsol --freemps model.mps`).
Status writeMps(const MipModel &model, const QString &path);
/// Writes the model in CPLEX LP format (readable by glpsol --lp, cbc, HiGHS); ranged rows become
/// two rows, the objective offset is a comment.
Status writeLp(const MipModel &model, const QString &path);

} // namespace Stockshift::Solvers
