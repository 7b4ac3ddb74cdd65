#include "tiers/TierView.h"

#include "common/Money.h"
#include "common/Shortcuts.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"
#include "tiers/TierCommands.h"
#include "tiers/TierMapWidget.h"
#include "tiers/TierModels.h"
#include "tiers/TierStore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace Stockshift::Ui {

namespace {

// One colour per tier position: Platinum, Gold, Silver, the overflow tier, and more.
QColor tierColour(const Tiers::TierDefinition &tier, int index)
{
    if (tier.overflow)
        return QColor(0xc6, 0x28, 0x28);
    static const QColor colours[]
        = {QColor(0x5e, 0x35, 0xb1), QColor(0xc7, 0x8c, 0x00), QColor(0x54, 0x6e, 0x7a),
           QColor(0x00, 0x79, 0x6b), QColor(0x1e, 0x88, 0xe5)};
    return colours[index % int(std::size(colours))];
}

// Numbers get a spin box that takes any value (the validation says what is wrong with it, in
// place), the option a list.
class TierDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == TierDefinitionModel::Option) {
            auto *box = new QComboBox(parent);
            for (Tiers::FulfilmentOption o :
                 {Tiers::FulfilmentOption::Fastest, Tiers::FulfilmentOption::CostOptimised,
                  Tiers::FulfilmentOption::Economy})
                box->addItem(Tiers::optionLabel(o), Tiers::optionName(o));
            return box;
        }
        if (index.column() != TierDefinitionModel::Name) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(-1e9, 1e9);
            spin->setDecimals(2);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(index.data(Qt::EditRole).toDouble());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData());
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            model->setData(index, spin->value());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

TierView::TierView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_loadCancel(std::make_shared<std::atomic_bool>(false))
{
    // The newest stored version, or the built-in tiers when none is stored yet.
    auto stored = Tiers::load(m_store->connection());
    m_config = stored ? *stored : Tiers::TierConfig::defaults();
    buildUi();
    Money::watchCurrency(m_store, this, [this](const QString &c) { applyCurrency(c); });
    if (!stored && stored.error().code != QLatin1String("no-config"))
        showMessage(stored.errorMessage(), true);
    rebuild();
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        static const QStringList inputs{
            QStringLiteral("locations"),     QStringLiteral("lanes"), QStringLiteral("stock"),
            QStringLiteral("customers"),     QStringLiteral("skus"),  QStringLiteral("sales"),
            QStringLiteral("forecast_runs"), QStringLiteral("plans"), QStringLiteral("plan_lines")};
        for (const QString &t : tables)
            if (inputs.contains(t)) {
                reloadNetwork();
                return;
            }
    });
    reloadNetwork();
}

TierView::~TierView()
{
    // Workers hold copies and their own connection; stop them and wait, so none reports to a
    // view that is gone.
    *m_cancel = true;
    *m_loadCancel = true;
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *w : watchers)
        w->waitForFinished();
}

void TierView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tierTitle"));
    // The title and the section labels wrap: on one line (German) they would widen the window
    // past a 1280-pixel screen.
    m_title->setWordWrap(true);
    // It takes the room left over (wrapped rich text would otherwise take less than a line).
    top->addWidget(m_title, 1);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Thresholds by"), this));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("thresholdMode"));
    m_mode->addItem(tr("CLTV percentile"), int(Tiers::ThresholdMode::Percentile));
    m_mode->addItem(tr("CLTV score"), int(Tiers::ThresholdMode::Score));
    m_mode->setToolTip(tr("Percentile: the share of customers with a lower CLTV (0–100). Score: "
                          "the customer lifetime value itself."));
    top->addWidget(m_mode);
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save version"),
                             this);
    m_save->setObjectName(QStringLiteral("saveTiers"));
    m_save->setToolTip(tr("Store this configuration as a new version in the database."));
    m_import = new QPushButton(tr("Import JSON…"), this);
    m_import->setObjectName(QStringLiteral("importTiers"));
    m_exportJson = new QPushButton(tr("Export JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("exportTiersJson"));
    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportTiersCsv"));
    for (QPushButton *b : {m_save, m_import, m_exportJson, m_exportCsv})
        top->addWidget(b);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tierMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_definitions = new TierDefinitionModel(this);
    m_definitions->setEditor([this](int row, int column, const QVariant &value) {
        return editDefinition(row, column, value);
    });
    m_definitionTable = makeTable(m_definitions, left);
    m_definitionTable->setObjectName(QStringLiteral("tierDefinitions"));
    m_definitionTable->setItemDelegate(new TierDelegate(m_definitionTable));
    m_definitionTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                       | QAbstractItemView::EditKeyPressed
                                       | QAbstractItemView::AnyKeyPressed);
    m_definitionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_definitionTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto *tiersLabel = new QLabel(tr("<b>Tiers</b> — double-click a cell to edit; customers "
                                     "fall into the first tier whose threshold they reach"),
                                  left);
    tiersLabel->setWordWrap(true);
    leftLayout->addWidget(tiersLabel);
    leftLayout->addWidget(m_definitionTable);
    m_issueList = new QListWidget(left);
    m_issueList->setObjectName(QStringLiteral("tierIssues"));
    m_issueList->setMaximumHeight(80);
    m_issueList->setWordWrap(true);
    leftLayout->addWidget(m_issueList);
    auto *regionLabel = new QLabel(tr("<b>Per region</b> — the location that serves it and "
                                      "where orders go when it is at capacity"),
                                   left);
    regionLabel->setWordWrap(true);
    leftLayout->addWidget(regionLabel);
    m_tierTabs = new QTabWidget(left);
    m_tierTabs->setObjectName(QStringLiteral("tierTabs"));
    leftLayout->addWidget(m_tierTabs, 1);
    split->addWidget(left);

    auto *right = new QSplitter(Qt::Vertical, split);
    m_map = new TierMapWidget(m_store, right);
    m_map->setObjectName(QStringLiteral("tierMap"));
    right->addWidget(m_map);
    auto *simulation = new QGroupBox(tr("Routing simulation"), right);
    auto *simLayout = new QVBoxLayout(simulation);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Orders"), simulation));
    m_orders = new QSpinBox(simulation);
    m_orders->setObjectName(QStringLiteral("simulationOrders"));
    m_orders->setRange(10, 1000000);
    m_orders->setValue(2000);
    m_orders->setSingleStep(500);
    controls->addWidget(m_orders);
    controls->addWidget(new QLabel(tr("Seed"), simulation));
    m_seed = new QSpinBox(simulation);
    m_seed->setObjectName(QStringLiteral("simulationSeed"));
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setValue(42);
    controls->addWidget(m_seed);
    controls->addWidget(new QLabel(tr("Policy"), simulation));
    m_policy = new QComboBox(simulation);
    m_policy->setObjectName(QStringLiteral("simulationPolicy"));
    m_policy->addItem(tr("All policies"), QString());
    for (Routing::Policy p : Routing::allPolicies())
        m_policy->addItem(Routing::policyLabel(p), Routing::policyName(p));
    controls->addWidget(m_policy, 1);
    simLayout->addLayout(controls);
    auto *progressRow = new QHBoxLayout;
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), simulation);
    m_run->setObjectName(QStringLiteral("runSimulation"));
    m_cancelButton = new QPushButton(tr("Cancel"), simulation);
    m_cancelButton->setObjectName(QStringLiteral("cancelSimulation"));
    Shortcuts::setRunKey(m_run);
    Shortcuts::setCancelKey(m_cancelButton);
    m_progress = new QProgressBar(simulation);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(160);
    m_simulationStatus = new QLabel(simulation);
    m_simulationStatus->setObjectName(QStringLiteral("simulationStatus"));
    m_simulationStatus->setWordWrap(true);
    progressRow->addWidget(m_run);
    progressRow->addWidget(m_cancelButton);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_simulationStatus, 1);
    simLayout->addLayout(progressRow);
    m_results = new SimulationResultModel(this);
    m_resultTable = makeTable(m_results, simulation);
    m_resultTable->setObjectName(QStringLiteral("simulationResults"));
    m_resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    simLayout->addWidget(m_resultTable, 1);
    right->addWidget(simulation);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({440, 400});
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 560});
    layout->addWidget(split, 1);

    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        setThresholdMode(Tiers::ThresholdMode(m_mode->itemData(index).toInt()));
    });
    connect(m_tierTabs, &QTabWidget::currentChanged, this, [this] { updateMap(); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveVersion(); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import tier configuration"), {},
                                                          tr("JSON (*.json)"));
        if (!path.isEmpty())
            (void)importJson(path);
    });
    connect(m_exportJson, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export tier configuration"),
            QStringLiteral("tiers-%1-v%2.json").arg(m_config.name).arg(m_config.version),
            tr("JSON (*.json)"));
        if (!path.isEmpty())
            (void)exportJson(path);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export tier assignments"),
            QStringLiteral("tiers-%1-v%2.csv").arg(m_config.name).arg(m_config.version),
            tr("CSV (*.csv)"));
        if (!path.isEmpty())
            (void)exportCsv(path);
    });
    connect(m_run, &QPushButton::clicked, this, &TierView::runSimulation);
    connect(m_cancelButton, &QPushButton::clicked, this, &TierView::cancelSimulation);
    updateButtons();
}

void TierView::setUndoStack(QUndoStack *stack)
{
    if (stack)
        m_undo = stack;
}

TierAssignmentModel *TierView::assignmentModel(int tier) const
{
    return tier >= 0 && tier < m_assignments.size() ? m_assignments.at(tier) : nullptr;
}

QString TierView::statusText() const
{
    return m_simulationStatus->text();
}

void TierView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void TierView::reloadNetwork()
{
    if (m_loading) {
        m_reloadPending = true; // read again once this read is done
        return;
    }
    m_loading = true;
    m_reloadPending = false;
    updateButtons();
    m_simulationStatus->setText(tr("Reading the network (forecast demand, stock, plans)…"));
    const QString path = m_store->path();
    const Routing::NetworkSettings settings = m_config.network;
    auto cancel = m_loadCancel;
    using Loaded = std::shared_ptr<Result<Routing::FulfilmentNetwork>>;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        if (loaded->ok()) {
            m_network = std::move(loaded->value());
            m_simulationStatus->setText(tr("%1 locations, %2 customer regions, %3 customers.")
                                            .arg(m_network->sites.size())
                                            .arg(m_network->regions.size())
                                            .arg(m_network->customers.size()));
        } else if (loaded->error().code != QLatin1String("cancelled")) {
            m_simulationStatus->setText(
                tr("The network could not be read: %1").arg(loaded->errorMessage()));
        }
        rebuild();
        emit networkLoaded();
        if (m_reloadPending)
            reloadNetwork();
    });
    watcher->setFuture(QtConcurrent::run([path, settings, cancel]() -> Loaded {
        Storage::Connection::Options options;
        options.createIfMissing = false;
        auto connection = Storage::Connection::open(path, options);
        if (!connection)
            return std::make_shared<Result<Routing::FulfilmentNetwork>>(connection.error());
        return std::make_shared<Result<Routing::FulfilmentNetwork>>(
            Routing::loadNetwork(**connection, settings, cancel.get()));
    }));
}

void TierView::rebuild()
{
    if (m_network) {
        // The network's weights follow the configuration's settings (building reads them).
        m_network->settings = m_config.network;
        m_network->applyWeights();
        const std::vector<Tiers::TierCheck> keep
            = m_config.check; // a check belongs to the assignments it ran on
        const std::vector<Tiers::Assignment> before = m_config.assignments;
        m_config = Tiers::build(*m_network, m_config);
        if (m_config.assignments == before)
            m_config.check = keep;
        m_issues = Tiers::validate(m_config, m_network->regions);
    } else {
        m_issues = Tiers::validate(m_config, {});
        std::erase_if(m_issues,
                      [](const Tiers::Issue &i) { return i.code == QLatin1String("no-regions"); });
    }
    m_definitions->setConfig(m_config, m_issues);
    m_mode->setCurrentIndex(m_mode->findData(int(m_config.thresholdMode)));
    m_title->setText(
        tr("<b>Tier configuration “%1”</b> — %2")
            .arg(m_config.name.toHtmlEscaped(),
                 m_config.version > 0
                     ? (m_modified ? tr("version %1, changed (not saved)").arg(m_config.version)
                                   : tr("version %1").arg(m_config.version))
                     : tr("not saved yet")));
    m_issueList->clear();
    for (const Tiers::Issue &i : m_issues) {
        auto *item
            = new QListWidgetItem(style()->standardIcon(i.isError() ? QStyle::SP_MessageBoxCritical
                                                                    : QStyle::SP_MessageBoxWarning),
                                  i.message, m_issueList);
        item->setToolTip(i.message);
    }
    if (m_issues.empty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            m_network ? tr("Valid: every region is served by every tier within "
                                           "its promise.")
                                      : tr("The definitions are valid; the regions are checked "
                                           "once the network is read."),
                            m_issueList);
    rebuildTabs();
    updateMap();
    updateButtons();
    emit configChanged();
}

void TierView::applyCurrency(const QString &currency)
{
    m_currency = currency;
    m_definitions->setCurrency(currency);
    for (TierAssignmentModel *model : std::as_const(m_assignments))
        model->setCurrency(currency);
    m_results->setCurrency(currency);
}

void TierView::rebuildTabs()
{
    const int current = m_tierTabs->currentIndex();
    const QStringList regions = m_network ? m_network->regions : QStringList();
    if (m_tierTabs->count() != int(m_config.tiers.size())) {
        while (m_tierTabs->count() > 0) {
            QWidget *w = m_tierTabs->widget(0);
            m_tierTabs->removeTab(0);
            w->deleteLater();
        }
        qDeleteAll(m_assignments);
        m_assignments.clear();
        for (std::size_t t = 0; t < m_config.tiers.size(); ++t) {
            auto *model = new TierAssignmentModel(this);
            model->setCurrency(m_currency);
            m_assignments.append(model);
            QTableView *table = makeTable(model, m_tierTabs);
            table->setObjectName(QStringLiteral("tierAssignments%1").arg(t));
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            table->horizontalHeader()->setStretchLastSection(true);
            m_tierTabs->addTab(table, QString());
        }
    }
    for (int t = 0; t < int(m_config.tiers.size()); ++t) {
        const Tiers::TierDefinition &d = m_config.tiers[std::size_t(t)];
        m_assignments[t]->setAssignments(m_config, t, regions, m_issues);
        bool error = false, warning = false;
        for (const Tiers::Issue &i : m_issues)
            if (i.tier == d.key) {
                error = error || i.isError();
                warning = warning || !i.isError();
            }
        m_tierTabs->setTabText(t, d.name.isEmpty() ? d.key : d.name);
        m_tierTabs->setTabIcon(t, error     ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                  : warning ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                            : QIcon());
    }
    if (current >= 0 && current < m_tierTabs->count())
        m_tierTabs->setCurrentIndex(current);
}

void TierView::updateMap()
{
    const int t = m_tierTabs->currentIndex();
    if (t < 0 || t >= int(m_config.tiers.size())) {
        m_map->setServing({}, {}, {});
        return;
    }
    const Tiers::TierDefinition &tier = m_config.tiers[std::size_t(t)];
    QList<TierMapWidget::Serving> serving;
    for (const Tiers::Assignment &a : m_config.assignments)
        if (a.tier == tier.key)
            serving.append({a.region, a.chain, a.overflow});
    m_map->setServing(serving,
                      tr("%1: %2, %3 d promise")
                          .arg(tier.name, Tiers::optionLabel(tier.option))
                          .arg(QLocale().toString(tier.promiseDays)),
                      tierColour(tier, t));
}

void TierView::updateButtons()
{
    const bool errors = Tiers::hasErrors(m_issues);
    m_save->setEnabled(!errors && m_network.has_value());
    m_save->setToolTip(errors ? tr("Fix the errors first: a configuration with errors is not "
                                   "stored.")
                              : tr("Store this configuration as a new version in the database."));
    m_run->setEnabled(m_network.has_value() && !m_simulating && !m_loading);
    m_cancelButton->setEnabled(m_simulating);
    m_mode->setEnabled(!m_simulating);
}

void TierView::pushDefinitions(const Tiers::TierConfig &after, const QString &text)
{
    const Tiers::TierConfig before = m_config;
    applyDefinitions(after);
    m_undo->push(new TierDefinitionsCommand(this, before, m_config, text));
}

void TierView::applyDefinitions(const Tiers::TierConfig &definitions)
{
    // Horizon and capacity turns change what the network holds (demand, capacity): read it
    // again; the weights and last-mile settings apply on the loaded one.
    const bool reread
        = definitions.network.horizonDays != m_config.network.horizonDays
          || definitions.network.capacityTurnsPerWeek != m_config.network.capacityTurnsPerWeek;
    m_config.tiers = definitions.tiers;
    m_config.thresholdMode = definitions.thresholdMode;
    m_config.network = definitions.network;
    m_config.consolidationDays = definitions.consolidationDays;
    m_config.consolidationCostFactor = definitions.consolidationCostFactor;
    m_config.minAttainment = definitions.minAttainment;
    m_config.name = definitions.name;
    m_modified = true;
    rebuild();
    if (reread)
        reloadNetwork();
}

bool TierView::editDefinition(int row, int column, const QVariant &value)
{
    if (row < 0 || row >= int(m_config.tiers.size()) || m_simulating)
        return false;
    Tiers::TierConfig after = m_config;
    Tiers::TierDefinition &t = after.tiers[std::size_t(row)];
    bool ok = true;
    const double number = value.toDouble(&ok);
    QString what;
    switch (column) {
    case TierDefinitionModel::Name:
        t.name = value.toString().trimmed();
        what = tr("name");
        ok = true;
        break;
    case TierDefinitionModel::Threshold:
        t.threshold = number;
        what = tr("threshold");
        break;
    case TierDefinitionModel::Promise:
        t.promiseDays = number;
        what = tr("promise");
        break;
    case TierDefinitionModel::Option:
        ok = Tiers::optionFromName(value.toString(), &t.option);
        what = tr("option");
        break;
    case TierDefinitionModel::Reserve:
        t.capacityReservePct = number;
        what = tr("capacity reserve");
        break;
    case TierDefinitionModel::Express:
        t.allowExpress = value.toBool();
        what = tr("express lanes");
        ok = true;
        break;
    case TierDefinitionModel::Consolidate:
        t.consolidate = value.toBool();
        what = tr("consolidation");
        ok = true;
        break;
    case TierDefinitionModel::Incentive:
        t.incentive = number;
        what = tr("incentive");
        break;
    default:
        ok = false;
    }
    if (!ok
        || (column != TierDefinitionModel::Name && column != TierDefinitionModel::Option
            && column != TierDefinitionModel::Express && column != TierDefinitionModel::Consolidate
            && !std::isfinite(number)))
        return false;
    if (after.tiers == m_config.tiers)
        return true;
    pushDefinitions(after,
                    tr("Change the %1 of %2").arg(what, m_config.tiers[std::size_t(row)].name));
    return true;
}

void TierView::setThresholdMode(Tiers::ThresholdMode mode)
{
    if (mode == m_config.thresholdMode)
        return;
    Tiers::TierConfig after = m_config;
    after.thresholdMode = mode;
    pushDefinitions(after, mode == Tiers::ThresholdMode::Percentile
                               ? tr("Thresholds by CLTV percentile")
                               : tr("Thresholds by CLTV score"));
}

Status TierView::saveVersion()
{
    if (Tiers::hasErrors(m_issues)) {
        const Error e(tr("The configuration has errors and was not stored."));
        showMessage(e.message, true);
        return e;
    }
    bool unchanged = false;
    Tiers::TierConfig saved = m_config;
    if (Status s
        = Tiers::save(m_store->connection(), &saved, tr("saved in the tier editor"), &unchanged);
        !s) {
        showMessage(s.errorMessage(), true);
        return s;
    }
    m_config.version = saved.version;
    m_modified = false;
    showMessage(unchanged ? tr("Version %1 is already stored exactly so.").arg(saved.version)
                          : tr("Stored as version %1.").arg(saved.version));
    if (!unchanged)
        m_store->notifyChanged({QStringLiteral("tier_configs")});
    rebuild();
    return {};
}

Status TierView::exportJson(const QString &path)
{
    QSaveFile f(path);
    Status s;
    if (!f.open(QIODevice::WriteOnly) || f.write(m_config.toJsonBytes()) < 0 || !f.commit())
        s = Error(tr("Cannot write %1: %2").arg(path, f.errorString()));
    showMessage(s ? tr("Written to %1.").arg(path) : s.errorMessage(), !s);
    return s;
}

Status TierView::exportCsv(const QString &path)
{
    Status s = m_config.writeCsv(path);
    showMessage(s ? tr("Written to %1.").arg(path) : s.errorMessage(), !s);
    return s;
}

Status TierView::importJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        const Error e(tr("Cannot read %1: %2").arg(path, f.errorString()));
        showMessage(e.message, true);
        return e;
    }
    auto read = Tiers::TierConfig::fromJson(f.readAll());
    if (!read) {
        showMessage(tr("Not imported: %1").arg(read.errorMessage()), true);
        return read.error();
    }
    pushDefinitions(*read, tr("Import %1").arg(QFileInfo(path).fileName()));
    // The document's check ran on its own assignments: keep it when the rebuild agrees.
    if (m_config.assignments == read->assignments)
        m_config.check = read->check;
    showMessage(tr("Imported %1: review it, then save it as a new version.")
                    .arg(QFileInfo(path).fileName()));
    return {};
}

void TierView::runSimulation()
{
    if (!m_network || m_simulating || m_loading)
        return;
    m_simulating = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    updateButtons();
    m_progress->setValue(0);
    m_simulationStatus->setText(tr("Simulating…"));
    Routing::SimulationSettings settings;
    settings.orders = m_orders->value();
    settings.seed = quint64(m_seed->value());
    const QString policy = m_policy->currentData().toString();
    if (!policy.isEmpty()) {
        Routing::Policy p;
        if (Routing::policyFromName(policy, &p))
            settings.policies = {p};
    }
    // Copies: the worker never sees the view's data change under it.
    const Routing::FulfilmentNetwork network = *m_network;
    const Tiers::TierConfig config = m_config;
    auto cancel = m_cancel;
    auto percent = std::make_shared<std::atomic_int>(0);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, percent] { m_progress->setValue(*percent); });
    timer->start(100);
    using Outcome = std::shared_ptr<Result<Routing::SimulationReport>>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, timer, settings] {
        timer->stop();
        timer->deleteLater();
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_simulating = false;
        const bool ok = outcome->ok();
        if (ok) {
            m_progress->setValue(100);
            m_results->setReport(outcome->value());
            m_simulationStatus->setText(
                tr("%1 orders (seed %2); each sampled unit stands for %3 forecast units.")
                    .arg(outcome->value().orders)
                    .arg(settings.seed)
                    .arg(QLocale().toString(outcome->value().scale, 'f', 1)));
            // The tiered policy is the check of the assignments: keep it with them.
            for (const Routing::PolicyReport &p : outcome->value().policies)
                if (p.policy == Routing::Policy::Tiered) {
                    m_config.check.clear();
                    for (const Routing::TierOutcome &t : p.tiers)
                        if (t.orders > 0)
                            m_config.check.push_back({t.tier, t.orders,
                                                      std::round(t.attainment() * 1e6) / 1e6,
                                                      std::round(t.costPerOrder() * 1e6) / 1e6,
                                                      std::round(t.splitRate() * 1e6) / 1e6});
                    rebuild(); // the same assignments: the check stays, validated
                }
        } else {
            m_progress->setValue(0);
            m_simulationStatus->setText(
                outcome->error().code == QLatin1String("cancelled")
                    ? tr("Cancelled.")
                    : tr("The simulation failed: %1").arg(outcome->errorMessage()));
        }
        updateButtons();
        emit simulationFinished(ok);
    });
    watcher->setFuture(QtConcurrent::run([network, config, settings, cancel, percent]() {
        return std::make_shared<Result<Routing::SimulationReport>>(Routing::simulate(
            network, config, settings, [percent](int p) { *percent = p; }, cancel.get()));
    }));
}

void TierView::cancelSimulation()
{
    if (!m_simulating)
        return;
    *m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_simulationStatus->setText(tr("Cancelling…"));
}

} // namespace Stockshift::Ui
