// Forecast::SeriesExplainer — everything the planner sees about one SKU × location of a stored
// run: the history as sold and as cleansed (with each change's reason), the model's one-step
// fitted values, the events in scope, the chosen method with its parameters and backtest, the
// other candidates' backtest errors, the statistical and final forecast, and the overrides.
//
// The stored run keeps the chosen method, parameters, backtests, adjustments and forecasts; the
// fitted values are recomputed by running the same pipeline (SeriesPipeline.h) on the same
// history, which is deterministic. If the history up to the run's end was edited after the run,
// the fitted values follow the edited history (the stored forecast does not change).
//
// Runs on the calling thread with the caller's Connection; one series takes milliseconds.
#pragma once

#include "common/Result.h"
#include "forecast/ForecastStore.h"
#include "forecast/HistoryCleaner.h"
#include "forecast/NetworkHistory.h"
#include "forecast/Overrides.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Stockshift::Forecast {

struct SeriesExplanation
{
    RunInfo run;
    qint64 locationId = -1, skuId = -1;
    QString locationCode, locationName, skuCode, skuName, category;

    // The stored model.
    QString demandClass;
    double adi = 0, cv2 = 0;
    QString method;
    QJsonObject parameters;
    double backtestMae = 0, backtestRmse = 0, backtestMase = 0, backtestBias = 0;
    bool hasBacktest = false;
    int backtestOrigins = 0;
    QJsonArray candidates; ///< [{method, mae, rmse, mase, bias, origins} | {method, error}]
    QString error;         ///< the series could not be forecast (why)
    bool thorough = true;  ///< every candidate family tried (false: the fast set)

    // The history in the run's buckets.
    int firstDay = 0;             ///< first day of bucket 0
    std::vector<double> history;  ///< as sold
    std::vector<double> cleansed; ///< as learnt from
    std::vector<double> fitted;   ///< one-step in-sample predictions (NaN where none)
    std::vector<Adjustment> adjustments;
    std::vector<NetworkHistory::Event> events;
    SeriesContext context; ///< regressors over history and horizon (promo, holiday, …)

    std::vector<ForecastBucket> forecast;
    QList<Override> overrides; ///< all, undone ones included (oldest first)

    int bucketStart(int bucket) const { return firstDay + bucket * run.bucketDays; }
};

Result<SeriesExplanation> explainSeries(Storage::Connection &connection, qint64 runId,
                                        qint64 locationId, qint64 skuId);

} // namespace Stockshift::Forecast
