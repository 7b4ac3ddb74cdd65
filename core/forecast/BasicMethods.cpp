#include "forecast/BasicMethods.h"

#include "forecast/Optimize.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <numeric>

namespace Stockshift::Forecast {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

Status needAtLeast(std::span<const double> y, std::size_t n)
{
    if (y.size() < n)
        return Error(
            tr("The series has %1 values; this method needs at least %2.").arg(y.size()).arg(n),
            QStringLiteral("too-short"));
    return {};
}

} // namespace

// --- naive -----------------------------------------------------------------------------------

Status NaiveMethod::fit(std::span<const double> y, int)
{
    if (Status s = needAtLeast(y, 1); !s)
        return s;
    std::vector<double> fitted(y.size(), kNaN);
    for (std::size_t t = 1; t < y.size(); ++t)
        fitted[t] = y[t - 1];
    setFitted(y, std::move(fitted));
    m_last = y.back();
    return {};
}

std::vector<double> NaiveMethod::forecast(int h) const
{
    return std::vector<double>(std::size_t(std::max(h, 0)), m_last);
}

double NaiveMethod::horizonSdFactor(int h) const
{
    return std::sqrt(double(std::max(h, 1)));
}

Status SeasonalNaiveMethod::fit(std::span<const double> y, int seasonLength)
{
    const std::size_t m = std::size_t(std::max(seasonLength, 1));
    if (Status s = needAtLeast(y, m); !s)
        return s;
    std::vector<double> fitted(y.size(), kNaN);
    for (std::size_t t = m; t < y.size(); ++t)
        fitted[t] = y[t - m];
    setFitted(y, std::move(fitted));
    m_lastSeason.assign(y.end() - std::ptrdiff_t(m), y.end());
    return {};
}

std::vector<double> SeasonalNaiveMethod::forecast(int h) const
{
    std::vector<double> out(std::size_t(std::max(h, 0)));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = m_lastSeason[i % m_lastSeason.size()];
    return out;
}

double SeasonalNaiveMethod::horizonSdFactor(int h) const
{
    const int m = int(std::max<std::size_t>(m_lastSeason.size(), 1));
    return std::sqrt(double((std::max(h, 1) - 1) / m + 1));
}

QJsonObject SeasonalNaiveMethod::parameters() const
{
    return {{QStringLiteral("seasonLength"), int(m_lastSeason.size())}};
}

// --- moving average ---------------------------------------------------------------------------

Status MovingAverageMethod::fit(std::span<const double> y, int seasonLength)
{
    if (Status s = needAtLeast(y, 1); !s)
        return s;
    int window = m_requestedWindow > 0 ? m_requestedWindow : (seasonLength > 1 ? seasonLength : 4);
    m_window = std::min<int>(window, int(y.size()));
    std::vector<double> fitted(y.size(), kNaN);
    double sum = 0;
    for (std::size_t t = 0; t < y.size(); ++t) {
        if (t >= std::size_t(m_window))
            fitted[t] = sum / m_window;
        sum += y[t];
        if (t >= std::size_t(m_window))
            sum -= y[t - std::size_t(m_window)];
    }
    setFitted(y, std::move(fitted));
    m_level = std::accumulate(y.end() - m_window, y.end(), 0.0) / m_window;
    return {};
}

std::vector<double> MovingAverageMethod::forecast(int h) const
{
    return std::vector<double>(std::size_t(std::max(h, 0)), m_level);
}

double MovingAverageMethod::horizonSdFactor(int) const
{
    // A stationary series around the average: the error does not grow with the horizon.
    return 1.0;
}

QJsonObject MovingAverageMethod::parameters() const
{
    return {{QStringLiteral("window"), m_window}};
}

// --- simple exponential smoothing -----------------------------------------------------------

namespace {

double sesRun(std::span<const double> y, double alpha, double *level, std::vector<double> *fitted)
{
    double l = y[0];
    double sse = 0;
    for (std::size_t t = 1; t < y.size(); ++t) {
        const double e = y[t] - l;
        if (fitted)
            (*fitted)[t] = l;
        sse += e * e;
        l += alpha * e;
    }
    if (level)
        *level = l;
    return sse;
}

} // namespace

Status SesMethod::fit(std::span<const double> y, int)
{
    if (Status s = needAtLeast(y, 2); !s)
        return s;
    if (m_fixedAlpha >= 0) {
        m_alpha = m_fixedAlpha;
    } else {
        m_alpha = goldenSection([&](double a) { return sesRun(y, a, nullptr, nullptr); }, 1e-4,
                                0.9999, 1e-5)
                      .x[0];
    }
    m_estimated = true;
    std::vector<double> fitted(y.size(), kNaN);
    sesRun(y, m_alpha, &m_level, &fitted);
    setFitted(y, std::move(fitted));
    return {};
}

Status SesMethod::reapply(std::span<const double> y, int seasonLength)
{
    if (!m_estimated)
        return fit(y, seasonLength);
    if (Status s = needAtLeast(y, 2); !s)
        return s;
    std::vector<double> fitted(y.size(), kNaN);
    sesRun(y, m_alpha, &m_level, &fitted);
    setFitted(y, std::move(fitted));
    return {};
}

std::vector<double> SesMethod::forecast(int h) const
{
    return std::vector<double>(std::size_t(std::max(h, 0)), m_level);
}

double SesMethod::horizonSdFactor(int h) const
{
    return std::sqrt(1.0 + double(std::max(h, 1) - 1) * m_alpha * m_alpha);
}

QJsonObject SesMethod::parameters() const
{
    return {{QStringLiteral("alpha"), m_alpha}, {QStringLiteral("level"), m_level}};
}

// --- Holt -----------------------------------------------------------------------------------

double HoltMethod::run(std::span<const double> y, double alpha, double betaStar, double phi)
{
    m_runFitted.assign(y.size(), kNaN);
    double l = y[0], b = y[1] - y[0];
    double sse = 0;
    for (std::size_t t = 1; t < y.size(); ++t) {
        const double prediction = l + phi * b;
        m_runFitted[t] = prediction;
        const double e = y[t] - prediction;
        sse += e * e;
        const double newLevel = prediction + alpha * e;
        b = betaStar * (newLevel - l) + (1 - betaStar) * phi * b;
        l = newLevel;
    }
    m_level = l;
    m_trend = b;
    return sse;
}

Status HoltMethod::fit(std::span<const double> y, int)
{
    if (Status s = needAtLeast(y, 3); !s)
        return s;
    const auto objective = [&](const std::vector<double> &p) {
        return run(y, p[0], p[1], m_damped ? p[2] : 1.0);
    };
    std::vector<double> x0{0.3, 0.1}, lower{1e-4, 1e-4}, upper{0.9999, 0.9999};
    if (m_damped) {
        x0.push_back(0.95);
        lower.push_back(0.8);
        upper.push_back(0.98);
    }
    // A refit starts from the earlier estimates with a small simplex. SSEs that agree to 1e-6
    // relative are one optimum for forecasting purposes (as for ETS).
    const bool warm = m_refitting && m_estimated;
    if (warm) {
        x0[0] = m_alpha;
        x0[1] = m_betaStar;
        if (m_damped)
            x0[2] = m_phi;
    }
    const MinimizeResult best
        = nelderMead(objective, x0, lower, upper, 400, 1e-6, warm ? 0.02 : 0.1);
    m_alpha = best.x[0];
    m_betaStar = best.x[1];
    m_phi = m_damped ? best.x[2] : 1.0;
    m_estimated = true;
    run(y, m_alpha, m_betaStar, m_phi);
    setFitted(y, m_runFitted);
    return {};
}

Status HoltMethod::refit(std::span<const double> y, int seasonLength)
{
    m_refitting = true;
    Status s = fit(y, seasonLength);
    m_refitting = false;
    return s;
}

Status HoltMethod::reapply(std::span<const double> y, int seasonLength)
{
    if (!m_estimated)
        return fit(y, seasonLength);
    if (Status s = needAtLeast(y, 3); !s)
        return s;
    run(y, m_alpha, m_betaStar, m_phi);
    setFitted(y, m_runFitted);
    return {};
}

std::vector<double> HoltMethod::forecast(int h) const
{
    std::vector<double> out(std::size_t(std::max(h, 0)));
    double phiSum = 0, phiPower = 1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        phiPower *= m_phi;
        phiSum += phiPower;
        out[i] = m_level + phiSum * m_trend;
    }
    return out;
}

double HoltMethod::horizonSdFactor(int h) const
{
    const double beta = m_alpha * m_betaStar;
    double sum = 1.0;
    for (int j = 1; j < h; ++j) {
        const double damp
            = m_phi < 1.0 ? m_phi * (1 - std::pow(m_phi, j)) / (1 - m_phi) : double(j);
        const double c = m_alpha + beta * damp;
        sum += c * c;
    }
    return std::sqrt(sum);
}

QJsonObject HoltMethod::parameters() const
{
    QJsonObject p{{QStringLiteral("alpha"), m_alpha},
                  {QStringLiteral("beta"), m_alpha * m_betaStar},
                  {QStringLiteral("level"), m_level},
                  {QStringLiteral("trend"), m_trend}};
    if (m_damped)
        p.insert(QStringLiteral("phi"), m_phi);
    return p;
}

// --- Croston family -------------------------------------------------------------------------

QString CrostonMethod::name() const
{
    switch (m_variant) {
    case Variant::Classic:
        return QStringLiteral("croston");
    case Variant::Sba:
        return QStringLiteral("sba");
    case Variant::Tsb:
        return QStringLiteral("tsb");
    }
    return {};
}

double CrostonMethod::run(std::span<const double> y, double alpha, double beta,
                          std::vector<double> *fitted)
{
    // Initialisation: the first non-zero demand and the periods up to it (Croston 1972);
    // TSB starts from the observed share of non-zero periods.
    std::size_t first = 0;
    while (first < y.size() && y[first] <= 0)
        ++first;
    double z = first < y.size() ? y[first] : 0.0;
    double p = double(first + 1);
    std::size_t nonZero = 0;
    for (double v : y)
        nonZero += v > 0;
    double d = y.empty() ? 0.0 : double(nonZero) / double(y.size());
    const double bias = m_variant == Variant::Sba ? 1.0 - alpha / 2.0 : 1.0;

    double sse = 0;
    int q = 1; // periods since the last demand
    for (std::size_t t = first + 1; t < y.size(); ++t) {
        const double prediction = m_variant == Variant::Tsb ? d * z : bias * z / p;
        if (fitted)
            (*fitted)[t] = prediction;
        const double e = y[t] - prediction;
        sse += e * e;
        if (m_variant == Variant::Tsb) {
            if (y[t] > 0) {
                z += alpha * (y[t] - z);
                d += beta * (1.0 - d);
            } else {
                d += beta * (0.0 - d);
            }
        } else if (y[t] > 0) {
            z += alpha * (y[t] - z);
            p += alpha * (double(q) - p);
            q = 1;
            continue;
        }
        ++q;
    }
    m_size = z;
    m_interval = p;
    m_probability = d;
    return sse;
}

Status CrostonMethod::check(std::span<const double> y) const
{
    if (Status s = needAtLeast(y, 2); !s)
        return s;
    for (double v : y) {
        if (v < 0)
            return Error(tr("Croston-type methods need non-negative demand."),
                         QStringLiteral("negative"));
    }
    if (std::none_of(y.begin(), y.end(), [](double v) { return v > 0; }))
        return Error(tr("The series has no demand at all."), QStringLiteral("no-demand"));
    return {};
}

Status CrostonMethod::reapply(std::span<const double> y, int seasonLength)
{
    if (!m_estimated)
        return fit(y, seasonLength);
    if (Status s = check(y); !s)
        return s;
    std::vector<double> fitted(y.size(), kNaN);
    run(y, m_alpha, m_beta, &fitted);
    setFitted(y, std::move(fitted));
    return {};
}

Status CrostonMethod::fit(std::span<const double> y, int)
{
    if (Status s = check(y); !s)
        return s;

    // Small grids are standard for these methods (Syntetos & Boylan recommend α in 0.05–0.3):
    // a fine optimiser over-fits a handful of non-zero observations.
    if (m_fixedAlpha >= 0) {
        m_alpha = m_fixedAlpha;
        m_beta = m_variant == Variant::Tsb ? m_fixedAlpha : 0.0;
    } else {
        double best = std::numeric_limits<double>::infinity();
        const double alphas[] = {0.05, 0.1, 0.15, 0.2, 0.3};
        const double betas[] = {0.02, 0.05, 0.1, 0.2, 0.3};
        for (double a : alphas) {
            for (double b : betas) {
                if (m_variant != Variant::Tsb && b != betas[0])
                    continue;
                const double sse = run(y, a, b, nullptr);
                if (sse < best - 1e-12) {
                    best = sse;
                    m_alpha = a;
                    m_beta = b;
                }
            }
        }
    }
    m_estimated = true;
    std::vector<double> fitted(y.size(), kNaN);
    run(y, m_alpha, m_beta, &fitted);
    setFitted(y, std::move(fitted));
    return {};
}

std::vector<double> CrostonMethod::forecast(int h) const
{
    double value = 0;
    switch (m_variant) {
    case Variant::Classic:
        value = m_size / m_interval;
        break;
    case Variant::Sba:
        value = (1.0 - m_alpha / 2.0) * m_size / m_interval;
        break;
    case Variant::Tsb:
        value = m_probability * m_size;
        break;
    }
    return std::vector<double>(std::size_t(std::max(h, 0)), value);
}

QJsonObject CrostonMethod::parameters() const
{
    QJsonObject p{{QStringLiteral("alpha"), m_alpha}, {QStringLiteral("size"), m_size}};
    if (m_variant == Variant::Tsb) {
        p.insert(QStringLiteral("beta"), m_beta);
        p.insert(QStringLiteral("probability"), m_probability);
    } else {
        p.insert(QStringLiteral("interval"), m_interval);
    }
    return p;
}

} // namespace Stockshift::Forecast
