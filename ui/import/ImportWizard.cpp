#include "import/ImportWizard.h"

#include "import/CsvSniffer.h"
#include "storage/DataStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Stockshift::Ui {

namespace {

using namespace Stockshift::Import;

/// Runs CsvImporter::run on a worker thread with progress and cancel.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent)
        : QObject(parent)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
            m_running = false;
            emit finished(m_watcher.result());
        });
    }
    ~ImportRunner() override
    {
        m_cancel = true;
        m_watcher.waitForFinished();
    }

    bool isRunning() const { return m_running; }
    void cancel() { m_cancel = true; }

    void start(const ImportSettings &settings)
    {
        m_cancel = false;
        m_running = true;
        // The worker gets a copy of the settings: the wizard may change while it runs.
        m_watcher.setFuture(QtConcurrent::run([this, settings] {
            return CsvImporter::run(
                settings,
                [this](qint64 done, qint64 total, qint64 rows) {
                    const int percent = total > 0 ? int(100 * done / total) : 0;
                    QMetaObject::invokeMethod(
                        this, [this, percent, rows] { emit progress(percent, rows); });
                },
                &m_cancel);
        }));
    }

signals:
    void progress(int percent, qint64 rows);
    void finished(const Stockshift::Result<Stockshift::Import::ImportResult> &result);

private:
    QFutureWatcher<Result<ImportResult>> m_watcher;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

QTableWidget *makeTable(QWidget *parent, const char *objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillIssues(QTableWidget *table, const ImportResult &result)
{
    table->clear();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ImportWizard::tr("Line"), ImportWizard::tr("Column"),
                                      ImportWizard::tr("Value"), ImportWizard::tr("Reason")});
    table->setRowCount(int(result.issues.size()));
    for (int i = 0; i < result.issues.size(); ++i) {
        const ImportIssue &issue = result.issues[i];
        auto *line = new QTableWidgetItem(QString::number(issue.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 0, line);
        table->setItem(i, 1, new QTableWidgetItem(issue.column));
        table->setItem(i, 2, new QTableWidgetItem(issue.value));
        table->setItem(i, 3, new QTableWidgetItem(issue.reason));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

// --- 1. file and kind -----------------------------------------------------------------------

class FileWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FileWizardPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(
            ImportWizard::tr("A CSV export of your ERP. Files named after their kind (sales.csv, "
                             "stock.csv, …) are recognised."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("filePath"));
        auto *browse = new QPushButton(ImportWizard::tr("Browse…"), this);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        for (Kind kind : allKinds())
            m_kind->addItem(kindLabel(kind), int(kind));
        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto *form = new QFormLayout(this);
        form->addRow(ImportWizard::tr("File:"), row);
        form->addRow(ImportWizard::tr("Holds:"), m_kind);
        m_info = new QLabel(this);
        m_info->setWordWrap(true);
        form->addRow(QString(), m_info);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import CSV"), m_path->text(),
                ImportWizard::tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
            if (!file.isEmpty())
                m_path->setText(file);
        });
        connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (const auto kind = kindFromFileName(text))
                m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
            const QFileInfo info(text);
            m_info->setText(info.isFile() ? ImportWizard::tr("%1 KB").arg(info.size() / 1024)
                                          : QString());
            emit completeChanged();
        });
    }

    void setPath(const QString &path) { m_path->setText(path); }
    bool isComplete() const override { return QFileInfo(m_path->text()).isFile(); }
    bool validatePage() override
    {
        ImportSettings &s = m_wizard->settings();
        if (s.filePath != m_path->text() || s.kind != Kind(m_kind->currentData().toInt())) {
            s.filePath = m_path->text();
            s.kind = Kind(m_kind->currentData().toInt());
            s.format = CsvFormat{};
            s.mapping = ColumnMapping{};
        }
        return true;
    }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QLabel *m_info;
};

// --- 2. detected format and preview ---------------------------------------------------------

class FormatWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FormatWizardPage(ImportWizard *wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check how the file is written"));
        setSubTitle(ImportWizard::tr(
            "Stockshift detected these settings from the first rows. Change any of them; "
            "the preview follows."));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("encoding"));
        for (Encoding e :
             {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252})
            m_encoding->addItem(encodingName(e), int(e));
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("delimiter"));
        for (char d : {',', ';', '\t', '|'})
            m_delimiter->addItem(delimiterName(d), int(d));
        m_decimal = new QComboBox(this);
        m_decimal->setObjectName(QStringLiteral("decimal"));
        m_decimal->addItem(ImportWizard::tr("1234.5 (point)"), int('.'));
        m_decimal->addItem(ImportWizard::tr("1.234,5 (comma)"), int(','));
        m_date = new QComboBox(this);
        m_date->setObjectName(QStringLiteral("dateFormat"));
        m_date->addItem(ImportWizard::tr("— choose —"), int(DateFormat::Auto));
        m_date->addItem(ImportWizard::tr("yyyy-mm-dd (ISO)"), int(DateFormat::Iso));
        m_date->addItem(ImportWizard::tr("dd.mm.yyyy / dd/mm/yyyy"), int(DateFormat::DayMonthYear));
        m_date->addItem(ImportWizard::tr("mm/dd/yyyy (US)"), int(DateFormat::MonthDayYear));
        m_date->addItem(ImportWizard::tr("yyyymmdd"), int(DateFormat::Compact));
        m_date->addItem(ImportWizard::tr("Excel serial number"), int(DateFormat::ExcelSerial));
        m_header = new QSpinBox(this);
        m_header->setRange(1, 50);
        m_ambiguities = new QLabel(this);
        m_ambiguities->setObjectName(QStringLiteral("ambiguities"));
        m_ambiguities->setWordWrap(true);
        m_ambiguities->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_notes = new QLabel(this);
        m_notes->setWordWrap(true);
        m_preview = makeTable(this, "preview");

        auto *grid = new QGridLayout;
        grid->addWidget(new QLabel(ImportWizard::tr("Encoding:")), 0, 0);
        grid->addWidget(m_encoding, 0, 1);
        grid->addWidget(new QLabel(ImportWizard::tr("Delimiter:")), 0, 2);
        grid->addWidget(m_delimiter, 0, 3);
        grid->addWidget(new QLabel(ImportWizard::tr("Header on record:")), 0, 4);
        grid->addWidget(m_header, 0, 5);
        grid->addWidget(new QLabel(ImportWizard::tr("Numbers:")), 1, 0);
        grid->addWidget(m_decimal, 1, 1);
        grid->addWidget(new QLabel(ImportWizard::tr("Dates:")), 1, 2);
        grid->addWidget(m_date, 1, 3, 1, 3);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(grid);
        layout->addWidget(m_ambiguities);
        layout->addWidget(m_notes);
        layout->addWidget(m_preview, 1);

        for (QComboBox *box : {m_encoding, m_delimiter, m_decimal})
            connect(box, &QComboBox::activated, this, [this] { resniff(true); });
        connect(m_header, &QSpinBox::editingFinished, this, [this] { resniff(true); });
        connect(m_date, &QComboBox::activated, this, [this] {
            m_wizard->settings().format.dateFormat = DateFormat(m_date->currentData().toInt());
            emit completeChanged();
        });
    }

    void initializePage() override { resniff(false); }

    bool isComplete() const override
    {
        return m_ok && !(m_dateAmbiguous && m_date->currentData().toInt() == int(DateFormat::Auto));
    }

    bool validatePage() override
    {
        CsvFormat &f = m_wizard->settings().format;
        f.encoding = Encoding(m_encoding->currentData().toInt());
        f.delimiter = char(m_delimiter->currentData().toInt());
        f.numberAuto = false;
        f.number.decimal = char(m_decimal->currentData().toInt());
        f.number.thousands = f.number.decimal == ',' ? '.' : 0;
        f.dateFormat = DateFormat(m_date->currentData().toInt());
        f.headerLine = m_header->value() - 1;
        return true;
    }

    const QStringList &headers() const { return m_headers; }

private:
    void resniff(bool fromControls)
    {
        ImportSettings &s = m_wizard->settings();
        CsvFormat hint = s.format;
        if (fromControls) {
            hint.encoding = Encoding(m_encoding->currentData().toInt());
            hint.delimiter = char(m_delimiter->currentData().toInt());
            hint.numberAuto = false;
            hint.number.decimal = char(m_decimal->currentData().toInt());
            hint.number.thousands = hint.number.decimal == ',' ? '.' : 0;
            hint.headerLine = m_header->value() - 1;
        }
        auto sniff = CsvSniffer::sniff(s.filePath, hint);
        m_ok = sniff.ok();
        if (!sniff) {
            m_ambiguities->setText(sniff.errorMessage());
            m_preview->clear();
            emit completeChanged();
            return;
        }
        const CsvFormat &f = sniff->format;
        m_encoding->setCurrentIndex(m_encoding->findData(int(f.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(f.delimiter)));
        m_decimal->setCurrentIndex(m_decimal->findData(int(f.number.decimal)));
        if (!fromControls || f.dateFormat != DateFormat::Auto)
            m_date->setCurrentIndex(m_date->findData(int(f.dateFormat)));
        m_header->setValue(f.headerLine + 1);
        m_dateAmbiguous = sniff->dateAmbiguous;
        m_ambiguities->setText(sniff->ambiguities.join(QLatin1Char('\n')));
        m_ambiguities->setVisible(!sniff->ambiguities.isEmpty());
        m_notes->setText(sniff->notes.join(QStringLiteral("  ")));
        m_headers = sniff->headers;
        m_preview->clear();
        m_preview->setColumnCount(int(m_headers.size()));
        m_preview->setHorizontalHeaderLabels(m_headers);
        m_preview->setRowCount(int(sniff->previewRows.size()));
        for (int r = 0; r < sniff->previewRows.size(); ++r)
            for (int c = 0; c < sniff->previewRows[r].size() && c < m_headers.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(sniff->previewRows[r][c]));
        m_preview->resizeColumnsToContents();
        emit completeChanged();
    }

    ImportWizard *m_wizard;
    QComboBox *m_encoding, *m_delimiter, *m_decimal, *m_date;
    QSpinBox *m_header;
    QLabel *m_ambiguities, *m_notes;
    QTableWidget *m_preview;
    QStringList m_headers;
    bool m_ok = false;
    bool m_dateAmbiguous = false;
};

// --- 3. column mapping ----------------------------------------------------------------------

class MappingWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    MappingWizardPage(ImportWizard *wizard, FormatWizardPage *format)
        : m_wizard(wizard)
        , m_format(format)
    {
        setTitle(ImportWizard::tr("Map the columns"));
        setSubTitle(ImportWizard::tr(
            "Each field reads one column of the file, or a constant. Required fields are "
            "marked *. Columns that feed nothing are ignored."));
        m_profile = new QComboBox(this);
        m_profile->setObjectName(QStringLiteral("profile"));
        m_profile->addItem(ImportWizard::tr("(detected from the headers)"), QString());
        for (const QString &name : MappingProfile::builtInNames())
            m_profile->addItem(name, name);
        auto *load = new QPushButton(ImportWizard::tr("Load profile…"), this);
        auto *save = new QPushButton(ImportWizard::tr("Save profile…"), this);
        auto *top = new QHBoxLayout;
        top->addWidget(new QLabel(ImportWizard::tr("Profile:")));
        top->addWidget(m_profile, 1);
        top->addWidget(load);
        top->addWidget(save);
        m_form = new QFormLayout;
        auto *inner = new QWidget;
        inner->setLayout(m_form);
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(inner);
        m_ignored = new QLabel(this);
        m_ignored->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(scroll, 1);
        layout->addWidget(m_ignored);

        connect(m_profile, &QComboBox::activated, this, [this] {
            const QString name = m_profile->currentData().toString();
            if (name.isEmpty()) {
                applyMapping({});
                return;
            }
            auto profile = MappingProfile::builtIn(name);
            if (profile)
                applyProfile(*profile);
        });
        connect(load, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Load mapping profile"), QString(),
                ImportWizard::tr("Mapping profiles (*.json)"));
            if (file.isEmpty())
                return;
            auto profile = MappingProfile::load(file);
            if (!profile) {
                QMessageBox::warning(this, ImportWizard::tr("Load mapping profile"),
                                     profile.errorMessage());
                return;
            }
            m_profile->addItem(profile->name, file);
            m_profile->setCurrentIndex(m_profile->count() - 1);
            applyProfile(*profile);
        });
        connect(save, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getSaveFileName(
                this, ImportWizard::tr("Save mapping profile"), QStringLiteral("profile.json"),
                ImportWizard::tr("Mapping profiles (*.json)"));
            if (file.isEmpty())
                return;
            MappingProfile profile;
            profile.name = QFileInfo(file).completeBaseName();
            profile.format = m_wizard->settings().format;
            profile.kinds.insert(kindName(m_wizard->settings().kind), currentMapping());
            if (Status s = profile.save(file); !s)
                QMessageBox::warning(this, ImportWizard::tr("Save mapping profile"),
                                     s.errorMessage());
        });
    }

    void initializePage() override { applyMapping(m_wizard->settings().mapping); }

    bool isComplete() const override { return missingRequired().isEmpty(); }

    bool validatePage() override
    {
        m_wizard->settings().mapping = currentMapping();
        m_wizard->settings().profileName
            = m_profile->currentData().toString().isEmpty() ? QString() : m_profile->currentText();
        return true;
    }

private:
    struct Row
    {
        const FieldSpec *field;
        QComboBox *column;
        QLineEdit *constant;
    };

    void applyProfile(const MappingProfile &profile)
    {
        CsvFormat &f = m_wizard->settings().format;
        if (profile.format.dateFormat != DateFormat::Auto)
            f.dateFormat = profile.format.dateFormat;
        applyMapping(profile.mappingFor(m_wizard->settings().kind));
    }

    void applyMapping(const ColumnMapping &mapping)
    {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_rows.clear();
        m_base = mapping;
        const KindSpec &spec = kindSpec(m_wizard->settings().kind);
        const QStringList &headers = m_format->headers();
        const MappingMatch match = matchColumns(spec, headers, mapping);
        for (const FieldSpec &field : spec.fields) {
            auto *column = new QComboBox;
            column->setObjectName(QStringLiteral("column_%1").arg(field.key));
            column->addItem(ImportWizard::tr("(not in file)"), QString());
            for (const QString &header : headers)
                column->addItem(header, header);
            column->setCurrentIndex(std::max(0, column->findData(match.columns.value(field.key))));
            auto *constant = new QLineEdit;
            constant->setObjectName(QStringLiteral("constant_%1").arg(field.key));
            constant->setPlaceholderText(
                field.defaultValue.isEmpty()
                    ? ImportWizard::tr("constant (optional)")
                    : ImportWizard::tr("default: %1").arg(field.defaultValue));
            constant->setText(mapping.constants.value(field.key));
            auto *row = new QHBoxLayout;
            row->addWidget(column, 2);
            row->addWidget(constant, 1);
            const bool required = field.required && field.defaultValue.isEmpty();
            m_form->addRow(fieldLabel(field) + (required ? QStringLiteral(" *") : QString()), row);
            m_rows.append(Row{&field, column, constant});
            connect(column, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
            connect(constant, &QLineEdit::textChanged, this, [this] { refresh(); });
        }
        refresh();
    }

    ColumnMapping currentMapping() const
    {
        ColumnMapping mapping = m_base;
        mapping.columns.clear();
        mapping.constants.clear();
        for (const Row &row : m_rows) {
            const QString column = row.column->currentData().toString();
            if (!row.constant->text().isEmpty())
                mapping.constants.insert(row.field->key, row.constant->text());
            else if (!column.isEmpty())
                mapping.columns.insert(row.field->key, column);
        }
        return mapping;
    }

    QStringList missingRequired() const
    {
        QStringList missing;
        for (const Row &row : m_rows)
            if (row.field->required && row.field->defaultValue.isEmpty()
                && row.column->currentData().toString().isEmpty() && row.constant->text().isEmpty())
                missing.append(fieldLabel(*row.field));
        return missing;
    }

    void refresh()
    {
        QSet<QString> used;
        for (const Row &row : m_rows)
            used.insert(row.column->currentData().toString());
        QStringList ignored;
        for (const QString &header : m_format->headers())
            if (!used.contains(header))
                ignored.append(header);
        QString text
            = ignored.isEmpty()
                  ? ImportWizard::tr("Every column is used.")
                  : ImportWizard::tr("Ignored columns: %1").arg(ignored.join(QStringLiteral(", ")));
        const QStringList missing = missingRequired();
        if (!missing.isEmpty())
            text += QLatin1Char('\n')
                    + ImportWizard::tr("Still needed: %1").arg(missing.join(QStringLiteral(", ")));
        m_ignored->setText(text);
        emit completeChanged();
    }

    ImportWizard *m_wizard;
    FormatWizardPage *m_format;
    QComboBox *m_profile;
    QFormLayout *m_form;
    QLabel *m_ignored;
    QList<Row> m_rows;
    ColumnMapping m_base;
};

// --- 4. validation (dry run) and 5. commit ----------------------------------------------------

class RunWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    RunWizardPage(ImportWizard *wizard, bool commit)
        : m_wizard(wizard)
        , m_commit(commit)
        , m_runner(new ImportRunner(this))
    {
        setTitle(commit ? ImportWizard::tr("Import") : ImportWizard::tr("Validate"));
        setSubTitle(commit ? ImportWizard::tr(
                        "Good rows go in, bad rows are reported. One transaction: cancelling "
                        "or a failure leaves the database as it was.")
                           : ImportWizard::tr("Every row is checked without writing anything."));
        auto *layout = new QVBoxLayout(this);
        if (commit) {
            auto *options = new QHBoxLayout;
            m_mode = new QComboBox(this);
            m_mode->setObjectName(QStringLiteral("mode"));
            m_mode->addItem(ImportWizard::tr("Update and add (upsert)"), int(ImportMode::Upsert));
            m_mode->addItem(ImportWizard::tr("Replace: remove rows not in the file"),
                            int(ImportMode::Replace));
            m_allOrNothing = new QCheckBox(ImportWizard::tr("All or nothing"), this);
            m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
            m_create = new QCheckBox(ImportWizard::tr("Create unknown codes"), this);
            m_create->setObjectName(QStringLiteral("createMissing"));
            options->addWidget(m_mode);
            options->addWidget(m_allOrNothing);
            options->addWidget(m_create);
            options->addStretch();
            layout->addLayout(options);
        }
        auto *controls = new QHBoxLayout;
        m_start = new QPushButton(
            commit ? ImportWizard::tr("Import now") : ImportWizard::tr("Validate"), this);
        m_start->setObjectName(QStringLiteral("start"));
        m_cancel = new QPushButton(ImportWizard::tr("Cancel"), this);
        m_cancel->setObjectName(QStringLiteral("cancelRun"));
        m_cancel->setEnabled(false);
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("progress"));
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
        controls->addWidget(m_start);
        controls->addWidget(m_progress, 1);
        controls->addWidget(m_cancel);
        layout->addLayout(controls);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("summary"));
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_summary);
        m_issues = makeTable(this, "issues");
        layout->addWidget(m_issues, 1);
        m_saveErrors = new QPushButton(ImportWizard::tr("Save problems as CSV…"), this);
        m_saveErrors->setEnabled(false);
        layout->addWidget(m_saveErrors, 0, Qt::AlignLeft);

        connect(m_start, &QPushButton::clicked, this, &RunWizardPage::run);
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_runner->cancel();
            m_cancel->setEnabled(false);
        });
        connect(m_runner, &ImportRunner::progress, this, [this](int percent, qint64 rows) {
            m_progress->setValue(percent);
            m_summary->setText(ImportWizard::tr("%1 rows read…").arg(rows));
        });
        connect(m_runner, &ImportRunner::finished, this, &RunWizardPage::onFinished);
        connect(m_saveErrors, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getSaveFileName(
                this, ImportWizard::tr("Save problems"), QStringLiteral("import-problems.csv"),
                ImportWizard::tr("CSV files (*.csv)"));
            if (file.isEmpty() || !m_wizard->lastResult())
                return;
            if (Status s = CsvImporter::writeIssues(file, m_wizard->lastResult()->issues); !s)
                QMessageBox::warning(this, ImportWizard::tr("Save problems"), s.errorMessage());
        });
    }

    void initializePage() override
    {
        m_done = false;
        m_progress->setValue(0);
        m_summary->clear();
        m_issues->clear();
        m_issues->setRowCount(0);
        m_start->setEnabled(true);
    }

    bool isComplete() const override { return m_done && !m_runner->isRunning(); }
    bool isCommitPage() const { return m_commit; }

    void run()
    {
        ImportSettings settings = m_wizard->settings();
        settings.databasePath = m_wizard->store()->path();
        settings.dryRun = !m_commit;
        if (m_commit) {
            settings.mode = ImportMode(m_mode->currentData().toInt());
            settings.allOrNothing = m_allOrNothing->isChecked();
            settings.createMissingReferences = m_create->isChecked();
        }
        m_done = false;
        m_start->setEnabled(false);
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_summary->setText(ImportWizard::tr("Working…"));
        emit completeChanged();
        m_runner->start(settings);
    }

private:
    void onFinished(const Result<ImportResult> &result)
    {
        m_cancel->setEnabled(false);
        m_progress->setValue(100);
        if (!result) {
            m_summary->setText(ImportWizard::tr("Error: %1").arg(result.errorMessage()));
            m_start->setEnabled(true);
            m_wizard->setLastResult(std::nullopt);
            emit completeChanged();
            return;
        }
        m_wizard->setLastResult(*result);
        m_summary->setText(result->summary());
        fillIssues(m_issues, *result);
        m_saveErrors->setEnabled(!result->issues.isEmpty());
        if (m_commit && result->outcome == ImportResult::Outcome::Committed) {
            m_wizard->store()->notifyChanged(tablesWritten(result->kind));
            m_start->setEnabled(false);
        } else {
            m_start->setEnabled(true);
        }
        m_done = !m_commit || result->outcome != ImportResult::Outcome::Cancelled;
        emit completeChanged();
    }

    ImportWizard *m_wizard;
    bool m_commit;
    ImportRunner *m_runner;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_allOrNothing = nullptr, *m_create = nullptr;
    QPushButton *m_start, *m_cancel, *m_saveErrors;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_issues;
    bool m_done = false;
};

} // namespace

ImportWizard::ImportWizard(Storage::DataStore *store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
{
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(1000, 680);
    auto *file = new FileWizardPage(this);
    auto *format = new FormatWizardPage(this);
    setPage(FilePage, file);
    setPage(FormatPage, format);
    setPage(MappingPage, new MappingWizardPage(this, format));
    setPage(ValidatePage, new RunWizardPage(this, false));
    auto *commit = new RunWizardPage(this, true);
    commit->setCommitPage(false);
    setPage(CommitPage, commit);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    if (auto *file = qobject_cast<FileWizardPage *>(page(FilePage)))
        file->setPath(path);
}

} // namespace Stockshift::Ui

#include "ImportWizard.moc"
