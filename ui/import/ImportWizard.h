// Ui::ImportWizard — the CSV import workbench: choose file → preview with the detected settings
// (editable) → map columns (profiles load/save) → validate (dry run, issue list) → commit with
// progress and Cancel → summary.
//
// The wizard only edits an Import::ImportSettings and calls Import::CsvSniffer and
// Import::CsvImporter; validation and the import run on a worker thread (QtConcurrent) with their
// own database connection, so the GUI never freezes and Cancel works at any time.
#pragma once

#include "import/CsvImporter.h"

#include <QWizard>

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, MappingPage, ValidatePage, CommitPage };

    explicit ImportWizard(Storage::DataStore *store, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Pre-selects a file (and its kind when the name tells it).
    void setFilePath(const QString &path);
    Import::ImportSettings &settings() { return m_settings; }
    Storage::DataStore *store() const { return m_store; }
    /// The result of the last run (validation or import), if any.
    const std::optional<Import::ImportResult> &lastResult() const { return m_lastResult; }
    void setLastResult(std::optional<Import::ImportResult> result)
    {
        m_lastResult = std::move(result);
    }

private:
    Storage::DataStore *m_store;
    Import::ImportSettings m_settings;
    std::optional<Import::ImportResult> m_lastResult;
};

} // namespace Stockshift::Ui
