// bench_m4weekly: accuracy and speed on the 359 M4 Weekly series (../shared/data/m4_weekly,
// official M4 layout), horizon 13, optionally side by side with R's forecast package.
//
// Our methods are fitted with season length --season (default 52, the weekly year; the M4
// team's own benchmarks used 1). Metrics, each the mean over the 359 series (M4 definitions,
// Makridakis, Spiliotis & Assimakopoulos 2020):
//   sMAPE = mean_h 200·|y − f| / (|y| + |f|)
//   MASE  = mean_h |y − f| / mean_t |y(t) − y(t−m)| with m = 1: the M4 "frequency" of the weekly
//           series is 1 (M4 guide), which is why Naive, sNaive and Naive2 share 2.777 in the
//           published results. Our naive reproduces the published 9.161 / 2.777 with it.
//   MASE52 = the same with m = 52 where the training series is longer than 52 (all are: the
//           shortest has 80 values), for comparison with papers that scale by the seasonal naive.
//   OWA   = (sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2) / 2 over the whole set, with Naive2
//           computed here by the M4 rule: naive forecast of the seasonally adjusted series when a
//           90% autocorrelation test at lag = M4 frequency says seasonal (classical multiplicative
//           decomposition), plain naive otherwise. With the weekly frequency 1 the test does not
//           apply, so Naive2 = Naive for this set (as in the published table).
// A series a method cannot fit gets the naive forecast and is counted under "failures". Wall time:
// fit + forecast of all series (reading and scoring excluded).
//
// With --r (or --peer r): tests/bench/r/forecast_m4weekly.R through Rscript (from PATH; absent: a
// skip message) forecasts the same training series as ts with frequency --season with R's ets,
// thetaf, stlf and Croston (defaults of each; ets ignores seasons above 24, stlf needs two
// seasons), one thread, wall time measured in R; this program scores R's forecasts with the same
// scorer. Not in the default list: auto.arima (with frequency 52 it took 5–136 s per series
// here, hours for the set; --r-methods auto.arima runs it). Croston runs as croston.nofits: the
// point forecasts of forecast's croston without its fitted values, which it computes by refitting
// on every prefix of the series (O(n²)) — hours on these series of up to 2,597 weeks
// (--r-methods croston runs it all the same). Published rows come from
// ../shared/data/published/m4_key_methods.csv.
//
//   bench_m4weekly [--methods naive,snaive,…|all] [--season 52] [--threads N] [--limit N]
//                  [--r | --peer r] [--r-methods ets,thetaf,…] [--r-out DIR]
// Default methods: naive, snaive, ses, croston, sba, tsb, ets, theta, comb, and auto and arima
// when the registry has them.
#include "BenchSupport.h"

#include "forecast/Seasonality.h"
#include "forecast/SeriesForecaster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Stockshift;
using Bench::EvalSeries;
using Bench::MethodRun;

namespace {

constexpr int kHorizon = 13;
constexpr int kM4Frequency = 1; ///< the M4 frequency of weekly data (MASE scale, Naive2)
constexpr int kSeasonScale = 52;

struct Score
{
    double smape = 0, mase = 0, mase52 = 0, owa = std::nan("");
    int series = 0, failures = 0;
    double seconds = 0;
};

double naiveScale(const std::vector<double> &y, std::size_t m)
{
    if (y.size() <= m)
        m = 1;
    if (y.size() <= m)
        return 0;
    double sum = 0;
    for (std::size_t t = m; t < y.size(); ++t)
        sum += std::abs(y[t] - y[t - m]);
    return sum / double(y.size() - m);
}

/// The one scorer, for our forecasts and R's alike.
Score score(const std::vector<EvalSeries> &series, const MethodRun &run)
{
    Score s;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const EvalSeries &e = series[i];
        const std::vector<double> &f = run.points[i];
        const std::size_t h = std::min<std::size_t>(kHorizon, e.test.size());
        double sm = 0, absErr = 0;
        for (std::size_t k = 0; k < h; ++k) {
            const double denominator = std::abs(e.test[k]) + std::abs(f[k]);
            sm += denominator > 0 ? 200.0 * std::abs(e.test[k] - f[k]) / denominator : 0.0;
            absErr += std::abs(e.test[k] - f[k]);
        }
        const double scale1 = naiveScale(e.train, kM4Frequency);
        const double scale52 = naiveScale(e.train, kSeasonScale);
        s.smape += sm / double(h);
        s.mase += scale1 > 0 ? absErr / double(h) / scale1 : 0.0;
        s.mase52 += scale52 > 0 ? absErr / double(h) / scale52 : 0.0;
    }
    s.series = int(series.size());
    s.smape /= std::max(1, s.series);
    s.mase /= std::max(1, s.series);
    s.mase52 /= std::max(1, s.series);
    s.failures = run.failures;
    s.seconds = run.seconds;
    return s;
}

/// Naive2 by the M4 rule (see the header), with the M4 frequency `ppy`.
MethodRun naive2(const std::vector<EvalSeries> &series, int ppy)
{
    MethodRun run;
    run.method = QStringLiteral("Naive2");
    for (const EvalSeries &e : series) {
        std::vector<double> f = Bench::naiveForecast(e, kHorizon);
        const std::size_t n = e.train.size();
        if (ppy > 1 && n >= std::size_t(3 * ppy) && Forecast::isSeasonal(e.train, ppy)) {
            const std::vector<double> index = Forecast::multiplicativeIndices(e.train, ppy);
            if (!index.empty()) {
                const double adjusted = e.train.back() / index[(n - 1) % std::size_t(ppy)];
                for (int k = 0; k < kHorizon; ++k)
                    f[std::size_t(k)] = adjusted * index[(n + std::size_t(k)) % std::size_t(ppy)];
            }
        }
        run.points.push_back(std::move(f));
    }
    run.seconds = -1;
    return run;
}

struct Row
{
    QString label;
    Score score;
    bool timed = true;
};

void printCsv(const QString &method, const Score &s)
{
    std::printf("%s,Weekly,%d,%.3f,%.3f,%.3f,%s,%d,%.2f\n", qPrintable(method), s.series, s.smape,
                s.mase, s.mase52, qPrintable(Bench::number(s.owa, 3)), s.failures, s.seconds);
    std::fflush(stdout);
}

std::vector<Row> readPublished(const QString &path)
{
    std::vector<Row> rows;
    const auto csv = Bench::readCsv(path);
    if (csv.empty())
        return rows;
    const QStringList &header = csv[0];
    const qsizetype team = header.indexOf(QStringLiteral("team"));
    const qsizetype id = header.indexOf(QStringLiteral("id"));
    const qsizetype smape = header.indexOf(QStringLiteral("sMAPE_Weekly"));
    const qsizetype mase = header.indexOf(QStringLiteral("MASE_Weekly"));
    const qsizetype owa = header.indexOf(QStringLiteral("OWA_Weekly"));
    const qsizetype rank = header.indexOf(QStringLiteral("rank_OWA"));
    if (team < 0 || id < 0 || smape < 0 || mase < 0 || owa < 0)
        return rows;
    for (std::size_t i = 1; i < csv.size(); ++i) {
        const QStringList &r = csv[i];
        if (r.size() <= std::max({team, id, smape, mase, owa}))
            continue;
        Row row;
        row.label = r[team] == QLatin1String("The M4 Team")
                        ? QStringLiteral("%1 (M4 benchmark, published)").arg(r[id])
                        : QStringLiteral("%1 (M4 #%2 overall, published)")
                              .arg(r[team].section(QLatin1Char(','), 0, 0),
                                   rank >= 0 && rank < r.size() ? r[rank] : QString());
        row.score.smape = r[smape].toDouble();
        row.score.mase = r[mase].toDouble();
        row.score.mase52 = std::nan("");
        row.score.owa = r[owa].toDouble();
        row.timed = false;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList methods = Bench::withRegistered(
        {QStringLiteral("naive"), QStringLiteral("snaive"), QStringLiteral("ses"),
         QStringLiteral("croston"), QStringLiteral("sba"), QStringLiteral("tsb"),
         QStringLiteral("ets"), QStringLiteral("theta"), QStringLiteral("comb")},
        {QStringLiteral("auto"), QStringLiteral("arima")});
    int threads = 1, limit = 0, season = 52;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--methods"))
            methods = Bench::expandMethods(args[i + 1].split(QLatin1Char(',')));
        else if (args[i] == QLatin1String("--threads"))
            threads = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--limit"))
            limit = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--season"))
            season = std::max(1, args[i + 1].toInt());
    }
    const Bench::PeerOptions peer = Bench::peerOptions(args);
    const QDir shared(QStringLiteral(STOCKSHIFT_SHARED_DIR));
    const QString folder = shared.filePath(QStringLiteral("data/m4_weekly"));
    const QString trainPath = QDir(folder).filePath(QStringLiteral("Weekly-train.csv"));
    const QString testPath = QDir(folder).filePath(QStringLiteral("Weekly-test.csv"));
    if (!QFile::exists(trainPath) || !QFile::exists(testPath)) {
        std::printf("M4 Weekly data not found in %s (../shared is absent): nothing to measure.\n",
                    qPrintable(folder));
        return 0;
    }
    for (const QString &method : methods) {
        if (!Bench::isRegistered(method)) {
            std::printf("unknown method %s\n", qPrintable(method));
            return 2;
        }
    }
    auto train = Forecast::readSeries(trainPath, Forecast::SeriesFormat::M4);
    auto test = Forecast::readSeries(testPath, Forecast::SeriesFormat::M4);
    if (!train || !test) {
        std::printf("cannot read the M4 Weekly files: %s\n",
                    qPrintable(!train ? train.error().message : test.error().message));
        return 2;
    }
    for (const auto *input : {&*train, &*test})
        for (const Forecast::SeriesProblem &p : input->problems)
            std::printf("left out: %s: %s\n", qPrintable(p.id), qPrintable(p.reason));
    QHash<QString, const std::vector<double> *> testById;
    for (const Forecast::NamedSeries &s : test->series)
        testById.insert(s.id, &s.values);
    std::vector<EvalSeries> data;
    for (const Forecast::NamedSeries &s : train->series) {
        if (limit > 0 && int(data.size()) >= limit)
            break;
        const auto it = testById.constFind(s.id);
        if (it == testById.constEnd() || (*it)->size() < std::size_t(kHorizon)) {
            std::printf("left out: %s: no test values for all %d weeks\n", qPrintable(s.id),
                        kHorizon);
            continue;
        }
        data.push_back({s.id, s.values, **it});
    }

    std::printf("method,subset,series,sMAPE,MASE,MASE52,OWA,failures,seconds\n");
    const Score n2 = score(data, naive2(data, kM4Frequency));
    const auto withOwa = [&n2](Score s) {
        s.owa = n2.smape > 0 && n2.mase > 0 ? 0.5 * (s.smape / n2.smape + s.mase / n2.mase)
                                            : std::nan("");
        return s;
    };
    std::vector<Row> rows;
    const QString oursLoadBefore = Bench::loadAverage();
    for (const QString &method : methods) {
        const MethodRun run = Bench::runOurMethod(method, data, season, kHorizon, threads);
        Row row{Bench::ourLabel(method), withOwa(score(data, run))};
        printCsv(method, row.score);
        rows.push_back(row);
    }
    const QString oursLoadAfter = Bench::loadAverage();
    rows.push_back({QStringLiteral("Naive2 (M4 rule, computed here)"), withOwa(n2), false});
    printCsv(QStringLiteral("Naive2"), rows.back().score);

    Bench::PeerRun rRun;
    if (peer.enabled) {
        QTemporaryDir temp;
        QStringList extra{QStringLiteral("--frequency"), QString::number(season)};
        if (limit > 0)
            extra << QStringLiteral("--limit") << QString::number(limit);
        rRun = Bench::runRPeer(QStringLiteral("forecast_m4weekly.R"), folder, peer, extra,
                               temp.path());
        if (!rRun.ok) {
            std::printf("R peer skipped: %s\n", qPrintable(rRun.message));
        } else {
            for (const Bench::PeerTiming &t : Bench::readPeerTimings(rRun)) {
                int unknown = 0;
                const MethodRun run = Bench::readPeerForecasts(rRun, t, data, kHorizon, &unknown);
                if (unknown > 0)
                    std::printf("note: R %s wrote forecasts for %d unknown series ids\n",
                                qPrintable(t.method), unknown);
                rows.push_back({run.method, withOwa(score(data, run))});
                printCsv(run.method, rows.back().score);
            }
        }
    }
    for (const Row &row :
         readPublished(shared.filePath(QStringLiteral("data/published/m4_key_methods.csv"))))
        rows.push_back(row);

    std::printf("\n| method | sMAPE | MASE (M4, m=1) | MASE (m=52) | OWA | failures | wall time "
                "(s) |\n|---|---|---|---|---|---|---|\n");
    for (const Row &row : rows) {
        const Score &s = row.score;
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", qPrintable(row.label),
                    qPrintable(Bench::number(s.smape, 3)), qPrintable(Bench::number(s.mase, 3)),
                    qPrintable(Bench::number(s.mase52, 3)), qPrintable(Bench::number(s.owa, 3)),
                    row.timed ? qPrintable(QString::number(s.failures)) : "—",
                    row.timed ? qPrintable(Bench::number(s.seconds, 2)) : "—");
    }
    std::printf("\n%d series, horizon %d, our methods fitted with season length %d%s\n",
                int(data.size()), kHorizon, season,
                limit > 0 ? " (--limit: published rows are over all 359 series)" : "");
    const Row *rEts = nullptr;
    for (const Row &row : rows)
        if (row.label == QLatin1String("R ets"))
            rEts = &row;
    for (const Row &row : rows) {
        const bool selection = row.label == Bench::ourLabel(QStringLiteral("auto"))
                               || row.label == Bench::ourLabel(QStringLiteral("comb"));
        if (selection && rEts && row.score.seconds > 0)
            std::printf("speed: %s %.2f s vs R ets %.2f s = %.1fx\n", qPrintable(row.label),
                        row.score.seconds, rEts->score.seconds,
                        rEts->score.seconds / row.score.seconds);
    }
    std::printf("load average (1/5/15 min): ours before %s, after %s", qPrintable(oursLoadBefore),
                qPrintable(oursLoadAfter));
    if (rRun.ok)
        std::printf("; R before %s, after %s", qPrintable(rRun.loadBefore),
                    qPrintable(rRun.loadAfter));
    std::printf("\n");
    if (rRun.ok)
        std::printf("R: %s, forecast %s, BLAS %s; Rscript process %.1f s in all\n",
                    qPrintable(rRun.rVersion), qPrintable(rRun.forecastVersion),
                    qPrintable(rRun.blas), rRun.processSeconds);
    return 0;
}
