#include "plan/PlanStore.h"

#include "common/UserName.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Stockshift::Plan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Plan", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Storing the plan failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant nullable(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

QVariant nullableId(qint64 id)
{
    return id >= 0 ? QVariant(id) : QVariant();
}

double real(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

Status audit(Storage::Connection &c, const QString &action, const QString &key,
             const QString &detail, const QString &user)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "detail) VALUES (?, ?, ?, 'plan', ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(userName(user));
    q.addBindValue(action);
    q.addBindValue(key);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail); // NOT NULL column
    if (!q.exec())
        return sqlError(q);
    return {};
}

PlanHeader headerFrom(const QSqlQuery &q)
{
    PlanHeader h;
    h.id = q.value(0).toLongLong();
    h.createdAt = q.value(1).toString();
    planKindFromName(q.value(2).toString(), &h.kind);
    h.method = q.value(3).toString();
    h.status = q.value(4).toString();
    h.startDay = q.value(5).toInt();
    h.bucketDays = q.value(6).toInt();
    h.horizon = q.value(7).toInt();
    h.objective = real(q.value(8));
    h.bound = real(q.value(9));
    h.gap = real(q.value(10));
    h.seconds = q.value(11).toDouble();
    h.rows = q.value(12).toInt();
    h.columns = q.value(13).toInt();
    h.nonZeros = q.value(14).toLongLong();
    h.parameters = object(q.value(15));
    h.totals = PlanTotals::fromJson(object(q.value(16)));
    h.evaluation = object(q.value(17));
    h.note = q.value(18).toString();
    h.forecastRunId = q.value(19).isNull() ? -1 : q.value(19).toLongLong();
    return h;
}

const char *kHeaderColumns = "id, created_at, kind, method, status, start_day, bucket_days, "
                             "horizon, objective, bound, gap, seconds, model_rows, "
                             "model_columns, model_nonzeros, parameters, totals, evaluation, "
                             "note, forecast_run_id";

} // namespace

QString planKindName(PlanKind kind)
{
    switch (kind) {
    case PlanKind::Transfers:
        return QStringLiteral("transfers");
    case PlanKind::Replenishment:
        return QStringLiteral("replenishment");
    case PlanKind::Joint:
        return QStringLiteral("joint");
    }
    return {};
}

bool planKindFromName(const QString &name, PlanKind *out)
{
    for (PlanKind k : {PlanKind::Transfers, PlanKind::Replenishment, PlanKind::Joint})
        if (planKindName(k) == name) {
            *out = k;
            return true;
        }
    return false;
}

QString lineStatusName(LineStatus status)
{
    switch (status) {
    case LineStatus::Proposed:
        return QStringLiteral("proposed");
    case LineStatus::Approved:
        return QStringLiteral("approved");
    case LineStatus::Rejected:
        return QStringLiteral("rejected");
    case LineStatus::Exported:
        return QStringLiteral("exported");
    case LineStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool lineStatusFromName(const QString &name, LineStatus *out)
{
    for (LineStatus s : {LineStatus::Proposed, LineStatus::Approved, LineStatus::Rejected,
                         LineStatus::Exported, LineStatus::Cancelled})
        if (lineStatusName(s) == name) {
            *out = s;
            return true;
        }
    return false;
}

QJsonObject PlanTotals::toJson() const
{
    return {{QStringLiteral("transport"), transport},
            {QStringLiteral("fixed"), fixed},
            {QStringLiteral("purchase"), purchase},
            {QStringLiteral("holding"), holding},
            {QStringLiteral("lostMargin"), lostMargin},
            {QStringLiteral("safetyShortfall"), safetyShortfall},
            {QStringLiteral("total"), total()},
            {QStringLiteral("transferUnits"), transferUnits},
            {QStringLiteral("purchaseUnits"), purchaseUnits},
            {QStringLiteral("unmetUnits"), unmetUnits},
            {QStringLiteral("transferLines"), transferLines},
            {QStringLiteral("purchaseLines"), purchaseLines},
            {QStringLiteral("shipments"), shipments},
            {QStringLiteral("purchaseOrders"), purchaseOrders}};
}

PlanTotals PlanTotals::fromJson(const QJsonObject &o)
{
    PlanTotals t;
    t.transport = o.value(QStringLiteral("transport")).toDouble();
    t.fixed = o.value(QStringLiteral("fixed")).toDouble();
    t.purchase = o.value(QStringLiteral("purchase")).toDouble();
    t.holding = o.value(QStringLiteral("holding")).toDouble();
    t.lostMargin = o.value(QStringLiteral("lostMargin")).toDouble();
    t.safetyShortfall = o.value(QStringLiteral("safetyShortfall")).toDouble();
    t.transferUnits = o.value(QStringLiteral("transferUnits")).toDouble();
    t.purchaseUnits = o.value(QStringLiteral("purchaseUnits")).toDouble();
    t.unmetUnits = o.value(QStringLiteral("unmetUnits")).toDouble();
    t.transferLines = o.value(QStringLiteral("transferLines")).toInt();
    t.purchaseLines = o.value(QStringLiteral("purchaseLines")).toInt();
    t.shipments = o.value(QStringLiteral("shipments")).toInt();
    t.purchaseOrders = o.value(QStringLiteral("purchaseOrders")).toInt();
    return t;
}

Result<qint64> savePlan(Storage::Connection &c, const PlanData &plan)
{
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    const PlanHeader &h = plan.header;
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral(
        "INSERT INTO plans (created_at, kind, method, status, start_day, bucket_days, horizon, "
        "objective, bound, gap, seconds, model_rows, model_columns, model_nonzeros, parameters, "
        "totals, evaluation, note, forecast_run_id, inputs) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(h.createdAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                         : h.createdAt);
    q.addBindValue(planKindName(h.kind));
    q.addBindValue(h.method);
    q.addBindValue(h.status);
    q.addBindValue(h.startDay);
    q.addBindValue(h.bucketDays);
    q.addBindValue(h.horizon);
    q.addBindValue(nullable(h.objective));
    q.addBindValue(nullable(h.bound));
    q.addBindValue(nullable(h.gap));
    q.addBindValue(h.seconds);
    q.addBindValue(h.rows);
    q.addBindValue(h.columns);
    q.addBindValue(h.nonZeros);
    q.addBindValue(json(h.parameters));
    q.addBindValue(json(h.totals.toJson()));
    q.addBindValue(json(h.evaluation));
    q.addBindValue(h.note.isNull() ? QStringLiteral("") : h.note);
    q.addBindValue(nullableId(h.forecastRunId));
    q.addBindValue(plan.inputs.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                         : QVariant(plan.inputs));
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery line(c.db());
    line.prepare(QStringLiteral(
        "INSERT INTO plan_lines (plan_id, line, type, sku_id, from_location_id, supplier_id, "
        "to_location_id, quantity, proposed_quantity, ship_day, arrival_day, unit_cost, cost, "
        "benefit, po_group, why, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int number = 0;
    for (const PlanLine &l : plan.lines) {
        ++number;
        line.bindValue(0, id);
        line.bindValue(1, l.line > 0 ? l.line : number);
        line.bindValue(2, l.type == LineType::Transfer ? QStringLiteral("transfer")
                                                       : QStringLiteral("purchase"));
        line.bindValue(3, l.skuId);
        line.bindValue(4, l.type == LineType::Transfer ? nullableId(l.fromLocationId) : QVariant());
        line.bindValue(5, l.type == LineType::Purchase ? nullableId(l.supplierId) : QVariant());
        line.bindValue(6, l.toLocationId);
        line.bindValue(7, l.quantity);
        line.bindValue(8, l.proposedQuantity > 0 ? l.proposedQuantity : l.quantity);
        line.bindValue(9, l.shipDay);
        line.bindValue(10, l.arrivalDay);
        line.bindValue(11, l.unitCost);
        line.bindValue(12, l.cost);
        line.bindValue(13, l.benefit);
        line.bindValue(14, l.group.isNull() ? QStringLiteral("") : l.group);
        line.bindValue(15, json(l.why));
        line.bindValue(16, lineStatusName(l.status));
        if (!line.exec())
            return sqlError(line);
    }
    if (Status s = audit(c, QStringLiteral("plan-create"), QString::number(id),
                         QStringLiteral("%1 %2, %3 lines")
                             .arg(planKindName(h.kind), h.method)
                             .arg(plan.lines.size()),
                         QString());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QList<PlanHeader>> listPlans(Storage::Connection &c)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM plans ORDER BY id DESC")
                    .arg(QLatin1String(kHeaderColumns))))
        return sqlError(q);
    QList<PlanHeader> out;
    while (q.next())
        out.append(headerFrom(q));
    return out;
}

Result<PlanData> loadPlan(Storage::Connection &c, qint64 planId, bool withInputs)
{
    PlanData plan;
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT %1%2 FROM plans WHERE id = ?")
                  .arg(QLatin1String(kHeaderColumns),
                       withInputs ? QStringLiteral(", inputs") : QString()));
    q.addBindValue(planId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("There is no plan %1.").arg(planId), QStringLiteral("no-plan"));
    plan.header = headerFrom(q);
    if (withInputs)
        plan.inputs = q.value(20).toByteArray();
    QSqlQuery l(c.db());
    l.prepare(QStringLiteral(
        "SELECT p.line, p.type, p.sku_id, coalesce(p.from_location_id, -1), "
        "coalesce(p.supplier_id, -1), p.to_location_id, p.quantity, p.proposed_quantity, "
        "p.ship_day, p.arrival_day, p.unit_cost, p.cost, p.benefit, p.po_group, p.why, "
        "p.status, k.code, coalesce(f.code, s.code, ''), t.code "
        "FROM plan_lines p JOIN skus k ON k.id = p.sku_id "
        "JOIN locations t ON t.id = p.to_location_id "
        "LEFT JOIN locations f ON f.id = p.from_location_id "
        "LEFT JOIN suppliers s ON s.id = p.supplier_id "
        "WHERE p.plan_id = ? ORDER BY p.line"));
    l.addBindValue(planId);
    if (!l.exec())
        return sqlError(l);
    while (l.next()) {
        PlanLine line;
        line.line = l.value(0).toInt();
        line.type = l.value(1).toString() == QLatin1String("purchase") ? LineType::Purchase
                                                                       : LineType::Transfer;
        line.skuId = l.value(2).toLongLong();
        line.fromLocationId = l.value(3).toLongLong();
        line.supplierId = l.value(4).toLongLong();
        line.toLocationId = l.value(5).toLongLong();
        line.quantity = l.value(6).toDouble();
        line.proposedQuantity = l.value(7).toDouble();
        line.shipDay = l.value(8).toInt();
        line.arrivalDay = l.value(9).toInt();
        line.unitCost = l.value(10).toDouble();
        line.cost = l.value(11).toDouble();
        line.benefit = l.value(12).toDouble();
        line.group = l.value(13).toString();
        line.why = object(l.value(14));
        lineStatusFromName(l.value(15).toString(), &line.status);
        line.skuCode = l.value(16).toString();
        line.fromCode = l.value(17).toString();
        line.toCode = l.value(18).toString();
        plan.lines.push_back(std::move(line));
    }
    return plan;
}

Status saveEvaluation(Storage::Connection &c, qint64 planId, const QJsonObject &evaluation)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("UPDATE plans SET evaluation = ? WHERE id = ?"));
    q.addBindValue(json(evaluation));
    q.addBindValue(planId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no plan %1.").arg(planId), QStringLiteral("no-plan"));
    return {};
}

namespace {

// The status of a line, or an error when it does not exist.
Result<LineStatus> currentStatus(Storage::Connection &c, qint64 planId, int line)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT status FROM plan_lines WHERE plan_id = ? AND line = ?"));
    q.addBindValue(planId);
    q.addBindValue(line);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("Plan %1 has no line %2.").arg(planId).arg(line),
                     QStringLiteral("no-line"));
    LineStatus s = LineStatus::Proposed;
    lineStatusFromName(q.value(0).toString(), &s);
    return s;
}

bool frozen(LineStatus s)
{
    return s == LineStatus::Exported || s == LineStatus::Cancelled;
}

} // namespace

Status setLineStatus(Storage::Connection &c, qint64 planId, const QList<int> &lines,
                     LineStatus status, const QString &user)
{
    if (frozen(status))
        return Error(tr("Lines become exported or cancelled through the export, not by review."),
                     QStringLiteral("state"));
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("UPDATE plan_lines SET status = ? WHERE plan_id = ? AND line = ?"));
    for (int line : lines) {
        auto current = currentStatus(c, planId, line);
        if (!current)
            return current.error();
        if (frozen(*current))
            return Error(
                tr("Line %1 is %2 and cannot be changed.").arg(line).arg(lineStatusName(*current)),
                QStringLiteral("state"));
        q.bindValue(0, lineStatusName(status));
        q.bindValue(1, planId);
        q.bindValue(2, line);
        if (!q.exec())
            return sqlError(q);
        if (Status s = audit(
                c, QStringLiteral("plan-line-") + lineStatusName(status),
                QStringLiteral("%1/%2").arg(planId).arg(line),
                lineStatusName(*current) + QStringLiteral(" → ") + lineStatusName(status), user);
            !s)
            return s;
    }
    return transaction.commit();
}

Status editLineQuantity(Storage::Connection &c, qint64 planId, int line, double quantity,
                        const QString &user)
{
    if (!(quantity >= 0) || !std::isfinite(quantity))
        return Error(tr("A quantity must be a number of at least 0."),
                     QStringLiteral("bad-quantity"));
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    auto current = currentStatus(c, planId, line);
    if (!current)
        return current.error();
    if (frozen(*current))
        return Error(
            tr("Line %1 is %2 and cannot be changed.").arg(line).arg(lineStatusName(*current)),
            QStringLiteral("state"));
    QSqlQuery old(c.db());
    old.prepare(QStringLiteral("SELECT quantity, unit_cost FROM plan_lines WHERE plan_id = ? "
                               "AND line = ?"));
    old.addBindValue(planId);
    old.addBindValue(line);
    if (!old.exec() || !old.next())
        return sqlError(old);
    const double before = old.value(0).toDouble();
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("UPDATE plan_lines SET quantity = ?, cost = ? * unit_cost "
                             "WHERE plan_id = ? AND line = ?"));
    q.addBindValue(quantity);
    q.addBindValue(quantity);
    q.addBindValue(planId);
    q.addBindValue(line);
    if (!q.exec())
        return sqlError(q);
    if (Status s
        = audit(c, QStringLiteral("plan-line-edit"), QStringLiteral("%1/%2").arg(planId).arg(line),
                QStringLiteral("%1 → %2").arg(before).arg(quantity), user);
        !s)
        return s;
    return transaction.commit();
}

Status deletePlan(Storage::Connection &c, qint64 planId, const QString &user)
{
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM plan_lines WHERE plan_id = ? AND status = "
                             "'exported'"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() > 0)
        return Error(tr("Plan %1 has exported lines and is kept.").arg(planId),
                     QStringLiteral("state"));
    QSqlQuery lines(c.db());
    lines.prepare(QStringLiteral("DELETE FROM plan_lines WHERE plan_id = ?"));
    lines.addBindValue(planId);
    if (!lines.exec())
        return sqlError(lines);
    QSqlQuery d(c.db());
    d.prepare(QStringLiteral("DELETE FROM plans WHERE id = ?"));
    d.addBindValue(planId);
    if (!d.exec())
        return sqlError(d);
    if (d.numRowsAffected() == 0)
        return Error(tr("There is no plan %1.").arg(planId), QStringLiteral("no-plan"));
    if (Status s = audit(c, QStringLiteral("plan-delete"), QString::number(planId), {}, user); !s)
        return s;
    return transaction.commit();
}

} // namespace Stockshift::Plan
