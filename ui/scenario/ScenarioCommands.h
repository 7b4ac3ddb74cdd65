// Ui::ScenarioCommands — the planner's scenario edits as undoable commands on the workstation's
// QUndoStack (Edit → Undo), as the plan review, policy and tier edits are: a scenario created
// (from the current settings, cloned or opened from a file), renamed or deleted, and each change
// to its what-if edits (an edit added, removed or its parameter changed).
//
// - The view makes the change first through Scenarios::ScenarioStore (and shows its refusals)
//   and pushes the command afterwards, so the first redo() does nothing. Undo and redo go
//   through the same store functions, so the engine audits each of them.
// - A command holds the scenario before and after: whole scenarios for creation, deletion and
//   edit changes (an edit change clears the results; undo brings the stored results back, and
//   undoing a delete stores the deleted scenario again, results included), the two names for a
//   rename.
// - Scenarios are found by name, not id: names are unique, and a scenario stored again after
//   an undone delete gets a new row id. The stack's order guarantees that the name a command
//   holds is the stored one when it runs.
// - Running a scenario is not undoable: a run is not a planner edit, it only adds results, and
//   the next change to the edits clears them anyway. Nor are the solver settings a run stores.
//   Undoing an edit change made before a run stores the scenario as it was before the change,
//   so the run's results (which described the changed scenario) go with it.
// - After each undo or redo the DataStore announces "scenarios"; the view, when it still
//   exists, reloads and shows the scenario concerned. Undo and redo cannot refuse: a failure
//   (a lock held too long) is logged and the view shows what is really stored.
//
// GUI thread only.
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QPointer>
#include <QUndoCommand>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class ScenarioView;

/// Common to the scenario commands: the store, the view to refresh, the first redo skipped.
class ScenarioCommand : public QUndoCommand
{
public:
    ScenarioCommand(Storage::DataStore *store, ScenarioView *view, const QString &text);

protected:
    /// Logs a failure, announces "scenarios" and lets the view show `name` (empty: none).
    void done(const Status &status, const QString &name);
    /// True once: the first redo(), which follows the change the view already made.
    bool skipFirstRedo();

    QPointer<Storage::DataStore> m_store;
    QPointer<ScenarioView> m_view;

private:
    bool m_applied = true;
};

/// A scenario stored as new (created, cloned or opened from a file); undo deletes it.
class CreateScenarioCommand : public ScenarioCommand
{
public:
    CreateScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                          const Scenarios::Scenario &created, const QString &text);
    void undo() override;
    void redo() override;

private:
    Scenarios::Scenario m_created;
};

/// A scenario deleted; undo stores it again as it was (edits and results).
class DeleteScenarioCommand : public ScenarioCommand
{
public:
    DeleteScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                          const Scenarios::Scenario &deleted, const QString &text);
    void undo() override;
    void redo() override;

private:
    Scenarios::Scenario m_deleted;
};

/// A scenario renamed from `before` to `after`.
class RenameScenarioCommand : public ScenarioCommand
{
public:
    RenameScenarioCommand(Storage::DataStore *store, ScenarioView *view, const QString &before,
                          const QString &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    QString m_before, m_after;
};

/// A scenario's what-if edits changed (an edit added, removed or its parameter changed): the
/// whole scenario before and after (same name) is stored back.
class ChangeScenarioCommand : public ScenarioCommand
{
public:
    ChangeScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                          const Scenarios::Scenario &before, const Scenarios::Scenario &after,
                          const QString &text);
    void undo() override;
    void redo() override;

private:
    Scenarios::Scenario m_before, m_after;
};

} // namespace Stockshift::Ui
