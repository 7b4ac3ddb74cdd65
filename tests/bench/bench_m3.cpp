// bench_m3: accuracy and speed on the M3 competition data (../shared/data/m3), optionally side by
// side with R's forecast package run on the same machine in the same run.
//
// For each method and each M3 subset (yearly, quarterly, monthly, other) it fits every training
// series, forecasts the official horizon (6, 8, 18, 8) and scores against the test values:
//   sMAPE = mean over series of mean_h 200·|y − f| / (|y| + |f|)        (Makridakis & Hibon 2000)
//   MASE  = mean over series of mean_h |y − f| / mean_t |y(t) − y(t−m)| (Hyndman & Koehler 2006)
// with m = 1 for yearly and other, 4 quarterly, 12 monthly — the definitions behind the
// recomputed figures in ../shared/data/published. "All" is the mean over all 3003 series.
// A series a method cannot fit gets the naive forecast and is counted under "failures".
// Wall time: fit + forecast of every series of a subset (reading and scoring excluded).
//
// With --r (or --peer r) it then runs tests/bench/r/forecast_m3.R through Rscript (from PATH;
// absent: a skip message, our figures only): R's ets, auto.arima and thetaf with their defaults
// on the same training series as ts of the subset's frequency, one thread, wall time per method
// and subset measured inside R around the fit + forecast loop. R writes its forecasts; this
// program scores them with the same scorer as ours. It prints the CSV rows, then one Markdown
// table with our methods, R's methods and the reference figures of ../shared/data/published,
// the speed ratio of our auto (the registry's automatic selection) and of comb (the mean of the
// AICc-selected ETS and Theta) against R's ets, the accuracy target (below Theta's overall
// sMAPE, no frequency worse than Theta) and the load average before and after each side.
//
//   bench_m3 [--methods theta,ets,comb[,auto,arima]|all] [--threads N] [--limit N]
//            [--r | --peer r] [--r-methods ets,auto.arima,thetaf] [--r-out DIR]
// Default methods: theta, ets, comb, and auto and arima when the registry has them. Without a
// registered "auto", --methods auto runs comb (what forecast-series calls auto).
#include "BenchSupport.h"

#include "forecast/MethodRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <map>

using namespace Stockshift;
using Bench::EvalSeries;
using Bench::MethodRun;

namespace {

struct Subset
{
    const char *name;
    int m, horizon;
};
constexpr Subset kSubsets[]
    = {{"Yearly", 1, 6}, {"Quarterly", 4, 8}, {"Monthly", 12, 18}, {"Other", 1, 8}};
constexpr int kSubsetCount = 4;

std::vector<EvalSeries> readSubset(const QString &folder, const QString &name, int limit)
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
    std::vector<EvalSeries> series;
    for (std::size_t i = 0; i < train.size() && i < test.size(); ++i) {
        if (limit > 0 && int(series.size()) >= limit)
            break;
        series.push_back({train[i].first, train[i].second, test[i].second});
    }
    return series;
}

struct Score
{
    double smape = 0, mase = 0; ///< sums over series until finished, then means
    int series = 0, failures = 0;
    double seconds = 0;
};

/// The one scorer, for our forecasts and R's alike.
Score score(const std::vector<EvalSeries> &series, const MethodRun &run, const Subset &subset)
{
    Score score;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const EvalSeries &s = series[i];
        const std::vector<double> &f = run.points[i];
        const std::size_t h = std::min<std::size_t>(std::size_t(subset.horizon), s.test.size());
        double sm = 0, absErr = 0;
        for (std::size_t k = 0; k < h; ++k) {
            const double denominator = std::abs(s.test[k]) + std::abs(f[k]);
            sm += denominator > 0 ? 200.0 * std::abs(s.test[k] - f[k]) / denominator : 0.0;
            absErr += std::abs(s.test[k] - f[k]);
        }
        double scale = 0;
        const std::size_t m = std::size_t(subset.m);
        for (std::size_t t = m; t < s.train.size(); ++t)
            scale += std::abs(s.train[t] - s.train[t - m]);
        scale /= double(s.train.size() - m);
        score.smape += sm / double(h);
        score.mase += scale > 0 ? absErr / double(h) / scale : 0.0;
    }
    score.series = int(series.size());
    score.failures = run.failures;
    score.seconds = run.seconds;
    return score;
}

struct Row
{
    QString label;
    Score subsets[kSubsetCount];
    Score all;
    bool timed = true;
};

void addSubset(Row *row, int index, const Score &s)
{
    row->subsets[index] = s;
    row->subsets[index].smape = s.smape / std::max(1, s.series);
    row->subsets[index].mase = s.mase / std::max(1, s.series);
    row->all.smape += s.smape;
    row->all.mase += s.mase;
    row->all.series += s.series;
    row->all.failures += s.failures;
    row->all.seconds += s.seconds;
}

void finish(Row *row)
{
    row->all.smape /= std::max(1, row->all.series);
    row->all.mase /= std::max(1, row->all.series);
}

void printCsv(const QString &method, const char *subset, const Score &s)
{
    std::printf("%s,%s,%d,%.3f,%.3f,%d,%.2f\n", qPrintable(method), subset, s.series, s.smape,
                s.mase, s.failures, s.seconds);
    std::fflush(stdout);
}

/// Reference figures of ../shared/data/published: (method, subset) → (sMAPE, MASE).
struct Reference
{
    QString label;
    double smape[kSubsetCount + 1], mase[kSubsetCount + 1];
};

std::vector<Reference> readReferences(const QString &publishedDir)
{
    std::vector<Reference> refs;
    const double nan = std::nan("");
    // Per frequency, recomputed from the original M3 submissions.
    const auto recomputed = Bench::readCsv(
        QDir(publishedDir).filePath(QStringLiteral("m3_recomputed_from_original_forecasts.csv")));
    for (const char *method : {"THETA", "ForecastPro", "ForcX"}) {
        Reference ref{QStringLiteral("%1 (M3 submission, recomputed)").arg(QLatin1String(method)),
                      {nan, nan, nan, nan, nan},
                      {nan, nan, nan, nan, nan}};
        bool any = false;
        for (std::size_t i = 1; i < recomputed.size(); ++i) {
            const QStringList &r = recomputed[i];
            if (r.size() < 5 || r[0] != QLatin1String(method))
                continue;
            int index = kSubsetCount;
            for (int k = 0; k < kSubsetCount; ++k)
                if (r[1] == QLatin1String(kSubsets[k].name))
                    index = k;
            if (index == kSubsetCount && r[1] != QLatin1String("All"))
                continue;
            ref.smape[index] = r[3].toDouble();
            ref.mase[index] = r[4].toDouble();
            any = true;
        }
        if (any)
            refs.push_back(ref);
    }
    // Overall only: the published Theta figure and Hyndman's recomputed R forecast figures.
    const auto overall
        = Bench::readCsv(QDir(publishedDir).filePath(QStringLiteral("m3_published_overall.csv")));
    for (std::size_t i = 1; i < overall.size(); ++i) {
        const QStringList &r = overall[i];
        if (r.size() < 5)
            continue;
        Reference ref{QString(), {nan, nan, nan, nan, nan}, {nan, nan, nan, nan, nan}};
        if (r[0] == QLatin1String("Theta") && !r[1].isEmpty()) {
            ref.label = QStringLiteral("Theta (published, Makridakis & Hibon 2000)");
            ref.smape[kSubsetCount] = r[1].toDouble();
        } else if (r[0].startsWith(QLatin1String("ETS"))
                   || r[0].startsWith(QLatin1String("AutoARIMA"))
                   || r[0].startsWith(QLatin1String("Hybrid"))) {
            ref.label = QStringLiteral("%1, recomputed by Hyndman (Mcomp)").arg(r[0]);
            ref.smape[kSubsetCount] = r[2].toDouble();
            ref.mase[kSubsetCount] = r[4].toDouble();
        } else {
            continue;
        }
        refs.push_back(ref);
    }
    return refs;
}

QString cell(double smape, double mase)
{
    return QStringLiteral("%1 / %2").arg(Bench::number(smape, 2), Bench::number(mase, 3));
}

void printTable(const std::vector<Row> &rows, const std::vector<Reference> &refs, int allSeries)
{
    std::printf("\n| method | Yearly | Quarterly | Monthly | Other | All %d | failures | wall time "
                "Y / Q / M / O (s) | wall time, all (s) |\n",
                allSeries);
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    for (const Row &row : rows) {
        QString line = QStringLiteral("| %1 |").arg(row.label);
        for (const Score &s : row.subsets)
            line += QStringLiteral(" %1 |").arg(cell(s.smape, s.mase));
        line += QStringLiteral(" %1 | %2 | %3 |")
                    .arg(cell(row.all.smape, row.all.mase))
                    .arg(row.all.failures)
                    .arg(QStringLiteral("%1 / %2 / %3 / %4")
                             .arg(Bench::number(row.subsets[0].seconds, 2),
                                  Bench::number(row.subsets[1].seconds, 2),
                                  Bench::number(row.subsets[2].seconds, 2),
                                  Bench::number(row.subsets[3].seconds, 2)));
        line += QStringLiteral(" %1 |").arg(Bench::number(row.all.seconds, 2));
        std::printf("%s\n", qPrintable(line));
    }
    for (const Reference &ref : refs) {
        QString line = QStringLiteral("| %1 |").arg(ref.label);
        for (int k = 0; k <= kSubsetCount; ++k)
            line += QStringLiteral(" %1 |").arg(cell(ref.smape[k], ref.mase[k]));
        line += QStringLiteral(" — | — | — |");
        std::printf("%s\n", qPrintable(line));
    }
}

const Row *findRow(const std::vector<Row> &rows, const QString &label)
{
    for (const Row &row : rows)
        if (row.label == label)
            return &row;
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList methods = Bench::withRegistered(
        {QStringLiteral("theta"), QStringLiteral("ets"), QStringLiteral("comb")},
        {QStringLiteral("auto"), QStringLiteral("arima")});
    int threads = 1, limit = 0;
    const QStringList args = app.arguments();
    const bool validation = args.contains(QLatin1String("--validation"));
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
    const QString folder = shared.filePath(QStringLiteral("data/m3"));
    if (!QFile::exists(QDir(folder).filePath(QStringLiteral("M3_Yearly-train.csv")))) {
        std::printf("M3 data not found in %s (../shared is absent): nothing to measure.\n",
                    qPrintable(folder));
        return 0;
    }
    for (const QString &method : methods) {
        if (!Bench::isRegistered(method)) {
            std::printf("unknown method %s\n", qPrintable(method));
            return 2;
        }
    }
    std::vector<EvalSeries> data[kSubsetCount];
    for (int k = 0; k < kSubsetCount; ++k)
        data[k] = readSubset(folder, QString::fromLatin1(kSubsets[k].name), limit);
    if (validation) {
        // The last horizon of each training series becomes the test: settings are chosen here,
        // never on the M3 test values.
        for (int k = 0; k < kSubsetCount; ++k) {
            for (EvalSeries &s : data[k]) {
                const auto h = std::size_t(kSubsets[k].horizon);
                s.test.assign(s.train.end() - std::ptrdiff_t(h), s.train.end());
                s.train.resize(s.train.size() - h);
            }
        }
        std::printf("validation: the last horizon of each training series is the test\n");
    }

    std::vector<Row> rows;
    std::printf("method,subset,series,sMAPE,MASE,failures,seconds\n");
    const QString oursLoadBefore = Bench::loadAverage();
    for (const QString &method : methods) {
        Row row;
        row.label = Bench::ourLabel(method);
        for (int k = 0; k < kSubsetCount; ++k) {
            const MethodRun run
                = Bench::runOurMethod(method, data[k], kSubsets[k].m, kSubsets[k].horizon, threads);
            const Score s = score(data[k], run, kSubsets[k]);
            addSubset(&row, k, s);
            printCsv(method, kSubsets[k].name, row.subsets[k]);
        }
        finish(&row);
        printCsv(method, "All", row.all);
        rows.push_back(row);
    }
    const QString oursLoadAfter = Bench::loadAverage();

    Bench::PeerRun rRun;
    if (peer.enabled) {
        QTemporaryDir temp;
        QStringList extra;
        if (limit > 0)
            extra << QStringLiteral("--limit") << QString::number(limit);
        rRun = Bench::runRPeer(QStringLiteral("forecast_m3.R"), folder, peer, extra, temp.path());
        if (!rRun.ok) {
            std::printf("R peer skipped: %s\n", qPrintable(rRun.message));
        } else {
            std::map<QString, Row> byMethod;
            QStringList order;
            for (const Bench::PeerTiming &t : Bench::readPeerTimings(rRun)) {
                int index = -1;
                for (int k = 0; k < kSubsetCount; ++k)
                    if (t.subset == QLatin1String(kSubsets[k].name))
                        index = k;
                if (index < 0)
                    continue;
                if (!order.contains(t.method)) {
                    order.append(t.method);
                    byMethod[t.method].label = QStringLiteral("R ") + t.method;
                }
                int unknown = 0;
                const MethodRun run = Bench::readPeerForecasts(rRun, t, data[index],
                                                               kSubsets[index].horizon, &unknown);
                if (unknown > 0)
                    std::printf("note: R %s %s wrote forecasts for %d unknown series ids\n",
                                qPrintable(t.method), qPrintable(t.subset), unknown);
                Row &row = byMethod[t.method];
                addSubset(&row, index, score(data[index], run, kSubsets[index]));
                printCsv(run.method, kSubsets[index].name, row.subsets[index]);
            }
            for (const QString &m : order) {
                Row &row = byMethod[m];
                finish(&row);
                printCsv(row.label, "All", row.all);
                rows.push_back(row);
            }
        }
    }

    int allSeries = 0;
    for (const auto &d : data)
        allSeries += int(d.size());
    const auto refs = readReferences(shared.filePath(QStringLiteral("data/published")));
    printTable(rows, refs, allSeries);
    if (limit > 0)
        std::printf("\n(--limit %d: the first %d series of each subset; the reference rows are "
                    "over all 3003 series)\n",
                    limit, limit);

    // Speed and the accuracy target, for our automatic selection (auto) and for comb.
    std::printf("\n");
    const Row *rEts = findRow(rows, QStringLiteral("R ets"));
    const Reference *theta = nullptr;
    for (const Reference &ref : refs)
        if (ref.label.startsWith(QLatin1String("THETA")))
            theta = &ref;
    for (const QString &method : {QStringLiteral("auto"), QStringLiteral("comb")}) {
        const Row *ours = findRow(rows, Bench::ourLabel(method));
        if (!ours)
            continue;
        const QString name = Bench::ourLabel(method).chopped(int(qstrlen(", ours")));
        if (rEts && ours->all.seconds > 0 && ours->subsets[2].seconds > 0)
            std::printf("speed, %d thread(s) ours, 1 R: %s %.2f s vs R ets %.2f s on all %d "
                        "series = %.1fx (target: at least 20x); monthly %d series: %.2f s vs "
                        "%.2f s = %.1fx\n",
                        threads, qPrintable(name), ours->all.seconds, rEts->all.seconds,
                        ours->all.series, rEts->all.seconds / ours->all.seconds,
                        ours->subsets[2].series, ours->subsets[2].seconds, rEts->subsets[2].seconds,
                        rEts->subsets[2].seconds / ours->subsets[2].seconds);
        if (theta && limit == 0) {
            QStringList worse;
            for (int k = 0; k < kSubsetCount; ++k)
                if (ours->subsets[k].smape > theta->smape[k])
                    worse << QStringLiteral("%1 (%2 > %3)")
                                 .arg(QLatin1String(kSubsets[k].name),
                                      Bench::number(ours->subsets[k].smape, 2),
                                      Bench::number(theta->smape[k], 2));
            std::printf("accuracy target, %s: overall sMAPE %.2f vs Theta %.2f: %s; frequencies "
                        "worse than Theta: %s\n",
                        qPrintable(name), ours->all.smape, theta->smape[kSubsetCount],
                        ours->all.smape < theta->smape[kSubsetCount] ? "below" : "NOT below",
                        worse.isEmpty() ? "none" : qPrintable(worse.join(QStringLiteral(", "))));
        }
    }
    std::printf("load average (1/5/15 min): ours before %s, after %s", qPrintable(oursLoadBefore),
                qPrintable(oursLoadAfter));
    if (rRun.ok)
        std::printf("; R before %s, after %s", qPrintable(rRun.loadBefore),
                    qPrintable(rRun.loadAfter));
    std::printf("\n");
    if (rRun.ok)
        std::printf("R: %s, forecast %s, BLAS %s; Rscript process %.1f s in all (package loading "
                    "and file writing included)\n",
                    qPrintable(rRun.rVersion), qPrintable(rRun.forecastVersion),
                    qPrintable(rRun.blas), rRun.processSeconds);
    return 0;
}
