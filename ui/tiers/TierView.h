// Ui::TierView — the Fulfilment tiers area: edit the tiers, see which location serves which
// region, check them in a routing simulation, save versions, export and import.
//
// - Top: the configuration (name, stored version or "not saved"), threshold by percentile or
//   score, and Save version, Import JSON…, Export JSON…, Export CSV….
// - Left: the tier definitions (TierDefinitionModel: threshold, promise, option, capacity
//   reserve, express, consolidation, incentive), editable in place; below them the
//   validation messages, and per tier a tab with its table of regions (TierAssignmentModel:
//   the location serving each, fallbacks, route, days against the promise, cost, the check).
//   Cells and rows an issue is about are tinted with the message as tooltip.
// - Right: the map of the selected tier (TierMapWidget) over the routing simulation (orders,
//   seed, policy, Run, Cancel, progress, SimulationResultModel).
//
// Every edit (a cell, the threshold mode, an import) is an undoable command on the undo stack
// (TierCommands) and rebuilds the assignments on the loaded network and validates at once —
// building is quick; loading the network (forecast demand, stock, plan inbound) and the
// simulation run off the GUI thread on their own connection / a copy of the network
// (QtConcurrent), with progress and Cancel. Saving stores a version through Tiers::TierStore on
// the DataStore's connection and announces "tier_configs". The area reloads the network when
// the DataStore announces locations, lanes, stock, customers, forecasts or plans.
// Money (incentives, costs per unit and per order) is shown in the company currency
// (common/Money.h), read when the area is made and again when the DataStore announces
// "app_settings".
//
// GUI thread only.
#pragma once

#include "routing/FulfilmentNetwork.h"
#include "routing/RoutingSimulator.h"
#include "tiers/TierConfig.h"
#include "tiers/TierEngine.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class SimulationResultModel;
class TierAssignmentModel;
class TierDefinitionModel;
class TierMapWidget;

class TierView : public QWidget
{
    Q_OBJECT

public:
    explicit TierView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~TierView() override;

    /// The undo stack edits go to (the main window's); without one the view keeps its own.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }

    const Tiers::TierConfig &config() const { return m_config; }
    const std::vector<Tiers::Issue> &issues() const { return m_issues; }
    bool isNetworkLoaded() const { return m_network.has_value(); }
    bool isLoading() const { return m_loading; }
    bool isSimulating() const { return m_simulating; }
    /// Whether the configuration differs from the stored version it started from.
    bool isModified() const { return m_modified; }

    TierDefinitionModel *definitionModel() const { return m_definitions; }
    /// The table model of tier `tier` (one per tier tab).
    TierAssignmentModel *assignmentModel(int tier) const;
    SimulationResultModel *resultModel() const { return m_results; }
    TierMapWidget *map() const { return m_map; }
    QTableView *definitionTable() const { return m_definitionTable; }
    QTabWidget *tierTabs() const { return m_tierTabs; }
    QListWidget *issueList() const { return m_issueList; }
    QString statusText() const;

    /// Edits tier `row`'s column (TierDefinitionModel::Column) through the undo stack; false when
    /// the value is not one the column takes (the configuration stays as it was).
    bool editDefinition(int row, int column, const QVariant &value);
    void setThresholdMode(Tiers::ThresholdMode mode);
    /// Replaces the definitions (tiers, threshold mode) without an undo command and rebuilds
    /// (the undo commands call it).
    void applyDefinitions(const Tiers::TierConfig &definitions);

    /// Stores the configuration as a new version; shows and returns the store's refusal.
    Status saveVersion();
    Status exportJson(const QString &path);
    Status exportCsv(const QString &path);
    /// Reads a document, takes its definitions and settings (undoable) and rebuilds.
    Status importJson(const QString &path);

public slots:
    /// Reads the network again (off the GUI thread).
    void reloadNetwork();
    /// Runs the routing simulation with the panel's orders, seed and policy.
    void runSimulation();
    void cancelSimulation();

signals:
    void networkLoaded();
    void configChanged();
    /// ok: results shown; otherwise cancelled or failed (the message is in the status).
    void simulationFinished(bool ok);

private:
    void buildUi();
    void rebuild();
    void updateButtons();
    void pushDefinitions(const Tiers::TierConfig &after, const QString &text);
    void showMessage(const QString &text, bool error = false);
    void rebuildTabs();
    void updateMap();
    /// Shows money in `currency` in the definitions, assignments and results.
    void applyCurrency(const QString &currency);

    Storage::DataStore *m_store;
    QUndoStack *m_undo;
    QString m_currency;
    Tiers::TierConfig m_config;
    std::optional<Routing::FulfilmentNetwork> m_network;
    std::vector<Tiers::Issue> m_issues;
    bool m_modified = false;
    bool m_loading = false;
    bool m_reloadPending = false;
    bool m_simulating = false;
    std::shared_ptr<std::atomic_bool> m_cancel;     ///< the running simulation's
    std::shared_ptr<std::atomic_bool> m_loadCancel; ///< network reads (set when the view goes)

    QLabel *m_title = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QLabel *m_message = nullptr;
    TierDefinitionModel *m_definitions = nullptr;
    QTableView *m_definitionTable = nullptr;
    QListWidget *m_issueList = nullptr;
    QTabWidget *m_tierTabs = nullptr;
    QList<TierAssignmentModel *> m_assignments;
    TierMapWidget *m_map = nullptr;
    QSpinBox *m_orders = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_policy = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_simulationStatus = nullptr;
    SimulationResultModel *m_results = nullptr;
    QTableView *m_resultTable = nullptr;
};

} // namespace Stockshift::Ui
