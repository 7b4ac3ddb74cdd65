// Ui::JournalCommand — the base of the planner's undo commands: those that can be written to
// the database's edit history (Storage::UndoJournal) and rebuilt from it after a restart.
//
// - A view stores its change first (and shows the engine's refusal) and pushes the command
//   afterwards, so by default the first redo() — QUndoStack::push's — does nothing. A command
//   whose push is what applies it says so with FirstRedo::Applies.
// - Subclasses implement doUndo()/doRedo() (which go through the same engine functions as the
//   view, so every undo and redo is audited), kind() and data(): the name and the fields
//   UndoJournalCodec needs to rebuild the command.
// - A command rebuilt from the journal changes nothing on the way back into the stack: its
//   push's redo is skipped, and so is the undo that takes the stack back to the saved index
//   when it was undone at the time (restoredAs()).
// - The journal document of a command is computed once (commands do not change once pushed).
//
// GUI thread only.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUndoCommand>

namespace Stockshift::Ui {

class JournalCommand : public QUndoCommand
{
public:
    enum class FirstRedo { Skipped, Applies };

    explicit JournalCommand(const QString &text, FirstRedo firstRedo = FirstRedo::Skipped,
                            QUndoCommand *parent = nullptr);

    void undo() final;
    void redo() final;

    /// Stable name of the command's kind in the journal, e.g. "cell-edit".
    virtual QString kind() const = 0;
    /// The fields that rebuild the command (see UndoJournalCodec).
    virtual QJsonObject data() const = 0;

    /// For a command rebuilt from the journal: its push does nothing, nor does the stack's undo
    /// back to the saved index when `undone`.
    void restoredAs(bool undone);

    /// {"kind", "text", "data"} as compact JSON, computed on first use.
    const QByteArray &journalDocument() const;

protected:
    virtual void doUndo() = 0;
    virtual void doRedo() = 0;

private:
    int m_skipRedo;
    int m_skipUndo = 0;
    mutable QByteArray m_document;
};

/// The Error a command's fromData() returns for a missing or malformed field.
Error journalDataError(const QString &kind, const QString &field);
/// A positive whole number (a row id, a plan line) from `data`.`field`; else journalDataError().
Result<qint64> journalId(const QString &kind, const QJsonObject &data, const QString &field);

} // namespace Stockshift::Ui
