// Policy::InventoryMath — the textbook formulas of inventory control, as pure functions.
//
// Units: demand in units per day, times in days, costs in the database currency. Every function
// is thread-safe and allocation-free. Inputs out of range (negative demand, service level outside
// (0, 1)) are the caller's business: the policy engine checks them first and explains what is
// missing instead of calling these with bad values.
//
// References: Silver, Pyke & Thomas, "Inventory and Production Management in Supply Chains",
// 4th ed. 2017 (SPT), ch. 6–7; Axsäter, "Inventory Control", 3rd ed. 2015.
#pragma once

namespace Stockshift::Policy {

/// Standard normal density φ(z).
double normalPdf(double z);
/// Standard normal distribution function Φ(z) (through std::erfc, full double precision).
double normalCdf(double z);
/// Φ⁻¹(p) for 0 < p < 1: the rational start of Abramowitz & Stegun 26.2.23 (error < 4.5e-4),
/// refined by Halley steps on Φ to full double precision. ±∞ at p = 0 and 1, NaN outside.
double normalQuantile(double p);
/// Standard normal loss function G(z) = E[(Z − z)⁺] = φ(z) − z·(1 − Φ(z)) (SPT eq. 7.12).
double normalLoss(double z);
/// The z with G(z) = g, for g > 0 (G is strictly decreasing); solved by safeguarded Newton.
double inverseNormalLoss(double g);

/// Standard deviation of demand over a protection interval of `days` days when daily demand has
/// mean `dailyDemand` and standard deviation `dailySd` and the lead time has standard deviation
/// `leadTimeSd` days: σ = √(days·σd² + d²·σL²) (SPT eq. 7.2 with independent days).
double protectionSd(double days, double dailyDemand, double dailySd, double leadTimeSd);

/// Safety stock for a cycle service level α: SS = z_α·σ (z_α = Φ⁻¹(α)).
double cycleServiceSafetyStock(double serviceLevel, double sigma);

/// Safety factor k for a fill rate β with order quantity Q and protection σ: the expected
/// shortage per replenishment cycle σ·G(k) equals (1 − β)·Q (SPT eq. 7.19). A negative k (a
/// fill rate already reached without safety stock) is returned as it is; the caller decides
/// whether to floor it at 0.
double fillRateSafetyFactor(double fillRate, double orderQuantity, double sigma);

/// Economic order quantity √(2·D·S / H): D annual demand (units/year), S cost per order, H holding
/// cost per unit and year (Harris 1913). 0 when D = 0; +∞ is never returned (H must be > 0).
double economicOrderQuantity(double annualDemand, double orderCost, double holdingCostPerYear);

/// Rounds `quantity` up to the minimum order quantity and then up to a multiple of `multiple`
/// (pack size or order multiple; ≤ 0 = none). 0 stays 0 (no order).
double roundOrderQuantity(double quantity, double moq, double multiple);
/// Rounds down to a multiple of `multiple` (for caps: never above the cap).
double roundDownToMultiple(double quantity, double multiple);

} // namespace Stockshift::Policy
