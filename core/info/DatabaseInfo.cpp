#include "info/DatabaseInfo.h"

#include "common/Days.h"
#include "storage/Connection.h"
#include "storage/SalesRange.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace Stockshift::Info {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stockshift::Info", text);
}
} // namespace

Result<DatabaseInfo> readDatabaseInfo(Storage::Connection &connection)
{
    DatabaseInfo info;
    info.path = connection.path();
    info.fileBytes
        = QFileInfo(info.path).size() + QFileInfo(info.path + QStringLiteral("-wal")).size();
    info.schemaVersion = connection.schemaVersion();
    QSqlQuery query(connection.db());
    for (const QString &table : Storage::Schema::browsableTables()) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
            return Error(tr("Cannot count %1.").arg(table), QStringLiteral("sql"));
        info.tableCounts.append({table, query.value(0).toLongLong()});
    }
    // The day range is kept by the writers of sales (a scan of min/max over the clustered
    // table would read every row).
    if (const auto range = Storage::salesDayRange(connection)) {
        info.firstSalesDay = range->first;
        info.lastSalesDay = range->last;
    }
    if (query.exec(
            QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT location_id, sku_id FROM sales)"))
        && query.next())
        info.seriesCount = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT id, kind, file_name, mode, status, started_at, profile, "
                                  "rows_accepted, rows_rejected FROM import_batches "
                                  "ORDER BY id DESC LIMIT 10"))) {
        while (query.next()) {
            ImportRecord record;
            record.id = query.value(0).toLongLong();
            record.kind = query.value(1).toString();
            record.fileName = query.value(2).toString();
            record.mode = query.value(3).toString();
            record.status = query.value(4).toString();
            record.startedAt = query.value(5).toString();
            record.profile = query.value(6).toString();
            record.rowsAccepted = query.value(7).toLongLong();
            record.rowsRejected = query.value(8).toLongLong();
            info.lastImports.append(record);
        }
    }
    return info;
}

QJsonObject DatabaseInfo::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("fileBytes"), fileBytes);
    object.insert(QStringLiteral("schemaVersion"), schemaVersion);
    QJsonObject counts;
    for (const auto &[table, count] : tableCounts)
        counts.insert(table, count);
    object.insert(QStringLiteral("counts"), counts);
    object.insert(QStringLiteral("series"), seriesCount);
    if (firstSalesDay >= 0) {
        object.insert(QStringLiteral("historyFrom"), Days::toIso(firstSalesDay));
        object.insert(QStringLiteral("historyTo"), Days::toIso(lastSalesDay));
    }
    QJsonArray imports;
    for (const ImportRecord &record : lastImports) {
        imports.append(QJsonObject{{QStringLiteral("id"), record.id},
                                   {QStringLiteral("kind"), record.kind},
                                   {QStringLiteral("file"), record.fileName},
                                   {QStringLiteral("mode"), record.mode},
                                   {QStringLiteral("status"), record.status},
                                   {QStringLiteral("startedAt"), record.startedAt},
                                   {QStringLiteral("rowsAccepted"), record.rowsAccepted},
                                   {QStringLiteral("rowsRejected"), record.rowsRejected}});
    }
    object.insert(QStringLiteral("lastImports"), imports);
    return object;
}

QString DatabaseInfo::toText() const
{
    QStringList lines;
    lines.append(tr("Database: %1 (%2 MB, schema version %3)")
                     .arg(path)
                     .arg(double(fileBytes) / 1e6, 0, 'f', 1)
                     .arg(schemaVersion));
    for (const auto &[table, count] : tableCounts)
        lines.append(QStringLiteral("  %1 %2").arg(table, -16).arg(count, 12));
    if (firstSalesDay >= 0)
        lines.append(tr("Sales history: %1 to %2, %3 SKU x location series")
                         .arg(Days::toIso(firstSalesDay), Days::toIso(lastSalesDay))
                         .arg(seriesCount));
    else
        lines.append(tr("Sales history: none"));
    if (lastImports.isEmpty())
        lines.append(tr("No imports yet."));
    else
        lines.append(tr("Last imports:"));
    for (const ImportRecord &record : lastImports)
        lines.append(QStringLiteral("  #%1 %2 %3 %4 %5 (%6 accepted, %7 rejected)")
                         .arg(record.id)
                         .arg(record.startedAt, record.kind, record.fileName, record.status)
                         .arg(record.rowsAccepted)
                         .arg(record.rowsRejected));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Stockshift::Info
