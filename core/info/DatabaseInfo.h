// Info::DatabaseInfo — what a database holds: counts per table, history range, last imports.
// Used by `stockshift-cli info`, the status bar and the Network overview.
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Info {

struct ImportRecord
{
    qint64 id = 0;
    QString kind, fileName, mode, status, startedAt, profile;
    qint64 rowsAccepted = 0, rowsRejected = 0;
};

struct DatabaseInfo
{
    QString path;
    qint64 fileBytes = 0;
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> tableCounts; ///< browsable tables in navigator order
    int firstSalesDay = -1, lastSalesDay = -1; ///< -1 when there is no history
    qint64 seriesCount = 0;                    ///< distinct SKU x location pairs with sales
    QList<ImportRecord> lastImports;           ///< newest first, at most 10

    QJsonObject toJson() const;
    QString toText() const; ///< translated, multi-line
};

Result<DatabaseInfo> readDatabaseInfo(Storage::Connection &connection);

} // namespace Stockshift::Info
