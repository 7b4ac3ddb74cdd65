#include "storage/Connection.h"

#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace Stockshift::Storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Storage", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("stockshift-%1").arg(counter.fetch_add(1));
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!info.exists() && (!options.createIfMissing || options.mode == Mode::ReadOnly))
        return Error(tr("The database %1 does not exist.").arg(path), QStringLiteral("not-found"));
    if (info.exists() && info.isDir())
        return Error(tr("%1 is a folder, not a database file.").arg(path),
                     QStringLiteral("not-a-database"));

    std::unique_ptr<Connection> connection(new Connection);
    connection->m_path = path;
    connection->m_connectionName = nextConnectionName();
    connection->m_db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_connectionName);
    if (!connection->m_db.isValid())
        return Error(tr("The Qt SQLite driver (QSQLITE) is not installed."),
                     QStringLiteral("no-driver"));
    connection->m_db.setDatabaseName(path);
    if (options.mode == Mode::ReadOnly)
        connection->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection->m_db.open())
        return Error(tr("Cannot open %1: %2").arg(path, connection->m_db.lastError().text()),
                     QStringLiteral("open-failed"));

    // Reading the version is the first real access: a file that is not SQLite fails here.
    QSqlQuery versionQuery(connection->m_db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return Error(tr("%1 is not a Stockshift database (%2).")
                         .arg(path, versionQuery.lastError().databaseText()),
                     QStringLiteral("not-a-database"));
    const int version = versionQuery.value(0).toInt();
    versionQuery.finish();

    const int current = Schema::currentVersion();
    if (version > current)
        return Error(tr("%1 was written by a newer version of Stockshift (schema version %2; this "
                        "version reads up to %3). Update Stockshift to open it.")
                         .arg(path)
                         .arg(version)
                         .arg(current),
                     QStringLiteral("schema-too-new"));

    if (options.mode == Mode::ReadWrite) {
        // WAL lets the GUI read while a worker imports; NORMAL sync is still atomic in WAL mode
        // (a crash loses at most the last commits, never leaves a half-written transaction).
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            if (Status s = connection->exec(QString::fromLatin1(pragma)); !s)
                return s.error();
        }
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 10000"}) {
        if (Status s = connection->exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    }

    const int target = options.targetVersion < 0 ? current : options.targetVersion;
    if (options.migrate && version < target) {
        if (options.mode == Mode::ReadOnly)
            return Error(tr("%1 has schema version %2 and must be upgraded to %3; open it "
                            "read-write once.")
                             .arg(path)
                             .arg(version)
                             .arg(target),
                         QStringLiteral("needs-migration"));
        Transaction transaction(*connection);
        if (!transaction.beginStatus())
            return transaction.beginStatus().error();
        for (int next = version + 1; next <= target; ++next) {
            for (const QString &statement : Schema::migration(next)) {
                if (Status s = connection->exec(statement); !s)
                    return Error(tr("Upgrading %1 to schema version %2 failed: %3")
                                     .arg(path)
                                     .arg(next)
                                     .arg(s.errorMessage()),
                                 QStringLiteral("migration-failed"));
            }
        }
        if (Status s = connection->exec(QStringLiteral("PRAGMA user_version = %1").arg(target)); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }
    return connection;
}

Connection::~Connection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

sqlite3 *Connection::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

int Connection::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Connection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        const QString statement = sql.simplified().left(80);
        return Error(tr("SQL failed (%1): %2").arg(statement, query.lastError().text()),
                     QStringLiteral("sql"));
    }
    return {};
}

Transaction::Transaction(Connection &connection)
    : m_connection(connection)
{
    m_begin = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(tr("No transaction is active."), QStringLiteral("no-transaction"));
    Status s = m_connection.exec(QStringLiteral("COMMIT"));
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace Stockshift::Storage
