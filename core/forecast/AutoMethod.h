// Forecast::AutoMethod ("auto") — automatic method selection per series by rolling-origin
// backtest (Tashman 2000), with the combination of the best candidates as a further candidate.
//
// Algorithm, for a series y of length n, backtest horizon H and K origins:
// 1. Classify the demand (DemandClass.h) and take the candidate methods for the class (or the
//    configured list): smooth and erratic demand → SES, damped Holt, Theta, seasonal naive when
//    two full seasons fit and, when thorough, ETS (AICc choice within the family), ARIMA and the
//    regression model when the series has a calendar; intermittent and lumpy demand → Croston,
//    SBA, TSB, moving average and, thorough with a daily calendar, the regression model; no
//    demand → zero.
// 2. Origins o_k = n − k·H for k = K…1 while o_k ≥ max(8, n/2): each candidate is estimated
//    on y[0, o_K) and rolled forward to the later origins with the same parameters ("rolling
//    origin without recalibration", Tashman 2000 — one estimation per candidate, not K); from
//    each origin it forecasts H steps (cut at 0 for non-negative demand). Its errors over all
//    windows give MAE, RMSE, bias (mean forecast − actual) and MASE (MAE over the in-sample
//    one-step naive MAE of y[0, n − H)).
// 3. Combinations are scored on the same windows from the members' backtest forecasts (no
//    further estimation): the mean of the best `combineBest` candidates by MAE, and the
//    registry's "ensemble" (¼ ETS, ½ Theta, ¼ ARIMA) when its three members were backtested
//    (Makridakis et al. 2020: combinations of a few good methods are robust).
// 4. The lowest MAE wins (the candidate list's order breaks ties: simpler first) — except that
//    the ensemble, when scored, is kept unless the best candidate's MAE is lower by more than
//    `switchMargin`: with a few short windows a narrow win is mostly noise (the "forecast
//    combination puzzle", Claeskens, Magnus, Vasnev & Wang 2016). The winner is estimated again
//    on all of y — keeping the structure the backtest chose (the ETS model, the ARIMA orders)
//    and starting from its estimates, or, with `reselectStructure`, choosing it afresh. When the
//    series is too short for one window, the class default is used without a backtest: the
//    ensemble for smooth and erratic demand from 8 points on (thorough), SBA for intermittent,
//    SES otherwise, naive below 3 points.
// Intervals: the winner's model-based σ_h, widened — never narrowed — so that their root mean
// square over the backtest horizon matches the backtest RMSE (at most ×3): out-of-sample errors
// are the honest measure when a model's own intervals are too optimistic.
#pragma once

#include "forecast/DemandClass.h"
#include "forecast/Method.h"

#include <QStringList>

namespace Stockshift::Forecast {

struct AutoSettings
{
    int horizon = 0;        ///< backtest window H in buckets; 0 = the season length, or 6
    int origins = 3;        ///< K rolling origins
    QStringList candidates; ///< empty = by demand class (candidatesFor)
    int combineBest = 2;    ///< also score the mean of the best k candidates (< 2: off)
    /// false: only the fast candidates (no ETS family, ARIMA or regression), for the long tail
    /// of a large network (see NetworkForecastSettings::thoroughSeries).
    bool thorough = true;
    /// When the ensemble (MethodRegistry: ETS, Theta, ARIMA) was backtested, another candidate
    /// replaces it only when its backtest MAE is lower by more than this share (0 = plain
    /// lowest MAE).
    double switchMargin = 0.0;
    /// true: the winner's structure (ETS model, ARIMA orders) is chosen again on the whole
    /// history; false: kept from the backtest and only re-estimated (cheaper).
    bool reselectStructure = false;
};

/// The settings of "auto" for series without a calendar (forecast-series, the benchmarks):
/// backtest over `horizon`, the ensemble kept unless another candidate's backtest MAE is half
/// of it or less, structure chosen afresh on the whole history. Chosen on M3 validation windows
/// (the last horizon of each training series), never on the M3 test values: with candidates
/// that share one kind of information, a narrower margin let noise pick the winner (overall
/// sMAPE 13.95 at margin 0, 13.59 at 0.2, 13.35 at 0.5 on those windows).
AutoSettings externalSeriesAutoSettings(int horizon);

struct CandidateScore
{
    QString method;
    double mae = 0, rmse = 0, mase = 0, bias = 0;
    double insampleRmse = 0; ///< one-step error of the fit at the latest origin
    int origins = 0, points = 0;
    QString error; ///< non-empty: the candidate could not be backtested (why)
};

/// The candidate list for a demand class, a season length, a series length and a context;
/// `thorough` = false leaves out the costly families (ETS, ARIMA, regression).
QStringList candidatesFor(const DemandProfile &profile, int seasonLength, int n,
                          const SeriesContext *context, bool thorough = true);

class AutoMethod final : public Method
{
public:
    explicit AutoMethod(AutoSettings settings = {});
    ~AutoMethod() override;

    QString name() const override { return QStringLiteral("auto"); }
    bool usesCalendar() const override { return true; } // applies closures to its winner
    std::unique_ptr<Method> create() const override;
    Status fit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override;

    /// The winner: a method name from the registry, or "mean(a,b)" for a combination.
    const QString &chosen() const { return m_chosenName; }
    const std::vector<CandidateScore> &scores() const { return m_scores; }
    /// The winner's backtest score (origins = 0 when there was none).
    const CandidateScore &chosenScore() const { return m_chosenScore; }
    const DemandProfile &profile() const { return m_profile; }
    /// The fitted winner (a combination is a CombinationMethod).
    const Method *chosenMethod() const { return m_chosen.get(); }
    const AutoSettings &settings() const { return m_settings; }

private:
    AutoSettings m_settings;
    DemandProfile m_profile;
    std::unique_ptr<Method> m_chosen;
    QString m_chosenName;
    CandidateScore m_chosenScore;
    std::vector<CandidateScore> m_scores;
    double m_widen = 1.0;
};

} // namespace Stockshift::Forecast
