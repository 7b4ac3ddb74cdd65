#include "scenario/WhatIf.h"

#include "forecast/Overrides.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Stockshift::Scenarios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Scenarios", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(
        tr("The scenario could not read or write the database: %1").arg(q.lastError().text()),
        QStringLiteral("sql"));
}

// NULL columns travel as −1 (costs, capacities); back to NULL on the way in.
double orMinusOne(const QVariant &v)
{
    return v.isNull() ? -1.0 : v.toDouble();
}
QVariant nullIfNegative(double v)
{
    return v < 0 ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v);
}
double orNaN(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}
QVariant nullIfNaN(double v)
{
    return std::isnan(v) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(v);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<Scenario> captureScenario(Storage::Connection &connection, const QString &name)
{
    Scenario s;
    s.name = name;
    s.createdAt = now();
    s.createdBy = Forecast::currentUserName();
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);

    if (!q.exec(QStringLiteral("SELECT scope, parameters FROM policy_rules ORDER BY scope")))
        return sqlError(q);
    while (q.next())
        s.policyRules.push_back({q.value(0).toString(), q.value(1).toString()});

    if (!q.exec(QStringLiteral(
            "SELECT l.code, k.code, o.parameters, o.reason FROM policy_overrides o JOIN locations "
            "l ON l.id = o.location_id JOIN skus k ON k.id = o.sku_id ORDER BY l.code, k.code")))
        return sqlError(q);
    while (q.next())
        s.policyOverrides.push_back({q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString()});

    if (!q.exec(QStringLiteral("SELECT code, unit_cost, unit_price FROM skus ORDER BY code")))
        return sqlError(q);
    while (q.next())
        s.skuCosts.push_back(
            {q.value(0).toString(), orMinusOne(q.value(1)), orMinusOne(q.value(2))});

    if (!q.exec(QStringLiteral("SELECT code, name, kind, region, latitude, longitude, "
                               "capacity_units, handling_cost, active FROM locations ORDER BY "
                               "code")))
        return sqlError(q);
    while (q.next()) {
        SiteSetting site;
        site.code = q.value(0).toString();
        site.name = q.value(1).toString();
        site.kind = q.value(2).toString();
        site.region = q.value(3).toString();
        site.latitude = orNaN(q.value(4));
        site.longitude = orNaN(q.value(5));
        site.capacityUnits = orMinusOne(q.value(6));
        site.handlingCost = q.value(7).toDouble();
        site.active = q.value(8).toInt() != 0;
        s.sites.push_back(site);
    }

    if (!q.exec(QStringLiteral(
            "SELECT f.code, t.code, a.mode, a.cost_per_unit, a.fixed_cost, a.lead_time_days, "
            "a.capacity_per_period, a.active FROM lanes a JOIN locations f ON f.id = a.from_id "
            "JOIN locations t ON t.id = a.to_id ORDER BY f.code, t.code, a.mode")))
        return sqlError(q);
    while (q.next())
        s.lanes.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble(),
                           orMinusOne(q.value(6)), q.value(7).toInt() != 0});

    if (!q.exec(QStringLiteral("SELECT code, lead_time_days, lead_time_sd_days, order_cost, "
                               "capacity_per_period, active FROM suppliers ORDER BY code")))
        return sqlError(q);
    while (q.next())
        s.suppliers.push_back({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(),
                               q.value(3).toDouble(), orMinusOne(q.value(4)),
                               q.value(5).toInt() != 0});

    if (!q.exec(QStringLiteral(
            "SELECT l.code, k.code, o.start_day, o.end_day, o.mode, o.value, o.reason FROM "
            "forecast_overrides o JOIN locations l ON l.id = o.location_id JOIN skus k ON k.id = "
            "o.sku_id WHERE o.undone_at IS NULL ORDER BY o.id")))
        return sqlError(q);
    while (q.next())
        s.forecastOverrides.push_back(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
             q.value(4).toString(), q.value(5).toDouble(), q.value(6).toString()});

    // The newest tier configuration (Tiers::TierStore's versioned documents), kept opaque.
    if (!q.exec(QStringLiteral("SELECT document FROM tier_configs ORDER BY id DESC LIMIT 1")))
        return sqlError(q);
    if (q.next())
        s.tierConfigJson = q.value(0).toString();
    return s;
}

Status copyDatabase(const QString &sourcePath, const QString &targetPath)
{
    if (QFileInfo::exists(targetPath))
        return Error(tr("%1 already exists.").arg(targetPath), QStringLiteral("exists"));
    Storage::Connection::Options options;
    options.mode = Storage::Connection::Mode::ReadOnly;
    options.createIfMissing = false;
    options.migrate = false;
    auto source = Storage::Connection::open(sourcePath, options);
    if (!source)
        return source.error();
    // VACUUM INTO writes a consistent, compact copy in one statement, reading the source as
    // one transaction: a writer in the GUI meanwhile is neither blocked for long nor seen half.
    QSqlQuery q((*source)->db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec())
        return Error(
            tr("The database could not be copied for the scenario: %1").arg(q.lastError().text()),
            QStringLiteral("copy"));
    return {};
}

namespace {

// Writes one scenario onto the copy; every step appends its warnings. Runs inside the caller's
// transaction.
class Applier
{
public:
    Applier(Storage::Connection &c, ApplyReport &report)
        : m_c(c)
        , m_report(report)
        , m_q(c.db())
    {}

    Status settings(const Scenario &s)
    {
        const QString at = now(), user = Forecast::currentUserName();
        if (!run(QStringLiteral("DELETE FROM policy_rules")))
            return error();
        for (const PolicyRule &r : s.policyRules)
            if (!run(QStringLiteral("INSERT INTO policy_rules (scope, parameters, updated_at, "
                                    "user_name) VALUES (?, ?, ?, ?)"),
                     {r.scope, text(r.parametersJson), at, user}))
                return error();
        if (!run(QStringLiteral("DELETE FROM policy_overrides")))
            return error();
        for (const PolicyOverride &o : s.policyOverrides) {
            if (!run(QStringLiteral(
                         "INSERT INTO policy_overrides (location_id, sku_id, parameters, reason, "
                         "updated_at, user_name) SELECT l.id, k.id, ?, ?, ?, ? FROM locations l, "
                         "skus k WHERE l.code = ? AND k.code = ?"),
                     {text(o.parametersJson), text(o.reason), at, user, o.locationCode, o.skuCode}))
                return error();
            if (m_q.numRowsAffected() == 0)
                warn(tr("Policy override %1 × %2: unknown location or SKU, skipped.")
                         .arg(o.locationCode, o.skuCode));
        }
        for (const SkuCost &k : s.skuCosts) {
            if (!run(QStringLiteral("UPDATE skus SET unit_cost = ?, unit_price = ? WHERE code = ?"),
                     {nullIfNegative(k.unitCost), nullIfNegative(k.unitPrice), k.code}))
                return error();
            if (m_q.numRowsAffected() == 0)
                warn(tr("SKU %1 is not in the database, its costs were skipped.").arg(k.code));
        }
        for (const SiteSetting &l : s.sites) {
            if (!run(QStringLiteral("UPDATE locations SET capacity_units = ?, handling_cost = ?, "
                                    "active = ?, latitude = ?, longitude = ? WHERE code = ?"),
                     {nullIfNegative(l.capacityUnits), l.handlingCost, l.active ? 1 : 0,
                      nullIfNaN(l.latitude), nullIfNaN(l.longitude), l.code}))
                return error();
            if (m_q.numRowsAffected() == 0)
                warn(tr("Location %1 is not in the database, skipped.").arg(l.code));
        }
        for (const LaneSetting &a : s.lanes) {
            if (!run(QStringLiteral("UPDATE lanes SET cost_per_unit = ?, fixed_cost = ?, "
                                    "lead_time_days = ?, capacity_per_period = ?, active = ? "
                                    "WHERE from_id = (SELECT id FROM locations WHERE code = ?) AND "
                                    "to_id = (SELECT id FROM locations WHERE code = ?) AND mode = "
                                    "?"),
                     {a.costPerUnit, a.fixedCost, a.leadTimeDays, nullIfNegative(a.capacity),
                      a.active ? 1 : 0, a.from, a.to, a.mode}))
                return error();
            if (m_q.numRowsAffected() == 0)
                warn(tr("Lane %1 → %2 (%3) is not in the database, skipped.")
                         .arg(a.from, a.to, a.mode));
        }
        for (const SupplierSetting &p : s.suppliers) {
            if (!run(QStringLiteral("UPDATE suppliers SET lead_time_days = ?, lead_time_sd_days = "
                                    "?, order_cost = ?, capacity_per_period = ?, active = ? WHERE "
                                    "code = ?"),
                     {p.leadTimeDays, p.leadTimeSdDays, p.orderCost, nullIfNegative(p.capacity),
                      p.active ? 1 : 0, p.code}))
                return error();
            if (m_q.numRowsAffected() == 0)
                warn(tr("Supplier %1 is not in the database, skipped.").arg(p.code));
        }
        // The scenario's overrides replace the copy's: the ones in force there are undone.
        if (!run(QStringLiteral("UPDATE forecast_overrides SET undone_at = ?, undone_by = ? "
                                "WHERE undone_at IS NULL"),
                 {at, user}))
            return error();
        for (const ForecastOverride &o : s.forecastOverrides) {
            if (!run(QStringLiteral(
                         "INSERT INTO forecast_overrides (location_id, sku_id, start_day, "
                         "end_day, mode, value, reason, created_at, user_name) SELECT l.id, k.id, "
                         "?, ?, ?, ?, ?, ?, ? FROM locations l, skus k WHERE l.code = ? AND "
                         "k.code = ?"),
                     {o.startDay, o.endDay, o.mode, o.value, text(o.reason), at, user,
                      o.locationCode, o.skuCode}))
                return error();
            if (m_q.numRowsAffected() == 0)
                warn(tr("Forecast override %1 × %2: unknown location or SKU, skipped.")
                         .arg(o.locationCode, o.skuCode));
        }
        // The scenario's tier configuration becomes the newest version of its name in the copy
        // (unless it already is), as Tiers::TierStore would store it.
        if (!s.tierConfigJson.isEmpty()) {
            const QString name = QJsonDocument::fromJson(s.tierConfigJson.toUtf8())
                                     .object()
                                     .value(QStringLiteral("name"))
                                     .toString(QStringLiteral("default"));
            if (!run(QStringLiteral("SELECT document FROM tier_configs WHERE name = ? ORDER BY "
                                    "version DESC LIMIT 1"),
                     {name}))
                return error();
            const bool same = m_q.next() && m_q.value(0).toString() == s.tierConfigJson;
            if (!same
                && !run(QStringLiteral("INSERT INTO tier_configs (name, version, created_at, "
                                       "user_name, note, document) VALUES (?, COALESCE((SELECT "
                                       "MAX(version) FROM tier_configs WHERE name = ?), 0) + 1, ?, "
                                       "?, 'scenario', ?)"),
                        {name, name, at, user, s.tierConfigJson}))
                return error();
        }
        return {};
    }

    Status edit(const WhatIfEdit &e)
    {
        if (Status valid = validateEdit(e); !valid)
            return valid;
        qint64 changed = 0;
        switch (e.kind) {
        case EditKind::DemandFactor: {
            QString locations = QStringLiteral("1"), skus = QStringLiteral("1");
            if (e.scope == QLatin1String("region"))
                locations = QStringLiteral("location_id IN (SELECT id FROM locations WHERE "
                                           "region = :target)");
            else if (e.scope == QLatin1String("location"))
                locations = QStringLiteral("location_id IN (SELECT id FROM locations WHERE "
                                           "code = :target)");
            else if (e.scope == QLatin1String("category"))
                skus = QStringLiteral("sku_id IN (SELECT id FROM skus WHERE category = :target)");
            else
                skus = QStringLiteral("sku_id IN (SELECT id FROM skus WHERE code = :target)");
            const qint64 run = newestRun();
            if (run < -1)
                return error();
            if (run >= 0) {
                m_q.prepare(QStringLiteral("UPDATE forecasts SET quantity = quantity * :f, lo80 = "
                                           "lo80 * :f, hi80 = hi80 * :f, lo95 = lo95 * :f, hi95 = "
                                           "hi95 * :f WHERE run_id = :run AND ")
                            + locations + QStringLiteral(" AND ") + skus);
                m_q.bindValue(QStringLiteral(":run"), run);
            } else {
                m_q.prepare(QStringLiteral("UPDATE sales SET quantity = quantity * :f, revenue = "
                                           "revenue * :f WHERE day > (SELECT MAX(day) FROM sales) "
                                           "- 91 AND ")
                            + locations + QStringLiteral(" AND ") + skus);
            }
            m_q.bindValue(QStringLiteral(":f"), e.value);
            m_q.bindValue(QStringLiteral(":target"), e.target);
            if (!m_q.exec())
                return error();
            changed = m_q.numRowsAffected();
            if (changed == 0)
                warn(tr("%1: no demand matches.").arg(describeEdit(e)));
            break;
        }
        case EditKind::CloseLane:
            if (!run(QStringLiteral("UPDATE lanes SET active = 0 WHERE from_id = (SELECT id FROM "
                                    "locations WHERE code = ?) AND to_id = (SELECT id FROM "
                                    "locations WHERE code = ?)"),
                     {e.target, e.target2}))
                return error();
            changed = m_q.numRowsAffected();
            if (changed == 0)
                warn(tr("%1: there is no such lane.").arg(describeEdit(e)));
            break;
        case EditKind::LeadTimePlus:
            if (!run(QStringLiteral("UPDATE suppliers SET lead_time_days = MAX(0, lead_time_days "
                                    "+ ?) WHERE code = ?"),
                     {e.value, e.target}))
                return error();
            changed = m_q.numRowsAffected();
            if (changed == 0) {
                warn(tr("%1: there is no such supplier.").arg(describeEdit(e)));
                break;
            }
            if (!run(QStringLiteral("UPDATE supplier_items SET lead_time_days = MAX(0, "
                                    "lead_time_days + ?) WHERE lead_time_days IS NOT NULL AND "
                                    "supplier_id = (SELECT id FROM suppliers WHERE code = ?)"),
                     {e.value, e.target}))
                return error();
            changed += m_q.numRowsAffected();
            break;
        case EditKind::BudgetFactor:
            m_report.budgetFactor *= e.value;
            changed = 1;
            break;
        case EditKind::NewSite: {
            auto added = newSite(e);
            if (!added)
                return added.error();
            changed = *added;
            break;
        }
        }
        m_report.rowsChanged.push_back(changed);
        return {};
    }

private:
    bool run(const QString &sql, const QVariantList &values = {})
    {
        m_q.prepare(sql);
        for (const QVariant &v : values)
            m_q.addBindValue(v);
        return m_q.exec();
    }
    Error error() const { return sqlError(m_q); }
    void warn(const QString &text) { m_report.warnings << text; }

    // −1: no forecast run; < −1: error.
    qint64 newestRun()
    {
        if (!run(QStringLiteral("SELECT MAX(id) FROM forecast_runs")))
            return -2;
        if (!m_q.next() || m_q.value(0).isNull())
            return -1;
        return m_q.value(0).toLongLong();
    }

    qint64 locationId(const QString &code)
    {
        if (!run(QStringLiteral("SELECT id FROM locations WHERE code = ?"), {code}))
            return -2;
        return m_q.next() ? m_q.value(0).toLongLong() : -1;
    }

    // INSERT INTO table SELECT every column, with `replace` giving the expressions of some.
    bool copyRows(const QString &table, const QHash<QString, QString> &replace,
                  const QString &where, const QVariantMap &binds)
    {
        QStringList columns, expressions;
        if (!run(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table}))
            return false;
        while (m_q.next()) {
            const QString column = m_q.value(0).toString();
            columns << column;
            expressions << replace.value(column, column);
        }
        m_q.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 WHERE %4")
                        .arg(table, columns.join(QLatin1String(", ")),
                             expressions.join(QLatin1String(", ")), where));
        for (auto it = binds.begin(); it != binds.end(); ++it)
            m_q.bindValue(it.key(), it.value());
        return m_q.exec();
    }

    Result<qint64> newSite(const WhatIfEdit &e)
    {
        const qint64 templateId = locationId(e.target2);
        if (templateId < -1)
            return error();
        if (templateId < 0) {
            warn(tr("%1: the template site %2 is not in the database.")
                     .arg(describeEdit(e), e.target2));
            return qint64(0);
        }
        if (locationId(e.target) >= 0) {
            warn(tr("%1: a location %2 exists already.").arg(describeEdit(e), e.target));
            return qint64(0);
        }
        if (!run(QStringLiteral("INSERT INTO locations (code, name, kind, region, latitude, "
                                "longitude, capacity_units, capacity_volume, handling_cost, "
                                "owner, active) SELECT ?, ?, 'micro_fulfilment', region, "
                                "latitude, longitude, ?, NULL, handling_cost, owner, 1 FROM "
                                "locations WHERE id = ?"),
                 {e.target, tr("New site %1 (what-if)").arg(e.target), nullIfNegative(e.value),
                  templateId}))
            return error();
        const qint64 siteId = m_q.lastInsertId().toLongLong();
        qint64 rows = 1;
        const QVariantMap ids{{QStringLiteral(":t"), templateId}, {QStringLiteral(":n"), siteId}};
        // The template's lanes, both directions, now also to and from the new site.
        if (!copyRows(QStringLiteral("lanes"),
                      {{QStringLiteral("id"), QStringLiteral("NULL")},
                       {QStringLiteral("from_id"),
                        QStringLiteral("CASE from_id WHEN :t THEN :n ELSE from_id END")},
                       {QStringLiteral("to_id"),
                        QStringLiteral("CASE to_id WHEN :t THEN :n ELSE to_id END")}},
                      QStringLiteral("(from_id = :t OR to_id = :t) AND from_id <> to_id"), ids))
            return error();
        rows += m_q.numRowsAffected();
        if (!copyRows(QStringLiteral("supplier_locations"),
                      {{QStringLiteral("location_id"), QStringLiteral(":n")}},
                      QStringLiteral("location_id = :t"), ids))
            return error();
        rows += m_q.numRowsAffected();
        if (e.share <= 0)
            return rows;
        // Its customers: `share` of the template's, in the history and in the forecast.
        QVariantMap shares = ids;
        shares.insert(QStringLiteral(":s"), e.share);
        if (!copyRows(QStringLiteral("sales"),
                      {{QStringLiteral("location_id"), QStringLiteral(":n")},
                       {QStringLiteral("quantity"), QStringLiteral("quantity * :s")},
                       {QStringLiteral("revenue"), QStringLiteral("revenue * :s")}},
                      QStringLiteral("location_id = :t AND day > (SELECT MAX(day) FROM sales) - "
                                     "365"),
                      shares))
            return error();
        rows += m_q.numRowsAffected();
        m_q.prepare(QStringLiteral("UPDATE sales SET quantity = quantity * (1 - :s), revenue = "
                                   "revenue * (1 - :s) WHERE location_id = :t AND day > (SELECT "
                                   "MAX(day) FROM sales) - 365"));
        m_q.bindValue(QStringLiteral(":s"), e.share);
        m_q.bindValue(QStringLiteral(":t"), templateId);
        if (!m_q.exec())
            return error();
        const qint64 runId = newestRun();
        if (runId < -1)
            return error();
        if (runId >= 0) {
            QVariantMap forRun = shares;
            forRun.insert(QStringLiteral(":run"), runId);
            if (!copyRows(QStringLiteral("forecast_models"),
                          {{QStringLiteral("location_id"), QStringLiteral(":n")}},
                          QStringLiteral("location_id = :t AND run_id = :run"), forRun))
                return error();
            const QHash<QString, QString> scaled{
                {QStringLiteral("location_id"), QStringLiteral(":n")},
                {QStringLiteral("quantity"), QStringLiteral("quantity * :s")},
                {QStringLiteral("lo80"), QStringLiteral("lo80 * :s")},
                {QStringLiteral("hi80"), QStringLiteral("hi80 * :s")},
                {QStringLiteral("lo95"), QStringLiteral("lo95 * :s")},
                {QStringLiteral("hi95"), QStringLiteral("hi95 * :s")}};
            if (!copyRows(QStringLiteral("forecasts"), scaled,
                          QStringLiteral("location_id = :t AND run_id = :run"), forRun))
                return error();
            rows += m_q.numRowsAffected();
            m_q.prepare(QStringLiteral("UPDATE forecasts SET quantity = quantity * (1 - :s), lo80 "
                                       "= lo80 * (1 - :s), hi80 = hi80 * (1 - :s), lo95 = lo95 * "
                                       "(1 - :s), hi95 = hi95 * (1 - :s) WHERE location_id = :t "
                                       "AND run_id = :run"));
            m_q.bindValue(QStringLiteral(":s"), e.share);
            m_q.bindValue(QStringLiteral(":t"), templateId);
            m_q.bindValue(QStringLiteral(":run"), runId);
            if (!m_q.exec())
                return error();
        }
        return rows;
    }

    Storage::Connection &m_c;
    ApplyReport &m_report;
    QSqlQuery m_q;
};

} // namespace

Result<ApplyReport> applyScenario(Storage::Connection &copy, const Scenario &scenario,
                                  const QString &livePath)
{
    if (!livePath.isEmpty()
        && QFileInfo(copy.path()).canonicalFilePath() == QFileInfo(livePath).canonicalFilePath())
        return Error(tr("A scenario is never applied to the live database; run it on a copy."),
                     QStringLiteral("live"));
    ApplyReport report;
    Storage::Transaction transaction(copy);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    {
        Applier applier(copy, report);
        if (Status s = applier.settings(scenario); !s)
            return s.error();
        for (const WhatIfEdit &e : scenario.edits)
            if (Status s = applier.edit(e); !s)
                return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

namespace {

Result<double> number(const QString &text, const QString &what)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error(tr("%1: \"%2\" is not a number.").arg(what, text), QStringLiteral("syntax"));
    return v;
}

Result<WhatIfEdit> checked(WhatIfEdit e)
{
    if (Status s = validateEdit(e); !s)
        return s.error();
    return e;
}

} // namespace

Result<WhatIfEdit> parseDemandFactor(const QString &text)
{
    const int eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error(tr("Demand factor: expected [region|category|sku|location:]TARGET=FACTOR, "
                        "not \"%1\".")
                         .arg(text),
                     QStringLiteral("syntax"));
    WhatIfEdit e;
    e.kind = EditKind::DemandFactor;
    e.scope = QStringLiteral("region");
    QString target = text.left(eq);
    static const QStringList scopes{QStringLiteral("region"), QStringLiteral("category"),
                                    QStringLiteral("sku"), QStringLiteral("location")};
    const int colon = target.indexOf(QLatin1Char(':'));
    if (colon > 0 && scopes.contains(target.left(colon))) {
        e.scope = target.left(colon);
        target = target.mid(colon + 1);
    }
    e.target = target.trimmed();
    auto v = number(text.mid(eq + 1), tr("Demand factor"));
    if (!v)
        return v.error();
    e.value = *v;
    return checked(e);
}

Result<WhatIfEdit> parseCloseLane(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return Error(tr("Closed lane: expected FROM:TO, not \"%1\".").arg(text),
                     QStringLiteral("syntax"));
    WhatIfEdit e;
    e.kind = EditKind::CloseLane;
    e.target = parts[0].trimmed();
    e.target2 = parts[1].trimmed();
    return checked(e);
}

Result<WhatIfEdit> parseLeadTimePlus(const QString &text)
{
    const int eq = text.lastIndexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error(tr("Lead time: expected SUPPLIER=DAYS, not \"%1\".").arg(text),
                     QStringLiteral("syntax"));
    WhatIfEdit e;
    e.kind = EditKind::LeadTimePlus;
    e.target = text.left(eq).trimmed();
    auto v = number(text.mid(eq + 1), tr("Lead time"));
    if (!v)
        return v.error();
    e.value = *v;
    return checked(e);
}

Result<WhatIfEdit> parseBudgetFactor(const QString &text)
{
    auto v = number(text, tr("Budget factor"));
    if (!v)
        return v.error();
    WhatIfEdit e;
    e.kind = EditKind::BudgetFactor;
    e.value = *v;
    return checked(e);
}

Result<WhatIfEdit> parseNewSite(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 4)
        return Error(
            tr("New site: expected CODE:TEMPLATE[:CAPACITY[:SHARE]], not \"%1\".").arg(text),
            QStringLiteral("syntax"));
    WhatIfEdit e;
    e.kind = EditKind::NewSite;
    e.target = parts[0].trimmed();
    e.target2 = parts[1].trimmed();
    e.value = -1;
    e.share = 0.3;
    if (parts.size() > 2) {
        auto v = number(parts[2], tr("New site capacity"));
        if (!v)
            return v.error();
        e.value = *v;
    }
    if (parts.size() > 3) {
        auto v = number(parts[3], tr("New site demand share"));
        if (!v)
            return v.error();
        e.share = *v;
    }
    return checked(e);
}

Status validateEdit(const WhatIfEdit &e)
{
    const auto bad = [](const QString &text) {
        return Status(Error(text, QStringLiteral("invalid-edit")));
    };
    switch (e.kind) {
    case EditKind::DemandFactor:
        if (e.target.isEmpty())
            return bad(tr("A demand factor needs a region, category, SKU or location."));
        if (e.scope != QLatin1String("region") && e.scope != QLatin1String("category")
            && e.scope != QLatin1String("sku") && e.scope != QLatin1String("location"))
            return bad(tr("Unknown demand scope \"%1\".").arg(e.scope));
        if (!(e.value >= 0) || e.value > 100)
            return bad(tr("A demand factor must be between 0 and 100."));
        return {};
    case EditKind::CloseLane:
        if (e.target.isEmpty() || e.target2.isEmpty() || e.target == e.target2)
            return bad(tr("A closed lane needs two different locations."));
        return {};
    case EditKind::LeadTimePlus:
        if (e.target.isEmpty())
            return bad(tr("A lead-time change needs a supplier."));
        if (!(std::abs(e.value) <= 3650))
            return bad(tr("A lead-time change must be within ±3650 days."));
        return {};
    case EditKind::BudgetFactor:
        if (!(e.value > 0) || e.value > 100)
            return bad(tr("A budget factor must be above 0 and at most 100."));
        return {};
    case EditKind::NewSite:
        if (e.target.isEmpty() || e.target2.isEmpty() || e.target == e.target2)
            return bad(tr("A new site needs its own code and a template site."));
        if (!(e.share >= 0 && e.share <= 1))
            return bad(tr("The new site's share of demand must be between 0 and 1."));
        if (!(e.value >= 0 || e.value == -1))
            return bad(tr("The new site's capacity must be positive (or −1 for unlimited)."));
        return {};
    }
    return bad(tr("Unknown edit."));
}

} // namespace Stockshift::Scenarios
