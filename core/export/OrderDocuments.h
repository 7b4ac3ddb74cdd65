// Export::OrderDocuments — renders one order as a document, in memory: purchase orders as CSV
// (a generic layout, or the open-orders layout of an import profile so that the file re-imports
// into the ERP it came from), PDF, ANSI X12 850 (004010), UN/EDIFACT ORDERS D.96A and JSON;
// transfer orders as CSV and as a PDF pick list.
//
// Contract:
// - Pure functions of their inputs: the same order, settings, clock and control numbers give the
//   same bytes (the PDF's text; its metadata holds a creation time). Nothing touches a database
//   or the file system; the export engine (OrderExport) writes the bytes atomically.
// - CSV: RFC 4180 quoting, spreadsheet formula injection neutralised (CsvWriter::escape: text
//   beginning with = + - @ TAB or CR gets a leading single quote), delimiter and decimal
//   separator chosen by the layout or the profile, UTF-8 with a BOM unless `bom` is off.
// - X12: '*' elements, '>' sub-elements, '~' segment terminator followed by a line feed; the
//   ISA segment is fixed width (106 characters with its terminator); the separators are removed
//   from data. ST…SE counts its segments, GE/IEA carry the GS/ISA control numbers.
// - EDIFACT: UNA service string advice (:+.? '), level C character set (UNOC, UTF-8 here), data
//   escaped with the release character ('?' before ? + : and '); a line feed after each
//   segment terminator. UNT counts UNH…UNT, UNZ carries the UNB reference.
// - PDF needs a QGuiApplication (fonts); the CLI creates one for the commands that export.
//   Any thread, one call at a time per thread (QTextDocument is not shared).
#pragma once

#include "common/Result.h"
#include "export/ExportSettings.h"
#include "export/OrderTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

namespace Stockshift::Export {

struct DocumentContext
{
    CompanySettings company;
    QDateTime now;                ///< the document's issue time (UTC); tests fix it
    QLocale locale;               ///< numbers and dates in PDF documents
    qint64 interchangeNumber = 1; ///< X12 ISA13/IEA02, EDIFACT UNB/UNZ reference
    qint64 groupNumber = 1;       ///< X12 GS06/GE02
};

struct CsvLayout
{
    QString profile = QStringLiteral("generic"); ///< a built-in profile name or a JSON file
    char delimiter = 0;                          ///< 0: the profile's, else ','
    char decimal = 0;                            ///< 0: the profile's, else '.'
    bool bom = true;                             ///< UTF-8 byte order mark (Excel)
};

/// Errors: unknown profile, a profile without an open-orders layout, a profile constant the
/// order contradicts (code "profile-mismatch").
Result<QByteArray> purchaseOrderCsv(const Order &order, const DocumentContext &context,
                                    const CsvLayout &layout);
Result<QByteArray> purchaseOrderPdf(const Order &order, const DocumentContext &context);
QByteArray purchaseOrderX12(const Order &order, const DocumentContext &context);
QByteArray purchaseOrderEdifact(const Order &order, const DocumentContext &context);
QByteArray purchaseOrderJson(const Order &order, const DocumentContext &context);

QByteArray transferOrderCsv(const Order &order, const DocumentContext &context,
                            const CsvLayout &layout);
Result<QByteArray> transferPickListPdf(const Order &order, const DocumentContext &context);

/// EDIFACT release-character escaping of one data value (exposed for tests).
QString edifactEscape(const QString &value);

} // namespace Stockshift::Export
