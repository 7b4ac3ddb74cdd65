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
// - setContext() optionally gives the calendar of the buckets and the regressors known for the
//   history and the horizon (SeriesContext). Univariate methods ignore it; methods that need it
//   (regression) fall back to trend and season alone without it. The context is not owned: it
//   must outlive fit() and forecast(), and create() does not copy it.
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace Stockshift::Forecast {

/// What a method may know about a series besides its values: the calendar of its buckets and
/// regressors known in advance (promotions and events from the calendar, prices).
struct SeriesContext
{
    struct Regressor
    {
        QString name; ///< "promo", "holiday", "event", "closure", "price", "snap", …
        /// One value per bucket, t = 0 … n + horizon − 1 (history, then the horizon). For flags,
        /// the share of the bucket's days the flag is on (0…1); for price, the mean unit price.
        std::vector<double> values;
    };

    int bucketDays = 0; ///< 1 = day, 7 = week; 0 = not calendar-based (e.g. M3 series)
    int firstDay = 0;   ///< day number (common/Days.h) of the first day of bucket 0
    std::vector<Regressor> regressors;

    const Regressor *find(const QString &name) const
    {
        for (const Regressor &r : regressors)
            if (r.name == name)
                return &r;
        return nullptr;
    }
};

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
    /// Runs the fitted model over `y` — the fitted series extended (or cut), same start — with
    /// the parameters already estimated, so that states, fitted() and residualSd() describe `y`,
    /// without estimating again: the rolling-origin backtest rolls forward this way
    /// ("no recalibration", Tashman 2000). Methods without a cheaper path refit; an unfitted
    /// method fits.
    virtual Status reapply(std::span<const double> y, int seasonLength)
    {
        return fit(y, seasonLength);
    }
    /// Estimates the parameters again on `y`, keeping the structure an earlier fit() chose (the
    /// ETS model, the ARIMA orders …) and starting from its estimates: the selection engine
    /// uses it for the winner's final estimate on the whole history. Default: fit().
    virtual Status refit(std::span<const double> y, int seasonLength)
    {
        return fit(y, seasonLength);
    }
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

    /// true: forecast() already accounts for the context's calendar (closures); false: the
    /// engine scales the forecast by the share of each bucket the location is open
    /// (applyClosures) — a closed store sells nothing, whatever the method.
    virtual bool usesCalendar() const { return false; }
    /// Calendar and regressors for the next fit() and forecast() (nullptr = none; not owned).
    virtual void setContext(const SeriesContext *context) { m_context = context; }
    const SeriesContext *context() const { return m_context; }

protected:
    /// Stores the one-step predictions and derives residualSd() from them.
    void setFitted(std::span<const double> y, std::vector<double> fitted);

    std::vector<double> m_fitted;
    double m_residualSd = 0;
    const SeriesContext *m_context = nullptr;
};

/// Scales `forecast` (steps 1… after the fitted series) by the open share 1 − closure of each
/// bucket when `method` does not model the calendar itself and its context has closures.
void applyClosures(const Method &method, std::vector<double> &forecast);

/// Minimum number of observations for a seasonal fit: two full seasons.
inline bool hasTwoSeasons(std::size_t n, int seasonLength)
{
    return seasonLength > 1 && n >= std::size_t(2 * seasonLength);
}

} // namespace Stockshift::Forecast
