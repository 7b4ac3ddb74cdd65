#include "forecast/AccuracyMonitor.h"

#include "forecast/ForecastStore.h"
#include "forecast/NetworkHistory.h"
#include "forecast/Overrides.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Computing forecast accuracy failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

using SeriesKey = std::pair<qint64, qint64>;

struct SeriesKeyHash
{
    std::size_t operator()(const SeriesKey &k) const
    {
        return std::hash<qint64>()(k.first * 1000003 + k.second);
    }
};

struct Accumulator
{
    int buckets = 0, excluded = 0;
    double actual = 0, forecast = 0, absError = 0, statAbsError = 0, signedError = 0;
    double mapeSum = 0;
    int mapeCount = 0;
    double maseSum = 0;
    int maseCount = 0;
    std::vector<double> bucketError; // Σ(actual − forecast) per bucket, for the tracking signal

    void add(const Accumulator &o)
    {
        if (bucketError.size() < o.bucketError.size())
            bucketError.resize(o.bucketError.size(), 0.0);
        for (std::size_t b = 0; b < o.bucketError.size(); ++b)
            bucketError[b] += o.bucketError[b];
        buckets += o.buckets;
        excluded += o.excluded;
        actual += o.actual;
        forecast += o.forecast;
        absError += o.absError;
        statAbsError += o.statAbsError;
        signedError += o.signedError;
        mapeSum += o.mapeSum;
        mapeCount += o.mapeCount;
    }

    AccuracyMetrics metrics() const
    {
        AccuracyMetrics m;
        m.buckets = buckets;
        m.excluded = excluded;
        m.actual = actual;
        m.forecast = forecast;
        m.absError = absError;
        m.wape = actual > 0 ? 100.0 * absError / actual : 0.0;
        m.statWape = actual > 0 ? 100.0 * statAbsError / actual : 0.0;
        m.bias = actual > 0 ? 100.0 * (forecast - actual) / actual : 0.0;
        m.hasMape = mapeCount > 0;
        m.mape = mapeCount ? 100.0 * mapeSum / mapeCount : 0.0;
        m.hasMase = maseCount > 0;
        m.mase = maseCount ? maseSum / maseCount : 0.0;
        // Tracking signal of the group's total over time: Σ_b E_b / mean_b |E_b| with E_b the
        // group's error in bucket b (for one series, its own errors). Summing series errors
        // instead would grow with the number of series, not with persistence.
        double sum = 0, mad = 0;
        for (double e : bucketError) {
            sum += e;
            mad += std::abs(e);
        }
        mad = bucketError.empty() ? 0.0 : mad / double(bucketError.size());
        m.trackingSignal = mad > 0 ? sum / mad : 0.0;
        return m;
    }
};

struct SeriesCells
{
    std::vector<double> statistical, actual;
    std::vector<char> excluded;
};

struct Group
{
    QString level, key;
    qint64 locationId = -1, skuId = -1;
    Accumulator acc;
};

qint64 dataVersion(Storage::Connection &c)
{
    QSqlQuery q(c.db());
    if (q.exec(
            QStringLiteral("SELECT coalesce((SELECT max(id) FROM import_batches), 0) * 1000003 + "
                           "(SELECT count(*) FROM audit_log WHERE entity = 'forecast_override')"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QVariant nullable(bool has, double v)
{
    return has && std::isfinite(v) ? QVariant(v) : QVariant();
}

} // namespace

Result<AccuracySummary> evaluateAccuracy(Storage::Connection &c, const AccuracySettings &settings,
                                         const std::atomic_bool *cancel)
{
    AccuracySummary summary;
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT max(day) FROM sales")))
        return sqlError(q);
    if (!q.next() || q.value(0).isNull())
        return summary; // no actuals at all: nothing to evaluate
    const int lastSalesDay = q.value(0).toInt();
    const qint64 version = dataVersion(c);

    auto runs = listRuns(c);
    if (!runs)
        return runs.error();
    auto overrideList = listOverrides(c);
    if (!overrideList)
        return overrideList.error();
    std::map<SeriesKey, QList<Override>> overrides;
    for (const Override &o : *overrideList)
        overrides[{o.locationId, o.skuId}].append(o);

    // Codes and categories for the group keys.
    std::unordered_map<qint64, QString> locationCode, skuCode, skuCategory;
    if (!q.exec(QStringLiteral("SELECT id, code FROM locations")))
        return sqlError(q);
    while (q.next())
        locationCode[q.value(0).toLongLong()] = q.value(1).toString();
    if (!q.exec(QStringLiteral("SELECT id, code, category FROM skus")))
        return sqlError(q);
    while (q.next()) {
        skuCode[q.value(0).toLongLong()] = q.value(1).toString();
        skuCategory[q.value(0).toLongLong()] = q.value(2).toString();
    }

    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    const QString computedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::map<std::pair<int, int>, std::unordered_map<SeriesKey, double, SeriesKeyHash>> scales;

    for (const RunInfo &run : *runs) {
        if (settings.runId >= 0 && run.id != settings.runId)
            continue;
        if (cancel && cancel->load())
            return Error(tr("Cancelled."), QStringLiteral("cancelled"));
        const int B = run.bucketDays, E = run.historyEndDay;
        const int matured = std::min(run.horizon, (lastSalesDay - E) / B);
        if (matured <= 0)
            continue;
        summary.runs.append(run.id);
        QSqlQuery state(c.db());
        state.prepare(QStringLiteral(
            "SELECT accuracy_buckets, accuracy_batch FROM forecast_runs WHERE id = ?"));
        state.addBindValue(run.id);
        if (!state.exec() || !state.next())
            return sqlError(state);
        if (!settings.force && state.value(0).toInt() == matured
            && state.value(1).toLongLong() == version)
            continue; // evaluated from the same data before

        // The run's matured cells: forecast, actual, out-of-stock flag.
        std::unordered_map<SeriesKey, SeriesCells, SeriesKeyHash> cells;
        sqlite3 *db = c.handle();
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT location_id, sku_id, start_day, quantity FROM forecasts WHERE "
                           "run_id = ?1 AND start_day <= ?2",
                           -1, &stmt, nullptr);
        sqlite3_bind_int64(stmt, 1, run.id);
        sqlite3_bind_int(stmt, 2, E + 1 + (matured - 1) * B);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            SeriesCells &s = cells[{sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)}];
            if (s.statistical.empty()) {
                s.statistical.assign(std::size_t(matured), 0.0);
                s.actual.assign(std::size_t(matured), 0.0);
                s.excluded.assign(std::size_t(matured), 0);
            }
            const int b = (sqlite3_column_int(stmt, 2) - E - 1) / B;
            if (b >= 0 && b < matured)
                s.statistical[std::size_t(b)] = sqlite3_column_double(stmt, 3);
        }
        sqlite3_finalize(stmt);
        const int periodEnd = E + matured * B;
        sqlite3_prepare_v2(db,
                           "SELECT location_id, sku_id, day, quantity FROM sales WHERE day "
                           "BETWEEN ?1 AND ?2",
                           -1, &stmt, nullptr);
        sqlite3_bind_int(stmt, 1, E + 1);
        sqlite3_bind_int(stmt, 2, periodEnd);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto it
                = cells.find({sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)});
            if (it == cells.end())
                continue; // a series the run had no forecast for
            it->second.actual[std::size_t((sqlite3_column_int(stmt, 2) - E - 1) / B)]
                += sqlite3_column_double(stmt, 3);
        }
        sqlite3_finalize(stmt);
        sqlite3_prepare_v2(db,
                           "SELECT location_id, sku_id, start_day, end_day FROM stockouts WHERE "
                           "end_day >= ?1 AND start_day <= ?2",
                           -1, &stmt, nullptr);
        sqlite3_bind_int(stmt, 1, E + 1);
        sqlite3_bind_int(stmt, 2, periodEnd);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto it
                = cells.find({sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)});
            if (it == cells.end())
                continue;
            const int first = std::max(sqlite3_column_int(stmt, 2), E + 1);
            const int last = std::min(sqlite3_column_int(stmt, 3), periodEnd);
            for (int day = first; day <= last; ++day)
                it->second.excluded[std::size_t((day - E - 1) / B)] = 1;
        }
        sqlite3_finalize(stmt);

        // MASE scale: the one-step naive error of each series' history as the run saw it.
        auto &scale = scales[{E, B}];
        if (scale.empty()) {
            HistorySettings hs;
            hs.bucketDays = B;
            hs.horizon = 0;
            hs.endDay = E;
            hs.activeOnly = false;
            if (auto history = loadNetworkHistory(c, hs, cancel)) {
                for (const SeriesHistory &s : history->series) {
                    double sum = 0;
                    for (std::size_t t = 1; t < s.values.size(); ++t)
                        sum += std::abs(s.values[t] - s.values[t - 1]);
                    if (s.values.size() > 1 && sum > 0)
                        scale[{s.locationId, s.skuId}] = sum / double(s.values.size() - 1);
                }
            }
        }

        std::map<std::pair<QString, QString>, Group> groups;
        const auto group = [&](const QString &level, const QString &key) -> Group & {
            Group &g = groups[{level, key}];
            g.level = level;
            g.key = key;
            return g;
        };
        std::vector<int> days(static_cast<std::size_t>(matured));
        for (int b = 0; b < matured; ++b)
            days[std::size_t(b)] = E + 1 + b * B;
        for (auto &[key, s] : cells) {
            std::vector<double> finals = s.statistical;
            if (const auto it = overrides.find(key); it != overrides.end())
                applyOverrides(it->second, days, finals);
            Accumulator a;
            a.bucketError.assign(std::size_t(matured), 0.0);
            for (int b = 0; b < matured; ++b) {
                const auto i = std::size_t(b);
                if (s.excluded[i]) {
                    ++a.excluded;
                    continue;
                }
                const double e = finals[i] - s.actual[i];
                ++a.buckets;
                a.actual += s.actual[i];
                a.forecast += finals[i];
                a.absError += std::abs(e);
                a.statAbsError += std::abs(s.statistical[i] - s.actual[i]);
                a.signedError += -e;
                a.bucketError[i] += -e;
                if (s.actual[i] > 0) {
                    a.mapeSum += std::abs(e) / s.actual[i];
                    ++a.mapeCount;
                }
            }
            if (a.buckets == 0)
                continue;
            if (const auto it = scale.find(key); it != scale.end()) {
                a.maseSum = a.absError / a.buckets / it->second;
                a.maseCount = 1;
            }
            const QString loc = locationCode[key.first], sku = skuCode[key.second];
            Group &series = group(QStringLiteral("series"), loc + QLatin1Char('/') + sku);
            series.locationId = key.first;
            series.skuId = key.second;
            series.acc = a;
            const auto roll = [&](Group &g) {
                g.acc.add(a);
                g.acc.maseSum += a.maseSum;
                g.acc.maseCount += a.maseCount;
            };
            Group &bySku = group(QStringLiteral("sku"), sku);
            bySku.skuId = key.second;
            roll(bySku);
            Group &byLocation = group(QStringLiteral("location"), loc);
            byLocation.locationId = key.first;
            roll(byLocation);
            const QString category = skuCategory[key.second];
            roll(group(QStringLiteral("category"),
                       category.isEmpty() ? QStringLiteral("(none)") : category));
            roll(group(QStringLiteral("network"), QStringLiteral("network")));
        }

        QSqlQuery clear(c.db());
        clear.prepare(QStringLiteral("DELETE FROM forecast_accuracy WHERE run_id = ?"));
        clear.addBindValue(run.id);
        if (!clear.exec())
            return sqlError(clear);
        QSqlQuery insert(c.db());
        insert.prepare(QStringLiteral(
            "INSERT INTO forecast_accuracy (run_id, level, key, location_id, sku_id, buckets, "
            "actual, forecast, abs_error, mape, wape, mase, bias, tracking_signal, stat_wape, "
            "computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const auto &[id, g] : groups) {
            const AccuracyMetrics m = g.acc.metrics();
            const bool hasActual = m.actual > 0;
            insert.bindValue(0, run.id);
            insert.bindValue(1, g.level);
            insert.bindValue(2, g.key);
            insert.bindValue(3, g.locationId >= 0 ? QVariant(g.locationId) : QVariant());
            insert.bindValue(4, g.skuId >= 0 ? QVariant(g.skuId) : QVariant());
            insert.bindValue(5, m.buckets);
            insert.bindValue(6, m.actual);
            insert.bindValue(7, m.forecast);
            insert.bindValue(8, m.absError);
            insert.bindValue(9, nullable(m.hasMape, m.mape));
            insert.bindValue(10, nullable(hasActual, m.wape));
            insert.bindValue(11, nullable(m.hasMase, m.mase));
            insert.bindValue(12, nullable(hasActual, m.bias));
            insert.bindValue(13, nullable(m.absError > 0, m.trackingSignal));
            insert.bindValue(14, nullable(hasActual, m.statWape));
            insert.bindValue(15, computedAt);
            if (!insert.exec())
                return sqlError(insert);
        }
        QSqlQuery mark(c.db());
        mark.prepare(QStringLiteral(
            "UPDATE forecast_runs SET accuracy_buckets = ?, accuracy_batch = ? WHERE id = ?"));
        mark.addBindValue(matured);
        mark.addBindValue(version);
        mark.addBindValue(run.id);
        if (!mark.exec())
            return sqlError(mark);
    }

    // Alerts for the newest evaluated run (newest history end; the highest id among equals).
    QSqlQuery latest(c.db());
    if (!latest.exec(QStringLiteral(
            "SELECT r.id, r.history_end_day FROM forecast_runs r WHERE EXISTS (SELECT 1 FROM "
            "forecast_accuracy a WHERE a.run_id = r.id) ORDER BY r.history_end_day DESC, r.id "
            "DESC LIMIT 1")))
        return sqlError(latest);
    if (latest.next()) {
        summary.latestRun = latest.value(0).toLongLong();
        const int latestEnd = latest.value(1).toInt();
        auto rows = loadAccuracy(c, summary.latestRun, QStringLiteral("network"), 1);
        if (rows && !rows->empty())
            summary.network = rows->front().metrics;
        QSqlQuery count(c.db());
        count.prepare(QStringLiteral(
            "SELECT count(*) FROM forecast_accuracy WHERE run_id = ? AND level = 'series'"));
        count.addBindValue(summary.latestRun);
        if (count.exec() && count.next())
            summary.series = count.value(0).toInt();

        const QString source = QStringLiteral("run:%1").arg(summary.latestRun);
        QSqlQuery alert(c.db());
        alert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO alerts (created_at, kind, severity, location_id, sku_id, "
            "scope, message, action, detail, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto raise = [&](const AccuracyRow &row, const QString &kind, const QString &severity,
                               const QString &message, const QString &action,
                               const QJsonObject &detail) -> Status {
            const QString scope = row.level + QLatin1Char(':') + row.key;
            alert.bindValue(0, computedAt);
            alert.bindValue(1, kind);
            alert.bindValue(2, severity);
            alert.bindValue(3, row.locationId >= 0 ? QVariant(row.locationId) : QVariant());
            alert.bindValue(4, row.skuId >= 0 ? QVariant(row.skuId) : QVariant());
            alert.bindValue(5, scope);
            alert.bindValue(6, message);
            alert.bindValue(7, action);
            alert.bindValue(
                8, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            alert.bindValue(9, source);
            if (!alert.exec())
                return sqlError(alert);
            if (alert.numRowsAffected() > 0)
                summary.alerts.append({kind, severity, scope, message, action});
            return {};
        };
        const QLocale locale;
        QSqlQuery previous(c.db());
        previous.prepare(QStringLiteral(
            "SELECT a.wape FROM forecast_accuracy a JOIN forecast_runs r ON r.id = a.run_id "
            "WHERE a.level = ? AND a.key = ? AND r.history_end_day < ? AND a.wape IS NOT NULL "
            "ORDER BY r.history_end_day DESC LIMIT 4"));
        for (const QString &level : {QStringLiteral("network"), QStringLiteral("location"),
                                     QStringLiteral("category"), QStringLiteral("series")}) {
            const bool series = level == QLatin1String("series");
            auto rowsAtLevel
                = loadAccuracy(c, summary.latestRun, level,
                               series ? std::max(settings.maxSeriesAlerts * 10, 100) : 0);
            if (!rowsAtLevel)
                return rowsAtLevel.error();
            int seriesAlerts = 0;
            for (const AccuracyRow &row : *rowsAtLevel) {
                if (series && seriesAlerts >= settings.maxSeriesAlerts)
                    break;
                const AccuracyMetrics &m = row.metrics;
                if (m.actual <= 0)
                    continue;
                previous.bindValue(0, level);
                previous.bindValue(1, row.key);
                previous.bindValue(2, latestEnd);
                if (!previous.exec())
                    return sqlError(previous);
                double sum = 0;
                int n = 0;
                while (previous.next()) {
                    sum += previous.value(0).toDouble();
                    ++n;
                }
                const QString name
                    = level == QLatin1String("network") ? tr("the network") : row.key;
                if (n >= 2) {
                    const double before = sum / n;
                    if (m.wape > before + settings.dropPoints
                        && m.wape > before * settings.dropRatio) {
                        const QString message
                            = tr("Forecast accuracy of %1 dropped: WAPE %2% against %3% over the "
                                 "previous %4 runs.")
                                  .arg(name, locale.toString(m.wape, 'f', 1),
                                       locale.toString(before, 'f', 1))
                                  .arg(n);
                        const QString action
                            = tr("Look for a level shift, a missed promotion or a data problem "
                                 "in the recent sales; re-run the forecast or override it.");
                        if (Status s = raise(row, QStringLiteral("forecast-accuracy-drop"),
                                             m.wape > 2 * before ? QStringLiteral("critical")
                                                                 : QStringLiteral("warning"),
                                             message, action,
                                             {{QStringLiteral("wape"), m.wape},
                                              {QStringLiteral("previousWape"), before},
                                              {QStringLiteral("previousRuns"), n}});
                            !s)
                            return s.error();
                        ++seriesAlerts;
                    }
                }
                if (m.buckets >= 4 && std::abs(m.trackingSignal) >= settings.trackingLimit
                    && std::abs(m.bias) >= settings.biasLimit) {
                    const bool under = m.trackingSignal > 0;
                    const QString message
                        = (under ? tr("%1 is consistently under-forecast: tracking signal %2, "
                                      "bias %3%.")
                                 : tr("%1 is consistently over-forecast: tracking signal %2, "
                                      "bias %3%."))
                              .arg(name, locale.toString(m.trackingSignal, 'f', 1),
                                   locale.toString(m.bias, 'f', 1));
                    const QString action
                        = under ? tr("Check for lost sales, a trend the model missed, or an "
                                     "override that is too low.")
                                : tr("Check for a demand drop, an ended promotion, or an "
                                     "override that is too high.");
                    if (Status s = raise(row, QStringLiteral("forecast-bias"),
                                         QStringLiteral("warning"), message, action,
                                         {{QStringLiteral("trackingSignal"), m.trackingSignal},
                                          {QStringLiteral("bias"), m.bias}});
                        !s)
                        return s.error();
                    ++seriesAlerts;
                }
            }
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return summary;
}

namespace {

const char *const kRowColumns = "SELECT a.run_id, r.history_end_day, a.level, a.key, "
                                "coalesce(a.location_id, -1), coalesce(a.sku_id, -1), a.buckets, "
                                "a.actual, a.forecast, a.abs_error, a.mape, a.wape, a.mase, "
                                "a.bias, a.tracking_signal, a.stat_wape FROM forecast_accuracy a "
                                "JOIN forecast_runs r ON r.id = a.run_id";

AccuracyRow readRow(const QSqlQuery &q)
{
    AccuracyRow row;
    row.runId = q.value(0).toLongLong();
    row.historyEndDay = q.value(1).toInt();
    row.level = q.value(2).toString();
    row.key = q.value(3).toString();
    row.locationId = q.value(4).toLongLong();
    row.skuId = q.value(5).toLongLong();
    AccuracyMetrics &m = row.metrics;
    m.buckets = q.value(6).toInt();
    m.actual = q.value(7).toDouble();
    m.forecast = q.value(8).toDouble();
    m.absError = q.value(9).toDouble();
    m.hasMape = !q.value(10).isNull();
    m.mape = q.value(10).toDouble();
    m.wape = q.value(11).toDouble();
    m.hasMase = !q.value(12).isNull();
    m.mase = q.value(12).toDouble();
    m.bias = q.value(13).toDouble();
    m.trackingSignal = q.value(14).toDouble();
    m.statWape = q.value(15).toDouble();
    return row;
}

} // namespace

Result<std::vector<AccuracyRow>> loadAccuracy(Storage::Connection &c, qint64 runId,
                                              const QString &level, int limit)
{
    QSqlQuery q(c.db());
    q.prepare(QString::fromLatin1(kRowColumns)
              + QStringLiteral(" WHERE a.run_id = ? AND a.level = ? ORDER BY a.abs_error DESC")
              + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    q.addBindValue(runId);
    q.addBindValue(level);
    if (!q.exec())
        return sqlError(q);
    std::vector<AccuracyRow> rows;
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<std::vector<AccuracyRow>> accuracyTrend(Storage::Connection &c, const QString &level,
                                               const QString &key)
{
    QSqlQuery q(c.db());
    q.prepare(
        QString::fromLatin1(kRowColumns)
        + QStringLiteral(" WHERE a.level = ? AND a.key = ? ORDER BY r.history_end_day, a.run_id"));
    q.addBindValue(level);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q);
    std::vector<AccuracyRow> rows;
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<QList<qint64>> evaluatedRuns(Storage::Connection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT r.id FROM forecast_runs r WHERE EXISTS (SELECT 1 FROM "
                               "forecast_accuracy a WHERE a.run_id = r.id) ORDER BY "
                               "r.history_end_day DESC, r.id DESC")))
        return sqlError(q);
    QList<qint64> runs;
    while (q.next())
        runs.append(q.value(0).toLongLong());
    return runs;
}

Result<QList<StoredAlert>> listForecastAlerts(Storage::Connection &c, bool includeResolved)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT id, created_at, kind, severity, scope, message, action, "
                               "source, coalesce(resolved_at, ''), coalesce(location_id, -1), "
                               "coalesce(sku_id, -1) FROM alerts WHERE kind LIKE 'forecast-%'")
                + (includeResolved ? QString() : QStringLiteral(" AND resolved_at IS NULL"))
                + QStringLiteral(" ORDER BY severity = 'critical' DESC, id DESC")))
        return sqlError(q);
    QList<StoredAlert> alerts;
    while (q.next()) {
        StoredAlert a;
        a.id = q.value(0).toLongLong();
        a.createdAt = q.value(1).toString();
        a.kind = q.value(2).toString();
        a.severity = q.value(3).toString();
        a.scope = q.value(4).toString();
        a.message = q.value(5).toString();
        a.action = q.value(6).toString();
        a.source = q.value(7).toString();
        a.resolvedAt = q.value(8).toString();
        a.locationId = q.value(9).toLongLong();
        a.skuId = q.value(10).toLongLong();
        alerts.append(a);
    }
    return alerts;
}

Status resolveAlert(Storage::Connection &c, qint64 alertId, const QString &user)
{
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    QSqlQuery q(c.db());
    q.prepare(
        QStringLiteral("UPDATE alerts SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    q.addBindValue(now);
    q.addBindValue(alertId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return Error(tr("Alert %1 is not open.").arg(alertId), QStringLiteral("state"));
    QSqlQuery audit(c.db());
    audit.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, "
                                 "entity_key) VALUES (?, ?, 'alert-resolve', 'alert', ?)"));
    audit.addBindValue(now);
    audit.addBindValue(user.isEmpty() ? currentUserName() : user);
    audit.addBindValue(QString::number(alertId));
    if (!audit.exec())
        return sqlError(audit);
    return transaction.commit();
}

qint64 latestEvaluatedRun(Storage::Connection &c)
{
    QSqlQuery q(c.db());
    if (q.exec(QStringLiteral("SELECT r.id FROM forecast_runs r WHERE EXISTS (SELECT 1 FROM "
                              "forecast_accuracy a WHERE a.run_id = r.id) ORDER BY "
                              "r.history_end_day DESC, r.id DESC LIMIT 1"))
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace Stockshift::Forecast
