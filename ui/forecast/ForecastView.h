// Ui::ForecastView — the Forecasts area: run a forecast of the whole network (off the GUI thread,
// with progress and Cancel), browse the series of the latest run with their demand class,
// method and backtest error, and see one series as a chart: history, forecast, 80% and 95%
// bands, with the model's "why" beside it.
//
// GUI thread only. Reads through the DataStore's connection; the run itself goes through
// Forecast::runNetworkForecast on a worker with its own connection.
#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class SqlTableModel;

class ForecastView : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~ForecastView() override;

    /// The newest run's id, or -1.
    qint64 latestRun() const { return m_run; }
    /// Shows one series of the latest run (for tests and links from other views).
    bool showSeries(qint64 locationId, qint64 skuId);
    /// Starts a network forecast with the controls' settings (asynchronous).
    void startRun();
    bool isRunning() const { return m_running; }
    SqlTableModel *seriesModel() const { return m_model; }
    /// Points in the chart's history, forecast and band series (for tests).
    QList<int> chartPointCounts() const;

signals:
    void runFinished(bool ok);

private:
    void reloadRun();
    void showRow(int row);

    Storage::DataStore *m_store;
    qint64 m_run = -1;
    int m_bucketDays = 7;
    int m_historyEnd = 0;
    QSpinBox *m_horizon;
    QComboBox *m_bucket;
    QPushButton *m_runButton, *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_runLabel, *m_details;
    QLineEdit *m_filter;
    QTableView *m_table;
    SqlTableModel *m_model;
    QChart *m_chart;
    QChartView *m_chartView;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace Stockshift::Ui
