#include "health/HealthAnalysis.h"

#include "common/CsvWriter.h"
#include "common/Days.h"

#include <QElapsedTimer>

#include <cmath>

namespace Stockshift::Health {

using namespace Inventory;

Result<HealthAnalysis> analyse(Storage::Connection &connection,
                               const SnapshotSettings &snapshotSettings,
                               const HealthSettings &settings, int threads,
                               const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    HealthAnalysis a;
    a.settings = settings;
    auto snapshot = loadSnapshot(connection, snapshotSettings, cancel);
    if (!snapshot)
        return snapshot.error();
    a.snapshot = std::move(snapshot.value());
    auto policies = Policy::loadPolicyConfig(connection);
    if (!policies)
        return policies.error();
    a.policies = std::move(policies.value());
    a.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    auto report = computeHealth(a.snapshot, a.policies, settings, threads, cancel);
    if (!report)
        return report.error();
    a.report = std::move(report.value());
    a.alerts = deriveAlerts(a.snapshot, a.report, settings);
    a.computeSeconds = double(timer.nsecsElapsed()) / 1e9;
    return a;
}

namespace {

QString isoOrEmpty(int day)
{
    return day == kNoExpiry || day == std::numeric_limits<int>::min() ? QString()
                                                                      : Days::toIso(day);
}

QString demandSourceName(DemandSource s)
{
    switch (s) {
    case DemandSource::Forecast:
        return QStringLiteral("forecast");
    case DemandSource::History:
        return QStringLiteral("history");
    case DemandSource::Downstream:
        return QStringLiteral("downstream");
    case DemandSource::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace

Status writeHealthCsv(const HealthAnalysis &a, const QString &path)
{
    CsvWriter w;
    if (Status s = w.open(path); !s)
        return s;
    w.row({QStringLiteral("location"),
           QStringLiteral("sku"),
           QStringLiteral("category"),
           QStringLiteral("status"),
           QStringLiteral("abc"),
           QStringLiteral("xyz"),
           QStringLiteral("on_hand"),
           QStringLiteral("reserved"),
           QStringLiteral("available"),
           QStringLiteral("on_order"),
           QStringLiteral("in_transit"),
           QStringLiteral("inventory_position"),
           QStringLiteral("daily_demand"),
           QStringLiteral("demand_source"),
           QStringLiteral("days_of_cover"),
           QStringLiteral("stockout_date"),
           QStringLiteral("unit_cost"),
           QStringLiteral("stock_value"),
           QStringLiteral("cogs_year"),
           QStringLiteral("turnover"),
           QStringLiteral("days_of_inventory"),
           QStringLiteral("expiring_units"),
           QStringLiteral("expiring_unsold"),
           QStringLiteral("first_expiry"),
           QStringLiteral("days_since_sale"),
           QStringLiteral("in_stock_rate")});
    const InventorySnapshot &snap = a.snapshot;
    for (std::size_t i = 0; i < snap.rows.size(); ++i) {
        const InventoryRow &r = snap.rows[i];
        const HealthRow &h = a.report.rows[i];
        const Segment &seg = a.report.segments[i];
        const Policy::Recommendation &rec = a.report.recommendations[i];
        w.text(snap.location(r).code)
            .text(snap.sku(r).code)
            .text(snap.sku(r).category)
            .text(statusName(h.status))
            .text(QString(QLatin1Char(seg.abc)))
            .text(QString(QLatin1Char(seg.xyz)))
            .number(r.onHand)
            .number(r.reserved)
            .number(h.available)
            .number(h.onOrder)
            .number(h.inTransit)
            .number(rec.inventoryPosition)
            .number(h.dailyDemand)
            .text(demandSourceName(r.demandSource))
            .number(h.daysOfCover)
            .text(isoOrEmpty(h.stockoutDay))
            .number(h.costKnown ? h.unitCost : std::nan(""))
            .number(h.stockValue)
            .number(h.cogsYear)
            .number(h.turnover)
            .number(h.daysOfInventory)
            .number(h.expiringUnits)
            .number(h.expiringUnsold)
            .text(isoOrEmpty(h.firstExpiryDay))
            .number(h.daysSinceSale < 0 ? std::nan("") : double(h.daysSinceSale))
            .number(h.inStockRate)
            .endRow();
    }
    return w.close();
}

Status writePolicyCsv(const HealthAnalysis &a, const QString &path)
{
    CsvWriter w;
    if (Status s = w.open(path); !s)
        return s;
    w.row({QStringLiteral("location"),
           QStringLiteral("sku"),
           QStringLiteral("segment"),
           QStringLiteral("policy"),
           QStringLiteral("safety_stock_method"),
           QStringLiteral("service_level"),
           QStringLiteral("fill_rate"),
           QStringLiteral("supply"),
           QStringLiteral("lead_time_days"),
           QStringLiteral("lead_time_sd_days"),
           QStringLiteral("review_days"),
           QStringLiteral("protection_days"),
           QStringLiteral("daily_demand"),
           QStringLiteral("daily_sd"),
           QStringLiteral("demand_over_protection"),
           QStringLiteral("sigma_protection"),
           QStringLiteral("safety_factor"),
           QStringLiteral("safety_stock"),
           QStringLiteral("reorder_point"),
           QStringLiteral("order_up_to"),
           QStringLiteral("unit_cost"),
           QStringLiteral("order_cost"),
           QStringLiteral("holding_rate"),
           QStringLiteral("eoq"),
           QStringLiteral("moq"),
           QStringLiteral("order_multiple"),
           QStringLiteral("inventory_position"),
           QStringLiteral("expiring_within_protection"),
           QStringLiteral("shelf_life_cap"),
           QStringLiteral("raw_order"),
           QStringLiteral("suggested_order"),
           QStringLiteral("note")});
    const InventorySnapshot &snap = a.snapshot;
    for (std::size_t i = 0; i < snap.rows.size(); ++i) {
        const InventoryRow &r = snap.rows[i];
        const Policy::Recommendation &rec = a.report.recommendations[i];
        const SupplyInfo *supply = snap.supply(r);
        QString note = rec.problem;
        if (note.isEmpty())
            note = rec.orderNote;
        if (note.isEmpty() && !rec.eoqProblem.isEmpty())
            note = QStringLiteral("EOQ: ") + rec.eoqProblem;
        w.text(snap.location(r).code)
            .text(snap.sku(r).code)
            .text(QString(QLatin1Char(rec.abc)) + QLatin1Char(rec.xyz))
            .text(Policy::policyKindName(rec.policy.kind))
            .text(Policy::safetyStockMethodName(rec.policy.safetyStock))
            .number(rec.policy.serviceLevel)
            .number(rec.policy.fillRate)
            .text(supply ? supply->source : QString())
            .number(rec.leadTimeDays)
            .number(rec.leadTimeSdDays)
            .number(rec.reviewDays)
            .number(rec.protectionDays)
            .number(rec.dailyDemand)
            .number(rec.dailySd)
            .number(rec.demandOverProtection)
            .number(rec.sigmaProtection)
            .number(rec.safetyFactor)
            .number(rec.safetyStock)
            .number(rec.reorderPoint)
            .number(rec.orderUpTo)
            .number(rec.unitCost)
            .number(rec.orderCost)
            .number(rec.policy.holdingRate)
            .number(rec.eoq)
            .number(rec.moq)
            .number(rec.orderMultiple)
            .number(rec.inventoryPosition)
            .number(rec.expiringWithinProtection)
            .number(rec.shelfLifeCap)
            .number(rec.rawOrder)
            .number(rec.suggestedOrder)
            .text(note)
            .endRow();
    }
    return w.close();
}

} // namespace Stockshift::Health
