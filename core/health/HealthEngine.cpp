#include "health/HealthEngine.h"

#include "inventory/Projection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <map>

namespace Stockshift::Health {

using namespace Inventory;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Health", text);
}

double ramp(double actual, double floor, double target)
{
    // Linear from floor (0 points) to target (100); works for "lower is better" parts too,
    // where floor > target.
    if (target == floor)
        return actual >= target ? 100.0 : 0.0;
    return 100.0 * std::clamp((actual - floor) / (target - floor), 0.0, 1.0);
}

} // namespace

QString statusName(StockStatus status)
{
    switch (status) {
    case StockStatus::OutOfStock:
        return QStringLiteral("out-of-stock");
    case StockStatus::Critical:
        return QStringLiteral("critical");
    case StockStatus::BelowReorderPoint:
        return QStringLiteral("below-rop");
    case StockStatus::Expiring:
        return QStringLiteral("expiring");
    case StockStatus::Overstock:
        return QStringLiteral("overstock");
    case StockStatus::Healthy:
        return QStringLiteral("healthy");
    case StockStatus::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

QString statusLabel(StockStatus status)
{
    switch (status) {
    case StockStatus::OutOfStock:
        return tr("Out of stock");
    case StockStatus::Critical:
        return tr("Critical");
    case StockStatus::BelowReorderPoint:
        return tr("Below reorder point");
    case StockStatus::Expiring:
        return tr("Expiring");
    case StockStatus::Overstock:
        return tr("Overstock");
    case StockStatus::Healthy:
        return tr("Healthy");
    case StockStatus::Inactive:
        return tr("Inactive");
    }
    return {};
}

HealthRow assessRow(const InventorySnapshot &snapshot, const InventoryRow &row,
                    const Policy::Recommendation &rec, const HealthSettings &settings,
                    const ProjectionResult *projection)
{
    HealthRow h;
    const SkuInfo &sku = snapshot.sku(row);
    for (int i = 0; i < row.lotCount; ++i) {
        const Lot &lot = snapshot.lots[std::size_t(row.lotBegin + i)];
        h.available += lot.quantity;
        if (lot.expiryDay != kNoExpiry
            && lot.expiryDay < snapshot.asOfDay + settings.expiryWarningDays) {
            h.expiringUnits += lot.quantity;
            h.firstExpiryDay = std::min(h.firstExpiryDay, lot.expiryDay);
        }
    }
    for (int i = 0; i < row.inboundCount; ++i) {
        const Inbound &in = snapshot.inbound[std::size_t(row.inboundBegin + i)];
        (in.transfer ? h.inTransit : h.onOrder) += in.quantity;
    }
    h.dailyDemand = row.dailyDemand;
    h.inventoryPosition = rec.inventoryPosition;
    h.costKnown = std::isfinite(sku.unitCost) && sku.unitCost >= 0;
    h.unitCost = h.costKnown ? sku.unitCost : 0.0;
    h.stockValue = row.onHand * h.unitCost;
    h.cogsYear = row.historyDays > 0
                     ? row.soldUnits * 365.0 / std::max(row.historyDays, 28) * h.unitCost
                     : 0.0;
    h.turnover = h.stockValue > 0 ? h.cogsYear / h.stockValue : 0.0;
    h.daysOfInventory = h.cogsYear > 0 ? std::min(kMaxCoverDays, h.stockValue * 365.0 / h.cogsYear)
                                       : (h.stockValue > 0 ? kMaxCoverDays : 0.0);
    h.daysSinceSale = row.lastSaleDay == std::numeric_limits<int>::min()
                          ? -1
                          : snapshot.asOfDay - 1 - row.lastSaleDay;
    const bool hasStock = h.available > 0;
    h.slowMover = hasStock && (h.daysSinceSale < 0 || h.daysSinceSale >= settings.slowMoverDays);
    h.deadStock = hasStock && (h.daysSinceSale < 0 || h.daysSinceSale >= settings.deadStockDays);
    h.inStockRate = row.historyDays > 0
                        ? std::clamp(1.0 - double(row.stockoutDays) / row.historyDays, 0.0, 1.0)
                        : 1.0;

    // Projection of stock and inbound over the horizon.
    ProjectionResult own;
    if (!projection)
        own = projectStock(snapshot, row, snapshot.horizonDays);
    const ProjectionResult &p = projection ? *projection : own;
    h.stockoutDay = p.stockoutDay;
    h.projectedUnmet = p.unmet;
    if (h.dailyDemand <= 0) {
        h.daysOfCover = kMaxCoverDays;
    } else if (p.stockoutDay != kNoExpiry) {
        h.daysOfCover = p.stockoutDay - snapshot.asOfDay;
    } else {
        h.daysOfCover = std::min(kMaxCoverDays, snapshot.horizonDays + p.endStock / h.dailyDemand);
    }
    if (h.expiringUnits > 0) {
        // Units the projection writes off within the warning window.
        if (settings.expiryWarningDays <= snapshot.horizonDays)
            h.expiringUnsold = p.writeOffBefore(snapshot.asOfDay + settings.expiryWarningDays);
        else
            h.expiringUnsold
                = projectStock(snapshot, row, std::min(settings.expiryWarningDays, 3650)).writeOff;
    }
    h.expiringValue = h.expiringUnsold * h.unitCost;

    const bool demand = h.dailyDemand > 0;
    const double lead = std::isfinite(rec.leadTimeDays) ? rec.leadTimeDays : 7.0;
    if (!hasStock && !demand && h.onOrder + h.inTransit <= 0)
        h.status = StockStatus::Inactive;
    else if (!hasStock && demand)
        h.status = StockStatus::OutOfStock;
    else if (demand && p.stockoutDay != kNoExpiry && p.stockoutDay < snapshot.asOfDay + lead)
        h.status = StockStatus::Critical;
    else if (demand && rec.problem.isEmpty() && std::isfinite(rec.reorderPoint)
             && rec.inventoryPosition <= rec.reorderPoint)
        h.status = StockStatus::BelowReorderPoint;
    else if (h.expiringUnsold > 0)
        h.status = StockStatus::Expiring;
    else if (hasStock && (h.deadStock || h.daysOfCover > settings.overstockCoverDays))
        h.status = StockStatus::Overstock;
    else
        h.status = StockStatus::Healthy;
    return h;
}

std::vector<HealthGroup> groupRows(const InventorySnapshot &snapshot,
                                   const std::vector<HealthRow> &rows, GroupLevel level,
                                   const HealthSettings &settings)
{
    struct Acc
    {
        HealthGroup g;
        double demandWeight = 0, inStockWeighted = 0;
        double accuracyWeight = 0, accuracyWeighted = 0;
        int demandRows = 0;
    };
    // Each row's group by index (through its location or SKU), not by string: a million rows
    // must not cost four million map lookups.
    std::vector<QString> keys, labels;
    std::vector<int> groupOfLocation(snapshot.locations.size(), 0);
    std::vector<int> groupOfSku(snapshot.skus.size(), 0);
    QHash<QString, int> index;
    const auto intern = [&](const QString &key, const QString &label) {
        const auto it = index.constFind(key);
        if (it != index.cend())
            return *it;
        keys.push_back(key);
        labels.push_back(label);
        index.insert(key, int(keys.size()) - 1);
        return int(keys.size()) - 1;
    };
    switch (level) {
    case GroupLevel::Location:
        for (std::size_t l = 0; l < snapshot.locations.size(); ++l)
            groupOfLocation[l] = intern(snapshot.locations[l].code, snapshot.locations[l].name);
        break;
    case GroupLevel::Region:
        for (std::size_t l = 0; l < snapshot.locations.size(); ++l) {
            const QString &region = snapshot.locations[l].region;
            groupOfLocation[l] = intern(region, region.isEmpty() ? tr("(no region)") : region);
        }
        break;
    case GroupLevel::Category:
        for (std::size_t k = 0; k < snapshot.skus.size(); ++k) {
            const QString &category = snapshot.skus[k].category;
            groupOfSku[k] = intern(category, category.isEmpty() ? tr("(no category)") : category);
        }
        break;
    case GroupLevel::Network:
        intern(QStringLiteral("network"), tr("Network"));
        break;
    }
    std::vector<Acc> groups(keys.size());
    std::vector<char> used(keys.size(), 0);
    for (std::size_t g = 0; g < keys.size(); ++g) {
        groups[g].g.key = keys[g];
        groups[g].g.label = labels[g];
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const InventoryRow &r = snapshot.rows[i];
        const HealthRow &h = rows[i];
        const int group = level == GroupLevel::Category  ? groupOfSku[std::size_t(r.sku)]
                          : level == GroupLevel::Network ? 0
                                                         : groupOfLocation[std::size_t(r.location)];
        used[std::size_t(group)] = 1;
        Acc &a = groups[std::size_t(group)];
        ++a.g.rows;
        ++a.g.statusCounts[std::size_t(h.status)];
        a.g.onHand += r.onHand;
        a.g.reserved += r.reserved;
        a.g.available += h.available;
        a.g.onOrder += h.onOrder;
        a.g.inTransit += h.inTransit;
        a.g.inventoryPosition += h.inventoryPosition;
        a.g.dailyDemand += h.dailyDemand;
        a.g.expiringUnits += h.expiringUnits;
        a.g.expiringUnsold += h.expiringUnsold;
        const int age = h.daysSinceSale < 0     ? 3
                        : h.daysSinceSale <= 30 ? 0
                        : h.daysSinceSale <= 60 ? 1
                        : h.daysSinceSale <= 90 ? 2
                                                : 3;
        a.g.agingValue[std::size_t(age)] += h.stockValue;
        a.g.stockValue += h.stockValue;
        a.g.cogsYear += h.cogsYear;
        a.g.expiringValue += h.expiringValue;
        if (h.status == StockStatus::Overstock)
            a.g.overstockValue += h.stockValue;
        if (h.dailyDemand > 0) {
            ++a.demandRows;
            a.demandWeight += h.dailyDemand;
            a.inStockWeighted += h.dailyDemand * h.inStockRate;
            if (std::isfinite(r.forecastWape)) {
                a.accuracyWeight += h.dailyDemand;
                a.accuracyWeighted += h.dailyDemand * std::max(0.0, 1.0 - r.forecastWape / 100.0);
            }
        }
    }
    // Groups in key order, those with rows only.
    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (used[g])
            order.push_back(g);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<HealthGroup> out;
    out.reserve(order.size());
    for (std::size_t at : order) {
        Acc &a = groups[at];
        HealthGroup &g = a.g;
        g.turnover = g.stockValue > 0 ? g.cogsYear / g.stockValue : 0.0;
        g.daysOfCover = g.dailyDemand > 0 ? std::min(kMaxCoverDays, g.available / g.dailyDemand)
                                          : kMaxCoverDays;
        g.daysOfInventory = g.cogsYear > 0
                                ? std::min(kMaxCoverDays, g.stockValue * 365.0 / g.cogsYear)
                                : (g.stockValue > 0 ? kMaxCoverDays : 0.0);
        g.inStockRate = a.demandWeight > 0 ? a.inStockWeighted / a.demandWeight : 1.0;
        g.stockoutRate
            = a.demandRows > 0
                  ? double(g.statusCounts[std::size_t(StockStatus::OutOfStock)]) / a.demandRows
                  : 0.0;
        g.overstockShare = g.stockValue > 0 ? g.overstockValue / g.stockValue : 0.0;
        g.accuracy = a.accuracyWeight > 0 ? a.accuracyWeighted / a.accuracyWeight : -1.0;
        g.parts[0] = {tr("In-stock rate"),
                      g.inStockRate,
                      settings.inStockTarget,
                      ramp(g.inStockRate, settings.inStockFloor, settings.inStockTarget),
                      settings.weights[0],
                      true};
        g.parts[1] = {tr("Stockout rate"),
                      g.stockoutRate,
                      settings.stockoutTarget,
                      ramp(g.stockoutRate, settings.stockoutCeiling, settings.stockoutTarget),
                      settings.weights[1],
                      true};
        g.parts[2] = {tr("Overstock share"),
                      g.overstockShare,
                      settings.overstockTarget,
                      ramp(g.overstockShare, settings.overstockCeiling, settings.overstockTarget),
                      settings.weights[2],
                      true};
        g.parts[3] = {tr("Turnover"),          g.turnover,
                      settings.turnoverTarget, ramp(g.turnover, 0.0, settings.turnoverTarget),
                      settings.weights[3],     true};
        g.parts[4] = {tr("Forecast accuracy"),
                      std::max(0.0, g.accuracy),
                      settings.accuracyTarget,
                      ramp(g.accuracy, settings.accuracyFloor, settings.accuracyTarget),
                      settings.weights[4],
                      g.accuracy >= 0};
        double weight = 0, points = 0;
        for (const auto &part : g.parts) {
            if (!part.used)
                continue;
            weight += part.weight;
            points += part.weight * part.points;
        }
        g.score = weight > 0 ? points / weight : 0.0;
        out.push_back(std::move(g));
    }
    return out;
}

Result<HealthReport> computeHealth(const InventorySnapshot &snapshot,
                                   const Policy::PolicyConfig &policies,
                                   const HealthSettings &settings, int threads,
                                   const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    HealthReport report;
    report.segments = segment(snapshot, settings.segmentation);
    report.matrix = segmentMatrix(report.segments);
    const std::size_t n = snapshot.rows.size();
    report.recommendations.resize(n);
    report.rows.resize(n);
    constexpr std::size_t kChunk = 2048;
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < n; i += kChunk)
        starts.push_back(i);
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    const Policy::PolicyResolver resolver(policies);
    QtConcurrent::blockingMap(&pool, starts, [&](std::size_t start) {
        if (cancel && cancel->load())
            return;
        const std::size_t end = std::min(start + kChunk, n);
        for (std::size_t i = start; i < end; ++i) {
            const InventoryRow &row = snapshot.rows[i];
            // One projection per row serves the policy (expiry within the protection interval)
            // and the health (cover, stockout, expiry within the warning window).
            const ProjectionResult projection = projectStock(snapshot, row, snapshot.horizonDays);
            const Segment &seg = report.segments[i];
            report.recommendations[i] = Policy::recommend(
                snapshot, row, seg,
                resolver.resolve(seg.abc, seg.xyz, snapshot.location(row).id, snapshot.sku(row).id),
                &projection);
            report.rows[i]
                = assessRow(snapshot, row, report.recommendations[i], settings, &projection);
        }
    });
    if (cancel && cancel->load())
        return Error(tr("Cancelled."), QStringLiteral("cancelled"));
    report.locations = groupRows(snapshot, report.rows, GroupLevel::Location, settings);
    report.regions = groupRows(snapshot, report.rows, GroupLevel::Region, settings);
    report.categories = groupRows(snapshot, report.rows, GroupLevel::Category, settings);
    auto network = groupRows(snapshot, report.rows, GroupLevel::Network, settings);
    if (!network.empty())
        report.network = network.front();
    else
        report.network.key = QStringLiteral("network");
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace Stockshift::Health
