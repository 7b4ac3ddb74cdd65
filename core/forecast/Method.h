// Forecast::Method — one statistical forecasting method, fitted to one series.
//
// Contract:
// - Methods are interchangeable: the selection engine fits every candidate on the same history
//   and keeps the one with the lowest backtest error. Each instance holds the state of one fitted
//   series; create() gives a fresh, unfitted copy for the next series (methods are not shared
//   between threads, instances are cheap).
// - Values are demand quantities per bucket (day, week, month …) in time order, oldest first,
//   without gaps; NaN is not allowed (the caller cleans or rejects such series).
// - fit() returns an Error (never throws) when the series cannot be fitted, e.g. too short for
//   the method's seasonality.
// - residualSd() is the standard deviation of the one-step in-sample errors, the basis of the
//   prediction intervals (the engine widens it with the horizon as each method states).
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace Stockshift::Forecast {

class Method
{
public:
    virtual ~Method() = default;

    /// Stable short name ("ses", "croston", …) used on the command line and in the database.
    virtual QString name() const = 0;
    /// A fresh, unfitted instance of the same method with the same settings.
    virtual std::unique_ptr<Method> create() const = 0;

    /// Fits the method to `y` with season length `seasonLength` (1 = no seasonality).
    virtual Status fit(std::span<const double> y, int seasonLength) = 0;
    /// Point forecasts for steps 1..h after the end of the fitted series.
    virtual std::vector<double> forecast(int h) const = 0;

    /// One-step-ahead in-sample predictions (NaN where the method has no prediction yet).
    const std::vector<double> &fitted() const { return m_fitted; }
    /// Standard deviation of the one-step in-sample errors.
    double residualSd() const { return m_residualSd; }
    /// Multiplier of residualSd() for the h-step forecast error (sqrt of the variance ratio).
    virtual double horizonSdFactor(int h) const;
    /// Fitted parameters, for the planner's "why" panel and the database.
    virtual QJsonObject parameters() const = 0;
    /// Number of estimated parameters (for information criteria).
    virtual int parameterCount() const = 0;

protected:
    /// Stores the one-step predictions and derives residualSd() from them.
    void setFitted(std::span<const double> y, std::vector<double> fitted);

    std::vector<double> m_fitted;
    double m_residualSd = 0;
};

/// Minimum number of observations for a seasonal fit: two full seasons.
inline bool hasTwoSeasons(std::size_t n, int seasonLength)
{
    return seasonLength > 1 && n >= std::size_t(2 * seasonLength);
}

} // namespace Stockshift::Forecast
