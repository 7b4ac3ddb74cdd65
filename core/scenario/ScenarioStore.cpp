#include "scenario/ScenarioStore.h"

#include "forecast/Overrides.h"
#include "scenario/ScenarioFile.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Stockshift::Scenarios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Scenarios", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("The scenarios could not be read or written: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

QJsonObject kpiJson(const Kpis &k)
{
    return {{QStringLiteral("totalCost"), k.totalCost},
            {QStringLiteral("fillRate"), k.fillRate},
            {QStringLiteral("inventoryValue"), k.inventoryValue},
            {QStringLiteral("daysOfInventory"), k.daysOfInventory},
            {QStringLiteral("expiringUnits"), k.expiringUnits},
            {QStringLiteral("transfers"), k.transfers},
            {QStringLiteral("purchaseOrders"), k.purchaseOrders},
            {QStringLiteral("transferUnits"), k.transferUnits},
            {QStringLiteral("purchaseUnits"), k.purchaseUnits},
            {QStringLiteral("purchaseValue"), k.purchaseValue},
            {QStringLiteral("lostUnits"), k.lostUnits},
            {QStringLiteral("demandUnits"), k.demandUnits},
            {QStringLiteral("healthScore"), k.healthScore}};
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Kpis kpisFromJson(const QJsonObject &o)
{
    Kpis k;
    k.totalCost = o.value(QStringLiteral("totalCost")).toDouble();
    k.fillRate = o.value(QStringLiteral("fillRate")).toDouble();
    k.inventoryValue = o.value(QStringLiteral("inventoryValue")).toDouble();
    k.daysOfInventory = o.value(QStringLiteral("daysOfInventory")).toDouble();
    k.expiringUnits = o.value(QStringLiteral("expiringUnits")).toDouble();
    k.transfers = o.value(QStringLiteral("transfers")).toInt();
    k.purchaseOrders = o.value(QStringLiteral("purchaseOrders")).toInt();
    k.transferUnits = o.value(QStringLiteral("transferUnits")).toDouble();
    k.purchaseUnits = o.value(QStringLiteral("purchaseUnits")).toDouble();
    k.purchaseValue = o.value(QStringLiteral("purchaseValue")).toDouble();
    k.lostUnits = o.value(QStringLiteral("lostUnits")).toDouble();
    k.demandUnits = o.value(QStringLiteral("demandUnits")).toDouble();
    k.healthScore = o.value(QStringLiteral("healthScore")).toDouble();
    return k;
}

Status audit(Storage::Connection &c, const QString &action, const QString &name,
             const QString &user, const QString &detail = {})
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "detail) VALUES (?, ?, ?, 'scenario', ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(user.isEmpty() ? Forecast::currentUserName() : user);
    q.addBindValue(action);
    q.addBindValue(name);
    q.addBindValue(text(detail));
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

Result<qint64> saveScenario(Storage::Connection &connection, Scenario &scenario,
                            const QString &user)
{
    if (scenario.name.trimmed().isEmpty())
        return Error(tr("A scenario needs a name."), QStringLiteral("name"));
    auto blob = encode(scenario, Encoding::Binary);
    if (!blob)
        return blob.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (scenario.createdAt.isEmpty())
        scenario.createdAt = now;
    Storage::Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral(
        "INSERT INTO scenarios (name, description, parent_name, format_version, created_at, "
        "updated_at, user_name, status, ran_at, edits, summary, data) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET description = excluded.description, "
        "parent_name = excluded.parent_name, format_version = excluded.format_version, "
        "updated_at = excluded.updated_at, user_name = excluded.user_name, status = "
        "excluded.status, ran_at = excluded.ran_at, edits = excluded.edits, summary = "
        "excluded.summary, data = excluded.data"));
    const Results &r = scenario.results;
    q.addBindValue(scenario.name.trimmed());
    q.addBindValue(text(scenario.description));
    q.addBindValue(text(scenario.parentName));
    q.addBindValue(int(kFormatVersion));
    q.addBindValue(scenario.createdAt);
    q.addBindValue(now);
    q.addBindValue(user.isEmpty() ? Forecast::currentUserName() : user);
    q.addBindValue(r.present ? QStringLiteral("run") : QStringLiteral("draft"));
    q.addBindValue(r.present ? QVariant(r.ranAt) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(int(scenario.edits.size()));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(r.present ? kpiJson(r.kpis) : QJsonObject()).toJson(QJsonDocument::Compact)));
    q.addBindValue(*blob);
    if (!q.exec())
        return sqlError(q);
    q.prepare(QStringLiteral("SELECT id FROM scenarios WHERE name = ?"));
    q.addBindValue(scenario.name.trimmed());
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = audit(connection, QStringLiteral("scenario-save"), scenario.name, user,
                         r.present ? QStringLiteral("with results") : QString());
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    scenario.id = id;
    return id;
}

Result<QList<ScenarioInfo>> listScenarios(Storage::Connection &connection)
{
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, description, parent_name, status, created_at, "
                               "updated_at, ran_at, format_version, edits, summary FROM "
                               "scenarios ORDER BY name")))
        return sqlError(q);
    QList<ScenarioInfo> list;
    while (q.next()) {
        ScenarioInfo info;
        info.id = q.value(0).toLongLong();
        info.name = q.value(1).toString();
        info.description = q.value(2).toString();
        info.parentName = q.value(3).toString();
        info.status = q.value(4).toString();
        info.createdAt = q.value(5).toString();
        info.updatedAt = q.value(6).toString();
        info.ranAt = q.value(7).toString();
        info.formatVersion = q.value(8).toInt();
        info.edits = q.value(9).toInt();
        info.kpis = kpisFromJson(QJsonDocument::fromJson(q.value(10).toByteArray()).object());
        list.append(info);
    }
    return list;
}

namespace {

Result<Scenario> loadWhere(Storage::Connection &connection, const QString &where,
                           const QVariant &key)
{
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT id, data FROM scenarios WHERE ") + where);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("There is no scenario %1.").arg(key.toString()),
                     QStringLiteral("not-found"));
    const qint64 id = q.value(0).toLongLong();
    auto scenario = decode(q.value(1).toByteArray());
    if (!scenario)
        return scenario.error();
    scenario->id = id;
    return scenario;
}

} // namespace

Result<Scenario> loadScenario(Storage::Connection &connection, qint64 id)
{
    return loadWhere(connection, QStringLiteral("id = ?"), id);
}

Result<Scenario> loadScenario(Storage::Connection &connection, const QString &name)
{
    return loadWhere(connection, QStringLiteral("name = ?"), name);
}

Status renameScenario(Storage::Connection &connection, qint64 id, const QString &name,
                      const QString &user)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(tr("A scenario needs a name."), QStringLiteral("name"));
    auto scenario = loadScenario(connection, id);
    if (!scenario)
        return scenario.error();
    if (scenario->name == trimmed)
        return {};
    const QString old = scenario->name;
    scenario->name = trimmed;
    auto blob = encode(*scenario, Encoding::Binary);
    if (!blob)
        return blob.error();
    Storage::Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM scenarios WHERE name = ? AND id <> ?"));
    q.addBindValue(trimmed);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() > 0)
        return Error(tr("There is a scenario named \"%1\" already.").arg(trimmed),
                     QStringLiteral("name-taken"));
    q.finish();
    q.prepare(QStringLiteral("UPDATE scenarios SET name = ?, data = ?, updated_at = ? WHERE id = "
                             "?"));
    q.addBindValue(trimmed);
    q.addBindValue(*blob);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = audit(connection, QStringLiteral("scenario-rename"), trimmed, user,
                         tr("was %1").arg(old));
        !s)
        return s;
    return transaction.commit();
}

Result<QString> uniqueName(Storage::Connection &connection, const QString &base)
{
    QSqlQuery q(connection.db());
    for (int n = 1; n < 10000; ++n) {
        const QString candidate
            = n == 1 ? base.trimmed() : QStringLiteral("%1 (%2)").arg(base.trimmed()).arg(n);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM scenarios WHERE name = ?"));
        q.addBindValue(candidate);
        if (!q.exec() || !q.next())
            return sqlError(q);
        if (q.value(0).toInt() == 0)
            return candidate;
    }
    return Error(tr("No free name for \"%1\".").arg(base), QStringLiteral("name-taken"));
}

Status deleteScenario(Storage::Connection &connection, qint64 id, const QString &user)
{
    Storage::Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("SELECT name FROM scenarios WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("There is no scenario %1.").arg(id), QStringLiteral("not-found"));
    const QString name = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM scenarios WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = audit(connection, QStringLiteral("scenario-delete"), name, user); !s)
        return s;
    return transaction.commit();
}

} // namespace Stockshift::Scenarios
