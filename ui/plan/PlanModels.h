// Ui::PlanModels — the item models of the Plans area:
//
// - PlanListModel: the stored plans (kind, method, solver status, total cost, gap, lines,
//   simulated fill rate when evaluated, created);
// - TransferLineModel: the transfer lines of the plan shown (SKU, from, to, quantity, ship,
//   arrival, unit cost, cost, status, why in a few words), with PlanLineFilter over it (search
//   by code, status);
// - PurchaseOrderModel: the purchase lines as a tree, supplier → purchase order → line, with
//   the totals of every supplier and order;
// - ComparisonModel: the plan against the baselines in simulation, one row per method.
//
// Roles: Qt::DisplayRole is formatted text (never "nan"/"inf"), kPlanSortRole the number or text
// to sort by, LineRole the plan line number of a line row (−1 elsewhere).
//
// Money is written in the company currency each model is given (setCurrency(), an ISO 4217 code;
// empty: plain numbers): "€38,525". Only the display text changes with it — the sort and edit
// roles stay numbers — and a new currency redraws the rows in place.
//
// Review edits: the Quantity column of a line that can still be reviewed is editable. The
// models never write to the database: setData() hands the new quantity to the editor the view
// installs (setQuantityEditor), which stores it through the plan store and the undo stack.
//
// All models share the plan they show (PlanPtr, immutable). setPlan() with a plan of the same
// lines (a review reloaded it) updates the rows in place — selection and scroll stay — and
// resets otherwise. GUI thread only.
#pragma once

#include "plan/PlanEvaluator.h"
#include "plan/PlanTypes.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include <functional>
#include <limits>
#include <memory>

namespace Stockshift::Ui {

using PlanPtr = std::shared_ptr<const Plan::PlanData>;
/// Stores a reviewed quantity for a plan line; returns false when the store refused it.
using QuantityEditor = std::function<bool(int line, double quantity)>;

constexpr int kPlanSortRole = Qt::UserRole + 1;

/// A plan's cost as the planner weighs it: transport, fixed, holding, lost margin and
/// safety-stock shortfall over the horizon (the purchase value is recovered when the stock sells
/// and is shown apart).
double planCost(const Plan::PlanTotals &totals);

class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Kind, Method, Status, TotalCost, Gap, Lines, FillRate, Created, ColumnCount };
    enum Role { PlanIdRole = Qt::UserRole + 10 };
    using QAbstractTableModel::QAbstractTableModel;

    void setPlans(const QList<Plan::PlanHeader> &plans);
    /// The company currency the costs are written in.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    const Plan::PlanHeader &plan(int row) const { return m_plans.at(row); }
    /// Row of a plan id, or −1.
    int rowOf(qint64 planId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Plan::PlanHeader> m_plans;
    QString m_currency;
};

class TransferLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Line,
        Sku,
        From,
        To,
        Quantity,
        Ship,
        Arrival,
        UnitCost,
        Cost,
        Status,
        Why,
        ColumnCount
    };
    enum Role { LineRole = Qt::UserRole + 10, StatusRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const PlanPtr &plan);
    /// The company currency the unit costs and costs are written in.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    void setQuantityEditor(const QuantityEditor &editor) { m_editor = editor; }
    /// The plan line of a row.
    const Plan::PlanLine &line(int row) const;
    /// Row of a plan line number, or −1.
    int rowOf(int lineNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    PlanPtr m_plan;
    QList<int> m_rows; // index into m_plan->lines
    QuantityEditor m_editor;
    QString m_currency;
};

/// Search (SKU, from or to code, case-insensitive) and status filter over a TransferLineModel;
/// sorts by kPlanSortRole.
class PlanLineFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PlanLineFilter(QObject *parent = nullptr);
    void setSearch(const QString &text);
    /// −1: every status; else a Plan::LineStatus.
    void setStatus(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    int m_status = -1;
};

/// Purchase lines as supplier → purchase order → line. Columns on every level; a supplier or
/// order row sums its lines (units, value; the order date and due date of an order).
class PurchaseOrderModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Destination,
        Quantity,
        Value,
        OrderDate,
        Due,
        UnitCost,
        Status,
        Why,
        ColumnCount
    };
    enum Role { LineRole = Qt::UserRole + 10, LevelRole };
    enum Level { SupplierLevel, OrderLevel, LineLevel };
    using QAbstractItemModel::QAbstractItemModel;

    void setPlan(const PlanPtr &plan);
    /// The company currency the values and unit costs are written in.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    void setQuantityEditor(const QuantityEditor &editor) { m_editor = editor; }
    /// The index (column 0) of a plan line, or invalid.
    QModelIndex indexOfLine(int lineNumber) const;
    /// The plan line at a line row, or nullptr.
    const Plan::PlanLine *line(const QModelIndex &index) const;
    int supplierCount() const;
    int orderCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Node
    {
        Level level = SupplierLevel;
        int parent = -1; // node index, −1 for suppliers
        int row = 0;     // among its siblings
        QList<int> children;
        int lineIndex = -1; // into m_plan->lines (line rows)
        QString name, destination;
        double units = 0, value = 0;
        int lines = 0, orders = 0;
        int orderDay = 0, dueDay = 0;
    };
    QList<Node> build(const PlanPtr &plan) const;
    const Node *node(const QModelIndex &index) const;
    /// dataChanged() for every row of every level (the same tree with new figures or texts).
    void emitAllChanged();

    PlanPtr m_plan;
    QList<Node> m_nodes;
    QList<int> m_suppliers; // node indices of the top level
    QuantityEditor m_editor;
    QString m_currency;
};

/// One method's plan played in simulation against the others on the same input and seed.
struct ComparisonRow
{
    QString method;      ///< "milp", "greedy", "rop", "none"
    bool isPlan = false; ///< the plan shown, as reviewed (rejected lines left out)
    int lines = 0;
    Plan::PlanTotals totals; ///< with demand as forecast (the plan's own cost figures)
    Planning::Evaluation evaluation;
    /// The plan's simulated saving against this row's total cost (share; NaN on the plan's row).
    double saving = std::numeric_limits<double>::quiet_NaN();
};

struct PlanComparison
{
    qint64 planId = -1;
    int runs = 0;
    quint64 seed = 1;
    QList<ComparisonRow> rows; ///< the plan first
    double seconds = 0;
};

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The figures a planner compares first come first.
    enum Column {
        Method,
        FillRate,
        LostUnits,
        TotalCost, ///< with its sd across the runs ("€592,135 ± €6,180")
        Saving,
        Transport,
        Fixed,
        Ordering,
        Holding,
        LostMargin,
        EndingUnits,
        Lines,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(const PlanComparison &comparison);
    /// The company currency the costs are written in.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    const PlanComparison &comparison() const { return m_comparison; }
    /// "Plan 12 (MILP (CBC))" or the baseline's method in words.
    static QString rowLabel(const PlanComparison &comparison, const ComparisonRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    PlanComparison m_comparison;
    QString m_currency;
};

} // namespace Stockshift::Ui
