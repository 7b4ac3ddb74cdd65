// Ui::AccuracyView — the Forecast accuracy area: how good the stored forecasts were once their
// actuals arrived.
//
// - Evaluate (off the GUI thread, on its own connection) every run against the sales that
//   followed it; the table shows one run at a level (location, category, SKU, SKU × location,
//   network), the largest error first, sortable by any metric; red marks a persistent bias and
//   overrides that made things worse.
// - The trend chart shows WAPE and bias of the selected group over every evaluated run.
// - The open forecast alerts (accuracy drops, persistent bias) with their suggested action; an
//   alert can be dismissed, and a series (row or alert) opens in the Forecasts area.
//
// GUI thread only.
#pragma once

#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class AccuracyTableModel;
class AlertModel;

class AccuracyView : public QWidget
{
    Q_OBJECT

public:
    explicit AccuracyView(Storage::DataStore *store, QWidget *parent = nullptr);

    /// Evaluates every run against the actuals (asynchronous; evaluated() reports the end).
    void evaluate();
    bool isEvaluating() const { return m_evaluating; }
    /// "location", "category", "sku", "series" or "network".
    void setLevel(const QString &level);
    qint64 shownRun() const { return m_run; }

    AccuracyTableModel *accuracyModel() const { return m_model; }
    AlertModel *alertModel() const { return m_alerts; }
    /// Points of the trend chart's WAPE line (for tests).
    int trendPoints() const;

signals:
    void evaluated(bool ok, const QString &message);
    /// The planner asked to see a series in the Forecasts area.
    void showSeriesRequested(qint64 locationId, qint64 skuId);

private:
    void reload();
    void showTrend(const QString &level, const QString &key);

    Storage::DataStore *m_store;
    qint64 m_run = -1;
    bool m_evaluating = false;
    QComboBox *m_level, *m_runs;
    QPushButton *m_evaluate, *m_dismiss;
    QLabel *m_summary;
    QLineEdit *m_filter;
    AccuracyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table, *m_alertTable;
    AlertModel *m_alerts;
    QChart *m_chart;
};

} // namespace Stockshift::Ui
