#include "policy/PolicyEngine.h"

#include "inventory/Projection.h"
#include "policy/InventoryMath.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Stockshift::Policy {

using namespace Inventory;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Policy", text);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

namespace {

int segmentIndex(char abc, char xyz)
{
    const int a = abc == 'A' ? 0 : abc == 'B' ? 1 : 2;
    const int x = xyz == 'X' ? 0 : xyz == 'Y' ? 1 : 2;
    return a * 3 + x;
}

} // namespace

PolicyResolver::PolicyResolver(const PolicyConfig &config)
    : m_config(config)
{
    for (char abc : {'A', 'B', 'C'})
        for (char xyz : {'X', 'Y', 'Z'})
            m_segments[std::size_t(segmentIndex(abc, xyz))]
                = config.resolve(QChar::fromLatin1(abc), QChar::fromLatin1(xyz), -1, -1);
}

ResolvedPolicy PolicyResolver::resolve(char abc, char xyz, qint64 locationId, qint64 skuId) const
{
    if (!m_config.overrides.empty() && m_config.overrides.count({locationId, skuId}))
        return m_config.resolve(QChar::fromLatin1(abc), QChar::fromLatin1(xyz), locationId, skuId);
    return m_segments[std::size_t(segmentIndex(abc, xyz))];
}

Recommendation recommend(const InventorySnapshot &snapshot, const InventoryRow &row,
                         const Segment &segment, const PolicyConfig &config,
                         const ProjectionResult *projection)
{
    return recommend(snapshot, row, segment,
                     config.resolve(QChar::fromLatin1(segment.abc), QChar::fromLatin1(segment.xyz),
                                    snapshot.location(row).id, snapshot.sku(row).id),
                     projection);
}

Recommendation recommend(const InventorySnapshot &snapshot, const InventoryRow &row,
                         const Segment &segment, const ResolvedPolicy &policy,
                         const ProjectionResult *projection)
{
    Recommendation r;
    const SkuInfo &sku = snapshot.sku(row);
    const LocationInfo &location = snapshot.location(row);
    const SupplyInfo *supply = snapshot.supply(row);
    r.abc = segment.abc;
    r.xyz = segment.xyz;
    r.policy = policy;
    const ResolvedPolicy &p = r.policy;

    r.dailyDemand = row.dailyDemand;
    r.dailySd = row.dailyDemandSd;
    r.leadTimeDays = std::isfinite(p.leadTimeDays) ? p.leadTimeDays
                     : supply                      ? supply->leadTimeDays
                                                   : kNaN;
    r.leadTimeSdDays = supply && !std::isfinite(p.leadTimeDays) ? supply->leadTimeSdDays : 0.0;
    r.reviewDays = p.kind == PolicyKind::ReorderPoint ? 0.0 : p.reviewDays;
    r.unitCost = supply && std::isfinite(supply->unitCost) && !supply->transfer ? supply->unitCost
                                                                                : sku.unitCost;
    r.orderCost = std::isfinite(p.orderCost) ? p.orderCost : supply ? supply->orderCost : 0.0;
    r.moq = supply ? supply->moq : 0.0;
    r.orderMultiple
        = supply && supply->orderMultiple > 1 ? supply->orderMultiple : std::max(1.0, sku.packSize);

    // Available stock and inbound: the position before any expiry adjustment.
    double available = 0, inbound = 0;
    for (int i = 0; i < row.lotCount; ++i)
        available += snapshot.lots[std::size_t(row.lotBegin + i)].quantity;
    for (int i = 0; i < row.inboundCount; ++i)
        inbound += snapshot.inbound[std::size_t(row.inboundBegin + i)].quantity;
    r.inventoryPosition = available + inbound;

    // EOQ (independent of the lead time).
    const double annualDemand = 365.0 * r.dailyDemand;
    if (!(std::isfinite(r.unitCost) && r.unitCost > 0)) {
        r.eoqProblem
            = tr("no unit cost is known for %1, so the holding cost is unknown").arg(sku.code);
    } else if (!(annualDemand > 0)) {
        r.eoqProblem = tr("there is no forecast demand");
    } else {
        r.holdingCostPerYear = p.holdingRate * r.unitCost;
        r.eoq = economicOrderQuantity(annualDemand, r.orderCost, r.holdingCostPerYear);
    }

    if (!std::isfinite(r.leadTimeDays)) {
        r.problem = tr("no lead time is known: no supplier delivers %1 to %2 and no lane leads "
                       "there; set a lead time in the policy")
                        .arg(sku.code, location.code);
        return r;
    }
    if (row.demandSource == DemandSource::None) {
        r.problem = tr("there is neither a forecast nor sales history for %1 at %2")
                        .arg(sku.code, location.code);
        return r;
    }
    r.protectionDays = r.leadTimeDays + r.reviewDays;
    r.demandOverLead = demandOver(snapshot, row, 0, r.leadTimeDays);
    r.demandOverProtection = demandOver(snapshot, row, 0, r.protectionDays);
    r.sigmaProtection = protectionSd(r.protectionDays, r.dailyDemand, r.dailySd, r.leadTimeSdDays);

    switch (p.safetyStock) {
    case SafetyStockMethod::ServiceLevel:
        r.safetyFactor = normalQuantile(p.serviceLevel);
        r.safetyStock = r.safetyFactor * r.sigmaProtection;
        break;
    case SafetyStockMethod::FillRate: {
        const double q = p.kind == PolicyKind::OrderUpTo
                             ? r.dailyDemand * std::max(1.0, r.reviewDays)
                             : std::max(std::isfinite(r.eoq) ? r.eoq : 0.0, r.moq);
        if (!(q > 0)) {
            r.safetyFactor = 0;
            r.safetyStock = 0;
        } else {
            r.safetyFactor = std::max(0.0, fillRateSafetyFactor(p.fillRate, q, r.sigmaProtection));
            r.safetyStock = r.safetyFactor * r.sigmaProtection;
        }
        break;
    }
    case SafetyStockMethod::ForecastError: {
        r.safetyFactor = normalQuantile(p.serviceLevel);
        if (std::isfinite(row.forecastBacktestRmse) && row.forecastBucketDays > 0) {
            // Bucket errors taken as independent: the variance over P days is P/b buckets'.
            const double sigma
                = row.forecastBacktestRmse * std::sqrt(r.protectionDays / row.forecastBucketDays);
            r.sigmaProtection
                = std::sqrt(sigma * sigma
                            + r.dailyDemand * r.dailyDemand * r.leadTimeSdDays * r.leadTimeSdDays);
        } else {
            r.rmseFallback = true;
        }
        r.safetyStock = r.safetyFactor * r.sigmaProtection;
        break;
    }
    case SafetyStockMethod::DaysOfCover:
        r.safetyFactor = p.coverDays;
        r.safetyStock = p.coverDays * r.dailyDemand;
        break;
    }
    r.safetyStock = std::max(0.0, r.safetyStock);
    r.reorderPoint = r.demandOverProtection + r.safetyStock;
    switch (p.kind) {
    case PolicyKind::ReorderPoint:
        r.orderUpTo = r.reorderPoint + (std::isfinite(r.eoq) ? std::max(r.eoq, r.moq) : r.moq);
        break;
    case PolicyKind::OrderUpTo:
        r.orderUpTo = r.reorderPoint;
        break;
    case PolicyKind::MinMax:
        r.orderUpTo
            = r.reorderPoint + std::max(std::isfinite(r.eoq) ? r.eoq : r.dailyDemand * 7.0, r.moq);
        break;
    }
    if (p.maxCoverDays > 0 && r.dailyDemand > 0)
        r.orderUpTo
            = std::min(r.orderUpTo, std::max(r.reorderPoint, p.maxCoverDays * r.dailyDemand));

    // Stock that the projection sees expire unsold within the protection interval is not
    // part of the position: it will not be there to sell.
    const bool perishable = row.lotCount > 0 || sku.shelfLifeDays > 0;
    if (perishable) {
        const int days = int(std::ceil(r.protectionDays));
        if (projection && days <= snapshot.horizonDays) {
            r.expiringWithinProtection = projection->writeOffBefore(snapshot.asOfDay + days);
        } else {
            const ProjectionResult own = projectStock(snapshot, row, days, true, false);
            r.expiringWithinProtection = own.writeOff;
        }
        r.inventoryPosition -= r.expiringWithinProtection;
    }

    // The order.
    const double ip = r.inventoryPosition;
    switch (p.kind) {
    case PolicyKind::ReorderPoint: {
        if (ip <= r.reorderPoint) {
            const double q
                = std::isfinite(r.eoq) && r.eoq > 0 ? r.eoq : std::max(r.dailyDemand * 7.0, 1.0);
            r.rawOrder = q * (std::floor((r.reorderPoint - ip) / q) + 1.0);
        }
        break;
    }
    case PolicyKind::OrderUpTo:
        if (ip < r.orderUpTo)
            r.rawOrder = r.orderUpTo - ip;
        break;
    case PolicyKind::MinMax:
        if (ip <= r.reorderPoint)
            r.rawOrder = r.orderUpTo - ip;
        break;
    }
    r.suggestedOrder = roundOrderQuantity(r.rawOrder, r.moq, r.orderMultiple);
    if (p.shelfLifeCap && sku.shelfLifeDays > 0 && r.rawOrder > 0) {
        // What sells between the arrival and the expiry of this order, less what is still in
        // stock then (sold first): more would be written off.
        const double sellable = demandOver(snapshot, row, r.leadTimeDays, sku.shelfLifeDays);
        const double left = std::max(0.0, ip - r.demandOverLead);
        r.shelfLifeCap = std::max(0.0, sellable - left);
        if (r.suggestedOrder > r.shelfLifeCap) {
            const double capped = roundDownToMultiple(r.shelfLifeCap, r.orderMultiple);
            if (capped < r.moq) {
                r.orderNote = tr("no order: the minimum order of %1 is more than the %2 units "
                                 "that sell before they expire")
                                  .arg(r.moq)
                                  .arg(std::floor(r.shelfLifeCap));
                r.suggestedOrder = 0;
            } else if (capped <= 0) {
                r.orderNote = tr("no order: less than one order multiple (%1) sells before it "
                                 "expires (%2 units)")
                                  .arg(r.orderMultiple)
                                  .arg(std::floor(r.shelfLifeCap));
                r.suggestedOrder = 0;
            } else {
                r.orderNote = tr("cut from %1 to %2 by the shelf life of %3 days")
                                  .arg(r.suggestedOrder)
                                  .arg(capped)
                                  .arg(sku.shelfLifeDays);
                r.suggestedOrder = capped;
            }
        }
    }
    return r;
}

std::vector<Recommendation> computePolicies(const InventorySnapshot &snapshot,
                                            const std::vector<Segment> &segments,
                                            const PolicyConfig &config, int threads,
                                            const std::atomic_bool *cancel)
{
    std::vector<Recommendation> out(snapshot.rows.size());
    // Chunks of rows rather than single rows: a row takes microseconds, a task switch as long.
    constexpr std::size_t kChunk = 2048;
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < snapshot.rows.size(); i += kChunk)
        starts.push_back(i);
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    const PolicyResolver resolver(config);
    QtConcurrent::blockingMap(&pool, starts, [&](std::size_t start) {
        if (cancel && cancel->load())
            return;
        const std::size_t end = std::min(start + kChunk, snapshot.rows.size());
        for (std::size_t i = start; i < end; ++i) {
            const InventoryRow &row = snapshot.rows[i];
            out[i] = recommend(snapshot, row, segments[i],
                               resolver.resolve(segments[i].abc, segments[i].xyz,
                                                snapshot.location(row).id, snapshot.sku(row).id));
        }
    });
    return out;
}

QList<WhyLine> explain(const InventorySnapshot &snapshot, const InventoryRow &row,
                       const Recommendation &rec)
{
    const QLocale locale;
    const auto num = [&](double v, int decimals = 1) {
        return std::isfinite(v) ? locale.toString(v, 'f', decimals) : tr("n/a");
    };
    const auto pct = [&](double v) {
        return locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%');
    };
    const QString segment = QString(QChar::fromLatin1(rec.abc)) + QChar::fromLatin1(rec.xyz);
    const auto from = [&](ResolvedPolicy::Field f) {
        return policySourceName(rec.policy.from[std::size_t(f)], segment);
    };
    const SupplyInfo *supply = snapshot.supply(row);
    const SkuInfo &sku = snapshot.sku(row);
    QList<WhyLine> lines;

    const QString demandSource
        = row.demandSource == DemandSource::Forecast
              ? tr("forecast run %1").arg(snapshot.forecastRunId)
          : row.demandSource == DemandSource::History ? tr("last 91 days of sales (no forecast)")
          : row.demandSource == DemandSource::Downstream
              ? tr("the demand of the %1 locations it feeds").arg(row.downstreamRows)
              : tr("none");
    lines.append({tr("Demand per day"), rec.dailyDemand,
                  tr("d = %1, σd = %2").arg(num(rec.dailyDemand, 2), num(rec.dailySd, 2)),
                  demandSource});
    if (!rec.problem.isEmpty()) {
        lines.append({tr("Cannot compute"), 0, rec.problem, QString()});
        return lines;
    }
    const QString leadSource = rec.policy.from[ResolvedPolicy::LeadTime] != PolicySource::Default
                                       || std::isfinite(rec.policy.leadTimeDays)
                                   ? tr("policy (%1)").arg(from(ResolvedPolicy::LeadTime))
                               : supply ? (supply->transfer ? tr("lane from %1").arg(supply->source)
                                                            : tr("supplier %1").arg(supply->source))
                                        : QString();
    lines.append({tr("Protection interval"), rec.protectionDays,
                  tr("P = L + R = %1 + %2 = %3 days")
                      .arg(num(rec.leadTimeDays), num(rec.reviewDays), num(rec.protectionDays)),
                  tr("lead time %1 d ± %2 d (%3), review every %4 d (%5), policy %6 (%7)")
                      .arg(num(rec.leadTimeDays), num(rec.leadTimeSdDays), leadSource,
                           num(rec.reviewDays), from(ResolvedPolicy::ReviewDays),
                           policyKindName(rec.policy.kind), from(ResolvedPolicy::Kind))});
    QString ssFormula, ssInputs;
    switch (rec.policy.safetyStock) {
    case SafetyStockMethod::ServiceLevel:
        ssFormula
            = tr("SS = z·√(P·σd² + d²·σL²) = %1 · √(%2·%3² + %4²·%5²) = %6")
                  .arg(num(rec.safetyFactor, 3), num(rec.protectionDays), num(rec.dailySd, 2),
                       num(rec.dailyDemand, 2), num(rec.leadTimeSdDays), num(rec.safetyStock));
        ssInputs = tr("cycle service level %1 (%2), z = Φ⁻¹(%1)")
                       .arg(pct(rec.policy.serviceLevel), from(ResolvedPolicy::ServiceLevel));
        break;
    case SafetyStockMethod::FillRate:
        ssFormula
            = tr("SS = k·σP = %1 · %2 = %3, with σP·G(k) = (1 − β)·Q")
                  .arg(num(rec.safetyFactor, 3), num(rec.sigmaProtection, 2), num(rec.safetyStock));
        ssInputs = tr("fill rate %1 (%2), normal loss function G")
                       .arg(pct(rec.policy.fillRate), from(ResolvedPolicy::FillRate));
        break;
    case SafetyStockMethod::ForecastError:
        ssFormula = rec.rmseFallback
                        ? tr("SS = z·σP = %1 · %2 = %3 (no backtest error: from the forecast "
                             "interval)")
                              .arg(num(rec.safetyFactor, 3), num(rec.sigmaProtection, 2),
                                   num(rec.safetyStock))
                        : tr("SS = z·RMSE·√(P/b) = %1 · %2 · √(%3/%4) = %5")
                              .arg(num(rec.safetyFactor, 3), num(row.forecastBacktestRmse, 2),
                                   num(rec.protectionDays))
                              .arg(row.forecastBucketDays)
                              .arg(num(rec.safetyStock));
        ssInputs = tr("service level %1 (%2), backtest error of the forecast")
                       .arg(pct(rec.policy.serviceLevel), from(ResolvedPolicy::ServiceLevel));
        break;
    case SafetyStockMethod::DaysOfCover:
        ssFormula
            = tr("SS = c·d = %1 · %2 = %3")
                  .arg(num(rec.policy.coverDays), num(rec.dailyDemand, 2), num(rec.safetyStock));
        ssInputs = tr("%1 days of cover (%2)")
                       .arg(num(rec.policy.coverDays), from(ResolvedPolicy::CoverDays));
        break;
    }
    lines.append({tr("Safety stock"), rec.safetyStock, ssFormula, ssInputs});
    lines.append(
        {tr("Reorder point"), rec.reorderPoint,
         tr("s = D(P) + SS = %1 + %2 = %3")
             .arg(num(rec.demandOverProtection), num(rec.safetyStock), num(rec.reorderPoint)),
         tr("forecast demand over the next %1 days").arg(num(rec.protectionDays))});
    lines.append({tr("Order-up-to level"), rec.orderUpTo,
                  rec.policy.kind == PolicyKind::OrderUpTo
                      ? tr("S = D(L + R) + SS = %1").arg(num(rec.orderUpTo))
                      : tr("S = s + max(EOQ, MOQ) = %1").arg(num(rec.orderUpTo)),
                  rec.policy.maxCoverDays > 0
                      ? tr("capped at %1 days of demand").arg(num(rec.policy.maxCoverDays))
                      : QString()});
    lines.append({tr("EOQ"), std::isfinite(rec.eoq) ? rec.eoq : 0.0,
                  std::isfinite(rec.eoq)
                      ? tr("EOQ = √(2·D·S/H) = √(2 · %1 · %2 / %3) = %4")
                            .arg(num(365.0 * rec.dailyDemand, 0), num(rec.orderCost, 2),
                                 num(rec.holdingCostPerYear, 2), num(rec.eoq))
                      : tr("cannot compute because %1").arg(rec.eoqProblem),
                  tr("holding %1 a year of the unit cost %2 (%3)")
                      .arg(pct(rec.policy.holdingRate), num(rec.unitCost, 2),
                           from(ResolvedPolicy::HoldingRate))});
    lines.append(
        {tr("Inventory position"), rec.inventoryPosition,
         tr("IP = available + on order − expiring unsold = %1").arg(num(rec.inventoryPosition)),
         rec.expiringWithinProtection > 0
             ? tr("%1 units expire before they can be sold and do not count")
                   .arg(num(rec.expiringWithinProtection, 0))
             : QString()});
    QString orderInputs = tr("MOQ %1, multiple %2").arg(num(rec.moq, 0), num(rec.orderMultiple, 0));
    if (std::isfinite(rec.shelfLifeCap))
        orderInputs += tr(", shelf life %1 d allows %2")
                           .arg(sku.shelfLifeDays)
                           .arg(num(rec.shelfLifeCap, 0));
    if (!rec.orderNote.isEmpty())
        orderInputs += QStringLiteral("; ") + rec.orderNote;
    lines.append(
        {tr("Suggested order"), rec.suggestedOrder,
         rec.rawOrder > 0
             ? tr("%1 needed, %2 after rounding").arg(num(rec.rawOrder), num(rec.suggestedOrder, 0))
             : tr("no order: the position %1 is above the reorder point")
                   .arg(num(rec.inventoryPosition)),
         orderInputs});
    return lines;
}

} // namespace Stockshift::Policy
