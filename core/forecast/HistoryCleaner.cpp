#include "forecast/HistoryCleaner.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

QString num(double v)
{
    return QLocale().toString(v, 'f', std::abs(v) >= 100 ? 0 : 1);
}

double median(std::vector<double> &v)
{
    if (v.empty())
        return std::nan("");
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(v.begin(), mid);
    return (lower + upper) / 2;
}

} // namespace

QString Adjustment::kindName() const
{
    return kind == Kind::Outlier ? QStringLiteral("outlier") : QStringLiteral("censored");
}

CleanedHistory cleanHistory(std::span<const double> y, std::span<const float> censoredShare,
                            std::span<const char> explained, const CleaningSettings &settings)
{
    CleanedHistory out;
    out.values.assign(y.begin(), y.end());
    const int n = int(y.size());
    const int stride = std::max(1, settings.seasonStride);
    const bool hasCensored = settings.imputeCensored && int(censoredShare.size()) == n;
    const auto isCensored = [&](int t) {
        return hasCensored && censoredShare[std::size_t(t)] > 0;
    };
    std::vector<double> window;

    // 1. Censored buckets, from the uncensored neighbours (same weekday when stride = 7, else
    //    the nearest buckets; widened to plain neighbours when too few of those are clean).
    if (hasCensored) {
        for (int t = 0; t < n; ++t) {
            if (!isCensored(t))
                continue;
            const double share = censoredShare[std::size_t(t)];
            double level = std::nan("");
            for (int step : {stride, 1}) {
                window.clear();
                for (int k = 1;
                     k <= settings.neighbours * 3 && int(window.size()) < 2 * settings.neighbours;
                     ++k) {
                    for (int u : {t - k * step, t + k * step})
                        if (u >= 0 && u < n && !isCensored(u))
                            window.push_back(y[std::size_t(u)]);
                }
                if (int(window.size()) >= std::min(2, n - 1)) {
                    level = median(window);
                    break;
                }
                if (step == 1)
                    break;
            }
            if (!std::isfinite(level))
                continue; // nothing clean to learn from: leave as sold
            const double cleansed = std::max(y[std::size_t(t)], y[std::size_t(t)] + share * level);
            if (cleansed <= y[std::size_t(t)])
                continue;
            out.values[std::size_t(t)] = cleansed;
            Adjustment a;
            a.index = t;
            a.kind = Adjustment::Kind::Censored;
            a.original = y[std::size_t(t)];
            a.cleansed = cleansed;
            a.reason = tr("Out of stock %1% of the bucket: %2 sold, %3 estimated demand lost "
                          "(share × the median %4 of the nearest buckets in stock).")
                           .arg(QLocale().toString(qRound(share * 100)), num(a.original),
                                num(cleansed - a.original), num(level));
            out.adjustments.push_back(std::move(a));
            ++out.censored;
        }
    }

    // 2. Outliers on the censor-corrected values.
    if (!settings.cleanseOutliers || n < 2 * settings.halfWindow + 2)
        return out;
    const std::vector<double> &v = out.values;
    const int nonZero = int(std::count_if(v.begin(), v.end(), [](double x) { return x > 0; }));
    const bool intermittent = nonZero < n * 0.6; // mostly zeros: judge the sizes
    std::vector<double> base(std::size_t(n), std::nan("")), residuals;
    double sizeMedian = 0;
    if (intermittent) {
        window.clear();
        for (double x : v)
            if (x > 0)
                window.push_back(x);
        if (window.size() < 8)
            return out;
        sizeMedian = median(window);
        for (double x : v)
            if (x > 0)
                residuals.push_back(std::abs(x - sizeMedian));
        std::fill(base.begin(), base.end(), sizeMedian);
    } else {
        for (int t = 0; t < n; ++t) {
            window.clear();
            for (int k = -settings.halfWindow; k <= settings.halfWindow; ++k) {
                const int u = t + k * stride;
                if (u >= 0 && u < n)
                    window.push_back(v[std::size_t(u)]);
            }
            if (window.size() < 3)
                continue;
            base[std::size_t(t)] = median(window);
            residuals.push_back(std::abs(v[std::size_t(t)] - base[std::size_t(t)]));
        }
    }
    const double sigma = 1.4826 * median(residuals);
    if (!(sigma > 0))
        return out;
    std::vector<char> flagged(std::size_t(n), 0);
    std::vector<double> limits(std::size_t(n), 0.0);
    for (int t = 0; t < n; ++t) {
        const double b = base[std::size_t(t)];
        if (!std::isfinite(b) || (int(explained.size()) == n && explained[std::size_t(t)]))
            continue;
        double limit = b + settings.threshold * sigma;
        if (intermittent)
            limit = std::max(limit, 3.0 * sizeMedian);
        if (v[std::size_t(t)] > limit) {
            flagged[std::size_t(t)] = 1;
            limits[std::size_t(t)] = limit;
        }
    }
    // Runs of consecutive flags are a level shift: keep them.
    for (int t = 0; t < n;) {
        int end = t;
        while (end < n && flagged[std::size_t(end)])
            ++end;
        if (end - t >= settings.maxRun)
            std::fill(flagged.begin() + t, flagged.begin() + end, 0);
        t = end > t ? end : t + 1;
    }
    for (int t = 0; t < n; ++t) {
        if (!flagged[std::size_t(t)])
            continue;
        Adjustment a;
        a.index = t;
        a.kind = Adjustment::Kind::Outlier;
        a.original = v[std::size_t(t)];
        a.cleansed = limits[std::size_t(t)];
        a.reason = tr("%1 is %2 robust standard deviations above the local median %3 (Hampel "
                      "filter, limit %4 σ): cut to %5.")
                       .arg(num(a.original),
                            QLocale().toString((a.original - base[std::size_t(t)]) / sigma, 'f', 1),
                            num(base[std::size_t(t)]),
                            QLocale().toString(settings.threshold, 'f', 1), num(a.cleansed));
        out.values[std::size_t(t)] = a.cleansed;
        out.adjustments.push_back(std::move(a));
        ++out.outliers;
    }
    std::sort(out.adjustments.begin(), out.adjustments.end(),
              [](const Adjustment &a, const Adjustment &b) { return a.index < b.index; });
    return out;
}

} // namespace Stockshift::Forecast
