// Tiers::TierStore — tier configurations in the database, versioned: every save of a
// configuration name adds version n+1 (versions are never changed or reused) with the whole JSON
// document, so any version can be exported again byte for byte. Saves are audited (audit_log,
// entity "tier_config").
//
// Contract: functions take the caller's Connection (owned by the calling thread); save() writes
// in one transaction.
#pragma once

#include "common/Result.h"
#include "tiers/TierConfig.h"

#include <QList>
#include <QString>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Tiers {

struct StoredVersion
{
    QString name;
    int version = 0;
    QString createdAt, userName, note;
};

/// Stores `config` as the next version of its name and sets config->version to it. When the
/// newest stored version already holds exactly this document (same content, version included),
/// nothing is stored and *unchanged is set (an import of an export changes nothing).
Status save(Storage::Connection &connection, TierConfig *config, const QString &note = {},
            bool *unchanged = nullptr);

/// The stored version (`version` −1: the newest) of a name. Error code "no-config" when none.
Result<TierConfig> load(Storage::Connection &connection,
                        const QString &name = QStringLiteral("default"), int version = -1);

/// The stored document as it was saved (for exports), same arguments as load().
Result<QByteArray> loadDocument(Storage::Connection &connection,
                                const QString &name = QStringLiteral("default"), int version = -1);

/// Every stored version, newest first (all names when `name` is empty).
Result<QList<StoredVersion>> versions(Storage::Connection &connection, const QString &name = {});

} // namespace Stockshift::Tiers
