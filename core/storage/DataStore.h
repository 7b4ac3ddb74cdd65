// Storage::DataStore — the GUI's front to the open database.
//
// Contract: lives on the GUI thread and owns that thread's Connection. Views and table models
// read through connection() and listen to tablesChanged(); anything that writes (imports, plans,
// edits) calls notifyChanged() with the tables it touched once its transaction has committed.
// Workers never use this object's connection: they open their own on their thread with the same
// path() and report back through signals.
#pragma once

#include "storage/Connection.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Stockshift::Storage {

class DataStore : public QObject
{
    Q_OBJECT

public:
    explicit DataStore(std::unique_ptr<Connection> connection, QObject *parent = nullptr);
    ~DataStore() override;

    static Result<std::unique_ptr<DataStore>> open(const QString &path);

    Connection &connection() { return *m_connection; }
    QString path() const { return m_connection->path(); }

    /// Row count of a table (0 when the table is missing).
    qint64 rowCount(const QString &table);

public slots:
    /// Announces that the named tables were changed by a committed transaction.
    void notifyChanged(const QStringList &tables);

signals:
    void tablesChanged(const QStringList &tables);

private:
    std::unique_ptr<Connection> m_connection;
};

} // namespace Stockshift::Storage
