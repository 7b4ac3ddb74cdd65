#include "policy/PolicyConfig.h"

#include "common/UserName.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Stockshift::Policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Policy", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Storing the policy failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

struct Range
{
    const char *key;
    double low, high;
};

// Allowed ranges, also the JSON keys.
constexpr Range kServiceLevel{"serviceLevel", 0.5, 0.9999};
constexpr Range kFillRate{"fillRate", 0.5, 0.9999};
constexpr Range kCoverDays{"coverDays", 0, 365};
constexpr Range kReviewDays{"reviewDays", 0, 365};
constexpr Range kHoldingRate{"holdingRate", 0.001, 5};
constexpr Range kOrderCost{"orderCost", 0, 1e9};
constexpr Range kLeadTime{"leadTimeDays", 0, 730};
constexpr Range kMaxCover{"maxCoverDays", 0, 3650};

} // namespace

QString policyKindName(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::ReorderPoint:
        return QStringLiteral("rop");
    case PolicyKind::OrderUpTo:
        return QStringLiteral("order-up-to");
    case PolicyKind::MinMax:
        return QStringLiteral("min-max");
    }
    return {};
}

bool policyKindFromName(const QString &name, PolicyKind *out)
{
    for (PolicyKind k : {PolicyKind::ReorderPoint, PolicyKind::OrderUpTo, PolicyKind::MinMax})
        if (policyKindName(k) == name) {
            *out = k;
            return true;
        }
    return false;
}

QString safetyStockMethodName(SafetyStockMethod method)
{
    switch (method) {
    case SafetyStockMethod::ServiceLevel:
        return QStringLiteral("service");
    case SafetyStockMethod::FillRate:
        return QStringLiteral("fill-rate");
    case SafetyStockMethod::ForecastError:
        return QStringLiteral("forecast-error");
    case SafetyStockMethod::DaysOfCover:
        return QStringLiteral("days-of-cover");
    }
    return {};
}

bool safetyStockMethodFromName(const QString &name, SafetyStockMethod *out)
{
    for (SafetyStockMethod m : {SafetyStockMethod::ServiceLevel, SafetyStockMethod::FillRate,
                                SafetyStockMethod::ForecastError, SafetyStockMethod::DaysOfCover})
        if (safetyStockMethodName(m) == name) {
            *out = m;
            return true;
        }
    return false;
}

bool PolicyParameters::isEmpty() const
{
    return !kind && !safetyStock && !serviceLevel && !fillRate && !coverDays && !reviewDays
           && !holdingRate && !orderCost && !leadTimeDays && !maxCoverDays && !shelfLifeCap;
}

QJsonObject PolicyParameters::toJson() const
{
    QJsonObject o;
    if (kind)
        o.insert(QStringLiteral("kind"), policyKindName(*kind));
    if (safetyStock)
        o.insert(QStringLiteral("safetyStock"), safetyStockMethodName(*safetyStock));
    const auto number = [&](const Range &r, const std::optional<double> &v) {
        if (v)
            o.insert(QLatin1String(r.key), *v);
    };
    number(kServiceLevel, serviceLevel);
    number(kFillRate, fillRate);
    number(kCoverDays, coverDays);
    number(kReviewDays, reviewDays);
    number(kHoldingRate, holdingRate);
    number(kOrderCost, orderCost);
    number(kLeadTime, leadTimeDays);
    number(kMaxCover, maxCoverDays);
    if (shelfLifeCap)
        o.insert(QStringLiteral("shelfLifeCap"), *shelfLifeCap);
    return o;
}

Result<PolicyParameters> PolicyParameters::fromJson(const QJsonObject &json)
{
    PolicyParameters p;
    QStringList problems;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("kind")) {
            PolicyKind k;
            if (policyKindFromName(v.toString(), &k))
                p.kind = k;
            else
                problems.append(tr("kind must be rop, order-up-to or min-max"));
            continue;
        }
        if (key == QLatin1String("safetyStock")) {
            SafetyStockMethod m;
            if (safetyStockMethodFromName(v.toString(), &m))
                p.safetyStock = m;
            else
                problems.append(
                    tr("safetyStock must be service, fill-rate, forecast-error or days-of-cover"));
            continue;
        }
        if (key == QLatin1String("shelfLifeCap")) {
            if (v.isBool())
                p.shelfLifeCap = v.toBool();
            else
                problems.append(tr("shelfLifeCap must be true or false"));
            continue;
        }
        bool matched = false;
        for (const auto &[range, field] :
             {std::pair{kServiceLevel, &p.serviceLevel}, std::pair{kFillRate, &p.fillRate},
              std::pair{kCoverDays, &p.coverDays}, std::pair{kReviewDays, &p.reviewDays},
              std::pair{kHoldingRate, &p.holdingRate}, std::pair{kOrderCost, &p.orderCost},
              std::pair{kLeadTime, &p.leadTimeDays}, std::pair{kMaxCover, &p.maxCoverDays}}) {
            if (key != QLatin1String(range.key))
                continue;
            matched = true;
            if (!v.isDouble())
                problems.append(tr("%1 must be a number").arg(key));
            else
                *field = v.toDouble();
        }
        if (!matched)
            problems.append(tr("unknown setting \"%1\"").arg(key));
    }
    if (!problems.isEmpty())
        return Error(tr("Invalid policy: %1.").arg(problems.join(QStringLiteral("; "))),
                     QStringLiteral("bad-policy"));
    if (Status s = p.validate(); !s)
        return s.error();
    return p;
}

Status PolicyParameters::validate() const
{
    QStringList problems;
    const auto check = [&](const Range &r, const std::optional<double> &v) {
        if (v && !(std::isfinite(*v) && *v >= r.low && *v <= r.high))
            problems.append(tr("%1 must be between %2 and %3")
                                .arg(QLatin1String(r.key))
                                .arg(r.low)
                                .arg(r.high));
    };
    check(kServiceLevel, serviceLevel);
    check(kFillRate, fillRate);
    check(kCoverDays, coverDays);
    check(kReviewDays, reviewDays);
    check(kHoldingRate, holdingRate);
    check(kOrderCost, orderCost);
    check(kLeadTime, leadTimeDays);
    check(kMaxCover, maxCoverDays);
    if (!problems.isEmpty())
        return Error(tr("Invalid policy: %1.").arg(problems.join(QStringLiteral("; "))),
                     QStringLiteral("bad-policy"));
    return {};
}

QString policySourceName(PolicySource source, const QString &segment)
{
    switch (source) {
    case PolicySource::Default:
        return tr("default");
    case PolicySource::Abc:
        return tr("class %1").arg(segment.left(1));
    case PolicySource::Segment:
        return tr("segment %1").arg(segment);
    case PolicySource::Override:
        return tr("override");
    }
    return {};
}

void ResolvedPolicy::apply(const PolicyParameters &p, PolicySource source)
{
    const auto set = [&](Field f, auto &target, const auto &value) {
        if (value) {
            target = *value;
            from[std::size_t(f)] = source;
        }
    };
    set(Kind, kind, p.kind);
    set(SafetyStock, safetyStock, p.safetyStock);
    set(ServiceLevel, serviceLevel, p.serviceLevel);
    set(FillRate, fillRate, p.fillRate);
    set(CoverDays, coverDays, p.coverDays);
    set(ReviewDays, reviewDays, p.reviewDays);
    set(HoldingRate, holdingRate, p.holdingRate);
    set(OrderCost, orderCost, p.orderCost);
    set(LeadTime, leadTimeDays, p.leadTimeDays);
    set(MaxCover, maxCoverDays, p.maxCoverDays);
    set(ShelfLifeCap, shelfLifeCap, p.shelfLifeCap);
}

PolicyConfig PolicyConfig::standard()
{
    PolicyConfig c;
    // Service by value class: the few A items carry most of the value and the revenue at
    // risk; C items are many and cheap, where a high service level costs more than it earns.
    c.segments[QStringLiteral("A")].serviceLevel = 0.98;
    c.segments[QStringLiteral("B")].serviceLevel = 0.95;
    c.segments[QStringLiteral("C")].serviceLevel = 0.90;
    return c;
}

ResolvedPolicy PolicyConfig::resolve(QChar abc, QChar xyz, qint64 locationId, qint64 skuId) const
{
    ResolvedPolicy r;
    r.apply(defaults, PolicySource::Default);
    if (const auto it = segments.find(QString(abc)); it != segments.end())
        r.apply(it->second, PolicySource::Abc);
    if (const auto it = segments.find(QString(abc) + xyz); it != segments.end())
        r.apply(it->second, PolicySource::Segment);
    if (!overrides.empty())
        if (const auto it = overrides.find({locationId, skuId}); it != overrides.end())
            r.apply(it->second, PolicySource::Override);
    return r;
}

bool isValidScope(const QString &scope)
{
    if (scope == QLatin1String("default"))
        return true;
    if (scope.size() < 1 || scope.size() > 2)
        return false;
    if (scope[0] != QLatin1Char('A') && scope[0] != QLatin1Char('B')
        && scope[0] != QLatin1Char('C'))
        return false;
    return scope.size() == 1 || scope[1] == QLatin1Char('X') || scope[1] == QLatin1Char('Y')
           || scope[1] == QLatin1Char('Z');
}

Result<PolicyConfig> loadPolicyConfig(Storage::Connection &connection)
{
    PolicyConfig config = PolicyConfig::standard();
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT scope, parameters FROM policy_rules")))
        return sqlError(q);
    while (q.next()) {
        const QString scope = q.value(0).toString();
        auto p = PolicyParameters::fromJson(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!p)
            return Error(tr("The stored policy of %1 is invalid: %2").arg(scope, p.errorMessage()),
                         QStringLiteral("bad-policy"));
        if (scope == QLatin1String("default"))
            config.defaults = *p;
        else if (isValidScope(scope))
            config.segments[scope] = *p; // replaces the standard rule of that scope
    }
    if (!q.exec(QStringLiteral("SELECT location_id, sku_id, parameters, reason "
                               "FROM policy_overrides")))
        return sqlError(q);
    while (q.next()) {
        const std::pair<qint64, qint64> key{q.value(0).toLongLong(), q.value(1).toLongLong()};
        auto p = PolicyParameters::fromJson(
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        if (!p)
            return Error(tr("A stored policy override is invalid: %1").arg(p.errorMessage()),
                         QStringLiteral("bad-policy"));
        config.overrides[key] = *p;
        config.overrideReasons[key] = q.value(3).toString();
    }
    return config;
}

namespace {

Status audit(Storage::Connection &connection, const QString &at, const QString &user,
             const QString &action, const QString &entityKey, const QString &detail)
{
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "detail) VALUES (?, ?, ?, 'policy', ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(userName(user));
    q.addBindValue(action);
    q.addBindValue(entityKey);
    q.addBindValue(detail);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace

Status saveSegmentRule(Storage::Connection &connection, const QString &scope,
                       const PolicyParameters &parameters, const QString &user)
{
    if (!isValidScope(scope))
        return Error(tr("\"%1\" is not a policy scope (default, A, B, C, AX … CZ).").arg(scope),
                     QStringLiteral("bad-scope"));
    if (Status s = parameters.validate(); !s)
        return s;
    Storage::Transaction transaction(connection);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString json
        = QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(connection.db());
    if (parameters.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM policy_rules WHERE scope = ?"));
        q.addBindValue(scope);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO policy_rules (scope, parameters, "
                                 "updated_at, user_name) VALUES (?, ?, ?, ?)"));
        q.addBindValue(scope);
        q.addBindValue(json);
        q.addBindValue(now);
        q.addBindValue(userName(user));
    }
    if (!q.exec())
        return sqlError(q);
    if (Status s = audit(connection, now, user,
                         parameters.isEmpty() ? QStringLiteral("policy-rule-delete")
                                              : QStringLiteral("policy-rule-set"),
                         scope, json);
        !s)
        return s;
    return transaction.commit();
}

Status saveOverride(Storage::Connection &connection, qint64 locationId, qint64 skuId,
                    const PolicyParameters &parameters, const QString &reason, const QString &user)
{
    if (Status s = parameters.validate(); !s)
        return s;
    if (!parameters.isEmpty() && reason.trimmed().isEmpty())
        return Error(tr("A policy override needs a reason."), QStringLiteral("no-reason"));
    Storage::Transaction transaction(connection);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString json
        = QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(connection.db());
    if (parameters.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM policy_overrides WHERE location_id = ? AND "
                                 "sku_id = ?"));
        q.addBindValue(locationId);
        q.addBindValue(skuId);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO policy_overrides (location_id, sku_id, "
                                 "parameters, reason, updated_at, user_name) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(locationId);
        q.addBindValue(skuId);
        q.addBindValue(json);
        q.addBindValue(reason.trimmed());
        q.addBindValue(now);
        q.addBindValue(userName(user));
    }
    if (!q.exec())
        return sqlError(q);
    if (Status s = audit(connection, now, user,
                         parameters.isEmpty() ? QStringLiteral("policy-override-delete")
                                              : QStringLiteral("policy-override-set"),
                         QStringLiteral("%1/%2").arg(locationId).arg(skuId),
                         json + QLatin1Char(' ') + reason.trimmed());
        !s)
        return s;
    return transaction.commit();
}

} // namespace Stockshift::Policy
