#include "forecast/Combination.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace Stockshift::Forecast {

CombinationMethod::CombinationMethod(QString name, std::vector<std::unique_ptr<Method>> members)
    : m_name(std::move(name))
    , m_members(std::move(members))
{}

std::unique_ptr<Method> CombinationMethod::create() const
{
    std::vector<std::unique_ptr<Method>> members;
    for (const auto &member : m_members)
        members.push_back(member->create());
    return std::make_unique<CombinationMethod>(m_name, std::move(members));
}

void CombinationMethod::setContext(const SeriesContext *context)
{
    Method::setContext(context);
    for (auto &member : m_members)
        member->setContext(context);
}

Status CombinationMethod::fit(std::span<const double> y, int seasonLength)
{
    m_fitted.assign(m_members.size(), false);
    std::vector<double> fitted(y.size(), 0.0);
    std::vector<int> counts(y.size(), 0);
    Status last;
    int ok = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        Status s = m_members[i]->fit(y, seasonLength);
        if (!s) {
            last = s;
            continue;
        }
        m_fitted[i] = true;
        ++ok;
        const auto &f = m_members[i]->fitted();
        for (std::size_t t = 0; t < y.size() && t < f.size(); ++t) {
            if (!std::isnan(f[t])) {
                fitted[t] += f[t];
                ++counts[t];
            }
        }
    }
    if (ok == 0)
        return last;
    for (std::size_t t = 0; t < fitted.size(); ++t)
        fitted[t] = counts[t] ? fitted[t] / counts[t] : std::numeric_limits<double>::quiet_NaN();
    setFitted(y, std::move(fitted));
    return {};
}

std::vector<double> CombinationMethod::forecast(int h) const
{
    std::vector<double> sum(std::size_t(std::max(h, 0)), 0.0);
    int n = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (!m_fitted[i])
            continue;
        const auto f = m_members[i]->forecast(h);
        for (std::size_t k = 0; k < sum.size(); ++k)
            sum[k] += f[k];
        ++n;
    }
    for (double &v : sum)
        v /= std::max(n, 1);
    return sum;
}

double CombinationMethod::horizonSdFactor(int h) const
{
    double sum = 0;
    int n = 0;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (m_fitted[i]) {
            sum += m_members[i]->horizonSdFactor(h);
            ++n;
        }
    }
    return n ? sum / n : Method::horizonSdFactor(h);
}

QJsonObject CombinationMethod::parameters() const
{
    QJsonArray members;
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (!m_fitted[i])
            continue;
        QJsonObject member = m_members[i]->parameters();
        member.insert(QStringLiteral("method"), m_members[i]->name());
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
