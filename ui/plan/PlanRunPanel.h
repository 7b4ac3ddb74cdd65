// Ui::PlanRunPanel — the plan runner of the Plans area: the parameters of a new plan (kind,
// method, horizon and bucket, the solver's time limit, gap and threads, truck size, purchasing
// budget), Run and Cancel, and the run's live progress — the stage, CBC's incumbent, best bound,
// gap, nodes and elapsed time in words and as a small chart of incumbent and bound over time.
//
// Threads: the panel lives on the GUI thread. A run reads the frozen input
// (Planning::buildPlanInput), makes the plan (Planning::makePlan) and stores it
// (Plan::savePlan) on a QtConcurrent worker with a Connection of its own; the solver's progress
// callback only appends to a mutex-guarded list that the panel reads every 200 ms, so nothing
// on the worker touches a widget or the DataStore. Cancel sets the run's own atomic flag: CBC
// stops at its next event and the engine returns the best plan found, which is stored like any
// other (status "cancelled"); cancelled before a plan existed, nothing is stored. Deleting the
// panel cancels a running plan; the worker then ends on its own.
//
// After a plan is stored the panel announces "plans" and "plan_lines" through the DataStore and
// emits runFinished() with the new plan's id.
//
// Money (the incumbent and bound, the plan's cost, the budget field and the chart's cost axis)
// is in the company currency given with setCurrency() (the area reads it from the database).
#pragma once

#include "mip/MipSolver.h"
#include "plan/PlanTypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QValueAxis;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

struct PlanRunParameters
{
    Plan::PlanKind kind = Plan::PlanKind::Transfers;
    QString method = QStringLiteral("milp"); ///< milp, greedy, rop, none
    int horizon = 4;                         ///< buckets
    int bucketDays = 7;                      ///< 7 (week) or 1 (day)
    double timeLimitSeconds = 60;
    double relativeGap = 0.01;
    int threads = 1;
    double truckUnits = 0;      ///< 0 = one shipment carries any amount
    double budgetPerBucket = 0; ///< 0 = no budget (purchases only)
};

class PlanRunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanRunPanel(Storage::DataStore *store, QWidget *parent = nullptr);
    ~PlanRunPanel() override;

    PlanRunParameters parameters() const;
    void setParameters(const PlanRunParameters &parameters);
    /// The company currency (ISO 4217) of the texts, the budget field and the chart from now on.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }

    bool isRunning() const { return m_running; }
    /// Progress reports of the last (or running) solve that the panel has shown.
    int progressReports() const { return int(m_history.size()); }
    /// The last progress shown (incumbent NaN before the first solution).
    Solvers::SolverProgress lastProgress() const;
    /// The text under the progress bar ("Solving… incumbent 31,299 · bound …", "Plan 7 stored …").
    QString statusText() const;

public slots:
    /// Starts a run with the parameters shown (nothing when one runs).
    void start();
    /// Stops the running solve; the best plan found so far is stored.
    void cancel();

signals:
    void runStarted();
    /// `planId` −1: nothing was stored (an error, or cancelled before any plan was found).
    void runFinished(qint64 planId, bool cancelled);

private:
    struct Live;
    struct Outcome;
    void updateMethods();
    void updateEnabled();
    void poll();
    void finished(const std::shared_ptr<Outcome> &outcome);
    void resetChart();
    /// Adds a report to the chart (NaN values are left out) and fits the axes.
    void addChartPoint(double seconds, double incumbent, double bound);

    QPointer<Storage::DataStore> m_store;
    QString m_currency;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Live> m_live;
    bool m_running = false;
    double m_timeLimit = 60;
    QElapsedTimer m_solving; // since the worker reached the solver (reports can be minutes apart)
    QList<Solvers::SolverProgress> m_history;

    QComboBox *m_kind, *m_method, *m_bucket;
    QSpinBox *m_horizon, *m_threads;
    QDoubleSpinBox *m_timeLimitBox, *m_gap, *m_truck, *m_budget;
    QPushButton *m_run, *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_timer;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_incumbent, *m_bound;
    QValueAxis *m_axisX, *m_axisY;
};

} // namespace Stockshift::Ui
