#include "plan/PlanView.h"

#include "common/Money.h"
#include "health/HealthWidgets.h"
#include "plan/PlanCharts.h"
#include "plan/PlanCommands.h"
#include "plan/PlanComparisonPanel.h"
#include "plan/PlanExplanation.h"
#include "plan/PlanFormat.h"
#include "plan/PlanRunPanel.h"
#include "plan/PlanStore.h"
#include "storage/DataStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <map>

namespace Stockshift::Ui {

namespace F = PlanFormat;

namespace {

QString countText(const QMap<Plan::LineStatus, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0)
            parts.append(QStringLiteral("%1 %2").arg(QLocale().toString(it.value()),
                                                     F::lineStatusLabel(it.key())));
    return parts.join(QStringLiteral(", "));
}

QTextBrowser *makeExplanation(QWidget *parent, const QString &objectName)
{
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(objectName);
    browser->setOpenLinks(false);
    browser->setPlaceholderText(QCoreApplication::translate(
        "Stockshift::Ui::PlanView", "Select a line to see why it is in the plan."));
    browser->setMinimumWidth(260);
    return browser;
}

} // namespace

PlanView::PlanView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_undo = new QUndoStack(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildLeft());
    splitter->addWidget(buildRight());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 1000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("plans"))
            || tables.contains(QStringLiteral("plan_lines")))
            reload();
    });
    connect(m_runPanel, &PlanRunPanel::runFinished, this, [this](qint64 planId, bool) {
        if (planId >= 0)
            showPlan(planId);
    });
    Money::watchCurrency(m_store, this, [this](const QString &c) { applyCurrency(c); });
    reload();
}

PlanView::~PlanView() = default;

void PlanView::setUndoStack(QUndoStack *stack)
{
    if (!stack || stack == m_undo)
        return;
    if (m_undo && m_undo->parent() == this)
        delete m_undo;
    m_undo = stack;
}

QWidget *PlanView::buildLeft()
{
    // No fixed minimum width: the runner's labels and choices set it (German needs more room).
    auto *left = new QWidget(this);
    auto *group = new QGroupBox(tr("New plan"), left);
    m_runPanel = new PlanRunPanel(m_store, group);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->setContentsMargins(6, 6, 6, 6);
    groupLayout->addWidget(m_runPanel);

    m_plans = new PlanListModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_plans);
    sorted->setSortRole(kPlanSortRole);
    m_planTable = makeHealthTable(left, QStringLiteral("planList"));
    m_planTable->setModel(sorted);
    m_planTable->setSortingEnabled(true);
    m_planTable->sortByColumn(PlanListModel::Id, Qt::DescendingOrder);
    m_planTable->setColumnHidden(PlanListModel::Created, false);
    m_delete = new QPushButton(tr("Delete plan…"), left);
    m_delete->setObjectName(QStringLiteral("deletePlan"));
    m_delete->setEnabled(false);
    auto *listBar = new QHBoxLayout;
    auto *listLabel = new QLabel(tr("<b>Stored plans</b>"), left);
    listBar->addWidget(listLabel, 1);
    listBar->addWidget(m_delete);

    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group, 3);
    layout->addLayout(listBar);
    layout->addWidget(m_planTable, 2);

    connect(m_planTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, sorted](const QModelIndex &current) {
                if (m_updatingList || !current.isValid())
                    return;
                loadPlan(sorted->mapToSource(current).data(PlanListModel::PlanIdRole).toLongLong());
            });
    connect(m_delete, &QPushButton::clicked, this, &PlanView::deleteSelectedPlan);
    return left;
}

QWidget *PlanView::buildRight()
{
    auto *right = new QWidget(this);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // --- review bar
    m_approve = new QPushButton(tr("Approve"), right);
    m_approve->setObjectName(QStringLiteral("approveLines"));
    m_approve->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_approve->setToolTip(tr("Approve the selected lines (%1). Undo with Edit → Undo.")
                              .arg(m_approve->shortcut().toString(QKeySequence::NativeText)));
    m_reject = new QPushButton(tr("Reject"), right);
    m_reject->setObjectName(QStringLiteral("rejectLines"));
    m_reject->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_reject->setToolTip(tr("Reject the selected lines (%1): they are left out of the comparison "
                            "and the export.")
                             .arg(m_reject->shortcut().toString(QKeySequence::NativeText)));
    m_reset = new QPushButton(tr("Back to proposed"), right);
    m_reset->setObjectName(QStringLiteral("resetLines"));
    m_search = new QLineEdit(right);
    m_search->setObjectName(QStringLiteral("planLineSearch"));
    m_search->setPlaceholderText(tr("Search SKU or location"));
    // A narrow window cuts the hint (German): the tooltip has it.
    m_search->setToolTip(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(200);
    m_statusFilter = new QComboBox(right);
    m_statusFilter->setObjectName(QStringLiteral("planLineStatus"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (auto s :
         {Plan::LineStatus::Proposed, Plan::LineStatus::Approved, Plan::LineStatus::Rejected,
          Plan::LineStatus::Exported, Plan::LineStatus::Cancelled})
        m_statusFilter->addItem(F::lineStatusLabel(s), int(s));
    m_messageLabel = new QLabel(right);
    m_messageLabel->setObjectName(QStringLiteral("planMessage"));
    m_messageLabel->setTextFormat(Qt::RichText);
    // A long message must not widen the window: it is cut, the tooltip has all of it.
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *reviewBar = new QHBoxLayout;
    reviewBar->addWidget(m_approve);
    reviewBar->addWidget(m_reject);
    reviewBar->addWidget(m_reset);
    reviewBar->addSpacing(12);
    reviewBar->addWidget(m_search);
    reviewBar->addWidget(m_statusFilter);
    reviewBar->addStretch(1);

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("planTabs"));

    // --- transfers: table over (map | explanation)
    m_transfers = new TransferLineModel(this);
    m_transfers->setQuantityEditor(
        [this](int line, double q) { return editQuantity(line, q).ok(); });
    m_transferFilter = new PlanLineFilter(this);
    m_transferFilter->setSourceModel(m_transfers);
    m_transferTable = makeHealthTable(right, QStringLiteral("transferTable"));
    m_transferTable->setModel(m_transferFilter);
    m_transferTable->setSortingEnabled(true);
    m_transferTable->sortByColumn(-1, Qt::AscendingOrder);
    m_transferTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_transferTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                     | QAbstractItemView::EditKeyPressed);
    m_transferTable->horizontalHeader()->setStretchLastSection(true);
    m_map = new NetworkMapWidget(m_store, right);
    m_map->setObjectName(QStringLiteral("planMap"));
    m_map->setMinimumSize(300, 220);
    // A small map: the kinds are in the tooltips and on the Network page.
    m_map->setLegendVisible(false);
    m_flowBucket = new QComboBox(right);
    m_flowBucket->setObjectName(QStringLiteral("flowBucket"));
    // The buckets are filled in later ("shipping in week 3 (…)"): the box follows them.
    m_flowBucket->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_flowSummary = new QLabel(right);
    m_flowSummary->setObjectName(QStringLiteral("flowSummary"));
    // Under the choice, wrapped: beside it, it would widen the pane past the window.
    m_flowSummary->setWordWrap(true);
    auto *mapPane = new QWidget(right);
    auto *mapBar = new QHBoxLayout;
    mapBar->addWidget(new QLabel(tr("Flows on the map:"), mapPane));
    mapBar->addWidget(m_flowBucket);
    mapBar->addStretch(1);
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(2);
    mapLayout->addLayout(mapBar);
    mapLayout->addWidget(m_flowSummary);
    mapLayout->addWidget(m_map, 1);
    m_transferWhy = makeExplanation(right, QStringLiteral("transferWhy"));
    auto *lower = new QSplitter(Qt::Horizontal, right);
    lower->addWidget(mapPane);
    lower->addWidget(m_transferWhy);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);
    lower->setSizes({560, 340});
    auto *transferSplit = new QSplitter(Qt::Vertical, right);
    transferSplit->addWidget(m_transferTable);
    transferSplit->addWidget(lower);
    transferSplit->setStretchFactor(0, 1);
    transferSplit->setStretchFactor(1, 1);
    transferSplit->setChildrenCollapsible(false);
    transferSplit->setSizes({230, 420});
    m_tabs->addTab(transferSplit, tr("Transfers"));

    // --- purchase orders: tree over explanation
    m_purchases = new PurchaseOrderModel(this);
    m_purchases->setQuantityEditor(
        [this](int line, double q) { return editQuantity(line, q).ok(); });
    m_purchaseTree = new QTreeView(right);
    m_purchaseTree->setObjectName(QStringLiteral("purchaseTree"));
    m_purchaseTree->setModel(m_purchases);
    m_purchaseTree->setAlternatingRowColors(true);
    m_purchaseTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_purchaseTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_purchaseTree->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed);
    m_purchaseTree->setUniformRowHeights(true);
    m_purchaseWhy = makeExplanation(right, QStringLiteral("purchaseWhy"));
    auto *purchaseSplit = new QSplitter(Qt::Horizontal, right);
    purchaseSplit->addWidget(m_purchaseTree);
    purchaseSplit->addWidget(m_purchaseWhy);
    purchaseSplit->setStretchFactor(0, 3);
    purchaseSplit->setStretchFactor(1, 2);
    purchaseSplit->setChildrenCollapsible(false);
    m_tabs->addTab(purchaseSplit, tr("Purchase orders"));

    // --- costs
    auto *costs = new QWidget(right);
    m_costChart = new CostBreakdownChart(costs);
    m_costChart->setObjectName(QStringLiteral("costChart"));
    m_costText = new QLabel(costs);
    m_costText->setObjectName(QStringLiteral("costText"));
    m_costText->setWordWrap(true);
    m_costText->setTextFormat(Qt::RichText);
    m_costText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *costLayout = new QVBoxLayout(costs);
    costLayout->setContentsMargins(4, 4, 4, 4);
    costLayout->addWidget(m_costChart, 1);
    costLayout->addWidget(m_costText);
    m_tabs->addTab(costs, tr("Costs"));

    // --- comparison
    m_comparison = new PlanComparisonPanel(m_store, right);
    m_tabs->addTab(m_comparison, tr("Comparison"));

    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(reviewBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_approve, &QPushButton::clicked, this, &PlanView::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &PlanView::rejectSelected);
    connect(m_reset, &QPushButton::clicked, this, &PlanView::resetSelected);
    connect(m_search, &QLineEdit::textChanged, m_transferFilter, &PlanLineFilter::setSearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_transferFilter->setStatus(m_statusFilter->currentData().toInt()); });
    connect(m_transferTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanView::updateLineSelection);
    connect(m_purchaseTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanView::updateLineSelection);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool lines = tab() == TransfersTab || tab() == PurchasesTab;
        for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject),
                           static_cast<QWidget *>(m_reset)})
            w->setEnabled(lines && m_plan);
        m_search->setEnabled(tab() == TransfersTab);
        m_statusFilter->setEnabled(tab() == TransfersTab);
    });
    connect(m_flowBucket, &QComboBox::currentIndexChanged, this, &PlanView::updateFlows);
    // The comparison brings the baselines into the cost chart.
    connect(m_comparison, &PlanComparisonPanel::comparisonShown, this, &PlanView::updateCosts);
    return right;
}

void PlanView::reload()
{
    if (!m_store)
        return;
    auto plans = Plan::listPlans(m_store->connection());
    if (!plans) {
        showMessage(tr("The plans could not be read: %1").arg(plans.errorMessage()), true);
        return;
    }
    const qint64 shown = shownPlan();
    {
        // A reset of the list must not look like the planner choosing another plan.
        const QScopedValueRollback<bool> guard(m_updatingList, true);
        m_plans->setPlans(*plans);
    }
    fitColumns(m_planTable, 140);
    qint64 show = shown;
    if (m_plans->rowOf(show) < 0)
        show = plans->isEmpty() ? -1 : plans->constFirst().id; // the newest
    if (show < 0) {
        applyPlan(nullptr);
        return;
    }
    showPlan(show);
}

void PlanView::applyCurrency(const QString &currency)
{
    m_currency = currency;
    m_plans->setCurrency(currency);
    m_transfers->setCurrency(currency);
    m_purchases->setCurrency(currency);
    m_costChart->setCurrency(currency);
    m_runPanel->setCurrency(currency);
    m_comparison->setCurrency(currency);
    // Another symbol may need other widths.
    if (m_plans->rowCount() > 0)
        fitColumns(m_planTable, 140);
    if (m_plan) {
        fitColumns(m_transferTable, 160);
        for (int c = 0; c < PurchaseOrderModel::ColumnCount; ++c)
            m_purchaseTree->resizeColumnToContents(c);
    }
    updateHeader();
    updateCosts();
    updateLineSelection();
}

bool PlanView::showPlan(qint64 planId)
{
    const int row = m_plans->rowOf(planId);
    if (row < 0)
        return false;
    auto *sorted = static_cast<QSortFilterProxyModel *>(m_planTable->model());
    const QModelIndex index = sorted->mapFromSource(m_plans->index(row, 0));
    {
        const QScopedValueRollback<bool> guard(m_updatingList, true);
        m_planTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
        m_planTable->scrollTo(index);
    }
    loadPlan(planId);
    return shownPlan() == planId;
}

qint64 PlanView::shownPlan() const
{
    return m_plan ? m_plan->header.id : -1;
}

void PlanView::loadPlan(qint64 planId)
{
    if (!m_store)
        return;
    // The lines only: the frozen input (megabytes on a large network) stays in the database.
    auto plan = Plan::loadPlan(m_store->connection(), planId, false);
    if (!plan) {
        showMessage(plan.errorMessage(), true);
        applyPlan(nullptr);
        return;
    }
    applyPlan(std::make_shared<const Plan::PlanData>(std::move(plan.value())));
}

void PlanView::applyPlan(const PlanPtr &plan)
{
    const qint64 before = shownPlan();
    const bool samePlan = plan && before == plan->header.id;
    m_plan = plan;
    m_transfers->setPlan(plan);
    m_purchases->setPlan(plan);
    m_comparison->setPlan(plan);
    m_delete->setEnabled(plan != nullptr);
    int transferLines = 0, purchaseLines = 0;
    if (plan)
        for (const Plan::PlanLine &l : plan->lines)
            (l.type == Plan::LineType::Transfer ? transferLines : purchaseLines) += 1;
    m_tabs->setTabText(TransfersTab, tr("Transfers (%1)").arg(QLocale().toString(transferLines)));
    m_tabs->setTabText(
        PurchasesTab,
        tr("Purchase orders (%1)").arg(QLocale().toString(m_purchases->orderCount())));
    m_tabs->setTabEnabled(TransfersTab, transferLines > 0 || !plan);
    m_tabs->setTabEnabled(PurchasesTab, purchaseLines > 0);
    if (!samePlan) {
        // A new plan: open on its lines, suppliers expanded (orders too when they are few).
        if (transferLines == 0 && purchaseLines > 0 && tab() == TransfersTab)
            setTab(PurchasesTab);
        else if (transferLines > 0 && purchaseLines == 0 && tab() == PurchasesTab)
            setTab(TransfersTab);
        if (purchaseLines <= 200)
            m_purchaseTree->expandAll();
        else
            m_purchaseTree->expandToDepth(0);
        fitColumns(m_transferTable, 160);
        for (int c = 0; c < PurchaseOrderModel::ColumnCount; ++c)
            m_purchaseTree->resizeColumnToContents(c);
        m_transferWhy->clear();
        m_purchaseWhy->clear();
        m_message.clear();
        m_messageLabel->clear();
        // The list of buckets for the map.
        const QSignalBlocker block(m_flowBucket);
        m_flowBucket->clear();
        m_flowBucket->addItem(tr("all %1").arg(plan ? F::bucketNoun(plan->header.bucketDays, 2)
                                                    : F::bucketNoun(7, 2)),
                              -1);
        if (plan)
            for (int b = 0; b < plan->header.horizon; ++b)
                m_flowBucket->addItem(
                    tr("shipping in %1 (%2)")
                        .arg(F::bucketRange(plan->header, b, b),
                             F::day(plan->header.startDay + b * plan->header.bucketDays)),
                    b);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject),
                       static_cast<QWidget *>(m_reset)})
        w->setEnabled(plan && (tab() == TransfersTab || tab() == PurchasesTab));
    updateHeader();
    updateCosts();
    updateFlows();
    updateLineSelection();
    if (!samePlan && plan)
        emit planShown(plan->header.id);
}

void PlanView::updateHeader()
{
    if (!m_plan) {
        m_header->setText(
            m_plans->rowCount() == 0
                ? tr("<h3>No plans yet</h3>Choose a kind and a method on the left and press "
                     "<b>Run plan</b>. The MILP is solved by COIN-OR CBC; the rules are the "
                     "ones planners use today, for comparison.")
                : tr("<h3>Select a plan</h3>"));
        return;
    }
    const Plan::PlanHeader &h = m_plan->header;
    const Plan::PlanTotals &t = h.totals;
    QStringList first{tr("<b>Plan %1</b>").arg(h.id), F::kindLabel(h.kind),
                      F::methodLabel(h.method),
                      QStringLiteral("<b>%1</b>").arg(F::planStatusLabel(h.status)),
                      tr("%1 %2 from %3")
                          .arg(h.horizon)
                          .arg(F::bucketNoun(h.bucketDays, h.horizon), F::day(h.startDay))};
    if (h.forecastRunId > 0)
        first.append(tr("forecast run %1").arg(h.forecastRunId));
    const auto money = [this](double v) {
        return F::money(v, m_currency);
    };
    QStringList second{tr("cost <b>%1</b>").arg(money(planCost(t)))};
    if (t.transferLines > 0)
        second.append(tr("%1 transfer lines, %2 units, %3 shipments")
                          .arg(QLocale().toString(t.transferLines), F::units(t.transferUnits),
                               QLocale().toString(t.shipments)));
    if (t.purchaseLines > 0)
        second.append(tr("%1 purchase lines, %2 units in %3 orders worth %4")
                          .arg(QLocale().toString(t.purchaseLines), F::units(t.purchaseUnits),
                               QLocale().toString(t.purchaseOrders), money(t.purchase)));
    second.append(tr("unmet demand %1 units").arg(F::units(t.unmetUnits)));
    if (h.method == QLatin1String("milp")) {
        second.append(tr("objective %1, bound %2, gap <b>%3</b>")
                          .arg(money(h.objective), money(h.bound), F::percent(h.gap, 2)));
        second.append(tr("%1 rows × %2 columns")
                          .arg(QLocale().toString(h.rows), QLocale().toString(h.columns)));
    }
    second.append(F::seconds(h.seconds));
    QString text = first.join(QStringLiteral(" · ")) + QStringLiteral("<br>")
                   + second.join(QStringLiteral(" · "));
    if (!h.note.isEmpty())
        text += QStringLiteral("<br><span style='color:#555'>%1 %2</span>")
                    .arg(tr("Solver:"), h.note.toHtmlEscaped());
    // The review so far.
    QMap<Plan::LineStatus, int> counts;
    int edited = 0;
    for (const Plan::PlanLine &l : m_plan->lines) {
        ++counts[l.status];
        edited += std::abs(l.quantity - l.proposedQuantity) >= 0.5 ? 1 : 0;
    }
    if (!m_plan->lines.empty()) {
        QString review = tr("Review: %1").arg(countText(counts));
        if (edited > 0)
            review += tr("; quantities edited: %1 — the cost above is the plan as proposed, the "
                         "comparison simulates it as reviewed")
                          .arg(QLocale().toString(edited));
        text += QStringLiteral("<br>") + review;
    }
    m_header->setText(text);
}

void PlanView::updateCosts()
{
    if (!m_plan) {
        m_costChart->clear();
        m_costText->clear();
        return;
    }
    m_costChart->setPlan(m_plan->header, m_comparison->comparison());
    const Plan::PlanTotals &t = m_plan->header.totals;
    const auto money = [this](double v) {
        return F::money(v, m_currency);
    };
    QString text = tr("With demand as forecast, plan %1 costs <b>%2</b> over the horizon = "
                      "transport %3 + fixed %4 + holding %5 + lost margin %6 + safety-stock "
                      "shortfall %7.")
                       .arg(m_plan->header.id)
                       .arg(money(planCost(t)), money(t.transport), money(t.fixed),
                            money(t.holding), money(t.lostMargin), money(t.safetyShortfall));
    if (t.purchase > 0)
        text += QLatin1Char(' ')
                + tr("It buys stock worth %1, recovered when it sells (not a cost here).")
                      .arg(money(t.purchase));
    if (!m_comparison->comparison())
        text += QLatin1Char(' ') + tr("Compare it with the baselines to see theirs beside it.");
    m_costText->setText(text);
}

QList<NetworkMapWidget::Flow> PlanView::flows() const
{
    QList<NetworkMapWidget::Flow> out;
    if (!m_plan)
        return out;
    const int bucket = m_flowBucket->currentData().toInt();
    std::map<std::pair<QString, QString>, int> index;
    for (const Plan::PlanLine &l : m_plan->lines) {
        if (l.type != Plan::LineType::Transfer || l.status == Plan::LineStatus::Rejected)
            continue;
        if (bucket >= 0 && F::bucketOf(m_plan->header, l.shipDay) != bucket)
            continue;
        const auto key = std::make_pair(l.fromCode, l.toCode);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, int(out.size())).first;
            out.append({l.fromCode, l.toCode, 0.0, 0});
        }
        out[it->second].units += l.quantity;
        out[it->second].lines += 1;
    }
    return out;
}

void PlanView::setFlowBucket(int bucket)
{
    m_flowBucket->setCurrentIndex(std::max(0, m_flowBucket->findData(bucket)));
}

void PlanView::updateFlows()
{
    const QList<NetworkMapWidget::Flow> f = flows();
    QString title;
    if (m_plan) {
        const int bucket = m_flowBucket->currentData().toInt();
        title = bucket < 0 ? tr("Plan %1: transfers").arg(m_plan->header.id)
                           : tr("Plan %1: transfers shipping in %2")
                                 .arg(m_plan->header.id)
                                 .arg(F::bucketRange(m_plan->header, bucket, bucket));
        double units = 0;
        for (const auto &flow : f)
            units += flow.units;
        m_flowSummary->setText(f.isEmpty()
                                   ? tr("no transfers")
                                   : tr("%1 lanes, %2 units (rejected lines left out)")
                                         .arg(QLocale().toString(f.size()), F::units(units)));
    } else {
        m_flowSummary->clear();
    }
    m_map->setFlows(f, title);
    emit flowsChanged(f, title);
}

void PlanView::setTab(Tab t)
{
    m_tabs->setCurrentIndex(int(t));
}

PlanView::Tab PlanView::tab() const
{
    return Tab(m_tabs->currentIndex());
}

const Plan::PlanLine *PlanView::findLine(int line) const
{
    if (!m_plan)
        return nullptr;
    for (const Plan::PlanLine &l : m_plan->lines)
        if (l.line == line)
            return &l;
    return nullptr;
}

bool PlanView::selectLine(int line)
{
    const Plan::PlanLine *l = findLine(line);
    if (!l)
        return false;
    if (l->type == Plan::LineType::Transfer) {
        setTab(TransfersTab);
        const int row = m_transfers->rowOf(line);
        QModelIndex index = m_transferFilter->mapFromSource(m_transfers->index(row, 0));
        if (!index.isValid()) {
            // Hidden by the search or status filter: show everything again.
            m_search->clear();
            m_statusFilter->setCurrentIndex(0);
            index = m_transferFilter->mapFromSource(m_transfers->index(row, 0));
        }
        m_transferTable->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_transferTable->scrollTo(index);
    } else {
        setTab(PurchasesTab);
        const QModelIndex index = m_purchases->indexOfLine(line);
        m_purchaseTree->expand(index.parent());
        m_purchaseTree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
        m_purchaseTree->scrollTo(index);
    }
    updateLineSelection();
    return true;
}

QList<int> PlanView::selectedLines() const
{
    QList<int> lines;
    if (tab() == TransfersTab) {
        for (const QModelIndex &index : m_transferTable->selectionModel()->selectedRows())
            lines.append(index.data(TransferLineModel::LineRole).toInt());
    } else if (tab() == PurchasesTab) {
        // An order or a supplier stands for all its lines.
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &index) {
            const int line = index.data(PurchaseOrderModel::LineRole).toInt();
            if (line > 0) {
                if (!lines.contains(line))
                    lines.append(line);
                return;
            }
            for (int r = 0; r < m_purchases->rowCount(index); ++r)
                collect(m_purchases->index(r, 0, index));
        };
        for (const QModelIndex &index : m_purchaseTree->selectionModel()->selectedRows())
            collect(index);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

void PlanView::updateLineSelection()
{
    if (!m_plan) {
        m_transferWhy->clear();
        m_purchaseWhy->clear();
        m_map->setHighlightedFlow({}, {});
        return;
    }
    const QModelIndex transfer = m_transferTable->currentIndex();
    if (transfer.isValid()) {
        const int line = transfer.data(TransferLineModel::LineRole).toInt();
        if (const Plan::PlanLine *l = findLine(line)) {
            m_transferWhy->setHtml(PlanExplanation::html(*l, m_plan->header, m_currency));
            m_map->setHighlightedFlow(l->fromCode, l->toCode);
        }
    } else {
        m_map->setHighlightedFlow({}, {});
    }
    const QModelIndex purchase = m_purchaseTree->currentIndex();
    if (const Plan::PlanLine *l = m_purchases->line(purchase.siblingAtColumn(0)))
        m_purchaseWhy->setHtml(PlanExplanation::html(*l, m_plan->header, m_currency));
    else if (purchase.isValid())
        m_purchaseWhy->setHtml(
            tr("<h3>%1</h3><p>%2 · %3 units · value %4</p><p>Select one of its lines to see why "
               "it is ordered; Approve or Reject act on all the lines under the row "
               "selected.</p>")
                .arg(purchase.siblingAtColumn(PurchaseOrderModel::Name)
                         .data()
                         .toString()
                         .toHtmlEscaped(),
                     purchase.siblingAtColumn(PurchaseOrderModel::Status).data().toString(),
                     purchase.siblingAtColumn(PurchaseOrderModel::Quantity).data().toString(),
                     purchase.siblingAtColumn(PurchaseOrderModel::Value).data().toString()));
}

QString PlanView::explanationText() const
{
    return (tab() == PurchasesTab ? m_purchaseWhy : m_transferWhy)->toPlainText();
}

QString PlanView::messageText() const
{
    return m_message;
}

void PlanView::showMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageLabel->setToolTip(text);
    m_messageLabel->setText(
        error ? QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped())
              : text.toHtmlEscaped());
}

Status PlanView::setLineStatus(const QList<int> &lines, Plan::LineStatus status)
{
    if (!m_store || !m_plan)
        return Error(tr("No plan is shown."), QStringLiteral("no-plan"));
    QList<QPair<int, Plan::LineStatus>> before;
    QList<int> changed;
    for (int line : lines) {
        const Plan::PlanLine *l = findLine(line);
        if (!l) {
            const Error e(tr("Plan %1 has no line %2.").arg(m_plan->header.id).arg(line),
                          QStringLiteral("no-line"));
            showMessage(e.message, true);
            return e;
        }
        if (l->status != status) {
            before.append({line, l->status});
            changed.append(line);
        }
    }
    if (changed.isEmpty()) {
        showMessage(lines.isEmpty() ? tr("Select the lines to review first.")
                                    : tr("Nothing to change: the lines are %1 already.")
                                          .arg(F::lineStatusLabel(status)));
        return {};
    }
    const qint64 planId = m_plan->header.id;
    if (Status s = Plan::setLineStatus(m_store->connection(), planId, changed, status); !s) {
        showMessage(s.errorMessage(), true);
        return s;
    }
    QString what;
    if (changed.size() == 1) {
        const Plan::PlanLine *l = findLine(changed.first());
        what = tr("line %1 (%2, %3 → %4)").arg(l->line).arg(l->skuCode, l->fromCode, l->toCode);
    } else {
        what = tr("%1 lines").arg(QLocale().toString(changed.size()));
    }
    QString verb;
    switch (status) {
    case Plan::LineStatus::Approved:
        verb = tr("Approve %1 of plan %2");
        break;
    case Plan::LineStatus::Rejected:
        verb = tr("Reject %1 of plan %2");
        break;
    default:
        verb = tr("Set %1 of plan %2 back to proposed");
        break;
    }
    const QString text = verb.arg(what).arg(planId);
    m_undo->push(new LineStatusCommand(m_store, planId, before, status, text));
    showMessage(tr("%1 — stored; Edit → Undo takes it back.").arg(text));
    m_store->notifyChanged({QStringLiteral("plan_lines")});
    return {};
}

Status PlanView::editQuantity(int line, double quantity)
{
    if (!m_store || !m_plan)
        return Error(tr("No plan is shown."), QStringLiteral("no-plan"));
    const Plan::PlanLine *l = findLine(line);
    if (!l) {
        const Error e(tr("Plan %1 has no line %2.").arg(m_plan->header.id).arg(line),
                      QStringLiteral("no-line"));
        showMessage(e.message, true);
        return e;
    }
    if (std::abs(l->quantity - quantity) < 0.5)
        return {};
    const qint64 planId = m_plan->header.id;
    const double before = l->quantity;
    const QString text
        = tr("Line %1 of plan %2 (%3 %4 → %5): %6 → %7 units")
              .arg(line)
              .arg(planId)
              .arg(l->skuCode, l->fromCode, l->toCode, F::units(before), F::units(quantity));
    if (Status s = Plan::editLineQuantity(m_store->connection(), planId, line, quantity); !s) {
        showMessage(s.errorMessage(), true);
        return s;
    }
    m_undo->push(new LineQuantityCommand(m_store, planId, line, before, quantity, text));
    showMessage(tr("%1 — stored; Edit → Undo takes it back.").arg(text));
    m_store->notifyChanged({QStringLiteral("plan_lines")});
    return {};
}

void PlanView::review(Plan::LineStatus status)
{
    (void)setLineStatus(selectedLines(), status);
}

void PlanView::approveSelected()
{
    review(Plan::LineStatus::Approved);
}

void PlanView::rejectSelected()
{
    review(Plan::LineStatus::Rejected);
}

void PlanView::resetSelected()
{
    review(Plan::LineStatus::Proposed);
}

Status PlanView::deletePlan(qint64 planId)
{
    if (!m_store)
        return Error(tr("No database is open."), QStringLiteral("no-database"));
    if (Status s = Plan::deletePlan(m_store->connection(), planId); !s) {
        showMessage(s.errorMessage(), true);
        return s;
    }
    if (shownPlan() == planId)
        applyPlan(nullptr);
    m_store->notifyChanged({QStringLiteral("plans"), QStringLiteral("plan_lines")});
    showMessage(tr("Plan %1 deleted.").arg(planId));
    return {};
}

void PlanView::deleteSelectedPlan()
{
    if (!m_plan)
        return;
    const Plan::PlanHeader &h = m_plan->header;
    const auto answer = QMessageBox::question(
        this, tr("Delete plan"),
        tr("Delete plan %1 (%2, %3) and its %4 lines? This cannot be undone.")
            .arg(h.id)
            .arg(F::kindLabel(h.kind), F::methodLabel(h.method),
                 QLocale().toString(qsizetype(m_plan->lines.size()))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        (void)deletePlan(h.id);
}

} // namespace Stockshift::Ui
