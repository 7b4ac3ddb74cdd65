#include "forecast/Optimize.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Stockshift::Forecast {

MinimizeResult nelderMead(const std::function<double(const std::vector<double> &)> &f,
                          std::vector<double> x0, const std::vector<double> &lower,
                          const std::vector<double> &upper, int maxEvaluations, double tolerance,
                          double initialStep)
{
    const std::size_t n = x0.size();
    const auto clamp = [&](std::vector<double> &x) {
        for (std::size_t i = 0; i < n; ++i)
            x[i] = std::clamp(x[i], lower[i], upper[i]);
    };
    MinimizeResult result;
    const auto eval = [&](std::vector<double> &x) {
        clamp(x);
        ++result.evaluations;
        const double v = f(x);
        return std::isfinite(v) ? v : 1e300;
    };

    // Initial simplex: x0 plus a step of a share of the box along each axis (towards the
    // interior).
    std::vector<std::vector<double>> simplex(n + 1, x0);
    std::vector<double> values(n + 1);
    clamp(simplex[0]);
    for (std::size_t i = 0; i < n; ++i) {
        const double step = initialStep * (upper[i] - lower[i]);
        simplex[i + 1][i] += simplex[i + 1][i] + step <= upper[i] ? step : -step;
    }
    for (std::size_t i = 0; i <= n; ++i)
        values[i] = eval(simplex[i]);

    std::vector<std::size_t> order(n + 1);
    std::vector<double> centroid(n), trial(n), trial2(n);
    while (result.evaluations < maxEvaluations) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order.front(), worst = order.back(), second = order[n - 1];
        if (std::abs(values[worst] - values[best])
            <= tolerance * (std::abs(values[best]) + tolerance))
            break;
        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (std::size_t k = 0; k <= n; ++k) {
            if (k == worst)
                continue;
            for (std::size_t i = 0; i < n; ++i)
                centroid[i] += simplex[k][i] / double(n);
        }
        for (std::size_t i = 0; i < n; ++i)
            trial[i] = centroid[i] + (centroid[i] - simplex[worst][i]);
        const double reflected = eval(trial);
        if (reflected < values[best]) {
            for (std::size_t i = 0; i < n; ++i)
                trial2[i] = centroid[i] + 2.0 * (centroid[i] - simplex[worst][i]);
            const double expanded = eval(trial2);
            if (expanded < reflected) {
                simplex[worst] = trial2;
                values[worst] = expanded;
            } else {
                simplex[worst] = trial;
                values[worst] = reflected;
            }
        } else if (reflected < values[second]) {
            simplex[worst] = trial;
            values[worst] = reflected;
        } else {
            const bool outside = reflected < values[worst];
            for (std::size_t i = 0; i < n; ++i)
                trial2[i] = outside ? centroid[i] + 0.5 * (trial[i] - centroid[i])
                                    : centroid[i] + 0.5 * (simplex[worst][i] - centroid[i]);
            const double contracted = eval(trial2);
            if (contracted < std::min(reflected, values[worst])) {
                simplex[worst] = trial2;
                values[worst] = contracted;
            } else {
                // Shrink towards the best point.
                for (std::size_t k = 0; k <= n; ++k) {
                    if (k == best)
                        continue;
                    for (std::size_t i = 0; i < n; ++i)
                        simplex[k][i] = simplex[best][i] + 0.5 * (simplex[k][i] - simplex[best][i]);
                    values[k] = eval(simplex[k]);
                }
            }
        }
    }
    const std::size_t best
        = std::size_t(std::min_element(values.begin(), values.end()) - values.begin());
    result.x = simplex[best];
    result.value = values[best];
    return result;
}

MinimizeResult goldenSection(const std::function<double(double)> &f, double lower, double upper,
                             double tolerance)
{
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = lower, b = upper;
    double c = b - ratio * (b - a), d = a + ratio * (b - a);
    double fc = f(c), fd = f(d);
    int evaluations = 2;
    while (b - a > tolerance) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = f(d);
        }
        ++evaluations;
    }
    const double x = fc < fd ? c : d;
    return MinimizeResult{{x}, std::min(fc, fd), evaluations};
}

} // namespace Stockshift::Forecast
