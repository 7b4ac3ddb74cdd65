// Forecast::NetworkForecaster — forecasts every active SKU × location of a database and stores
// the run (stockshift-cli forecast, the headless cycle, and the GUI's forecast run).
//
// Contract:
// - Runs on the calling thread with its own Connection; never on the GUI thread. The history is
//   read once into memory (NetworkHistory: a frozen copy), series are forecast in parallel on a
//   private QThreadPool of `threads` workers (QtConcurrent), and the results are written in one
//   transaction: a cancelled or failed run writes nothing. Cancel is checked between series.
// - Per series: history in `bucketDays` buckets (NetworkHistory.h), cleansed of censored demand
//   and outliers (HistoryCleaner.h; every change stored in forecast_adjustments with its
//   reason), then forecast by `method`: "auto" selects per series by rolling-origin backtest
//   among the candidates for its demand class (AutoMethod.h); a named method is backtested the
//   same way and used for every series. "auto" gives the `thoroughSeries` most valuable series
//   the whole candidate set, the rest the fast one. Season: 7 for daily buckets, 52 for weekly ones
//   with two years of history. Future closure days (closure events) scale the forecast by the share
//   of the bucket the location is open, for methods that do not model closures themselves.
// - Stored per series (forecast_models): demand class, method, parameters (JSON), backtest MAE,
//   RMSE, MASE, bias and origins of the chosen method, every candidate's backtest (JSON), the
//   number of cleansed buckets; per bucket (forecasts): the point forecast and 80/95% intervals.
#pragma once

#include "common/Result.h"

#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace Stockshift::Forecast {

struct NetworkForecastSettings
{
    QString databasePath;
    int horizon = 13;   ///< buckets
    int bucketDays = 7; ///< 1 = day, 7 = week
    QString method = QStringLiteral("auto");
    int threads = 0; ///< 0 = all cores
    int origins = 3; ///< rolling backtest origins
    int endDay = -1; ///< last history day used (-1 = the last sales day); earlier = a backcast
    /// How many series get the thorough candidate set (ETS, ARIMA, regression besides the fast
    /// methods): the most valuable ones — recent demand × unit price (units where there is no
    /// price) over the last year of history. −1 = all; 0 = none. The long tail gets the fast
    /// set, so a large network stays within minutes.
    int thoroughSeries = 10000;
    bool cleanseOutliers = true;
    bool imputeCensored = true;
};

struct NetworkForecastSummary
{
    qint64 runId = -1;
    int series = 0;
    int failed = 0;
    int historyEndDay = 0;
    int outliers = 0;                 ///< buckets cut as outliers
    int censored = 0;                 ///< buckets imputed for stockouts
    QMap<QString, int> demandClasses; ///< class → series
    QMap<QString, int> methods;       ///< method → series
    double meanBacktestMase = 0;      ///< over series with a backtest
    double backtestWape = 0;          ///< Σ|e| / Σ actual over all backtest windows, in %
    double seconds = 0;
    double loadSeconds = 0;  ///< of which reading the history
    double storeSeconds = 0; ///< of which writing the run
    int thorough = 0;        ///< series given every method family
};

using NetworkProgress = std::function<void(int done, int total)>;

Result<NetworkForecastSummary> runNetworkForecast(const NetworkForecastSettings &settings,
                                                  const NetworkProgress &progress = {},
                                                  const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Forecast
