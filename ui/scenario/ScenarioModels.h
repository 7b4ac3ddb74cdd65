// Ui::ScenarioModels — the table models of the Scenarios area, one per view:
// - ScenarioListModel: the stored scenarios (name, status, edits, total cost, fill rate, when
//   run), from Scenarios::listScenarios.
// - EditListModel: the what-if edits of the scenario shown, in the order they apply.
// - ScenarioComparisonModel: a metric per row, a scenario per column (value, and its change against
// the
//   first scenario, the reference).
// - SkuDiffModel: per SKU, the planned units (transfers + purchases) of each scenario and the
//   largest change against the reference.
// Numbers are written through QLocale (PlanFormat), money in the company currency each model is
// given with setCurrency() ("€39,588"; empty: plain numbers); Qt::UserRole gives the raw value for
// sorting and tests. GUI thread only; the models hold plain values and never touch the database.
#pragma once

#include "scenario/ScenarioCompare.h"
#include "scenario/ScenarioStore.h"

#include <QAbstractTableModel>

namespace Stockshift::Ui {

class ScenarioListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        EditsColumn,
        CostColumn,
        FillRateColumn,
        RanColumn,
        ColumnCount
    };

    explicit ScenarioListModel(QObject *parent = nullptr);

    void setScenarios(const QList<Scenarios::ScenarioInfo> &scenarios);
    /// The company currency (ISO 4217) of the total costs.
    void setCurrency(const QString &currency);
    const QList<Scenarios::ScenarioInfo> &scenarios() const { return m_rows; }
    int rowOf(qint64 id) const; ///< −1 when not listed
    qint64 idAt(int row) const; ///< −1 when out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Scenarios::ScenarioInfo> m_rows;
    QString m_currency;
};

class EditListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, ChangeColumn, ColumnCount };

    explicit EditListModel(QObject *parent = nullptr);

    void setEdits(const std::vector<Scenarios::WhatIfEdit> &edits);
    const std::vector<Scenarios::WhatIfEdit> &edits() const { return m_edits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindLabel(Scenarios::EditKind kind); ///< "Demand", "Lane closed", …

private:
    std::vector<Scenarios::WhatIfEdit> m_edits;
};

class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    void setComparison(const Scenarios::Comparison &comparison);
    void clear();
    /// The company currency (ISO 4217) of the money metrics.
    void setCurrency(const QString &currency);
    const Scenarios::Comparison &comparison() const { return m_comparison; }

    /// Rows: the metrics (Scenarios::Metric order); columns: the scenarios.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A metric's value as shown ("72.6%", "€39,588"), money in `currency`.
    static QString format(Scenarios::Metric metric, double value, const QString &currency);
    /// A change as shown, with its sign ("+2.4 pts", "−€4,891").
    static QString formatDelta(Scenarios::Metric metric, double delta, const QString &currency);

private:
    Scenarios::Comparison m_comparison;
    QString m_currency;
};

class SkuDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SkuDiffModel(QObject *parent = nullptr);

    void setComparison(const Scenarios::Comparison &comparison);
    void clear();
    /// The company currency (ISO 4217) of the purchase values in the tooltips.
    void setCurrency(const QString &currency) { m_currency = currency; }

    /// Columns: SKU, then per scenario its planned units (transfers + purchases), then the
    /// largest change against the reference.
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
    std::vector<Scenarios::SkuDiff> m_rows;
    QString m_currency;
};

} // namespace Stockshift::Ui
