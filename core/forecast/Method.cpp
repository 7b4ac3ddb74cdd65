#include "forecast/Method.h"

#include <algorithm>
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

void applyClosures(const Method &method, std::vector<double> &forecast)
{
    const SeriesContext *context = method.context();
    if (!context || method.usesCalendar())
        return;
    const SeriesContext::Regressor *closure = context->find(QStringLiteral("closure"));
    if (!closure)
        return;
    const std::size_t n = method.fitted().size();
    for (std::size_t h = 0; h < forecast.size(); ++h)
        if (n + h < closure->values.size())
            forecast[h] *= 1.0 - std::clamp(closure->values[n + h], 0.0, 1.0);
}

} // namespace Stockshift::Forecast
