// Forecast::ThetaMethod — the Theta method of Assimakopoulos & Nikolopoulos (2000), winner of the
// M3 competition, in the equivalent form of Hyndman & Billah (2003): simple exponential smoothing
// with drift equal to half the slope b of the least-squares line through the (deseasonalised)
// data:  ŷ(n+h) = ℓ(n) + (b/2)·(h − 1 + 1/α − (1−α)^n/α).
// Seasonal series (test in Seasonality.h) are deseasonalised by classical multiplicative
// decomposition first and reseasonalised after (as in the M3 submission and R's thetaf).
// The "optimised" variant (Fiorucci et al. 2016, OTM) also estimates θ: the weight of the
// long-run trend line is 1 − 1/θ, chosen among θ ∈ {1, 1.5, 2, 2.5, 3} by in-sample one-step MSE
// (θ = 2 is standard Theta).
#pragma once

#include "forecast/Method.h"

namespace Stockshift::Forecast {

class ThetaMethod final : public Method
{
public:
    explicit ThetaMethod(bool optimised = false)
        : m_optimised(optimised)
    {}
    QString name() const override
    {
        return m_optimised ? QStringLiteral("otm") : QStringLiteral("theta");
    }
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<ThetaMethod>(m_optimised);
    }
    Status fit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override { return m_optimised ? 4 : 3; }

private:
    bool m_optimised;
    double m_alpha = 0.5, m_level = 0, m_slope = 0, m_intercept = 0, m_theta = 2.0;
    int m_n = 0;
    std::vector<double> m_indices; // empty = not seasonal
};

} // namespace Stockshift::Forecast
