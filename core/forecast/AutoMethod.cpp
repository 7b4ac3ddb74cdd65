#include "forecast/AutoMethod.h"

#include "forecast/Combination.h"
#include "forecast/MethodRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <optional>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

bool registered(const QString &name)
{
    return methodNames().contains(name);
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

struct Trial
{
    CandidateScore score;
    std::vector<double> forecasts; // all windows, oldest origin first
    std::unique_ptr<Method> model; // as rolled forward to the latest origin
};

} // namespace

QStringList candidatesFor(const DemandProfile &profile, int seasonLength, int n,
                          const SeriesContext *context, bool thorough)
{
    const bool calendar = context && context->bucketDays > 0;
    QStringList list;
    switch (profile.demandClass) {
    case DemandProfile::Class::NoDemand:
        return {QStringLiteral("naive")};
    case DemandProfile::Class::Intermittent:
    case DemandProfile::Class::Lumpy:
        list = {QStringLiteral("sba"), QStringLiteral("tsb"), QStringLiteral("croston"),
                QStringLiteral("ma")};
        if (thorough && calendar && context->bucketDays == 1
            && registered(QStringLiteral("regression")))
            list.append(QStringLiteral("regression"));
        return list;
    case DemandProfile::Class::Smooth:
    case DemandProfile::Class::Erratic:
        break;
    }
    list = {QStringLiteral("ses"), QStringLiteral("holt-damped"), QStringLiteral("theta")};
    if (thorough) {
        list.append(QStringLiteral("ets"));
        if (registered(QStringLiteral("arima")))
            list.append(QStringLiteral("arima"));
    }
    if (seasonLength > 1 && n >= 2 * seasonLength)
        list.append(QStringLiteral("snaive"));
    if (thorough && calendar && registered(QStringLiteral("regression")))
        list.append(QStringLiteral("regression"));
    return list;
}

AutoSettings externalSeriesAutoSettings(int horizon)
{
    AutoSettings settings;
    settings.horizon = horizon;
    settings.switchMargin = 0.5;
    settings.reselectStructure = true;
    return settings;
}

AutoMethod::AutoMethod(AutoSettings settings)
    : m_settings(std::move(settings))
{}

AutoMethod::~AutoMethod() = default;

std::unique_ptr<Method> AutoMethod::create() const
{
    return std::make_unique<AutoMethod>(m_settings);
}

Status AutoMethod::fit(std::span<const double> y, int seasonLength)
{
    m_chosen.reset();
    m_scores.clear();
    m_chosenScore = {};
    m_widen = 1.0;
    const int n = int(y.size());
    if (n < 1)
        return Error(tr("The series is empty."), QStringLiteral("too-short"));
    m_profile = classifyDemand(y);
    const QStringList candidates
        = m_settings.candidates.isEmpty()
              ? candidatesFor(m_profile, seasonLength, n, m_context, m_settings.thorough)
              : m_settings.candidates;
    const int horizon
        = m_settings.horizon > 0 ? m_settings.horizon : (seasonLength > 1 ? seasonLength : 6);
    const int window = std::max(1, std::min(horizon, n / 4));
    const int minTrain = std::max(8, n / 2);
    std::vector<int> origins; // oldest first
    for (int k = m_settings.origins; k >= 1; --k)
        if (n - k * window >= minTrain)
            origins.push_back(n - k * window);
    const bool nonNegative = std::all_of(y.begin(), y.end(), [](double v) { return v >= 0; });

    double scale = 0;
    const int scaleEnd = n - window;
    for (int t = 1; t < scaleEnd; ++t)
        scale += std::abs(y[std::size_t(t)] - y[std::size_t(t - 1)]);
    scale = scaleEnd > 1 ? scale / (scaleEnd - 1) : 0;

    std::vector<double> actuals;
    for (int o : origins)
        for (int h = 0; h < window; ++h)
            actuals.push_back(y[std::size_t(o + h)]);
    const auto score = [&](CandidateScore &s, const std::vector<double> &f) {
        double abs = 0, sq = 0, bias = 0;
        for (std::size_t i = 0; i < f.size(); ++i) {
            const double e = f[i] - actuals[i];
            abs += std::abs(e);
            sq += e * e;
            bias += e;
        }
        const auto count = double(std::max<std::size_t>(f.size(), 1));
        s.points = int(f.size());
        s.mae = abs / count;
        s.rmse = std::sqrt(sq / count);
        s.bias = bias / count;
        s.mase = scale > 0 ? s.mae / scale : std::nan("");
    };

    std::vector<Trial> trials;
    if (!origins.empty()) {
        for (const QString &name : candidates) {
            Trial trial;
            trial.score.method = name;
            auto proto = createMethod(name);
            if (!proto) {
                trial.score.error = proto.errorMessage();
                m_scores.push_back(trial.score);
                continue;
            }
            // Estimated once at the earliest origin, then rolled forward without
            // recalibration: one estimation per candidate instead of one per origin.
            auto method = (*proto)->create();
            method->setContext(m_context);
            for (int o : origins) {
                const std::span<const double> train = y.first(std::size_t(o));
                const Status s = o == origins.front() ? method->fit(train, seasonLength)
                                                      : method->reapply(train, seasonLength);
                if (!s) {
                    trial.score.error = s.errorMessage();
                    break;
                }
                auto f = method->forecast(window);
                applyClosures(*method, f);
                for (double &v : f) {
                    if (!std::isfinite(v)) {
                        trial.score.error = tr("The forecast is not a number.");
                        break;
                    }
                    if (nonNegative)
                        v = std::max(v, 0.0);
                }
                if (!trial.score.error.isEmpty())
                    break;
                trial.forecasts.insert(trial.forecasts.end(), f.begin(), f.end());
                trial.score.insampleRmse = method->residualSd();
                ++trial.score.origins;
            }
            if (trial.score.error.isEmpty()) {
                score(trial.score, trial.forecasts);
                trial.model = std::move(method);
            }
            m_scores.push_back(trial.score);
            if (trial.score.error.isEmpty())
                trials.push_back(std::move(trial));
        }
    }

    // Ranking by MAE; stable, so the list's order breaks ties.
    std::vector<std::size_t> order(trials.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return trials[a].score.mae < trials[b].score.mae;
    });
    QStringList ranking;
    for (std::size_t i : order)
        ranking.append(trials[i].score.method);
    std::optional<CandidateScore> best;
    if (!order.empty())
        best = trials[order.front()].score;

    // Combinations scored on the members' backtest forecasts (no further estimation): the mean
    // of the best k, and the fixed ensemble of the ETS, Theta and ARIMA families when all three
    // were backtested. name → (members, weights).
    struct Blend
    {
        QStringList members;
        std::vector<double> weights;
    };
    std::map<QString, Blend> blends;
    const auto trialOf = [&](const QString &name) -> const Trial * {
        for (const Trial &t : trials)
            if (t.score.method == name)
                return &t;
        return nullptr;
    };
    const auto scoreBlend = [&](const QString &name, const Blend &blend) {
        std::vector<double> mean(actuals.size(), 0.0);
        const double total = std::accumulate(blend.weights.begin(), blend.weights.end(), 0.0);
        for (int i = 0; i < blend.members.size(); ++i) {
            const Trial *t = trialOf(blend.members[i]);
            for (std::size_t p = 0; p < mean.size(); ++p)
                mean[p] += blend.weights[std::size_t(i)] / total * t->forecasts[p];
        }
        CandidateScore s;
        s.method = name;
        s.origins = int(origins.size());
        score(s, mean);
        m_scores.push_back(s);
        blends.emplace(name, blend);
        return s;
    };
    std::optional<CandidateScore> ensemble;
    {
        const Blend blend{ensembleMembers(), ensembleWeights()};
        if (!candidates.contains(QStringLiteral("ensemble"))
            && std::all_of(blend.members.begin(), blend.members.end(),
                           [&](const QString &m) { return trialOf(m) != nullptr; })) {
            ensemble = scoreBlend(QStringLiteral("ensemble"), blend);
            if (ensemble->mae < best->mae)
                best = ensemble;
        }
    }
    if (m_settings.combineBest >= 2 && int(order.size()) >= 2) {
        const int k = std::min<int>(m_settings.combineBest, int(order.size()));
        Blend blend;
        for (int i = 0; i < k; ++i) {
            blend.members.append(trials[order[std::size_t(i)]].score.method);
            blend.weights.push_back(1.0);
        }
        const CandidateScore s = scoreBlend(
            QStringLiteral("mean(%1)").arg(blend.members.join(QLatin1Char(','))), blend);
        if (s.mae < best->mae)
            best = s;
    }
    // The ensemble is the default: backtest windows are few and short, so a single winner by a
    // hair is mostly luck (the "forecast combination puzzle", Claeskens et al. 2016); another
    // candidate replaces it only when it is clearly better.
    if (ensemble && best->method != ensemble->method
        && best->mae >= (1.0 - m_settings.switchMargin) * ensemble->mae)
        best = ensemble;

    // The winner is estimated again on all of y, keeping the structure its backtest chose and
    // starting from those estimates (refit); when that fails, the next in the ranking.
    const auto modelFor
        = [&](const QString &name, bool *trained) -> Result<std::unique_ptr<Method>> {
        for (Trial &t : trials) {
            if (t.score.method == name && t.model) {
                *trained = true;
                return std::move(t.model);
            }
        }
        *trained = false;
        return createMethod(name);
    };
    const auto fitNamed = [&](const QString &name) -> Status {
        std::unique_ptr<Method> method;
        bool trained = false;
        if (const auto blend = blends.find(name); blend != blends.end()) {
            std::vector<std::unique_ptr<Method>> members;
            for (const QString &member : blend->second.members) {
                bool memberTrained = false;
                auto created = modelFor(member, &memberTrained);
                if (!created)
                    return created.error();
                members.push_back(std::move(created.value()));
            }
            method = std::make_unique<CombinationMethod>(name, std::move(members),
                                                         blend->second.weights);
            trained = true;
        } else {
            auto created = modelFor(name, &trained);
            if (!created)
                return created.error();
            method = std::move(created.value());
        }
        method->setContext(m_context);
        const bool keepStructure = trained && !m_settings.reselectStructure;
        if (Status s
            = keepStructure ? method->refit(y, seasonLength) : method->fit(y, seasonLength);
            !s)
            return s;
        m_chosen = std::move(method);
        m_chosenName = name;
        return {};
    };
    QStringList tryOrder;
    if (best)
        tryOrder.append(best->method);
    tryOrder.append(ranking);
    // Without a backtest: the class default (the ensemble for smooth and erratic demand when
    // thorough, SBA for intermittent), then anything that fits.
    if (!m_profile.intermittent() && m_settings.thorough && n >= 8
        && registered(QStringLiteral("arima")))
        tryOrder.append(QStringLiteral("ensemble"));
    if (m_profile.intermittent())
        tryOrder.append(QStringLiteral("sba"));
    tryOrder.append({QStringLiteral("ses"), QStringLiteral("naive")});
    Status last = Error(tr("No method could be fitted."), QStringLiteral("no-fit"));
    for (const QString &name : tryOrder) {
        if (n < 3 && name != QLatin1String("naive"))
            continue;
        last = fitNamed(name);
        if (last)
            break;
    }
    if (!m_chosen)
        return last;
    for (const CandidateScore &s : m_scores)
        if (s.method == m_chosenName)
            m_chosenScore = s;

    setFitted(y, m_chosen->fitted());
    m_residualSd = m_chosen->residualSd();
    if (m_chosenScore.points > 0 && m_residualSd > 0) {
        double meanSquare = 0;
        for (int h = 1; h <= window; ++h) {
            const double k = m_chosen->horizonSdFactor(h);
            meanSquare += k * k / window;
        }
        const double modelRms = m_residualSd * std::sqrt(meanSquare);
        if (modelRms > 0)
            m_widen = std::clamp(m_chosenScore.rmse / modelRms, 1.0, 3.0);
    } else if (m_residualSd == 0 && m_chosenScore.points > 0 && m_chosenScore.rmse > 0) {
        // A perfect in-sample fit (e.g. a constant history) has no spread of its own.
        m_residualSd = m_chosenScore.rmse;
    }
    return {};
}

std::vector<double> AutoMethod::forecast(int h) const
{
    if (!m_chosen)
        return std::vector<double>(std::size_t(std::max(h, 0)));
    auto f = m_chosen->forecast(h);
    applyClosures(*m_chosen, f);
    return f;
}

double AutoMethod::horizonSdFactor(int h) const
{
    return m_widen * (m_chosen ? m_chosen->horizonSdFactor(h) : Method::horizonSdFactor(h));
}

QJsonObject AutoMethod::parameters() const
{
    QJsonObject p;
    p.insert(QStringLiteral("chosen"), m_chosenName);
    p.insert(QStringLiteral("demandClass"), m_profile.className());
    if (m_chosen)
        p.insert(QStringLiteral("model"), m_chosen->parameters());
    if (m_widen > 1.0)
        p.insert(QStringLiteral("intervalWidening"), m_widen);
    QJsonArray candidates;
    for (const CandidateScore &s : m_scores) {
        QJsonObject c{{QStringLiteral("method"), s.method}};
        if (s.error.isEmpty()) {
            c.insert(QStringLiteral("mae"), jsonNumber(s.mae));
            c.insert(QStringLiteral("rmse"), jsonNumber(s.rmse));
            c.insert(QStringLiteral("mase"), jsonNumber(s.mase));
            c.insert(QStringLiteral("bias"), jsonNumber(s.bias));
            c.insert(QStringLiteral("insampleRmse"), jsonNumber(s.insampleRmse));
            c.insert(QStringLiteral("origins"), s.origins);
        } else {
            c.insert(QStringLiteral("error"), s.error);
        }
        candidates.append(c);
    }
    p.insert(QStringLiteral("candidates"), candidates);
    return p;
}

int AutoMethod::parameterCount() const
{
    return m_chosen ? m_chosen->parameterCount() : 0;
}

} // namespace Stockshift::Forecast
