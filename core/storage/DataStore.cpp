#include "storage/DataStore.h"

#include <QSqlQuery>

namespace Stockshift::Storage {

DataStore::DataStore(std::unique_ptr<Connection> connection, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
{}

DataStore::~DataStore() = default;

Result<std::unique_ptr<DataStore>> DataStore::open(const QString &path)
{
    auto connection = Connection::open(path);
    if (!connection)
        return connection.error();
    return std::make_unique<DataStore>(std::move(connection.value()));
}

qint64 DataStore::rowCount(const QString &table)
{
    QSqlQuery query(m_connection->db());
    // Table names come from Schema::browsableTables(), never from user input.
    if (query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

void DataStore::notifyChanged(const QStringList &tables)
{
    emit tablesChanged(tables);
}

} // namespace Stockshift::Storage
