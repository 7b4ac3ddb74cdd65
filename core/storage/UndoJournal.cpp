#include "storage/UndoJournal.h"

#include "storage/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Stockshift::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Storage::UndoJournal", text);
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

QString journalUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isNull() ? QStringLiteral("") : name;
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

    QHash<qint64, QByteArray> stored;
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("SELECT position, digest FROM undo_journal")))
        return sqlError(q);
    while (q.next())
        stored.insert(q.value(0).toLongLong(), q.value(1).toByteArray());

    QSqlQuery put(connection.db());
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO undo_journal (position, digest, entry) "
                               "VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < journal.entries.size(); ++i) {
        const QByteArray d = digest(journal.entries.at(i));
        if (stored.value(i) == d)
            continue;
        put.bindValue(0, qint64(i));
        put.bindValue(1, QString::fromLatin1(d));
        put.bindValue(2, QString::fromUtf8(journal.entries.at(i)));
        if (!put.exec())
            return sqlError(put);
    }
    QSqlQuery trim(connection.db());
    trim.prepare(QStringLiteral("DELETE FROM undo_journal WHERE position >= ?"));
    trim.bindValue(0, qint64(journal.entries.size()));
    if (!trim.exec())
        return sqlError(trim);

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

Status touchUndoJournal(Connection &connection, const QString &fingerprint)
{
    QSqlQuery q(connection.db());
    q.prepare(QStringLiteral("UPDATE undo_journal_state SET fingerprint = ?, saved_at = ? "
                             "WHERE id = 1"));
    q.bindValue(0, fingerprint);
    q.bindValue(1, nowUtc());
    if (!q.exec())
        return sqlError(q);
    return {};
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
    while (q.next()) {
        // Positions are written 0..n-1 in one transaction; a gap means the table was edited by
        // hand, and a history with a hole in it is not one to undo through.
        if (q.value(0).toLongLong() != journal.entries.size())
            return Error(
                tr("The stored edit history has a gap at position %1.").arg(journal.entries.size()),
                QStringLiteral("corrupt"));
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
