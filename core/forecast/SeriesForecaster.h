// Forecast::SeriesForecaster — forecasts many independent series in parallel, with prediction
// intervals, for `stockshift-cli forecast-series` and the benchmarks.
//
// Input formats (readSeries):
// - m3:   one row a series `id,v1,v2,…`, no header, trailing empty cells ignored;
// - m4:   the official M4 layout, a quoted header "V1","V2",… and the id in the first column;
// - long: a header `series_id,t,value`, one row an observation, rows of a series in any order.
// A series with no values, a value that is not a number, or a gap is reported by id and reason
// and left out; every other series is still forecast.
//
// Intervals: ŷ ± z·σ₁·k(h) with σ₁ the one-step in-sample error sd and k(h) the method's
// horizon factor (z = 1.2816 for 80%, 1.96 for 95%); point forecasts and lower bounds are cut at
// 0 when the history has no negative values (demand cannot be negative).
// Threads: `threads` workers each take the next series; results keep the input order; the
// outcome does not depend on the thread count.
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace Stockshift::Forecast {

enum class SeriesFormat { M3, M4, Long };
bool seriesFormatFromName(const QString &name, SeriesFormat *out);

struct NamedSeries
{
    QString id;
    std::vector<double> values;
};

struct SeriesProblem
{
    QString id;
    QString reason;
};

struct SeriesInput
{
    std::vector<NamedSeries> series;
    std::vector<SeriesProblem> problems; ///< series left out, with the reason
};

Result<SeriesInput> readSeries(const QString &path, SeriesFormat format);

struct SeriesForecast
{
    QString id;
    QString method; ///< the method that produced it (for "auto", the one it chose)
    std::vector<double> point, lo80, hi80, lo95, hi95;
    QString error; ///< non-empty: no forecast (reason)
};

struct ForecastSettings
{
    /// "auto" = selection per series (AutoMethod with externalSeriesAutoSettings(horizon)), or
    /// a registry name.
    QString method = QStringLiteral("auto");
    int seasonLength = 1;
    int horizon = 1;
    int threads = 1;
};

using ForecastProgress = std::function<void(int done, int total)>;

/// Forecasts every series. Errors that concern the settings (unknown method, horizon < 1) come
/// back as an Error; a series that cannot be fitted gets its `error` set instead.
Result<std::vector<SeriesForecast>> forecastSeries(const std::vector<NamedSeries> &series,
                                                   const ForecastSettings &settings,
                                                   const ForecastProgress &progress = {},
                                                   const std::atomic_bool *cancel = nullptr);

/// Writes `series_id,h,forecast,lo80,hi80,lo95,hi95` rows (series with errors are skipped).
Status writeForecasts(const QString &path, const std::vector<SeriesForecast> &forecasts);

} // namespace Stockshift::Forecast
