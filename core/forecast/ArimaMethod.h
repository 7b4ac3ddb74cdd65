// Forecast::ArimaMethod — seasonal ARIMA(p,d,q)(P,D,Q)m with an optional constant, and its
// automatic order selection after Hyndman & Khandakar, "Automatic time series forecasting: the
// forecast package for R", J. Stat. Software 27(3), 2008.
//
// Model (Box & Jenkins; signs as in R's arima):
//   φ(B)·Φ(B^m)·(w(t) − c) = θ(B)·Θ(B^m)·e(t),  w(t) = (1−B)^d·(1−B^m)^D·y(t),  e ~ N(0, σ²)
//   φ(B) = 1 − φ₁B − … − φ_pB^p,  θ(B) = 1 + θ₁B + … + θ_qB^q  (Φ, Θ likewise in B^m).
// The constant c is the mean of y when d + D = 0 and the drift when d + D = 1 (c per period
// after a first difference, c/m per period after a seasonal one); there is none for d + D ≥ 2.
// Multiplying out gives the ARMA(p*, q*) polynomials φ*(B) = φ(B)Φ(B^m), θ*(B) = θ(B)Θ(B^m) of
// w, p* = p + Pm, q* = q + Qm.
//
// Estimation ("CSS-ML", as R's arima default):
// 1. Conditional sum of squares (Box & Jenkins §7.1): e(t) = 0 for t < p*, then e(t) from the
//    ARMA recursion; minimise Σ_{t≥p*} e(t)² over the coefficients as they are (as R does);
//    σ²_CSS = that sum / (N − p*), N = n − d − Dm. An optimum that is not stationary and
//    invertible is not used: step 2 then starts from white noise (CSS alone: the constrained
//    CSS optimum, in the parametrisation below, is taken instead).
// 2. Exact Gaussian likelihood of w, started from the CSS estimates, by the Kalman filter on the
//    state-space form of Jones (1980) / Gardner, Harvey & Phillips (1980): state
//    (w(t), ŵ(t+1|t), …, ŵ(t+r−1|t)), r = max(p*, q*+1), started at its exact stationary
//    covariance (P₀(0,j) = γ(j), the ARMA autocovariances). Since P(1) − P(0) has rank one from
//    that start, the covariance recursion runs in its Chandrasekhar form (Morf, Sidhu & Kailath
//    1974; Mélard 1984) in O(r) per step instead of O(r²). With σ² concentrated out
//    (Harvey 1989 §3.4): −2 log L = N·log(2π σ̂²) + N + Σ log F(t), σ̂² = Σ v(t)²/F(t) / N
//    (v the innovations, F their variances in units of σ²). The likelihood of the differenced
//    series is the diffuse likelihood of y (Harvey 1989 §3.4.4).
//    Here stationarity and invertibility hold by construction (Jones 1980; Monahan 1984): each
//    of φ, Φ, θ, Θ is parametrised by unconstrained u, partial autocorrelations
//    π_k = tanh(u_k) ∈ (−1, 1) mapped to coefficients by the Durbin–Levinson recursion (for θ, Θ
//    applied to −θ: θ(B) invertible ⟺ the AR polynomial with coefficients −θ stationary).
// Both criteria are sums of squares — CSS directly, the concentrated exact likelihood as
// Σ (v(t)/√F(t))²·(Π F)^{1/N} — minimised by Levenberg–Marquardt (Marquardt 1963) with
// forward-difference Jacobians: from a good start a few iterations, far fewer evaluations than
// Nelder–Mead needs. Estimation::Css stops after step 1 (its likelihood and AICc are then the
// conditional ones on the scale of N observations, as R's auto.arima approximation).
// Information criterion with k = p + q + P + Q + [constant] + 1 (σ²):
//   AICc = −2 log L + 2k + 2k(k+1)/(N − k − 1)  (Hurvich & Tsai 1989; nstar = N as in R).
// Forecasts: the last predicted state propagated without noise gives ŵ(n+h); y is integrated
// back through (1−B)^d(1−B^m)^D. The h-step error variance is σ²·Σ_{j<h} ψ_j², ψ the MA(∞)
// weights of θ*(B) / (φ*(B)(1−B)^d(1−B^m)^D) (Box & Jenkins §5.1), so
// horizonSdFactor(h) = √Σ_{j<h} ψ_j². fitted() holds the one-step predictions y(t) − v(t).
//
// AutoArima (Hyndman & Khandakar 2008, §3.2), name "arima":
// - D ∈ {0, 1}: 1 when the seasonal strength of a classical additive decomposition (centred
//   2×m moving average) exceeds 0.64, the threshold of R's nsdiffs "seas" test (which uses STL);
//   strength = max(0, 1 − Var(remainder)/Var(season + remainder)) (Wang, Smith & Hyndman 2006),
//   the variances with their degrees of freedom (N_z − m for the remainder, N_z − 1 for the
//   detrended values) so that short noisy series do not look seasonal.
// - d ∈ {0, 1, 2} of the (seasonally differenced) series by repeated KPSS tests (Kwiatkowski,
//   Phillips, Schmidt & Shin 1992) of level stationarity at 5%: η = Σ S(t)² / (n²·s²(l)),
//   S partial sums of y − ȳ, s²(l) the Newey–West variance with Bartlett weights 1 − s/(l+1) and
//   l = ⌊3√n/13⌋ lags (as forecast::ndiffs); difference while η > 0.463 (KPSS Table 1).
// - Seasonality only when 1 < m ≤ 24 and n ≥ 2m (longer seasons, weekly data's 52, are not
//   modelled); p, q ≤ min(5, ⌊n/3⌋), P, Q ≤ min(2, ⌊n/3m⌋); a constant when d + D ≤ 1.
// - Stepwise search: start with (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1),
//   (2,d,2)(1,D,1) (seasonal parts when seasonal), with the constant when allowed, and
//   (0,d,0)(0,D,0) without; then from the best so far try P±1, Q±1, both together, p±1, q±1,
//   both together, and toggling the constant, moving to the first neighbour that lowers the
//   criterion and starting over, until no neighbour improves (at most 94 models). Models with a
//   root of φ* or θ* within 1.01 of the unit circle are rejected, as in R.
// - Like R's auto.arima with approximation = TRUE, the search ranks models by the CSS criterion
//   (exact likelihoods for every candidate would cost far more than the 10 ms per monthly series
//   aimed at, and on M3 were less accurate too); each candidate starts from its neighbour's
//   estimates, and a fit whose iterates stay outside the 1.01 margin for a few steps running is
//   abandoned as rejected. The three best are then
//   estimated by exact likelihood (further ones when one of those slides within the unit-circle
//   margin) and the lowest exact AICc is kept; if none survives, (0,d,0)(0,D,0).
#pragma once

#include "forecast/Method.h"

namespace Stockshift::Forecast {

struct ArimaOrder
{
    int p = 0, d = 0, q = 0; ///< non-seasonal AR order, differences, MA order
    int P = 0, D = 0, Q = 0; ///< seasonal AR order, differences, MA order (lags of m)
    bool constant = false;   ///< mean (d + D = 0) or drift (d + D = 1); ignored for d + D ≥ 2

    /// "(1,1,1)(0,1,1)12", or "(1,1,1)" without seasonal part.
    QString name(int seasonLength) const;
    bool seasonal() const { return P > 0 || D > 0 || Q > 0; }
    bool hasConstant() const { return constant && d + D <= 1; }
    /// Estimated coefficients: p + q + P + Q + [constant].
    int coefficientCount() const { return p + q + P + Q + (hasConstant() ? 1 : 0); }
    bool operator==(const ArimaOrder &) const = default;
};

/// KPSS statistic for level stationarity (formula in the header comment); `lags` < 0 chooses
/// ⌊3√n/13⌋. 0 for series shorter than 2 or without variation.
double kpssStatistic(std::span<const double> y, int lags = -1);
/// First differences needed for stationarity: repeated KPSS tests at 5%, at most `maxD`.
int kpssDifferences(std::span<const double> y, int maxD = 2);
/// Seasonal strength in [0, 1] of a classical additive decomposition with period m (formula in
/// the header comment); 0 when the series is too short (fewer than m + 2 detrended values).
double seasonalStrength(std::span<const double> y, int m);
/// Seasonal differences needed: 1 when seasonalStrength() > 0.64, else 0.
int seasonalDifferences(std::span<const double> y, int m);
/// MA(∞) weights ψ₀ = 1, ψ₁, … ψ_{count−1} of θ(B)/φ(B), φ(B) = 1 − Σ ar_i B^i,
/// θ(B) = 1 + Σ ma_j B^j (index 0 of each span is the lag-1 coefficient).
std::vector<double> psiWeights(std::span<const double> ar, std::span<const double> ma, int count);

/// ARIMA with fixed orders, estimated by CSS and then exact maximum likelihood (or CSS alone).
class ArimaMethod final : public Method
{
public:
    enum class Estimation { Css, CssMl };

    explicit ArimaMethod(ArimaOrder order, Estimation estimation = Estimation::CssMl)
        : m_order(order)
        , m_estimation(estimation)
    {}
    /// "ARIMA(1,1,1)(0,1,1)12" (the season length of the last fit).
    QString name() const override;
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<ArimaMethod>(m_order, m_estimation);
    }
    /// Errors: a seasonal order with seasonLength ≤ 1, or too few differenced values for the c
    /// coefficients (N < c + 2; for CSS alone N < p* + c + 1).
    Status fit(std::span<const double> y, int seasonLength) override;
    /// Filters `y` with the estimated coefficients (no estimation).
    Status reapply(std::span<const double> y, int seasonLength) override;
    /// Estimates again, starting from the current coefficients.
    Status refit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    /// p + q + P + Q + [constant] + 1 (the innovation variance), the k of the AICc.
    int parameterCount() const override { return m_order.coefficientCount() + 1; }

    const ArimaOrder &order() const { return m_order; }
    int seasonLength() const { return m_m; }
    const std::vector<double> &ar() const { return m_ar; }
    const std::vector<double> &ma() const { return m_ma; }
    const std::vector<double> &seasonalAr() const { return m_sar; }
    const std::vector<double> &seasonalMa() const { return m_sma; }
    /// The constant c of the differenced series (0 without one): the mean for d + D = 0, the
    /// change per season-difference step for D = 1, the drift per period for d = 1.
    double constant() const { return m_c; }
    /// Drift per period (d + D = 1) — c, or c/m after a seasonal difference; 0 otherwise.
    double drift() const;
    /// Innovation variance σ̂² (exact: Σ v²/F / N; CSS alone: σ²_CSS).
    double sigma2() const { return m_sigma2; }
    /// Exact log-likelihood of the differenced series (CSS alone: the conditional one).
    double logLikelihood() const { return m_logLikelihood; }
    double aicc() const { return m_aicc; }
    /// true when the final estimates maximise the exact likelihood.
    bool exact() const { return m_exact; }
    /// ψ weights of the full model including the differencing (count values from ψ₀ = 1).
    std::vector<double> psiWeights(int count) const;

private:
    friend class AutoArimaMethod;

    /// Estimates the coefficients (exact: CSS then exact likelihood), sets m_aicc and the
    /// coefficients; `finish` then filters y for the state, fitted() and residualSd().
    /// `strict`: an inadmissible CSS optimum is an error (the model search) instead of being
    /// replaced by the constrained one. `warm`: start from the current coefficients (a refit;
    /// with `exact`, the CSS stage is skipped).
    Status estimate(std::span<const double> y, int seasonLength, bool exact, bool finish,
                    bool strict = false, bool warm = false);
    /// Starting values for a warm estimate() from a model of neighbouring orders (the MA
    /// parts from `maOther` when given).
    void seedFrom(const ArimaMethod &other, const ArimaMethod *maOther = nullptr);
    /// Runs the Kalman filter with the current coefficients over y; sets state and fitted().
    Status filter(std::span<const double> y);

    ArimaOrder m_order;
    Estimation m_estimation;
    int m_m = 1;
    std::vector<double> m_ar, m_ma, m_sar, m_sma;
    double m_c = 0;
    double m_sigma2 = 0, m_logLikelihood = 0, m_aicc = 0;
    bool m_exact = false;
    bool m_estimated = false;
    bool m_seeded = false;
    // Forecast state: the predicted state for the step after the series, the expanded ARMA AR
    // polynomial φ* (lag 1 first), the differencing polynomial and the last d + Dm values.
    std::vector<double> m_state, m_phiStar, m_delta, m_tail;
};

/// Automatic ARIMA order selection (Hyndman & Khandakar 2008), stepwise; see the header comment.
class AutoArimaMethod final : public Method
{
public:
    QString name() const override { return QStringLiteral("arima"); }
    std::unique_ptr<Method> create() const override { return std::make_unique<AutoArimaMethod>(); }
    /// Errors: fewer than 3 values.
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    Status refit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override { return m_best ? m_best->parameterCount() : 0; }

    /// Longest season modelled; longer ones (weekly data's 52) get non-seasonal models.
    static constexpr int kMaxSeasonLength = 24;
    const ArimaMethod *chosen() const { return m_best.get(); }
    /// Number of models estimated by the search.
    int modelsTried() const { return m_models; }

private:
    std::unique_ptr<ArimaMethod> m_best;
    int m_models = 0;
    int m_exactFits = 0;
    double m_strength = 0;
};

} // namespace Stockshift::Forecast
