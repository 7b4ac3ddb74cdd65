// Ui::PlanView — the Plans area: make plans, look at them, compare them, review them.
//
// - Left: the plan runner (PlanRunPanel: parameters, Run, Cancel, live solver progress) and
//   the stored plans (PlanListModel), newest first; Delete asks before it deletes.
// - Right, for the plan selected: its header (kind, method, solver status and note, cost,
//   gap, model size, review counts) and four tabs — the transfers (table, the flows on a
//   network map of the area's own, the explanation of the selected line), the purchase orders
//   (supplier → order → line with totals, the explanation), the cost breakdown chart, and the
//   comparison with the baselines in simulation (PlanComparisonPanel).
// - Review: Approve, Reject and Back to proposed act on the selected lines (selecting an order
//   or a supplier in the tree selects its lines); the Quantity cells are editable. Each change
//   is stored through Plan::PlanStore on the DataStore's connection and pushed onto the
//   workstation's undo stack (PlanCommands); a change the store refuses (an exported or
//   cancelled line) is not made and its message is shown.
//
// The map receives the plan's transfers as flows (NetworkMapWidget::setFlows): one arrow per
// pair of locations, units summed over the lines not rejected, optionally only the lines
// shipping in one bucket; flowsChanged() offers the same flows to the main window's map.
//
// Money is shown in the company currency (common/Money.h), read from the database when the view
// is made and again when the DataStore announces "app_settings"; every table, chart, header and
// explanation of the area then shows the new one.
//
// GUI thread only. Reads plans through the DataStore's connection (a plan's lines, not its
// frozen input); runs and comparisons work on their own connections (see the panels). Reloads
// when the DataStore announces "plans" or "plan_lines".
#pragma once

#include "network/NetworkMapWidget.h"
#include "plan/PlanModels.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeView;
class QUndoStack;

namespace Stockshift::Storage {
class DataStore;
}

namespace Stockshift::Ui {

class CostBreakdownChart;
class PlanComparisonPanel;
class PlanRunPanel;

class PlanView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TransfersTab, PurchasesTab, CostsTab, ComparisonTab };

    explicit PlanView(Storage::DataStore *store, QWidget *parent = nullptr);
    ~PlanView() override;

    /// The undo stack review edits go to (the main window's); without one the view keeps its own.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }

    PlanRunPanel *runPanel() const { return m_runPanel; }
    PlanComparisonPanel *comparisonPanel() const { return m_comparison; }
    PlanListModel *planModel() const { return m_plans; }
    TransferLineModel *transferModel() const { return m_transfers; }
    PlanLineFilter *transferFilter() const { return m_transferFilter; }
    PurchaseOrderModel *purchaseModel() const { return m_purchases; }
    NetworkMapWidget *map() const { return m_map; }
    CostBreakdownChart *costChart() const { return m_costChart; }
    QTableView *planTable() const { return m_planTable; }
    QTableView *transferTable() const { return m_transferTable; }
    QTreeView *purchaseTree() const { return m_purchaseTree; }

    /// Selects the plan in the list and shows it; false when there is no such plan.
    bool showPlan(qint64 planId);
    /// The plan shown, or −1 / nullptr.
    qint64 shownPlan() const;
    PlanPtr plan() const { return m_plan; }

    void setTab(Tab tab);
    Tab tab() const;
    /// Selects a line of the plan shown in its table (switching tab) and explains it.
    bool selectLine(int line);
    /// The lines the review buttons act on: the selected rows of the current tab.
    QList<int> selectedLines() const;
    /// The explanation shown in the current tab, as plain text.
    QString explanationText() const;
    /// The last review message (what was stored, or why the store refused).
    QString messageText() const;
    /// The company currency the area shows money in (ISO 4217; empty without a database).
    QString currency() const { return m_currency; }

    /// Stores a review status for lines of the plan shown (undoable); the store's refusal is
    /// returned and shown.
    Status setLineStatus(const QList<int> &lines, Plan::LineStatus status);
    /// Stores a line's new quantity (undoable).
    Status editQuantity(int line, double quantity);
    /// Deletes a plan (no confirmation; deleteSelectedPlan() asks first).
    Status deletePlan(qint64 planId);

    /// The flows given to the map: the transfers not rejected, per pair of locations, in the
    /// bucket chosen above the map (−1: all).
    QList<NetworkMapWidget::Flow> flows() const;
    void setFlowBucket(int bucket);

public slots:
    /// Reads the plan list and the plan shown again.
    void reload();
    void approveSelected();
    void rejectSelected();
    void resetSelected();
    void deleteSelectedPlan();

signals:
    void planShown(qint64 planId);
    /// The plan's flows for a network map ("Plan 7: transfers"); empty when no plan is shown.
    void flowsChanged(const QList<Stockshift::Ui::NetworkMapWidget::Flow> &flows,
                      const QString &title);

private:
    QWidget *buildLeft();
    QWidget *buildRight();
    void loadPlan(qint64 planId);
    void applyPlan(const PlanPtr &plan);
    void updateHeader();
    void updateCosts();
    void updateFlows();
    void updateLineSelection();
    /// Shows money in `currency` everywhere in the area.
    void applyCurrency(const QString &currency);
    void showMessage(const QString &text, bool error = false);
    const Plan::PlanLine *findLine(int line) const;
    void review(Plan::LineStatus status);

    QPointer<Storage::DataStore> m_store;
    QUndoStack *m_undo;
    PlanPtr m_plan;
    bool m_updatingList = false;
    QString m_message;
    QString m_currency;

    PlanRunPanel *m_runPanel;
    PlanListModel *m_plans;
    QTableView *m_planTable;
    QPushButton *m_delete;

    QLabel *m_header, *m_messageLabel, *m_costText, *m_flowSummary;
    QPushButton *m_approve, *m_reject, *m_reset;
    QLineEdit *m_search;
    QComboBox *m_statusFilter, *m_flowBucket;
    QTabWidget *m_tabs;
    TransferLineModel *m_transfers;
    PlanLineFilter *m_transferFilter;
    QTableView *m_transferTable;
    QTextBrowser *m_transferWhy, *m_purchaseWhy;
    NetworkMapWidget *m_map;
    PurchaseOrderModel *m_purchases;
    QTreeView *m_purchaseTree;
    CostBreakdownChart *m_costChart;
    PlanComparisonPanel *m_comparison;
};

} // namespace Stockshift::Ui
