#include "forecast/SeriesExplainer.h"

#include "forecast/SeriesPipeline.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

} // namespace

Result<SeriesExplanation> explainSeries(Storage::Connection &c, qint64 runId, qint64 locationId,
                                        qint64 skuId)
{
    SeriesExplanation x;
    auto run = runInfo(c, runId);
    if (!run)
        return run.error();
    x.run = *run;
    x.locationId = locationId;
    x.skuId = skuId;

    QSqlQuery q(c.db());
    q.prepare(QStringLiteral(
        "SELECT l.code, l.name, k.code, k.name, k.category, m.demand_class, m.adi, m.cv2, "
        "m.method, m.parameters, m.backtest_mae, m.backtest_rmse, m.backtest_mase, "
        "m.backtest_bias, m.backtest_origins, m.candidates, m.error, m.history_start_day, "
        "r.settings, m.thorough FROM forecast_models m JOIN locations l ON l.id = m.location_id "
        "JOIN skus k "
        "ON k.id = m.sku_id JOIN forecast_runs r ON r.id = m.run_id WHERE m.run_id = ? AND "
        "m.location_id = ? AND m.sku_id = ?"));
    q.addBindValue(runId);
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    if (!q.exec())
        return Error(tr("Reading the forecast failed: %1").arg(q.lastError().text()),
                     QStringLiteral("sql"));
    if (!q.next())
        return Error(tr("Run %1 has no forecast for this SKU at this location.").arg(runId),
                     QStringLiteral("not-found"));
    x.locationCode = q.value(0).toString();
    x.locationName = q.value(1).toString();
    x.skuCode = q.value(2).toString();
    x.skuName = q.value(3).toString();
    x.category = q.value(4).toString();
    x.demandClass = q.value(5).toString();
    x.adi = q.value(6).toDouble();
    x.cv2 = q.value(7).toDouble();
    x.method = q.value(8).toString();
    x.parameters = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    x.hasBacktest = !q.value(10).isNull();
    x.backtestMae = q.value(10).toDouble();
    x.backtestRmse = q.value(11).toDouble();
    x.backtestMase = q.value(12).toDouble();
    x.backtestBias = q.value(13).toDouble();
    x.backtestOrigins = q.value(14).toInt();
    x.candidates = QJsonDocument::fromJson(q.value(15).toByteArray()).array();
    x.error = q.value(16).toString();
    const int startDay = q.value(17).isNull() ? -1 : q.value(17).toInt();
    const QJsonObject runSettings = QJsonDocument::fromJson(q.value(18).toByteArray()).object();
    x.thorough = q.value(19).toInt() != 0;

    auto forecast = loadSeriesForecast(c, runId, locationId, skuId);
    if (!forecast)
        return forecast.error();
    x.forecast = std::move(*forecast);
    auto overrides = listOverrides(c, locationId, skuId, true);
    if (!overrides)
        return overrides.error();
    x.overrides = *overrides;

    HistorySettings hs;
    hs.bucketDays = x.run.bucketDays;
    hs.horizon = x.run.horizon;
    hs.endDay = x.run.historyEndDay;
    hs.startDay = startDay;
    hs.locationId = locationId;
    hs.skuId = skuId;
    hs.activeOnly = false;
    auto history = loadNetworkHistory(c, hs);
    if (!history)
        return history.error();
    if (history->series.empty())
        return x; // no sales up to the run's end any more: nothing to chart
    const SeriesHistory &series = history->series.front();
    x.firstDay = history->bucketStart(series.firstBucket);
    x.history = series.values;
    x.events = history->eventsFor(series);
    x.context = history->contextFor(series);

    PipelineSettings ps;
    ps.method = x.run.method;
    ps.horizon = x.run.horizon;
    ps.origins = runSettings.value(QStringLiteral("origins")).toInt(3);
    ps.cleanseOutliers = runSettings.value(QStringLiteral("cleanseOutliers")).toBool(true);
    ps.imputeCensored = runSettings.value(QStringLiteral("imputeCensored")).toBool(true);
    ps.thorough = x.thorough;
    PipelineResult result = runSeriesPipeline(*history, series, ps);
    x.cleansed = result.cleaned.values;
    x.adjustments = result.cleaned.adjustments;
    x.fitted = result.fitted;
    return x;
}

} // namespace Stockshift::Forecast
