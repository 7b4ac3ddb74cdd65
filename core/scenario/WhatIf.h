// Scenarios::WhatIf — from a database to a scenario and back onto a frozen copy.
//
// Contract:
// - captureScenario() reads the planning settings of a database (policy rules and overrides,
//   SKU costs, sites with capacities, lanes with costs and lead times, suppliers, active
//   forecast overrides, the newest tier configuration document of tier_configs, opaque) into a
//   Scenario. Read-only.
// - copyDatabase() makes the frozen copy a scenario runs on: SQLite's VACUUM INTO from a
//   read-only connection, so the planner's live database is read once and never written.
// - applyScenario() writes a scenario onto such a copy in one transaction: its settings first
//   (what it captured wins over what the copy holds; codes the copy does not know are skipped and
//   reported as warnings), then its what-if edits in order:
//     demand ×f      the newest forecast run's quantities and intervals of the matching SKU ×
//                    locations (region / location × category / SKU); without a forecast run the
//                    last 91 days of sales, which the snapshot then forecasts from
//     lane closed    every lane origin → destination set inactive
//     lead time +N   the supplier's lead time and its items' own lead times, never below 0
//     budget ×f      collected into ApplyReport::budgetFactor (the runner applies it)
//     new site       a micro-fulfilment location copied from a template site (region,
//                    coordinates, handling cost, owner) with the capacity given, the template's
//                    lanes in both directions and its suppliers' deliveries; it takes `share` of
//                    the template's sales of the last year and of its forecast, which the
//                    template loses
//   Never call it on the live database: it refuses a path equal to `livePath` when given.
// Functions take the caller's Connection (the thread that owns it).
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QStringList>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Scenarios {

Result<Scenario> captureScenario(Storage::Connection &connection, const QString &name);

/// Copies the database at `sourcePath` to `targetPath` (which must not exist).
Status copyDatabase(const QString &sourcePath, const QString &targetPath);

struct ApplyReport
{
    QStringList warnings;
    double budgetFactor = 1;         ///< product of the budget edits
    std::vector<qint64> rowsChanged; ///< per edit, rows it changed (for the report and tests)
};

Result<ApplyReport> applyScenario(Storage::Connection &copy, const Scenario &scenario,
                                  const QString &livePath = {});

// Edits from their command-line spelling (the CLI and tests); errors say what is expected.
/// "[region|category|sku|location:]TARGET=FACTOR" (scope region when left out).
Result<WhatIfEdit> parseDemandFactor(const QString &text);
Result<WhatIfEdit> parseCloseLane(const QString &text);    ///< "FROM:TO"
Result<WhatIfEdit> parseLeadTimePlus(const QString &text); ///< "SUPPLIER=DAYS"
Result<WhatIfEdit> parseBudgetFactor(const QString &text); ///< "0.85"
/// "CODE:TEMPLATE[:CAPACITY[:SHARE]]" (capacity −1 = unlimited, share 0.3 by default).
Result<WhatIfEdit> parseNewSite(const QString &text);
/// Checks ranges (factors > 0, share in [0, 1], codes given).
Status validateEdit(const WhatIfEdit &edit);

} // namespace Stockshift::Scenarios
