#include "inventory/Projection.h"

#include <algorithm>
#include <cmath>

namespace Stockshift::Inventory {

namespace {

struct Batch
{
    int expiry;
    double qty;
};

// The working lots of one projection; one buffer per thread, so a million projections cost no
// million allocations.
std::vector<Batch> &batchBuffer()
{
    thread_local std::vector<Batch> buffer;
    buffer.clear();
    return buffer;
}

int shelfExpiry(int shelfLife, int day, int dueDay)
{
    return shelfLife > 0 ? std::max(day, dueDay) + shelfLife : kNoExpiry;
}

// Inserts an arrival after the batches that expire no later (FEFO order is kept).
void insertArrival(std::vector<Batch> &batches, std::size_t first, int expiry, double qty)
{
    const auto at = std::upper_bound(batches.begin() + std::ptrdiff_t(first), batches.end(), expiry,
                                     [](int e, const Batch &b) { return e < b.expiry; });
    batches.insert(at, {expiry, qty});
}

} // namespace

double ProjectionResult::writeOffBefore(int day) const
{
    double total = 0;
    for (const auto &[d, qty] : writeOffEvents) {
        if (d >= day)
            break;
        total += qty;
    }
    return total;
}

double demandOver(const InventorySnapshot &snapshot, const InventoryRow &row, double fromDay,
                  double days)
{
    if (!(days > 0))
        return 0.0;
    // Bucket by bucket: the rate is constant inside a demand bucket and past the last one.
    const double to = fromDay + days;
    const int bucketDays = std::max(1, snapshot.demandBucketDays);
    double total = 0;
    double x = std::max(fromDay, 0.0);
    if (fromDay < 0) // days before the planning day have no demand
        x = 0;
    while (x < to) {
        const int day = int(std::floor(x));
        const int bucket = day / bucketDays;
        const double end
            = bucket < row.demandCount ? std::min(to, double((bucket + 1) * bucketDays)) : to;
        total += snapshot.demandOn(row, day) * (end - x);
        x = end;
    }
    return total;
}

namespace {

// Day by day: the reference, and the path that keeps the daily levels for the chart.
ProjectionResult projectDaily(const InventorySnapshot &snapshot, const InventoryRow &row, int days,
                              bool includeInbound)
{
    ProjectionResult out;
    std::vector<Batch> &batches = batchBuffer();
    for (int i = 0; i < row.lotCount; ++i) {
        const Lot &lot = snapshot.lots[std::size_t(row.lotBegin + i)];
        batches.push_back({lot.expiryDay, lot.quantity});
    }
    const int shelfLife = snapshot.sku(row).shelfLifeDays;
    int nextInbound = 0;
    std::size_t first = 0; // batches before `first` are empty
    double stock = 0;
    for (const Batch &b : batches)
        stock += b.qty;
    out.levels.reserve(std::size_t(days));
    out.writeOffs.assign(std::size_t(std::max(days, 0)), 0.0);
    double stockSum = 0;
    for (int d = 0; d < days; ++d) {
        const int day = snapshot.asOfDay + d;
        // Arrivals at the start of their due day (overdue orders arrive on day 0).
        while (includeInbound && nextInbound < row.inboundCount) {
            const Inbound &in = snapshot.inbound[std::size_t(row.inboundBegin + nextInbound)];
            if (in.dueDay > day)
                break;
            insertArrival(batches, first, shelfExpiry(shelfLife, day, in.dueDay), in.quantity);
            stock += in.quantity;
            ++nextInbound;
        }
        // Write-offs: a lot is unsellable from its expiry day on.
        while (first < batches.size() && batches[first].expiry <= day) {
            if (batches[first].qty > 0) {
                out.writeOff += batches[first].qty;
                out.firstWriteOffDay = std::min(out.firstWriteOffDay, day);
                out.writeOffs[std::size_t(d)] += batches[first].qty;
                out.writeOffEvents.push_back({day, batches[first].qty});
                stock -= batches[first].qty;
            }
            ++first;
        }
        // Sales, first expiry first.
        double demand = snapshot.demandOn(row, d);
        for (std::size_t i = first; i < batches.size() && demand > 1e-12; ++i) {
            const double take = std::min(batches[i].qty, demand);
            batches[i].qty -= take;
            demand -= take;
            stock -= take;
        }
        while (first < batches.size() && batches[first].qty <= 1e-12)
            ++first;
        if (demand > 1e-9) {
            out.unmet += demand;
            if (out.stockoutDay == kNoExpiry)
                out.stockoutDay = day;
        }
        stock = std::max(stock, 0.0);
        stockSum += stock;
        out.levels.push_back(stock);
    }
    out.endStock = stock;
    out.averageStock = days > 0 ? stockSum / days : stock;
    return out;
}

// Event to event: between two events (an arrival, the earliest expiry, a demand bucket
// boundary) the daily demand is constant and nothing arrives or expires, so the stock falls
// linearly and the day it runs out is a division.
ProjectionResult projectEvents(const InventorySnapshot &snapshot, const InventoryRow &row, int days,
                               bool includeInbound)
{
    ProjectionResult out;
    std::vector<Batch> &batches = batchBuffer();
    double stock = 0;
    for (int i = 0; i < row.lotCount; ++i) {
        const Lot &lot = snapshot.lots[std::size_t(row.lotBegin + i)];
        if (lot.quantity > 0) {
            batches.push_back({lot.expiryDay, lot.quantity});
            stock += lot.quantity;
        }
    }
    const int shelfLife = snapshot.sku(row).shelfLifeDays;
    const int bucketDays = std::max(1, snapshot.demandBucketDays);
    int nextInbound = 0;
    std::size_t first = 0;
    double stockSum = 0;
    int t = 0;
    while (t < days) {
        const int day = snapshot.asOfDay + t;
        while (includeInbound && nextInbound < row.inboundCount) {
            const Inbound &in = snapshot.inbound[std::size_t(row.inboundBegin + nextInbound)];
            if (in.dueDay > day)
                break;
            if (in.quantity > 0) {
                insertArrival(batches, first, shelfExpiry(shelfLife, day, in.dueDay), in.quantity);
                stock += in.quantity;
            }
            ++nextInbound;
        }
        while (first < batches.size() && batches[first].expiry <= day) {
            if (batches[first].qty > 1e-12) {
                out.writeOff += batches[first].qty;
                out.firstWriteOffDay = std::min(out.firstWriteOffDay, day);
                out.writeOffEvents.push_back({day, batches[first].qty});
                stock -= batches[first].qty;
            }
            ++first;
        }
        // The next event after today.
        int next = days;
        const int bucket = t / bucketDays;
        if (bucket < row.demandCount)
            next = std::min(next, (bucket + 1) * bucketDays);
        if (includeInbound && nextInbound < row.inboundCount)
            next = std::min(next,
                            snapshot.inbound[std::size_t(row.inboundBegin + nextInbound)].dueDay
                                - snapshot.asOfDay);
        if (first < batches.size() && batches[first].expiry != kNoExpiry)
            next = std::min(next, batches[first].expiry - snapshot.asOfDay);
        next = std::max(next, t + 1);
        const int n = next - t;
        const double rate = snapshot.demandOn(row, t);
        stock = std::max(stock, 0.0);
        if (rate <= 0) {
            stockSum += n * stock;
        } else if (stock >= rate * n - 1e-9) {
            // Enough for every day: take n days of demand FEFO.
            double demand = rate * n;
            for (std::size_t i = first; i < batches.size() && demand > 1e-12; ++i) {
                const double take = std::min(batches[i].qty, demand);
                batches[i].qty -= take;
                demand -= take;
            }
            // Σ end-of-day stock = n·S − r·n(n+1)/2.
            stockSum += n * stock - rate * n * (n + 1) / 2.0;
            stock = std::max(0.0, stock - rate * n);
        } else {
            // Runs out: days t … t+k−1 are met in full, day t+k in part (or not at all).
            const int k = int(std::floor(stock / rate + 1e-12));
            if (out.stockoutDay == kNoExpiry)
                out.stockoutDay = day + k;
            out.unmet += rate * n - stock;
            stockSum += k * stock - rate * k * (k + 1) / 2.0;
            for (std::size_t i = first; i < batches.size(); ++i)
                batches[i].qty = 0;
            stock = 0;
        }
        while (first < batches.size() && batches[first].qty <= 1e-12)
            ++first;
        t = next;
    }
    out.endStock = std::max(stock, 0.0);
    out.averageStock = days > 0 ? stockSum / days : out.endStock;
    return out;
}

} // namespace

ProjectionResult projectStock(const InventorySnapshot &snapshot, const InventoryRow &row, int days,
                              bool includeInbound, bool keepLevels)
{
    return keepLevels ? projectDaily(snapshot, row, days, includeInbound)
                      : projectEvents(snapshot, row, days, includeInbound);
}

} // namespace Stockshift::Inventory
