// Bench support — what bench_m3, bench_m4weekly and bench_carparts share: running our methods on
// a set of series with wall time, running the R peer (tests/bench/r/*.R) through Rscript and
// reading its forecasts back, the load average, small CSV helpers.
//
// Scoring is not here: each benchmark scores our forecasts and R's with one scorer of its own
// (stated in its header), so both sides are measured by the same code.
//
// Failures: a series a method cannot fit (ours: fit() fails; R: no forecast written) is given the
// naive forecast (last training value) and counted, on both sides alike.
// Timing: wall time of fit + forecast of every series of a subset (ours: QElapsedTimer around
// the worker threads; R: proc.time() around its loop, see r/common.R); reading files, starting R
// and scoring are not included. Rscript runs with one BLAS/OpenMP thread.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace Stockshift::Bench {

struct EvalSeries
{
    QString id;
    std::vector<double> train, test;
};

/// The forecasts of one method on one subset, in the order of the subset's series.
struct MethodRun
{
    QString method;                          ///< "theta", "R ets", …
    std::vector<std::vector<double>> points; ///< per series, `horizon` values
    int failures = 0;                        ///< series given the naive forecast instead
    double seconds = 0;                      ///< wall time of fit + forecast (-1 = not measured)
};

/// Registry name of a benchmark method name: "auto" is the registry's automatic selection when
/// it has one, otherwise "comb" (what forecast-series runs for "auto").
QString registryName(const QString &method);
/// true when `method` (or "auto") can be created by Forecast::createMethod().
bool isRegistered(const QString &method);
/// `base` plus each of `optional` ("auto", "arima", …) that the registry has and `base` lacks.
QStringList withRegistered(QStringList base, const QStringList &optional);
/// The row label of one of our methods: "theta, ours"; "auto (= comb), ours" for the alias.
QString ourLabel(const QString &method);
/// Expands "all" into every registered method name; keeps other names as given.
QStringList expandMethods(const QStringList &methods);

/// Fits a fresh instance of `method` to every series, forecasts `horizon` steps, `threads`
/// workers. Assumes isRegistered(method).
MethodRun runOurMethod(const QString &method, const std::vector<EvalSeries> &series,
                       int seasonLength, int horizon, int threads);

/// "0.52 0.61 0.40" (the 1, 5 and 15 minute load averages of /proc/loadavg) or "n/a".
QString loadAverage();

/// --r / --peer r options, shared by the benchmarks.
struct PeerOptions
{
    bool enabled = false;
    QStringList methods; ///< empty = the script's defaults
    QString outDir;      ///< empty = a temporary folder, removed at the end
};
/// Reads --r, --peer r, --r-methods a,b and --r-out DIR from the command line.
PeerOptions peerOptions(const QStringList &args);

/// What the R peer run gave.
struct PeerRun
{
    bool ok = false;
    QString message; ///< why there are no R figures (when !ok)
    QString dir;     ///< the folder with timings.csv, info.csv and forecasts_*.csv
    QString rVersion, forecastVersion, blas;
    double processSeconds = 0; ///< Rscript from start to exit, package loading included
    QString loadBefore, loadAfter;
};

/// Runs `Rscript tests/bench/r/<script> --data <dataDir> --out <dir> [--methods …] extraArgs`
/// (Rscript from PATH, one thread). R's stderr (its progress) goes to our stderr. Never fails
/// the benchmark: without Rscript, without the forecast package or when R fails, ok is false and
/// message says why.
PeerRun runRPeer(const QString &script, const QString &dataDir, const PeerOptions &options,
                 const QStringList &extraArgs, const QString &tempDir);

/// One row of the peer's timings.csv.
struct PeerTiming
{
    QString method, subset;
    int series = 0, failures = 0;
    double seconds = 0;
};
std::vector<PeerTiming> readPeerTimings(const PeerRun &run);

/// R's forecasts of `method` on `subset` for `series`, in the same order; series R did not
/// forecast get the naive forecast and count as failures. `seconds` comes from timings.csv.
/// `unknownIds` (optional) counts forecast ids that are not in `series`.
MethodRun readPeerForecasts(const PeerRun &run, const PeerTiming &timing,
                            const std::vector<EvalSeries> &series, int horizon,
                            int *unknownIds = nullptr);

/// The naive forecast: the last training value, `horizon` times.
std::vector<double> naiveForecast(const EvalSeries &series, int horizon);

/// Reads a CSV file with a header into rows of strings (RFC 4180 quoting); empty on error.
std::vector<QStringList> readCsv(const QString &path);

/// "12.34" with `decimals` decimals, or "—" for NaN.
QString number(double value, int decimals);

} // namespace Stockshift::Bench
