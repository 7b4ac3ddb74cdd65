// Ui::AccuracyModels — the table models of the Forecast accuracy area: the accuracy of one run
// at one level (worst first), and the open forecast alerts.
//
// GUI thread only; each model holds a copy of its rows.
#pragma once

#include "forecast/AccuracyMonitor.h"

#include <QAbstractTableModel>

namespace Stockshift::Ui {

class AccuracyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Key,
        Buckets,
        Actual,
        Forecast,
        Wape,
        Mape,
        Mase,
        Bias,
        TrackingSignal,
        StatisticalWape,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<Forecast::AccuracyRow> rows);
    const Forecast::AccuracyRow &row(int r) const { return m_rows.at(std::size_t(r)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Qt::DisplayRole: formatted; Qt::EditRole: the number (for sorting).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Forecast::AccuracyRow> m_rows;
};

class AlertModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Scope, Message, Action, Raised, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setAlerts(QList<Forecast::StoredAlert> alerts);
    const Forecast::StoredAlert &alert(int row) const { return m_alerts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Forecast::StoredAlert> m_alerts;
};

} // namespace Stockshift::Ui
