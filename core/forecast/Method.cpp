#include "forecast/Method.h"

#include <cmath>

namespace Stockshift::Forecast {

double Method::horizonSdFactor(int h) const
{
    // Without a model-specific formula, errors are taken to accumulate like a random walk's.
    return std::sqrt(double(std::max(h, 1)));
}

void Method::setFitted(std::span<const double> y, std::vector<double> fitted)
{
    m_fitted = std::move(fitted);
    double sum = 0;
    int n = 0;
    for (std::size_t t = 0; t < y.size() && t < m_fitted.size(); ++t) {
        if (std::isnan(m_fitted[t]))
            continue;
        const double e = y[t] - m_fitted[t];
        sum += e * e;
        ++n;
    }
    m_residualSd = n > 1 ? std::sqrt(sum / double(n - 1)) : 0.0;
}

} // namespace Stockshift::Forecast
