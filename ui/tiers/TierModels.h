// Ui::TierModels — the item models of the Fulfilment tiers area:
//
// - TierDefinitionModel: the planner's tiers, one row each (name, threshold, promise, option,
//   capacity reserve, express, consolidate, incentive), editable. The model never changes the
//   configuration itself: setData() hands the edit to the editor the view installs
//   (setEditor), which pushes it onto the undo stack and rebuilds. Cells a validation issue is
//   about are tinted (red for errors, amber for warnings) and carry the message as tooltip.
// - TierAssignmentModel: one tier's assignment per customer region (primary, fallbacks, route,
//   days against the promise, cost per unit, status in words); the area shows one per tier.
// - SimulationResultModel: a routing simulation's outcome, one row per policy and tier plus each
//   policy's total (orders, promise attainment, cost per order, split shipments, unfilled lines,
//   the highest capacity use).
//
// Qt::DisplayRole is formatted text, money (incentive, cost per unit, cost per order) in the
// company currency each model is given with setCurrency() ("€1.25"); kTierSortRole and the edit
// role stay numbers. GUI thread only.
#pragma once

#include "routing/RoutingSimulator.h"
#include "tiers/TierConfig.h"
#include "tiers/TierEngine.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

namespace Stockshift::Ui {

constexpr int kTierSortRole = Qt::UserRole + 1;

/// Applies an edit of tier `row`'s `column`; returns false when the value is refused.
using TierEditor = std::function<bool(int row, int column, const QVariant &value)>;

class TierDefinitionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Threshold,
        Promise,
        Option,
        Reserve,
        Express,
        Consolidate,
        Incentive,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setConfig(const Tiers::TierConfig &config, const std::vector<Tiers::Issue> &issues);
    /// The company currency (ISO 4217) of the incentives.
    void setCurrency(const QString &currency);
    void setEditor(TierEditor editor) { m_editor = std::move(editor); }
    /// The definition field a column shows ("threshold", …; empty for none).
    static QString fieldOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Tiers::Issue *issueAt(int row, int column) const;

    std::vector<Tiers::TierDefinition> m_tiers;
    Tiers::ThresholdMode m_mode = Tiers::ThresholdMode::Percentile;
    std::vector<Tiers::Issue> m_issues;
    TierEditor m_editor;
    QString m_currency;
};

class TierAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Region, Primary, Fallbacks, Route, Days, Cost, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    /// Shows the assignments of tier `tier` for `regions`.
    void setAssignments(const Tiers::TierConfig &config, int tier, const QStringList &regions,
                        const std::vector<Tiers::Issue> &issues);
    /// The company currency (ISO 4217) of the costs per unit.
    void setCurrency(const QString &currency);
    QString tierKey() const { return m_tierKey; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString region;
        std::optional<Tiers::Assignment> assignment;
        double promise = 0;
        QString status;
        bool error = false, warning = false;
    };
    QString m_tierKey;
    QList<Row> m_rows;
    QString m_currency;
};

class SimulationResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Policy,
        Tier,
        Orders,
        Attainment,
        CostPerOrder,
        Split,
        Unfilled,
        MaxLoad,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const Routing::SimulationReport &report);
    void clear();
    /// The company currency (ISO 4217) of the costs per order.
    void setCurrency(const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Routing::Policy policy;
        Routing::TierOutcome outcome;
        bool total = false;
        double maxUtilisation = 0;
    };
    QList<Row> m_rows;
    QString m_currency;
};

} // namespace Stockshift::Ui
