// Ui::OverrideCommands — forecast overrides as undoable edits on the workstation's QUndoStack.
//
// The override is stored first (Forecast::addOverride, whose errors the caller shows); the
// command is pushed afterwards with the stored id, so its first redo() does nothing. Undo marks
// the override undone, redo puts it back in force (both audited by the engine). Withdrawing an
// override from the list is done by the push itself. The DataStore announces
// "forecast_overrides" after each change so every view reloads. Both commands are kept in the
// database's edit history (undo/JournalCommand.h) by the override's id.
//
// GUI thread only.
#pragma once

#include "undo/JournalCommand.h"

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

/// An override the planner made.
class AddOverrideCommand : public JournalCommand
{
public:
    AddOverrideCommand(Storage::DataStore *store, qint64 overrideId, const QString &text,
                       QUndoCommand *parent = nullptr);
    qint64 overrideId() const { return m_id; }

    static QString journalKind() { return QStringLiteral("forecast-override"); }
    static Result<AddOverrideCommand *> fromData(Storage::DataStore *store, const QString &text,
                                                 const QJsonObject &data, QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Storage::DataStore *m_store;
    qint64 m_id;
};

/// The planner withdrew an override from the list (undoing this puts it back).
class WithdrawOverrideCommand : public JournalCommand
{
public:
    WithdrawOverrideCommand(Storage::DataStore *store, qint64 overrideId, const QString &text,
                            QUndoCommand *parent = nullptr);

    static QString journalKind() { return QStringLiteral("forecast-override-withdraw"); }
    static Result<WithdrawOverrideCommand *> fromData(Storage::DataStore *store,
                                                      const QString &text, const QJsonObject &data,
                                                      QUndoCommand *parent);
    QString kind() const override { return journalKind(); }
    QJsonObject data() const override;

private:
    void doUndo() override;
    void doRedo() override;

    Storage::DataStore *m_store;
    qint64 m_id;
};

} // namespace Stockshift::Ui
