// Forecast::EtsMethod — exponential smoothing state space models, ETS(E,T,S), after Hyndman,
// Koehler, Ord & Snyder, "Forecasting with Exponential Smoothing" (2008).
//
// Components: error E ∈ {A, M}, trend T ∈ {N, A, Ad}, season S ∈ {N, A, M}. State recursions
// (component form, identical for both error types; Hyndman et al. 2008, Table 2.1):
//   ℓ(t) = α·y′(t) + (1−α)(ℓ(t−1) + φ·b(t−1)),  y′ = y − s(t−m) | y / s(t−m) | y
//   b(t) = β*·(ℓ(t) − ℓ(t−1)) + (1−β*)·φ·b(t−1)
//   s(t) = γ·(y − ℓ(t−1) − φ·b(t−1)) + (1−γ)·s(t−m)            (additive season)
//   s(t) = γ·(y / (ℓ(t−1) + φ·b(t−1))) + (1−γ)·s(t−m)          (multiplicative season)
// The error type changes the likelihood (eq. 5.4 / R forecast::ets):
//   additive:        L* = n·log Σ e²
//   multiplicative:  L* = n·log Σ (e/μ)² + 2·Σ log|μ|
// Parameters (α, β*, γ, φ and the initial level and trend) minimise L* by bounded Nelder–Mead;
// initial seasonal indices come from a classical decomposition of the first seasons. Models are
// compared by AICc = L* + 2k + 2k(k+1)/(n−k−1), k = parameters + initial states + 1.
// EtsAuto fits every admissible model (no additive error with multiplicative season, no
// multiplicative components on non-positive data, seasonality only with two full seasons and a
// season of at most 24, as R's ets) and keeps the lowest AICc.
#pragma once

#include "forecast/Method.h"

namespace Stockshift::Forecast {

struct EtsSpec
{
    enum class Error { Additive, Multiplicative };
    enum class Trend { None, Additive, Damped };
    enum class Season { None, Additive, Multiplicative };
    Error error = Error::Additive;
    Trend trend = Trend::None;
    Season season = Season::None;

    /// "ETS(A,Ad,M)" notation.
    QString name() const;
};

class EtsMethod final : public Method
{
public:
    explicit EtsMethod(EtsSpec spec)
        : m_spec(spec)
    {}
    QString name() const override;
    std::unique_ptr<Method> create() const override { return std::make_unique<EtsMethod>(m_spec); }
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    Status refit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override;

    const EtsSpec &spec() const { return m_spec; }
    double aicc() const { return m_aicc; }
    double likelihood() const { return m_likelihood; }

private:
    struct State
    {
        double level = 0, trend = 0;
        std::vector<double> season; // season[(t) % m] holds s(t−m) when processing time t
    };
    /// Runs the recursions; returns L* (infinite when a state becomes invalid).
    double run(std::span<const double> y, const std::vector<double> &p, State *finalState,
               std::vector<double> *fitted) const;

    EtsSpec m_spec;
    int m_m = 1;
    std::vector<double> m_initialSeason;
    std::vector<double> m_params;          // alpha, betaStar, gamma, phi, level0, trend0
    std::vector<double> m_warmStart;       // refit(): start from these instead of the defaults
    mutable std::vector<double> m_scratch; // seasonal states during run(); one thread per instance
    double m_phi = 1.0;
    State m_state;
    int m_n = 0;
    double m_likelihood = 0, m_aicc = 0;
};

/// Fits all admissible ETS models and keeps the one with the lowest AICc.
class EtsAutoMethod final : public Method
{
public:
    QString name() const override { return QStringLiteral("ets"); }
    std::unique_ptr<Method> create() const override { return std::make_unique<EtsAutoMethod>(); }
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    /// Re-estimates the chosen model only (the AICc choice among the family stands).
    Status refit(std::span<const double> y, int seasonLength) override;

    /// Longest season modelled (as R's ets): longer ones are fitted without seasonality.
    static constexpr int kMaxSeasonLength = 24;
    std::vector<double> forecast(int h) const override { return m_best->forecast(h); }
    double horizonSdFactor(int h) const override { return m_best->horizonSdFactor(h); }
    QJsonObject parameters() const override;
    int parameterCount() const override { return m_best ? m_best->parameterCount() : 0; }
    const EtsMethod *chosen() const { return m_best.get(); }

private:
    std::unique_ptr<EtsMethod> m_best;
    int m_candidates = 0;
};

} // namespace Stockshift::Forecast
