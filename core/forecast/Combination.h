// Forecast::CombinationMethod — the mean of several methods' forecasts.
//
// Combining forecasts of different model families is one of the most robust accuracy gains known
// (Makridakis et al., M4 2020: "combinations of statistical methods"; Hyndman's M3 comparisons).
// Each member is fitted independently; a member that fails on a series is left out of the mean.
// The one-step error of the combination is measured on the members' averaged fitted values;
// the horizon factor is the members' mean.
#pragma once

#include "forecast/Method.h"
#include "forecast/MethodRegistry.h" // createMethod(), for the callers that include this header

namespace Stockshift::Forecast {

class CombinationMethod final : public Method
{
public:
    CombinationMethod(QString name, std::vector<std::unique_ptr<Method>> members);
    QString name() const override { return m_name; }
    std::unique_ptr<Method> create() const override;
    Status fit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override;
    void setContext(const SeriesContext *context) override;

private:
    QString m_name;
    std::vector<std::unique_ptr<Method>> m_members;
    std::vector<bool> m_fitted;
};

} // namespace Stockshift::Forecast
