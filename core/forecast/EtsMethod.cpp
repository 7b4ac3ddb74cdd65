#include "forecast/EtsMethod.h"

#include "forecast/Optimize.h"
#include "forecast/Seasonality.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Stockshift::Forecast {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

/// Additive seasonal indices (mean 0) by classical decomposition, like multiplicativeIndices.
std::vector<double> additiveIndices(std::span<const double> y, int m)
{
    const std::size_t n = y.size();
    if (m <= 1 || n < std::size_t(2 * m))
        return {};
    std::vector<double> sum(std::size_t(m), 0.0);
    std::vector<int> count(std::size_t(m), 0);
    const std::size_t half = std::size_t(m / 2);
    for (std::size_t t = half; t + half < n; ++t) {
        double trend = 0;
        if (m % 2 == 1) {
            for (std::size_t k = t - half; k <= t + half; ++k)
                trend += y[k];
        } else {
            trend = 0.5 * y[t - half] + 0.5 * y[t + half];
            for (std::size_t k = t - half + 1; k < t + half; ++k)
                trend += y[k];
        }
        trend /= m;
        sum[t % std::size_t(m)] += y[t] - trend;
        ++count[t % std::size_t(m)];
    }
    std::vector<double> indices(static_cast<std::size_t>(m));
    for (std::size_t i = 0; i < indices.size(); ++i)
        indices[i] = count[i] ? sum[i] / count[i] : 0.0;
    const double mean = std::accumulate(indices.begin(), indices.end(), 0.0) / m;
    for (double &index : indices)
        index -= mean;
    return indices;
}

} // namespace

QString EtsSpec::name() const
{
    const QString e = error == Error::Additive ? QStringLiteral("A") : QStringLiteral("M");
    const QString t = trend == Trend::None       ? QStringLiteral("N")
                      : trend == Trend::Additive ? QStringLiteral("A")
                                                 : QStringLiteral("Ad");
    const QString s = season == Season::None       ? QStringLiteral("N")
                      : season == Season::Additive ? QStringLiteral("A")
                                                   : QStringLiteral("M");
    return QStringLiteral("ETS(%1,%2,%3)").arg(e, t, s);
}

QString EtsMethod::name() const
{
    return m_spec.name();
}

int EtsMethod::parameterCount() const
{
    // Smoothing parameters and initial states as estimated, plus the error variance.
    return int(m_params.size()) + (m_spec.season != EtsSpec::Season::None ? m_m - 1 : 0) + 1;
}

namespace {

enum class SeasonKind { None, Additive, Multiplicative };

struct RunInput
{
    std::span<const double> y;
    double alpha, betaStar, gamma, phi, level, trend;
    double *season; // m values, updated in place
    std::size_t m;
    double *fitted; // nullptr: not wanted
};

struct RunOutput
{
    double likelihood;
    double level, trend;
};

// The state recursions and L* for one model; the model's structure is a compile-time choice so
// that the loop carries no branches on it (the likelihood runs some 10⁵ times per fit).
template<bool Trend, SeasonKind Season, bool MultError, bool WantFitted>
RunOutput runKernel(const RunInput &in)
{
    constexpr bool seasonal = Season != SeasonKind::None;
    constexpr bool multSeason = Season == SeasonKind::Multiplicative;
    const std::span<const double> y = in.y;
    const double alpha = in.alpha, betaStar = in.betaStar, gamma = in.gamma, phi = in.phi;
    double level = in.level, trend = Trend ? in.trend : 0.0;
    double sse = 0, logSum = 0;
    // Σ log|μ| as the log of running products, flushed every 16 steps or before they could
    // overflow: one log per 16 observations instead of one per observation.
    double product = 1.0;
    int inProduct = 0;
    std::size_t position = 0; // t mod m
    for (std::size_t t = 0; t < y.size(); ++t) {
        const double base = Trend ? level + phi * trend : level;
        double s = multSeason ? 1.0 : 0.0;
        if constexpr (seasonal)
            s = in.season[position];
        const double mu = multSeason ? base * s : base + s;
        if constexpr (MultError || multSeason) {
            if (!(mu > 0) || !(base > 0))
                return {kInf, level, trend};
        }
        if constexpr (WantFitted)
            in.fitted[t] = mu;
        const double e = y[t] - mu;
        if constexpr (MultError) {
            const double relative = e / mu;
            sse += relative * relative;
            product *= mu;
            if (++inProduct == 16 || product > 1e250 || product < 1e-250) {
                logSum += std::log(product);
                product = 1.0;
                inProduct = 0;
            }
        } else {
            sse += e * e;
        }
        double adjusted = y[t];
        if constexpr (Season == SeasonKind::Additive)
            adjusted = y[t] - s;
        else if constexpr (multSeason)
            adjusted = y[t] / s;
        const double newLevel = alpha * adjusted + (1.0 - alpha) * base;
        if constexpr (Trend)
            trend = betaStar * (newLevel - level) + (1.0 - betaStar) * phi * trend;
        if constexpr (Season == SeasonKind::Additive)
            in.season[position] = gamma * (y[t] - base) + (1.0 - gamma) * s;
        else if constexpr (multSeason)
            in.season[position] = gamma * (y[t] / base) + (1.0 - gamma) * s;
        if constexpr (seasonal)
            position = position + 1 == in.m ? 0 : position + 1;
        level = newLevel;
        if (!std::isfinite(level))
            return {kInf, level, trend};
    }
    if constexpr (MultError)
        logSum += std::log(product);
    const double n = double(y.size());
    if (!(sse > 0))
        sse = 1e-300; // a perfect fit: the likelihood is bounded by the smallest variance
    return {n * std::log(sse) + 2.0 * logSum, level, trend};
}

template<bool Trend, SeasonKind Season, bool MultError>
RunOutput dispatchFitted(const RunInput &in)
{
    return in.fitted ? runKernel<Trend, Season, MultError, true>(in)
                     : runKernel<Trend, Season, MultError, false>(in);
}

template<bool Trend, SeasonKind Season>
RunOutput dispatchError(const RunInput &in, bool multError)
{
    return multError ? dispatchFitted<Trend, Season, true>(in)
                     : dispatchFitted<Trend, Season, false>(in);
}

template<bool Trend>
RunOutput dispatchSeason(const RunInput &in, SeasonKind season, bool multError)
{
    switch (season) {
    case SeasonKind::Additive:
        return dispatchError<Trend, SeasonKind::Additive>(in, multError);
    case SeasonKind::Multiplicative:
        return dispatchError<Trend, SeasonKind::Multiplicative>(in, multError);
    case SeasonKind::None:
        break;
    }
    return dispatchError<Trend, SeasonKind::None>(in, multError);
}

} // namespace

double EtsMethod::run(std::span<const double> y, const std::vector<double> &p, State *finalState,
                      std::vector<double> *fitted) const
{
    const bool hasTrend = m_spec.trend != EtsSpec::Trend::None;
    const bool seasonal = m_spec.season != EtsSpec::Season::None;
    std::size_t i = 0;
    RunInput in;
    in.y = y;
    in.alpha = p[i++];
    in.betaStar = hasTrend ? p[i++] : 0.0;
    in.gamma = seasonal ? p[i++] : 0.0;
    in.phi = m_spec.trend == EtsSpec::Trend::Damped ? p[i++] : (hasTrend ? 1.0 : 0.0);
    in.level = p[i++];
    in.trend = hasTrend ? p[i++] : 0.0;
    // Hyndman et al.'s usual region: γ < 1 − α keeps the seasonal and level updates apart.
    if (seasonal && in.gamma > 1.0 - in.alpha)
        return kInf;
    // The seasonal states are updated in place: a scratch copy of the initial indices, kept
    // between evaluations so that the optimiser's loop allocates nothing.
    m_scratch.assign(m_initialSeason.begin(), m_initialSeason.end());
    in.season = m_scratch.data();
    in.m = std::size_t(std::max(m_m, 1));
    in.fitted = fitted ? fitted->data() : nullptr;
    const SeasonKind season = m_spec.season == EtsSpec::Season::None ? SeasonKind::None
                              : m_spec.season == EtsSpec::Season::Additive
                                  ? SeasonKind::Additive
                                  : SeasonKind::Multiplicative;
    const bool multError = m_spec.error == EtsSpec::Error::Multiplicative;
    const RunOutput out = hasTrend ? dispatchSeason<true>(in, season, multError)
                                   : dispatchSeason<false>(in, season, multError);
    if (finalState && std::isfinite(out.likelihood)) {
        finalState->level = out.level;
        finalState->trend = out.trend;
        finalState->season
            = m_scratch; // slot t mod m holds s(t − m) for t ≥ n, as forecast() reads
    }
    return out.likelihood;
}

Status EtsMethod::fit(std::span<const double> y, int seasonLength)
{
    const bool hasTrend = m_spec.trend != EtsSpec::Trend::None;
    const bool seasonal = m_spec.season != EtsSpec::Season::None;
    const bool multiplicative = m_spec.error == EtsSpec::Error::Multiplicative
                                || m_spec.season == EtsSpec::Season::Multiplicative;
    m_n = int(y.size());
    m_m = seasonal ? seasonLength : 1;
    if (seasonal && (seasonLength <= 1 || y.size() < std::size_t(2 * seasonLength)))
        return Error(tr("A seasonal model needs two full seasons of history."),
                     QStringLiteral("too-short"));
    if (multiplicative && std::any_of(y.begin(), y.end(), [](double v) { return !(v > 0); }))
        return Error(tr("Multiplicative models need positive data."),
                     QStringLiteral("not-positive"));

    m_initialSeason.clear();
    std::vector<double> adjusted(y.begin(), y.end());
    if (seasonal) {
        m_initialSeason = m_spec.season == EtsSpec::Season::Multiplicative
                              ? multiplicativeIndices(y, m_m)
                              : additiveIndices(y, m_m);
        if (m_initialSeason.empty())
            return Error(tr("The seasonal pattern cannot be estimated."), QStringLiteral("season"));
        for (std::size_t t = 0; t < adjusted.size(); ++t)
            adjusted[t] = m_spec.season == EtsSpec::Season::Multiplicative
                              ? adjusted[t] / m_initialSeason[t % std::size_t(m_m)]
                              : adjusted[t] - m_initialSeason[t % std::size_t(m_m)];
    }

    // Initial level and trend (Hyndman et al. 2008, §2.6.1): a straight line through the first
    // ten (deseasonalised) values; both are then estimated with the smoothing parameters.
    const std::size_t k = std::min<std::size_t>(adjusted.size(), 10);
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (std::size_t t = 0; t < k; ++t) {
        st += double(t);
        sy += adjusted[t];
        stt += double(t) * double(t);
        sty += double(t) * adjusted[t];
    }
    const double denominator = double(k) * stt - st * st;
    const double slope
        = hasTrend && denominator > 0 ? (double(k) * sty - st * sy) / denominator : 0.0;
    const double intercept = (sy - slope * st) / double(k);
    const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
    const double range = std::max(*hi - *lo, 1e-6 + std::abs(*hi) * 0.1);

    std::vector<double> x0, lower, upper;
    const auto add = [&](double value, double low, double high) {
        x0.push_back(std::clamp(value, low, high));
        lower.push_back(low);
        upper.push_back(high);
    };
    add(0.3, 1e-4, 0.9999); // alpha
    if (hasTrend)
        add(0.1, 1e-4, 0.9999); // beta* (beta = alpha·beta* < alpha)
    if (seasonal)
        add(0.05, 1e-4, 0.9999); // gamma (γ < 1 − α checked in run())
    if (m_spec.trend == EtsSpec::Trend::Damped)
        add(0.95, 0.8, 0.98);                             // phi
    add(intercept, intercept - range, intercept + range); // initial level
    if (hasTrend)
        add(slope, slope - range / 4, slope + range / 4); // initial trend
    if (multiplicative && lower[lower.size() - (hasTrend ? 2 : 1)] <= 0)
        lower[lower.size() - (hasTrend ? 2 : 1)] = 1e-6;

    // A warm start (refit) begins at the earlier estimates with a small simplex.
    const bool warm = m_warmStart.size() == x0.size();
    if (warm)
        for (std::size_t i = 0; i < x0.size(); ++i)
            x0[i] = std::clamp(m_warmStart[i], lower[i], upper[i]);
    // Tolerance: the simplex's likelihoods agree to 1e-6 relative (some 10⁻³ in L*, far below
    // any AICc difference that matters); on M3 this is as accurate as 1e-9 at half the time.
    const MinimizeResult best
        = nelderMead([&](const std::vector<double> &p) { return run(y, p, nullptr, nullptr); }, x0,
                     lower, upper, 120 * int(x0.size()), 1e-6, warm ? 0.02 : 0.1);
    if (!std::isfinite(best.value))
        return Error(tr("%1 could not be fitted to this series.").arg(m_spec.name()),
                     QStringLiteral("no-fit"));
    m_params = best.x;
    // φ sits after α, β* and γ (when present) in the parameter vector.
    m_phi = m_spec.trend == EtsSpec::Trend::Damped ? m_params[seasonal ? 3 : 2] : 1.0;
    std::vector<double> fitted(y.size(), kNaN);
    m_likelihood = run(y, m_params, &m_state, &fitted);
    const double n = double(y.size());
    const double params = double(parameterCount());
    if (n - params - 1 <= 0)
        return Error(tr("The series is too short for %1.").arg(m_spec.name()),
                     QStringLiteral("too-short"));
    m_aicc = m_likelihood + 2 * params + 2 * params * (params + 1) / (n - params - 1);
    setFitted(y, std::move(fitted));
    return {};
}

Status EtsMethod::refit(std::span<const double> y, int seasonLength)
{
    m_warmStart = m_params;
    Status s = fit(y, seasonLength);
    m_warmStart.clear();
    return s;
}

Status EtsMethod::reapply(std::span<const double> y, int seasonLength)
{
    const bool seasonal = m_spec.season != EtsSpec::Season::None;
    if (m_params.empty() || (seasonal && seasonLength != m_m))
        return fit(y, seasonLength);
    std::vector<double> fitted(y.size(), kNaN);
    State state;
    const double likelihood = run(y, m_params, &state, &fitted);
    const double n = double(y.size());
    const double params = double(parameterCount());
    if (!std::isfinite(likelihood) || n - params - 1 <= 0)
        return fit(y, seasonLength); // the old parameters do not carry over: estimate anew
    m_state = std::move(state);
    m_n = int(y.size());
    m_likelihood = likelihood;
    m_aicc = m_likelihood + 2 * params + 2 * params * (params + 1) / (n - params - 1);
    setFitted(y, std::move(fitted));
    return {};
}

std::vector<double> EtsMethod::forecast(int h) const
{
    const bool hasTrend = m_spec.trend != EtsSpec::Trend::None;
    const double phi = m_phi;
    std::vector<double> out(std::size_t(std::max(h, 0)));
    double phiSum = 0, phiPower = 1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (hasTrend) {
            phiPower *= phi;
            phiSum += phiPower;
        }
        const double base = m_state.level + phiSum * m_state.trend;
        if (m_spec.season == EtsSpec::Season::None) {
            out[i] = base;
            continue;
        }
        const double s = m_state.season[(std::size_t(m_n) + i) % std::size_t(m_m)];
        out[i] = m_spec.season == EtsSpec::Season::Multiplicative ? base * s : base + s;
    }
    return out;
}

double EtsMethod::horizonSdFactor(int h) const
{
    // Class 1 variance (Hyndman et al. 2008, Table 6.1): σ²(1 + Σ_{j<h} c_j²),
    // c_j = α + β·φ_j + γ·[j mod m = 0]. Used for multiplicative-error models as an
    // approximation on the scale of the one-step errors.
    const QJsonObject p = parameters();
    const double alpha = p.value(QStringLiteral("alpha")).toDouble();
    const double beta = p.value(QStringLiteral("beta")).toDouble();
    const double gamma = p.value(QStringLiteral("gamma")).toDouble();
    const double phi = p.value(QStringLiteral("phi")).toDouble(1.0);
    double sum = 1.0;
    for (int j = 1; j < h; ++j) {
        const double damp = m_spec.trend == EtsSpec::Trend::None ? 0.0
                            : phi < 1.0 ? phi * (1 - std::pow(phi, j)) / (1 - phi)
                                        : double(j);
        const double c = alpha + beta * damp + (m_m > 1 && j % m_m == 0 ? gamma : 0.0);
        sum += c * c;
    }
    return std::sqrt(sum);
}

QJsonObject EtsMethod::parameters() const
{
    const bool hasTrend = m_spec.trend != EtsSpec::Trend::None;
    const bool seasonal = m_spec.season != EtsSpec::Season::None;
    QJsonObject p;
    if (m_params.empty())
        return p;
    std::size_t i = 0;
    const double alpha = m_params[i++];
    p.insert(QStringLiteral("model"), m_spec.name());
    p.insert(QStringLiteral("alpha"), alpha);
    if (hasTrend)
        p.insert(QStringLiteral("beta"), alpha * m_params[i++]);
    if (seasonal)
        p.insert(QStringLiteral("gamma"), m_params[i++]);
    if (m_spec.trend == EtsSpec::Trend::Damped)
        p.insert(QStringLiteral("phi"), m_params[i++]);
    p.insert(QStringLiteral("level"), m_state.level);
    if (hasTrend)
        p.insert(QStringLiteral("trend"), m_state.trend);
    p.insert(QStringLiteral("aicc"), m_aicc);
    return p;
}

Status EtsAutoMethod::fit(std::span<const double> y, int seasonLength)
{
    using E = EtsSpec::Error;
    using T = EtsSpec::Trend;
    using S = EtsSpec::Season;
    m_best.reset();
    m_candidates = 0;
    // Like R's forecast::ets, seasons longer than 24 (weekly data's 52) are not modelled: as
    // many free seasonal states as a year has weeks cannot be estimated from a few years.
    const bool seasonalPossible = seasonLength > 1 && seasonLength <= kMaxSeasonLength
                                  && y.size() >= std::size_t(2 * seasonLength);
    for (E error : {E::Additive, E::Multiplicative}) {
        for (T trend : {T::None, T::Additive, T::Damped}) {
            for (S season : {S::None, S::Additive, S::Multiplicative}) {
                if (season != S::None && !seasonalPossible)
                    continue;
                if (error == E::Additive && season == S::Multiplicative)
                    continue; // numerically unstable (Hyndman et al. 2008, §15.1)
                auto candidate = std::make_unique<EtsMethod>(EtsSpec{error, trend, season});
                if (!candidate->fit(y, seasonLength))
                    continue;
                ++m_candidates;
                if (!m_best || candidate->aicc() < m_best->aicc())
                    m_best = std::move(candidate);
            }
        }
    }
    if (!m_best)
        return Error(tr("No exponential smoothing model fits this series."),
                     QStringLiteral("no-fit"));
    m_fitted = m_best->fitted();
    m_residualSd = m_best->residualSd();
    return {};
}

Status EtsAutoMethod::reapply(std::span<const double> y, int seasonLength)
{
    if (!m_best)
        return fit(y, seasonLength);
    if (Status s = m_best->reapply(y, seasonLength); !s)
        return s;
    m_fitted = m_best->fitted();
    m_residualSd = m_best->residualSd();
    return {};
}

Status EtsAutoMethod::refit(std::span<const double> y, int seasonLength)
{
    if (!m_best)
        return fit(y, seasonLength);
    if (Status s = m_best->refit(y, seasonLength); !s)
        return fit(y, seasonLength); // the chosen model no longer fits: choose again
    m_fitted = m_best->fitted();
    m_residualSd = m_best->residualSd();
    return {};
}

QJsonObject EtsAutoMethod::parameters() const
{
    QJsonObject p = m_best ? m_best->parameters() : QJsonObject();
    p.insert(QStringLiteral("candidates"), m_candidates);
    return p;
}

} // namespace Stockshift::Forecast
