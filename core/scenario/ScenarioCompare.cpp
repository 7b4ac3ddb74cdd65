#include "scenario/ScenarioCompare.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace Stockshift::Scenarios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Scenarios", text);
}

} // namespace

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::TotalCost:
        return QStringLiteral("totalCost");
    case Metric::FillRate:
        return QStringLiteral("fillRate");
    case Metric::InventoryValue:
        return QStringLiteral("inventoryValue");
    case Metric::DaysOfInventory:
        return QStringLiteral("daysOfInventory");
    case Metric::ExpiringUnits:
        return QStringLiteral("expiringUnits");
    case Metric::Transfers:
        return QStringLiteral("transfers");
    case Metric::PurchaseOrders:
        return QStringLiteral("purchaseOrders");
    case Metric::PurchaseValue:
        return QStringLiteral("purchaseValue");
    case Metric::LostUnits:
        return QStringLiteral("lostUnits");
    case Metric::HealthScore:
        return QStringLiteral("healthScore");
    }
    return {};
}

QString metricLabel(Metric metric)
{
    switch (metric) {
    case Metric::TotalCost:
        return tr("Total cost");
    case Metric::FillRate:
        return tr("Fill rate");
    case Metric::InventoryValue:
        return tr("Inventory value");
    case Metric::DaysOfInventory:
        return tr("Days of inventory");
    case Metric::ExpiringUnits:
        return tr("Expiring units");
    case Metric::Transfers:
        return tr("Transfers");
    case Metric::PurchaseOrders:
        return tr("Purchase orders");
    case Metric::PurchaseValue:
        return tr("Purchase value");
    case Metric::LostUnits:
        return tr("Lost units");
    case Metric::HealthScore:
        return tr("Health score");
    }
    return {};
}

double metricValue(const Kpis &k, Metric metric)
{
    switch (metric) {
    case Metric::TotalCost:
        return k.totalCost;
    case Metric::FillRate:
        return k.fillRate;
    case Metric::InventoryValue:
        return k.inventoryValue;
    case Metric::DaysOfInventory:
        return k.daysOfInventory;
    case Metric::ExpiringUnits:
        return k.expiringUnits;
    case Metric::Transfers:
        return k.transfers;
    case Metric::PurchaseOrders:
        return k.purchaseOrders;
    case Metric::PurchaseValue:
        return k.purchaseValue;
    case Metric::LostUnits:
        return k.lostUnits;
    case Metric::HealthScore:
        return k.healthScore;
    }
    return 0;
}

bool higherIsBetter(Metric metric)
{
    return metric == Metric::FillRate || metric == Metric::HealthScore;
}

double Comparison::value(int scenario, Metric metric) const
{
    return metricValue(kpis.at(std::size_t(scenario)), metric);
}

double Comparison::delta(int scenario, Metric metric) const
{
    return value(scenario, metric) - value(0, metric);
}

QJsonObject Comparison::toJson() const
{
    QJsonArray scenarios;
    for (std::size_t i = 0; i < kpis.size(); ++i) {
        QJsonObject values, deltas;
        for (int m = 0; m < kMetricCount; ++m) {
            values.insert(metricName(Metric(m)), value(int(i), Metric(m)));
            deltas.insert(metricName(Metric(m)), delta(int(i), Metric(m)));
        }
        scenarios.append(QJsonObject{{QStringLiteral("name"), names.at(qsizetype(i))},
                                     {QStringLiteral("kpis"), values},
                                     {QStringLiteral("delta"), deltas}});
    }
    QJsonArray skuRows;
    for (const SkuDiff &d : skus) {
        const auto array = [](const std::vector<double> &v) {
            QJsonArray a;
            for (double x : v)
                a.append(x);
            return a;
        };
        skuRows.append(QJsonObject{{QStringLiteral("sku"), d.code},
                                   {QStringLiteral("demand"), array(d.demand)},
                                   {QStringLiteral("transferUnits"), array(d.transferUnits)},
                                   {QStringLiteral("purchaseUnits"), array(d.purchaseUnits)},
                                   {QStringLiteral("purchaseValue"), array(d.purchaseValue)},
                                   {QStringLiteral("largestChange"), d.largestChange}});
    }
    return {{QStringLiteral("scenarios"), scenarios}, {QStringLiteral("skus"), skuRows}};
}

Result<Comparison> compareScenarios(const std::vector<Scenario> &scenarios)
{
    if (scenarios.size() < 2)
        return Error(tr("Comparing needs at least two scenarios."), QStringLiteral("too-few"));
    Comparison c;
    const std::size_t n = scenarios.size();
    for (const Scenario &s : scenarios) {
        if (!s.results.present)
            return Error(
                tr("Scenario %1 has not been run yet; run it before comparing.").arg(s.name),
                QStringLiteral("not-run"));
        c.names << s.name;
        c.kpis.push_back(s.results.kpis);
    }
    // SKUs by code across every scenario; a SKU missing from one counts as 0 there.
    std::map<QString, SkuDiff> byCode;
    for (std::size_t i = 0; i < n; ++i) {
        for (const SkuResult &r : scenarios[i].results.skus) {
            SkuDiff &d = byCode[r.code];
            if (d.demand.empty()) {
                d.code = r.code;
                d.demand.assign(n, 0);
                d.transferUnits.assign(n, 0);
                d.purchaseUnits.assign(n, 0);
                d.purchaseValue.assign(n, 0);
            }
            d.demand[i] += r.demand;
            d.transferUnits[i] += r.transferUnits;
            d.purchaseUnits[i] += r.purchaseUnits;
            d.purchaseValue[i] += r.purchaseValue;
        }
    }
    for (auto &[code, d] : byCode) {
        const double reference = d.transferUnits[0] + d.purchaseUnits[0];
        for (std::size_t i = 1; i < n; ++i)
            d.largestChange = std::max(
                d.largestChange, std::abs(d.transferUnits[i] + d.purchaseUnits[i] - reference));
        c.skus.push_back(std::move(d));
    }
    std::stable_sort(c.skus.begin(), c.skus.end(), [](const SkuDiff &a, const SkuDiff &b) {
        return a.largestChange > b.largestChange;
    });
    return c;
}

} // namespace Stockshift::Scenarios
