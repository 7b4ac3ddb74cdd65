#include "health/StockAlerts.h"

#include "common/Days.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Stockshift::Health {

using namespace Inventory;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Health", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Storing the alerts failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::StockOut:
        return QStringLiteral("stock-out");
    case AlertKind::Critical:
        return QStringLiteral("stock-critical");
    case AlertKind::BelowReorderPoint:
        return QStringLiteral("stock-below-rop");
    case AlertKind::Expiring:
        return QStringLiteral("stock-expiring");
    case AlertKind::Overstock:
        return QStringLiteral("stock-overstock");
    case AlertKind::SlowMover:
        return QStringLiteral("stock-slow-mover");
    case AlertKind::StaleData:
        return QStringLiteral("data-stale");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::vector<StockAlert> deriveAlerts(const InventorySnapshot &snapshot, const HealthReport &report,
                                     const HealthSettings &settings)
{
    std::vector<StockAlert> alerts;
    if (snapshot.lastImportDay != std::numeric_limits<int>::min()
        && Days::fromDate(QDate::currentDate()) - snapshot.lastImportDay > settings.staleImportDays)
        alerts.push_back({AlertKind::StaleData, Severity::Warning, -1});
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        const HealthRow &h = report.rows[i];
        const int row = int(i);
        switch (h.status) {
        case StockStatus::OutOfStock:
            alerts.push_back({AlertKind::StockOut, Severity::Critical, row});
            break;
        case StockStatus::Critical:
            alerts.push_back({AlertKind::Critical, Severity::Critical, row});
            break;
        case StockStatus::BelowReorderPoint:
            alerts.push_back({AlertKind::BelowReorderPoint, Severity::Warning, row});
            break;
        case StockStatus::Overstock:
            alerts.push_back({AlertKind::Overstock, Severity::Info, row});
            break;
        case StockStatus::Expiring:
        case StockStatus::Healthy:
        case StockStatus::Inactive:
            break;
        }
        // Expiry and slow movement are raised whatever the status: a row can be below its
        // reorder point and still hold a lot that expires unsold.
        if (h.expiringUnsold > 0)
            alerts.push_back({AlertKind::Expiring, Severity::Warning, row});
        if (h.slowMover && h.status != StockStatus::Overstock)
            alerts.push_back({AlertKind::SlowMover, Severity::Info, row});
    }
    return alerts;
}

QString alertScope(const InventorySnapshot &snapshot, const StockAlert &alert)
{
    if (alert.row < 0)
        return QStringLiteral("network");
    const InventoryRow &r = snapshot.rows[std::size_t(alert.row)];
    return snapshot.location(r).code + QLatin1Char('/') + snapshot.sku(r).code;
}

QString alertMessage(const InventorySnapshot &snapshot, const HealthReport &report,
                     const HealthSettings &settings, const StockAlert &alert)
{
    if (alert.kind == AlertKind::StaleData)
        return tr("The last import was %1 days ago: stock and sales may be out of date.")
            .arg(Days::fromDate(QDate::currentDate()) - snapshot.lastImportDay);
    const std::size_t i = std::size_t(alert.row);
    const InventoryRow &r = snapshot.rows[i];
    const HealthRow &h = report.rows[i];
    const Policy::Recommendation &rec = report.recommendations[i];
    const QString what = tr("%1 at %2").arg(snapshot.sku(r).code, snapshot.location(r).code);
    switch (alert.kind) {
    case AlertKind::StockOut:
        return tr("%1 is out of stock; forecast demand %2 a day.")
            .arg(what, number(h.dailyDemand, 1));
    case AlertKind::Critical:
        return tr("%1 runs out on %2, before an order placed today can arrive (lead time %3 days).")
            .arg(what, Days::toIso(h.stockoutDay), number(rec.leadTimeDays, 1));
    case AlertKind::BelowReorderPoint:
        return tr("%1 is below its reorder point: position %2, reorder point %3.")
            .arg(what, number(rec.inventoryPosition), number(rec.reorderPoint));
    case AlertKind::Expiring:
        return tr("%1: %2 units expire unsold within %3 days (first expiry %4).")
            .arg(what, number(h.expiringUnsold))
            .arg(settings.expiryWarningDays)
            .arg(h.firstExpiryDay == kNoExpiry ? QString() : Days::toIso(h.firstExpiryDay));
    case AlertKind::Overstock:
        return h.deadStock
                   ? tr("%1 holds %2 units without a sale for %3 days.")
                         .arg(what, number(h.available))
                         .arg(h.daysSinceSale < 0 ? tr("over a year")
                                                  : QString::number(h.daysSinceSale))
                   : tr("%1 is overstocked: %2 days of cover (threshold %3).")
                         .arg(what, number(h.daysOfCover), number(settings.overstockCoverDays));
    case AlertKind::SlowMover:
        return tr("%1 is a slow mover: no sale for %2 days, %3 units in stock.")
            .arg(what, h.daysSinceSale < 0 ? tr("over a year") : QString::number(h.daysSinceSale),
                 number(h.available));
    case AlertKind::StaleData:
        break;
    }
    return {};
}

QString alertAction(const InventorySnapshot &snapshot, const HealthReport &report,
                    const StockAlert &alert)
{
    if (alert.row < 0)
        return tr("Import the latest stock and sales exports.");
    const std::size_t i = std::size_t(alert.row);
    const Policy::Recommendation &rec = report.recommendations[i];
    const SupplyInfo *supply = snapshot.supply(snapshot.rows[i]);
    switch (alert.kind) {
    case AlertKind::StockOut:
    case AlertKind::Critical:
        return tr("Transfer stock from a location with surplus, or expedite an order%1.")
            .arg(rec.suggestedOrder > 0
                     ? tr(" (suggested: %1 units)").arg(number(rec.suggestedOrder))
                     : QString());
    case AlertKind::BelowReorderPoint:
        return rec.suggestedOrder > 0 ? tr("Order %1 units from %2.")
                                            .arg(number(rec.suggestedOrder),
                                                 supply ? supply->source : tr("the supplier"))
                                      : tr("Review the order: %1").arg(rec.orderNote);
    case AlertKind::Expiring:
        return tr("Sell or move the expiring lots first (promotion, transfer to a faster "
                  "location).");
    case AlertKind::Overstock:
        return tr("Stop ordering; transfer the surplus to locations short of it.");
    case AlertKind::SlowMover:
        return tr("Review the listing; consider a markdown or a transfer.");
    case AlertKind::StaleData:
        break;
    }
    return {};
}

QJsonObject alertDetail(const InventorySnapshot &snapshot, const HealthReport &report,
                        const StockAlert &alert)
{
    if (alert.row < 0)
        return {{QStringLiteral("lastImport"), Days::toIso(snapshot.lastImportDay)}};
    const std::size_t i = std::size_t(alert.row);
    const HealthRow &h = report.rows[i];
    const Policy::Recommendation &rec = report.recommendations[i];
    const auto finite = [](double v) {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
    };
    return {{QStringLiteral("available"), h.available},
            {QStringLiteral("dailyDemand"), h.dailyDemand},
            {QStringLiteral("daysOfCover"), h.daysOfCover},
            {QStringLiteral("reorderPoint"), finite(rec.reorderPoint)},
            {QStringLiteral("inventoryPosition"), rec.inventoryPosition},
            {QStringLiteral("suggestedOrder"), rec.suggestedOrder},
            {QStringLiteral("expiringUnsold"), h.expiringUnsold},
            {QStringLiteral("status"), statusName(h.status)}};
}

Result<AlertSync> syncAlerts(Storage::Connection &connection, const InventorySnapshot &snapshot,
                             const HealthReport &report, const HealthSettings &settings,
                             const std::vector<StockAlert> &alerts)
{
    AlertSync sync;
    Storage::Transaction transaction(connection);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    QSqlDatabase &db = connection.db();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    // Open health alerts by (kind, scope).
    QSet<QString> open;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT kind || ' ' || scope FROM alerts WHERE source = "
                                   "'health' AND resolved_at IS NULL")))
            return sqlError(q);
        while (q.next())
            open.insert(q.value(0).toString());
    }
    QSet<QString> present;
    // A resolved alert that applies again is reopened with the new text (one row per kind and
    // scope: the table's UNIQUE (kind, scope, source)).
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO alerts (created_at, kind, severity, location_id, sku_id, scope, message, "
        "action, detail, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'health') "
        "ON CONFLICT (kind, scope, source) DO UPDATE SET severity = excluded.severity, "
        "message = excluded.message, action = excluded.action, detail = excluded.detail, "
        "created_at = CASE WHEN resolved_at IS NULL THEN created_at ELSE excluded.created_at "
        "END, resolved_at = NULL"));
    for (const StockAlert &a : alerts) {
        const QString kind = alertKindName(a.kind);
        const QString scope = alertScope(snapshot, a);
        const QString key = kind + QLatin1Char(' ') + scope;
        present.insert(key);
        if (open.contains(key))
            ++sync.kept;
        else
            ++sync.raised;
        QVariant location, sku;
        if (a.row >= 0) {
            const InventoryRow &r = snapshot.rows[std::size_t(a.row)];
            location = snapshot.location(r).id;
            sku = snapshot.sku(r).id;
        }
        upsert.bindValue(0, now);
        upsert.bindValue(1, kind);
        upsert.bindValue(2, severityName(a.severity));
        upsert.bindValue(3, location);
        upsert.bindValue(4, sku);
        upsert.bindValue(5, scope);
        upsert.bindValue(6, alertMessage(snapshot, report, settings, a));
        upsert.bindValue(7, alertAction(snapshot, report, a));
        upsert.bindValue(
            8, QString::fromUtf8(
                   QJsonDocument(alertDetail(snapshot, report, a)).toJson(QJsonDocument::Compact)));
        if (!upsert.exec())
            return sqlError(upsert);
    }
    QSqlQuery resolve(db);
    resolve.prepare(QStringLiteral("UPDATE alerts SET resolved_at = ? WHERE source = 'health' "
                                   "AND resolved_at IS NULL AND kind = ? AND scope = ?"));
    for (const QString &key : std::as_const(open)) {
        if (present.contains(key))
            continue;
        const qsizetype space = key.indexOf(QLatin1Char(' '));
        resolve.bindValue(0, now);
        resolve.bindValue(1, key.left(space));
        resolve.bindValue(2, key.mid(space + 1));
        if (!resolve.exec())
            return sqlError(resolve);
        ++sync.resolved;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return sync;
}

Result<std::vector<StoredAlert>> listAlerts(Storage::Connection &connection, bool includeResolved)
{
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, created_at, kind, severity, scope, message, action, "
                               "coalesce(resolved_at, ''), coalesce(location_id, -1), "
                               "coalesce(sku_id, -1) FROM alerts")
                + (includeResolved ? QString() : QStringLiteral(" WHERE resolved_at IS NULL"))
                + QStringLiteral(" ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'warning' "
                                 "THEN 1 ELSE 2 END, id DESC")))
        return sqlError(q);
    std::vector<StoredAlert> out;
    while (q.next()) {
        StoredAlert a;
        a.id = q.value(0).toLongLong();
        a.createdAt = q.value(1).toString();
        a.kind = q.value(2).toString();
        a.severity = q.value(3).toString();
        a.scope = q.value(4).toString();
        a.message = q.value(5).toString();
        a.action = q.value(6).toString();
        a.resolvedAt = q.value(7).toString();
        a.locationId = q.value(8).toLongLong();
        a.skuId = q.value(9).toLongLong();
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace Stockshift::Health
