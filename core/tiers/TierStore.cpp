#include "tiers/TierStore.h"

#include "common/UserName.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

#include <sqlite3.h>

namespace Stockshift::Tiers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Tiers", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(
        tr("The tier configurations could not be read or written: %1").arg(q.lastError().text()),
        QStringLiteral("sql"));
}

} // namespace

Status save(Storage::Connection &c, TierConfig *config, const QString &note, bool *unchanged)
{
    if (unchanged)
        *unchanged = false;
    std::optional<Storage::Transaction> own;
    if (sqlite3_get_autocommit(c.handle()) != 0) {
        own.emplace(c);
        if (!own->beginStatus())
            return own->beginStatus().error();
    }
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT version, document FROM tier_configs WHERE name = ? "
                             "ORDER BY version DESC LIMIT 1"));
    q.addBindValue(config->name);
    if (!q.exec())
        return sqlError(q);
    int latest = 0;
    if (q.next()) {
        latest = q.value(0).toInt();
        if (q.value(1).toString().toUtf8() == config->toJsonBytes()) {
            if (unchanged)
                *unchanged = true;
            return {};
        }
    }
    config->version = latest + 1;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    q.prepare(QStringLiteral("INSERT INTO tier_configs (name, version, created_at, user_name, "
                             "note, document) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(config->name);
    q.addBindValue(config->version);
    q.addBindValue(now);
    q.addBindValue(userName());
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(QString::fromUtf8(config->toJsonBytes()));
    if (!q.exec())
        return sqlError(q);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "detail) VALUES (?, ?, 'save', 'tier_config', ?, ?)"));
    q.addBindValue(now);
    q.addBindValue(userName());
    q.addBindValue(QStringLiteral("%1 v%2").arg(config->name).arg(config->version));
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    if (!q.exec())
        return sqlError(q);
    if (own)
        return own->commit();
    return {};
}

Result<QByteArray> loadDocument(Storage::Connection &c, const QString &name, int version)
{
    QSqlQuery q(c.db());
    q.prepare(version < 0 ? QStringLiteral("SELECT document FROM tier_configs WHERE name = ? "
                                           "ORDER BY version DESC LIMIT 1")
                          : QStringLiteral("SELECT document FROM tier_configs WHERE name = ? "
                                           "AND version = ?"));
    q.addBindValue(name);
    if (version >= 0)
        q.addBindValue(version);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error(
            version < 0 ? tr("No tier configuration \"%1\" is stored: build one first "
                             "(stockshift-cli tiers build).")
                              .arg(name)
                        : tr("Tier configuration \"%1\" has no version %2.").arg(name).arg(version),
            QStringLiteral("no-config"));
    return q.value(0).toString().toUtf8();
}

Result<TierConfig> load(Storage::Connection &c, const QString &name, int version)
{
    auto document = loadDocument(c, name, version);
    if (!document)
        return document.error();
    return TierConfig::fromJson(*document);
}

Result<QList<StoredVersion>> versions(Storage::Connection &c, const QString &name)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT name, version, created_at, user_name, note FROM "
                             "tier_configs WHERE ? = '' OR name = ? ORDER BY created_at DESC, "
                             "version DESC"));
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!q.exec())
        return sqlError(q);
    QList<StoredVersion> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace Stockshift::Tiers
