// Forecast::HistoryCleaner — makes a demand history fit to learn from, and says what it changed.
//
// Two corrections, in this order, each recorded as an Adjustment with the original value, the
// cleansed value and a reason the planner can read (never silent):
//
// 1. Censored demand. Sales are demand only while stock was there: in a bucket whose share c of
//    days was out of stock, the observed sales miss about c × (the demand of a normal bucket).
//    The normal level is the median of the nearest uncensored buckets (up to `neighbours` on
//    each side; for daily buckets with a weekly season, the same weekday), and the bucket becomes
//    y + c·level — never less than what was sold. (Imputation by a local robust level, as in
//    the "demand unconstraining" literature; cf. Nahmias 1994, Jain et al. 2015.)
//
// 2. Outliers (Hampel filter; Hampel 1974, Pearson 2002). A bucket is an outlier when it lies
//    more than `threshold` robust standard deviations above the median of its window of
//    2·`halfWindow`+1 buckets (same weekday for daily data with a weekly season), the robust
//    standard deviation being 1.4826 × the median absolute deviation of all residuals from their
//    window medians. It is winsorised to the upper limit median + threshold·σ (the spike is
//    shrunk, not deleted, so genuine high demand is not lost). For intermittent series (most
//    buckets zero) the medians are those of the non-zero sizes, and only sizes above
//    max(limit, 3 × median size) are cut. Not flagged: buckets explained by a known regressor
//    (promotion, event, holiday — the regression model learns those), dips (dips are stockouts or
//    closures, handled above or by the closure regressor), and runs of `maxRun` or more
//    consecutive flags (a level shift, not an outlier).
//
// Pure function of its inputs; any thread.
#pragma once

#include <QString>

#include <span>
#include <vector>

namespace Stockshift::Forecast {

struct CleaningSettings
{
    bool imputeCensored = true;
    bool cleanseOutliers = true;
    double threshold = 4.0; ///< robust standard deviations above the local median
    int halfWindow = 3;     ///< buckets (or seasonal steps) on each side of the Hampel window
    int neighbours = 4;     ///< uncensored buckets on each side for the censored level
    int maxRun = 3;         ///< this many consecutive flags are a level shift, not outliers
    int seasonStride = 1;   ///< 7 for daily buckets with a weekly pattern, else 1
};

struct Adjustment
{
    enum class Kind { Outlier, Censored };
    int index = 0; ///< bucket index in the series
    Kind kind = Kind::Outlier;
    double original = 0, cleansed = 0;
    QString reason; ///< translated, for the planner

    QString kindName() const; ///< "outlier" or "censored" (database values)
};

struct CleanedHistory
{
    std::vector<double> values;
    std::vector<Adjustment> adjustments;
    int outliers = 0, censored = 0;
};

/// `censoredShare[t]`: share of bucket t's days out of stock (empty = none); `explained[t]`:
/// a known regressor explains bucket t (empty = none). Both, when given, match `y` in size.
CleanedHistory cleanHistory(std::span<const double> y, std::span<const float> censoredShare,
                            std::span<const char> explained, const CleaningSettings &settings);

} // namespace Stockshift::Forecast
