// bench_network: the network forecast at scale (issue 3: 100,000 SKU × location weekly series
// with automatic selection in under 60 s on 2 cores, memory reported).
//
// Builds a demo network of the requested size with the demo generator (not timed), then runs
// the same engine as `stockshift-cli forecast` on it and prints: series, the seconds spent
// reading the history, the seconds for the whole run (read, cleanse, select, fit, store), series
// per second, and the process's peak resident memory (VmHWM). With --profile N it also fits
// each candidate method on a sample of N series on one thread and prints milliseconds per fit,
// which shows where the time goes.
//
//   bench_network [--db FILE | --skus N --locations N --days N] [--bucket week|day]
//                 [--horizon H] [--threads T] [--method auto|NAME] [--origins K] [--profile N]
//                 [--load-only THREADS] [--thorough N]
#include "demo/DemoGenerator.h"
#include "forecast/AutoMethod.h"
#include "forecast/EtsMethod.h"
#include "forecast/MethodRegistry.h"
#include "forecast/NetworkForecaster.h"
#include "forecast/NetworkHistory.h"
#include "forecast/SeriesPipeline.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Stockshift;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dbPath, method = QStringLiteral("auto");
    int skus = 300, locations = 20, days = 730, bucket = 7, horizon = 13, threads = 2, origins = 3,
        profile = 0, loadOnly = 0, thoroughSeries = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        const QString &a = args[i], &v = args[i + 1];
        if (a == QLatin1String("--db"))
            dbPath = v;
        else if (a == QLatin1String("--skus"))
            skus = v.toInt();
        else if (a == QLatin1String("--locations"))
            locations = v.toInt();
        else if (a == QLatin1String("--days"))
            days = v.toInt();
        else if (a == QLatin1String("--bucket"))
            bucket = v == QLatin1String("day") ? 1 : 7;
        else if (a == QLatin1String("--horizon"))
            horizon = v.toInt();
        else if (a == QLatin1String("--threads"))
            threads = v.toInt();
        else if (a == QLatin1String("--method"))
            method = v;
        else if (a == QLatin1String("--origins"))
            origins = v.toInt();
        else if (a == QLatin1String("--profile"))
            profile = v.toInt();
        else if (a == QLatin1String("--load-only"))
            loadOnly = v.toInt();
        else if (a == QLatin1String("--thorough"))
            thoroughSeries = v.toInt();
    }
    QTemporaryDir dir;
    if (dbPath.isEmpty()) {
        dbPath = dir.filePath(QStringLiteral("bench.db"));
        Demo::DemoSettings demo;
        demo.skus = skus;
        demo.locations = locations;
        demo.days = days;
        demo.customers = 100;
        QElapsedTimer t;
        t.start();
        auto written = Demo::DemoGenerator(demo).writeDatabase(dbPath);
        if (!written) {
            std::printf("demo failed: %s\n", qPrintable(written.errorMessage()));
            return 2;
        }
        std::printf("demo: %d SKUs, %d locations, %d days, %lld sales rows, %.1f s (not timed)\n",
                    skus, locations, days, written->salesRows, double(t.elapsed()) / 1000.0);
    }

    if (loadOnly > 0) {
        // Reading the history alone, with `loadOnly` scan threads.
        auto connection = Storage::Connection::open(dbPath);
        Forecast::HistorySettings hs;
        hs.bucketDays = bucket;
        hs.horizon = horizon;
        hs.threads = loadOnly;
        QElapsedTimer t;
        t.start();
        auto history = Forecast::loadNetworkHistory(**connection, hs);
        if (!history)
            return 2;
        std::printf("load-only: %zu series, %d threads, %.2f s, peak RSS %.0f MB\n",
                    history->series.size(), loadOnly, double(t.elapsed()) / 1000.0,
                    double(peakRssKb()) / 1024.0);
        return 0;
    }
    Forecast::NetworkForecastSettings settings;
    settings.databasePath = dbPath;
    settings.bucketDays = bucket;
    settings.horizon = horizon;
    settings.threads = threads;
    settings.method = method;
    settings.origins = origins;
    settings.thoroughSeries = thoroughSeries;
    auto summary = Forecast::runNetworkForecast(settings);
    if (!summary) {
        std::printf("forecast failed: %s\n", qPrintable(summary.errorMessage()));
        return 2;
    }
    std::printf("series,failed,bucket_days,horizon,threads,method,thorough_series,load_s,store_s,"
                "total_s,series_per_s,peak_rss_mb,backtest_mase,backtest_wape\n");
    std::printf("%d,%d,%d,%d,%d,%s,%d,%.2f,%.2f,%.2f,%.0f,%.0f,%.3f,%.1f\n", summary->series,
                summary->failed, bucket, horizon, threads, qPrintable(method), summary->thorough,
                summary->loadSeconds, summary->storeSeconds, summary->seconds,
                summary->series / summary->seconds,
                double(peakRssKb()) / 1024.0, summary->meanBacktestMase, summary->backtestWape);
    QStringList methods;
    for (auto it = summary->methods.cbegin(); it != summary->methods.cend(); ++it)
        methods.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    std::printf("methods: %s\n", qPrintable(methods.join(QStringLiteral(", "))));
    std::printf("cleansed: %d outlier buckets, %d censored buckets\n", summary->outliers,
                summary->censored);

    if (profile > 0) {
        auto connection = Storage::Connection::open(dbPath);
        Forecast::HistorySettings hs;
        hs.bucketDays = bucket;
        hs.horizon = horizon;
        auto history = Forecast::loadNetworkHistory(**connection, hs);
        if (!history)
            return 2;
        const std::size_t step = std::max<std::size_t>(1, history->series.size() / profile);
        std::printf("method,fits,ms_per_fit (one thread, full history, %d-series sample)\n",
                    profile);
        QStringList names = Forecast::methodNames();
        for (const QString &name : names) {
            if (name == QLatin1String("auto"))
                continue;
            QElapsedTimer t;
            t.start();
            int fits = 0;
            for (std::size_t i = 0; i < history->series.size(); i += step) {
                const auto &s = history->series[i];
                const auto context = history->contextFor(s);
                auto m = std::move(Forecast::createMethod(name).value());
                m->setContext(&context);
                const Status ok
                    = m->fit(s.values, Forecast::seasonLengthFor(bucket, int(s.values.size())));
                fits += ok ? 1 : 0;
            }
            std::printf("%s,%d,%.3f\n", qPrintable(name), fits,
                        double(t.nsecsElapsed()) / 1e6 / std::max(fits, 1));
        }
        // The ETS family model by model: where the exponential-smoothing time goes.
        using E = Forecast::EtsSpec::Error;
        using T = Forecast::EtsSpec::Trend;
        using S = Forecast::EtsSpec::Season;
        for (E e : {E::Additive, E::Multiplicative})
            for (T tr : {T::None, T::Additive, T::Damped})
                for (S se : {S::None, S::Additive, S::Multiplicative}) {
                    const Forecast::EtsSpec spec{e, tr, se};
                    QElapsedTimer t;
                    t.start();
                    int fits = 0, tried = 0;
                    for (std::size_t i = 0; i < history->series.size(); i += step) {
                        const auto &s = history->series[i];
                        Forecast::EtsMethod m(spec);
                        ++tried;
                        fits += m.fit(s.values,
                                      Forecast::seasonLengthFor(bucket, int(s.values.size())))
                                    ? 1
                                    : 0;
                    }
                    std::printf("%s,%d/%d,%.3f\n", qPrintable(spec.name()), fits, tried,
                                double(t.nsecsElapsed()) / 1e6 / std::max(tried, 1));
                }
        // What each candidate costs inside the selection: estimated at the first origin, rolled
        // forward, and re-estimated on the whole history (AutoMethod with that candidate alone).
        std::printf("candidate,series,ms_per_series_in_selection\n");
        for (const QString &name : Forecast::methodNames()) {
            if (name == QLatin1String("auto") || name == QLatin1String("comb")
                || name == QLatin1String("ensemble"))
                continue;
            QElapsedTimer t;
            t.start();
            int count = 0;
            for (std::size_t i = 0; i < history->series.size(); i += step, ++count) {
                const auto &s = history->series[i];
                const auto context = history->contextFor(s);
                Forecast::AutoSettings as;
                as.horizon = horizon;
                as.origins = origins;
                as.candidates = {name};
                as.combineBest = 0;
                Forecast::AutoMethod m(as);
                m.setContext(&context);
                (void)m.fit(s.values, Forecast::seasonLengthFor(bucket, int(s.values.size())));
            }
            std::printf("%s,%d,%.3f\n", qPrintable(name), count,
                        double(t.nsecsElapsed()) / 1e6 / std::max(count, 1));
        }
        Forecast::PipelineSettings ps;
        ps.horizon = horizon;
        ps.origins = origins;
        QElapsedTimer t;
        t.start();
        int count = 0;
        for (std::size_t i = 0; i < history->series.size(); i += step, ++count)
            Forecast::runSeriesPipeline(*history, history->series[i], ps);
        std::printf("pipeline(auto),%d,%.3f\n", count, double(t.nsecsElapsed()) / 1e6 / count);
        ps.thorough = false;
        t.restart();
        count = 0;
        for (std::size_t i = 0; i < history->series.size(); i += step, ++count)
            Forecast::runSeriesPipeline(*history, history->series[i], ps);
        std::printf("pipeline(auto, fast set),%d,%.3f\n", count,
                    double(t.nsecsElapsed()) / 1e6 / count);
    }
    return 0;
}
