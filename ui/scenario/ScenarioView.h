// Ui::ScenarioView — the Scenarios area: what-if scenarios made, edited, run and compared.
//
// - Left: the stored scenarios (ScenarioListModel; several can be selected with Ctrl/Shift),
//   New (a snapshot of the database's current settings), Clone, Delete, Open file… and Save to
//   file… (QFileDialog; .ssc binary or .xml, through Scenarios::ScenarioFile — a damaged file or
//   one from a newer Stockshift is refused with its message).
// - "What-if" tab, for the current scenario: its name and edits (EditListModel), an editor for
//   each kind of edit (demand × factor per region or category, a lane closed, a supplier's lead
//   time + days, the budget ± %, a new micro-fulfilment site copied from a template site), the
//   solver settings, and Run with a progress bar and Cancel. A change to the edits is stored at
//   once and clears the scenario's results (they no longer describe it). An edit's parameter
//   (factor, days, budget %, capacity) is changed with "Change value…" or a double-click.
// - Undo: creating, cloning, opening, renaming and deleting a scenario and every change to its
//   edits are pushed onto the undo stack (setUndoStack(); the view's own until then) as
//   ScenarioCommands. Running a scenario is not undoable (ScenarioCommands.h says why).
// - "Comparison" tab, for the selected scenarios (two or more, run; the first selected is the
//   reference): a metric × scenario table (ScenarioComparisonModel), a bar chart of each metric as
//   an index of the reference's (= 100) and the per-SKU diff (SkuDiffModel).
//
// Money (total costs, inventory and purchase values) is shown in the company currency
// (common/Money.h), read when the view is made and again when the DataStore announces
// "app_settings".
//
// Threads: the view lives on the GUI thread and reads and writes scenarios through the
// DataStore's connection. A run works off the GUI thread (QtConcurrent; ScenarioRunner opens its
// own connections and a frozen copy of the database); progress is shared through atomics and
// polled; Cancel sets the run's flag. The destructor cancels a run and waits for it.
#pragma once

#include "common/Result.h"
#include "scenario/Scenario.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class ScenarioComparisonModel;
class EditListModel;
class ScenarioListModel;
class SkuDiffModel;

class ScenarioView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { WhatIfTab, ComparisonTab };

    explicit ScenarioView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~ScenarioView() override;

    ScenarioListModel *listModel() const { return m_list; }
    EditListModel *editModel() const { return m_edits; }
    ScenarioComparisonModel *comparisonModel() const { return m_comparison; }
    SkuDiffModel *skuDiffModel() const { return m_skuDiff; }
    QTableView *listView() const { return m_listView; }
    QChartView *chartView() const { return m_chart; }
    /// Bar sets drawn in the chart (one per compared scenario).
    int chartSetCount() const;

    /// The scenario shown in the what-if tab (id −1 when none).
    const Scenarios::Scenario &scenario() const { return m_scenario; }
    qint64 shownScenario() const { return m_scenario.id; }
    bool showScenario(qint64 id);
    /// Selects these scenarios in the list (the first is the reference) and compares them.
    void selectScenarios(const QList<qint64> &ids);
    void setTab(Tab tab);

    /// The stack the view's edits are pushed onto (the main window's Edit menu); the view's own
    /// until one is set. The view does not own a stack set here.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }
    /// After an undo or redo: reloads the list and shows the scenario named `name` as stored
    /// (none given or none of that name: the first).
    void refreshFromStore(const QString &name = {});

    /// A new scenario from the database's current settings; shown and returned.
    Result<qint64> createFromCurrent(const QString &name = {});
    /// A copy of the shown scenario (edits included, results not); shown and returned.
    Result<qint64> cloneShown();
    Status deleteShown();
    Status renameShown(const QString &name);
    /// Appends an edit to the shown scenario and stores it (its results are cleared).
    Status addEdit(const Scenarios::WhatIfEdit &edit);
    Status removeEdit(int row);
    /// Replaces the edit at `row` (same kind) by `edit`, e.g. with another factor.
    Status changeEdit(int row, const Scenarios::WhatIfEdit &edit);
    Status saveToFile(const QString &path);
    Result<qint64> loadFromFile(const QString &path);

    bool isRunning() const;
    int progressValue() const;
    QString statusText() const;
    QString comparisonMessage() const;
    /// The company currency money is shown in (ISO 4217; empty without a database).
    QString currency() const { return m_currency; }

public slots:
    void reload();
    /// Runs the shown scenario off the GUI thread (with the solver settings of the form).
    void run();
    void cancel();
    void openFileDialog();
    void saveFileDialog();
    /// Asks for a new value of the edit at `row` (a dialog) and changes it.
    void changeEditDialog(int row);

signals:
    void runFinished(bool ok);
    void scenariosChanged();

private:
    struct Live;
    struct Outcome;

    QWidget *buildLeft();
    QWidget *buildWhatIf();
    QWidget *buildComparison();
    void fillChoices();
    /// Shows money in `currency` in the list, the summary and the comparison.
    void applyCurrency(const QString &currency);
    void updateShown();
    void updateComparison();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    Status store(Scenarios::Scenario &scenario);
    void poll();
    void finished();
    /// Stores `scenario` under a free name from `baseName` and pushes its creation; `text`
    /// makes the undo text from the name.
    Result<qint64> adopt(Scenarios::Scenario scenario, const QString &baseName,
                         const std::function<QString(const QString &)> &text);
    /// Stores `changed` (the shown scenario with other edits) and pushes the change.
    Status changeShown(Scenarios::Scenario changed, const QString &text);

    QPointer<Storage::DataStore> m_store;
    QString m_currency;
    Scenarios::Scenario m_scenario;
    bool m_selecting = false;

    ScenarioListModel *m_list;
    EditListModel *m_edits;
    ScenarioComparisonModel *m_comparison;
    SkuDiffModel *m_skuDiff;

    QTableView *m_listView;
    QPushButton *m_new, *m_clone, *m_delete, *m_open, *m_saveFile;
    QTabWidget *m_tabs;

    QLineEdit *m_name;
    QLabel *m_summary;
    QTableView *m_editView;
    QPushButton *m_removeEdit, *m_changeEdit;
    QComboBox *m_demandScope, *m_demandTarget;
    QDoubleSpinBox *m_demandFactor;
    QComboBox *m_lane;
    QComboBox *m_supplier;
    QSpinBox *m_leadDays;
    QSpinBox *m_budgetPercent;
    QLineEdit *m_siteCode;
    QComboBox *m_siteTemplate;
    QSpinBox *m_siteCapacity, *m_siteShare;
    QList<QPushButton *> m_addButtons;
    QComboBox *m_method;
    QDoubleSpinBox *m_timeLimit;
    QSpinBox *m_horizon;
    QPushButton *m_run, *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QString m_statusText;

    QLabel *m_comparisonNote;
    QTableView *m_comparisonView, *m_skuView;
    QChartView *m_chart;

    std::shared_ptr<Live> m_live;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
    QTimer *m_poll;
    QUndoStack *m_undo;
};

} // namespace Stockshift::Ui
