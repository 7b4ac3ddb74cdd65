// Solvers::SolverInfo — which MILP solver this build links, for --version and the About box.
#pragma once

#include <QString>

namespace Stockshift::Solvers {

/// "COIN-OR CBC 2.10.8" (the version CBC was built as).
QString cbcVersion();

} // namespace Stockshift::Solvers
