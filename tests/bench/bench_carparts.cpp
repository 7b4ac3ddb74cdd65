// bench_carparts: intermittent demand — the 2674 monthly car-part series of
// ../shared/data/carparts (Jan 1998 – Mar 2002, 51 months, NA = missing), optionally side by
// side with R's forecast package.
//
// Protocol (fixed calendar split, one forecast origin):
// - training window: the first 45 months (Jan 1998 – Sep 2001), test: the last 6 (Oct 2001 –
//   Mar 2002), horizon 6; our methods fitted with season length 12;
// - leading NAs are dropped (the series starts at its first value);
// - excluded, and counted by reason in this order: an NA in the test window (the part's record
//   ends early), an NA inside the training window, no non-zero demand in the training window.
// Metrics, each the mean over the included series, with ȳ the in-sample mean demand (> 0 by the
// protocol), e = f − y over the 6 test months:
//   MAE/ȳ   = mean_h |e| / ȳ                 (scaled MAE, Petropoulos & Kourentzes 2015)
//   RMSE/ȳ  = sqrt(mean_h e²) / ȳ
//   MASE    = mean_h |e| / mean_t |y(t) − y(t−1)| (in-sample one-step naive, Hyndman 2006);
//             series with a zero scale are left out of this mean only (counted)
//   bias/ȳ  = mean_h e / ȳ                   (positive: over-forecast)
//   cover % = among the series with demand in the test window, the share with Σ_h f ≥ Σ_h y:
//             stocking the forecast total for the six months would have met the whole demand (a
//             service view; the zero forecast scores best on MAE and 0 here)
// The zero forecast is shown as a reference row (it is the classic hard-to-beat MAE benchmark
// for intermittent data). A series a method cannot fit gets the naive forecast and is counted
// under "failures". Wall time: fit + forecast of all included series.
//
// With --r (or --peer r): tests/bench/r/forecast_carparts.R through Rscript (from PATH; absent:
// a skip message) applies the same training protocol to the same file and forecasts with R's
// croston (α = 0.1, its default), ets, thetaf and auto.arima (defaults, ts frequency 12), one
// thread, wall time measured in R; this program scores R's forecasts with the same scorer.
//
//   bench_carparts [--methods naive,croston,…|all] [--threads N] [--limit N]
//                  [--r | --peer r] [--r-methods croston,ets,…] [--r-out DIR]
// Default methods: naive, snaive, ses, croston, sba, tsb, ets, theta, comb, and auto and arima
// when the registry has them. --limit N: the first N parts of the file.
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Stockshift;
using Bench::EvalSeries;
using Bench::MethodRun;

namespace {

constexpr int kTrainMonths = 45;
constexpr int kHorizon = 6;
constexpr int kSeason = 12;

struct Score
{
    double mae = 0, rmse = 0, mase = 0, bias = 0, cover = 0;
    int series = 0, maseSeries = 0, demandSeries = 0, failures = 0;
    double seconds = 0;
};

/// The one scorer, for our forecasts and R's alike.
Score score(const std::vector<EvalSeries> &series, const MethodRun &run)
{
    Score s;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const EvalSeries &e = series[i];
        const std::vector<double> &f = run.points[i];
        double mean = 0;
        for (double v : e.train)
            mean += v;
        mean /= double(e.train.size());
        double scale = 0;
        for (std::size_t t = 1; t < e.train.size(); ++t)
            scale += std::abs(e.train[t] - e.train[t - 1]);
        scale = e.train.size() > 1 ? scale / double(e.train.size() - 1) : 0.0;
        double absErr = 0, sqErr = 0, err = 0, sumF = 0, sumY = 0;
        for (std::size_t k = 0; k < std::size_t(kHorizon); ++k) {
            const double d = f[k] - e.test[k];
            absErr += std::abs(d);
            sqErr += d * d;
            err += d;
            sumF += f[k];
            sumY += e.test[k];
        }
        s.mae += absErr / kHorizon / mean;
        s.rmse += std::sqrt(sqErr / kHorizon) / mean;
        s.bias += err / kHorizon / mean;
        if (sumY > 0) {
            s.cover += sumF >= sumY - 1e-9 ? 1.0 : 0.0;
            ++s.demandSeries;
        }
        if (scale > 0) {
            s.mase += absErr / kHorizon / scale;
            ++s.maseSeries;
        }
    }
    s.series = int(series.size());
    const double n = std::max(1, s.series);
    s.mae /= n;
    s.rmse /= n;
    s.bias /= n;
    s.cover *= 100.0 / std::max(1, s.demandSeries);
    s.mase /= std::max(1, s.maseSeries);
    s.failures = run.failures;
    s.seconds = run.seconds;
    return s;
}

struct Row
{
    QString label;
    Score score;
    bool timed = true;
};

void printCsv(const QString &method, const Score &s)
{
    std::printf("%s,%d,%.4f,%.4f,%.4f,%.4f,%.2f,%d,%.2f\n", qPrintable(method), s.series, s.mae,
                s.rmse, s.mase, s.bias, s.cover, s.failures, s.seconds);
    std::fflush(stdout);
}

struct Protocol
{
    std::vector<EvalSeries> series;
    int parts = 0, leadingNaDropped = 0, testIncomplete = 0, naInTraining = 0, noDemand = 0;
};

Protocol readCarparts(const QString &path, int limit)
{
    Protocol p;
    const auto rows = Bench::readCsv(path);
    if (rows.size() < std::size_t(kTrainMonths + kHorizon + 1))
        return p;
    const QStringList &header = rows[0];
    const std::size_t months = rows.size() - 1;
    for (qsizetype c = 1; c < header.size(); ++c) {
        if (limit > 0 && p.parts >= limit)
            break;
        ++p.parts;
        std::vector<double> values(months, std::nan(""));
        for (std::size_t t = 0; t < months; ++t) {
            bool ok = false;
            const double v = c < rows[t + 1].size() ? rows[t + 1][c].toDouble(&ok) : 0.0;
            if (ok)
                values[t] = v;
        }
        const std::size_t trainEnd = std::size_t(kTrainMonths);
        const std::size_t testEnd = trainEnd + std::size_t(kHorizon);
        std::size_t first = 0;
        while (first < trainEnd && std::isnan(values[first]))
            ++first;
        bool testOk = testEnd <= months;
        for (std::size_t t = trainEnd; testOk && t < testEnd; ++t)
            testOk = !std::isnan(values[t]);
        if (!testOk) {
            ++p.testIncomplete;
            continue;
        }
        bool gap = first >= trainEnd, demand = false;
        for (std::size_t t = first; t < trainEnd; ++t) {
            gap = gap || std::isnan(values[t]);
            demand = demand || values[t] > 0;
        }
        if (gap) {
            ++p.naInTraining;
            continue;
        }
        if (!demand) {
            ++p.noDemand;
            continue;
        }
        if (first > 0)
            ++p.leadingNaDropped;
        p.series.push_back(
            {header[c],
             {values.begin() + std::ptrdiff_t(first), values.begin() + std::ptrdiff_t(trainEnd)},
             {values.begin() + std::ptrdiff_t(trainEnd),
              values.begin() + std::ptrdiff_t(testEnd)}});
    }
    return p;
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
    int threads = 1, limit = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--methods"))
            methods = Bench::expandMethods(args[i + 1].split(QLatin1Char(',')));
        else if (args[i] == QLatin1String("--threads"))
            threads = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--limit"))
            limit = args[i + 1].toInt();
    }
    const Bench::PeerOptions peer = Bench::peerOptions(args);
    const QDir shared(QStringLiteral(STOCKSHIFT_SHARED_DIR));
    const QString folder = shared.filePath(QStringLiteral("data/carparts"));
    const QString path = QDir(folder).filePath(QStringLiteral("carparts_wide.csv"));
    if (!QFile::exists(path)) {
        std::printf("car-parts data not found in %s (../shared is absent): nothing to measure.\n",
                    qPrintable(folder));
        return 0;
    }
    for (const QString &method : methods) {
        if (!Bench::isRegistered(method)) {
            std::printf("unknown method %s\n", qPrintable(method));
            return 2;
        }
    }
    const Protocol protocol = readCarparts(path, limit);
    const std::vector<EvalSeries> &data = protocol.series;
    std::printf("parts %d: included %d; excluded: %d with NA in the test window, %d with NA inside "
                "the training window, %d without demand in training; leading NAs dropped in %d\n",
                protocol.parts, int(data.size()), protocol.testIncomplete, protocol.naInTraining,
                protocol.noDemand, protocol.leadingNaDropped);
    if (data.empty()) {
        std::printf("no series to score\n");
        return 2;
    }

    std::printf("method,series,MAE/mean,RMSE/mean,MASE,bias/mean,cover%%,failures,seconds\n");
    std::vector<Row> rows;
    const QString oursLoadBefore = Bench::loadAverage();
    for (const QString &method : methods) {
        const MethodRun run = Bench::runOurMethod(method, data, kSeason, kHorizon, threads);
        rows.push_back({Bench::ourLabel(method), score(data, run)});
        printCsv(method, rows.back().score);
    }
    const QString oursLoadAfter = Bench::loadAverage();
    {
        MethodRun zero;
        zero.method = QStringLiteral("zero");
        zero.points.assign(data.size(), std::vector<double>(kHorizon, 0.0));
        rows.push_back({QStringLiteral("zero forecast (reference)"), score(data, zero), false});
        printCsv(zero.method, rows.back().score);
    }

    Bench::PeerRun rRun;
    if (peer.enabled) {
        QTemporaryDir temp;
        QStringList extra{QStringLiteral("--train"), QString::number(kTrainMonths),
                          QStringLiteral("--horizon"), QString::number(kHorizon)};
        if (limit > 0)
            extra << QStringLiteral("--limit") << QString::number(limit);
        rRun = Bench::runRPeer(QStringLiteral("forecast_carparts.R"), folder, peer, extra,
                               temp.path());
        if (!rRun.ok) {
            std::printf("R peer skipped: %s\n", qPrintable(rRun.message));
        } else {
            for (const Bench::PeerTiming &t : Bench::readPeerTimings(rRun)) {
                int unknown = 0;
                const MethodRun run = Bench::readPeerForecasts(rRun, t, data, kHorizon, &unknown);
                if (unknown > 0)
                    std::printf("note: R %s forecast %d parts that the protocol excludes\n",
                                qPrintable(t.method), unknown);
                rows.push_back({run.method, score(data, run)});
                printCsv(run.method, rows.back().score);
            }
        }
    }

    std::printf("\n| method | MAE/ȳ | RMSE/ȳ | MASE | bias/ȳ | cover %% | failures | wall time (s) "
                "|\n|---|---|---|---|---|---|---|---|\n");
    for (const Row &row : rows) {
        const Score &s = row.score;
        std::printf("| %s | %s | %s | %s | %s | %s | %s | %s |\n", qPrintable(row.label),
                    qPrintable(Bench::number(s.mae, 3)), qPrintable(Bench::number(s.rmse, 3)),
                    qPrintable(Bench::number(s.mase, 3)), qPrintable(Bench::number(s.bias, 3)),
                    qPrintable(Bench::number(s.cover, 1)),
                    row.timed ? qPrintable(QString::number(s.failures)) : "—",
                    row.timed ? qPrintable(Bench::number(s.seconds, 2)) : "—");
    }
    std::printf("\n%d series scored (MASE over the %d with a non-zero in-sample scale, cover over "
                "the %d with demand in the test window), horizon %d, training %d months, our "
                "methods with season length %d\n",
                int(data.size()), rows.front().score.maseSeries, rows.front().score.demandSeries,
                kHorizon, kTrainMonths, kSeason);
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
