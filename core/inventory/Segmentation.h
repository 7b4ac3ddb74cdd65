// Inventory::Segmentation — ABC by value and XYZ by demand variability, per SKU × location row.
//
// ABC (Pareto): rows are ranked by the value of their demand over the last year (units sold,
// scaled to 365 days for younger rows, × unit cost; × unit price when the cost is unknown; units
// alone when both are), and the rows that make up the first `aShare` of the cumulative value are
// A, up to `aShare + bShare` B, the rest C (default 80/15/5). Rows without demand are C.
// XYZ: the coefficient of variation of weekly demand over the same window, CV = σ_week / μ_week:
// X up to `xMaxCv` (0.5), Y up to `yMaxCv` (1.0), Z above or without demand.
// Thread-safe, pure; O(n log n) for the ranking.
#pragma once

#include "inventory/InventorySnapshot.h"

#include <array>
#include <vector>

namespace Stockshift::Inventory {

struct SegmentationSettings
{
    double aShare = 0.80;
    double bShare = 0.15;
    double xMaxCv = 0.5;
    double yMaxCv = 1.0;
};

struct Segment
{
    char abc = 'C', xyz = 'Z';
    double annualValue = 0;     ///< the ranking value
    double cumulativeShare = 0; ///< of the total value, up to and including this row
    double cv = 0;              ///< weekly CV (NaN-free; 0 without demand)
};

struct SegmentMatrix
{
    /// [abc 0..2][xyz 0..2]: rows and annual value per cell.
    std::array<std::array<int, 3>, 3> rows{};
    std::array<std::array<double, 3>, 3> value{};
};

/// One Segment per snapshot row, in row order.
std::vector<Segment> segment(const InventorySnapshot &snapshot,
                             const SegmentationSettings &settings = {});
SegmentMatrix segmentMatrix(const std::vector<Segment> &segments);

/// The annual demand value of a row as ABC ranks it (see the file comment).
double annualDemandValue(const InventorySnapshot &snapshot, const InventoryRow &row);

} // namespace Stockshift::Inventory
