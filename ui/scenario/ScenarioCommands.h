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
// - The commands are kept in the database's edit history (undo/JournalCommand.h); a scenario
//   travels there in its binary encoding (Scenarios::encode), base64, and is decoded through the
//   same checked loader as a file when the history is restored.
//
// GUI thread only.
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"
#include "undo/JournalCommand.h"

#include <QPointer>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class ScenarioView;

/// Common to the scenario commands: the store, the view to refresh, the first redo skipped.
class ScenarioCommand : public JournalCommand
{
public:
    ScenarioCommand(Storage::DataStore *store, ScenarioView *view, const QString &text,
                    QUndoCommand *parent);

protected:
    /// Logs a failure, announces "scenarios" and lets the view show `name` (empty: none).
    void done(const Status &status, const QString &name);

    QPointer<Storage::DataStore> m_store;
    QPointer<ScenarioView> m_view;
};

/// A scenario stored as new (created, cloned or opened from a file); undo deletes it.
class CreateScenarioCommand : public ScenarioCommand
{
public:
    CreateScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                          const Scenarios::Scenario &created, const QString &text,
                          QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("scenario-create"); }
    static Result<CreateScenarioCommand *> fromData(Storage::DataStore *store, ScenarioView *view,
                                                    const QString &text, const QJsonObject &data,
                                                    QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Scenarios::Scenario m_created;
};

/// A scenario deleted; undo stores it again as it was (edits and results).
class DeleteScenarioCommand : public ScenarioCommand
{
public:
    DeleteScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                          const Scenarios::Scenario &deleted, const QString &text,
                          QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("scenario-delete"); }
    static Result<DeleteScenarioCommand *> fromData(Storage::DataStore *store, ScenarioView *view,
                                                    const QString &text, const QJsonObject &data,
                                                    QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Scenarios::Scenario m_deleted;
};

/// A scenario renamed from `before` to `after`.
class RenameScenarioCommand : public ScenarioCommand
{
public:
    RenameScenarioCommand(Storage::DataStore *store, ScenarioView *view, const QString &before,
                          const QString &after, const QString &text,
                          QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("scenario-rename"); }
    static Result<RenameScenarioCommand *> fromData(Storage::DataStore *store, ScenarioView *view,
                                                    const QString &text, const QJsonObject &data,
                                                    QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    QString m_before, m_after;
};

/// A scenario's what-if edits changed (an edit added, removed or its parameter changed): the
/// whole scenario before and after (same name) is stored back.
class ChangeScenarioCommand : public ScenarioCommand
{
public:
    ChangeScenarioCommand(Storage::DataStore *store, ScenarioView *view,
                          const Scenarios::Scenario &before, const Scenarios::Scenario &after,
                          const QString &text, QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("scenario-change"); }
    static Result<ChangeScenarioCommand *> fromData(Storage::DataStore *store, ScenarioView *view,
                                                    const QString &text, const QJsonObject &data,
                                                    QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Scenarios::Scenario m_before, m_after;
};

} // namespace Stockshift::Ui
