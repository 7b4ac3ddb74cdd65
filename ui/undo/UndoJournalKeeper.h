// Ui::UndoJournalKeeper — keeps the workstation's QUndoStack in the database's edit history
// (Storage::UndoJournal) and rebuilds it when the database is opened again, so Edit → Undo and
// the history view reach back past a restart.
//
// Contract:
// - One keeper per open database, created after the views (restored scenario commands refresh
//   the Scenarios view) on an empty stack. restore() rebuilds the stored history, then the keeper
//   saves the journal after every push, undo and redo, and again after the window's own other
//   writes (tablesChanged, which move the data fingerprint on), so a crash loses nothing either.
// - The history is restored only when it is safe to undo through it: made by the same OS user
//   and on the same data, i.e. the database's fingerprint (last audited edit, last import) is
//   the one saved with it. Otherwise the stack stays empty and restore() says why: a stale
//   history (other user, other data, a broken entry) is replaced at once by this session's; one
//   that cannot be read now (a lock, a kind of edit from a newer build) is left alone, and this
//   session's edits are then not kept. A history longer than the stack's undo limit loses its
//   oldest steps in force, as the stack would.
// - What is kept: every JournalCommand (overrides, policies, plan review, master-data edits,
//   scenarios) and macros made only of them. Tier edits are not: the tier editor works on an
//   unsaved configuration in memory that does not outlive the window, so they are left out.
// - finish() must be called before the stack is cleared or destroyed and before the DataStore
//   goes: it saves once more and stops following both. The destructor calls it.
//
// GUI thread only.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QUndoCommand;
class QUndoStack;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class ScenarioView;

class UndoJournalKeeper : public QObject
{
    Q_OBJECT

public:
    UndoJournalKeeper(Storage::DataStore *store, QUndoStack *stack, ScenarioView *scenarioView,
                      QObject *parent = nullptr);
    ~UndoJournalKeeper() override;

    /// Rebuilds the stored history onto the stack (which must be empty). Returns a message for
    /// the status bar: how many edits came back, or why none did; empty when none was stored.
    QString restore();
    /// Saves now and stops following the stack and the store.
    void finish();
    /// The outcome of the last save (for tests and the log).
    const Status &lastSave() const { return m_lastSave; }

    /// The journal document of a top-level command; empty when it is not kept.
    static QByteArray encode(const QUndoCommand *command);
    /// Rebuilds a command from encode()'s document; `undone` as JournalCommand::restoredAs().
    static Result<QUndoCommand *> decode(const QByteArray &document, Storage::DataStore *store,
                                         ScenarioView *scenarioView, bool undone);

private:
    void save();

    QPointer<Storage::DataStore> m_store;
    QPointer<QUndoStack> m_stack;
    QPointer<ScenarioView> m_scenarioView;
    QTimer m_saveSoon;          // a save after the window's other writes, once they are complete
    QString m_savedFingerprint; // what the last successful save stored
    bool m_restoring = false;
    bool m_finished = false;
    bool m_keeping = true; // false: a history that could not be read now is left alone
    Status m_lastSave;
};

} // namespace Stockshift::Ui
