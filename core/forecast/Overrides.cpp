#include "forecast/Overrides.h"

#include "common/Days.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Stockshift::Forecast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Forecast", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("Storing the override failed: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

Status audit(Storage::Connection &c, const QString &action, qint64 id, const QString &user,
             const QJsonObject &detail)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "detail) VALUES (?, ?, ?, 'forecast_override', ?, ?)"));
    q.addBindValue(now());
    q.addBindValue(user);
    q.addBindValue(action);
    q.addBindValue(QString::number(id));
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q);
    return {};
}

QJsonObject toJson(const Override &o)
{
    return {{QStringLiteral("location_id"), o.locationId},
            {QStringLiteral("sku_id"), o.skuId},
            {QStringLiteral("from"), Days::toIso(o.startDay)},
            {QStringLiteral("to"), Days::toIso(o.endDay)},
            {QStringLiteral("mode"), o.modeName()},
            {QStringLiteral("value"), o.value},
            {QStringLiteral("reason"), o.reason}};
}

Status setUndone(Storage::Connection &c, qint64 id, const QString &user, bool undo)
{
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT undone_at IS NULL FROM forecast_overrides WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(tr("There is no override %1.").arg(id), QStringLiteral("not-found"));
    const bool active = q.value(0).toBool();
    if (undo && !active)
        return Error(tr("Override %1 is already undone.").arg(id), QStringLiteral("state"));
    if (!undo && active)
        return Error(tr("Override %1 is in force already.").arg(id), QStringLiteral("state"));
    QSqlQuery u(c.db());
    if (undo) {
        u.prepare(QStringLiteral(
            "UPDATE forecast_overrides SET undone_at = ?, undone_by = ? WHERE id = ?"));
        u.addBindValue(now());
        u.addBindValue(user);
    } else {
        u.prepare(QStringLiteral(
            "UPDATE forecast_overrides SET undone_at = NULL, undone_by = NULL WHERE id = ?"));
    }
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u);
    if (Status s = audit(c,
                         undo ? QStringLiteral("forecast-override-undo")
                              : QStringLiteral("forecast-override-redo"),
                         id, user, {});
        !s)
        return s;
    return transaction.commit();
}

} // namespace

QString Override::modeName() const
{
    return mode == Mode::Set ? QStringLiteral("set") : QStringLiteral("scale");
}

QString Override::describe() const
{
    const QLocale locale;
    const QString what = mode == Mode::Set
                             ? tr("= %1 per bucket").arg(locale.toString(value, 'f', 1))
                             : tr("×%1").arg(locale.toString(value, 'f', 2));
    return tr("%1 from %2 to %3 (%4)")
        .arg(what, locale.toString(Days::toDate(startDay), QLocale::ShortFormat),
             locale.toString(Days::toDate(endDay), QLocale::ShortFormat), reason);
}

Result<qint64> addOverride(Storage::Connection &c, Override o)
{
    o.reason = o.reason.trimmed();
    if (o.reason.isEmpty())
        return Error(tr("An override needs a reason."), QStringLiteral("no-reason"));
    if (!std::isfinite(o.value) || o.value < 0)
        return Error(tr("An override's value cannot be negative."), QStringLiteral("bad-value"));
    if (o.startDay > o.endDay)
        return Error(tr("The override's start lies after its end."), QStringLiteral("bad-range"));
    if (o.user.isEmpty())
        o.user = currentUserName();
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    QSqlQuery check(c.db());
    check.prepare(QStringLiteral("SELECT (SELECT count(*) FROM locations WHERE id = ?), "
                                 "(SELECT count(*) FROM skus WHERE id = ?)"));
    check.addBindValue(o.locationId);
    check.addBindValue(o.skuId);
    if (!check.exec() || !check.next())
        return sqlError(check);
    if (check.value(0).toInt() == 0)
        return Error(tr("Unknown location."), QStringLiteral("unknown-location"));
    if (check.value(1).toInt() == 0)
        return Error(tr("Unknown SKU."), QStringLiteral("unknown-sku"));
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO forecast_overrides (location_id, sku_id, start_day, "
                             "end_day, mode, value, reason, created_at, user_name) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(o.locationId);
    q.addBindValue(o.skuId);
    q.addBindValue(o.startDay);
    q.addBindValue(o.endDay);
    q.addBindValue(o.modeName());
    q.addBindValue(o.value);
    q.addBindValue(o.reason);
    q.addBindValue(now());
    q.addBindValue(o.user);
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = audit(c, QStringLiteral("forecast-override"), id, o.user, toJson(o)); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status undoOverride(Storage::Connection &c, qint64 id, const QString &user)
{
    return setUndone(c, id, user.isEmpty() ? currentUserName() : user, true);
}

Status redoOverride(Storage::Connection &c, qint64 id, const QString &user)
{
    return setUndone(c, id, user.isEmpty() ? currentUserName() : user, false);
}

Result<QList<Override>> listOverrides(Storage::Connection &c, qint64 locationId, qint64 skuId,
                                      bool includeUndone)
{
    QString sql = QStringLiteral("SELECT id, location_id, sku_id, start_day, end_day, mode, value, "
                                 "reason, created_at, user_name, coalesce(undone_at, '') FROM "
                                 "forecast_overrides WHERE 1 = 1");
    if (locationId >= 0)
        sql += QStringLiteral(" AND location_id = %1").arg(locationId);
    if (skuId >= 0)
        sql += QStringLiteral(" AND sku_id = %1").arg(skuId);
    if (!includeUndone)
        sql += QStringLiteral(" AND undone_at IS NULL");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(c.db());
    if (!q.exec(sql))
        return Error(tr("Reading the overrides failed: %1").arg(q.lastError().text()),
                     QStringLiteral("sql"));
    QList<Override> list;
    while (q.next()) {
        Override o;
        o.id = q.value(0).toLongLong();
        o.locationId = q.value(1).toLongLong();
        o.skuId = q.value(2).toLongLong();
        o.startDay = q.value(3).toInt();
        o.endDay = q.value(4).toInt();
        o.mode = q.value(5).toString() == QLatin1String("set") ? Override::Mode::Set
                                                               : Override::Mode::Scale;
        o.value = q.value(6).toDouble();
        o.reason = q.value(7).toString();
        o.createdAt = q.value(8).toString();
        o.user = q.value(9).toString();
        o.undoneAt = q.value(10).toString();
        list.append(o);
    }
    return list;
}

int applyOverrides(const QList<Override> &overrides, std::span<const int> startDays,
                   std::span<double> quantities)
{
    int changed = 0;
    for (std::size_t i = 0; i < startDays.size() && i < quantities.size(); ++i) {
        const double before = quantities[i];
        for (const Override &o : overrides) {
            if (!o.active() || startDays[i] < o.startDay || startDays[i] > o.endDay)
                continue;
            quantities[i] = o.mode == Override::Mode::Set ? o.value : quantities[i] * o.value;
        }
        changed += quantities[i] != before ? 1 : 0;
    }
    return changed;
}

QString currentUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown"); // no login name (a service account, a container)
    return user;
}

} // namespace Stockshift::Forecast
