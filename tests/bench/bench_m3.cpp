// bench_m3: accuracy and speed on the M3 competition data (../shared/data/m3).
//
// For each method and each M3 subset (yearly, quarterly, monthly, other) it fits every training
// series, forecasts the official horizon and scores against the test values:
//   sMAPE = mean over series of mean_h 200·|y − f| / (|y| + |f|)            (Makridakis & Hibon
//   2000) MASE  = mean over series of mean_h |y − f| / mean_t |y(t) − y(t−m)|     (Hyndman &
//   Koehler 2006)
// with m = 1 for yearly and other, 4 quarterly, 12 monthly — the definitions behind the
// recomputed figures in ../shared/data/published. Prints one row per method and subset, the
// overall figures over all 3003 series, and the wall time.
//
//   bench_m3 [--methods theta,ets,comb] [--threads N] [--limit N]
#include "forecast/Combination.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace Stockshift;

namespace {

struct Series
{
    QString id;
    std::vector<double> train, test;
};

std::vector<Series> readSubset(const QString &folder, const QString &name, int limit)
{
    const auto read = [](const QString &path) {
        std::vector<std::pair<QString, std::vector<double>>> rows;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return rows;
        while (!f.atEnd()) {
            const QList<QByteArray> cells = f.readLine().trimmed().split(',');
            if (cells.isEmpty() || cells.first().isEmpty())
                continue;
            std::vector<double> values;
            for (qsizetype i = 1; i < cells.size(); ++i)
                if (!cells[i].isEmpty())
                    values.push_back(cells[i].toDouble());
            rows.emplace_back(QString::fromLatin1(cells.first()), std::move(values));
        }
        return rows;
    };
    const auto train = read(QDir(folder).filePath(QStringLiteral("M3_%1-train.csv").arg(name)));
    const auto test = read(QDir(folder).filePath(QStringLiteral("M3_%1-test.csv").arg(name)));
    std::vector<Series> series;
    for (std::size_t i = 0; i < train.size() && i < test.size(); ++i) {
        if (limit > 0 && int(series.size()) >= limit)
            break;
        series.push_back({train[i].first, train[i].second, test[i].second});
    }
    return series;
}

struct Score
{
    double smape = 0, mase = 0;
    int series = 0, failures = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList methods{QStringLiteral("theta"), QStringLiteral("ets"), QStringLiteral("comb")};
    int threads = 1, limit = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--methods"))
            methods = args[i + 1].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--threads"))
            threads = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--limit"))
            limit = args[i + 1].toInt();
    }
    const QString folder
        = QDir(QStringLiteral(STOCKSHIFT_SHARED_DIR)).filePath(QStringLiteral("data/m3"));
    if (!QFile::exists(QDir(folder).filePath(QStringLiteral("M3_Yearly-train.csv")))) {
        std::printf("M3 data not found in %s (../shared is absent): nothing to measure.\n",
                    qPrintable(folder));
        return 0;
    }
    struct Subset
    {
        const char *name;
        int m, horizon;
    };
    const Subset subsets[]
        = {{"Yearly", 1, 6}, {"Quarterly", 4, 8}, {"Monthly", 12, 18}, {"Other", 1, 8}};
    std::printf("method,subset,series,sMAPE,MASE,failures,seconds\n");
    for (const QString &method : methods) {
        if (!Forecast::createMethod(method)) {
            std::printf("unknown method %s\n", qPrintable(method));
            return 2;
        }
        Score all;
        QElapsedTimer total;
        total.start();
        for (const Subset &subset : subsets) {
            const auto series = readSubset(folder, QString::fromLatin1(subset.name), limit);
            std::vector<double> smape(series.size()), mase(series.size());
            std::vector<char> failed(series.size(), 0);
            std::atomic<std::size_t> next{0};
            QElapsedTimer timer;
            timer.start();
            const auto worker = [&] {
                auto model = std::move(Forecast::createMethod(method).value());
                for (std::size_t i = next++; i < series.size(); i = next++) {
                    const Series &s = series[i];
                    auto fresh = model->create();
                    std::vector<double> f;
                    if (fresh->fit(s.train, subset.m)) {
                        f = fresh->forecast(subset.horizon);
                    } else {
                        failed[i] = 1; // scored with the naive forecast, and counted
                        f.assign(std::size_t(subset.horizon), s.train.back());
                    }
                    double sm = 0, absErr = 0;
                    const std::size_t h
                        = std::min<std::size_t>(std::size_t(subset.horizon), s.test.size());
                    for (std::size_t k = 0; k < h; ++k) {
                        const double denominator = std::abs(s.test[k]) + std::abs(f[k]);
                        sm += denominator > 0 ? 200.0 * std::abs(s.test[k] - f[k]) / denominator
                                              : 0.0;
                        absErr += std::abs(s.test[k] - f[k]);
                    }
                    double scale = 0;
                    const std::size_t m = std::size_t(subset.m);
                    for (std::size_t t = m; t < s.train.size(); ++t)
                        scale += std::abs(s.train[t] - s.train[t - m]);
                    scale /= double(s.train.size() - m);
                    smape[i] = sm / double(h);
                    mase[i] = scale > 0 ? absErr / double(h) / scale : 0.0;
                }
            };
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t)
                pool.emplace_back(worker);
            for (auto &t : pool)
                t.join();
            Score score;
            for (std::size_t i = 0; i < series.size(); ++i) {
                score.smape += smape[i];
                score.mase += mase[i];
                score.failures += failed[i];
            }
            score.series = int(series.size());
            all.smape += score.smape;
            all.mase += score.mase;
            all.series += score.series;
            all.failures += score.failures;
            std::printf("%s,%s,%d,%.3f,%.3f,%d,%.2f\n", qPrintable(method), subset.name,
                        score.series, score.smape / score.series, score.mase / score.series,
                        score.failures, double(timer.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
        std::printf("%s,All,%d,%.3f,%.3f,%d,%.2f\n", qPrintable(method), all.series,
                    all.smape / all.series, all.mase / all.series, all.failures,
                    double(total.elapsed()) / 1000.0);
    }
    return 0;
}
