// Ui::PlanCommands — the planner's review of plan lines as undoable commands on the
// workstation's QUndoStack (Edit → Undo), as the forecast overrides and policy edits are
// (forecast/OverrideCommands.h, health/PolicyCommands.h).
//
// The change is stored first by the caller (Plan::setLineStatus / editLineQuantity, whose
// refusals — an exported or cancelled line — it shows) and the command is pushed afterwards, so
// its first redo() does nothing. Undo puts back what was stored before through the same store
// functions (each line its own previous status; the previous quantity), redo stores the change
// again; the engine audits every one of them. After each change the DataStore announces
// "plan_lines", on which the Plans area reloads the plan.
//
// GUI thread only.
#pragma once

#include "plan/PlanTypes.h"

#include <QList>
#include <QPair>
#include <QUndoCommand>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

/// Lines of a plan approved, rejected or set back to proposed.
class LineStatusCommand : public QUndoCommand
{
public:
    /// `before`: each line with the status it had.
    LineStatusCommand(Storage::DataStore *store, qint64 planId,
                      const QList<QPair<int, Plan::LineStatus>> &before, Plan::LineStatus after,
                      const QString &text);
    void undo() override;
    void redo() override;

private:
    Storage::DataStore *m_store;
    qint64 m_planId;
    QList<QPair<int, Plan::LineStatus>> m_before;
    Plan::LineStatus m_after;
    bool m_stored = true; // the first redo() follows the store that already happened
};

/// A line's quantity changed from `before` to `after`.
class LineQuantityCommand : public QUndoCommand
{
public:
    LineQuantityCommand(Storage::DataStore *store, qint64 planId, int line, double before,
                        double after, const QString &text);
    void undo() override;
    void redo() override;

private:
    Storage::DataStore *m_store;
    qint64 m_planId;
    int m_line;
    double m_before, m_after;
    bool m_stored = true;
};

} // namespace Stockshift::Ui
