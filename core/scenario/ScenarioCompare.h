// Scenarios::ScenarioCompare — scenarios side by side: the KPIs of each run and, per SKU, how
// demand and the plan moved against the first (the reference).
//
// Contract: only scenarios that have been run (results.present) can be compared; the first is
// the reference every delta is taken from. Pure values, any thread.
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QJsonObject>
#include <QStringList>

namespace Stockshift::Scenarios {

enum class Metric {
    TotalCost,
    FillRate,
    InventoryValue,
    DaysOfInventory,
    ExpiringUnits,
    Transfers,
    PurchaseOrders,
    PurchaseValue,
    LostUnits,
    HealthScore,
};
constexpr int kMetricCount = 10;

QString metricName(Metric metric);  ///< stable key, e.g. "totalCost"
QString metricLabel(Metric metric); ///< translated, e.g. "Total cost"
double metricValue(const Kpis &kpis, Metric metric);
/// True when a higher value is better (fill rate, health score); false for costs and stock.
bool higherIsBetter(Metric metric);

struct SkuDiff
{
    QString code;
    std::vector<double> demand;        ///< per scenario
    std::vector<double> transferUnits; ///< per scenario
    std::vector<double> purchaseUnits; ///< per scenario
    std::vector<double> purchaseValue; ///< per scenario
    /// The largest |purchase + transfer units − the reference's| over the other scenarios.
    double largestChange = 0;
};

struct Comparison
{
    QStringList names;
    std::vector<Kpis> kpis;    ///< per scenario
    std::vector<SkuDiff> skus; ///< every SKU of any scenario, largest change first
    double value(int scenario, Metric metric) const;
    /// scenario's value − the reference's.
    double delta(int scenario, Metric metric) const;
    QJsonObject toJson() const;
};

/// Errors: fewer than two scenarios, or one not run (code "not-run").
Result<Comparison> compareScenarios(const std::vector<Scenario> &scenarios);

} // namespace Stockshift::Scenarios
