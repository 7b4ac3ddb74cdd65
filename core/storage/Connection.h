// Storage::Connection — one SQLite connection through Qt Sql, owned by one thread.
//
// Contract:
// - A Connection is used only on the thread that opened it (QSqlDatabase's rule). Worker jobs
//   (import, forecast, plan) open their own Connection on their own thread; the GUI's DataStore
//   owns another one.
// - open() applies the pragmas every connection needs (WAL, foreign keys on, busy timeout) and
//   brings the schema to Schema::currentVersion() by running forward migrations in one
//   transaction. A database written by a newer Stockshift is refused with code "schema-too-new".
// - The underlying connection is removed from QSqlDatabase's registry in the destructor.
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace Stockshift::Storage {

class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        bool createIfMissing = true; ///< false: a missing file is an error
        bool migrate = true;         ///< false: leave the schema as found (used by tests)
        int targetVersion = -1;      ///< migrate only up to this version (-1 = current; tests)
    };

    static Result<std::unique_ptr<Connection>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Connection>> open(const QString &path)
    {
        return open(path, Options{});
    }

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    /// The raw sqlite3 handle, for bulk paths (CSV import) that bypass QVariant binding.
    sqlite3 *handle() const;
    int schemaVersion() const;

    /// Executes one statement; on failure returns an Error naming the statement and SQLite's text.
    Status exec(const QString &sql);

private:
    Connection() = default;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

/// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the destructor unless commit()
/// succeeded. IMMEDIATE takes the write lock up front so a long import cannot fail halfway on a
/// lock held by another connection.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Connection &m_connection;
    Status m_begin;
    bool m_active = false;
};

} // namespace Stockshift::Storage
