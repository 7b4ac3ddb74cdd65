// Ui::PlanCommands — the planner's review of plan lines as undoable commands on the
// workstation's QUndoStack (Edit → Undo), as the forecast overrides and policy edits are
// (forecast/OverrideCommands.h, health/PolicyCommands.h).
//
// The change is stored first by the caller (Plan::setLineStatus / editLineQuantity, whose
// refusals — an exported or cancelled line — it shows) and the command is pushed afterwards, so
// its first redo() does nothing. Undo puts back what was stored before through the same store
// functions (each line its own previous status; the previous quantity), redo stores the change
// again; the engine audits every one of them. After each change the DataStore announces
// "plan_lines", on which the Plans area reloads the plan. Both are kept in the database's edit
// history (undo/JournalCommand.h) by plan id and line number.
//
// GUI thread only.
#pragma once

#include "plan/PlanTypes.h"

#include "undo/JournalCommand.h"

#include <QList>
#include <QPair>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

/// Lines of a plan approved, rejected or set back to proposed.
class LineStatusCommand : public JournalCommand
{
public:
    /// `before`: each line with the status it had.
    LineStatusCommand(Storage::DataStore *store, qint64 planId,
                      const QList<QPair<int, Plan::LineStatus>> &before, Plan::LineStatus after,
                      const QString &text, QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("plan-line-status"); }
    static Result<LineStatusCommand *> fromData(Storage::DataStore *store, const QString &text,
                                                const QJsonObject &data, QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Storage::DataStore *m_store;
    qint64 m_planId;
    QList<QPair<int, Plan::LineStatus>> m_before;
    Plan::LineStatus m_after;
};

/// A line's quantity changed from `before` to `after`.
class LineQuantityCommand : public JournalCommand
{
public:
    LineQuantityCommand(Storage::DataStore *store, qint64 planId, int line, double before,
                        double after, const QString &text, QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("plan-line-quantity"); }
    static Result<LineQuantityCommand *> fromData(Storage::DataStore *store, const QString &text,
                                                  const QJsonObject &data, QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Storage::DataStore *m_store;
    qint64 m_planId;
    int m_line;
    double m_before, m_after;
};

} // namespace Stockshift::Ui
