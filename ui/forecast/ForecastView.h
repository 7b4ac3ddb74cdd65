// Ui::ForecastView — the Forecasts area.
//
// - Run a forecast of the whole network (horizon, day/week buckets, method, optionally as of an
//   earlier date) off the GUI thread with progress and a working Cancel; pick any stored run.
// - Browse the run's SKU × locations (searchable) and see one as a chart: history as sold and
//   as cleansed (outliers cut, stockout days imputed — each marked), the model's fitted values,
//   the statistical and the final forecast with 80/95% bands, and markers for promotions,
//   holidays, events and closures.
// - Beside it: why (demand class, method, parameters, backtest), the other methods' backtest
//   errors, the cleansing with its reasons, and the forecast table with the overrides.
// - Override on the chart (click into the forecast period) or in the table (type a final
//   value, or select periods and scale them); each asks for a reason, is audited by the engine
//   and is an undoable edit on the workstation's undo stack; any override can be withdrawn.
// - Export the run at series, location, region, category or network level (off the GUI thread).
//
// GUI thread only. Reads through the DataStore's connection; runs and exports use their own
// connections on worker threads.
#pragma once

#include "forecast/SeriesExplainer.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
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

class AdjustmentModel;
class CandidateModel;
class ForecastBucketModel;
class ForecastChartView;
class OverrideModel;
class SqlTableModel;

class ForecastView : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~ForecastView() override;

    /// The undo stack overrides go to (the main window's); without one the view keeps its own.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }

    /// The newest run's id, or -1.
    qint64 latestRun() const { return m_latestRun; }
    /// The run shown.
    qint64 currentRun() const { return m_run; }
    bool showRun(qint64 runId);
    /// Shows one series of the current run (for tests and links from other views).
    bool showSeries(qint64 locationId, qint64 skuId);
    const Forecast::SeriesExplanation &explanation() const { return m_x; }

    /// Starts a network forecast with the controls' settings (asynchronous).
    void startRun();
    bool isRunning() const { return m_running; }
    /// Writes the current run at `level` to `path` as CSV, off the GUI thread
    /// (exportFinished() reports the end). The Export… menu asks for the path and calls this.
    void exportTo(Forecast::AggregationLevel level, const QString &path);
    /// Stores an override on the shown series and pushes it onto the undo stack.
    Status addOverride(Forecast::Override override);

    SqlTableModel *seriesModel() const { return m_model; }
    CandidateModel *candidateModel() const { return m_candidates; }
    AdjustmentModel *adjustmentModel() const { return m_adjustments; }
    ForecastBucketModel *bucketModel() const { return m_buckets; }
    OverrideModel *overrideModel() const { return m_overrides; }
    /// Points per chart series, by series name (for tests).
    QMap<QString, int> chartPointCounts() const;

signals:
    void runFinished(bool ok);
    void exportFinished(bool ok, const QString &message);

private:
    void reloadRuns();
    void showRow(int row);
    void redraw();
    void describe();
    void overrideAt(int firstRow, int lastRow, double value);
    void exportRun(int level);

    Storage::DataStore *m_store;
    QUndoStack *m_undo = nullptr;
    qint64 m_run = -1, m_latestRun = -1;
    Forecast::SeriesExplanation m_x;
    bool m_haveSeries = false;

    QSpinBox *m_horizon;
    QComboBox *m_bucket, *m_method, *m_runs;
    QCheckBox *m_asOfEnabled;
    QDateEdit *m_asOf;
    QPushButton *m_runButton, *m_cancelButton, *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_runLabel, *m_details;
    QLineEdit *m_filter;
    QTableView *m_table;
    SqlTableModel *m_model;
    QChart *m_chart;
    ForecastChartView *m_chartView;
    QTabWidget *m_tabs;
    CandidateModel *m_candidates;
    AdjustmentModel *m_adjustments;
    ForecastBucketModel *m_buckets;
    OverrideModel *m_overrides;
    QTableView *m_bucketTable, *m_overrideTable;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace Stockshift::Ui
