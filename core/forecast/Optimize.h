// Forecast::Optimize — small derivative-free minimisers for fitting smoothing parameters.
//
// Nelder–Mead (Nelder & Mead 1965; adaptive coefficients of Gao & Han 2012 are not needed at the
// two to five dimensions used here) on a box: points are clamped to [lower, upper], which is what
// R's forecast::ets does with its bounded Nelder–Mead as well. Deterministic for given inputs.
#pragma once

#include <functional>
#include <vector>

namespace Stockshift::Forecast {

struct MinimizeResult
{
    std::vector<double> x;
    double value = 0;
    int evaluations = 0;
};

/// Minimises f over the box [lower, upper] starting at x0 (clamped into the box). The initial
/// simplex steps `initialStep` × the box width along each axis (smaller for a warm start).
/// Stops when the simplex's values agree to `tolerance` relative, or after maxEvaluations.
MinimizeResult nelderMead(const std::function<double(const std::vector<double> &)> &f,
                          std::vector<double> x0, const std::vector<double> &lower,
                          const std::vector<double> &upper, int maxEvaluations = 400,
                          double tolerance = 1e-8, double initialStep = 0.1);

/// Golden-section search for a one-dimensional minimum on [lower, upper].
MinimizeResult goldenSection(const std::function<double(double)> &f, double lower, double upper,
                             double tolerance = 1e-6);

} // namespace Stockshift::Forecast
