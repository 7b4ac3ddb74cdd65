// Ui::OverrideCommands — forecast overrides as undoable edits on the workstation's QUndoStack.
//
// The override is stored first (Forecast::addOverride, whose errors the caller shows); the
// command is pushed afterwards with the stored id, so its first redo() does nothing. Undo marks
// the override undone, redo puts it back in force (both audited by the engine). The DataStore
// announces "forecast_overrides" after each change so every view reloads.
//
// GUI thread only.
#pragma once

#include <QUndoCommand>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

/// An override the planner made.
class AddOverrideCommand : public QUndoCommand
{
public:
    AddOverrideCommand(Storage::DataStore *store, qint64 overrideId, const QString &text);
    void undo() override;
    void redo() override;
    qint64 overrideId() const { return m_id; }

private:
    Storage::DataStore *m_store;
    qint64 m_id;
    bool m_stored = true; // the first redo() follows the store that already happened
};

/// The planner withdrew an override from the list (undoing this puts it back).
class WithdrawOverrideCommand : public QUndoCommand
{
public:
    WithdrawOverrideCommand(Storage::DataStore *store, qint64 overrideId, const QString &text);
    void undo() override;
    void redo() override;

private:
    Storage::DataStore *m_store;
    qint64 m_id;
};

} // namespace Stockshift::Ui
