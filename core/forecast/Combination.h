// Forecast::CombinationMethod — the (weighted) mean of several methods' forecasts.
//
// Combining forecasts of different model families is one of the most robust accuracy gains known
// (Makridakis et al., M4 2020: "combinations of statistical methods"; Hyndman's M3 comparisons).
// Each member is fitted independently; a member that fails on a series is left out and the
// weights of the others are renormalised. The one-step error of the combination is measured on
// the members' weighted fitted values; the horizon factor is the members' weighted mean.
#pragma once

#include "forecast/Method.h"
#include "forecast/MethodRegistry.h" // createMethod(), for the callers that include this header

namespace Stockshift::Forecast {

class CombinationMethod final : public Method
{
public:
    /// `weights` (positive, one per member) default to equal weights.
    CombinationMethod(QString name, std::vector<std::unique_ptr<Method>> members,
                      std::vector<double> weights = {});
    QString name() const override { return m_name; }
    std::unique_ptr<Method> create() const override;
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    Status refit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override;
    void setContext(const SeriesContext *context) override;
    /// Each member's forecast is closure-adjusted before the mean (applyClosures).
    bool usesCalendar() const override { return true; }

private:
    enum class Mode { Fit, Reapply, Refit };
    Status fitMembers(std::span<const double> y, int seasonLength, Mode mode);

    QString m_name;
    std::vector<std::unique_ptr<Method>> m_members;
    std::vector<double> m_weights;
    std::vector<bool> m_fitted;
};

} // namespace Stockshift::Forecast
