// Storage::SalesRange — the first and last day of the sales history, kept in app_settings
// ("sales.first_day", "sales.last_day") by the writers of sales (the importer, the demo), so that
// readers — the forecast engine, the database summary — need not scan tens of millions of rows
// for min(day) and max(day): the sales table is clustered by (location, sku, day).
//
// Contract: writers call extendSalesDayRange() inside the transaction that wrote the rows, or
// refreshSalesDayRange() after deleting rows; salesDayRange() falls back to a scan when nothing
// is stored (a database written by other means). Caller's thread and Connection.
#pragma once

#include "common/Result.h"

#include <optional>

namespace Stockshift::Storage {

class Connection;

struct DayRange
{
    int first = 0, last = 0;
};

/// The stored range, or the scanned one; nullopt when there are no sales.
std::optional<DayRange> salesDayRange(Connection &connection);
/// Widens the stored range to include [first, last]. When none is stored yet, the rows that were
/// there before count too: a scan finds them, unless `tableWasEmpty` says there were none.
Status extendSalesDayRange(Connection &connection, int first, int last, bool tableWasEmpty = false);
/// Recomputes the range by a scan and stores it (clears it when there are no sales).
Status refreshSalesDayRange(Connection &connection);

} // namespace Stockshift::Storage
