// Forecast::Seasonality — seasonality test and classical multiplicative decomposition.
//
// Test (as in the M3 Theta method and R's forecast::thetaf): the series is seasonal when the
// autocorrelation at lag m exceeds 1.645·sqrt((1 + 2·Σ_{k<m} r_k²)/n) (90% one-sided, Bartlett's
// variance), needing n ≥ 3m.
// Decomposition: centred moving average of order m (2×m for even m) as trend, seasonal indices
// as the mean ratio y/trend per position, normalised to average 1 (Makridakis et al. 1998 §3.2).
#pragma once

#include <span>
#include <vector>

namespace Stockshift::Forecast {

double autocorrelation(std::span<const double> y, int lag);

/// true when `y` shows seasonality of period m by the test above.
bool isSeasonal(std::span<const double> y, int m);

/// Multiplicative seasonal indices (size m, mean 1) by classical decomposition; index i belongs
/// to positions t with t % m == i. Empty when the series is too short (n < 2m) or has values
/// ≤ 0 (multiplicative decomposition needs positive data).
std::vector<double> multiplicativeIndices(std::span<const double> y, int m);

} // namespace Stockshift::Forecast
