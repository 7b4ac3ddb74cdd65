// Solvers::MipBlocks — solving a model that falls apart into independent blocks block by
// block: columns that share no row cannot influence each other, so the blocks are separate
// models whose optimal solutions together are optimal, and whose best bounds add up to a
// valid bound of the whole.
//
// solveDecomposed() finds the blocks (union-find over the rows' columns; fixed columns and
// empty rows are ignored), solves each with the remaining time shared in proportion to the
// block sizes (the largest first, so small blocks hand their unused time on), `workers` blocks
// at a time (in isolated child processes when > 1, because in-process CBC calls are
// serialised), each through solveWithLpRounding, and puts the solutions together. The MIP start is
// sliced per block. With one block it is solveMip(). Progress reports the sum of the blocks'
// incumbents and bounds, the unfinished blocks counted at their start's objective and LP-free bound
// 0 … so the reported gap only shrinks as blocks finish. Thread: as solveMip.
#pragma once

#include "mip/MipSolver.h"

namespace Stockshift::Solvers {

struct Block
{
    std::vector<int> columns; ///< in the whole model's numbering, ascending
    std::vector<int> rows;
};

/// The independent blocks of a model (at least one, even when it has no columns).
std::vector<Block> independentBlocks(const MipModel &model);
/// The block as a model of its own (columns and rows renumbered in block order).
MipModel extractBlock(const MipModel &model, const Block &block);

/// Solves `model` after trying its LP relaxation first: the relaxation gives a bound, and its
/// solution with the integer columns rounded up (and fixed) and the rest re-solved as an LP is a
/// solution when the model's linking is tight (x ≤ M·z with small M, as the planners build
/// it). When that solution is within the relative gap of the bound, CBC is not needed (status
/// Optimal, the bound the LP's); otherwise it is CBC's MIP start when better than the one given.
/// On models whose LP is large and integers few this replaces minutes of CBC heuristics by two
/// LP solves.
Result<SolverResult> solveWithLpRounding(const MipModel &model, const SolverSettings &settings);

struct DecomposedResult
{
    SolverResult result; ///< of the whole model (values in its numbering)
    int blocks = 1;
    int blocksOptimal = 0;
};

Result<DecomposedResult> solveDecomposed(const MipModel &model, const SolverSettings &settings,
                                         int workers = 1);

} // namespace Stockshift::Solvers
