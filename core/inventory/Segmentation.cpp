#include "inventory/Segmentation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Stockshift::Inventory {

double annualDemandValue(const InventorySnapshot &snapshot, const InventoryRow &row)
{
    if (row.historyDays <= 0 || row.soldUnits <= 0)
        return 0.0;
    const double annualUnits = row.soldUnits * 365.0 / std::max(row.historyDays, 28);
    const SkuInfo &sku = snapshot.sku(row);
    const double unit = std::isfinite(sku.unitCost) && sku.unitCost > 0     ? sku.unitCost
                        : std::isfinite(sku.unitPrice) && sku.unitPrice > 0 ? sku.unitPrice
                                                                            : 1.0;
    return annualUnits * unit;
}

std::vector<Segment> segment(const InventorySnapshot &snapshot,
                             const SegmentationSettings &settings)
{
    const std::size_t n = snapshot.rows.size();
    std::vector<Segment> out(n);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const InventoryRow &r = snapshot.rows[i];
        out[i].annualValue = annualDemandValue(snapshot, r);
        total += out[i].annualValue;
        out[i].cv = r.weeklyMean > 0 ? r.weeklySd / r.weeklyMean : 0.0;
        out[i].xyz = r.weeklyMean <= 0              ? 'Z'
                     : out[i].cv <= settings.xMaxCv ? 'X'
                     : out[i].cv <= settings.yMaxCv ? 'Y'
                                                    : 'Z';
    }
    // Highest value first; ties by row order, so the result does not depend on the sort.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return out[a].annualValue > out[b].annualValue;
    });
    double cumulative = 0;
    for (std::size_t i : order) {
        // A row is A while the value before it is still inside the A share: the row that
        // crosses the threshold belongs to the class it starts in (the usual Pareto cut).
        const double before = total > 0 ? cumulative / total : 1.0;
        cumulative += out[i].annualValue;
        out[i].cumulativeShare = total > 0 ? cumulative / total : 1.0;
        out[i].abc = out[i].annualValue <= 0                              ? 'C'
                     : before < settings.aShare - 1e-12                   ? 'A'
                     : before < settings.aShare + settings.bShare - 1e-12 ? 'B'
                                                                          : 'C';
    }
    return out;
}

SegmentMatrix segmentMatrix(const std::vector<Segment> &segments)
{
    SegmentMatrix m;
    for (const Segment &s : segments) {
        const int a = s.abc == 'A' ? 0 : s.abc == 'B' ? 1 : 2;
        const int x = s.xyz == 'X' ? 0 : s.xyz == 'Y' ? 1 : 2;
        ++m.rows[std::size_t(a)][std::size_t(x)];
        m.value[std::size_t(a)][std::size_t(x)] += s.annualValue;
    }
    return m;
}

} // namespace Stockshift::Inventory
