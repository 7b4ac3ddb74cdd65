#include "policy/InventoryMath.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace Stockshift::Policy {

double normalPdf(double z)
{
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
}

double normalCdf(double z)
{
    // erfc keeps full relative precision in the far tails, where 1 + erf(·) would cancel.
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    // Abramowitz & Stegun 26.2.23 on the lower tail, mirrored for p > ½.
    const double q = p < 0.5 ? p : 1.0 - p;
    const double t = std::sqrt(-2.0 * std::log(q));
    double z = t
               - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                     / (1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
    if (p < 0.5)
        z = -z;
    // Halley's method on Φ(z) − p: cubic convergence, so three steps reach machine precision
    // from the 4.5e-4 start.
    for (int i = 0; i < 3; ++i) {
        const double e = normalCdf(z) - p;
        const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(0.5 * z * z);
        z -= u / (1.0 + 0.5 * z * u);
    }
    return z;
}

double normalLoss(double z)
{
    return normalPdf(z) - z * (1.0 - normalCdf(z));
}

double inverseNormalLoss(double g)
{
    if (!(g > 0.0))
        return std::numeric_limits<double>::infinity();
    // G is convex and strictly decreasing with G'(z) = Φ(z) − 1. Bracket the root, then Newton
    // steps that fall back to bisection whenever they leave the bracket.
    double lo = -10.0, hi = 10.0;
    if (g >= normalLoss(lo)) // G(z) ≈ −z far left: the root lies further left
        return -g;
    if (g <= normalLoss(hi))
        return hi;
    double z = 0.0;
    for (int i = 0; i < 100; ++i) {
        const double value = normalLoss(z) - g;
        if (std::abs(value) < 1e-14 * std::max(1.0, g))
            break;
        if (value > 0)
            lo = z; // G(z) too large: z must grow
        else
            hi = z;
        const double slope = normalCdf(z) - 1.0;
        double next = slope < 0 ? z - value / slope : 0.5 * (lo + hi);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::abs(next - z) < 1e-15)
            break;
        z = next;
    }
    return z;
}

double protectionSd(double days, double dailyDemand, double dailySd, double leadTimeSd)
{
    return std::sqrt(std::max(0.0, days) * dailySd * dailySd
                     + dailyDemand * dailyDemand * leadTimeSd * leadTimeSd);
}

double cycleServiceSafetyStock(double serviceLevel, double sigma)
{
    return normalQuantile(serviceLevel) * sigma;
}

double fillRateSafetyFactor(double fillRate, double orderQuantity, double sigma)
{
    if (!(sigma > 0))
        return 0.0;
    return inverseNormalLoss((1.0 - fillRate) * orderQuantity / sigma);
}

double economicOrderQuantity(double annualDemand, double orderCost, double holdingCostPerYear)
{
    if (!(annualDemand > 0) || !(holdingCostPerYear > 0))
        return 0.0;
    return std::sqrt(2.0 * annualDemand * std::max(0.0, orderCost) / holdingCostPerYear);
}

double roundOrderQuantity(double quantity, double moq, double multiple)
{
    if (!(quantity > 0))
        return 0.0;
    double q = std::max(quantity, moq);
    if (multiple > 0) {
        // A hair of floating-point noise must not cost a whole extra pack.
        q = std::ceil(q / multiple - 1e-9) * multiple;
    }
    return q;
}

double roundDownToMultiple(double quantity, double multiple)
{
    if (!(quantity > 0))
        return 0.0;
    return multiple > 0 ? std::floor(quantity / multiple + 1e-9) * multiple : quantity;
}

} // namespace Stockshift::Policy
