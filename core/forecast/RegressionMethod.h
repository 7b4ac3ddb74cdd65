// Forecast::RegressionMethod ("regression") — a count regression of demand on the calendar and
// on the regressors known in advance (promotions, events, holidays, closures, prices, SNAP …),
// so that a planner sees *why* a day sells more: every coefficient is a multiplicative effect.
//
// Model: a Poisson generalised linear model with log link (McCullagh & Nelder, "Generalized
// Linear Models", 2nd ed. 1989, ch. 2 and §6.2), times a dynamic level:
//   E y(t) = ℓ(t−1)·μ(t),  log μ(t) = x(t)ᵀβ + o(t),
// estimated as a quasi-likelihood model (McCullagh & Nelder §9.2): only the mean is modelled,
// Var y(t) = φ·μ(t) with the dispersion φ from the Pearson residuals, so that the overdispersed,
// zero-heavy daily demand of single items is fitted without a distributional claim beyond the
// variance-mean relation.
//
// Features x(t), with a calendar (SeriesContext::bucketDays > 0):
// - intercept;
// - trend: τ(t) = (t − (n−1))/Y in years (Y buckets a year), centred on the last bucket so that
//   the intercept is the level at the end of the history; in the forecast the slope is damped,
//   τ(n−1+h) = (φ + φ² + … + φ^h)/Y with φ = trendDampingPerDay^bucketDays (Gardner & McKenzie
//   1985; without a calendar φ = trendDampingPerDay per bucket), because a log-linear trend
//   extrapolated undamped explodes;
// - day of week, when bucketDays == 1: seven indicators; with the unpenalised intercept the
//   ridge makes them sum to zero exactly, i.e. effects relative to the average day;
// - yearly Fourier terms sin/cos(2πk·d/365.25), k = 1 … fourierOrder (Harvey & Shephard 1993;
//   d the day number of the bucket's middle day), when the history since the first demand spans
//   more than a year; with their own, strong ridge, since one or two years barely tell a yearly
//   pattern from a level change;
// - optional (levelStepDays > 0): penalised level steps s_j(t) = [t ≥ k_j] every levelStepDays
//   from the first demand, the last one spacing before the end (a ridge-penalised random walk of
//   the log level); off by default, the dynamic level below does that job better on M5;
// - every regressor of the context:
//   "closure" is an exposure offset, not a coefficient: o(t) = log(1 − c(t)) with c the closed
//     share of the bucket; fully closed buckets are left out of the fit and forecast as 0;
//   "price" enters as log(p(t)/p̃), p̃ the median price of the fitted history, so its coefficient
//     is the price elasticity of demand; a price ≤ 0 or NaN (not listed, unknown) counts as p̃;
//     its ridge is λ·s², s the SD of log price over the history (at least 0.05), so that the
//     prior is on the effect of a typical price move, as a flag's is on a covered bucket's;
//   regressors within [0, 1] over the history ("promo", "holiday", "event", "snap" and any other
//     flag or share) enter as they are: exp(β) is the effect of a bucket fully covered;
//   any other regressor is centred and scaled by its history's standard deviation (effect per SD);
//   a regressor constant over the fitted history carries no information and is left out.
// Without a calendar (no context, or bucketDays == 0, e.g. M3 series): intercept, the damped
// trend τ per season (per 12 buckets without season) and, with two full seasons, one indicator
// per season position — the fallback the Method contract promises. Regressors of a context with
// bucketDays == 0 are still used. Weekly or coarser buckets use the trend, the Fourier terms and
// the regressors (seasonLength is then not used: the Fourier terms model the year).
//
// Regressor vectors hold one value per bucket t = 0 … n + horizon − 1. When a vector is shorter
// (the horizon not known, or even part of the history missing), its last value is carried
// forward — a promotion running at the end of the history is assumed to go on; give the horizon
// explicitly to avoid that. "closure" is the exception: beyond its vector the location is open
// (one closed last day must not close the horizon). NaN values count as 0 (as the median price
// for "price").
//
// Fitted window: from the first non-zero demand on — zeros before an item ever sold are not
// demand (it was not listed yet). Negative values (net returns) count as 0.
// Weights: w(t) = 2^(−(n−1−t)·bucketDays/halfLifeDays) (recency weighting: recent demand tells
// more about the next weeks; halfLifeDays = 0: all equal). Without a calendar, the half-life is
// three seasons (at least 12 buckets).
//
// Estimation: maximise the penalised weighted quasi-log-likelihood
//   ℓ(β) = Σ w(t)·(y(t)·η(t) − exp η(t)) − ½·Σ_j λ_j β_j²,  η = Xβ + o,
// by Newton–Raphson, which for the canonical log link is Fisher scoring, i.e. iteratively
// reweighted least squares (McCullagh & Nelder §2.5; Green 1984):
//   (XᵀWMX + Λ)·Δ = Xᵀ W (y − μ) − Λβ,  M = diag(μ),  β ← β + Δ,
// solved by Cholesky (Eigen LDLT) on the p × p normal equations. λ_j: 0 for the intercept,
// fourierRidge (100) for the Fourier terms, levelRidge for level steps, and λ for the trend,
// weekdays and regressors — λ chosen per series from {1, 4, 16, 64, 256} by the quasi-AIC
// D(λ)/φ̂ + 2·edf(λ) (D the weighted Poisson deviance, φ̂ from the λ = 1 fit; Hastie &
// Tibshirani 1990 §6.8), or fixed by the options. The ridge (Hoerl & Kennard 1970; for GLMs
// le Cessie & van Houwelingen 1992) keeps the estimates finite under separation (a flag whose
// days all sold nothing would otherwise send its coefficient to −∞) and shrinks effects the data
// cannot tell from noise, while a strong, well-supported effect keeps a light penalty.
// Safeguards: step halving whenever ℓ does not increase (at most 30 halvings), η capped at 30
// (e^30 ≈ 10^13) so no step can overflow, at most 100 iterations; convergence when the increase
// of ℓ falls below 10⁻¹⁰·(|ℓ| + 1). The series must have at least 3 fitted observations per
// feature (all features except the level steps), else fit() returns the error
// "series-too-short". A series without any demand fits as zero demand.
//
// Unavailability: a run of zeros followed by demand whose quasi-Poisson probability under the
// fit, exp(−Σμ/φ), is below zeroRunAlpha / (fitted buckets) (Bonferroni) is taken as out of
// stock or delisted, not as zero demand: it is left out and the model fitted again.
//
// Dynamic level (Harvey & Fernandes, "Time series models for count or qualitative observations",
// J. Bus. Econ. Stat. 7, 1989 — the Poisson–gamma local level with discount ω):
//   a(t) = ω·a(t−1) + y(t),  b(t) = ω·b(t−1) + μ(t),  ℓ(t) = a(t)/b(t),
// started at ℓ = 1 with the weight of a week of expected demand, over the open, available
// buckets. ℓ is where demand runs now against the regression's means (the regression gives the
// shape, ℓ the level); ω = levelDiscountPerDay^bucketDays (0.93 a day: half-life ≈ 10 days,
// tuned on M5 validation windows, tests/bench/bench_m5.cpp); without a calendar ω is chosen
// from a grid by the in-sample error of ℓ(t) over the next season.
//
// Forecast: ℓ(n−1)·μ(n−1+h) = ℓ(n−1)·exp(x(n−1+h)ᵀβ + o(n−1+h)), with the horizon part of the
// regressors. fitted(): the one-step predictions ℓ(t−1)·μ(t) (NaN before the first demand and in
// unavailable runs), from which residualSd().
// horizonSdFactor(h): the error of a regression does not accumulate like a random walk's; the
// h-step variance is the quasi-Poisson variance of that day plus the parameter uncertainty of
// its mean (delta method): σ²(h) = φ·f(h) + f(h)²·x(h)ᵀ·Cov(β̂)·x(h), f(h) the forecast,
// Cov(β̂) = φ·(XᵀWMX + Λ)⁻¹, and the factor is σ(h)/residualSd() — larger on promotion days, 0
// on closed days. It does not model the uncertainty of ℓ nor a drift of the level after the
// origin (the selection engine widens intervals to the backtest error).
// parameterCount(): the effective degrees of freedom of the penalised fit,
// tr((XᵀWMX + Λ)⁻¹·XᵀWMX) (Hastie & Tibshirani 1990, §3.5), rounded.
#pragma once

#include "forecast/Method.h"

namespace Stockshift::Forecast {

struct RegressionOptions
{
    /// λ of the trend, regressor and weekday coefficients; 0 = chosen per series by QAIC from
    /// {1, 4, 16, 64, 256} (then weekdayRidge is the same λ).
    double ridge = 0;
    double weekdayRidge = 16.0;       ///< λ of each weekday (season) indicator, when ridge > 0
    double fourierRidge = 100.0;      ///< λ of each yearly Fourier coefficient
    int fourierOrder = 3;             ///< yearly harmonics (0 = none)
    double halfLifeDays = 365;        ///< recency weight half-life (0 = unweighted)
    int levelStepDays = 0;            ///< spacing of penalised level steps (0 = none)
    double levelRidge = 16.0;         ///< λ of each level step
    double trendDampingPerDay = 0.98; ///< φ per day of the forecast trend (0 = flat forecast)
    double zeroRunAlpha = 0.01;       ///< significance of a zero run as unavailability (0 = off)
    /// ω per day of the dynamic level with a calendar (1 = static model, 0 = chosen per series
    /// by its in-sample error); without a calendar ω is chosen unless this is 1.
    double levelDiscountPerDay = 0.93;
};

class RegressionMethod final : public Method
{
public:
    explicit RegressionMethod(RegressionOptions options = {});
    ~RegressionMethod() override;

    QString name() const override { return QStringLiteral("regression"); }
    bool usesCalendar() const override { return true; } // closures are its exposure offset
    std::unique_ptr<Method> create() const override;
    Status fit(std::span<const double> y, int seasonLength) override;
    /// Both keep the ridge λ chosen by the last fit() (the choice among the grid is five
    /// estimates) and estimate the coefficients again — one penalised IRLS solve: rolling the
    /// backtest forward and the final estimate then cost a sixth of a fit.
    Status reapply(std::span<const double> y, int seasonLength) override;
    Status refit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override;

    const RegressionOptions &options() const { return m_options; }
    /// The estimated coefficient β of a feature ("promo", "price", "trend", "weekday:Sat",
    /// "yearly:sin1", "season:2", "level:2016-03-01" …), NaN when the model has no such feature.
    double coefficient(const QString &feature) const;
    /// Names of the model's features, in the order of the coefficients.
    QStringList features() const;
    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }
    double dispersion() const { return m_dispersion; }

private:
    struct Feature;
    struct Input;

    /// The feature vector of bucket t (history or horizon) into `row` (size = features).
    void featureRow(int t, double *row) const;
    /// The offset o(t) = log(1 − closed share), −∞ for a closed bucket.
    double offsetAt(int t) const;
    /// Mean μ(t) of bucket t.
    double meanAt(int t) const;
    /// Penalised IRLS on the buckets `rows` with recency half-life `halfLife` (in buckets, 0 =
    /// unweighted): sets the coefficients, their covariance, dispersion and edf.
    void estimate(std::span<const double> y, const std::vector<int> &rows, double halfLife,
                  double ridge, double weekdayRidge);

    RegressionOptions m_options;
    std::vector<Feature> m_features;
    std::vector<Input> m_inputs;      // processed regressors, copied from the context at fit()
    std::vector<double> m_closure;    // closed share per bucket (empty = never closed)
    std::vector<double> m_beta;       // coefficients, in the order of m_features
    std::vector<double> m_covariance; // Cov(β̂), p × p row-major
    std::vector<QString> m_unused;    // regressors left out, with the reason
    int m_n = 0;                      // length of the fitted series
    int m_first = 0;                  // first fitted bucket (first demand)
    int m_observations = 0;           // buckets in the fit
    double m_ridge = 1, m_weekdayRidge = 1; // the ridges used (chosen or given)
    double m_deviance = 0;                  // weighted Poisson deviance of the last estimate
    double m_levelRatio = 1;                // a(n)/b(n): recent demand over the model's means
    double m_levelDiscount = 1;             // ω
    int m_unavailable = 0;                  // buckets of zero runs taken as unavailability
    int m_bucketDays = 0;                   // 0 = no calendar
    int m_firstDay = 0;
    int m_seasonLength = 1;
    double m_bucketsPerTrendUnit = 1; // Y: buckets a year (calendar) or a season
    double m_damping = 0;             // φ per bucket
    double m_dispersion = 1;
    double m_edf = 0;
    int m_iterations = 0;
    bool m_converged = false;
    bool m_noDemand = false;
};

} // namespace Stockshift::Forecast
