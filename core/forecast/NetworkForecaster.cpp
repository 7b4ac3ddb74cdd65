#include "forecast/NetworkForecaster.h"

#include "forecast/MethodRegistry.h"
#include "forecast/SeriesPipeline.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QByteArray candidatesJson(const std::vector<CandidateScore> &scores)
{
    QJsonArray array;
    for (const CandidateScore &s : scores) {
        QJsonObject c{{QStringLiteral("method"), s.method}};
        if (s.error.isEmpty()) {
            c.insert(QStringLiteral("mae"), jsonNumber(s.mae));
            c.insert(QStringLiteral("rmse"), jsonNumber(s.rmse));
            c.insert(QStringLiteral("mase"), jsonNumber(s.mase));
            c.insert(QStringLiteral("bias"), jsonNumber(s.bias));
            c.insert(QStringLiteral("insampleRmse"), jsonNumber(s.insampleRmse));
            c.insert(QStringLiteral("origins"), s.origins);
        } else {
            c.insert(QStringLiteral("error"), s.error);
        }
        array.append(c);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// sqlite3 statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    const QString &error() const { return m_error; }
    explicit operator bool() const { return m_stmt != nullptr; }
    void real(int index, double v)
    {
        if (std::isfinite(v))
            sqlite3_bind_double(m_stmt, index, v);
        else
            sqlite3_bind_null(m_stmt, index);
    }
    void text(int index, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, index, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    bool step()
    {
        const bool ok = sqlite3_step(m_stmt) == SQLITE_DONE;
        sqlite3_reset(m_stmt);
        return ok;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

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

    HistorySettings historySettings;
    historySettings.bucketDays = settings.bucketDays;
    historySettings.horizon = settings.horizon;
    historySettings.endDay = settings.endDay;
    historySettings.threads
        = settings.threads > 0 ? settings.threads : std::max(1, QThread::idealThreadCount());
    auto loaded = loadNetworkHistory(c, historySettings, cancel);
    if (!loaded)
        return loaded.error();
    const NetworkHistory &history = *loaded;
    const double loadSeconds = double(timer.elapsed()) / 1000.0;

    PipelineSettings pipeline;
    pipeline.method = settings.method;
    pipeline.horizon = settings.horizon;
    pipeline.origins = settings.origins;
    pipeline.cleanseOutliers = settings.cleanseOutliers;
    pipeline.imputeCensored = settings.imputeCensored;

    const int total = int(history.series.size());
    // The most valuable series (the last year's demand at the unit price) get every candidate
    // family; the long tail the fast ones.
    std::vector<char> thorough(history.series.size(), 1);
    if (settings.method == QLatin1String("auto") && settings.thoroughSeries >= 0
        && settings.thoroughSeries < total) {
        const int year = settings.bucketDays == 1 ? 365 : 52;
        std::vector<std::pair<double, int>> value(history.series.size());
        for (int i = 0; i < total; ++i) {
            const SeriesHistory &s = history.series[std::size_t(i)];
            const auto sku = history.skus.find(s.skuId);
            const double price = sku != history.skus.end() && sku->second.unitPrice > 0
                                     ? sku->second.unitPrice
                                     : 1.0;
            const std::size_t from
                = s.values.size() > std::size_t(year) ? s.values.size() - std::size_t(year) : 0;
            value[std::size_t(i)] = {
                -price
                    * std::accumulate(s.values.begin() + std::ptrdiff_t(from), s.values.end(), 0.0),
                i};
        }
        // Ties broken by position: deterministic whatever the thread count.
        std::sort(value.begin(), value.end());
        std::fill(thorough.begin(), thorough.end(), 0);
        for (int r = 0; r < settings.thoroughSeries; ++r)
            thorough[std::size_t(value[std::size_t(r)].second)] = 1;
    }
    std::vector<PipelineResult> results(history.series.size());
    std::vector<int> indices(history.series.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::atomic<int> done{0};
    QThreadPool pool;
    pool.setMaxThreadCount(settings.threads > 0 ? settings.threads
                                                : std::max(1, QThread::idealThreadCount()));
    // Each worker writes only its own result slot; the map blocks until all are done. A
    // cancelled run skips the remaining series at once (each series takes milliseconds).
    QtConcurrent::blockingMap(&pool, indices, [&](int i) {
        if (cancel && cancel->load())
            return;
        PipelineSettings own = pipeline;
        own.thorough = thorough[std::size_t(i)] != 0;
        results[std::size_t(i)] = runSeriesPipeline(history, history.series[std::size_t(i)], own);
        const int finished = ++done;
        if (progress && (finished % 64 == 0 || finished == total))
            progress(finished, total);
    });
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));

    NetworkForecastSummary summary;
    summary.series = total;
    summary.thorough = int(std::count(thorough.begin(), thorough.end(), char(1)));
    const qint64 storeStart = timer.elapsed();
    summary.historyEndDay = history.lastDay;
    summary.loadSeconds = loadSeconds;
    int withMase = 0;
    double backtestAbs = 0, backtestActual = 0;

    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    const QJsonObject settingsJson{{QStringLiteral("origins"), settings.origins},
                                   {QStringLiteral("thoroughSeries"), settings.thoroughSeries},
                                   {QStringLiteral("cleanseOutliers"), settings.cleanseOutliers},
                                   {QStringLiteral("imputeCensored"), settings.imputeCensored}};
    QSqlQuery run(c.db());
    run.prepare(
        QStringLiteral("INSERT INTO forecast_runs (created_at, bucket_days, horizon, method, "
                       "history_end_day, settings) VALUES (?, ?, ?, ?, ?, ?)"));
    run.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    run.addBindValue(settings.bucketDays);
    run.addBindValue(settings.horizon);
    run.addBindValue(settings.method);
    run.addBindValue(history.lastDay);
    run.addBindValue(QString::fromUtf8(QJsonDocument(settingsJson).toJson(QJsonDocument::Compact)));
    if (!run.exec())
        return Error(tr("Storing the forecast failed: %1").arg(run.lastError().text()),
                     QStringLiteral("sql"));
    summary.runId = run.lastInsertId().toLongLong();

    sqlite3 *db = c.handle();
    Statement model(db,
                    "INSERT INTO forecast_models (run_id, location_id, sku_id, demand_class, adi, "
                    "cv2, method, parameters, backtest_mae, backtest_mase, error, backtest_rmse, "
                    "backtest_bias, backtest_origins, candidates, history_start_day, outliers, "
                    "censored, thorough) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
                    "?15,?16,?17,?18,?19)");
    Statement value(db, "INSERT INTO forecasts (run_id, location_id, sku_id, start_day, quantity, "
                        "lo80, hi80, lo95, hi95) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    Statement adjustment(db, "INSERT INTO forecast_adjustments (run_id, location_id, sku_id, "
                             "start_day, kind, original, cleansed, reason) VALUES "
                             "(?1,?2,?3,?4,?5,?6,?7,?8)");
    for (const Statement *st : {&model, &value, &adjustment})
        if (!*st)
            return Error(tr("Storing the forecast failed: %1").arg(st->error()),
                         QStringLiteral("sql"));
    bool ok = true;
    for (std::size_t i = 0; ok && i < history.series.size(); ++i) {
        const SeriesHistory &s = history.series[i];
        const PipelineResult &r = results[i];
        const int firstDay = history.bucketStart(s.firstBucket);
        sqlite3_stmt *m = model.get();
        sqlite3_bind_int64(m, 1, summary.runId);
        sqlite3_bind_int64(m, 2, s.locationId);
        sqlite3_bind_int64(m, 3, s.skuId);
        model.text(4, r.profile.className().toUtf8());
        model.real(5, r.profile.adi);
        model.real(6, r.profile.cv2);
        model.text(7, r.method.toUtf8());
        model.text(8, QJsonDocument(r.parameters).toJson(QJsonDocument::Compact));
        const bool hasBacktest = r.backtest.points > 0;
        model.real(9, hasBacktest ? r.backtest.mae : std::nan(""));
        model.real(10, hasBacktest ? r.backtest.mase : std::nan(""));
        model.text(11, r.error.toUtf8());
        model.real(12, hasBacktest ? r.backtest.rmse : std::nan(""));
        model.real(13, hasBacktest ? r.backtest.bias : std::nan(""));
        sqlite3_bind_int(m, 14, r.backtest.origins);
        model.text(15, candidatesJson(r.candidates));
        sqlite3_bind_int(m, 16, firstDay);
        sqlite3_bind_int(m, 17, r.cleaned.outliers);
        sqlite3_bind_int(m, 18, r.cleaned.censored);
        sqlite3_bind_int(m, 19, thorough[i]);
        ok = model.step();
        ++summary.demandClasses[r.profile.className()];
        if (!r.error.isEmpty()) {
            ++summary.failed;
            continue;
        }
        ++summary.methods[r.method.startsWith(QLatin1String("mean(")) ? QStringLiteral("mean")
                                                                      : r.method];
        summary.outliers += r.cleaned.outliers;
        summary.censored += r.cleaned.censored;
        if (hasBacktest && std::isfinite(r.backtest.mase)) {
            summary.meanBacktestMase += r.backtest.mase;
            ++withMase;
        }
        if (hasBacktest) {
            // Σ|e| over the windows; the windows' actuals are the cleansed history's last
            // origins × window buckets, whose mean the MAE is taken against.
            backtestAbs += r.backtest.mae * r.backtest.points;
            const std::size_t n = r.cleaned.values.size();
            const auto points = std::min<std::size_t>(std::size_t(r.backtest.points), n);
            backtestActual += std::accumulate(r.cleaned.values.end() - std::ptrdiff_t(points),
                                              r.cleaned.values.end(), 0.0);
        }
        for (const Adjustment &a : r.cleaned.adjustments) {
            if (!ok)
                break;
            sqlite3_stmt *st = adjustment.get();
            sqlite3_bind_int64(st, 1, summary.runId);
            sqlite3_bind_int64(st, 2, s.locationId);
            sqlite3_bind_int64(st, 3, s.skuId);
            sqlite3_bind_int(st, 4, firstDay + a.index * history.bucketDays);
            adjustment.text(5, a.kindName().toUtf8());
            sqlite3_bind_double(st, 6, a.original);
            sqlite3_bind_double(st, 7, a.cleansed);
            adjustment.text(8, a.reason.toUtf8());
            ok = adjustment.step();
        }
        for (std::size_t h = 0; ok && h < r.point.size(); ++h) {
            sqlite3_stmt *st = value.get();
            sqlite3_bind_int64(st, 1, summary.runId);
            sqlite3_bind_int64(st, 2, s.locationId);
            sqlite3_bind_int64(st, 3, s.skuId);
            sqlite3_bind_int(st, 4, history.lastDay + 1 + int(h) * settings.bucketDays);
            sqlite3_bind_double(st, 5, r.point[h]);
            sqlite3_bind_double(st, 6, r.lo80[h]);
            sqlite3_bind_double(st, 7, r.hi80[h]);
            sqlite3_bind_double(st, 8, r.lo95[h]);
            sqlite3_bind_double(st, 9, r.hi95[h]);
            ok = value.step();
        }
    }
    if (!ok)
        return Error(
            tr("Storing the forecast failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))),
            QStringLiteral("sql"));
    summary.meanBacktestMase = withMase ? summary.meanBacktestMase / withMase : 0.0;
    summary.backtestWape = backtestActual > 0 ? 100.0 * backtestAbs / backtestActual : 0.0;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    summary.storeSeconds = double(timer.elapsed() - storeStart) / 1000.0;
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
