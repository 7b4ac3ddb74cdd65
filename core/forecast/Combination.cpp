#include "forecast/Combination.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace Stockshift::Forecast {

CombinationMethod::CombinationMethod(QString name, std::vector<std::unique_ptr<Method>> members,
                                     std::vector<double> weights)
    : m_name(std::move(name))
    , m_members(std::move(members))
    , m_weights(std::move(weights))
{
    if (m_weights.size() != m_members.size())
        m_weights.assign(m_members.size(), 1.0);
}

std::unique_ptr<Method> CombinationMethod::create() const
{
    std::vector<std::unique_ptr<Method>> members;
    for (const auto &member : m_members)
        members.push_back(member->create());
    return std::make_unique<CombinationMethod>(m_name, std::move(members), m_weights);
}

void CombinationMethod::setContext(const SeriesContext *context)
{
    Method::setContext(context);
    for (auto &member : m_members)
        member->setContext(context);
}

Status CombinationMethod::fit(std::span<const double> y, int seasonLength)
{
    return fitMembers(y, seasonLength, Mode::Fit);
}

Status CombinationMethod::reapply(std::span<const double> y, int seasonLength)
{
    return fitMembers(y, seasonLength, m_fitted.empty() ? Mode::Fit : Mode::Reapply);
}

Status CombinationMethod::refit(std::span<const double> y, int seasonLength)
{
    // Members may arrive fitted from elsewhere (the selection engine's backtest): refit each.
    return fitMembers(y, seasonLength, Mode::Refit);
}

Status CombinationMethod::fitMembers(std::span<const double> y, int seasonLength, Mode mode)
{
    const bool reapply = mode == Mode::Reapply;
    const std::vector<bool> wasFitted = m_fitted;
    m_fitted.assign(m_members.size(), false);
    std::vector<double> fitted(y.size(), 0.0);
    std::vector<double> counts(y.size(), 0.0); // weight present at t
    Status last;
    int ok = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        // Reapplying keeps the membership of the estimated combination: a member that failed
        // then stays out, so the backtest scores the same combination throughout.
        if (reapply && !wasFitted[i])
            continue;
        Status s = mode == Mode::Reapply ? m_members[i]->reapply(y, seasonLength)
                   : mode == Mode::Refit ? m_members[i]->refit(y, seasonLength)
                                         : m_members[i]->fit(y, seasonLength);
        if (!s) {
            last = s;
            continue;
        }
        m_fitted[i] = true;
        ++ok;
        const auto &f = m_members[i]->fitted();
        for (std::size_t t = 0; t < y.size() && t < f.size(); ++t) {
            if (!std::isnan(f[t])) {
                fitted[t] += m_weights[i] * f[t];
                counts[t] += m_weights[i];
            }
        }
    }
    if (ok == 0) {
        if (!last)
            return last;
        return Error(
            QCoreApplication::translate("Stockshift::Forecast", "No member of %1 could be fitted.")
                .arg(m_name),
            QStringLiteral("no-fit"));
    }
    for (std::size_t t = 0; t < fitted.size(); ++t)
        fitted[t]
            = counts[t] > 0 ? fitted[t] / counts[t] : std::numeric_limits<double>::quiet_NaN();
    setFitted(y, std::move(fitted));
    return {};
}

std::vector<double> CombinationMethod::forecast(int h) const
{
    std::vector<double> sum(std::size_t(std::max(h, 0)), 0.0);
    double weight = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (!m_fitted[i])
            continue;
        auto f = m_members[i]->forecast(h);
        applyClosures(*m_members[i], f);
        for (std::size_t k = 0; k < sum.size(); ++k)
            sum[k] += m_weights[i] * f[k];
        weight += m_weights[i];
    }
    if (weight > 0)
        for (double &v : sum)
            v /= weight;
    return sum;
}

double CombinationMethod::horizonSdFactor(int h) const
{
    double sum = 0, weight = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (m_fitted[i]) {
            sum += m_weights[i] * m_members[i]->horizonSdFactor(h);
            weight += m_weights[i];
        }
    }
    return weight > 0 ? sum / weight : Method::horizonSdFactor(h);
}

QJsonObject CombinationMethod::parameters() const
{
    QJsonArray members;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (!m_fitted[i])
            continue;
        QJsonObject member = m_members[i]->parameters();
        member.insert(QStringLiteral("method"), m_members[i]->name());
        member.insert(QStringLiteral("weight"), m_weights[i]);
        members.append(member);
    }
    return {{QStringLiteral("members"), members}};
}

int CombinationMethod::parameterCount() const
{
    int k = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i)
        if (m_fitted.size() > i && m_fitted[i])
            k += m_members[i]->parameterCount();
    return k;
}

} // namespace Stockshift::Forecast
