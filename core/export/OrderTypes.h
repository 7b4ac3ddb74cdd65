// Export::OrderTypes — purchase orders and transfer orders as the export engine builds them from
// approved plan lines, and the document formats they are written in.
//
// Units: quantities in units, days as day numbers (common/Days.h), money in the company currency
// (setting export.currency). Plain values, no ownership, usable on any thread.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Stockshift::Export {

enum class OrderKind { Purchase, Transfer };
QString orderKindName(OrderKind kind); ///< "purchase", "transfer"

enum class Format { Csv, Pdf, X12, Edifact, Json };
QString formatName(Format format); ///< "csv", "pdf", "x12", "edifact", "json"
bool formatFromName(const QString &name, Format *out);
/// The file name suffix of a format, with its dot (".csv", ".pdf", ".x12", ".edi", ".json").
QString formatSuffix(Format format);
/// Formats that purchase orders (all five) and transfer orders (CSV, PDF) are written in.
QList<Format> purchaseFormats();
QList<Format> transferFormats();

struct OrderLine
{
    int planLine = 0; ///< the plan line this order line comes from
    int position = 0; ///< 1-based position within the order
    qint64 skuId = -1;
    QString skuCode, skuName;
    QString supplierSku; ///< the supplier's article number (purchase orders; may be empty)
    qint64 toLocationId = -1;
    QString toCode, toName; ///< destination (per line on transfer orders)
    double quantity = 0;
    double unitPrice = 0;  ///< purchase price (purchase) or unit cost at the source (transfer)
    int shipDay = 0;       ///< order day (purchase) or dispatch day (transfer)
    int arrivalDay = 0;    ///< requested delivery day
    bool recorded = false; ///< already part of an exported revision of this order
    double value() const { return quantity * unitPrice; }
};

/// A purchase order: one supplier, one delivery location, one order day. A transfer order: one
/// source location, its lines going to any destination on any ship day.
struct Order
{
    qint64 id = -1; ///< orders.id; -1 while it is only a proposal
    OrderKind kind = OrderKind::Purchase;
    QString number;   ///< e.g. PO-2024-000017; empty until exported
    int revision = 0; ///< 0 for the original
    qint64 planId = -1;
    QString status; ///< "new" (approved lines, not exported yet), "exported", "cancelled"
    qint64 supplierId = -1;
    QString supplierCode, supplierName;
    qint64 fromLocationId = -1;
    QString fromCode, fromName; ///< transfer source
    qint64 toLocationId = -1;
    QString toCode, toName, toRegion; ///< purchase delivery location
    int orderDay = 0;                 ///< the PO's order day; a transfer order's first ship day
    QString exportedAt, cancelledAt, cancelReason;
    std::vector<OrderLine> lines;

    /// The number as printed on documents: the number, with "-R<n>" for revisions.
    QString documentNumber() const;
    int deliveryDay() const; ///< the earliest arrival of its lines
    double totalQuantity() const;
    double totalValue() const;
    int newLines() const; ///< lines not yet recorded (what an export adds)
};

} // namespace Stockshift::Export
