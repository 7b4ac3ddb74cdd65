// Ui::PlanComparisonPanel — the plan shown against the rules planners use today, in simulation.
//
// Compare makes the baselines on the plan's own stored input (Plan::loadPlan with inputs,
// Planning::PlanInput::deserialize): "do nothing" always, the greedy rule for transfers, the
// reorder-point rule for purchases (both for a joint plan; a baseline that is the plan's own
// method is left out), and plays every plan day by day under the same random demand
// (Planning::evaluatePlan, `runs` runs, same seed). The plan is evaluated as reviewed: rejected
// lines are left out, edited quantities count. Shown: a table (ComparisonModel: fill rate, lost
// units, transport, fixed, ordering, holding, lost margin, total cost ± sd, ending stock, the
// plan's saving against each baseline), a stacked bar chart of total cost by part, and the
// savings in words.
//
// The result is stored with the plan (Plan::saveEvaluation: the plan's own figures as the CLI's
// `plan evaluate` writes them, plus the whole comparison under "comparison"), so it is shown
// again when the plan is opened later; when lines were reviewed since, the panel says so.
//
// Costs are written in the company currency given with setCurrency() (the table, the chart's
// axis and labels, the summary); a new one redraws what is shown.
//
// Threads: GUI thread; the comparison runs on a QtConcurrent worker with its own Connection and
// hands back plain data. Cancel is checked between the methods and the simulations.
#pragma once

#include "plan/PlanModels.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class ComparisonChart;

class PlanComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanComparisonPanel(Storage::DataStore *store, QWidget *parent = nullptr);
    ~PlanComparisonPanel() override;

    /// The plan the panel compares (nullptr: none); shows its stored comparison, if any.
    void setPlan(const PlanPtr &plan);
    /// The company currency (ISO 4217) the costs are written in.
    void setCurrency(const QString &currency);
    bool isRunning() const { return m_running; }
    ComparisonModel *model() const { return m_model; }
    ComparisonChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    /// The savings in words (or why there is no comparison).
    QString summaryText() const;
    /// The comparison shown, when it is of the plan shown.
    const PlanComparison *comparison() const;

    /// Reads a comparison back from a plan's stored evaluation (false: it holds none).
    static bool fromEvaluation(const Plan::PlanHeader &header, PlanComparison *out);

public slots:
    void compare();
    void cancel();

signals:
    void comparisonStarted();
    /// `ok` false: cancelled or failed (the message says which).
    void comparisonFinished(bool ok);
    /// A comparison of the plan shown is on screen (after compare() or when opening a plan).
    void comparisonShown();

private:
    struct Outcome;
    /// The worker: makes, simulates and stores the comparison (own connection, no widgets).
    static std::shared_ptr<Outcome> run(const QString &path, qint64 planId, int runs, quint64 seed,
                                        const std::atomic_bool *cancel);
    void finished(const std::shared_ptr<Outcome> &outcome);
    void show(const PlanComparison &comparison);
    void updateSummary();

    QPointer<Storage::DataStore> m_store;
    PlanPtr m_plan;
    QString m_currency;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false, m_hasComparison = false;
    qint64 m_runningFor = -1;

    QPushButton *m_compare, *m_cancelButton;
    QSpinBox *m_runs, *m_seed;
    QLabel *m_summary, *m_status;
    ComparisonModel *m_model;
    QTableView *m_table;
    ComparisonChart *m_chart;
};

} // namespace Stockshift::Ui
