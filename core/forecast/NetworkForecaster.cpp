#include "forecast/NetworkForecaster.h"

#include "forecast/Combination.h"
#include "forecast/DemandClass.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cmath>
#include <thread>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

struct SeriesData
{
    qint64 location = 0, sku = 0;
    int firstBucket = 0;        // bucket of the first sale
    std::vector<double> values; // from firstBucket to the last bucket
};

struct SeriesResult
{
    DemandProfile profile;
    QString method;
    QByteArray parameters = "{}";
    double mae = std::nan(""), mase = std::nan("");
    std::vector<double> point, lo80, hi80, lo95, hi95;
    QString error;
};

struct Backtest
{
    double mae = std::nan(""), mase = std::nan("");
};

Backtest backtest(const QString &methodName, std::span<const double> y, int season, int horizon)
{
    Backtest result;
    const int holdout = std::min<int>(horizon, int(y.size()) / 4);
    if (holdout < 1 || int(y.size()) - holdout < 4)
        return result;
    auto method = createMethod(methodName);
    const std::span<const double> train = y.first(y.size() - std::size_t(holdout));
    if (!method || !(*method)->fit(train, season))
        return result;
    const auto f = (*method)->forecast(holdout);
    double absError = 0, naive = 0;
    for (int h = 0; h < holdout; ++h)
        absError += std::abs(y[train.size() + std::size_t(h)] - f[std::size_t(h)]);
    for (std::size_t t = 1; t < train.size(); ++t)
        naive += std::abs(train[t] - train[t - 1]);
    result.mae = absError / holdout;
    naive /= double(train.size() - 1);
    result.mase = naive > 0 ? result.mae / naive : std::nan("");
    return result;
}

SeriesResult forecastOne(const SeriesData &series, const NetworkForecastSettings &settings)
{
    SeriesResult result;
    const std::span<const double> y(series.values);
    result.profile = classifyDemand(y);
    const int season = settings.bucketDays == 1 ? 7 : (y.size() >= 104 ? 52 : 1);

    QString method = settings.method;
    if (method == QLatin1String("auto")) {
        if (result.profile.intermittent()
            || result.profile.demandClass == DemandProfile::Class::NoDemand) {
            const Backtest sba = backtest(QStringLiteral("sba"), y, season, settings.horizon);
            const Backtest tsb = backtest(QStringLiteral("tsb"), y, season, settings.horizon);
            method = !(tsb.mae < sba.mae) ? QStringLiteral("sba") : QStringLiteral("tsb");
        } else {
            method = QStringLiteral("comb");
        }
    }
    const Backtest test = backtest(method, y, season, settings.horizon);
    result.mae = test.mae;
    result.mase = test.mase;

    auto model = createMethod(method);
    if (!model) {
        result.error = model.errorMessage();
        return result;
    }
    Status fit = (*model)->fit(y, season);
    if (!fit && method != QLatin1String("naive")) {
        // A series the chosen method cannot fit (too short, no demand) still gets a forecast:
        // the last value, said so in the stored method name.
        model = createMethod(QStringLiteral("naive"));
        fit = (*model)->fit(y, season);
        method = QStringLiteral("naive (fallback)");
    }
    if (!fit) {
        result.error = fit.errorMessage();
        return result;
    }
    result.method = method;
    result.parameters = QJsonDocument((*model)->parameters()).toJson(QJsonDocument::Compact);
    result.point = (*model)->forecast(settings.horizon);
    const double sd = (*model)->residualSd();
    for (int h = 1; h <= settings.horizon; ++h) {
        double &f = result.point[std::size_t(h - 1)];
        f = std::max(f, 0.0); // demand forecasts are never negative
        const double spread = sd * (*model)->horizonSdFactor(h);
        result.lo80.push_back(std::max(0.0, f - 1.2816 * spread));
        result.hi80.push_back(f + 1.2816 * spread);
        result.lo95.push_back(std::max(0.0, f - 1.96 * spread));
        result.hi95.push_back(f + 1.96 * spread);
    }
    return result;
}

} // namespace

Result<NetworkForecastSummary> runNetworkForecast(const NetworkForecastSettings &settings,
                                                  const NetworkProgress &progress,
                                                  const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (settings.bucketDays != 1 && settings.bucketDays != 7)
        return Error(tr("The bucket must be a day or a week."), QStringLiteral("bad-bucket"));
    if (settings.horizon < 1 || settings.horizon > 730)
        return Error(tr("The horizon must be between 1 and 730 buckets."),
                     QStringLiteral("bad-horizon"));
    if (settings.method != QLatin1String("auto") && !createMethod(settings.method))
        return createMethod(settings.method).error();

    Storage::Connection::Options options;
    options.createIfMissing = false;
    auto connection = Storage::Connection::open(settings.databasePath, options);
    if (!connection)
        return connection.error();
    Storage::Connection &c = **connection;

    // The frozen copy: the whole history of active series, read once.
    QSqlQuery range(c.db());
    if (!range.exec(QStringLiteral("SELECT min(day), max(day) FROM sales")) || !range.next()
        || range.value(0).isNull())
        return Error(tr("The database has no sales history to forecast from."),
                     QStringLiteral("no-history"));
    const int firstDay = range.value(0).toInt(), lastDay = range.value(1).toInt();
    range.finish();
    const int buckets = (lastDay - firstDay + 1) / settings.bucketDays;
    if (buckets < 2)
        return Error(tr("The sales history is shorter than two buckets."),
                     QStringLiteral("no-history"));
    const int origin = lastDay - buckets * settings.bucketDays + 1; // first day of bucket 0

    std::vector<SeriesData> series;
    {
        sqlite3_stmt *stmt = nullptr;
        const char *sql = "SELECT s.location_id, s.sku_id, s.day, s.quantity FROM sales s "
                          "JOIN skus k ON k.id = s.sku_id JOIN locations l ON l.id = s.location_id "
                          "WHERE k.active = 1 AND l.active = 1 AND s.day >= ?1 "
                          "ORDER BY s.location_id, s.sku_id, s.day";
        if (sqlite3_prepare_v2(c.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
            return Error(tr("Reading the sales history failed: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(c.handle()))),
                         QStringLiteral("sql"));
        sqlite3_bind_int(stmt, 1, origin);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const qint64 location = sqlite3_column_int64(stmt, 0),
                         sku = sqlite3_column_int64(stmt, 1);
            const int bucket = (sqlite3_column_int(stmt, 2) - origin) / settings.bucketDays;
            if (series.empty() || series.back().location != location || series.back().sku != sku)
                series.push_back({location, sku, bucket,
                                  std::vector<double>(std::size_t(buckets - bucket), 0.0)});
            SeriesData &s = series.back();
            s.values[std::size_t(bucket - s.firstBucket)] += sqlite3_column_double(stmt, 3);
        }
        sqlite3_finalize(stmt);
    }
    if (series.empty())
        return Error(tr("No active SKU × location has sales to forecast."),
                     QStringLiteral("no-history"));

    std::vector<SeriesResult> results(series.size());
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    const auto worker = [&] {
        for (std::size_t i = next++; i < series.size(); i = next++) {
            if (cancel && cancel->load())
                return;
            results[i] = forecastOne(series[i], settings);
            const int finished = ++done;
            if (progress && (finished % 64 == 0 || finished == int(series.size())))
                progress(finished, int(series.size()));
        }
    };
    const int threads
        = settings.threads > 0 ? settings.threads : std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));

    NetworkForecastSummary summary;
    summary.series = int(series.size());
    summary.historyEndDay = lastDay;
    int withMase = 0;
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    QSqlQuery run(c.db());
    run.prepare(
        QStringLiteral("INSERT INTO forecast_runs (created_at, bucket_days, horizon, method, "
                       "history_end_day) VALUES (?, ?, ?, ?, ?)"));
    run.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    run.addBindValue(settings.bucketDays);
    run.addBindValue(settings.horizon);
    run.addBindValue(settings.method);
    run.addBindValue(lastDay);
    if (!run.exec())
        return Error(tr("Storing the forecast failed: %1").arg(run.lastError().text()),
                     QStringLiteral("sql"));
    summary.runId = run.lastInsertId().toLongLong();

    sqlite3 *db = c.handle();
    sqlite3_stmt *model = nullptr, *value = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO forecast_models (run_id, location_id, sku_id, demand_class, adi, cv2, "
        "method, parameters, backtest_mae, backtest_mase, error) VALUES "
        "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
        -1, &model, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO forecasts (run_id, location_id, sku_id, start_day, quantity, "
                       "lo80, hi80, lo95, "
                       "hi95) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)",
                       -1, &value, nullptr);
    const auto bindReal = [](sqlite3_stmt *stmt, int index, double v) {
        if (std::isfinite(v))
            sqlite3_bind_double(stmt, index, v);
        else
            sqlite3_bind_null(stmt, index);
    };
    bool ok = model && value;
    for (std::size_t i = 0; ok && i < series.size(); ++i) {
        const SeriesData &s = series[i];
        const SeriesResult &r = results[i];
        const QByteArray demandClass = r.profile.className().toUtf8();
        const QByteArray method = r.method.toUtf8(), error = r.error.toUtf8();
        sqlite3_bind_int64(model, 1, summary.runId);
        sqlite3_bind_int64(model, 2, s.location);
        sqlite3_bind_int64(model, 3, s.sku);
        sqlite3_bind_text(model, 4, demandClass.constData(), -1, SQLITE_TRANSIENT);
        bindReal(model, 5, r.profile.adi);
        bindReal(model, 6, r.profile.cv2);
        sqlite3_bind_text(model, 7, method.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(model, 8, r.parameters.constData(), -1, SQLITE_TRANSIENT);
        bindReal(model, 9, r.mae);
        bindReal(model, 10, r.mase);
        sqlite3_bind_text(model, 11, error.constData(), -1, SQLITE_TRANSIENT);
        ok = sqlite3_step(model) == SQLITE_DONE;
        sqlite3_reset(model);
        ++summary.demandClasses[r.profile.className()];
        if (!r.error.isEmpty()) {
            ++summary.failed;
            continue;
        }
        ++summary.methods[r.method];
        if (std::isfinite(r.mase)) {
            summary.meanBacktestMase += r.mase;
            ++withMase;
        }
        for (std::size_t h = 0; ok && h < r.point.size(); ++h) {
            sqlite3_bind_int64(value, 1, summary.runId);
            sqlite3_bind_int64(value, 2, s.location);
            sqlite3_bind_int64(value, 3, s.sku);
            sqlite3_bind_int(value, 4, lastDay + 1 + int(h) * settings.bucketDays);
            sqlite3_bind_double(value, 5, r.point[h]);
            sqlite3_bind_double(value, 6, r.lo80[h]);
            sqlite3_bind_double(value, 7, r.hi80[h]);
            sqlite3_bind_double(value, 8, r.lo95[h]);
            sqlite3_bind_double(value, 9, r.hi95[h]);
            ok = sqlite3_step(value) == SQLITE_DONE;
            sqlite3_reset(value);
        }
    }
    const QString sqlError = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(model);
    sqlite3_finalize(value);
    if (!ok)
        return Error(tr("Storing the forecast failed: %1").arg(sqlError), QStringLiteral("sql"));
    summary.meanBacktestMase = withMase ? summary.meanBacktestMase / withMase : 0.0;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    QSqlQuery update(c.db());
    update.prepare(QStringLiteral(
        "UPDATE forecast_runs SET series = ?, failed = ?, seconds = ? WHERE id = ?"));
    update.addBindValue(summary.series);
    update.addBindValue(summary.failed);
    update.addBindValue(summary.seconds);
    update.addBindValue(summary.runId);
    if (!update.exec())
        return Error(tr("Storing the forecast failed: %1").arg(update.lastError().text()),
                     QStringLiteral("sql"));
    if (Status s = transaction.commit(); !s)
        return s.error();
    return summary;
}

} // namespace Stockshift::Forecast
