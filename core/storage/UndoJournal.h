// Storage::UndoJournal — the workstation's edit history, kept in the database it belongs to so
// that Edit → Undo reaches back past a restart.
//
// Contract:
// - The journal is opaque here: one compact JSON document per top-level undo command, oldest
//   first, written and read by the ui layer (ui/undo/UndoJournalKeeper). This module only keeps
//   the documents, how many of them are in force (the stack's index), who made them and when.
// - A journal is only worth restoring over the data it was made on. dataFingerprint() names
//   the last audited edit and the last import; the keeper stores it with the journal and
//   restores the history only when the database still has the same fingerprint, i.e. nothing
//   was imported or edited by another program (the CLI, another workstation) in between.
// - saveUndoJournal() replaces the stored journal in one transaction. Entries already stored
//   are not rewritten, also when the stack dropped its oldest ones (rows are numbered
//   consecutively from any start). Thread: the caller's Connection's thread (the GUI's).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Stockshift::Storage {

class Connection;

struct UndoJournal
{
    QList<QByteArray> entries; ///< one compact JSON document per command, oldest first
    int inForce = 0;           ///< entries[0, inForce) are done, the rest undone (redoable)
    QString userName;          ///< the OS user who made the edits (Stockshift::userName())
    QString fingerprint;       ///< dataFingerprint() when the journal was last saved
    QString savedAt;           ///< ISO 8601 UTC
};

/// "audit:<last audit id>;import:<last import batch id>" of the database now.
Result<QString> dataFingerprint(Connection &connection);

/// Replaces the stored journal (entries, state, user, fingerprint, time) in one transaction.
Status saveUndoJournal(Connection &connection, const UndoJournal &journal);

/// The stored journal; std::nullopt when none was ever saved.
Result<std::optional<UndoJournal>> loadUndoJournal(Connection &connection);

/// Forgets the stored journal.
Status clearUndoJournal(Connection &connection);

} // namespace Stockshift::Storage
