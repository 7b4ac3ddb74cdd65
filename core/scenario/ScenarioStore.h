// Scenarios::ScenarioStore — scenarios in the database (table `scenarios`, migration 10).
//
// Contract: a row holds the scenario as the binary file encoding (ScenarioFile.h: header,
// checksum, Boost archive) and, beside it, what the list shows without decoding (name,
// description, parent, status, when it ran, its KPIs as JSON). Loading a row goes through the
// same checked decoder as a file. Names are unique; saving a scenario under an existing name
// replaces it. Every change is audited (audit_log) in the same transaction.
// Functions take the caller's Connection (owned by the calling thread).
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QList>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Scenarios {

struct ScenarioInfo
{
    qint64 id = -1;
    QString name, description, parentName;
    QString status; ///< "draft" or "run"
    QString createdAt, updatedAt, ranAt;
    int formatVersion = 0;
    int edits = 0;
    Kpis kpis; ///< when run
};

/// Inserts or (same name) replaces; returns the row id and sets scenario.id.
Result<qint64> saveScenario(Storage::Connection &connection, Scenario &scenario,
                            const QString &user = {});
/// Every scenario, by name.
Result<QList<ScenarioInfo>> listScenarios(Storage::Connection &connection);
Result<Scenario> loadScenario(Storage::Connection &connection, qint64 id);
Result<Scenario> loadScenario(Storage::Connection &connection, const QString &name);
/// Gives a stored scenario a new name (unique). Audited.
Status renameScenario(Storage::Connection &connection, qint64 id, const QString &name,
                      const QString &user = {});
/// `base`, or "base (2)", "base (3)" … — the first name no stored scenario has.
Result<QString> uniqueName(Storage::Connection &connection, const QString &base);
Status deleteScenario(Storage::Connection &connection, qint64 id, const QString &user = {});

} // namespace Stockshift::Scenarios
