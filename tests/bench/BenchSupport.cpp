#include "BenchSupport.h"

#include "forecast/AutoMethod.h"
#include "forecast/MethodRegistry.h"
#include "import/CsvReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

namespace Stockshift::Bench {

QString registryName(const QString &method)
{
    if (method == QLatin1String("auto") && !Forecast::methodNames().contains(method))
        return QStringLiteral("comb");
    return method;
}

bool isRegistered(const QString &method)
{
    return Forecast::methodNames().contains(registryName(method));
}

QStringList withRegistered(QStringList base, const QStringList &optional)
{
    for (const QString &name : optional)
        if (Forecast::methodNames().contains(name) && !base.contains(name))
            base.append(name);
    return base;
}

QString ourLabel(const QString &method)
{
    return registryName(method) == method
               ? method + QStringLiteral(", ours")
               : QStringLiteral("%1 (= %2), ours").arg(method, registryName(method));
}

QStringList expandMethods(const QStringList &methods)
{
    QStringList out;
    for (const QString &m : methods) {
        if (m == QLatin1String("all"))
            out += Forecast::methodNames();
        else if (!m.isEmpty())
            out.append(m);
    }
    out.removeDuplicates();
    return out;
}

std::vector<double> naiveForecast(const EvalSeries &series, int horizon)
{
    return std::vector<double>(std::size_t(horizon),
                               series.train.empty() ? 0.0 : series.train.back());
}

namespace {

bool usable(const std::vector<double> &f, int horizon)
{
    if (f.size() < std::size_t(horizon))
        return false;
    for (int k = 0; k < horizon; ++k)
        if (!std::isfinite(f[std::size_t(k)]))
            return false;
    return true;
}

} // namespace

MethodRun runOurMethod(const QString &method, const std::vector<EvalSeries> &series,
                       int seasonLength, int horizon, int threads)
{
    MethodRun run;
    run.method = method;
    run.points.resize(series.size());
    std::vector<char> failed(series.size(), 0);
    std::atomic<std::size_t> next{0};
    QElapsedTimer timer;
    timer.start();
    const auto worker = [&] {
        std::unique_ptr<Forecast::Method> model;
        if (registryName(method) == QLatin1String("auto")) {
            // What forecast-series runs for "auto": selection over the asked horizon.
            model = std::make_unique<Forecast::AutoMethod>(
                Forecast::externalSeriesAutoSettings(horizon));
        } else {
            model = std::move(Forecast::createMethod(registryName(method)).value());
        }
        for (std::size_t i = next++; i < series.size(); i = next++) {
            auto fresh = model->create();
            std::vector<double> f;
            if (fresh->fit(series[i].train, seasonLength))
                f = fresh->forecast(horizon);
            if (!usable(f, horizon)) {
                failed[i] = 1;
                f = naiveForecast(series[i], horizon);
            }
            f.resize(std::size_t(horizon));
            run.points[i] = std::move(f);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::max(1, threads); ++t)
        pool.emplace_back(worker);
    for (auto &t : pool)
        t.join();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (char f : failed)
        run.failures += f;
    return run;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    const QList<QByteArray> parts = file.readAll().simplified().split(' ');
    if (parts.size() < 3)
        return QStringLiteral("n/a");
    return QString::fromLatin1(parts[0] + ' ' + parts[1] + ' ' + parts[2]);
}

PeerOptions peerOptions(const QStringList &args)
{
    PeerOptions options;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--r"))
            options.enabled = true;
        else if (a == QLatin1String("--peer") && value == QLatin1String("r"))
            options.enabled = true;
        else if (a == QLatin1String("--r-methods"))
            options.methods = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--r-out"))
            options.outDir = value;
    }
    return options;
}

std::vector<QStringList> readCsv(const QString &path)
{
    std::vector<QStringList> rows;
    Import::CsvReader reader;
    if (!reader.open(path, Import::Encoding::Utf8, ','))
        return rows;
    while (reader.readRecord()) {
        QStringList row;
        for (std::string_view f : reader.fields())
            row.append(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
        rows.push_back(std::move(row));
    }
    return rows;
}

PeerRun runRPeer(const QString &script, const QString &dataDir, const PeerOptions &options,
                 const QStringList &extraArgs, const QString &tempDir)
{
    PeerRun run;
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty()) {
        run.message = QStringLiteral(
            "Rscript not found on PATH: R's forecast package is not compared (install it with "
            "cmake/install-deps.sh --bench); our figures only.");
        return run;
    }
    run.dir = options.outDir.isEmpty() ? tempDir : options.outDir;
    QDir().mkpath(run.dir);
    QStringList args{QDir(QStringLiteral(STOCKSHIFT_BENCH_R_DIR)).filePath(script),
                     QStringLiteral("--data"), dataDir, QStringLiteral("--out"), run.dir};
    if (!options.methods.isEmpty())
        args << QStringLiteral("--methods") << options.methods.join(QLatin1Char(','));
    args += extraArgs;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_THREAD_LIMIT"})
        env.insert(QString::fromLatin1(name), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    std::fprintf(stderr, "running %s %s\n", qPrintable(rscript),
                 qPrintable(args.join(QLatin1Char(' '))));
    std::fflush(stderr);
    run.loadBefore = loadAverage();
    QElapsedTimer timer;
    timer.start();
    process.start(rscript, args);
    if (!process.waitForStarted(-1)) {
        run.message = QStringLiteral("Rscript could not be started (%1): our figures only.")
                          .arg(process.errorString());
        return run;
    }
    process.waitForFinished(-1);
    run.processSeconds = double(timer.nsecsElapsed()) / 1e9;
    run.loadAfter = loadAverage();
    process.readAllStandardOutput(); // R prints nothing we need on stdout
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.message
            = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 3
                  ? QStringLiteral("R's forecast package is not installed (Debian: "
                                   "r-cran-forecast, or cmake/install-deps.sh --bench): our "
                                   "figures only.")
                  : QStringLiteral("Rscript %1 failed (exit code %2, R's messages above): our "
                                   "figures only.")
                        .arg(script)
                        .arg(process.exitCode());
        return run;
    }
    for (const QStringList &row : readCsv(QDir(run.dir).filePath(QStringLiteral("info.csv")))) {
        if (row.size() < 2)
            continue;
        if (row[0] == QLatin1String("R"))
            run.rVersion = row[1];
        else if (row[0] == QLatin1String("forecast"))
            run.forecastVersion = row[1];
        else if (row[0] == QLatin1String("blas"))
            run.blas = row[1];
    }
    run.ok = true;
    return run;
}

std::vector<PeerTiming> readPeerTimings(const PeerRun &run)
{
    std::vector<PeerTiming> timings;
    const auto rows = readCsv(QDir(run.dir).filePath(QStringLiteral("timings.csv")));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        if (r.size() < 5)
            continue;
        timings.push_back({r[0], r[1], r[2].toInt(), r[3].toInt(), r[4].toDouble()});
    }
    return timings;
}

MethodRun readPeerForecasts(const PeerRun &run, const PeerTiming &timing,
                            const std::vector<EvalSeries> &series, int horizon, int *unknownIds)
{
    QHash<QString, std::vector<double>> byId;
    const QString file = QStringLiteral("forecasts_%1_%2.csv").arg(timing.method, timing.subset);
    const auto rows = readCsv(QDir(run.dir).filePath(file));
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        if (r.size() < 3)
            continue;
        const int h = r[1].toInt();
        bool ok = false;
        const double value = r[2].toDouble(&ok);
        if (h < 1 || h > horizon)
            continue;
        std::vector<double> &f = byId[r[0]];
        if (f.empty())
            f.assign(std::size_t(horizon), std::nan(""));
        f[std::size_t(h - 1)] = ok ? value : std::nan("");
    }
    MethodRun out;
    out.method = QStringLiteral("R ") + timing.method;
    out.seconds = timing.seconds;
    out.points.reserve(series.size());
    int known = 0;
    for (const EvalSeries &s : series) {
        const auto it = byId.constFind(s.id);
        if (it != byId.constEnd()) {
            ++known;
            if (usable(*it, horizon)) {
                out.points.push_back(*it);
                continue;
            }
        }
        ++out.failures;
        out.points.push_back(naiveForecast(s, horizon));
    }
    if (unknownIds)
        *unknownIds = int(byId.size()) - known;
    return out;
}

QString number(double value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("—") : QString::number(value, 'f', decimals);
}

} // namespace Stockshift::Bench
