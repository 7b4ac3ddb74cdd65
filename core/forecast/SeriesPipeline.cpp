#include "forecast/SeriesPipeline.h"

#include <algorithm>
#include <cmath>

namespace Stockshift::Forecast {

int seasonLengthFor(int bucketDays, int n)
{
    // Weekly data needs two full years before a yearly season can be estimated at all.
    if (bucketDays == 1)
        return 7;
    return n >= 104 ? 52 : 1;
}

PipelineResult runSeriesPipeline(const NetworkHistory &history, const SeriesHistory &series,
                                 const PipelineSettings &settings)
{
    PipelineResult result;
    const int n = int(series.values.size());
    const SeriesContext context = history.contextFor(series);
    result.seasonLength = seasonLengthFor(history.bucketDays, n);

    // Buckets a known regressor explains are never called outliers.
    std::vector<char> explained;
    for (const QString &name : {QStringLiteral("promo"), QStringLiteral("holiday"),
                                QStringLiteral("event"), QStringLiteral("closure")}) {
        if (const auto *r = context.find(name)) {
            explained.resize(std::size_t(n), 0);
            for (int t = 0; t < n; ++t)
                explained[std::size_t(t)] |= r->values[std::size_t(t)] > 0 ? 1 : 0;
        }
    }
    CleaningSettings cleaning;
    cleaning.cleanseOutliers = settings.cleanseOutliers;
    cleaning.imputeCensored = settings.imputeCensored;
    cleaning.seasonStride = history.bucketDays == 1 ? 7 : 1;
    result.cleaned = cleanHistory(series.values, series.censored, explained, cleaning);
    const std::vector<double> &y = result.cleaned.values;

    AutoSettings autoSettings;
    autoSettings.horizon = settings.horizon;
    autoSettings.origins = settings.origins;
    autoSettings.thorough = settings.thorough;
    const bool automatic = settings.method == QLatin1String("auto");
    if (!automatic) {
        autoSettings.candidates = {settings.method};
        autoSettings.combineBest = 0;
    }
    AutoMethod method(autoSettings);
    method.setContext(&context);
    if (Status fit = method.fit(y, result.seasonLength); !fit) {
        result.error = fit.errorMessage();
        return result;
    }
    result.profile = method.profile();
    result.method = method.chosen();
    if (!automatic && result.method != settings.method)
        result.method += QStringLiteral(" (fallback)");
    result.parameters = method.chosenMethod()->parameters();
    result.backtest = method.chosenScore();
    result.candidates = method.scores();
    result.fitted = method.fitted();

    result.point = method.forecast(settings.horizon);
    const double sd = method.residualSd();
    // The forecast is already closure-adjusted (AutoMethod, applyClosures); a closed bucket has
    // no demand and so no spread either.
    const SeriesContext::Regressor *closure = context.find(QStringLiteral("closure"));
    for (int h = 1; h <= settings.horizon; ++h) {
        double &f = result.point[std::size_t(h - 1)];
        f = std::isfinite(f) ? std::max(f, 0.0) : 0.0; // demand forecasts are never negative
        double open = 1.0;
        if (closure && std::size_t(n + h - 1) < closure->values.size())
            open = 1.0 - std::clamp(closure->values[std::size_t(n + h - 1)], 0.0, 1.0);
        const double spread = sd * method.horizonSdFactor(h) * open;
        result.lo80.push_back(std::max(0.0, f - 1.2816 * spread));
        result.hi80.push_back(f + 1.2816 * spread);
        result.lo95.push_back(std::max(0.0, f - 1.96 * spread));
        result.hi95.push_back(f + 1.96 * spread);
    }
    return result;
}

} // namespace Stockshift::Forecast
