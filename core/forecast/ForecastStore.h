// Forecast::ForecastStore — reading stored forecast runs: the runs, one series' statistical and
// final (override-adjusted) forecast, and forecasts rolled up to location, region, category and
// network level. The GUI's views, the exports, the accuracy monitor and the CLI read through
// here, so every consumer sees the same final forecast.
//
// Final forecast: the statistical forecast with the active overrides applied (Overrides.h). Its
// intervals follow the change: scaled with the forecast when it was positive, shifted by the
// change when it was zero.
//
// Aggregation (bottom-up): forecasts are summed per group and bucket; the intervals assume the
// series' errors are independent, σ_group = √Σσᵢ² with σᵢ read off each series' upper bound
// (hi95 − q)/1.96 (the lower bound may be cut at zero). Positively correlated demand (a regional
// heat wave) makes the true group intervals wider than this.
//
// Functions take the caller's Connection (owned by the calling thread).
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Forecast {

struct RunInfo
{
    qint64 id = -1;
    QString createdAt;
    int bucketDays = 7, horizon = 0;
    QString method;
    int historyEndDay = 0;
    int series = 0, failed = 0;
    double seconds = 0;
};

/// The newest run (code "no-run" when there is none), a given run, or all runs newest first.
Result<RunInfo> latestRun(Storage::Connection &connection);
Result<RunInfo> runInfo(Storage::Connection &connection, qint64 runId);
Result<QList<RunInfo>> listRuns(Storage::Connection &connection);

struct ForecastBucket
{
    int startDay = 0;
    double statistical = 0, final = 0;
    double lo80 = 0, hi80 = 0, lo95 = 0, hi95 = 0; ///< of the final forecast
    bool overridden = false;
};

/// One series' forecast of a run, overrides applied.
Result<std::vector<ForecastBucket>> loadSeriesForecast(Storage::Connection &connection,
                                                       qint64 runId, qint64 locationId,
                                                       qint64 skuId);

enum class AggregationLevel { Series, Location, Region, Category, Network };
bool aggregationLevelFromName(const QString &name, AggregationLevel *out);
QString aggregationLevelName(AggregationLevel level); ///< "series", "location", …

struct AggregateBucket
{
    QString key;   ///< "W01/SKU-0001", the location code, the region, the category, "network"
    QString label; ///< a readable name for the key
    QString locationCode, skuCode; ///< series level only
    int startDay = 0;
    int series = 0;
    double statistical = 0, final = 0;
    double lo80 = 0, hi80 = 0, lo95 = 0, hi95 = 0;
};

/// The run's forecast rolled up to `level`, ordered by key and bucket.
Result<std::vector<AggregateBucket>> aggregateForecast(Storage::Connection &connection,
                                                       qint64 runId, AggregationLevel level);

/// Writes the run's final forecast at `level` as CSV (UTF-8, formula-safe): for series the
/// location and SKU codes, otherwise the group key and name; then period_start, statistical,
/// forecast (final), lo80, hi80, lo95, hi95 and, rolled up, the number of series.
Status writeForecastCsv(Storage::Connection &connection, qint64 runId, AggregationLevel level,
                        const QString &path);

} // namespace Stockshift::Forecast
