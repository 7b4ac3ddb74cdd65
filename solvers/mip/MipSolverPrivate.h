// Internals of the CBC backend shared by its translation units (not part of the API).
#pragma once

#include "mip/MipSolver.h"

namespace Stockshift::Solvers::Detail {

/// True in the child process of an isolated solve (one thread; no locks shared with a parent).
extern bool inIsolatedChild;

SolverResult emptyResult(const MipModel &model);

/// solveMip in this process: CoinError and std::exception become status Error.
Result<SolverResult> solveGuarded(const MipModel &model, const SolverSettings &settings);

/// solveMip in a forked child (Linux/macOS; see SolverSettings::isolate).
Result<SolverResult> solveIsolated(const MipModel &model, const SolverSettings &settings);

} // namespace Stockshift::Solvers::Detail
