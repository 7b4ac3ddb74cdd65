#include "forecast/RegressionMethod.h"

#include "common/Days.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace Stockshift::Forecast {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// A bucket closed for at least this share sells nothing the model could learn from.
constexpr double kClosed = 0.999;
// exp(30) ≈ 10^13 units in a bucket: beyond any real demand, and far from overflow.
constexpr double kMaxEta = 30.0;
constexpr int kMaxIterations = 100;
constexpr int kMaxHalvings = 30;
constexpr int kObservationsPerFeature = 3;
// A price that moves by less than 5% (SD of log price) tells little about an elasticity: its
// ridge is not relaxed below that of a 5% move.
constexpr double kMinPriceScale = 0.05;
// Ridges tried when the ridge is chosen by the data: prior SDs of a log-effect 1 … 0.06.
constexpr double kRidgeGrid[] = {1.0, 4.0, 16.0, 64.0, 256.0};

const char *const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/// "+34%", "-12%", "+2.5%": the multiplicative effect exp(β) − 1 as a planner reads it.
QString percent(double factor)
{
    const double pct = (factor - 1.0) * 100.0;
    const int decimals = std::abs(pct) < 9.95 ? 1 : 0;
    return (pct < 0 ? QStringLiteral("-") : QStringLiteral("+"))
           + QString::number(std::abs(pct), 'f', decimals) + QLatin1Char('%');
}

double median(std::vector<double> values)
{
    if (values.empty())
        return kNaN;
    const auto mid = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2.0;
}

} // namespace

struct RegressionMethod::Feature
{
    enum class Kind { Intercept, Trend, Weekday, Season, FourierSin, FourierCos, Input, Level };
    Kind kind;
    QString name;
    int index = 0; // weekday 0…6, season position, harmonic k, input number, knot bucket
};

struct RegressionMethod::Input
{
    enum class Kind { Flag, Price, Scaled };
    QString name;
    Kind kind = Kind::Flag;
    std::vector<double> values; // processed x values; the last one is carried forward
    double center = 0, scale = 1;

    double at(int t) const
    {
        if (values.empty())
            return 0.0;
        return values[std::size_t(std::clamp(t, 0, int(values.size()) - 1))];
    }
};

RegressionMethod::RegressionMethod(RegressionOptions options)
    : m_options(options)
{}

RegressionMethod::~RegressionMethod() = default;

std::unique_ptr<Method> RegressionMethod::create() const
{
    return std::make_unique<RegressionMethod>(m_options);
}

double RegressionMethod::offsetAt(int t) const
{
    // Beyond its vector a closure is not carried forward: one closed last day must not close
    // the whole horizon.
    if (t < 0 || std::size_t(t) >= m_closure.size())
        return 0.0;
    const double c = m_closure[std::size_t(t)];
    return c >= kClosed ? -std::numeric_limits<double>::infinity() : std::log1p(-c);
}

void RegressionMethod::featureRow(int t, double *row) const
{
    const int last = m_n - 1;
    // Fourier terms: sin and cos of the base angle once per row, the harmonics k·θ by the angle
    // addition recurrence (sin and cos were a tenth of the network forecast's time).
    double sin1 = 0, cos1 = 1;
    bool haveAngle = false;
    for (std::size_t j = 0; j < m_features.size(); ++j) {
        const Feature &f = m_features[j];
        double x = 0;
        switch (f.kind) {
        case Feature::Kind::Intercept:
            x = 1.0;
            break;
        case Feature::Kind::Trend:
            if (t <= last) {
                x = double(t - last) / m_bucketsPerTrendUnit;
            } else {
                // Damped continuation: φ + φ² + … + φ^h buckets of the fitted slope.
                const int h = t - last;
                const double phi = m_damping;
                const double steps
                    = phi >= 1.0 ? double(h) : phi * (1.0 - std::pow(phi, h)) / (1.0 - phi);
                x = steps / m_bucketsPerTrendUnit;
            }
            break;
        case Feature::Kind::Weekday:
            x = Days::weekday(m_firstDay + t * m_bucketDays) == f.index ? 1.0 : 0.0;
            break;
        case Feature::Kind::Season:
            x = t % m_seasonLength == f.index ? 1.0 : 0.0;
            break;
        case Feature::Kind::FourierSin:
        case Feature::Kind::FourierCos: {
            // The middle day of the bucket, on a 365.25-day year.
            if (!haveAngle) {
                const double day = double(m_firstDay) + double(t) * m_bucketDays
                                   + double(m_bucketDays - 1) / 2.0;
                const double angle = 2.0 * std::numbers::pi * day / 365.25;
                sin1 = std::sin(angle);
                cos1 = std::cos(angle);
                haveAngle = true;
            }
            double sk = sin1, ck = cos1; // sin kθ, cos kθ
            for (int k = 1; k < f.index; ++k) {
                const double next = sk * cos1 + ck * sin1;
                ck = ck * cos1 - sk * sin1;
                sk = next;
            }
            x = f.kind == Feature::Kind::FourierSin ? sk : ck;
            break;
        }
        case Feature::Kind::Input:
            x = m_inputs[std::size_t(f.index)].at(t);
            break;
        case Feature::Kind::Level:
            x = t >= f.index ? 1.0 : 0.0;
            break;
        }
        row[j] = x;
    }
}

double RegressionMethod::meanAt(int t) const
{
    if (m_noDemand)
        return 0.0;
    const double offset = offsetAt(t);
    if (std::isinf(offset))
        return 0.0;
    std::vector<double> row(m_features.size());
    featureRow(t, row.data());
    double eta = offset;
    for (std::size_t j = 0; j < row.size(); ++j)
        eta += row[j] * m_beta[j];
    return std::exp(std::min(eta, kMaxEta));
}

void RegressionMethod::estimate(std::span<const double> y, const std::vector<int> &rows,
                                double halfLife, double ridge, double weekdayRidge)
{
    using K = Feature::Kind;
    const int n = m_n;
    const int p = int(m_features.size());
    const int m = int(rows.size());
    m_iterations = 0;
    m_converged = false;

    // Design, response, weights and offsets of the fitted buckets.
    Eigen::MatrixXd X(m, p);
    Eigen::VectorXd response(m), weight(m), offset(m);
    std::vector<double> row(static_cast<std::size_t>(p));
    for (int i = 0; i < m; ++i) {
        const int t = rows[std::size_t(i)];
        featureRow(t, row.data());
        for (int j = 0; j < p; ++j)
            X(i, j) = row[std::size_t(j)];
        response(i) = std::max(y[std::size_t(t)], 0.0); // net returns count as no demand
        weight(i) = halfLife > 0 ? std::exp2(-double(n - 1 - t) / halfLife) : 1.0;
        offset(i) = offsetAt(t);
    }
    Eigen::VectorXd lambda(p);
    for (int j = 0; j < p; ++j) {
        const K kind = m_features[std::size_t(j)].kind;
        lambda(j) = kind == K::Intercept                             ? 0.0
                    : kind == K::Level                               ? m_options.levelRidge
                    : kind == K::FourierSin || kind == K::FourierCos ? m_options.fourierRidge
                    : kind == K::Weekday || kind == K::Season        ? weekdayRidge
                                                                     : ridge;
        if (kind == K::Input) {
            const Input &input = m_inputs[std::size_t(m_features[std::size_t(j)].index)];
            if (input.kind == Input::Kind::Price)
                lambda(j) *= std::pow(std::max(input.scale, kMinPriceScale), 2);
        }
    }

    // Penalised quasi-log-likelihood; −∞ when a linear predictor leaves the plausible range,
    // which makes step halving pull a diverging step back.
    const auto objective = [&](const Eigen::VectorXd &beta, Eigen::VectorXd *mu) {
        const Eigen::VectorXd eta = X * beta + offset;
        if (eta.maxCoeff() > kMaxEta || !eta.allFinite())
            return -std::numeric_limits<double>::infinity();
        const Eigen::VectorXd means = eta.array().exp().matrix();
        if (mu)
            *mu = means;
        const double loglik
            = (weight.array() * (response.array() * eta.array() - means.array())).sum();
        return loglik - 0.5 * (lambda.array() * beta.array().square()).sum();
    };

    Eigen::VectorXd beta = Eigen::VectorXd::Zero(p);
    // Start at the weighted mean level, every effect 0: a point where the objective is finite.
    const double exposure = (weight.array() * offset.array().exp()).sum();
    beta(0) = std::log(std::max((weight.array() * response.array()).sum(), 1e-12) / exposure);
    Eigen::VectorXd mu(m);
    double current = objective(beta, &mu);
    Eigen::MatrixXd information(p, p);
    const auto fisherInformation = [&](const Eigen::VectorXd &means) {
        // XᵀWMX: weighted by prior weight × variance function (μ for the log-link Poisson).
        const Eigen::VectorXd wm = weight.cwiseProduct(means);
        information.noalias() = X.transpose() * (X.array().colwise() * wm.array()).matrix();
    };
    for (m_iterations = 0; m_iterations < kMaxIterations; ++m_iterations) {
        fisherInformation(mu);
        Eigen::MatrixXd hessian = information;
        hessian.diagonal() += lambda;
        const Eigen::VectorXd gradient
            = X.transpose() * weight.cwiseProduct(response - mu) - lambda.cwiseProduct(beta);
        Eigen::LDLT<Eigen::MatrixXd> ldlt(hessian);
        if (ldlt.info() != Eigen::Success || !ldlt.isPositive()) {
            // Only possible when the intercept carries no information (all μ underflowed);
            // a tiny ridge on everything restores a definite system.
            hessian.diagonal().array() += 1e-8 * (1.0 + hessian.diagonal().cwiseAbs().maxCoeff());
            ldlt.compute(hessian);
        }
        const Eigen::VectorXd step = ldlt.solve(gradient);
        if (!step.allFinite())
            break;
        double scale = 1.0, candidate = -std::numeric_limits<double>::infinity();
        Eigen::VectorXd next(p), nextMu(m);
        for (int halving = 0; halving <= kMaxHalvings; ++halving, scale /= 2) {
            next = beta + scale * step;
            candidate = objective(next, &nextMu);
            if (candidate >= current)
                break;
        }
        if (!(candidate >= current)) {
            // No step improves: the Newton direction is exhausted at machine precision.
            m_converged = gradient.cwiseAbs().maxCoeff() < 1e-6 * (1.0 + std::abs(current));
            break;
        }
        const double gain = candidate - current;
        beta = next;
        mu = nextMu;
        current = candidate;
        if (gain < 1e-10 * (std::abs(current) + 1.0)) {
            m_converged = true;
            ++m_iterations;
            break;
        }
    }

    // Dispersion from the weighted Pearson statistic with the effective degrees of freedom;
    // covariance of the penalised estimate φ·(XᵀWMX + Λ)⁻¹.
    fisherInformation(mu);
    Eigen::MatrixXd hessian = information;
    hessian.diagonal() += lambda;
    hessian.diagonal().array() += 1e-12;
    const Eigen::MatrixXd inverse = hessian.ldlt().solve(Eigen::MatrixXd::Identity(p, p)).eval();
    m_edf = (inverse * information).trace();
    const double pearson
        = (weight.array() * (response - mu).array().square() / mu.array().max(1e-12)).sum();
    const double residualDf = std::max(double(m) - m_edf, 1.0);
    m_dispersion = std::max(pearson / weight.sum() * double(m) / residualDf, 1e-6);
    // Weighted Poisson deviance 2·Σ w·(y·log(y/μ) − (y − μ)), for the choice of the ridge.
    m_deviance = 0;
    for (int i = 0; i < m; ++i) {
        const double yi = response(i), mi = std::max(mu(i), 1e-300);
        m_deviance += 2.0 * weight(i) * ((yi > 0 ? yi * std::log(yi / mi) : 0.0) - (yi - mi));
    }
    m_beta.assign(beta.data(), beta.data() + p);
    m_covariance.resize(std::size_t(p) * std::size_t(p));
    for (int i = 0; i < p; ++i)
        for (int j = 0; j < p; ++j)
            m_covariance[std::size_t(i) * std::size_t(p) + std::size_t(j)]
                = m_dispersion * inverse(i, j);
    m_observations = m;
}

Status RegressionMethod::fit(std::span<const double> y, int seasonLength)
{
    m_features.clear();
    m_inputs.clear();
    m_closure.clear();
    m_beta.clear();
    m_covariance.clear();
    m_unused.clear();
    m_fitted.clear();
    m_residualSd = 0;
    m_iterations = 0;
    m_converged = false;
    m_noDemand = false;
    m_dispersion = 1;
    m_edf = 0;
    m_unavailable = 0;
    m_observations = 0;
    m_levelRatio = 1.0;
    m_levelDiscount = 1.0;

    const int n = int(y.size());
    m_n = n;
    if (n == 0)
        return Error(
            QCoreApplication::translate("Stockshift::Forecast", "The series has no values."),
            QStringLiteral("series-too-short"));
    if (std::any_of(y.begin(), y.end(), [](double v) { return !std::isfinite(v); }))
        return Error(QCoreApplication::translate("Stockshift::Forecast",
                                                 "The series contains values that are not "
                                                 "numbers."),
                     QStringLiteral("not-a-number"));

    const SeriesContext *context = m_context;
    const bool calendar = context && context->bucketDays > 0;
    m_bucketDays = calendar ? context->bucketDays : 0;
    m_firstDay = calendar ? context->firstDay : 0;
    m_seasonLength = std::max(seasonLength, 1);

    // Zeros before the first sale are not demand: the item was not listed yet.
    int first = 0;
    while (first < n && !(y[std::size_t(first)] > 0))
        ++first;
    if (first == n) {
        // The Poisson estimate of a mean from zero counts is zero: nothing to fit.
        m_noDemand = true;
        m_first = 0;
        setFitted(y, std::vector<double>(std::size_t(n), 0.0));
        return {};
    }
    m_first = first;

    if (context) {
        if (const SeriesContext::Regressor *closure = context->find(QStringLiteral("closure"))) {
            m_closure = closure->values;
            for (double &c : m_closure)
                c = std::isfinite(c) ? std::clamp(c, 0.0, 1.0) : 0.0;
        }
    }
    std::vector<int> rows; // the fitted buckets: since the first demand, not closed
    for (int t = first; t < n; ++t)
        if (!std::isinf(offsetAt(t)))
            rows.push_back(t);

    // Trend unit and damping: years with a calendar, seasons (or 12 buckets) without.
    m_bucketsPerTrendUnit = calendar ? 365.25 / double(m_bucketDays)
                                     : double(m_seasonLength > 1 ? m_seasonLength : 12);
    m_damping = calendar ? std::pow(m_options.trendDampingPerDay, double(m_bucketDays))
                         : m_options.trendDampingPerDay;
    m_damping = std::clamp(m_damping, 0.0, 1.0);

    // The regressors, processed into x values over the whole vector.
    if (context) {
        for (const SeriesContext::Regressor &r : context->regressors) {
            if (r.name == QLatin1String("closure"))
                continue;
            if (r.values.empty()) {
                m_unused.push_back(r.name + QStringLiteral(": no values"));
                continue;
            }
            Input input;
            input.name = r.name;
            const auto raw = [&](int t) {
                return r.values[std::size_t(std::clamp(t, 0, int(r.values.size()) - 1))];
            };
            if (r.name == QLatin1String("price")) {
                std::vector<double> prices;
                for (int t : rows)
                    if (const double p = raw(t); std::isfinite(p) && p > 0)
                        prices.push_back(p);
                if (prices.empty()) {
                    m_unused.push_back(r.name + QStringLiteral(": no price in the history"));
                    continue;
                }
                input.kind = Input::Kind::Price;
                input.center = median(std::move(prices));
                input.values.reserve(r.values.size());
                for (double p : r.values)
                    input.values.push_back(std::isfinite(p) && p > 0 ? std::log(p / input.center)
                                                                     : 0.0);
                // The elasticity is penalised per standard deviation of log price (scale):
                // the prior is on the effect of a typical price move, as a flag's is on the
                // effect of a covered bucket; an unscaled ridge would shrink the elasticity of
                // an item whose price moves little far more than any flag.
                double sum = 0, sumSq = 0;
                for (int t : rows) {
                    const double x = input.at(t);
                    sum += x;
                    sumSq += x * x;
                }
                const double count = double(rows.size());
                input.scale
                    = std::sqrt(std::max(sumSq / count - (sum / count) * (sum / count), 0.0));
            } else {
                bool share = true;
                double sum = 0, sumSq = 0;
                for (int t : rows) {
                    const double v = std::isfinite(raw(t)) ? raw(t) : 0.0;
                    share = share && v >= 0.0 && v <= 1.0;
                    sum += v;
                    sumSq += v * v;
                }
                input.kind = share ? Input::Kind::Flag : Input::Kind::Scaled;
                if (!share) {
                    const double count = double(rows.size());
                    input.center = sum / count;
                    input.scale
                        = std::sqrt(std::max(sumSq / count - input.center * input.center, 0.0));
                    if (!(input.scale > 0))
                        input.scale = 1;
                }
                input.values.reserve(r.values.size());
                for (double v : r.values) {
                    const double value = std::isfinite(v) ? v : 0.0;
                    input.values.push_back(share ? value : (value - input.center) / input.scale);
                }
            }
            // A regressor constant over the fitted history says nothing about its effect.
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            for (int t : rows) {
                lo = std::min(lo, input.at(t));
                hi = std::max(hi, input.at(t));
            }
            if (!(hi - lo > 1e-12)) {
                m_unused.push_back(r.name + QStringLiteral(": constant over the history"));
                continue;
            }
            m_inputs.push_back(std::move(input));
        }
    }

    // The features, in a fixed order: the coefficients and parameters() follow it.
    using K = Feature::Kind;
    m_features.push_back({K::Intercept, QStringLiteral("intercept"), 0});
    m_features.push_back({K::Trend, QStringLiteral("trend"), 0});
    if (calendar && m_bucketDays == 1) {
        for (int d = 0; d < 7; ++d)
            m_features.push_back(
                {K::Weekday, QStringLiteral("weekday:") + QLatin1String(kWeekdays[d]), d});
    } else if (!calendar && hasTwoSeasons(std::size_t(n - first), m_seasonLength)) {
        for (int s = 0; s < m_seasonLength; ++s)
            m_features.push_back({K::Season, QStringLiteral("season:%1").arg(s), s});
    }
    if (calendar && m_options.fourierOrder > 0 && double(n - first) * m_bucketDays > 365.25) {
        for (int k = 1; k <= m_options.fourierOrder; ++k) {
            m_features.push_back({K::FourierSin, QStringLiteral("yearly:sin%1").arg(k), k});
            m_features.push_back({K::FourierCos, QStringLiteral("yearly:cos%1").arg(k), k});
        }
    }
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        m_features.push_back({K::Input, m_inputs[i].name, int(i)});
    const int structural = int(m_features.size());
    if (int(rows.size()) < kObservationsPerFeature * structural) {
        const int needed = kObservationsPerFeature * structural;
        m_features.clear();
        m_inputs.clear();
        return Error(QCoreApplication::translate(
                         "Stockshift::Forecast",
                         "The regression needs at least %1 buckets of history since the first "
                         "demand for its %2 features; the series has %3.")
                         .arg(needed)
                         .arg(structural)
                         .arg(rows.size()),
                     QStringLiteral("series-too-short"));
    }
    if (calendar && m_options.levelStepDays > 0) {
        const int spacing
            = std::max(1, int(std::lround(double(m_options.levelStepDays) / double(m_bucketDays))));
        // The last knot leaves at least one spacing after it, so the final level rests on a
        // full segment of data.
        for (int knot = first + spacing; knot <= n - spacing; knot += spacing)
            m_features.push_back(
                {K::Level, QStringLiteral("level:") + Days::toIso(m_firstDay + knot * m_bucketDays),
                 knot});
    }
    const double halfLife
        = !calendar ? (m_options.halfLifeDays > 0 ? double(std::max(3 * m_seasonLength, 12)) : 0.0)
                    : m_options.halfLifeDays / double(m_bucketDays);
    // The ridge: as given, or chosen by the quasi-AIC of the penalised fit,
    // QAIC(λ) = D(λ)/φ̂ + 2·edf(λ) (Hastie & Tibshirani 1990 §6.8; φ̂ from the least penalised
    // fit, as Mallows' Cp takes σ² from the fullest model): strong, well-supported effects keep
    // a light penalty, effects the data cannot tell from noise are shrunk.
    m_ridge = m_options.ridge;
    m_weekdayRidge = m_options.weekdayRidge;
    if (m_options.ridge <= 0) {
        double best = std::numeric_limits<double>::infinity(), dispersion = 0;
        for (double lambda : kRidgeGrid) {
            estimate(y, rows, halfLife, lambda, lambda);
            if (dispersion == 0)
                dispersion = m_dispersion;
            if (const double qaic = m_deviance / dispersion + 2.0 * m_edf; qaic < best) {
                best = qaic;
                m_ridge = m_weekdayRidge = lambda;
            }
        }
    }
    estimate(y, rows, halfLife, m_ridge, m_weekdayRidge);

    // Zero runs the fitted model finds improbable are unavailability (out of stock, delisted
    // for a while), not zero demand: left in, they drag the level down after the item is back.
    // Only runs followed by demand qualify — a run up to the end may be the item's present.
    std::vector<char> unavailable(std::size_t(n), 0);
    m_unavailable = 0;
    if (m_options.zeroRunAlpha > 0) {
        // Bonferroni over the fitted buckets; the quasi-Poisson zero probability exp(−μ/φ)
        // makes overdispersed series need longer runs.
        const double limit = std::log(m_options.zeroRunAlpha / double(rows.size()));
        for (int t = first; t < n;) {
            if (y[std::size_t(t)] > 0) {
                ++t;
                continue;
            }
            const int start = t;
            double logProbability = 0;
            while (t < n && !(y[std::size_t(t)] > 0))
                logProbability -= meanAt(t++) / m_dispersion;
            if (t < n && logProbability < limit) {
                for (int k = start; k < t; ++k)
                    unavailable[std::size_t(k)] = 1;
                m_unavailable += t - start;
            }
        }
        if (m_unavailable > 0) {
            std::vector<int> available;
            for (int t : rows)
                if (!unavailable[std::size_t(t)])
                    available.push_back(t);
            if (int(available.size()) >= kObservationsPerFeature * structural) {
                estimate(y, available, halfLife, m_ridge, m_weekdayRidge);
            } else {
                std::fill(unavailable.begin(), unavailable.end(), 0);
                m_unavailable = 0;
            }
        }
    }

    // Dynamic level (Harvey & Fernandes 1989): the ratio of discounted demand to discounted
    // model means, a(t) = ω·a(t−1) + y(t), b(t) = ω·b(t−1) + μ(t), tracks where demand runs
    // now against the regression's shape; the one-step prediction is μ(t)·a(t−1)/b(t−1).
    // ω is fixed per day with a calendar: chosen in-sample it drifts to 1, because the
    // regression's means were fitted to the same data and look better than they forecast (on
    // M5 validation windows the in-sample choice lost to the fixed 0.93). Without a calendar it
    // is chosen by the error of ℓ(t) over the following `span` buckets — the error a forecast
    // from t makes, not only the one-step error.
    std::vector<double> mean(std::size_t(n), 0.0);
    std::vector<int> levelRows; // open, available buckets since the first demand
    for (int t = first; t < n; ++t) {
        mean[std::size_t(t)] = meanAt(t);
        if (!unavailable[std::size_t(t)] && mean[std::size_t(t)] > 0)
            levelRows.push_back(t);
    }
    const int span = calendar ? std::max(1, 28 / m_bucketDays) : std::max(m_seasonLength, 4);
    // Prior: ratio 1 with the weight of a week of expected demand, so one early sale does not
    // swing it.
    double prior = 0;
    for (std::size_t i = 0; i < levelRows.size() && i < 7; ++i)
        prior += mean[std::size_t(levelRows[i])];
    const auto runLevel = [&](double omega, std::vector<double> *oneStep) {
        double a = prior, b = prior, sse = 0;
        const std::size_t count = levelRows.size();
        for (std::size_t i = 0; i < count; ++i) {
            const int t = levelRows[i];
            const double ratio = b > 0 ? a / b : 1.0;
            // The ratio known before t predicts the next `span` buckets: the error the
            // forecast makes, not only the one-step error.
            for (std::size_t k = i; k < count && k < i + std::size_t(span); ++k) {
                const int u = levelRows[k];
                const double e = std::max(y[std::size_t(u)], 0.0) - mean[std::size_t(u)] * ratio;
                sse += e * e;
            }
            if (oneStep)
                (*oneStep)[std::size_t(t)] = mean[std::size_t(t)] * ratio;
            a = omega * a + std::max(y[std::size_t(t)], 0.0);
            b = omega * b + mean[std::size_t(t)];
        }
        return std::pair(sse, b > 0 ? a / b : 1.0);
    };
    m_levelDiscount = 1.0;
    m_levelRatio = 1.0;
    const double perDay = std::clamp(m_options.levelDiscountPerDay, 0.0, 1.0);
    if (perDay >= 1.0) {
        m_levelDiscount = 1.0;
    } else if (calendar && perDay > 0) {
        m_levelDiscount = std::pow(perDay, double(m_bucketDays));
    } else if (!levelRows.empty()) {
        double best = std::numeric_limits<double>::infinity();
        for (double omega : {0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 1.0}) {
            if (const double sse = runLevel(omega, nullptr).first; sse < best) {
                best = sse;
                m_levelDiscount = omega;
            }
        }
    }
    std::vector<double> fitted(std::size_t(n), kNaN);
    for (int t = first; t < n; ++t)
        if (!unavailable[std::size_t(t)])
            fitted[std::size_t(t)] = mean[std::size_t(t)]; // closed buckets: 0
    if (m_levelDiscount < 1.0 && !levelRows.empty())
        m_levelRatio = runLevel(m_levelDiscount, &fitted).second;
    setFitted(y, std::move(fitted));
    return {};
}

Status RegressionMethod::reapply(std::span<const double> y, int seasonLength)
{
    return refit(y, seasonLength);
}

Status RegressionMethod::refit(std::span<const double> y, int seasonLength)
{
    if (m_beta.empty() || m_options.ridge > 0)
        return fit(y, seasonLength);
    const RegressionOptions saved = m_options;
    m_options.ridge = m_ridge;
    m_options.weekdayRidge = m_weekdayRidge;
    Status s = fit(y, seasonLength);
    m_options = saved;
    return s;
}

std::vector<double> RegressionMethod::forecast(int h) const
{
    std::vector<double> out;
    out.reserve(std::size_t(std::max(h, 0)));
    for (int k = 0; k < h; ++k)
        out.push_back(m_beta.empty() && !m_noDemand ? kNaN : meanAt(m_n + k) * m_levelRatio);
    return out;
}

double RegressionMethod::horizonSdFactor(int h) const
{
    if (m_noDemand || m_beta.empty() || !(m_residualSd > 0))
        return 1.0;
    const int t = m_n + std::max(h, 1) - 1;
    const double mean = meanAt(t) * m_levelRatio;
    if (mean <= 0)
        return 0.0; // closed: nothing sells, nothing to miss
    const std::size_t p = m_features.size();
    std::vector<double> row(p);
    featureRow(t, row.data());
    double quadratic = 0;
    for (std::size_t i = 0; i < p; ++i)
        for (std::size_t j = 0; j < p; ++j)
            quadratic += row[i] * m_covariance[i * p + j] * row[j];
    const double variance = m_dispersion * mean + mean * mean * std::max(quadratic, 0.0);
    return std::sqrt(variance) / m_residualSd;
}

int RegressionMethod::parameterCount() const
{
    if (m_noDemand)
        return 0;
    return std::max(1, int(std::lround(m_edf)));
}

double RegressionMethod::coefficient(const QString &feature) const
{
    for (std::size_t j = 0; j < m_features.size() && j < m_beta.size(); ++j)
        if (m_features[j].name == feature)
            return m_beta[j];
    return kNaN;
}

QStringList RegressionMethod::features() const
{
    QStringList names;
    for (const Feature &f : m_features)
        names.append(f.name);
    return names;
}

QJsonObject RegressionMethod::parameters() const
{
    QJsonObject o;
    o[QStringLiteral("model")] = QStringLiteral("poisson-glm-log-link");
    o[QStringLiteral("ridge")] = m_ridge;
    o[QStringLiteral("weekdayRidge")] = m_weekdayRidge;
    o[QStringLiteral("ridgeChosen")] = m_options.ridge <= 0;
    o[QStringLiteral("levelRidge")] = m_options.levelRidge;
    o[QStringLiteral("levelStepDays")] = m_options.levelStepDays;
    o[QStringLiteral("halfLifeDays")] = m_options.halfLifeDays;
    o[QStringLiteral("fourierOrder")] = m_options.fourierOrder;
    o[QStringLiteral("fourierRidge")] = m_options.fourierRidge;
    o[QStringLiteral("trendDampingPerDay")] = m_options.trendDampingPerDay;
    o[QStringLiteral("zeroRunAlpha")] = m_options.zeroRunAlpha;
    if (m_noDemand) {
        o[QStringLiteral("noDemand")] = true;
        return o;
    }
    if (m_beta.empty())
        return o;
    o[QStringLiteral("observations")] = m_observations;
    o[QStringLiteral("firstBucket")] = m_first;
    o[QStringLiteral("iterations")] = m_iterations;
    o[QStringLiteral("converged")] = m_converged;
    o[QStringLiteral("dispersion")] = m_dispersion;
    o[QStringLiteral("edf")] = m_edf;
    o[QStringLiteral("unavailableBuckets")] = m_unavailable;
    o[QStringLiteral("levelDiscount")] = m_levelDiscount;
    o[QStringLiteral("recentLevel")] = percent(m_levelRatio);

    const std::size_t p = m_features.size();
    // The level at the end of the history on an average day without any regressor: the
    // intercept plus every level step (all of them are on at the last bucket).
    double baseLog = 0;
    QJsonObject effects;
    QJsonArray coefficients;
    for (std::size_t j = 0; j < p; ++j) {
        const Feature &f = m_features[j];
        const double beta = m_beta[j];
        const double se = std::sqrt(std::max(m_covariance[j * p + j], 0.0));
        QString effect;
        using K = Feature::Kind;
        switch (f.kind) {
        case K::Intercept:
        case K::Level:
            baseLog += beta;
            effect = percent(std::exp(beta));
            break;
        case K::Trend:
            effect = percent(std::exp(beta));
            o[m_bucketDays > 0 ? QStringLiteral("trendPerYear") : QStringLiteral("trendPerSeason")]
                = effect;
            break;
        case K::Weekday:
        case K::Season:
        case K::FourierSin:
        case K::FourierCos:
            effect = percent(std::exp(beta));
            if (f.kind != K::FourierSin && f.kind != K::FourierCos)
                effects[f.name] = effect;
            break;
        case K::Input: {
            const Input &input = m_inputs[std::size_t(f.index)];
            if (input.kind == Input::Kind::Price) {
                effect = QCoreApplication::translate("Stockshift::Forecast",
                                                     "elasticity %1: a 10% higher price changes "
                                                     "demand by %2")
                             .arg(QString::number(beta, 'f', 2), percent(std::pow(1.1, beta)));
            } else if (input.kind == Input::Kind::Scaled) {
                effect = QCoreApplication::translate("Stockshift::Forecast",
                                                     "%1 per standard deviation (%2)")
                             .arg(percent(std::exp(beta)), QString::number(input.scale, 'g', 3));
            } else {
                effect = percent(std::exp(beta));
            }
            effects[f.name] = effect;
            break;
        }
        }
        QJsonObject c;
        c[QStringLiteral("name")] = f.name;
        c[QStringLiteral("beta")] = beta;
        c[QStringLiteral("se")] = se;
        c[QStringLiteral("effect")] = effect;
        coefficients.append(c);
    }
    // The model's level at the end of the history on an average day without regressors, and
    // the level the forecast uses: that times the dynamic level's recent ratio.
    o[QStringLiteral("modelLevel")] = std::exp(baseLog);
    o[QStringLiteral("baseLevel")] = std::exp(baseLog) * m_levelRatio;
    // The yearly pattern as its range over a year, from the Fourier terms.
    double lo = 0, hi = 0;
    bool yearly = false;
    for (int d = 0; d < 366; ++d) {
        double s = 0;
        for (std::size_t j = 0; j < p; ++j) {
            const Feature &f = m_features[j];
            if (f.kind != Feature::Kind::FourierSin && f.kind != Feature::Kind::FourierCos)
                continue;
            yearly = true;
            const double angle = 2.0 * std::numbers::pi * f.index * d / 365.25;
            s += m_beta[j]
                 * (f.kind == Feature::Kind::FourierSin ? std::sin(angle) : std::cos(angle));
        }
        lo = std::min(lo, s);
        hi = std::max(hi, s);
    }
    if (yearly)
        o[QStringLiteral("yearlyRange")]
            = percent(std::exp(lo)) + QStringLiteral(" … ") + percent(std::exp(hi));
    o[QStringLiteral("effects")] = effects;
    o[QStringLiteral("coefficients")] = coefficients;
    if (!m_unused.empty()) {
        QJsonArray unused;
        for (const QString &u : m_unused)
            unused.append(u);
        o[QStringLiteral("unused")] = unused;
    }
    return o;
}

} // namespace Stockshift::Forecast
