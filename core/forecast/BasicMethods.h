// Forecast::BasicMethods — the benchmark and exponential-smoothing family without seasonality,
// and the intermittent-demand methods.
//
// Algorithms and formulas:
// - Naive: ŷ(t+h) = y(t). Seasonal naive: ŷ(t+h) = y(t+h−m·k), k = ⌈h/m⌉.
// - Moving average of the last k values.
// - Simple exponential smoothing, ETS(A,N,N): ℓ(t) = α·y(t) + (1−α)·ℓ(t−1); ŷ(t+h) = ℓ(t);
//   α minimises the in-sample one-step SSE; ℓ(0) = y(0).
// - Holt's linear trend, optionally damped (Gardner & McKenzie 1985), ETS(A,A(d),N):
//   ℓ(t) = α·y(t) + (1−α)(ℓ(t−1) + φ·b(t−1)), b(t) = β*(ℓ(t) − ℓ(t−1)) + (1−β*)·φ·b(t−1),
//   ŷ(t+h) = ℓ(t) + (φ + … + φ^h)·b(t). Forecast variance per Hyndman et al. (2008), Table 6.1:
//   σ²·(1 + Σ_{j<h} c_j²), c_j = α + αβ*·φ(1−φ^j)/(1−φ) (α + αβ*·j undamped).
// - Croston (1972): smoothed non-zero sizes z and inter-demand intervals p, ŷ = z/p.
//   SBA (Syntetos & Boylan 2005): ŷ = (1 − α/2)·z/p. TSB (Teunter, Syntetos & Babai 2011):
//   smoothed demand probability d updated every period, ŷ = d·z.
#pragma once

#include "forecast/Method.h"

namespace Stockshift::Forecast {

class NaiveMethod final : public Method
{
public:
    QString name() const override { return QStringLiteral("naive"); }
    std::unique_ptr<Method> create() const override { return std::make_unique<NaiveMethod>(); }
    Status fit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override { return {}; }
    int parameterCount() const override { return 0; }

private:
    double m_last = 0;
};

class SeasonalNaiveMethod final : public Method
{
public:
    QString name() const override { return QStringLiteral("snaive"); }
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<SeasonalNaiveMethod>();
    }
    Status fit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override { return 0; }

private:
    std::vector<double> m_lastSeason;
};

class MovingAverageMethod final : public Method
{
public:
    explicit MovingAverageMethod(int window = 0)
        : m_requestedWindow(window)
    {}
    QString name() const override { return QStringLiteral("ma"); }
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<MovingAverageMethod>(m_requestedWindow);
    }
    /// Window 0 = the season length, or 4 without seasonality (at most the series length).
    Status fit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override { return 1; }

private:
    int m_requestedWindow = 0;
    int m_window = 1;
    double m_level = 0;
};

class SesMethod final : public Method
{
public:
    /// alpha < 0: estimated by least squares; otherwise fixed.
    explicit SesMethod(double alpha = -1)
        : m_fixedAlpha(alpha)
    {}
    QString name() const override { return QStringLiteral("ses"); }
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<SesMethod>(m_fixedAlpha);
    }
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override { return m_fixedAlpha < 0 ? 2 : 1; }
    double alpha() const { return m_alpha; }
    double level() const { return m_level; }

private:
    double m_fixedAlpha;
    double m_alpha = 0.5;
    double m_level = 0;
    bool m_estimated = false;
};

class HoltMethod final : public Method
{
public:
    explicit HoltMethod(bool damped)
        : m_damped(damped)
    {}
    QString name() const override
    {
        return m_damped ? QStringLiteral("holt-damped") : QStringLiteral("holt");
    }
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<HoltMethod>(m_damped);
    }
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    Status refit(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int h) const override;
    QJsonObject parameters() const override;
    int parameterCount() const override { return m_damped ? 5 : 4; }

    /// Runs the recursions with fixed parameters; returns the one-step SSE (fills state).
    double run(std::span<const double> y, double alpha, double betaStar, double phi);

private:
    bool m_damped;
    double m_alpha = 0.5, m_betaStar = 0.1, m_phi = 1.0;
    double m_level = 0, m_trend = 0;
    bool m_estimated = false;
    bool m_refitting = false;
    std::vector<double> m_runFitted;
};

class CrostonMethod final : public Method
{
public:
    enum class Variant { Classic, Sba, Tsb };
    /// alpha < 0: chosen from a grid by in-sample MSE (TSB also chooses beta).
    explicit CrostonMethod(Variant variant, double alpha = -1)
        : m_variant(variant)
        , m_fixedAlpha(alpha)
    {}
    QString name() const override;
    std::unique_ptr<Method> create() const override
    {
        return std::make_unique<CrostonMethod>(m_variant, m_fixedAlpha);
    }
    Status fit(std::span<const double> y, int seasonLength) override;
    Status reapply(std::span<const double> y, int seasonLength) override;
    std::vector<double> forecast(int h) const override;
    double horizonSdFactor(int) const override { return 1.0; }
    QJsonObject parameters() const override;
    int parameterCount() const override { return m_variant == Variant::Tsb ? 2 : 1; }

    double size() const { return m_size; }
    double interval() const { return m_interval; }
    double probability() const { return m_probability; }

private:
    double run(std::span<const double> y, double alpha, double beta, std::vector<double> *fitted);
    Status check(std::span<const double> y) const;

    Variant m_variant;
    bool m_estimated = false;
    double m_fixedAlpha;
    double m_alpha = 0.1, m_beta = 0.1;
    double m_size = 0, m_interval = 1, m_probability = 0;
};

} // namespace Stockshift::Forecast
