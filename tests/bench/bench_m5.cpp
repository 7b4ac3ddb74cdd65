// bench_m5: daily retail demand — the regression model against the univariate methods on the 10
// Walmart item × store series of ../shared/data/m5_subset (M5 layout: d_1 … d_1913 sales, the
// full calendar with events and SNAP days, weekly sell prices).
//
// Protocol. Horizon H = 28 days (the M5 horizon). Windows are defined by their origin o (the
// number of training days, 0-based index of the first forecast day):
//   test:        o = 1801, 1829, 1857, 1885 — four rolling origins over the last 112 days;
//                the "single holdout" is the last one, o = 1885 (days d_1886 … d_1913);
//   validation:  o = 1689, 1717, 1745, 1773 — the four windows just before the test windows
//                (--origins N: the N windows before them, e.g. 12 for o = 1465 … 1773).
// Each method is fitted afresh at every origin on y[0, o) with season length 7 (the regression
// ignores it: it has the calendar), forecasts H days, and the forecast is cut at 0. The
// univariate methods know nothing of closures, so, as SeriesPipeline does, their forecast is
// multiplied by the open share of the day (0 on Christmas Day); the regression handles closures
// itself. A method that fails on a window gets the naive forecast there, counted as a failure.
// The regression's defaults (RegressionOptions) were tuned on validation windows only
// (--windows validation --origins 12, o = 1465 … 1773, all before the test windows): the dynamic
// level's discount, the ridge (fixed vs. chosen by QAIC), the Fourier ridge, the half-life, the
// level steps (dropped) and the zero-run test. The test windows were run once with the chosen
// defaults, and nothing was changed after that.
//
// SeriesContext per series (known in advance in M5: calendar and prices cover the horizon):
//   "holiday"  national events (calendar type National) except Christmas;
//   "event"    cultural events; "religious" religious events; "sporting" sporting events;
//   "closure"  Christmas Day (Walmart stores are closed: every series sells 0 on d_331, d_697 …);
//   "snap"     the SNAP day flag of the series' state (snap_CA / snap_TX / snap_WI);
//   "price"    the weekly sell price of the item in the store (by wm_yr_wk; NaN when not listed).
//
// Metrics (per series and window, then the mean over series and windows):
//   RMSSE = sqrt( mean_h (y − f)² / scale ), scale = mean_t (y(t) − y(t−1))² over the training
//           days from the first non-zero sale on (Makridakis, Spiliotis & Assimakopoulos, "The M5
//           competition", IJF 2022, eq. 1); wRMSSE = the same weighted by each series' dollar
//           sales over the last 28 training days (the M5 level-12 weights, restricted to these
//           10 series);
//   MAE   = mean_h |y − f|;  WAPE = Σ|y − f| / Σ y over all series, days and windows.
// Wall time: fit + forecast of all series at all origins of the table (reading and scoring
// excluded), one thread unless --threads.
// The published M5 figures (../shared/data/published/m5_accuracy_key.csv) are WRMSSE over
// 30,490 series on the official evaluation days d_1942 … d_1969 (not in this subset); they are
// printed beside ours for orientation only.
//
//   bench_m5 [--methods regression,naive,…] [--windows test|validation] [--origins 4]
//            [--threads N]
//            [--reg ridge=1,levelRidge=…,levelStep=28,halfLife=365,fourier=3,damping=0.98,…]
//            [--per-series] [--drop price,snap,… (leave regressors out: ablation)]
//            [--explain SERIES_ID_PREFIX (forecasts and parameters of one series, to stderr)]
#include "common/Days.h"
#include "forecast/MethodRegistry.h"
#include "forecast/RegressionMethod.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <thread>

using namespace Stockshift;

namespace {

constexpr int kHorizon = 28;

struct CalendarDay
{
    int day = 0; // Days number
    int week = 0;
    QStringList eventNames, eventTypes;
    int snapCa = 0, snapTx = 0, snapWi = 0;
};

struct Series
{
    QString id, item, store, state;
    std::vector<double> y;
    Forecast::SeriesContext context;
    const std::vector<double> *closure = nullptr;
    std::vector<double> price;
};

QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    for (QByteArray &l : lines)
        l = l.trimmed();
    lines.removeAll(QByteArray());
    return lines;
}

std::vector<CalendarDay> readCalendar(const QString &path)
{
    std::vector<CalendarDay> days;
    const QList<QByteArray> lines = readLines(path);
    // date,wm_yr_wk,weekday,wday,month,year,d,event_name_1,event_type_1,event_name_2,
    // event_type_2,snap_CA,snap_TX,snap_WI
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> c = lines[i].split(',');
        if (c.size() < 14)
            continue;
        CalendarDay d;
        d.day = Days::fromDate(QDate::fromString(QString::fromLatin1(c[0]), Qt::ISODate));
        d.week = c[1].toInt();
        for (int k : {7, 9})
            if (!c[k].isEmpty()) {
                d.eventNames.append(QString::fromUtf8(c[k]));
                d.eventTypes.append(QString::fromUtf8(c[k + 1]));
            }
        d.snapCa = c[11].toInt();
        d.snapTx = c[12].toInt();
        d.snapWi = c[13].toInt();
        days.push_back(d);
    }
    return days;
}

struct Score
{
    double rmsse = 0, wrmsse = 0, absError = 0, actual = 0, mae = 0;
    int cells = 0, failures = 0;
};

struct MethodResult
{
    QString method;
    Score single, rolling;
    double singleSeconds = 0, rollingSeconds = 0;
    std::vector<double> perSeriesRmsse; // rolling mean per series
    std::vector<double> cellRmsse;      // per window and series, for the paired comparison
};

Forecast::RegressionOptions parseRegressionOptions(const QString &text, bool *ok)
{
    Forecast::RegressionOptions o;
    *ok = true;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = pair.split(QLatin1Char('='));
        if (kv.size() != 2) {
            *ok = false;
            continue;
        }
        const QString &k = kv[0];
        const double v = kv[1].toDouble();
        if (k == QLatin1String("ridge"))
            o.ridge = v;
        else if (k == QLatin1String("weekdayRidge"))
            o.weekdayRidge = v;
        else if (k == QLatin1String("levelRidge"))
            o.levelRidge = v;
        else if (k == QLatin1String("levelStep"))
            o.levelStepDays = int(v);
        else if (k == QLatin1String("halfLife"))
            o.halfLifeDays = v;
        else if (k == QLatin1String("fourier"))
            o.fourierOrder = int(v);
        else if (k == QLatin1String("fourierRidge"))
            o.fourierRidge = v;
        else if (k == QLatin1String("damping"))
            o.trendDampingPerDay = v;
        else if (k == QLatin1String("zeroRunAlpha"))
            o.zeroRunAlpha = v;
        else if (k == QLatin1String("levelDiscount"))
            o.levelDiscountPerDay = v;
        else
            *ok = false;
    }
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList methods{QStringLiteral("regression"), QStringLiteral("naive"),
                        QStringLiteral("snaive"),     QStringLiteral("ses"),
                        QStringLiteral("ets"),        QStringLiteral("theta"),
                        QStringLiteral("comb"),       QStringLiteral("croston"),
                        QStringLiteral("sba"),        QStringLiteral("tsb")};
    if (Forecast::methodNames().contains(QStringLiteral("arima")))
        methods.append(QStringLiteral("arima"));
    bool validation = false, perSeries = false, regOk = true;
    int threads = 1, windows = 4;
    QStringList dropped; // regressors left out of the context (ablation)
    QString explain;     // series id prefix: print forecasts and parameters (stderr)
    Forecast::RegressionOptions regOptions;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--methods") && hasValue)
            methods = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--windows") && hasValue)
            validation = args[++i] == QLatin1String("validation");
        else if (args[i] == QLatin1String("--origins") && hasValue)
            windows = std::clamp(args[++i].toInt(), 1, 40);
        else if (args[i] == QLatin1String("--threads") && hasValue)
            threads = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--reg") && hasValue)
            regOptions = parseRegressionOptions(args[++i], &regOk);
        else if (args[i] == QLatin1String("--per-series"))
            perSeries = true;
        else if (args[i] == QLatin1String("--explain") && hasValue)
            explain = args[++i];
        else if (args[i] == QLatin1String("--drop") && hasValue)
            dropped = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (!regOk) {
        std::printf("bad --reg options\n");
        return 2;
    }
    const QDir folder(QDir(QStringLiteral(STOCKSHIFT_SHARED_DIR)).filePath(QStringLiteral("data")));
    const QString salesPath
        = folder.filePath(QStringLiteral("m5_subset/sales_train_validation_10series.csv"));
    if (!QFile::exists(salesPath)) {
        std::printf("M5 data not found in %s (../shared is absent): nothing to measure.\n",
                    qPrintable(folder.filePath(QStringLiteral("m5_subset"))));
        return 0;
    }
    for (const QString &m : methods)
        if (!Forecast::createMethod(m)) {
            std::printf("unknown method %s\n", qPrintable(m));
            return 2;
        }

    const std::vector<CalendarDay> calendar
        = readCalendar(folder.filePath(QStringLiteral("m5_subset/calendar.csv")));
    const int calendarDays = int(calendar.size());
    // Prices: (store, item) → week → price.
    QHash<QString, std::map<int, double>> prices;
    {
        const QList<QByteArray> lines
            = readLines(folder.filePath(QStringLiteral("m5_subset/sell_prices_subset.csv")));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> c = lines[i].split(',');
            if (c.size() < 4)
                continue;
            prices[QString::fromLatin1(c[0] + '|' + c[1])][c[2].toInt()] = c[3].toDouble();
        }
    }
    // Calendar regressors shared by every series (over the whole calendar: history + future).
    const auto flag = [&](auto predicate) {
        std::vector<double> v(std::size_t(calendarDays), 0.0);
        for (int t = 0; t < calendarDays; ++t)
            v[std::size_t(t)] = predicate(calendar[std::size_t(t)]) ? 1.0 : 0.0;
        return v;
    };
    const auto hasType = [](const CalendarDay &d, const char *type) {
        for (qsizetype k = 0; k < d.eventTypes.size(); ++k)
            if (d.eventTypes[k] == QLatin1String(type)
                && d.eventNames[k] != QLatin1String("Christmas"))
                return true;
        return false;
    };
    const std::vector<double> closure = flag(
        [](const CalendarDay &d) { return d.eventNames.contains(QStringLiteral("Christmas")); });
    const std::vector<double> holiday
        = flag([&](const CalendarDay &d) { return hasType(d, "National"); });
    const std::vector<double> cultural
        = flag([&](const CalendarDay &d) { return hasType(d, "Cultural"); });
    const std::vector<double> religious
        = flag([&](const CalendarDay &d) { return hasType(d, "Religious"); });
    const std::vector<double> sporting
        = flag([&](const CalendarDay &d) { return hasType(d, "Sporting"); });

    std::vector<Series> series;
    {
        const QList<QByteArray> lines = readLines(salesPath);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> c = lines[i].split(',');
            if (c.size() < 7)
                continue;
            Series s;
            s.id = QString::fromLatin1(c[0]);
            s.item = QString::fromLatin1(c[1]);
            s.store = QString::fromLatin1(c[4]);
            s.state = QString::fromLatin1(c[5]);
            for (qsizetype k = 6; k < c.size(); ++k)
                s.y.push_back(c[k].toDouble());
            s.context.bucketDays = 1;
            s.context.firstDay = calendar.front().day;
            const auto snap = flag([&](const CalendarDay &d) {
                return s.state == QLatin1String("CA")   ? d.snapCa != 0
                       : s.state == QLatin1String("TX") ? d.snapTx != 0
                                                        : d.snapWi != 0;
            });
            const std::map<int, double> &weekly = prices[s.store + QLatin1Char('|') + s.item];
            s.price.assign(std::size_t(calendarDays), std::nan(""));
            for (int t = 0; t < calendarDays; ++t)
                if (const auto it = weekly.find(calendar[std::size_t(t)].week); it != weekly.end())
                    s.price[std::size_t(t)] = it->second;
            s.context.regressors
                = {{QStringLiteral("holiday"), holiday},     {QStringLiteral("event"), cultural},
                   {QStringLiteral("religious"), religious}, {QStringLiteral("sporting"), sporting},
                   {QStringLiteral("closure"), closure},     {QStringLiteral("snap"), snap},
                   {QStringLiteral("price"), s.price}};
            std::erase_if(s.context.regressors, [&](const Forecast::SeriesContext::Regressor &r) {
                return dropped.contains(r.name) && r.name != QLatin1String("closure");
            });
            series.push_back(std::move(s));
        }
    }
    for (Series &s : series)
        s.closure = &s.context.find(QStringLiteral("closure"))->values;

    const int n = int(series.front().y.size());
    // Test: the last `windows` windows; validation: the `windows` windows before the test ones.
    std::vector<int> origins;
    const int lastOrigin = n - kHorizon - (validation ? 4 * kHorizon : 0);
    for (int k = windows - 1; k >= 0; --k)
        origins.push_back(lastOrigin - k * kHorizon);
    std::printf("M5 subset: %zu series, %d days, %s windows, origins", series.size(), n,
                validation ? "validation" : "test");
    for (int o : origins)
        std::printf(" %d (d_%d-d_%d)", o, o + 1, o + kHorizon);
    std::printf(
        "\nregression options: ridge=%g weekdayRidge=%g levelRidge=%g levelStep=%d halfLife=%g "
        "fourier=%d fourierRidge=%g damping=%g zeroRunAlpha=%g levelDiscount=%g\n\n",
        regOptions.ridge, regOptions.weekdayRidge, regOptions.levelRidge, regOptions.levelStepDays,
        regOptions.halfLifeDays, regOptions.fourierOrder, regOptions.fourierRidge,
        regOptions.trendDampingPerDay, regOptions.zeroRunAlpha, regOptions.levelDiscountPerDay);

    // M5 level-12 weights: dollar sales over the last 28 training days of each origin.
    const auto weightsAt = [&](int origin) {
        std::vector<double> w(series.size(), 0.0);
        double total = 0;
        for (std::size_t i = 0; i < series.size(); ++i) {
            for (int t = origin - 28; t < origin; ++t) {
                const double p = series[i].price[std::size_t(t)];
                w[i] += series[i].y[std::size_t(t)] * (std::isfinite(p) ? p : 0.0);
            }
            total += w[i];
        }
        for (double &v : w)
            v = total > 0 ? v / total : 1.0 / double(series.size());
        return w;
    };

    std::vector<MethodResult> results;
    for (const QString &method : methods) {
        MethodResult result;
        result.method = method;
        // Task = (origin, series); forecasts by task.
        const std::size_t tasks = origins.size() * series.size();
        std::vector<std::vector<double>> forecasts(tasks);
        std::vector<char> failed(tasks, 0);
        std::vector<double> seconds(origins.size(), 0.0);
        for (std::size_t w = 0; w < origins.size(); ++w) {
            std::atomic<std::size_t> next{0};
            QElapsedTimer timer;
            timer.start();
            const auto worker = [&] {
                for (std::size_t i = next++; i < series.size(); i = next++) {
                    const Series &s = series[i];
                    const int o = origins[w];
                    std::unique_ptr<Forecast::Method> model;
                    if (method == QLatin1String("regression"))
                        model = std::make_unique<Forecast::RegressionMethod>(regOptions);
                    else
                        model = std::move(Forecast::createMethod(method).value());
                    model->setContext(&s.context);
                    const std::span<const double> train = std::span(s.y).first(std::size_t(o));
                    std::vector<double> f;
                    if (model->fit(train, 7))
                        f = model->forecast(kHorizon);
                    bool ok = f.size() == std::size_t(kHorizon);
                    for (double v : f)
                        ok = ok && std::isfinite(v);
                    if (!ok) {
                        failed[w * series.size() + i] = 1;
                        f.assign(std::size_t(kHorizon), train.back());
                    }
                    const bool knowsClosures = method == QLatin1String("regression");
                    for (int h = 0; h < kHorizon; ++h) {
                        double &v = f[std::size_t(h)];
                        v = std::max(v, 0.0);
                        if (!knowsClosures)
                            v *= 1.0 - (*s.closure)[std::size_t(o + h)];
                    }
                    if (!explain.isEmpty() && s.id.startsWith(explain)) {
                        std::string line;
                        for (int h = 0; h < kHorizon; ++h)
                            line += QStringLiteral(" %1/%2")
                                        .arg(f[std::size_t(h)], 0, 'f', 2)
                                        .arg(s.y[std::size_t(o + h)])
                                        .toStdString();
                        std::fprintf(stderr, "%s o=%d forecast/actual:%s\n%s\n", qPrintable(method),
                                     o, line.c_str(),
                                     QJsonDocument(model->parameters())
                                         .toJson(QJsonDocument::Compact)
                                         .constData());
                    }
                    forecasts[w * series.size() + i] = std::move(f);
                }
            };
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t)
                pool.emplace_back(worker);
            for (auto &t : pool)
                t.join();
            seconds[w] = double(timer.elapsed()) / 1000.0;
        }

        result.perSeriesRmsse.assign(series.size(), 0.0);
        for (std::size_t w = 0; w < origins.size(); ++w) {
            const int o = origins[w];
            const std::vector<double> weights = weightsAt(o);
            Score window;
            for (std::size_t i = 0; i < series.size(); ++i) {
                const Series &s = series[i];
                const std::vector<double> &f = forecasts[w * series.size() + i];
                int first = 0;
                while (first < o && s.y[std::size_t(first)] == 0)
                    ++first;
                double scale = 0;
                int count = 0;
                for (int t = first + 1; t < o; ++t, ++count)
                    scale += std::pow(s.y[std::size_t(t)] - s.y[std::size_t(t - 1)], 2);
                scale = count > 0 ? scale / count : 0.0;
                double sq = 0, abs = 0, actual = 0;
                for (int h = 0; h < kHorizon; ++h) {
                    const double e = s.y[std::size_t(o + h)] - f[std::size_t(h)];
                    sq += e * e;
                    abs += std::abs(e);
                    actual += s.y[std::size_t(o + h)];
                }
                const double rmsse = scale > 0 ? std::sqrt(sq / kHorizon / scale) : 0.0;
                window.rmsse += rmsse;
                window.wrmsse += weights[i] * rmsse;
                window.absError += abs;
                window.actual += actual;
                window.mae += abs / kHorizon;
                window.failures += failed[w * series.size() + i];
                ++window.cells;
                result.perSeriesRmsse[i] += rmsse / double(origins.size());
                result.cellRmsse.push_back(rmsse);
            }
            Score &r = result.rolling;
            r.rmsse += window.rmsse;
            r.wrmsse += window.wrmsse;
            r.absError += window.absError;
            r.actual += window.actual;
            r.mae += window.mae;
            r.cells += window.cells;
            r.failures += window.failures;
            result.rollingSeconds += seconds[w];
            if (w + 1 == origins.size()) {
                result.single = window;
                result.singleSeconds = seconds[w];
            }
        }
        std::fprintf(stderr, "%s done (%.1f s)\n", qPrintable(method), result.rollingSeconds);
        results.push_back(std::move(result));
    }

    const auto row = [](const char *label, const QString &method, const Score &s, int windowCount,
                        double secs) {
        std::printf("%-12s %-10s %7.4f %7.4f %7.3f %7.3f %4d %8.2f\n", label, qPrintable(method),
                    s.rmsse / s.cells, s.wrmsse / windowCount, s.mae / s.cells,
                    s.actual > 0 ? s.absError / s.actual : 0.0, s.failures, secs);
    };
    std::printf("%-12s %-10s %7s %7s %7s %7s %4s %8s\n", "table", "method", "RMSSE", "wRMSSE",
                "MAE", "WAPE", "fail", "seconds");
    for (const MethodResult &r : results)
        row("single", r.method, r.single, 1, r.singleSeconds);
    std::printf("\n");
    for (const MethodResult &r : results)
        row(qPrintable(QStringLiteral("rolling(%1)").arg(origins.size())), r.method, r.rolling,
            int(origins.size()), r.rollingSeconds);

    // Paired: the regression against each method on the same series and windows — how often it
    // is better, and the mean RMSSE difference with its standard error (cells are not fully
    // independent: the same series recurs in every window).
    const auto reference = std::find_if(results.begin(), results.end(), [](const MethodResult &r) {
        return r.method == QLatin1String("regression");
    });
    if (reference != results.end() && results.size() > 1) {
        std::printf("\nregression vs method, rolling windows (%zu series x windows): better in, "
                    "mean RMSSE difference (regression - method) +- standard error\n",
                    reference->cellRmsse.size());
        for (const MethodResult &r : results) {
            if (&r == &*reference)
                continue;
            int better = 0, ties = 0;
            double sum = 0, sumSq = 0;
            const std::size_t cells = r.cellRmsse.size();
            for (std::size_t c = 0; c < cells; ++c) {
                const double d = reference->cellRmsse[c] - r.cellRmsse[c];
                better += d < -1e-12;
                ties += std::abs(d) <= 1e-12;
                sum += d;
                sumSq += d * d;
            }
            const double mean = sum / double(cells);
            const double sd
                = std::sqrt(std::max(sumSq / double(cells) - mean * mean, 0.0) * double(cells)
                            / double(std::max<std::size_t>(cells - 1, 1)));
            std::printf("  vs %-10s better in %3d of %zu (ties %d), difference %+.4f +- %.4f\n",
                        qPrintable(r.method), better, cells, ties, mean,
                        sd / std::sqrt(double(cells)));
        }
    }

    if (perSeries) {
        std::printf("\nrolling RMSSE per series\n%-32s", "series");
        for (const MethodResult &r : results)
            std::printf(" %9s", qPrintable(r.method.left(9)));
        std::printf("\n");
        for (std::size_t i = 0; i < series.size(); ++i) {
            std::printf("%-32s", qPrintable(series[i].id));
            for (const MethodResult &r : results)
                std::printf(" %9.4f", r.perSeriesRmsse[i]);
            std::printf("\n");
        }
    }

    // Published M5 figures, for orientation (not the same series, days or aggregation).
    const QList<QByteArray> published
        = readLines(folder.filePath(QStringLiteral("published/m5_accuracy_key.csv")));
    if (!published.isEmpty()) {
        std::printf("\nPublished M5 (30,490 series, days d_1942-d_1969, WRMSSE; not comparable "
                    "with the 10-series figures above):\n%-14s %-10s %10s %10s\n",
                    "method", "kind", "all levels", "level 12");
        for (qsizetype i = 1; i < published.size(); ++i) {
            const QList<QByteArray> c = published[i].split(',');
            if (c.size() >= 4)
                std::printf("%-14s %-10s %10s %10s\n", c[0].constData(), c[1].constData(),
                            c[2].constData(), c[3].constData());
        }
    }
    return 0;
}
