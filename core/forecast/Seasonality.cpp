#include "forecast/Seasonality.h"

#include <cmath>
#include <numeric>

namespace Stockshift::Forecast {

double autocorrelation(std::span<const double> y, int lag)
{
    const std::size_t n = y.size();
    if (lag <= 0 || std::size_t(lag) >= n)
        return 0.0;
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double denominator = 0, numerator = 0;
    for (std::size_t t = 0; t < n; ++t)
        denominator += (y[t] - mean) * (y[t] - mean);
    for (std::size_t t = std::size_t(lag); t < n; ++t)
        numerator += (y[t] - mean) * (y[t - std::size_t(lag)] - mean);
    return denominator > 0 ? numerator / denominator : 0.0;
}

bool isSeasonal(std::span<const double> y, int m)
{
    if (m <= 1 || y.size() < std::size_t(3 * m))
        return false;
    double sum = 0;
    for (int k = 1; k < m; ++k) {
        const double r = autocorrelation(y, k);
        sum += r * r;
    }
    const double limit = 1.645 * std::sqrt((1.0 + 2.0 * sum) / double(y.size()));
    return std::abs(autocorrelation(y, m)) > limit;
}

std::vector<double> multiplicativeIndices(std::span<const double> y, int m)
{
    const std::size_t n = y.size();
    if (m <= 1 || n < std::size_t(2 * m))
        return {};
    for (double v : y)
        if (!(v > 0))
            return {};
    // Centred moving average: for even m a 2×m MA (half weights at both ends).
    std::vector<double> ratioSum(std::size_t(m), 0.0);
    std::vector<int> ratioCount(std::size_t(m), 0);
    const std::size_t half = std::size_t(m / 2);
    for (std::size_t t = half; t + half < n; ++t) {
        double trend = 0;
        if (m % 2 == 1) {
            for (std::size_t k = t - half; k <= t + half; ++k)
                trend += y[k];
            trend /= m;
        } else {
            if (t + half >= n)
                break;
            trend = 0.5 * y[t - half] + 0.5 * y[t + half];
            for (std::size_t k = t - half + 1; k < t + half; ++k)
                trend += y[k];
            trend /= m;
        }
        ratioSum[t % std::size_t(m)] += y[t] / trend;
        ++ratioCount[t % std::size_t(m)];
    }
    std::vector<double> indices(std::size_t(m), 1.0);
    double total = 0;
    for (std::size_t i = 0; i < indices.size(); ++i) {
        indices[i] = ratioCount[i] ? ratioSum[i] / ratioCount[i] : 1.0;
        total += indices[i];
    }
    const double scale = double(m) / total;
    for (double &index : indices)
        index *= scale;
    return indices;
}

} // namespace Stockshift::Forecast
