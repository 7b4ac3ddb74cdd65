// Ui::HealthView — the Stock health area.
//
// - Analyses the whole network (Health::analyse: snapshot, segments, policies, health, alerts)
//   off the GUI thread on a Connection of its own, with progress and a working Cancel, and
//   makes the alerts table match (Health::syncAlerts) on that worker too. It recomputes when
//   the DataStore announces changes to what the analysis reads (stock, sales, open orders,
//   master data, forecasts and their overrides, policies) and on Refresh; a request while one
//   runs cancels it and starts again once it has stopped.
// - Shows the frozen result: the dashboard (HealthDashboard), the SKU × location table
//   (searchable, filtered by the dashboard's clicks) with the detail of the selected row
//   (HealthDetailPanel: projection chart, why, simulation), and the policy editor (segment
//   rules edited in place, overrides per SKU × location with a reason).
// - Policy edits are stored through the engine (audited, one transaction each), pushed onto
//   the workstation's undo stack (PolicyCommands) and recomputed at once.
//
// - Money (stock value, annual demand value, order costs, simulated costs) is shown in the
//   company currency (common/Money.h), read when the view is made and again when the DataStore
//   announces "app_settings"; the tables, tiles, charts and the detail then show the new one
//   without analysing again.
//
// GUI thread only. Reads the policy tables through the DataStore's connection (small); the
// analysis never touches widgets from its worker — it hands back an immutable HealthAnalysis.
#pragma once

#include "health/HealthModels.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class HealthDashboard;
class HealthDetailPanel;
class PolicyOverrideModel;
class PolicyRuleModel;

class HealthView : public QWidget
{
    Q_OBJECT

public:
    enum Page { DashboardPage, RowsPage, PoliciesPage };

    /// Starts the first analysis at once (asynchronous).
    explicit HealthView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~HealthView() override;

    /// The undo stack policy edits go to (the main window's); without one the view keeps its own.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }

    /// Starts an analysis; while one runs, cancels it and starts again when it has stopped.
    void refresh();
    /// Stops the running analysis; the results shown stay.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The analysis shown (nullptr before the first one finished).
    HealthAnalysisPtr analysis() const { return m_analysis; }

    void setPage(Page page);
    Page page() const;
    /// Selects the SKU × location in the table (clearing filters that hide it), opens its
    /// detail and shows the table page; false when it is not in the analysis.
    bool showRow(qint64 locationId, qint64 skuId);
    /// The snapshot row in the detail, or -1.
    int detailRow() const;

    // Filters of the SKU × location table (the dashboard's clicks call these).
    void filterSegment(const QString &segment);
    void filterLocation(const QString &code);
    void filterStatuses(const QSet<int> &statuses);
    void clearFilters();

    /// Stores the rule of a scope (validated, audited, undoable) and recomputes.
    Status setSegmentRule(const QString &scope, const Policy::PolicyParameters &parameters);
    /// Stores the override of a SKU × location (empty parameters remove it) and recomputes.
    Status setOverride(qint64 locationId, qint64 skuId, const Policy::PolicyParameters &parameters,
                       const QString &reason);

    HealthRowModel *rowModel() const { return m_rows; }
    HealthRowFilter *rowFilter() const { return m_filter; }
    QTableView *rowTable() const { return m_table; }
    LocationHealthModel *locationModel() const { return m_locations; }
    HealthAlertModel *alertModel() const { return m_alerts; }
    PolicyRuleModel *ruleModel() const { return m_rules; }
    PolicyOverrideModel *overrideModel() const { return m_overrides; }
    HealthDashboard *dashboard() const { return m_dashboard; }
    HealthDetailPanel *detail() const { return m_detail; }
    /// Health score per location code of the last analysis.
    QHash<QString, double> locationScores() const;
    /// The company currency money is shown in (ISO 4217; empty without a database).
    QString currency() const { return m_currency; }

    /// Milliseconds from showing the area (or the results arriving while it is shown) to the
    /// dashboard's first paint with results; -1 until measured.
    qint64 lastOpenMs() const { return m_openMs; }
    /// Milliseconds the GUI thread spent putting the last analysis into the views.
    qint64 lastApplyMs() const { return m_applyMs; }

signals:
    void analysisStarted();
    /// false: cancelled or failed (the results shown before stay).
    void analysisFinished(bool ok);
    /// Health score per location code, after every successful analysis.
    void healthScoresChanged(const QHash<QString, double> &scores);
    void dashboardPainted(qint64 msecs);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Outcome;
    void start();
    void finished(const std::shared_ptr<Outcome> &outcome);
    void apply(const std::shared_ptr<Outcome> &outcome);
    int snapshotRowOf(qint64 locationId, qint64 skuId);
    void showSelected();
    void updateFilterBar();
    void reloadPolicies();
    /// Shows money in `currency` everywhere in the area.
    void applyCurrency(const QString &currency);
    void editOverride(int snapshotRow);
    void removeSelectedOverride();
    void clearSelectedRuleFields();

    // The main window replaces its DataStore before this view is deleted (later): a worker that
    // finishes in between must not reach the old one.
    QPointer<Storage::DataStore> m_store;
    QUndoStack *m_undo;
    QString m_currency;
    HealthAnalysisPtr m_analysis;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_stage;
    bool m_running = false, m_pending = false;
    QHash<QPair<qint64, qint64>, int> m_rowIndex; // (location id, SKU id) → snapshot row
    QPair<qint64, qint64> m_selectedKey{-1, -1};

    QTabWidget *m_tabs;
    QPushButton *m_refresh, *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_progressTimer;

    HealthDashboard *m_dashboard;
    LocationHealthModel *m_locations;
    HealthAlertModel *m_alerts;

    HealthRowModel *m_rows;
    HealthRowFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_statusCombo, *m_segmentCombo, *m_locationCombo;
    QPushButton *m_clearFilters;
    QLabel *m_rowCount;
    QTableView *m_table;
    HealthDetailPanel *m_detail;

    PolicyRuleModel *m_rules;
    PolicyOverrideModel *m_overrides;
    QTableView *m_ruleTable, *m_overrideTable;
    QLabel *m_policyMessage;
    QString m_policyChange; // the last stored edit, until its recomputation is shown

    QElapsedTimer m_openTimer;
    bool m_measuring = false, m_measureScheduled = false;
    qint64 m_openMs = -1, m_applyMs = -1;
};

} // namespace Stockshift::Ui
