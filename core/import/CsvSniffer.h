// Import::CsvSniffer — detects how an ERP export is written, from its first rows.
//
// Detects encoding (BOM, UTF-8 validity, Windows-1252 fallback), delimiter (',' ';' tab '|' by
// consistency of field counts across rows), the header line (skipping title/preamble lines that
// some ERPs write above the table), decimal and thousands separators, and the date format of
// date-like columns. It never guesses silently: when dates fit both dd/mm and mm/dd, or numbers
// fit both decimal conventions, it says so in `ambiguities` and leaves that setting at Auto so the
// caller must ask the planner.
#pragma once

#include "common/Result.h"
#include "import/CsvFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stockshift::Import {

struct SniffResult
{
    CsvFormat format;               ///< everything decided; dateFormat stays Auto if ambiguous
    QStringList headers;            ///< header cells (trimmed), or "1", "2", … without a header
    QList<QStringList> previewRows; ///< up to `previewRows` data records after the header
    QStringList ambiguities;        ///< translated sentences; non-empty = ask the planner
    QStringList notes;              ///< what was detected and why, for the wizard and --json
    bool dateAmbiguous = false;
    bool numberAmbiguous = false;
};

class CsvSniffer
{
public:
    /// Reads at most `sampleBytes` from the file. Fields of `hint` that are not Auto are kept.
    static Result<SniffResult> sniff(const QString &path, const CsvFormat &hint = {},
                                     int previewRows = 50, qint64 sampleBytes = 256 * 1024);
};

} // namespace Stockshift::Import
