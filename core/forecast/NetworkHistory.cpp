#include "forecast/NetworkHistory.h"

#include "storage/Connection.h"
#include "storage/SalesRange.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <unordered_set>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text) : QString();
}

Error sqlError(sqlite3 *db)
{
    return Error(
        tr("Reading the sales history failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))),
        QStringLiteral("sql"));
}

// The series filter of one SKU and/or location (a prefix of the sales primary key, so SQLite
// reads only that range). Active master data is checked in memory, not by a join per row.
QByteArray seriesFilter(const HistorySettings &s, const char *alias)
{
    QByteArray where;
    if (s.locationId >= 0)
        where += QByteArray(" AND ") + alias + ".location_id = " + QByteArray::number(s.locationId);
    if (s.skuId >= 0)
        where += QByteArray(" AND ") + alias + ".sku_id = " + QByteArray::number(s.skuId);
    return where;
}

struct ScanRange
{
    int origin = 0, lastDay = 0, buckets = 0, bucketDays = 7;
    QByteArray filter;
    std::function<bool(qint64, qint64)> excluded;
    qint64 fromLocation = 1, toLocation = 0; // from > to: all locations
};

// One pass over a range of the clustered primary key: the rows arrive series by series. Fills
// `out` with the series of locations [fromLocation, toLocation] (all when from > to).
Status scanSales(sqlite3 *db, const ScanRange &r, std::vector<SeriesHistory> &out,
                 const std::atomic_bool *cancel)
{
    sqlite3_stmt *stmt = nullptr;
    QByteArray sql = "SELECT s.location_id, s.sku_id, s.day, s.quantity, s.revenue, s.promo FROM "
                     "sales s WHERE s.day BETWEEN ?1 AND ?2"
                     + r.filter;
    if (r.fromLocation <= r.toLocation)
        sql += " AND s.location_id BETWEEN ?3 AND ?4";
    sql += " ORDER BY s.location_id, s.sku_id, s.day";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return sqlError(db);
    sqlite3_bind_int(stmt, 1, r.origin);
    sqlite3_bind_int(stmt, 2, r.lastDay);
    if (r.fromLocation <= r.toLocation) {
        sqlite3_bind_int64(stmt, 3, r.fromLocation);
        sqlite3_bind_int64(stmt, 4, r.toLocation);
    }
    const int origin = r.origin, bucketDays = r.bucketDays, buckets = r.buckets;
    std::vector<double> revenue, pricedQuantity;
    bool anyPromo = false;
    const auto finish = [&] {
        if (out.empty())
            return;
        SeriesHistory &s = out.back();
        if (!anyPromo)
            s.promo.clear();
        s.price.assign(s.values.size(), std::nanf(""));
        float low = INFINITY, high = -INFINITY;
        for (std::size_t t = 0; t < s.values.size(); ++t) {
            if (pricedQuantity[t] > 0) {
                const auto p = float(revenue[t] / pricedQuantity[t]);
                s.price[t] = p;
                low = std::min(low, p);
                high = std::max(high, p);
            }
        }
        // A constant price explains nothing: keep the vector only when it moves by ≥ 1%.
        if (!(high > low * 1.01f))
            s.price.clear();
    };
    int rows = 0;
    qint64 skippedLocation = -1, skippedSku = -1;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        if (cancel && (++rows & 0xffff) == 0 && cancel->load()) {
            sqlite3_finalize(stmt);
            return Error(tr("Cancelled."), QStringLiteral("cancelled"));
        }
        const qint64 location = sqlite3_column_int64(stmt, 0), sku = sqlite3_column_int64(stmt, 1);
        // Rows arrive series by series: the active check runs once per series.
        if (location == skippedLocation && sku == skippedSku)
            continue;
        const bool newSeries
            = out.empty() || out.back().locationId != location || out.back().skuId != sku;
        if (newSeries && r.excluded(location, sku)) {
            skippedLocation = location;
            skippedSku = sku;
            continue;
        }
        const int bucket = (sqlite3_column_int(stmt, 2) - origin) / bucketDays;
        if (newSeries) {
            finish();
            SeriesHistory s;
            s.locationId = location;
            s.skuId = sku;
            s.firstBucket = bucket;
            s.values.assign(std::size_t(buckets - bucket), 0.0);
            s.promo.assign(s.values.size(), 0.0f);
            revenue.assign(s.values.size(), 0.0);
            pricedQuantity.assign(s.values.size(), 0.0);
            anyPromo = false;
            out.push_back(std::move(s));
        }
        SeriesHistory &s = out.back();
        const auto t = std::size_t(bucket - s.firstBucket);
        const double quantity = sqlite3_column_double(stmt, 3);
        s.values[t] += quantity;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL && quantity > 0) {
            revenue[t] += sqlite3_column_double(stmt, 4);
            pricedQuantity[t] += quantity;
        }
        if (sqlite3_column_int(stmt, 5) == 1) {
            s.promo[t] += 1.0f / float(bucketDays);
            anyPromo = true;
        }
    }
    finish();
    const int rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return sqlError(db);
    return {};
}

} // namespace

std::vector<NetworkHistory::Event> NetworkHistory::eventsFor(const SeriesHistory &s) const
{
    const auto location = locations.find(s.locationId);
    const auto sku = skus.find(s.skuId);
    std::vector<Event> out;
    for (const Event &e : events) {
        if (!e.locationCode.isEmpty()
            && (location == locations.end() || location->second.code != e.locationCode))
            continue;
        if (!e.region.isEmpty()
            && (location == locations.end() || location->second.region != e.region))
            continue;
        if (!e.skuCode.isEmpty() && (sku == skus.end() || sku->second.code != e.skuCode))
            continue;
        if (!e.category.isEmpty() && (sku == skus.end() || sku->second.category != e.category))
            continue;
        out.push_back(e);
    }
    return out;
}

SeriesContext NetworkHistory::contextFor(const SeriesHistory &s) const
{
    SeriesContext context;
    context.bucketDays = bucketDays;
    context.firstDay = bucketStart(s.firstBucket);
    const int n = int(s.values.size());
    const int total = n + horizon;

    const std::vector<Event> inScope = eventsFor(s);
    // Share of each bucket's days covered by the in-scope events of one kind.
    const auto eventShare = [&](const QString &kind) {
        std::vector<double> share(std::size_t(total), 0.0);
        bool any = false;
        for (const Event &e : inScope) {
            if (e.kind != kind)
                continue;
            const int first = std::max(e.start, context.firstDay);
            const int last = std::min(e.end, context.firstDay + total * bucketDays - 1);
            for (int day = first; day <= last; ++day) {
                const int t = (day - context.firstDay) / bucketDays;
                share[std::size_t(t)] = std::min(1.0, share[std::size_t(t)] + 1.0 / bucketDays);
                any = true;
            }
        }
        return any ? share : std::vector<double>();
    };
    // A regressor is only worth a coefficient when it varies over the history.
    const auto add = [&](const QString &name, std::vector<double> values) {
        if (values.empty())
            return;
        const bool variesInHistory = std::any_of(values.begin(), values.begin() + n,
                                                 [&](double v) { return v != values[0]; });
        if (variesInHistory)
            context.regressors.push_back({name, std::move(values)});
    };

    std::vector<double> promo = eventShare(QStringLiteral("promotion"));
    if (!s.promo.empty()) {
        if (promo.empty())
            promo.assign(std::size_t(total), 0.0);
        for (int t = 0; t < n; ++t)
            promo[std::size_t(t)]
                = std::max(promo[std::size_t(t)], double(s.promo[std::size_t(t)]));
    }
    add(QStringLiteral("promo"), std::move(promo));
    add(QStringLiteral("holiday"), eventShare(QStringLiteral("holiday")));
    add(QStringLiteral("event"), eventShare(QStringLiteral("event")));
    add(QStringLiteral("closure"), eventShare(QStringLiteral("closure")));

    if (!s.price.empty()) {
        // Carried forward over buckets without sales; before the first priced bucket, the first
        // known price. The future is priced at the last price seen outside a promotion (a
        // planned price list would replace this; none is imported yet).
        std::vector<double> price(std::size_t(total), std::nan(""));
        double last = std::nan(""), lastRegular = std::nan("");
        for (int t = 0; t < n; ++t) {
            const double p = s.price[std::size_t(t)];
            if (std::isfinite(p)) {
                last = p;
                if (s.promo.empty() || s.promo[std::size_t(t)] == 0)
                    lastRegular = p;
            }
            price[std::size_t(t)] = last;
        }
        const auto firstKnown = std::find_if(price.begin(), price.begin() + n,
                                             [](double v) { return std::isfinite(v); });
        if (firstKnown != price.begin() + n) {
            std::fill(price.begin(), firstKnown, *firstKnown);
            std::fill(price.begin() + n, price.end(),
                      std::isfinite(lastRegular) ? lastRegular : last);
            add(QStringLiteral("price"), std::move(price));
        }
    }
    return context;
}

Result<NetworkHistory> loadNetworkHistory(Storage::Connection &connection,
                                          const HistorySettings &settings,
                                          const std::atomic_bool *cancel)
{
    if (settings.bucketDays != 1 && settings.bucketDays != 7)
        return Error(tr("The bucket must be a day or a week."), QStringLiteral("bad-bucket"));
    sqlite3 *db = connection.handle();
    NetworkHistory history;
    history.bucketDays = settings.bucketDays;
    history.horizon = std::max(settings.horizon, 0);

    // Master data, and which of it is active.
    std::unordered_set<qint64> inactiveLocations, inactiveSkus;
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT id, code, region, active FROM locations", -1, &stmt,
                               nullptr)
            != SQLITE_OK)
            return sqlError(db);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(stmt, 0);
            history.locations[id] = {columnText(stmt, 1), columnText(stmt, 2)};
            if (sqlite3_column_int(stmt, 3) == 0)
                inactiveLocations.insert(id);
        }
        sqlite3_finalize(stmt);
        if (sqlite3_prepare_v2(db,
                               "SELECT id, code, category, coalesce(unit_price, 0), active FROM "
                               "skus",
                               -1, &stmt, nullptr)
            != SQLITE_OK)
            return sqlError(db);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(stmt, 0);
            history.skus[id]
                = {columnText(stmt, 1), columnText(stmt, 2), sqlite3_column_double(stmt, 3)};
            if (sqlite3_column_int(stmt, 4) == 0)
                inactiveSkus.insert(id);
        }
        sqlite3_finalize(stmt);
    }
    const auto excluded = [&](qint64 location, qint64 sku) {
        return settings.activeOnly
               && (inactiveLocations.count(location) > 0 || inactiveSkus.count(sku) > 0);
    };

    // The day range: of the one series asked for (a key-prefix lookup), or of all sales as the
    // writers keep it (Storage::SalesRange) — never a min/max scan of the whole table per run.
    const QByteArray filter = seriesFilter(settings, "s");
    int firstDay = 0, lastDay = 0;
    if (settings.locationId >= 0 && settings.skuId >= 0) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = "SELECT min(s.day), max(s.day) FROM sales s WHERE 1 = 1" + filter;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return sqlError(db);
        const bool found
            = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL;
        if (found) {
            firstDay = sqlite3_column_int(stmt, 0);
            lastDay = sqlite3_column_int(stmt, 1);
        }
        sqlite3_finalize(stmt);
        if (!found)
            return Error(tr("The database has no sales history to forecast from."),
                         QStringLiteral("no-history"));
    } else {
        const auto range = Storage::salesDayRange(connection);
        if (!range)
            return Error(tr("The database has no sales history to forecast from."),
                         QStringLiteral("no-history"));
        firstDay = range->first;
        lastDay = range->last;
    }
    if (settings.endDay >= 0)
        lastDay = settings.endDay;
    if (settings.startDay >= 0)
        firstDay = settings.startDay;
    const int buckets = (lastDay - firstDay + 1) / settings.bucketDays;
    if (buckets < 2)
        return Error(tr("The sales history is shorter than two buckets."),
                     QStringLiteral("no-history"));
    history.buckets = buckets;
    history.lastDay = lastDay;
    history.origin = lastDay - buckets * settings.bucketDays + 1;
    const int origin = history.origin, bucketDays = settings.bucketDays;

    // The calendar over history and horizon, for the regressors.
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT kind, start_day, end_day, location_code, region, sku_code, "
                               "category, name FROM events WHERE end_day >= ?1 AND start_day <= ?2",
                               -1, &stmt, nullptr)
            != SQLITE_OK)
            return sqlError(db);
        sqlite3_bind_int(stmt, 1, origin);
        sqlite3_bind_int(stmt, 2, lastDay + history.horizon * bucketDays);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            history.events.push_back({columnText(stmt, 7), columnText(stmt, 0),
                                      sqlite3_column_int(stmt, 1), sqlite3_column_int(stmt, 2),
                                      columnText(stmt, 3), columnText(stmt, 4), columnText(stmt, 5),
                                      columnText(stmt, 6)});
        sqlite3_finalize(stmt);
    }

    // The sales: one scan per group of locations, in parallel on their own connections when
    // the whole network is read (the scan is most of a large run's reading time).
    {
        ScanRange range;
        range.origin = origin;
        range.lastDay = lastDay;
        range.buckets = buckets;
        range.bucketDays = bucketDays;
        range.filter = filter;
        range.excluded = excluded;
        std::vector<qint64> locationIds;
        for (const auto &[id, info] : history.locations)
            locationIds.push_back(id);
        std::sort(locationIds.begin(), locationIds.end());
        const int workers = std::max(1, settings.threads);
        if (workers == 1 || settings.locationId >= 0 || locationIds.size() < 2) {
            if (Status st = scanSales(db, range, history.series, cancel); !st)
                return st.error();
        } else {
            // Locations in id order, dealt into chunks of about equal count; each chunk's series
            // come back in key order, so concatenating them keeps the whole list sorted.
            const std::size_t chunks
                = std::min<std::size_t>(locationIds.size(), std::size_t(workers) * 4);
            std::vector<ScanRange> ranges(chunks, range);
            for (std::size_t k = 0; k < chunks; ++k) {
                ranges[k].fromLocation = locationIds[k * locationIds.size() / chunks];
                ranges[k].toLocation = locationIds[(k + 1) * locationIds.size() / chunks - 1];
            }
            std::vector<std::vector<SeriesHistory>> parts(chunks);
            std::vector<Status> statuses(chunks);
            std::vector<std::size_t> order(chunks);
            std::iota(order.begin(), order.end(), 0);
            QThreadPool pool;
            pool.setMaxThreadCount(workers);
            const QString path = connection.path();
            QtConcurrent::blockingMap(&pool, order, [&](std::size_t k) {
                Storage::Connection::Options options;
                options.createIfMissing = false;
                options.migrate = false;
                options.mode = Storage::Connection::Mode::ReadOnly;
                auto own = Storage::Connection::open(path, options);
                if (!own) {
                    statuses[k] = own.error();
                    return;
                }
                statuses[k] = scanSales((*own)->handle(), ranges[k], parts[k], cancel);
            });
            for (const Status &st : statuses)
                if (!st)
                    return st.error();
            std::size_t total = 0;
            for (const auto &part : parts)
                total += part.size();
            history.series.reserve(total);
            for (auto &part : parts)
                for (auto &series : part)
                    history.series.push_back(std::move(series));
        }
    }

    if (history.series.empty())
        return Error(tr("No active SKU × location has sales to forecast."),
                     QStringLiteral("no-history"));

    // Stockout periods → share of each bucket's days out of stock. Series are sorted by
    // (location, sku), so each period finds its series by binary search.
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = "SELECT s.location_id, s.sku_id, s.start_day, s.end_day FROM "
                               "stockouts s WHERE s.end_day >= ?1 AND s.start_day <= ?2"
                               + filter;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return sqlError(db);
        sqlite3_bind_int(stmt, 1, origin);
        sqlite3_bind_int(stmt, 2, lastDay);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const std::pair<qint64, qint64> key{sqlite3_column_int64(stmt, 0),
                                                sqlite3_column_int64(stmt, 1)};
            const auto it = std::lower_bound(history.series.begin(), history.series.end(), key,
                                             [](const SeriesHistory &s, const auto &k) {
                                                 return std::pair(s.locationId, s.skuId) < k;
                                             });
            if (it == history.series.end() || std::pair(it->locationId, it->skuId) != key)
                continue; // no sales at all: nothing to forecast from anyway
            SeriesHistory &s = *it;
            const int seriesStart = origin + s.firstBucket * bucketDays;
            const int first = std::max(sqlite3_column_int(stmt, 2), seriesStart);
            const int last = std::min(sqlite3_column_int(stmt, 3), lastDay);
            if (first > last)
                continue;
            if (s.censored.empty())
                s.censored.assign(s.values.size(), 0.0f);
            for (int day = first; day <= last; ++day) {
                const auto t = std::size_t((day - seriesStart) / bucketDays);
                s.censored[t] = std::min(1.0f, s.censored[t] + 1.0f / float(bucketDays));
            }
        }
        sqlite3_finalize(stmt);
    }

    return history;
}

} // namespace Stockshift::Forecast
