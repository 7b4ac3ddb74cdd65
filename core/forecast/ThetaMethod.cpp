#include "forecast/ThetaMethod.h"

#include "forecast/BasicMethods.h"
#include "forecast/Seasonality.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace Stockshift::Forecast {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

Status ThetaMethod::fit(std::span<const double> y, int seasonLength)
{
    if (y.size() < 3)
        return Error(
            QCoreApplication::translate("Stockshift::Forecast",
                                        "The series has %1 values; Theta needs at least 3.")
                .arg(y.size()),
            QStringLiteral("too-short"));
    m_n = int(y.size());
    m_indices.clear();
    if (seasonLength > 1 && isSeasonal(y, seasonLength))
        m_indices = multiplicativeIndices(y, seasonLength);

    std::vector<double> adjusted(y.begin(), y.end());
    if (!m_indices.empty())
        for (std::size_t t = 0; t < adjusted.size(); ++t)
            adjusted[t] /= m_indices[t % m_indices.size()];

    // Least-squares line a + b·t, t = 0..n−1.
    const double n = double(adjusted.size());
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (std::size_t t = 0; t < adjusted.size(); ++t) {
        st += double(t);
        sy += adjusted[t];
        stt += double(t) * double(t);
        sty += double(t) * adjusted[t];
    }
    m_slope = (n * sty - st * sy) / (n * stt - st * st);
    m_intercept = (sy - m_slope * st) / n;

    SesMethod ses;
    if (Status s = ses.fit(adjusted, 1); !s)
        return s;
    m_alpha = ses.alpha();
    m_level = ses.level();

    // One-step in-sample predictions of the combined model: SES's prediction plus half the
    // trend's slope (the Theta line's drift), reseasonalised.
    const auto inSample = [&](double theta) {
        std::vector<double> fitted(y.size(), kNaN);
        const double weight = 1.0 - 1.0 / theta;
        double l = adjusted[0];
        for (std::size_t t = 1; t < adjusted.size(); ++t) {
            // The h = 1 forecast from origin t (t values seen):
            // ℓ + w·b·(1 − (1−α)^t)/α.
            double prediction
                = l + weight * m_slope * (1.0 - std::pow(1.0 - m_alpha, double(t))) / m_alpha;
            if (!m_indices.empty())
                prediction *= m_indices[t % m_indices.size()];
            fitted[t] = prediction;
            l += m_alpha * (adjusted[t] - l);
        }
        return fitted;
    };
    m_theta = 2.0;
    std::vector<double> fitted = inSample(2.0);
    if (m_optimised) {
        double best = std::numeric_limits<double>::infinity();
        for (double theta : {1.0, 1.5, 2.0, 2.5, 3.0}) {
            auto candidate = inSample(theta);
            double sse = 0;
            for (std::size_t t = 1; t < y.size(); ++t)
                sse += (y[t] - candidate[t]) * (y[t] - candidate[t]);
            if (sse < best) {
                best = sse;
                m_theta = theta;
                fitted = std::move(candidate);
            }
        }
    }
    setFitted(y, std::move(fitted));
    return {};
}

std::vector<double> ThetaMethod::forecast(int h) const
{
    std::vector<double> out(std::size_t(std::max(h, 0)));
    const double weight = 1.0 - 1.0 / m_theta; // θ = 2 → b/2
    const double tail = std::pow(1.0 - m_alpha, double(m_n)) / m_alpha;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double step = double(i + 1);
        double value = m_level + weight * m_slope * (step - 1.0 + 1.0 / m_alpha - tail);
        if (!m_indices.empty())
            value *= m_indices[(std::size_t(m_n) + i) % m_indices.size()];
        out[i] = value;
    }
    return out;
}

double ThetaMethod::horizonSdFactor(int h) const
{
    // SES with drift: the ETS(A,N,N) variance growth (Hyndman & Billah 2003).
    return std::sqrt(1.0 + double(std::max(h, 1) - 1) * m_alpha * m_alpha);
}

QJsonObject ThetaMethod::parameters() const
{
    QJsonObject p{{QStringLiteral("alpha"), m_alpha},
                  {QStringLiteral("level"), m_level},
                  {QStringLiteral("drift"), (1.0 - 1.0 / m_theta) * m_slope},
                  {QStringLiteral("theta"), m_theta},
                  {QStringLiteral("seasonal"), !m_indices.empty()}};
    if (!m_indices.empty()) {
        QJsonArray indices;
        for (double index : m_indices)
            indices.append(index);
        p.insert(QStringLiteral("seasonalIndices"), indices);
    }
    return p;
}

} // namespace Stockshift::Forecast
