// Forecast::NetworkForecaster — forecasts every active SKU × location of a database and stores
// the run (stockshift-cli forecast, and the GUI's forecast run).
//
// Contract:
// - Runs on the calling thread with its own Connection; never on the GUI thread. The history is
//   read once into memory (a frozen copy), series are forecast on `threads` workers, and the
//   results are written in one transaction: a cancelled or failed run writes nothing.
// - Buckets: daily history summed into buckets of `bucketDays` (1 or 7) ending on the last
//   sales day; a series starts at its first sale (new products are not padded with zeros).
// - Method "auto" routes by demand class (DemandClass.h): smooth and erratic series get the mean
//   of ETS and Theta (season 7 for daily buckets, 52 for weekly ones with two years of history);
//   intermittent and lumpy series get SBA or TSB, whichever has the lower backtest error.
// - Every series stores its backtest error: the method is refitted on the history without its
//   last min(horizon, n/4) buckets and scored on them (MAE, and MASE against the in-sample
//   one-step naive error).
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
};

struct NetworkForecastSummary
{
    qint64 runId = -1;
    int series = 0;
    int failed = 0;
    int historyEndDay = 0;
    QMap<QString, int> demandClasses; ///< class → series
    QMap<QString, int> methods;       ///< method → series
    double meanBacktestMase = 0;      ///< over series with a backtest
    double seconds = 0;
};

using NetworkProgress = std::function<void(int done, int total)>;

Result<NetworkForecastSummary> runNetworkForecast(const NetworkForecastSettings &settings,
                                                  const NetworkProgress &progress = {},
                                                  const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Forecast
