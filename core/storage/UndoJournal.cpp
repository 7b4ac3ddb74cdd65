#include "storage/UndoJournal.h"

#include "common/UserName.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace Stockshift::Storage {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives a free function in this namespace.
    return QCoreApplication::translate("Stockshift::Storage", text);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(tr("The edit history could not be stored: %1").arg(q.lastError().text()),
                 QStringLiteral("sql"));
}

// The digest lets a save skip the documents that are already stored: a scenario command holds
// a whole scenario, and the journal is saved after every undo, redo and new edit.
QByteArray digest(const QByteArray &entry)
{
    return QCryptographicHash::hash(entry, QCryptographicHash::Sha1).toHex();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<QString> dataFingerprint(Connection &connection)
{
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM audit_log), "
                               "(SELECT coalesce(max(id), 0) FROM import_batches)"))
        || !q.next())
        return sqlError(q);
    return QStringLiteral("audit:%1;import:%2")
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong());
}

Status saveUndoJournal(Connection &connection, const UndoJournal &journal)
{
    if (journal.inForce < 0 || journal.inForce > journal.entries.size())
        return Error(tr("The edit history could not be stored: %1 of %2 edits in force.")
                         .arg(journal.inForce)
                         .arg(journal.entries.size()),
                     QStringLiteral("invalid"));
    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus();

    // Rows are numbered consecutively in stack order, from any start. When the stack drops its
    // oldest command (the undo limit) the stored rows that are still in it keep their numbers:
    // the leading rows go and the new ones are appended, so a save at the limit writes what
    // changed, not the whole history again.
    QList<QPair<qint64, QByteArray>> stored; // position, digest
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT position, digest FROM undo_journal ORDER BY position")))
        return sqlError(q);
    while (q.next())
        stored.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    QList<QByteArray> digests;
    digests.reserve(journal.entries.size());
    for (const QByteArray &entry : journal.entries)
        digests.append(digest(entry));

    // The stored run the new list starts with: `kept` rows equal from stored row `from`.
    qsizetype from = 0, kept = 0;
    for (qsizetype k = 0; k < stored.size() && !digests.isEmpty(); ++k) {
        qsizetype n = 0;
        while (k + n < stored.size() && n < digests.size() && stored[k + n].second == digests[n])
            ++n;
        if (n > kept) {
            from = k;
            kept = n;
        }
        if (k + kept >= stored.size())
            break; // no later start can keep more
    }
    const qint64 first = kept > 0 ? stored[from].first : 0;
    QSqlQuery drop(connection.db());
    drop.prepare(QStringLiteral("DELETE FROM undo_journal WHERE position < ? OR position >= ?"));
    drop.bindValue(0, kept > 0 ? first : std::numeric_limits<qint64>::max());
    drop.bindValue(1, first + kept);
    if (!drop.exec())
        return sqlError(drop);
    QSqlQuery put(connection.db());
    put.prepare(QStringLiteral("INSERT INTO undo_journal (position, digest, entry) "
                               "VALUES (?, ?, ?)"));
    for (qsizetype i = kept; i < journal.entries.size(); ++i) {
        put.bindValue(0, first + i);
        put.bindValue(1, QString::fromLatin1(digests.at(i)));
        put.bindValue(2, QString::fromUtf8(journal.entries.at(i)));
        if (!put.exec())
            return sqlError(put);
    }

    QSqlQuery state(connection.db());
    state.prepare(QStringLiteral("INSERT OR REPLACE INTO undo_journal_state "
                                 "(id, in_force, user_name, fingerprint, saved_at) "
                                 "VALUES (1, ?, ?, ?, ?)"));
    state.bindValue(0, journal.inForce);
    state.bindValue(1, journal.userName);
    state.bindValue(2, journal.fingerprint);
    state.bindValue(3, journal.savedAt.isEmpty() ? nowUtc() : journal.savedAt);
    if (!state.exec())
        return sqlError(state);
    return transaction.commit();
}

Result<std::optional<UndoJournal>> loadUndoJournal(Connection &connection)
{
    QSqlQuery state(connection.db());
    if (!state.exec(QStringLiteral("SELECT in_force, user_name, fingerprint, saved_at "
                                   "FROM undo_journal_state WHERE id = 1")))
        return sqlError(state);
    if (!state.next())
        return std::optional<UndoJournal>();
    UndoJournal journal;
    journal.inForce = state.value(0).toInt();
    journal.userName = state.value(1).toString();
    journal.fingerprint = state.value(2).toString();
    journal.savedAt = state.value(3).toString();

    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT position, entry FROM undo_journal ORDER BY position")))
        return sqlError(q);
    qint64 next = -1;
    while (q.next()) {
        // Positions are consecutive (saveUndoJournal); a gap means the table was edited by hand,
        // and a history with a hole in it is not one to undo through.
        const qint64 position = q.value(0).toLongLong();
        if (next >= 0 && position != next)
            return Error(tr("The stored edit history has a gap at position %1.").arg(next),
                         QStringLiteral("corrupt"));
        next = position + 1;
        journal.entries.append(q.value(1).toString().toUtf8());
    }
    if (journal.inForce < 0 || journal.inForce > journal.entries.size())
        return Error(tr("The stored edit history says %1 of its %2 edits are in force.")
                         .arg(journal.inForce)
                         .arg(journal.entries.size()),
                     QStringLiteral("corrupt"));
    return std::optional<UndoJournal>(std::move(journal));
}

Status clearUndoJournal(Connection &connection)
{
    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (Status s = connection.exec(QStringLiteral("DELETE FROM undo_journal")); !s)
        return s;
    if (Status s = connection.exec(QStringLiteral("DELETE FROM undo_journal_state")); !s)
        return s;
    return transaction.commit();
}

} // namespace Stockshift::Storage
