#include "scenario/ScenarioView.h"

#include "common/Dates.h"
#include "common/Shortcuts.h"

#include "common/Money.h"
#include "plan/PlanFormat.h"
#include "scenario/ScenarioCommands.h"
#include "scenario/ScenarioFile.h"
#include "scenario/ScenarioModels.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/ScenarioStore.h"
#include "scenario/WhatIf.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>
#include <mutex>

namespace Stockshift::Ui {

namespace F = PlanFormat;
using namespace Scenarios;

// Shared between the worker (writes) and the GUI's poll timer (reads).
struct ScenarioView::Live
{
    std::atomic_bool cancel{false};
    std::atomic_int percent{0};
    std::mutex mutex;
    QString stage; // guarded by mutex
};

struct ScenarioView::Outcome
{
    qint64 scenarioId = -1;
    Results results;
    QString error, errorCode;
};

namespace {

// The metrics the chart draws, as an index of the reference scenario.
const Metric kChartMetrics[]
    = {Metric::TotalCost,     Metric::FillRate,  Metric::InventoryValue, Metric::DaysOfInventory,
       Metric::ExpiringUnits, Metric::Transfers, Metric::PurchaseOrders, Metric::LostUnits};

// Combos sized by a few characters, not by their longest entry (lane and site names would
// otherwise set the width of the whole area).
QComboBox *makeCombo(QWidget *parent, const QString &objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

// A row label of the edit grid: wrapped, so that a long one ("Wiederbeschaffungszeit des
// Lieferanten") takes two lines instead of widening the area past the window.
QLabel *rowLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ScenarioView::ScenarioView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new ScenarioListModel(this))
    , m_edits(new EditListModel(this))
    , m_comparison(new ScenarioComparisonModel(this))
    , m_skuDiff(new SkuDiffModel(this))
    , m_poll(new QTimer(this))
    , m_undo(new QUndoStack(this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildLeft());
    m_tabs = new QTabWidget(splitter);
    m_tabs->addTab(buildWhatIf(), tr("What-if"));
    m_tabs->addTab(buildComparison(), tr("Comparison"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The list as wide as its figures need and some 16 characters of name (less when the window
    // is narrow: the name is elided then, its tooltip has it).
    splitter->setSizes(
        {m_listView->minimumWidth() + fontMetrics().averageCharWidth() * 16 + 20, 1020});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ScenarioView::poll);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            &ScenarioView::finished);
    if (m_store)
        connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &t) {
            if (t.contains(QStringLiteral("locations")) || t.contains(QStringLiteral("lanes"))
                || t.contains(QStringLiteral("suppliers")))
                fillChoices();
        });
    fillChoices();
    Money::watchCurrency(m_store, this, [this](const QString &c) { applyCurrency(c); });
    reload();
}

ScenarioView::~ScenarioView()
{
    // The worker holds its own connections and the shared state only: cancel it and wait, so
    // that nothing outlives the view.
    if (m_live)
        m_live->cancel = true;
    m_watcher.waitForFinished();
}

QWidget *ScenarioView::buildLeft()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    auto *heading = new QLabel(tr("<b>Scenarios</b> — select two or more to compare them"), panel);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_listView = makeTable(m_list, panel);
    m_listView->setObjectName(QStringLiteral("scenarioList"));
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The name takes the room; the figures their own width. When it ran is in the tooltip and
    // the what-if summary, not worth a column in a narrow panel.
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(ScenarioListModel::NameColumn,
                                                         QHeaderView::Stretch);
    m_listView->setColumnHidden(ScenarioListModel::RanColumn, true);
    m_listView->verticalHeader()->hide();
    // The figures keep their width and the name column at least its title's (German figures'
    // titles are wide): the list is as wide as that needs, a long name is elided (the tooltip has
    // it), and the table never scrolls sideways, which would cut the name column's title.
    const auto fitList = [this] {
        QHeaderView *header = m_listView->horizontalHeader();
        const QString nameTitle
            = m_list->headerData(ScenarioListModel::NameColumn, Qt::Horizontal).toString();
        int width = header->fontMetrics().horizontalAdvance(nameTitle)
                    + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int c = 0; c < m_list->columnCount(); ++c)
            if (c != ScenarioListModel::NameColumn && !m_listView->isColumnHidden(c))
                width
                    += std::max(header->sectionSizeHint(c),
                                static_cast<QAbstractItemView *>(m_listView)->sizeHintForColumn(c));
        width
            += 2 * m_listView->frameWidth()
               + m_listView->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_listView);
        m_listView->setMinimumWidth(width);
    };
    connect(m_list, &QAbstractItemModel::modelReset, this, fitList);
    fitList();
    layout->addWidget(m_listView, 1);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QModelIndex current = m_listView->selectionModel()->currentIndex();
        if (current.isValid())
            showScenario(m_list->idAt(current.row()));
        updateComparison();
    });

    auto *buttons = new QGridLayout;
    m_new = new QPushButton(tr("New from current settings"), panel);
    m_new->setObjectName(QStringLiteral("newScenario"));
    m_new->setToolTip(tr("Snapshot the policies, costs, capacities, lanes, lead times, forecast "
                         "overrides and solver settings of the database as a new scenario."));
    m_clone = new QPushButton(tr("Clone"), panel);
    m_clone->setObjectName(QStringLiteral("cloneScenario"));
    m_delete = new QPushButton(tr("Delete"), panel);
    m_delete->setObjectName(QStringLiteral("deleteScenario"));
    m_open = new QPushButton(tr("Open file…"), panel);
    m_open->setObjectName(QStringLiteral("openScenarioFile"));
    m_saveFile = new QPushButton(tr("Save to file…"), panel);
    m_saveFile->setObjectName(QStringLiteral("saveScenarioFile"));
    buttons->addWidget(m_new, 0, 0, 1, 2);
    buttons->addWidget(m_clone, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_open, 2, 0);
    buttons->addWidget(m_saveFile, 2, 1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (auto id = createFromCurrent(); !id)
            setStatus(id.errorMessage(), true);
    });
    connect(m_clone, &QPushButton::clicked, this, [this] {
        if (auto id = cloneShown(); !id)
            setStatus(id.errorMessage(), true);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_scenario.id < 0)
            return;
        if (QMessageBox::question(this, tr("Delete scenario"),
                                  tr("Delete the scenario \"%1\"?").arg(m_scenario.name))
            != QMessageBox::Yes)
            return;
        if (Status s = deleteShown(); !s)
            setStatus(s.errorMessage(), true);
    });
    connect(m_open, &QPushButton::clicked, this, &ScenarioView::openFileDialog);
    connect(m_saveFile, &QPushButton::clicked, this, &ScenarioView::saveFileDialog);
    return panel;
}

QWidget *ScenarioView::buildWhatIf()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Name:"), page));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("scenarioName"));
    nameRow->addWidget(m_name, 1);
    layout->addLayout(nameRow);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_scenario.id >= 0 && m_name->text().trimmed() != m_scenario.name) {
            if (Status s = renameShown(m_name->text()); !s) {
                setStatus(s.errorMessage(), true);
                m_name->setText(m_scenario.name);
            }
        }
    });
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_editView = makeTable(m_edits, page);
    m_editView->setObjectName(QStringLiteral("editList"));
    m_editView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_editView->horizontalHeader()->setSectionResizeMode(EditListModel::ChangeColumn,
                                                         QHeaderView::Stretch);
    m_editView->verticalHeader()->hide();
    m_editView->setMinimumHeight(110);
    layout->addWidget(m_editView, 1);
    m_removeEdit = new QPushButton(tr("Remove edit"), page);
    m_removeEdit->setObjectName(QStringLiteral("removeEdit"));
    connect(m_removeEdit, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_editView->currentIndex();
        if (!i.isValid())
            return;
        if (Status s = removeEdit(i.row()); !s)
            setStatus(s.errorMessage(), true);
    });
    m_changeEdit = new QPushButton(tr("Change value…"), page);
    m_changeEdit->setObjectName(QStringLiteral("changeEdit"));
    m_changeEdit->setToolTip(tr("Change the factor, days, budget or capacity of the selected "
                                "edit (or double-click it)"));
    connect(m_changeEdit, &QPushButton::clicked, this, [this] {
        if (const QModelIndex i = m_editView->currentIndex(); i.isValid())
            changeEditDialog(i.row());
    });
    connect(m_editView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &i) {
        if (!isRunning())
            changeEditDialog(i.row());
    });
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_changeEdit);
    removeRow->addWidget(m_removeEdit);
    layout->addLayout(removeRow);

    // The editor: one row per kind of change, each with its own Add button.
    auto *editor = new QGroupBox(tr("Add a change"), page);
    auto *grid = new QGridLayout(editor);
    int row = 0;
    const auto addButton = [&](const QString &objectName, auto make) {
        auto *button = new QPushButton(tr("Add"), editor);
        button->setObjectName(objectName);
        connect(button, &QPushButton::clicked, this, [this, make] {
            auto e = make();
            if (!e) {
                setStatus(e.errorMessage(), true);
                return;
            }
            if (Status s = addEdit(*e); !s)
                setStatus(s.errorMessage(), true);
        });
        m_addButtons << button;
        grid->addWidget(button, row, 4);
        ++row;
    };

    grid->addWidget(rowLabel(tr("Demand"), editor), row, 0);
    m_demandScope = makeCombo(editor, QStringLiteral("demandScope"));
    m_demandScope->addItem(tr("Region"), QStringLiteral("region"));
    m_demandScope->addItem(tr("Category"), QStringLiteral("category"));
    m_demandTarget = makeCombo(editor, QStringLiteral("demandTarget"));
    m_demandFactor = new QDoubleSpinBox(editor);
    m_demandFactor->setObjectName(QStringLiteral("demandFactor"));
    m_demandFactor->setRange(0, 5);
    m_demandFactor->setSingleStep(0.05);
    m_demandFactor->setValue(1.2);
    m_demandFactor->setPrefix(QStringLiteral("×"));
    grid->addWidget(m_demandScope, row, 1);
    grid->addWidget(m_demandTarget, row, 2);
    grid->addWidget(m_demandFactor, row, 3);
    connect(m_demandScope, &QComboBox::currentIndexChanged, this, [this] { fillChoices(); });
    addButton(QStringLiteral("addDemand"), [this]() -> Result<WhatIfEdit> {
        WhatIfEdit e;
        e.kind = EditKind::DemandFactor;
        e.scope = m_demandScope->currentData().toString();
        e.target = m_demandTarget->currentText();
        e.value = m_demandFactor->value();
        if (Status s = validateEdit(e); !s)
            return s.error();
        return e;
    });

    grid->addWidget(rowLabel(tr("Close lane"), editor), row, 0);
    m_lane = makeCombo(editor, QStringLiteral("lane"));
    grid->addWidget(m_lane, row, 1, 1, 3);
    addButton(QStringLiteral("addLane"), [this]() -> Result<WhatIfEdit> {
        const QStringList ends = m_lane->currentData().toStringList();
        if (ends.size() != 2)
            return Error(tr("Choose a lane."));
        WhatIfEdit e;
        e.kind = EditKind::CloseLane;
        e.target = ends[0];
        e.target2 = ends[1];
        return e;
    });

    grid->addWidget(rowLabel(tr("Supplier lead time"), editor), row, 0);
    m_supplier = makeCombo(editor, QStringLiteral("supplier"));
    m_leadDays = new QSpinBox(editor);
    m_leadDays->setObjectName(QStringLiteral("leadDays"));
    m_leadDays->setRange(-60, 365);
    m_leadDays->setValue(7);
    m_leadDays->setSuffix(tr(" days"));
    m_leadDays->setPrefix(QStringLiteral("+"));
    grid->addWidget(m_supplier, row, 1, 1, 2);
    grid->addWidget(m_leadDays, row, 3);
    addButton(QStringLiteral("addLeadTime"), [this]() -> Result<WhatIfEdit> {
        WhatIfEdit e;
        e.kind = EditKind::LeadTimePlus;
        e.target = m_supplier->currentText();
        e.value = m_leadDays->value();
        if (Status s = validateEdit(e); !s)
            return s.error();
        return e;
    });

    grid->addWidget(rowLabel(tr("Budget"), editor), row, 0);
    m_budgetPercent = new QSpinBox(editor);
    m_budgetPercent->setObjectName(QStringLiteral("budgetPercent"));
    m_budgetPercent->setRange(-90, 200);
    m_budgetPercent->setValue(-15);
    m_budgetPercent->setSuffix(QStringLiteral(" %"));
    grid->addWidget(m_budgetPercent, row, 3);
    addButton(QStringLiteral("addBudget"), [this]() -> Result<WhatIfEdit> {
        WhatIfEdit e;
        e.kind = EditKind::BudgetFactor;
        e.value = 1.0 + m_budgetPercent->value() / 100.0;
        if (Status s = validateEdit(e); !s)
            return s.error();
        return e;
    });

    grid->addWidget(rowLabel(tr("New site"), editor), row, 0);
    m_siteCode = new QLineEdit(QStringLiteral("MFC-NEW-01"), editor);
    m_siteCode->setObjectName(QStringLiteral("siteCode"));
    m_siteTemplate = makeCombo(editor, QStringLiteral("siteTemplate"));
    m_siteTemplate->setToolTip(
        tr("The site whose lanes, region and suppliers the new site copies"));
    auto *siteNumbers = new QHBoxLayout;
    m_siteCapacity = new QSpinBox(editor);
    m_siteCapacity->setObjectName(QStringLiteral("siteCapacity"));
    m_siteCapacity->setRange(0, 10000000);
    m_siteCapacity->setSingleStep(500);
    m_siteCapacity->setValue(5000);
    m_siteCapacity->setSpecialValueText(tr("unlimited"));
    m_siteCapacity->setToolTip(tr("Capacity in units"));
    m_siteShare = new QSpinBox(editor);
    m_siteShare->setObjectName(QStringLiteral("siteShare"));
    m_siteShare->setRange(0, 100);
    m_siteShare->setValue(30);
    m_siteShare->setSuffix(QStringLiteral(" %"));
    m_siteShare->setToolTip(tr("The share of the template site's demand the new site serves"));
    siteNumbers->addWidget(m_siteCapacity);
    siteNumbers->addWidget(m_siteShare);
    grid->addWidget(m_siteCode, row, 1);
    grid->addWidget(m_siteTemplate, row, 2);
    grid->addLayout(siteNumbers, row, 3);
    addButton(QStringLiteral("addSite"), [this]() -> Result<WhatIfEdit> {
        WhatIfEdit e;
        e.kind = EditKind::NewSite;
        e.target = m_siteCode->text().trimmed();
        e.target2 = m_siteTemplate->currentText();
        e.value = m_siteCapacity->value() == 0 ? -1.0 : double(m_siteCapacity->value());
        e.share = m_siteShare->value() / 100.0;
        if (Status s = validateEdit(e); !s)
            return s.error();
        return e;
    });
    grid->setColumnStretch(2, 1);
    layout->addWidget(editor);

    // Solver settings and the run.
    auto *runBox = new QGroupBox(tr("Run"), page);
    auto *runLayout = new QGridLayout(runBox);
    m_method = makeCombo(runBox, QStringLiteral("method"));
    m_method->addItem(tr("MILP (CBC)"), QStringLiteral("milp"));
    m_method->addItem(tr("Rules (greedy + reorder point)"), QStringLiteral("greedy"));
    m_timeLimit = new QDoubleSpinBox(runBox);
    m_timeLimit->setObjectName(QStringLiteral("timeLimit"));
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setDecimals(0);
    m_timeLimit->setValue(20);
    m_timeLimit->setSuffix(tr(" s"));
    m_horizon = new QSpinBox(runBox);
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_horizon->setRange(1, 26);
    m_horizon->setValue(4);
    m_horizon->setSuffix(tr(" weeks"));
    runLayout->addWidget(new QLabel(tr("Method"), runBox), 0, 0);
    runLayout->addWidget(m_method, 0, 1);
    runLayout->addWidget(new QLabel(tr("Time limit"), runBox), 0, 2);
    runLayout->addWidget(m_timeLimit, 0, 3);
    runLayout->addWidget(new QLabel(tr("Horizon"), runBox), 0, 4);
    runLayout->addWidget(m_horizon, 0, 5);
    m_run = new QPushButton(tr("Run"), runBox);
    m_run->setObjectName(QStringLiteral("runScenario"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), runBox);
    m_cancel->setObjectName(QStringLiteral("cancelScenario"));
    Shortcuts::setRunKey(m_run);
    Shortcuts::setCancelKey(m_cancel);
    m_progress = new QProgressBar(runBox);
    m_progress->setObjectName(QStringLiteral("scenarioProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    runLayout->addWidget(m_run, 1, 0);
    runLayout->addWidget(m_progress, 1, 1, 1, 4);
    runLayout->addWidget(m_cancel, 1, 5);
    m_status = new QLabel(runBox);
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runLayout->addWidget(m_status, 2, 0, 1, 6);
    runLayout->setColumnStretch(1, 1);
    layout->addWidget(runBox);
    connect(m_run, &QPushButton::clicked, this, &ScenarioView::run);
    connect(m_cancel, &QPushButton::clicked, this, &ScenarioView::cancel);
    return page;
}

QWidget *ScenarioView::buildComparison()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_comparisonNote = new QLabel(page);
    m_comparisonNote->setObjectName(QStringLiteral("comparisonNote"));
    m_comparisonNote->setWordWrap(true);
    layout->addWidget(m_comparisonNote);
    // The metric table across the top (it needs the width: a value and its change per
    // scenario); below it the chart and the per-SKU diff side by side.
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    m_comparisonView = makeTable(m_comparison, splitter);
    m_comparisonView->setObjectName(QStringLiteral("comparisonTable"));
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparisonView->setSelectionMode(QAbstractItemView::NoSelection);
    auto *bottom = new QSplitter(Qt::Horizontal, splitter);
    bottom->setChildrenCollapsible(false);
    m_chart = new QChartView(bottom);
    m_chart->setObjectName(QStringLiteral("comparisonChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(280, 260);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setChart(chart);
    m_skuView = makeTable(m_skuDiff, bottom);
    m_skuView->setObjectName(QStringLiteral("skuDiffTable"));
    // Each column as wide as its title and figures (the scenario names are the titles), the
    // last one taking the rest.
    m_skuView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_skuView->horizontalHeader()->setStretchLastSection(true);
    m_skuView->verticalHeader()->hide();
    bottom->addWidget(m_chart);
    bottom->addWidget(m_skuView);
    bottom->setSizes({430, 570});
    splitter->addWidget(m_comparisonView);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    const int rowHeight = m_comparisonView->verticalHeader()->defaultSectionSize();
    splitter->setSizes({rowHeight * (kMetricCount + 1) + 8, 500});
    layout->addWidget(splitter, 1);
    return page;
}

void ScenarioView::fillChoices()
{
    if (!m_store)
        return;
    QSqlQuery q(m_store->connection().db());
    const auto fill = [&](QComboBox *box, const QString &sql) {
        const QString current = box->currentText();
        box->clear();
        if (q.exec(sql))
            while (q.next())
                box->addItem(q.value(0).toString());
        if (const int i = box->findText(current); i >= 0)
            box->setCurrentIndex(i);
    };
    fill(m_demandTarget, m_demandScope->currentData().toString() == QLatin1String("category")
                             ? QStringLiteral("SELECT DISTINCT category FROM skus WHERE category "
                                              "<> '' ORDER BY 1")
                             : QStringLiteral("SELECT DISTINCT region FROM locations WHERE "
                                              "region <> '' ORDER BY 1"));
    fill(m_supplier, QStringLiteral("SELECT code FROM suppliers ORDER BY code"));
    fill(m_siteTemplate, QStringLiteral("SELECT code FROM locations WHERE kind IN "
                                        "('micro_fulfilment', 'store', 'regional_hub') ORDER BY "
                                        "kind = 'micro_fulfilment' DESC, code"));
    m_lane->clear();
    if (q.exec(QStringLiteral("SELECT DISTINCT f.code, t.code FROM lanes a JOIN locations f ON "
                              "f.id = a.from_id JOIN locations t ON t.id = a.to_id ORDER BY 1, 2")))
        while (q.next())
            m_lane->addItem(
                QStringLiteral("%1 → %2").arg(q.value(0).toString(), q.value(1).toString()),
                QStringList{q.value(0).toString(), q.value(1).toString()});
}

void ScenarioView::applyCurrency(const QString &currency)
{
    m_currency = currency;
    m_list->setCurrency(currency);
    m_comparison->setCurrency(currency);
    m_skuDiff->setCurrency(currency);
    // The list again (its widths fit the figures) with the comparison, and the summary.
    if (m_list->rowCount() > 0) {
        reload();
        updateShown();
    }
}

void ScenarioView::reload()
{
    if (!m_store)
        return;
    auto scenarios = listScenarios(m_store->connection());
    if (!scenarios) {
        setStatus(scenarios.errorMessage(), true);
        return;
    }
    // Keep the selection (by id) across the reset.
    QList<qint64> selected;
    for (const QModelIndex &i : m_listView->selectionModel()->selectedRows())
        selected << m_list->idAt(i.row());
    const qint64 shown = m_scenario.id;
    m_selecting = true;
    m_list->setScenarios(*scenarios);
    m_selecting = false;
    if (!selected.isEmpty())
        selectScenarios(selected);
    else if (shown >= 0 && m_list->rowOf(shown) >= 0)
        selectScenarios({shown});
    else if (m_list->rowCount() > 0)
        selectScenarios({m_list->idAt(0)});
    else {
        m_scenario = {};
        updateShown();
        updateComparison();
    }
}

void ScenarioView::selectScenarios(const QList<qint64> &ids)
{
    QItemSelectionModel *selection = m_listView->selectionModel();
    m_selecting = true;
    selection->clearSelection();
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_list->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_list->index(row, 0);
        if (!first.isValid())
            first = index;
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (first.isValid())
        selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_selecting = false;
    if (first.isValid())
        showScenario(m_list->idAt(first.row()));
    updateComparison();
}

bool ScenarioView::showScenario(qint64 id)
{
    if (!m_store || id < 0)
        return false;
    if (id == m_scenario.id)
        return true;
    auto s = loadScenario(m_store->connection(), id);
    if (!s) {
        setStatus(s.errorMessage(), true);
        return false;
    }
    m_scenario = *s;
    m_method->setCurrentIndex(std::max(0, m_method->findData(m_scenario.solver.method)));
    m_timeLimit->setValue(m_scenario.solver.timeLimitSeconds);
    m_horizon->setValue(m_scenario.solver.horizon);
    updateShown();
    return true;
}

void ScenarioView::setTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ScenarioView::updateShown()
{
    m_name->setText(m_scenario.name);
    m_edits->setEdits(m_scenario.edits);
    if (m_scenario.id < 0) {
        m_summary->setText(tr("No scenario yet. <b>New from current settings</b> takes a snapshot "
                              "of the planning settings to start from."));
    } else {
        QString text = tr("%1 sites, %2 lanes, %3 suppliers, %4 policy rules, %5 forecast "
                          "overrides captured %6%7.")
                           .arg(m_scenario.sites.size())
                           .arg(m_scenario.lanes.size())
                           .arg(m_scenario.suppliers.size())
                           .arg(m_scenario.policyRules.size())
                           .arg(m_scenario.forecastOverrides.size())
                           .arg(Dates::time(m_scenario.createdAt))
                           .arg(m_scenario.parentName.isEmpty()
                                    ? QString()
                                    : tr(", cloned from %1").arg(m_scenario.parentName));
        const Results &r = m_scenario.results;
        if (r.present)
            text += QLatin1Char(' ')
                    + tr("Last run: total cost %1, fill rate %2, %3 transfers, %4 purchase orders.")
                          .arg(F::money(r.kpis.totalCost, m_currency), F::percent(r.kpis.fillRate),
                               F::units(r.kpis.transfers), F::units(r.kpis.purchaseOrders));
        else
            text += QLatin1Char(' ') + tr("Not run yet.");
        m_summary->setText(text);
    }
    updateButtons();
}

void ScenarioView::updateButtons()
{
    const bool running = isRunning();
    const bool shown = m_scenario.id >= 0;
    m_new->setEnabled(!running && m_store);
    m_clone->setEnabled(!running && shown);
    m_delete->setEnabled(!running && shown);
    m_saveFile->setEnabled(shown);
    m_open->setEnabled(!running && m_store);
    m_name->setEnabled(!running && shown);
    m_removeEdit->setEnabled(!running && shown && !m_scenario.edits.empty());
    m_changeEdit->setEnabled(!running && shown && !m_scenario.edits.empty());
    for (QPushButton *b : std::as_const(m_addButtons))
        b->setEnabled(!running && shown);
    m_run->setEnabled(!running && shown);
    m_cancel->setEnabled(running);
}

void ScenarioView::updateComparison()
{
    m_comparison->clear();
    m_skuDiff->clear();
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(QString());

    // The selected rows in selection order would be arbitrary: the current row (the one the
    // planner clicked first) is the reference, the others follow in list order.
    QList<int> rows;
    for (const QModelIndex &i : m_listView->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    const int current = m_listView->selectionModel()->currentIndex().row();
    if (rows.contains(current)) {
        rows.removeAll(current);
        rows.prepend(current);
    }
    if (rows.size() < 2) {
        m_comparisonNote->setText(tr("Select two or more scenarios that have been run (Ctrl+click "
                                     "in the list) to compare them; the first is the reference."));
        return;
    }
    std::vector<Scenario> scenarios;
    for (int row : std::as_const(rows)) {
        auto s = loadScenario(m_store->connection(), m_list->idAt(row));
        if (!s) {
            m_comparisonNote->setText(s.errorMessage());
            return;
        }
        scenarios.push_back(std::move(*s));
    }
    auto comparison = compareScenarios(scenarios);
    if (!comparison) {
        m_comparisonNote->setText(comparison.errorMessage());
        return;
    }
    m_comparisonNote->setText(
        tr("%1 scenarios against <b>%2</b>: the change is shown in brackets, green where it is "
           "better. The chart shows each figure as an index of %2 (= 100).")
            .arg(scenarios.size())
            .arg(scenarios.front().name.toHtmlEscaped()));
    m_comparison->setComparison(*comparison);
    m_skuDiff->setComparison(*comparison);

    // Horizontal bars: the metric names stay readable on the category axis.
    auto *series = new QHorizontalBarSeries;
    QStringList categories;
    for (Metric m : kChartMetrics)
        categories << metricLabel(m);
    double top = 100;
    for (int i = 0; i < comparison->names.size(); ++i) {
        auto *set = new QBarSet(comparison->names[i]);
        for (Metric m : kChartMetrics) {
            const double reference = comparison->value(0, m);
            const double v = comparison->value(i, m);
            // Index of the reference; a figure that is 0 in the reference has no index: 100
            // when it is 0 here too, else drawn at the top of the axis.
            const double index = std::abs(reference) > 1e-9 ? 100.0 * v / reference
                                 : std::abs(v) > 1e-9       ? 200.0
                                                            : 100.0;
            set->append(index);
            top = std::max(top, index);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *metrics = new QBarCategoryAxis;
    metrics->append(categories);
    QFont small = metrics->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    metrics->setLabelsFont(small);
    metrics->setReverse(true); // the first metric at the top, as in the table
    auto *indexAxis = new QValueAxis;
    // Headroom above the longest bar, in steps of 25.
    const double axisTop = std::ceil((top + 5) / 25.0) * 25.0;
    indexAxis->setRange(0, axisTop);
    indexAxis->setTickCount(int(axisTop / 25.0) + 1);
    indexAxis->setLabelFormat(QStringLiteral("%.0f"));
    indexAxis->setTitleText(tr("Index (%1 = 100)").arg(comparison->names.first()));
    indexAxis->setLabelsFont(small);
    indexAxis->setTitleFont(small);
    chart->addAxis(metrics, Qt::AlignLeft);
    chart->addAxis(indexAxis, Qt::AlignBottom);
    series->attachAxis(metrics);
    series->attachAxis(indexAxis);
}

int ScenarioView::chartSetCount() const
{
    const QList<QAbstractSeries *> series = m_chart->chart()->series();
    if (series.isEmpty())
        return 0;
    return int(static_cast<QAbstractBarSeries *>(series.first())->count());
}

QString ScenarioView::comparisonMessage() const
{
    return m_comparisonNote->text();
}

void ScenarioView::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_status->setText(
        error ? QStringLiteral("<span style='color:#b02a2a'>%1</span>").arg(text.toHtmlEscaped())
              : text.toHtmlEscaped());
}

QString ScenarioView::statusText() const
{
    return m_statusText;
}

Status ScenarioView::store(Scenario &scenario)
{
    if (!m_store)
        return Error(tr("No database is open."));
    auto id = saveScenario(m_store->connection(), scenario);
    if (!id)
        return id.error();
    m_store->notifyChanged({QStringLiteral("scenarios")});
    emit scenariosChanged();
    return {};
}

Result<qint64> ScenarioView::adopt(Scenario scenario, const QString &baseName,
                                   const std::function<QString(const QString &)> &text)
{
    auto name = uniqueName(m_store->connection(), baseName);
    if (!name)
        return name.error();
    scenario.name = *name;
    scenario.id = -1;
    if (Status s = store(scenario); !s)
        return s.error();
    // The command keeps the scenario as stored (the store fills in what was left empty).
    auto stored = loadScenario(m_store->connection(), scenario.id);
    if (!stored)
        return stored.error();
    m_undo->push(new CreateScenarioCommand(m_store, this, *stored, text(stored->name)));
    m_scenario = Scenario();
    reload();
    selectScenarios({scenario.id});
    return scenario.id;
}

Result<qint64> ScenarioView::createFromCurrent(const QString &name)
{
    if (!m_store)
        return Error(tr("No database is open."));
    auto captured = captureScenario(m_store->connection(), name);
    if (!captured)
        return captured.error();
    captured->solver.method = m_method->currentData().toString();
    captured->solver.timeLimitSeconds = m_timeLimit->value();
    captured->solver.horizon = m_horizon->value();
    auto id = adopt(*captured, name.isEmpty() ? tr("Scenario") : name,
                    [](const QString &n) { return tr("New scenario \"%1\"").arg(n); });
    if (id)
        setStatus(tr("Scenario \"%1\" created from the current settings.").arg(m_scenario.name));
    return id;
}

Result<qint64> ScenarioView::cloneShown()
{
    if (m_scenario.id < 0)
        return Error(tr("Select a scenario to clone."));
    Scenario copy = m_scenario;
    copy.parentName = m_scenario.name;
    copy.results = {};
    copy.createdAt.clear();
    auto id = adopt(copy, tr("%1 (copy)").arg(m_scenario.name),
                    [from = m_scenario.name](const QString &n) {
                        return tr("Clone scenario \"%1\" as \"%2\"").arg(from, n);
                    });
    if (id)
        setStatus(tr("Cloned as \"%1\".").arg(m_scenario.name));
    return id;
}

Status ScenarioView::deleteShown()
{
    if (m_scenario.id < 0)
        return Error(tr("Select a scenario to delete."));
    // As stored (its results too), for the undo.
    auto stored = loadScenario(m_store->connection(), m_scenario.id);
    if (!stored)
        return stored.error();
    if (Status s = deleteScenario(m_store->connection(), m_scenario.id); !s)
        return s;
    const QString name = m_scenario.name;
    m_undo->push(
        new DeleteScenarioCommand(m_store, this, *stored, tr("Delete scenario \"%1\"").arg(name)));
    m_scenario = {};
    m_store->notifyChanged({QStringLiteral("scenarios")});
    m_listView->selectionModel()->clearSelection();
    reload();
    setStatus(tr("Scenario \"%1\" deleted.").arg(name));
    return {};
}

Status ScenarioView::renameShown(const QString &name)
{
    if (m_scenario.id < 0)
        return Error(tr("Select a scenario to rename."));
    const QString before = m_scenario.name;
    if (Status s = renameScenario(m_store->connection(), m_scenario.id, name); !s)
        return s;
    m_scenario.name = name.trimmed();
    if (m_scenario.name != before)
        m_undo->push(new RenameScenarioCommand(
            m_store, this, before, m_scenario.name,
            tr("Rename scenario \"%1\" to \"%2\"").arg(before, m_scenario.name)));
    m_store->notifyChanged({QStringLiteral("scenarios")});
    reload();
    return {};
}

Status ScenarioView::addEdit(const WhatIfEdit &edit)
{
    if (m_scenario.id < 0)
        return Error(tr("Select or create a scenario first."));
    if (isRunning())
        return Error(tr("Wait for the run to finish, or cancel it."));
    if (Status s = validateEdit(edit); !s)
        return s;
    Scenario changed = m_scenario;
    changed.edits.push_back(edit);
    if (Status s
        = changeShown(changed, tr("Add %1 to \"%2\"").arg(describeEdit(edit), m_scenario.name));
        !s)
        return s;
    setStatus(tr("Added: %1. Run the scenario to see its effect.").arg(describeEdit(edit)));
    return {};
}

Status ScenarioView::removeEdit(int row)
{
    if (m_scenario.id < 0 || row < 0 || std::size_t(row) >= m_scenario.edits.size())
        return Error(tr("Select an edit to remove."));
    if (isRunning())
        return Error(tr("Wait for the run to finish, or cancel it."));
    Scenario changed = m_scenario;
    const WhatIfEdit removed = changed.edits[std::size_t(row)];
    changed.edits.erase(changed.edits.begin() + row);
    if (Status s = changeShown(
            changed, tr("Remove %1 from \"%2\"").arg(describeEdit(removed), m_scenario.name));
        !s)
        return s;
    setStatus(tr("Removed: %1.").arg(describeEdit(removed)));
    return {};
}

Status ScenarioView::changeEdit(int row, const WhatIfEdit &edit)
{
    if (m_scenario.id < 0 || row < 0 || std::size_t(row) >= m_scenario.edits.size())
        return Error(tr("Select an edit to change."));
    if (isRunning())
        return Error(tr("Wait for the run to finish, or cancel it."));
    const WhatIfEdit old = m_scenario.edits[std::size_t(row)];
    if (edit.kind != old.kind)
        return Error(tr("An edit keeps its kind; remove it and add another."));
    if (Status s = validateEdit(edit); !s)
        return s;
    if (edit == old)
        return {};
    Scenario changed = m_scenario;
    changed.edits[std::size_t(row)] = edit;
    if (Status s
        = changeShown(changed, tr("Change %1 to %2 in \"%3\"")
                                   .arg(describeEdit(old), describeEdit(edit), m_scenario.name));
        !s)
        return s;
    setStatus(tr("Changed: %1. Run the scenario to see its effect.").arg(describeEdit(edit)));
    return {};
}

Status ScenarioView::changeShown(Scenario changed, const QString &text)
{
    // As stored, for the undo (the shown copy may lack what the store added).
    auto before = loadScenario(m_store->connection(), m_scenario.id);
    if (!before)
        return before.error();
    changed.results = {}; // the results described the scenario without this change
    if (Status s = store(changed); !s)
        return s;
    auto after = loadScenario(m_store->connection(), changed.id);
    if (!after)
        return after.error();
    m_undo->push(new ChangeScenarioCommand(m_store, this, *before, *after, text));
    m_scenario = changed;
    m_edits->setEdits(m_scenario.edits);
    updateShown();
    reload();
    return {};
}

void ScenarioView::changeEditDialog(int row)
{
    if (m_scenario.id < 0 || row < 0 || std::size_t(row) >= m_scenario.edits.size())
        return;
    WhatIfEdit edit = m_scenario.edits[std::size_t(row)];
    const QString title = tr("Change edit");
    const QString what = describeEdit(edit);
    bool ok = false;
    switch (edit.kind) {
    case EditKind::DemandFactor:
        edit.value = QInputDialog::getDouble(this, title, tr("%1\n\nDemand factor:").arg(what),
                                             edit.value, 0.01, 5, 2, &ok, {}, 0.05);
        break;
    case EditKind::LeadTimePlus:
        edit.value = QInputDialog::getInt(this, title, tr("%1\n\nDays added:").arg(what),
                                          int(std::lround(edit.value)), -60, 365, 1, &ok);
        break;
    case EditKind::BudgetFactor:
        edit.value
            = 1.0
              + QInputDialog::getInt(this, title, tr("%1\n\nBudget change (%):").arg(what),
                                     int(std::lround((edit.value - 1.0) * 100.0)), -90, 200, 1, &ok)
                    / 100.0;
        break;
    case EditKind::NewSite: {
        const int capacity = QInputDialog::getInt(
            this, title, tr("%1\n\nCapacity in units (0 = unlimited):").arg(what),
            edit.value < 0 ? 0 : int(std::lround(edit.value)), 0, 10000000, 500, &ok);
        edit.value = capacity == 0 ? -1.0 : double(capacity);
        break;
    }
    case EditKind::CloseLane:
        setStatus(tr("A closed lane has no value to change."));
        return;
    }
    if (!ok)
        return;
    if (Status s = changeEdit(row, edit); !s)
        setStatus(s.errorMessage(), true);
}

void ScenarioView::setUndoStack(QUndoStack *stack)
{
    if (stack)
        m_undo = stack;
}

void ScenarioView::refreshFromStore(const QString &name)
{
    if (!m_store)
        return;
    qint64 id = -1;
    if (!name.isEmpty())
        if (auto stored = loadScenario(m_store->connection(), name))
            id = stored->id;
    // Forget what was shown and selected: the rows may have changed under the same ids.
    m_scenario = {};
    m_selecting = true;
    m_listView->selectionModel()->clearSelection();
    m_selecting = false;
    reload();
    if (id >= 0)
        selectScenarios({id});
    emit scenariosChanged();
}

Status ScenarioView::saveToFile(const QString &path)
{
    if (m_scenario.id < 0)
        return Error(tr("Select a scenario to save."));
    if (Status s = writeFile(m_scenario, path); !s)
        return s;
    setStatus(tr("Scenario \"%1\" saved to %2.").arg(m_scenario.name, path));
    return {};
}

Result<qint64> ScenarioView::loadFromFile(const QString &path)
{
    if (!m_store)
        return Error(tr("No database is open."));
    auto s = readFile(path);
    if (!s)
        return s.error();
    // Never replaces a stored scenario of the same name: the file's gets a free name.
    auto id = adopt(*s, s->name.isEmpty() ? tr("Imported scenario") : s->name,
                    [](const QString &n) { return tr("Open scenario \"%1\"").arg(n); });
    if (id)
        setStatus(tr("Scenario \"%1\" opened from %2.").arg(m_scenario.name, path));
    return id;
}

void ScenarioView::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open scenario"), QString(),
        tr("Scenarios (*.ssc *.xml);;Binary scenarios (*.ssc);;XML scenarios (*.xml)"));
    if (path.isEmpty())
        return;
    if (auto id = loadFromFile(path); !id) {
        setStatus(id.errorMessage(), true);
        QMessageBox::warning(this, tr("Open scenario"), id.errorMessage());
    }
}

void ScenarioView::saveFileDialog()
{
    if (m_scenario.id < 0)
        return;
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save scenario"), m_scenario.name + QStringLiteral(".ssc"),
        tr("Binary scenario (*.ssc);;XML scenario (*.xml)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += selectedFilter.contains(QLatin1String("xml")) ? QStringLiteral(".xml")
                                                              : QStringLiteral(".ssc");
    if (Status s = saveToFile(path); !s) {
        setStatus(s.errorMessage(), true);
        QMessageBox::warning(this, tr("Save scenario"), s.errorMessage());
    }
}

bool ScenarioView::isRunning() const
{
    return m_watcher.isRunning();
}

int ScenarioView::progressValue() const
{
    return m_progress->value();
}

void ScenarioView::run()
{
    if (isRunning() || m_scenario.id < 0 || !m_store)
        return;
    // The form's solver settings become the scenario's (stored, so the run is reproducible).
    Scenario scenario = m_scenario;
    const SolverSettings before = scenario.solver;
    scenario.solver.method = m_method->currentData().toString();
    scenario.solver.timeLimitSeconds = m_timeLimit->value();
    scenario.solver.horizon = m_horizon->value();
    if (!(scenario.solver == before)) {
        scenario.results = {};
        if (Status s = store(scenario); !s) {
            setStatus(s.errorMessage(), true);
            return;
        }
        m_scenario = scenario;
    }
    auto live = std::make_shared<Live>();
    m_live = live;
    const QString path = m_store->path();
    m_watcher.setFuture(QtConcurrent::run([live, path, scenario]() {
        auto outcome = std::make_shared<Outcome>();
        outcome->scenarioId = scenario.id;
        RunSettings settings;
        settings.cancel = &live->cancel;
        settings.progress = [live](int percent, const QString &stage) {
            live->percent = percent;
            const std::lock_guard lock(live->mutex);
            live->stage = stage;
        };
        auto results = runScenario(path, scenario, settings);
        if (results)
            outcome->results = *results;
        else {
            outcome->error = results.errorMessage();
            outcome->errorCode = results.error().code;
        }
        return outcome;
    }));
    m_progress->setValue(0);
    setStatus(tr("Running \"%1\" on a copy of the database…").arg(scenario.name));
    m_poll->start();
    updateButtons();
}

void ScenarioView::cancel()
{
    if (m_live && isRunning()) {
        m_live->cancel = true;
        setStatus(tr("Cancelling…"));
    }
}

void ScenarioView::poll()
{
    if (!m_live)
        return;
    m_progress->setValue(m_live->percent.load());
    QString stage;
    {
        const std::lock_guard lock(m_live->mutex);
        stage = m_live->stage;
    }
    if (!m_live->cancel && !stage.isEmpty())
        setStatus(tr("Running \"%1\": %2…").arg(m_scenario.name, stage));
}

void ScenarioView::finished()
{
    m_poll->stop();
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    m_live.reset();
    bool ok = false;
    if (!outcome->error.isEmpty()) {
        m_progress->setValue(0);
        if (outcome->errorCode == QLatin1String("cancelled"))
            setStatus(tr("Cancelled; the scenario keeps its previous state."));
        else
            setStatus(tr("The run failed: %1").arg(outcome->error), true);
    } else if (m_store) {
        // Stored into the scenario as it is now (it may have been renamed meanwhile).
        auto current = loadScenario(m_store->connection(), outcome->scenarioId);
        if (!current) {
            setStatus(current.errorMessage(), true);
        } else {
            current->results = outcome->results;
            if (Status s = store(*current); !s) {
                setStatus(s.errorMessage(), true);
            } else {
                ok = true;
                m_progress->setValue(100);
                const Kpis &k = outcome->results.kpis;
                QString text = tr("\"%1\" ran in %2: total cost %3, fill rate %4, inventory value "
                                  "%5, %6 transfers, %7 purchase orders.")
                                   .arg(current->name, F::seconds(outcome->results.seconds),
                                        F::money(k.totalCost, m_currency), F::percent(k.fillRate),
                                        F::money(k.inventoryValue, m_currency),
                                        F::units(k.transfers), F::units(k.purchaseOrders));
                if (!outcome->results.warnings.isEmpty())
                    text += QLatin1Char(' ')
                            + tr("Warnings: %1")
                                  .arg(outcome->results.warnings.split(QLatin1Char('\n'))
                                           .join(QLatin1String("; ")));
                if (m_scenario.id == current->id)
                    m_scenario = *current;
                reload();
                updateShown();
                setStatus(text);
            }
        }
    }
    updateButtons();
    emit runFinished(ok);
}

} // namespace Stockshift::Ui
