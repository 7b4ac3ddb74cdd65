// Forecast::NetworkHistory — the frozen copy of what a network forecast reads from the database:
// the sales history of every active SKU × location summed into buckets, the days each bucket was
// out of stock (censored), promotion flags and prices, and the calendar of events, so that each
// series' SeriesContext (regressors over history and horizon) can be built on any thread.
//
// Contract:
// - loadNetworkHistory() runs on the calling thread with the caller's Connection (and, with
//   `threads` > 1, on workers with their own read-only connections); afterwards the
//   NetworkHistory is plain data, read-only and safe to share between worker threads.
// - Buckets: `bucketDays` days (1 or 7) ending on `endDay` (the last sales day by default):
//   bucket b covers days origin + b·bucketDays … origin + (b+1)·bucketDays − 1. A series starts
//   at the bucket of its first sale (new products are not padded with zeros); the first bucket
//   may be partial and is counted from its first day anyway (said in the header of the view).
// - Censoring: for each bucket, the share of its days inside a stockout period (stockouts table).
// - Regressors (contextFor): "promo" (share of days on promotion: the sales promo flag, or a
//   promotion event in scope), "holiday", "event", "closure" (share of days with such an event in
//   scope), and "price" (revenue / quantity per bucket, carried forward, future = the last
//   regular price) when the price varies. A regressor that is zero over the whole history is left
//   out (nothing can be learnt from it). Events are in scope when their location code or region
//   and their SKU code or category match (empty = all).
#pragma once

#include "common/Result.h"
#include "forecast/Method.h"

#include <QString>

#include <atomic>
#include <unordered_map>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Forecast {

struct HistorySettings
{
    int bucketDays = 7; ///< 1 = day, 7 = week
    int horizon = 13;   ///< buckets after the history for which regressors are built
    int endDay = -1;    ///< last history day (day number); -1 = the last sales day
    /// First day of bucket 0 (a bucket start of an earlier load, so that buckets line up with
    /// it); -1 = from the first sales day.
    int startDay = -1;
    qint64 locationId = -1; ///< ≥ 0: only this location (one series for the GUI)
    qint64 skuId = -1;      ///< ≥ 0: only this SKU
    bool activeOnly = true; ///< only active SKUs at active locations
    /// Reading the sales of the whole network: this many scans in parallel, each on its own
    /// read-only connection to the same file (SQLite's WAL lets readers run side by side).
    int threads = 1;
};

struct SeriesHistory
{
    qint64 locationId = 0, skuId = 0;
    int firstBucket = 0;         ///< bucket index of values[0]
    std::vector<double> values;  ///< demand per bucket, from firstBucket to the last bucket
    std::vector<float> censored; ///< share of each bucket's days out of stock; empty = none
    std::vector<float> promo;    ///< share of each bucket's days with the sales promo flag
    std::vector<float> price;    ///< revenue / quantity per bucket (NaN: no sales); empty = none
};

struct NetworkHistory
{
    struct Event
    {
        QString name;
        QString kind; ///< promotion, holiday, event, closure
        int start = 0, end = 0;
        QString locationCode, region, skuCode, category;
    };
    struct LocationInfo
    {
        QString code, region;
    };
    struct SkuInfo
    {
        QString code, category;
        double unitPrice = 0; ///< 0 when unknown
    };

    int bucketDays = 7;
    int horizon = 13;
    int origin = 0;  ///< first day of bucket 0
    int buckets = 0; ///< history buckets
    int lastDay = 0; ///< last history day
    std::vector<SeriesHistory> series;
    std::vector<Event> events;
    std::unordered_map<qint64, LocationInfo> locations;
    std::unordered_map<qint64, SkuInfo> skus;

    /// First day of a bucket (may be negative indices for none; b ≥ 0 expected).
    int bucketStart(int bucket) const { return origin + bucket * bucketDays; }
    /// Calendar and regressors of one series over its history and the horizon.
    SeriesContext contextFor(const SeriesHistory &series) const;
    /// The events in scope of a series (location or region, SKU or category).
    std::vector<Event> eventsFor(const SeriesHistory &series) const;
};

Result<NetworkHistory> loadNetworkHistory(Storage::Connection &connection,
                                          const HistorySettings &settings,
                                          const std::atomic_bool *cancel = nullptr);

} // namespace Stockshift::Forecast
