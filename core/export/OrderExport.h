// Export::OrderExport — the export engine: purchase orders and transfer orders from a plan's
// approved lines, numbered, written in every requested format, and recorded.
//
// Contract:
// - Purchase orders group the approved purchase lines of a plan per supplier, delivery location
//   and order day; transfer orders group the approved transfer lines per source location.
// - Numbers come from the scheme in the settings (PREFIX-YYYY-000001, Export::CompanySettings),
//   with a sequence per prefix and year kept in export_sequences. A number is consumed only when
//   the export commits and is never given out again — not after a cancel either.
// - Exporting records the order (orders, order_lines, order_files), sets its lines to
//   "exported" and audits it (audit_log), all in one transaction together with the files: the
//   documents are rendered in memory first, each file is written through QSaveFile (temporary
//   file, then rename), and when anything fails — a file, the database, a cancel — the files
//   already written are removed and the transaction rolls back. A failed export changes nothing
//   and consumes no number.
// - Lines already exported are not exported again (code "already-exported") unless a revision is
//   asked for: the order keeps its number, its revision goes up by one (documents carry
//   "<number>-R<n>"), and approved lines that fall into an exported order join it as a revision.
// - Transfers drawing on a partner under an agreement (agreements: provider = source, receiver
//   = destination, active and valid on the ship day) append entries to the settlement ledger
//   (Ledger::append) in the same transaction; cancelling such a transfer order appends the
//   correcting entries (negative quantities).
// - Functions take the caller's Connection and must run on its thread; the GUI runs exports on a
//   worker thread with its own Connection. `progress` is called from that thread.
#pragma once

#include "common/Result.h"
#include "export/OrderDocuments.h"
#include "export/OrderTypes.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace Stockshift::Storage {
class Connection;
}

namespace Stockshift::Export {

struct ExportOptions
{
    QList<Format> formats{Format::Csv}; ///< every document is written in each of them
    QString outDir;                     ///< created when missing
    CsvLayout csv;                      ///< CSV profile, delimiter, decimal, BOM
    bool revision = false;              ///< re-issue exported orders as their next revision
    QDateTime now;                      ///< issue time; invalid = the current time (UTC)
    QLocale locale;                     ///< numbers and dates in PDF documents
    QString user;                       ///< for the audit; empty = the OS user
    /// Called after each document is rendered: (done, total).
    std::function<void(int, int)> progress;
    const std::atomic_bool *cancel = nullptr; ///< polled between documents
    int failAfterFiles = -1;                  ///< test hook: fail after writing this many files
};

struct ExportResult
{
    std::vector<Order> orders; ///< the orders written, with their numbers and revisions
    QStringList files;         ///< absolute paths
    int created = 0, revised = 0;
    int ledgerEntries = 0;
};

/// The orders of a plan as an export would make them: the orders already recorded (exported
/// or cancelled, with their lines) and, status "new", the groups of approved lines not exported
/// yet. Approved lines that fall into an exported order are in it with recorded = false.
Result<std::vector<Order>> planOrders(Storage::Connection &connection, qint64 planId,
                                      OrderKind kind);

Result<ExportResult> exportPurchaseOrders(Storage::Connection &connection, qint64 planId,
                                          const ExportOptions &options);
Result<ExportResult> exportTransferOrders(Storage::Connection &connection, qint64 planId,
                                          const ExportOptions &options);

/// Cancels an exported order (by its number, with or without the revision suffix): the order
/// and its lines become "cancelled", audited with the reason. Errors: unknown number
/// ("no-order"), already cancelled ("state").
Result<Order> cancelOrder(Storage::Connection &connection, const QString &number,
                          const QString &reason, const QString &user = {});

/// Recorded orders (without lines), newest first; one plan's when planId ≥ 0.
Result<std::vector<Order>> listOrders(Storage::Connection &connection, qint64 planId = -1);

struct OrderFile
{
    int revision = 0;
    QString format, profile, file, sha256, exportedAt;
};
/// The files written for an order, oldest first.
Result<std::vector<OrderFile>> orderFiles(Storage::Connection &connection, qint64 orderId);

} // namespace Stockshift::Export
