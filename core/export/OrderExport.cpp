#include "export/OrderExport.h"

#include "common/Days.h"
#include "common/UserName.h"
#include "export/ExportSettings.h"
#include "ledger/SettlementLedger.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <tuple>

namespace Stockshift::Export {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Stockshift::Export", text, disambiguation, n);
}

Error sqlError(const QSqlQuery &q)
{
    return Error(
        tr("The export could not read or write the database: %1").arg(q.lastError().text()),
        QStringLiteral("sql"));
}

Status audit(Storage::Connection &c, const QString &at, const QString &action, const QString &key,
             const QString &detail, const QString &user)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity, entity_key, "
                             "detail) VALUES (?, ?, ?, 'order', ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(userName(user));
    q.addBindValue(action);
    q.addBindValue(key);
    q.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    if (!q.exec())
        return sqlError(q);
    return {};
}

// The next value of a named sequence. Runs inside the export's transaction: a rollback gives the
// value back, a commit consumes it for good.
Result<qint64> nextSequence(Storage::Connection &c, const QString &name)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO export_sequences (name, value) VALUES (?, 1) "
                             "ON CONFLICT (name) DO UPDATE SET value = value + 1"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    q.prepare(QStringLiteral("SELECT value FROM export_sequences WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

// Loads a plan's recorded orders of one kind with their lines, and groups its approved lines
// that are in no order yet.
Result<std::vector<Order>> load(Storage::Connection &c, qint64 planId, OrderKind kind)
{
    {
        QSqlQuery q(c.db());
        q.prepare(QStringLiteral("SELECT 1 FROM plans WHERE id = ?"));
        q.addBindValue(planId);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return Error(tr("There is no plan %1.").arg(planId), QStringLiteral("no-plan"));
    }
    std::vector<Order> orders;
    std::map<qint64, std::size_t> byId;
    QSqlQuery o(c.db());
    o.prepare(QStringLiteral(
        "SELECT o.id, o.number, o.revision, o.status, coalesce(o.supplier_id, -1), "
        "coalesce(s.code, ''), coalesce(s.name, ''), coalesce(o.from_location_id, -1), "
        "coalesce(f.code, ''), coalesce(f.name, ''), coalesce(o.to_location_id, -1), "
        "coalesce(t.code, ''), coalesce(t.name, ''), coalesce(t.region, ''), o.order_day, "
        "o.exported_at, coalesce(o.cancelled_at, ''), o.cancel_reason "
        "FROM orders o LEFT JOIN suppliers s ON s.id = o.supplier_id "
        "LEFT JOIN locations f ON f.id = o.from_location_id "
        "LEFT JOIN locations t ON t.id = o.to_location_id "
        "WHERE o.plan_id = ? AND o.kind = ? ORDER BY o.id"));
    o.addBindValue(planId);
    o.addBindValue(orderKindName(kind));
    if (!o.exec())
        return sqlError(o);
    while (o.next()) {
        Order order;
        order.id = o.value(0).toLongLong();
        order.kind = kind;
        order.planId = planId;
        order.number = o.value(1).toString();
        order.revision = o.value(2).toInt();
        order.status = o.value(3).toString();
        order.supplierId = o.value(4).toLongLong();
        order.supplierCode = o.value(5).toString();
        order.supplierName = o.value(6).toString();
        order.fromLocationId = o.value(7).toLongLong();
        order.fromCode = o.value(8).toString();
        order.fromName = o.value(9).toString();
        order.toLocationId = o.value(10).toLongLong();
        order.toCode = o.value(11).toString();
        order.toName = o.value(12).toString();
        order.toRegion = o.value(13).toString();
        order.orderDay = o.value(14).toInt();
        order.exportedAt = o.value(15).toString();
        order.cancelledAt = o.value(16).toString();
        order.cancelReason = o.value(17).toString();
        byId[order.id] = orders.size();
        orders.push_back(std::move(order));
    }

    QSqlQuery l(c.db());
    l.prepare(QStringLiteral(
        "SELECT p.line, p.sku_id, k.code, k.name, coalesce(si.supplier_sku, ''), "
        "p.to_location_id, t.code, t.name, t.region, p.quantity, p.unit_cost, p.ship_day, "
        "p.arrival_day, coalesce(p.supplier_id, -1), coalesce(s.code, ''), coalesce(s.name, ''), "
        "coalesce(p.from_location_id, -1), coalesce(f.code, ''), coalesce(f.name, ''), "
        "coalesce(ol.order_id, -1), coalesce(ol.position, 0), coalesce(k.unit_cost, 0) "
        "FROM plan_lines p JOIN skus k ON k.id = p.sku_id "
        "JOIN locations t ON t.id = p.to_location_id "
        "LEFT JOIN suppliers s ON s.id = p.supplier_id "
        "LEFT JOIN locations f ON f.id = p.from_location_id "
        "LEFT JOIN supplier_items si ON si.supplier_id = p.supplier_id AND si.sku_id = p.sku_id "
        "LEFT JOIN order_lines ol ON ol.plan_id = p.plan_id AND ol.line = p.line "
        "WHERE p.plan_id = ? AND p.type = ? AND (ol.order_id IS NOT NULL OR "
        "(p.status = 'approved' AND p.quantity > 0)) "
        "ORDER BY k.code, t.code, p.ship_day, p.line"));
    l.addBindValue(planId);
    l.addBindValue(orderKindName(kind));
    if (!l.exec())
        return sqlError(l);
    // New orders in the order their first line appears (SKU order), keyed by the grouping.
    std::map<std::tuple<qint64, qint64, int>, std::size_t> newByKey;
    const auto liveKey = [&](const Order &order) {
        return kind == OrderKind::Purchase
                   ? std::tuple(order.supplierId, order.toLocationId, order.orderDay)
                   : std::tuple(order.fromLocationId, qint64(-1), 0);
    };
    std::map<std::tuple<qint64, qint64, int>, std::size_t> liveByKey;
    for (std::size_t i = 0; i < orders.size(); ++i)
        if (orders[i].status == QLatin1String("exported"))
            liveByKey[liveKey(orders[i])] = i;
    while (l.next()) {
        OrderLine line;
        line.planLine = l.value(0).toInt();
        line.skuId = l.value(1).toLongLong();
        line.skuCode = l.value(2).toString();
        line.skuName = l.value(3).toString();
        line.supplierSku = l.value(4).toString();
        line.toLocationId = l.value(5).toLongLong();
        line.toCode = l.value(6).toString();
        line.toName = l.value(7).toString();
        line.quantity = l.value(9).toDouble();
        // Purchases carry their price; a transfer's value is the goods' cost at the source.
        line.unitPrice
            = kind == OrderKind::Purchase ? l.value(10).toDouble() : l.value(21).toDouble();
        line.shipDay = l.value(11).toInt();
        line.arrivalDay = l.value(12).toInt();
        const qint64 orderId = l.value(19).toLongLong();
        if (orderId >= 0) {
            const auto it = byId.find(orderId);
            if (it == byId.end())
                continue; // an order of the other kind cannot hold it; defensive
            line.recorded = true;
            line.position = l.value(20).toInt();
            orders[it->second].lines.push_back(std::move(line));
            continue;
        }
        const qint64 supplierId = l.value(13).toLongLong();
        const qint64 fromId = l.value(16).toLongLong();
        const auto key = kind == OrderKind::Purchase
                             ? std::tuple(supplierId, line.toLocationId, line.shipDay)
                             : std::tuple(fromId, qint64(-1), 0);
        if (const auto live = liveByKey.find(key); live != liveByKey.end()) {
            orders[live->second].lines.push_back(std::move(line));
            continue;
        }
        auto found = newByKey.find(key);
        if (found == newByKey.end()) {
            Order order;
            order.kind = kind;
            order.planId = planId;
            order.status = QStringLiteral("new");
            order.supplierId = supplierId;
            order.supplierCode = l.value(14).toString();
            order.supplierName = l.value(15).toString();
            order.fromLocationId = fromId;
            order.fromCode = l.value(17).toString();
            order.fromName = l.value(18).toString();
            if (kind == OrderKind::Purchase) {
                order.toLocationId = line.toLocationId;
                order.toCode = line.toCode;
                order.toName = line.toName;
                order.toRegion = l.value(8).toString();
            }
            order.orderDay = line.shipDay;
            found = newByKey.emplace(key, orders.size()).first;
            orders.push_back(std::move(order));
        }
        Order &order = orders[found->second];
        order.orderDay = std::min(order.orderDay, line.shipDay);
        order.lines.push_back(std::move(line));
    }
    // Positions: recorded lines keep theirs; new ones follow in SKU order.
    for (Order &order : orders) {
        std::stable_sort(order.lines.begin(), order.lines.end(),
                         [](const OrderLine &a, const OrderLine &b) {
                             if (a.recorded != b.recorded)
                                 return a.recorded;
                             return a.recorded && a.position < b.position;
                         });
        int position = 0;
        for (OrderLine &line : order.lines) {
            if (!line.recorded)
                line.position = position + 1;
            position = line.position;
        }
    }
    // New orders by supplier (or source), location and day: a stable, readable numbering.
    std::stable_sort(orders.begin(), orders.end(), [](const Order &a, const Order &b) {
        const bool aNew = a.id < 0, bNew = b.id < 0;
        if (aNew != bNew)
            return !aNew;
        if (!aNew)
            return a.id < b.id;
        return std::tie(a.supplierCode, a.fromCode, a.toCode, a.orderDay)
               < std::tie(b.supplierCode, b.fromCode, b.toCode, b.orderDay);
    });
    return orders;
}

QString safeFileName(const QString &name)
{
    QString out = name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    out.replace(unsafe, QStringLiteral("_"));
    return out;
}

struct PendingFile
{
    std::size_t order = 0;
    Format format = Format::Csv;
    QString path;
    QByteArray bytes;
};

// Writes every file through QSaveFile; on the first failure removes what it wrote.
Status writeFiles(const std::vector<PendingFile> &files, int failAfter, QStringList *written)
{
    const auto undo = [&] {
        for (const QString &path : *written)
            QFile::remove(path);
        written->clear();
    };
    for (const PendingFile &f : files) {
        if (failAfter >= 0 && written->size() >= failAfter) {
            undo();
            return Error(tr("Simulated failure after %1 files.").arg(failAfter),
                         QStringLiteral("write-failed"));
        }
        QSaveFile file(f.path);
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.bytes) != f.bytes.size()
            || !file.commit()) {
            const QString why = file.errorString();
            file.cancelWriting();
            undo();
            return Error(tr("Cannot write %1: %2").arg(f.path, why),
                         QStringLiteral("write-failed"));
        }
        written->append(f.path);
    }
    return {};
}

Result<ExportResult> exportOrders(Storage::Connection &c, qint64 planId, OrderKind kind,
                                  const ExportOptions &options)
{
    const bool purchase = kind == OrderKind::Purchase;
    if (options.formats.isEmpty())
        return Error(tr("No export format was chosen."), QStringLiteral("bad-format"));
    for (Format f : options.formats)
        if (!purchase && !transferFormats().contains(f))
            return Error(
                tr("Transfer orders are written as CSV or PDF, not %1.").arg(formatName(f)),
                QStringLiteral("bad-format"));
    if (options.outDir.isEmpty())
        return Error(tr("No output folder was given."), QStringLiteral("bad-out"));
    QDir out(options.outDir);
    if (!out.mkpath(QStringLiteral(".")))
        return Error(tr("Cannot create the output folder %1.").arg(options.outDir),
                     QStringLiteral("write-failed"));

    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    auto settings = loadSettings(c);
    if (!settings)
        return settings.error();
    auto loaded = load(c, planId, kind);
    if (!loaded)
        return loaded.error();
    std::vector<Order> orders = std::move(loaded.value());

    // Which orders this export writes, and whether it may.
    std::vector<std::size_t> chosen;
    QStringList exported;
    for (std::size_t i = 0; i < orders.size(); ++i) {
        const Order &o = orders[i];
        if (o.status == QLatin1String("new")) {
            chosen.push_back(i);
        } else if (o.status == QLatin1String("exported")) {
            exported << o.documentNumber();
            if (o.newLines() > 0 && !options.revision)
                return Error(tr("%n approved line(s) belong to %1, which was already exported: "
                                "export again as a revision to add them to it.",
                                nullptr, o.newLines())
                                 .arg(o.documentNumber()),
                             QStringLiteral("already-exported"));
            if (options.revision)
                chosen.push_back(i);
        }
    }
    if (chosen.empty()) {
        if (!exported.isEmpty())
            return Error(tr("The %1 orders of plan %2 were already exported (%3). Export again "
                            "as a revision to issue them anew.")
                             .arg(purchase ? tr("purchase") : tr("transfer"))
                             .arg(planId)
                             .arg(exported.join(QStringLiteral(", "))),
                         QStringLiteral("already-exported"));
        return Error(tr("Plan %1 has no approved %2 lines to export.")
                         .arg(planId)
                         .arg(purchase ? tr("purchase") : tr("transfer")),
                     QStringLiteral("nothing-to-export"));
    }

    const QDateTime now
        = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString at = now.toString(Qt::ISODate);
    const int year = now.date().year();
    const QString prefix = purchase ? settings->poPrefix : settings->toPrefix;
    ExportResult result;
    for (std::size_t i : chosen) {
        Order &o = orders[i];
        if (o.id < 0) {
            auto sequence = nextSequence(c, QStringLiteral("number.%1.%2").arg(prefix).arg(year));
            if (!sequence)
                return sequence.error();
            o.number = settings->orderNumber(prefix, year, *sequence);
            ++result.created;
        } else {
            ++o.revision;
            ++result.revised;
        }
    }

    // Render every document in memory first: nothing reaches the disk before all of them are
    // made, and a cancel or a rendering error leaves nothing behind.
    std::vector<PendingFile> files;
    const int total = int(chosen.size() * std::size_t(options.formats.size()));
    int done = 0;
    DocumentContext context;
    context.company = *settings;
    context.now = now;
    context.locale = options.locale;
    for (std::size_t i : chosen) {
        const Order &o = orders[i];
        for (Format format : options.formats) {
            if (options.cancel && options.cancel->load())
                return Error(tr("The export was cancelled; nothing was written."),
                             QStringLiteral("cancelled"));
            if (format == Format::X12) {
                auto isa = nextSequence(c, QStringLiteral("x12.interchange"));
                auto gs = nextSequence(c, QStringLiteral("x12.group"));
                if (!isa || !gs)
                    return isa ? gs.error() : isa.error();
                context.interchangeNumber = *isa;
                context.groupNumber = *gs;
            } else if (format == Format::Edifact) {
                auto unb = nextSequence(c, QStringLiteral("edifact.interchange"));
                if (!unb)
                    return unb.error();
                context.interchangeNumber = *unb;
            }
            Result<QByteArray> bytes = QByteArray();
            QString name = safeFileName(o.documentNumber());
            switch (format) {
            case Format::Csv:
                bytes = purchase ? purchaseOrderCsv(o, context, options.csv)
                                 : Result<QByteArray>(transferOrderCsv(o, context, options.csv));
                break;
            case Format::Pdf:
                bytes = purchase ? purchaseOrderPdf(o, context) : transferPickListPdf(o, context);
                if (!purchase)
                    name += QStringLiteral("-picklist");
                break;
            case Format::X12:
                bytes = purchaseOrderX12(o, context);
                break;
            case Format::Edifact:
                bytes = purchaseOrderEdifact(o, context);
                break;
            case Format::Json:
                bytes = purchaseOrderJson(o, context);
                break;
            }
            if (!bytes)
                return bytes.error();
            files.push_back({i, format, out.absoluteFilePath(name + formatSuffix(format)),
                             std::move(bytes.value())});
            ++done;
            if (options.progress)
                options.progress(done, total);
        }
    }

    // The records: orders, their lines, the files, the lines' status, the audit.
    QSqlQuery insertOrder(c.db());
    insertOrder.prepare(QStringLiteral(
        "INSERT INTO orders (kind, number, revision, plan_id, supplier_id, from_location_id, "
        "to_location_id, order_day, status, line_count, total_quantity, total_value, created_at, "
        "exported_at, user_name) VALUES (?, ?, 0, ?, ?, ?, ?, ?, 'exported', ?, ?, ?, ?, ?, ?)"));
    QSqlQuery updateOrder(c.db());
    updateOrder.prepare(QStringLiteral(
        "UPDATE orders SET revision = ?, line_count = ?, total_quantity = ?, total_value = ?, "
        "exported_at = ?, user_name = ? WHERE id = ?"));
    QSqlQuery insertLine(c.db());
    insertLine.prepare(QStringLiteral("INSERT INTO order_lines (plan_id, line, order_id, "
                                      "position, exported_at) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery markLine(c.db());
    markLine.prepare(QStringLiteral("UPDATE plan_lines SET status = 'exported' WHERE plan_id = ? "
                                    "AND line = ? AND status = 'approved'"));
    QSqlQuery insertFile(c.db());
    insertFile.prepare(QStringLiteral(
        "INSERT INTO order_files (order_id, revision, format, profile, file, sha256, "
        "exported_at, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery agreement(c.db());
    agreement.prepare(QStringLiteral(
        "SELECT a.markup_pct, a.profit_share_pct, a.handling_fee, coalesce(k.unit_price, 0) "
        "FROM agreements a, skus k WHERE a.provider_id = ? AND a.receiver_id = ? AND k.id = ? "
        "AND a.active = 1 AND (a.valid_from IS NULL OR a.valid_from <= ?) "
        "AND (a.valid_to IS NULL OR a.valid_to >= ?)"));
    const QString user = userName(options.user);
    std::vector<Ledger::EntryInput> ledger;
    for (std::size_t i : chosen) {
        Order &o = orders[i];
        const bool isNew = o.id < 0;
        if (isNew) {
            const QVariantList values{orderKindName(kind),
                                      o.number,
                                      planId,
                                      purchase ? QVariant(o.supplierId) : QVariant(),
                                      purchase ? QVariant() : QVariant(o.fromLocationId),
                                      purchase ? QVariant(o.toLocationId) : QVariant(),
                                      o.orderDay,
                                      int(o.lines.size()),
                                      o.totalQuantity(),
                                      o.totalValue(),
                                      at,
                                      at,
                                      user};
            for (int v = 0; v < values.size(); ++v)
                insertOrder.bindValue(v, values[v]);
            if (!insertOrder.exec())
                return sqlError(insertOrder);
            o.id = insertOrder.lastInsertId().toLongLong();
        } else {
            const QVariantList values{
                o.revision, int(o.lines.size()), o.totalQuantity(), o.totalValue(), at, user, o.id};
            for (int v = 0; v < values.size(); ++v)
                updateOrder.bindValue(v, values[v]);
            if (!updateOrder.exec())
                return sqlError(updateOrder);
        }
        for (OrderLine &line : o.lines) {
            if (line.recorded)
                continue;
            insertLine.bindValue(0, planId);
            insertLine.bindValue(1, line.planLine);
            insertLine.bindValue(2, o.id);
            insertLine.bindValue(3, line.position);
            insertLine.bindValue(4, at);
            if (!insertLine.exec())
                return sqlError(insertLine);
            markLine.bindValue(0, planId);
            markLine.bindValue(1, line.planLine);
            if (!markLine.exec())
                return sqlError(markLine);
            if (markLine.numRowsAffected() != 1)
                return Error(tr("Plan %1 line %2 changed while it was being exported.")
                                 .arg(planId)
                                 .arg(line.planLine),
                             QStringLiteral("state"));
            if (!purchase) {
                agreement.bindValue(0, o.fromLocationId);
                agreement.bindValue(1, line.toLocationId);
                agreement.bindValue(2, line.skuId);
                agreement.bindValue(3, line.shipDay);
                agreement.bindValue(4, line.shipDay);
                if (!agreement.exec())
                    return sqlError(agreement);
                if (agreement.next()) {
                    Ledger::EntryInput e;
                    e.planId = planId;
                    e.line = line.planLine;
                    e.reference = o.number;
                    e.providerId = o.fromLocationId;
                    e.receiverId = line.toLocationId;
                    e.skuId = line.skuId;
                    e.quantity = line.quantity;
                    e.unitCost = line.unitPrice;
                    e.unitPrice = agreement.value(3).toDouble();
                    e.markupPct = agreement.value(0).toDouble();
                    e.profitSharePct = agreement.value(1).toDouble();
                    e.handlingFee = agreement.value(2).toDouble();
                    e.shipDay = line.shipDay;
                    ledger.push_back(e);
                }
            }
        }
        const int added = o.newLines();
        if (Status s
            = audit(c, at, isNew ? QStringLiteral("order-export") : QStringLiteral("order-revise"),
                    o.documentNumber(),
                    tr("plan %1, %2 lines (%3 new), %4")
                        .arg(planId)
                        .arg(o.lines.size())
                        .arg(added)
                        .arg(options.formats.size() == 1
                                 ? formatName(options.formats.front())
                                 : tr("%1 formats").arg(options.formats.size())),
                    options.user);
            !s)
            return s.error();
        for (OrderLine &line : o.lines)
            line.recorded = true;
        o.status = QStringLiteral("exported");
        o.exportedAt = at;
    }
    for (const PendingFile &f : files) {
        const Order &o = orders[f.order];
        insertFile.bindValue(0, o.id);
        insertFile.bindValue(1, o.revision);
        insertFile.bindValue(2, formatName(f.format));
        insertFile.bindValue(3, f.format == Format::Csv && purchase ? options.csv.profile
                                                                    : QStringLiteral(""));
        insertFile.bindValue(4, f.path);
        insertFile.bindValue(
            5, QString::fromLatin1(
                   QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex()));
        insertFile.bindValue(6, at);
        insertFile.bindValue(7, user);
        if (!insertFile.exec())
            return sqlError(insertFile);
    }
    if (!ledger.empty()) {
        auto ids = Ledger::append(c, ledger);
        if (!ids)
            return ids.error();
        result.ledgerEntries = int(ids->size());
    }

    // Files last, then the commit; a failed commit takes the files back.
    QStringList written;
    if (Status s = writeFiles(files, options.failAfterFiles, &written); !s)
        return s.error();
    if (Status s = transaction.commit(); !s) {
        for (const QString &path : written)
            QFile::remove(path);
        return s.error();
    }
    result.files = written;
    for (std::size_t i : chosen)
        result.orders.push_back(orders[i]);
    return result;
}

} // namespace

Result<std::vector<Order>> planOrders(Storage::Connection &c, qint64 planId, OrderKind kind)
{
    return load(c, planId, kind);
}

Result<ExportResult> exportPurchaseOrders(Storage::Connection &c, qint64 planId,
                                          const ExportOptions &options)
{
    return exportOrders(c, planId, OrderKind::Purchase, options);
}

Result<ExportResult> exportTransferOrders(Storage::Connection &c, qint64 planId,
                                          const ExportOptions &options)
{
    return exportOrders(c, planId, OrderKind::Transfer, options);
}

Result<Order> cancelOrder(Storage::Connection &c, const QString &number, const QString &reason,
                          const QString &user)
{
    Storage::Transaction transaction(c);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    QString base = number.trimmed();
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT id, kind, plan_id, status FROM orders WHERE number = ?"));
    q.addBindValue(base);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        // "PO-2024-000001-R2" names the order PO-2024-000001.
        static const QRegularExpression suffix(QStringLiteral("-R\\d+$"));
        base.remove(suffix);
        q.bindValue(0, base);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return Error(tr("There is no order %1.").arg(number), QStringLiteral("no-order"));
    }
    const qint64 planId = q.value(2).toLongLong();
    const OrderKind kind = q.value(1).toString() == QLatin1String("purchase") ? OrderKind::Purchase
                                                                              : OrderKind::Transfer;
    if (q.value(3).toString() == QLatin1String("cancelled"))
        return Error(tr("Order %1 is already cancelled.").arg(base), QStringLiteral("state"));
    const qint64 id = q.value(0).toLongLong();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery u(c.db());
    u.prepare(QStringLiteral("UPDATE orders SET status = 'cancelled', cancelled_at = ?, "
                             "cancel_reason = ? WHERE id = ?"));
    u.addBindValue(at);
    u.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u);
    u.prepare(QStringLiteral("UPDATE plan_lines SET status = 'cancelled' WHERE plan_id = ? AND "
                             "line IN (SELECT line FROM order_lines WHERE order_id = ?)"));
    u.addBindValue(planId);
    u.addBindValue(id);
    if (!u.exec())
        return sqlError(u);
    const int lines = u.numRowsAffected();
    // A cancelled transfer between partners did not happen: correct its ledger entries.
    std::vector<Ledger::EntryInput> corrections;
    if (kind == OrderKind::Transfer) {
        auto entries = Ledger::entries(c);
        if (!entries)
            return entries.error();
        for (const Ledger::Entry &e : *entries)
            if (e.reference == base && e.planId == planId) {
                Ledger::EntryInput in = e;
                in.quantity = -e.quantity;
                corrections.push_back(in);
            }
        if (!corrections.empty())
            if (auto ids = Ledger::append(c, corrections); !ids)
                return ids.error();
    }
    if (Status s
        = audit(c, at, QStringLiteral("order-cancel"), base,
                tr("%n line(s) cancelled; %1 ledger corrections; reason: %2", nullptr, lines)
                    .arg(corrections.size())
                    .arg(reason.isEmpty() ? tr("none given") : reason),
                user);
        !s)
        return s.error();
    auto orders = load(c, planId, kind);
    if (!orders)
        return orders.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    for (const Order &o : *orders)
        if (o.id == id)
            return o;
    return Error(tr("There is no order %1.").arg(number), QStringLiteral("no-order"));
}

Result<std::vector<Order>> listOrders(Storage::Connection &c, qint64 planId)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral(
        "SELECT o.id, o.kind, o.number, o.revision, o.plan_id, o.status, "
        "coalesce(o.supplier_id, -1), coalesce(s.code, ''), coalesce(s.name, ''), "
        "coalesce(o.from_location_id, -1), coalesce(f.code, ''), coalesce(f.name, ''), "
        "coalesce(o.to_location_id, -1), coalesce(t.code, ''), coalesce(t.name, ''), "
        "o.order_day, o.exported_at, coalesce(o.cancelled_at, ''), o.cancel_reason "
        "FROM orders o LEFT JOIN suppliers s ON s.id = o.supplier_id "
        "LEFT JOIN locations f ON f.id = o.from_location_id "
        "LEFT JOIN locations t ON t.id = o.to_location_id "
        "WHERE ? < 0 OR o.plan_id = ? ORDER BY o.id DESC"));
    q.addBindValue(planId);
    q.addBindValue(planId);
    if (!q.exec())
        return sqlError(q);
    std::vector<Order> out;
    while (q.next()) {
        Order o;
        o.id = q.value(0).toLongLong();
        o.kind = q.value(1).toString() == QLatin1String("purchase") ? OrderKind::Purchase
                                                                    : OrderKind::Transfer;
        o.number = q.value(2).toString();
        o.revision = q.value(3).toInt();
        o.planId = q.value(4).toLongLong();
        o.status = q.value(5).toString();
        o.supplierId = q.value(6).toLongLong();
        o.supplierCode = q.value(7).toString();
        o.supplierName = q.value(8).toString();
        o.fromLocationId = q.value(9).toLongLong();
        o.fromCode = q.value(10).toString();
        o.fromName = q.value(11).toString();
        o.toLocationId = q.value(12).toLongLong();
        o.toCode = q.value(13).toString();
        o.toName = q.value(14).toString();
        o.orderDay = q.value(15).toInt();
        o.exportedAt = q.value(16).toString();
        o.cancelledAt = q.value(17).toString();
        o.cancelReason = q.value(18).toString();
        out.push_back(std::move(o));
    }
    // The lines, for the totals a listing shows.
    QSqlQuery l(c.db());
    l.prepare(QStringLiteral(
        "SELECT ol.position, p.line, k.code, p.quantity, "
        "CASE WHEN p.type = 'purchase' THEN p.unit_cost ELSE coalesce(k.unit_cost, 0) END, "
        "p.ship_day, p.arrival_day, t.code "
        "FROM order_lines ol JOIN plan_lines p ON p.plan_id = ol.plan_id AND p.line = ol.line "
        "JOIN skus k ON k.id = p.sku_id JOIN locations t ON t.id = p.to_location_id "
        "WHERE ol.order_id = ? ORDER BY ol.position"));
    for (Order &o : out) {
        l.bindValue(0, o.id);
        if (!l.exec())
            return sqlError(l);
        while (l.next()) {
            OrderLine line;
            line.position = l.value(0).toInt();
            line.planLine = l.value(1).toInt();
            line.skuCode = l.value(2).toString();
            line.quantity = l.value(3).toDouble();
            line.unitPrice = l.value(4).toDouble();
            line.shipDay = l.value(5).toInt();
            line.arrivalDay = l.value(6).toInt();
            line.toCode = l.value(7).toString();
            line.recorded = true;
            o.lines.push_back(std::move(line));
        }
    }
    return out;
}

Result<std::vector<OrderFile>> orderFiles(Storage::Connection &c, qint64 orderId)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT revision, format, profile, file, sha256, exported_at FROM "
                             "order_files WHERE order_id = ? ORDER BY id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q);
    std::vector<OrderFile> out;
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace Stockshift::Export
