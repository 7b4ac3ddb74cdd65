#include "forecast/ForecastStore.h"

#include "common/CsvWriter.h"
#include "common/Days.h"
#include "forecast/Overrides.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <map>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Reading the forecast failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

const char *const kRunColumns = "SELECT id, created_at, bucket_days, horizon, method, "
                                "history_end_day, series, failed, coalesce(seconds, 0) FROM "
                                "forecast_runs";

RunInfo readRun(const QSqlQuery &q)
{
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.createdAt = q.value(1).toString();
    r.bucketDays = q.value(2).toInt();
    r.horizon = q.value(3).toInt();
    r.method = q.value(4).toString();
    r.historyEndDay = q.value(5).toInt();
    r.series = q.value(6).toInt();
    r.failed = q.value(7).toInt();
    r.seconds = q.value(8).toDouble();
    return r;
}

// The final forecast's interval: scaled with the forecast when it was positive, else shifted.
void adjustBounds(ForecastBucket &b)
{
    if (b.final == b.statistical)
        return;
    b.overridden = true;
    if (b.statistical > 0) {
        const double r = b.final / b.statistical;
        b.lo80 *= r;
        b.hi80 *= r;
        b.lo95 *= r;
        b.hi95 *= r;
    } else {
        const double shift = b.final - b.statistical;
        b.lo80 = std::max(0.0, b.lo80 + shift);
        b.hi80 += shift;
        b.lo95 = std::max(0.0, b.lo95 + shift);
        b.hi95 += shift;
    }
}

} // namespace

Result<RunInfo> latestRun(Storage::Connection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(QString::fromLatin1(kRunColumns) + QStringLiteral(" ORDER BY id DESC LIMIT 1")))
        return sqlError(q);
    if (!q.next())
        return Error(tr("No forecast has been run yet."), QStringLiteral("no-run"));
    return readRun(q);
}

Result<RunInfo> runInfo(Storage::Connection &c, qint64 runId)
{
    QSqlQuery q(c.db());
    q.prepare(QString::fromLatin1(kRunColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("There is no forecast run %1.").arg(runId), QStringLiteral("no-run"));
    return readRun(q);
}

Result<QList<RunInfo>> listRuns(Storage::Connection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(QString::fromLatin1(kRunColumns) + QStringLiteral(" ORDER BY id DESC")))
        return sqlError(q);
    QList<RunInfo> runs;
    while (q.next())
        runs.append(readRun(q));
    return runs;
}

Result<std::vector<ForecastBucket>> loadSeriesForecast(Storage::Connection &c, qint64 runId,
                                                       qint64 locationId, qint64 skuId)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT start_day, quantity, lo80, hi80, lo95, hi95 FROM forecasts "
                             "WHERE run_id = ? AND location_id = ? AND sku_id = ? ORDER BY "
                             "start_day"));
    q.addBindValue(runId);
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    if (!q.exec())
        return sqlError(q);
    std::vector<ForecastBucket> buckets;
    while (q.next()) {
        ForecastBucket b;
        b.startDay = q.value(0).toInt();
        b.statistical = b.final = q.value(1).toDouble();
        b.lo80 = q.value(2).toDouble();
        b.hi80 = q.value(3).toDouble();
        b.lo95 = q.value(4).toDouble();
        b.hi95 = q.value(5).toDouble();
        buckets.push_back(b);
    }
    auto overrides = listOverrides(c, locationId, skuId);
    if (!overrides)
        return overrides.error();
    std::vector<int> days;
    std::vector<double> finals;
    for (const ForecastBucket &b : buckets) {
        days.push_back(b.startDay);
        finals.push_back(b.final);
    }
    applyOverrides(*overrides, days, finals);
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        buckets[i].final = finals[i];
        adjustBounds(buckets[i]);
    }
    return buckets;
}

bool aggregationLevelFromName(const QString &name, AggregationLevel *out)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("series") || n == QLatin1String("sku-location"))
        *out = AggregationLevel::Series;
    else if (n == QLatin1String("location"))
        *out = AggregationLevel::Location;
    else if (n == QLatin1String("region"))
        *out = AggregationLevel::Region;
    else if (n == QLatin1String("category"))
        *out = AggregationLevel::Category;
    else if (n == QLatin1String("network"))
        *out = AggregationLevel::Network;
    else
        return false;
    return true;
}

QString aggregationLevelName(AggregationLevel level)
{
    switch (level) {
    case AggregationLevel::Series:
        return QStringLiteral("series");
    case AggregationLevel::Location:
        return QStringLiteral("location");
    case AggregationLevel::Region:
        return QStringLiteral("region");
    case AggregationLevel::Category:
        return QStringLiteral("category");
    case AggregationLevel::Network:
        return QStringLiteral("network");
    }
    return {};
}

Result<std::vector<AggregateBucket>> aggregateForecast(Storage::Connection &c, qint64 runId,
                                                       AggregationLevel level)
{
    auto overrides = listOverrides(c);
    if (!overrides)
        return overrides.error();
    std::map<std::pair<qint64, qint64>, QList<Override>> bySeries;
    for (const Override &o : *overrides)
        bySeries[{o.locationId, o.skuId}].append(o);

    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.location_id, f.sku_id, f.start_day, f.quantity, f.lo80, f.hi80, f.lo95, "
        "f.hi95, l.code, l.name, l.region, k.code, k.name, k.category FROM forecasts f JOIN "
        "locations l ON l.id = f.location_id JOIN skus k ON k.id = f.sku_id WHERE f.run_id = ? "
        "ORDER BY f.location_id, f.sku_id, f.start_day"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q);

    struct Sum
    {
        QString label, locationCode, skuCode;
        int series = 0;
        double statistical = 0, final = 0, var80 = 0, var95 = 0;
    };
    std::map<QString, std::map<int, Sum>> groups;
    while (q.next()) {
        ForecastBucket b;
        b.startDay = q.value(2).toInt();
        b.statistical = b.final = q.value(3).toDouble();
        b.lo80 = q.value(4).toDouble();
        b.hi80 = q.value(5).toDouble();
        b.lo95 = q.value(6).toDouble();
        b.hi95 = q.value(7).toDouble();
        const auto it = bySeries.find({q.value(0).toLongLong(), q.value(1).toLongLong()});
        if (it != bySeries.end()) {
            double finalValue = b.final;
            const int day = b.startDay;
            applyOverrides(it->second, std::span<const int>(&day, 1),
                           std::span<double>(&finalValue, 1));
            b.final = finalValue;
            adjustBounds(b);
        }
        QString key, label;
        switch (level) {
        case AggregationLevel::Series:
            key = q.value(8).toString() + QLatin1Char('/') + q.value(11).toString();
            label = q.value(12).toString() + QStringLiteral(" @ ") + q.value(9).toString();
            break;
        case AggregationLevel::Location:
            key = q.value(8).toString();
            label = q.value(9).toString();
            break;
        case AggregationLevel::Region:
            key = label = q.value(10).toString();
            break;
        case AggregationLevel::Category:
            key = label = q.value(13).toString();
            break;
        case AggregationLevel::Network:
            key = QStringLiteral("network");
            label = tr("Network");
            break;
        }
        Sum &sum = groups[key][b.startDay];
        sum.label = label;
        if (level == AggregationLevel::Series) {
            sum.locationCode = q.value(8).toString();
            sum.skuCode = q.value(11).toString();
        }
        ++sum.series;
        sum.statistical += b.statistical;
        sum.final += b.final;
        const double s80 = std::max(0.0, b.hi80 - b.final) / 1.2816;
        const double s95 = std::max(0.0, b.hi95 - b.final) / 1.96;
        sum.var80 += s80 * s80;
        sum.var95 += s95 * s95;
    }
    std::vector<AggregateBucket> out;
    for (const auto &[key, buckets] : groups) {
        for (const auto &[day, sum] : buckets) {
            AggregateBucket a;
            a.key = key;
            a.label = sum.label;
            a.locationCode = sum.locationCode;
            a.skuCode = sum.skuCode;
            a.startDay = day;
            a.series = sum.series;
            a.statistical = sum.statistical;
            a.final = sum.final;
            const double s80 = std::sqrt(sum.var80), s95 = std::sqrt(sum.var95);
            a.lo80 = std::max(0.0, a.final - 1.2816 * s80);
            a.hi80 = a.final + 1.2816 * s80;
            a.lo95 = std::max(0.0, a.final - 1.96 * s95);
            a.hi95 = a.final + 1.96 * s95;
            out.push_back(a);
        }
    }
    return out;
}

Status writeForecastCsv(Storage::Connection &c, qint64 runId, AggregationLevel level,
                        const QString &path)
{
    auto rows = aggregateForecast(c, runId, level);
    if (!rows)
        return rows.error();
    CsvWriter writer;
    if (Status s = writer.open(path); !s)
        return s;
    const bool series = level == AggregationLevel::Series;
    QStringList header;
    if (series)
        header << QStringLiteral("location") << QStringLiteral("sku");
    else
        header << aggregationLevelName(level) << QStringLiteral("name") << QStringLiteral("series");
    header << QStringLiteral("period_start") << QStringLiteral("statistical")
           << QStringLiteral("forecast") << QStringLiteral("lo80") << QStringLiteral("hi80")
           << QStringLiteral("lo95") << QStringLiteral("hi95");
    writer.row(header);
    for (const AggregateBucket &b : *rows) {
        if (series) {
            writer.text(b.locationCode).text(b.skuCode);
        } else {
            writer.text(b.key).text(b.label).integer(b.series);
        }
        writer.text(Days::toIso(b.startDay))
            .number(b.statistical)
            .number(b.final)
            .number(b.lo80)
            .number(b.hi80)
            .number(b.lo95)
            .number(b.hi95)
            .endRow();
    }
    return writer.close();
}

} // namespace Stockshift::Forecast
