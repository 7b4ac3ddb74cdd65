// Scenarios::ScenarioRunner — runs a scenario: a frozen copy of the database, the scenario's
// settings and what-if edits applied to it, then the planning cycle's engines on the copy, and
// the results collected into Scenario::Results.
//
// Steps (the percent reported on progress): copy the live database (VACUUM INTO, 0–10) → apply
// the scenario (WhatIf.h, 10–20) → stock health on the stored forecast (20–35) → the bucketed
// plan input (35–45) → the plan by the scenario's solver settings within its time limit
// (45–85) → the plan played through simulated demand (PlanEvaluator, 85–100).
// The forecast is the newest stored run (what the planner's cycle last made), edited by the
// demand what-ifs; it is not re-estimated.
// Budget: the scenario's budget per bucket times the product of its budget edits. A budget edit
// on a scenario without a budget cuts what the unconstrained plan would spend: the plan is made
// once without a budget, and again with factor × its largest purchase value in a bucket.
//
// Contract:
// - Never writes the live database (it is opened read-only for the copy). The copy lives in a
//   temporary folder removed at the end, unless RunSettings::keepCopyAt names a file for it.
// - Runs on the calling thread (the GUI calls it from a worker through QtConcurrent); progress
//   is called on that thread; cancel is checked between steps and inside the engines; a
//   cancelled run returns an Error with code "cancelled".
// - Errors as values; nothing throws.
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Stockshift::Scenarios {

struct RunSettings
{
    QString keepCopyAt; ///< keep the frozen copy in this file (must not exist); empty: temporary
    int threads = 0;    ///< health and simulation threads; ≤ 0: all cores
    std::function<void(int percent, const QString &stage)> progress;
    const std::atomic_bool *cancel = nullptr;
};

/// Runs `scenario` against a copy of the database at `databasePath`. Returns its results (the
/// caller stores them: scenario.results = …; ScenarioStore::saveScenario).
Result<Results> runScenario(const QString &databasePath, const Scenario &scenario,
                            const RunSettings &settings = {});

} // namespace Stockshift::Scenarios
