// Ui::ForecastModels — the table models of the Forecasts area's detail tabs, each over one part
// of a Forecast::SeriesExplanation: the candidate methods' backtest errors, the cleansing
// adjustments, the forecast buckets (statistical, final, intervals; the final column editable),
// and the overrides.
//
// GUI thread only. Each model holds a copy of its rows; setExplanation() resets it.
#pragma once

#include "forecast/SeriesExplainer.h"

#include <QAbstractTableModel>

namespace Stockshift::Ui {

/// The methods the selection tried on the series: backtest MAE, RMSE, MASE, bias, origins; the
/// chosen one in bold, the ones that could not be fitted with the reason.
class CandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Method, Mae, Rmse, Mase, Bias, InSample, Origins, Note, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setExplanation(const Forecast::SeriesExplanation &x);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString method;
        double mae = 0, rmse = 0, mase = 0, bias = 0, insample = 0;
        int origins = 0;
        bool ok = false, chosen = false, hasMase = false;
        QString note;
    };
    QList<Row> m_rows;
};

/// The history buckets the engine changed before fitting, and why.
class AdjustmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Kind, Sold, Cleansed, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setExplanation(const Forecast::SeriesExplanation &x);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int day = 0;
        QString kind, reason;
        double sold = 0, cleansed = 0;
    };
    QList<Row> m_rows;
};

/// The forecast per bucket. The Final column is editable: an edit asks the view for an override
/// through finalEdited() (the model itself never writes to the database).
class ForecastBucketModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Statistical, Final, Lo80, Hi80, Lo95, Hi95, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setExplanation(const Forecast::SeriesExplanation &x);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Forecast::ForecastBucket &bucket(int row) const { return m_rows.at(row); }

signals:
    /// The planner typed a final forecast for the bucket starting on `day`.
    void finalEdited(int day, double value);

private:
    QList<Forecast::ForecastBucket> m_rows;
};

/// The series' overrides, undone ones included (greyed), newest first.
class OverrideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Change, From, To, Reason, User, Created, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setExplanation(const Forecast::SeriesExplanation &x);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Forecast::Override & override(int row) const { return m_rows.at(row); }

private:
    QList<Forecast::Override> m_rows;
};

} // namespace Stockshift::Ui
