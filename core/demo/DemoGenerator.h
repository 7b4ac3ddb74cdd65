// Demo::DemoGenerator — a deterministic, seedable generator of a believable planning network.
//
// Contract:
// - Same DemoSettings (seed and sizes) → byte-identical CSV files and identical database rows,
//   on every platform (own PRNG and distributions; no std:: distributions, whose output differs
//   between standard libraries).
// - By default: 1 national DC, 4 regional hubs, 12 stores / micro-fulfilment centres, 3 partner
//   sellers with agreements; 300 SKUs in several categories with two years of daily sales mixing
//   smooth, trending, weekly- and yearly-seasonal, intermittent and lumpy demand, new products
//   with short history, promotions and a few outliers; perishable SKUs with lots and expiry;
//   suppliers with lead times, MOQ and pack sizes; lanes whose cost and lead time follow
//   distance; open orders; customers with CLTV scores; an events calendar.
// - writeCsv() writes one file per import kind, named KindSpec::fileName ("sales.csv", …), in the
//   generic layout that `stockshift-cli import` reads with no options.
// - writeDatabase() writes the same network straight into a database in one transaction.
// - Runs on any thread; reports progress and honours cancel between phases/series.
#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Stockshift::Demo {

struct DemoSettings
{
    quint64 seed = 42;
    int skus = 300;
    int locations = 20; ///< total sites incl. 1 DC, hubs (~locations/5), 3 partner sellers
    int days = 730;     ///< days of sales history, ending on endDay
    int endDay = -1;    ///< last history day (day number); -1 = 2026-10-31 (fixed, for determinism)
    int suppliers = 12;
    int customers = 2000;
};

struct DemoSummary
{
    qint64 locations = 0, skus = 0, stockRows = 0, salesRows = 0, lanes = 0, suppliers = 0,
           supplierItems = 0, openOrders = 0, customers = 0, agreements = 0, events = 0,
           stockouts = 0;
    qint64 elapsedMs = 0;
};

class DemoGenerator
{
public:
    using Progress = std::function<void(int percent, const QString &phase)>;

    explicit DemoGenerator(const DemoSettings &settings);

    /// Writes the CSV folder (created if needed). Existing files of the same names are replaced.
    Result<DemoSummary> writeCsv(const QString &folder, const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr) const;

    /// Writes the network into the database at `databasePath` (created and migrated if needed).
    /// Refuses a database that already holds locations or SKUs (code "not-empty").
    Result<DemoSummary> writeDatabase(const QString &databasePath, const Progress &progress = {},
                                      const std::atomic_bool *cancel = nullptr) const;

private:
    DemoSettings m_settings;
};

} // namespace Stockshift::Demo
