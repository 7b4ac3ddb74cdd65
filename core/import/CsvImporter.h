// Import::CsvImporter — validates an ERP CSV export row by row and commits it atomically.
//
// Contract:
// - run() is synchronous and may be called from any thread: it opens its own Connection to
//   `settings.databasePath` on the calling thread. Never call it on the GUI thread; the wizard
//   runs it through QtConcurrent.
// - One transaction: the database is either unchanged (dry run, cancel, all-or-nothing with
//   rejects, any error, crash or kill) or holds every accepted row. Re-importing the same file
//   gives the same data (upsert on the natural key).
// - Bad rows never stop the import: each is reported with file line, column, value and reason
//   and the rest goes in (partial success), unless allOrNothing is set.
// - Fatal problems (unreadable file, required column missing, ambiguous date format, database
//   error) come back as an Error; nothing is written then.
// - Memory stays flat: rows are streamed, in-file duplicate keys are found through the database
//   (see the batch_id note in storage/Schema.cpp), and at most maxIssuesKept issues are kept in
//   memory (all of them go to errorsCsvPath when set).
#pragma once

#include "common/Result.h"
#include "import/CsvFormat.h"
#include "import/ImportKind.h"
#include "import/MappingProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Stockshift::Import {

enum class ImportMode {
    Upsert,  ///< insert new keys, update existing ones (default)
    Replace, ///< as upsert, then remove rows of this kind not in the file (deactivate master data)
};

struct ImportSettings
{
    QString databasePath;
    QString filePath;
    Kind kind = Kind::Sales;
    CsvFormat format;      ///< Auto fields are sniffed
    ColumnMapping mapping; ///< explicit mapping; header synonyms fill the rest
    QString profileName;   ///< recorded in the batch audit
    ImportMode mode = ImportMode::Upsert;
    bool dryRun = false;
    bool allOrNothing = false;
    bool createMissingReferences = false; ///< unknown SKU/location/supplier codes are created
    int maxIssuesKept = 10000;
    QString errorsCsvPath; ///< write every issue here as CSV (optional)
    /// Test hook: fail with an error after this many data rows were written (-1 = never).
    qint64 failAfterRows = -1;
};

struct ImportIssue
{
    qint64 line = 0; ///< 1-based physical line of the record in the file
    QString column;  ///< file header (or field key when the value came from a constant)
    QString value;
    QString reason; ///< translated sentence
};

struct ImportResult
{
    enum class Outcome { Committed, DryRun, Rejected, Cancelled };

    Outcome outcome = Outcome::Committed;
    Kind kind = Kind::Sales;
    QString filePath;
    QString checksum;    ///< SHA-256 of the file
    qint64 batchId = -1; ///< import_batches.id (-1 for dry runs)
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 rowsRemoved = 0;         ///< replace mode: rows deleted or deactivated
    qint64 issueCount = 0;          ///< all issues, including those not kept
    QList<ImportIssue> issues;      ///< the first maxIssuesKept issues
    CsvFormat format;               ///< the format used (resolved)
    QMap<QString, QString> columns; ///< the mapping used: field → header
    QStringList ignoredColumns;     ///< headers that fed no field
    QStringList defaultedFields;    ///< fields not in the file, filled with defaults or constants
    QStringList createdReferences;  ///< codes created because createMissingReferences was set
    QStringList notes;              ///< sniffing notes and warnings (e.g. file imported before)
    qint64 elapsedMs = 0;

    /// 0 = every row accepted, 1 = some rows rejected (or all-or-nothing rollback).
    int exitCode() const { return rowsRejected > 0 || outcome == Outcome::Rejected ? 1 : 0; }
    QString outcomeName() const;
    QString summary() const; ///< translated, multi-line
};

class CsvImporter
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;

    /// Runs the import. `cancel` is polled between rows; `progress` is called about every 0.1 s.
    static Result<ImportResult> run(const ImportSettings &settings, const Progress &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

    /// Writes issues as CSV (line,column,value,reason) with formula-safe cells.
    static Status writeIssues(const QString &path, const QList<ImportIssue> &issues);
};

} // namespace Stockshift::Import
