// Forecast::AccuracyMonitor — how good were the stored forecasts, once their actuals arrived,
// and has that changed?
//
// Every forecast run is a snapshot (forecast_runs, forecasts). evaluateAccuracy() compares each
// run's matured buckets (those whose last day has sales data: up to the newest sales day) with
// the actual sales, for the final forecast (overrides applied) and the statistical one, and
// stores the result in forecast_accuracy per series and rolled up by SKU, location, category and
// the network. Buckets in which the item was out of stock (stockouts) are left out: their sales
// understate demand and would make a good forecast look biased.
//
// Metrics (per group, over its series × matured buckets; e = forecast − actual):
//   WAPE = Σ|e| / Σactual · 100          MAPE = mean over buckets with actual > 0 of |e|/actual ·
//   100 bias = Σe / Σactual · 100 (+ = over-forecast) MASE = mean over series of mean|e| /
//   (in-sample one-step naive MAE of the run's history) tracking signal = Σ_b E_b / mean_b |E_b|,
//   E_b = the group's actual − forecast in bucket b
//                     (Brown 1959; |TS| > 4 flags a persistent bias)
//   stat_wape: WAPE of the statistical forecast (the planner's overrides helped when lower).
// Alerts (alerts table, once per run and scope): "forecast-accuracy-drop" when a group's WAPE in
// the newest evaluated run exceeds the mean of its previous (up to four) evaluated runs by
// `dropPoints` points and `dropRatio` times (critical above twice the mean); "forecast-bias"
// when |TS| ≥ `trackingLimit` over at least four buckets and |bias| ≥ `biasLimit` % — for
// series, at most `maxSeriesAlerts`, the largest errors first.
//
// Runs on the calling thread with the caller's Connection; writes in one transaction.
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Forecast {

struct AccuracyMetrics
{
    int buckets = 0;  ///< series × buckets evaluated
    int excluded = 0; ///< left out: out of stock in the bucket
    double actual = 0, forecast = 0, absError = 0;
    double mape = 0, wape = 0, mase = 0, bias = 0, trackingSignal = 0, statWape = 0;
    bool hasMase = false, hasMape = false;
};

struct AccuracySettings
{
    qint64 runId = -1; ///< -1: every run with matured buckets
    double dropPoints = 10.0;
    double dropRatio = 1.25;
    double trackingLimit = 4.0;
    double biasLimit = 10.0; ///< % — a persistent but immaterial bias raises no alert
    int maxSeriesAlerts = 50;
    /// Evaluate again even when neither the matured buckets, the imports nor the overrides
    /// changed since the last evaluation of a run.
    bool force = false;
};

struct AccuracyAlert
{
    QString kind, severity, scope, message, action;
};

struct AccuracySummary
{
    QList<qint64> runs;          ///< runs evaluated (with matured buckets)
    qint64 latestRun = -1;       ///< the newest of them
    int series = 0;              ///< series evaluated in the newest run
    AccuracyMetrics network;     ///< the newest run, whole network
    QList<AccuracyAlert> alerts; ///< raised by this evaluation
};

Result<AccuracySummary> evaluateAccuracy(Storage::Connection &connection,
                                         const AccuracySettings &settings = {},
                                         const std::atomic_bool *cancel = nullptr);

struct AccuracyRow
{
    qint64 runId = -1;
    int historyEndDay = 0;
    QString level, key;
    qint64 locationId = -1, skuId = -1;
    AccuracyMetrics metrics;
};

/// Stored accuracy of one run at one level ("series", "sku", "location", "category",
/// "network"), largest absolute error first; limit ≤ 0: all.
Result<std::vector<AccuracyRow>> loadAccuracy(Storage::Connection &connection, qint64 runId,
                                              const QString &level, int limit = 0);
/// The accuracy of one group over every evaluated run, oldest first (the trend).
Result<std::vector<AccuracyRow>> accuracyTrend(Storage::Connection &connection,
                                               const QString &level, const QString &key);
/// The newest run that has stored accuracy (-1: none).
qint64 latestEvaluatedRun(Storage::Connection &connection);
/// Runs with stored accuracy, newest history first.
Result<QList<qint64>> evaluatedRuns(Storage::Connection &connection);

struct StoredAlert
{
    qint64 id = -1;
    QString createdAt, kind, severity, scope, message, action, source, resolvedAt;
    qint64 locationId = -1, skuId = -1;
};

/// Forecast alerts (kind "forecast-…"), open ones only unless `includeResolved`; critical
/// first, then newest.
Result<QList<StoredAlert>> listForecastAlerts(Storage::Connection &connection,
                                              bool includeResolved = false);
/// Marks an alert dealt with (audited).
Status resolveAlert(Storage::Connection &connection, qint64 alertId, const QString &user);

} // namespace Stockshift::Forecast
