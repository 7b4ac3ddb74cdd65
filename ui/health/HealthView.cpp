#include "health/HealthView.h"

#include "common/Days.h"
#include "common/Money.h"
#include "common/Shortcuts.h"
#include "health/HealthDashboard.h"
#include "health/HealthDetailPanel.h"
#include "health/HealthFormat.h"
#include "health/HealthWidgets.h"
#include "health/PolicyCommands.h"
#include "health/PolicyModels.h"
#include "health/PolicyOverrideDialog.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <map>
#include <optional>

namespace Stockshift::Ui {

namespace F = HealthFormat;
using Health::StockStatus;

struct HealthView::Outcome
{
    HealthAnalysisPtr analysis;
    std::vector<Health::StoredAlert> alerts;
    Health::AlertSync sync;
    QString error, alertError;
    bool cancelled = false;
    double seconds = 0;
};

namespace {

// The tables the analysis reads: a committed change to any of them makes the results stale.
// "alerts" is left out on purpose: the analysis writes it itself.
const char *const kInputTables[] = {
    "stock",
    "sales",
    "open_orders",
    "locations",
    "skus",
    "lanes",
    "suppliers",
    "supplier_items",
    "stockouts",
    "forecast_runs",
    "forecasts",
    "forecast_models",
    "forecast_overrides",
    "forecast_accuracy",
    "policy_rules",
    "policy_overrides",
    "import_batches",
};

std::optional<Policy::PolicyParameters> storedParameters(QSqlQuery &q, QString *reason = nullptr)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto p = Policy::PolicyParameters::fromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!p)
        return std::nullopt;
    if (reason)
        *reason = q.value(1).toString();
    return *p;
}

QString scopeLabel(const QString &scope)
{
    if (scope == QLatin1String("default"))
        return QCoreApplication::translate("Stockshift::Ui::HealthView", "the default rule");
    return scope.size() == 1
               ? QCoreApplication::translate("Stockshift::Ui::HealthView", "class %1").arg(scope)
               : QCoreApplication::translate("Stockshift::Ui::HealthView", "segment %1").arg(scope);
}

// "service level 98.0% → 99.0%, lead time cleared": what an edit changes, for the undo stack
// (an order cost in `currency`).
QString describeChange(const Policy::PolicyParameters &before,
                       const Policy::PolicyParameters &after, const QString &currency)
{
    Policy::ResolvedPolicy b, a;
    b.apply(before, Policy::PolicySource::Override);
    a.apply(after, Policy::PolicySource::Override);
    QStringList parts;
    for (int f = 0; f < Policy::ResolvedPolicy::FieldCount; ++f) {
        const auto field = PolicyFields::Field(f);
        const bool wasSet = PolicyFields::isSet(before, field);
        const bool isSet = PolicyFields::isSet(after, field);
        const QString name = PolicyFields::label(field).toLower();
        const QString was = PolicyFields::text(b, field, currency);
        const QString now = PolicyFields::text(a, field, currency);
        if (isSet && (!wasSet || was != now))
            parts.append(wasSet ? QStringLiteral("%1 %2 → %3").arg(name, was, now)
                                : QStringLiteral("%1 %2").arg(name, now));
        else if (wasSet && !isSet)
            parts.append(QCoreApplication::translate("Stockshift::Ui::HealthView", "%1 inherited")
                             .arg(name));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

HealthView::HealthView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_undo = new QUndoStack(this);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_stage = std::make_shared<std::atomic_int>(0);

    // --- top bar
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status (German, many figures) wraps rather than widen the window.
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelHealth"));
    m_cancelButton->setEnabled(false);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshHealth"));
    m_refresh->setToolTip(tr("Analyse stock health again from the database."));
    Shortcuts::setRefreshKey(m_refresh);
    Shortcuts::setCancelKey(m_cancelButton);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_refresh);
    connect(m_refresh, &QPushButton::clicked, this, &HealthView::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &HealthView::cancel);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        static const int values[] = {5, 35, 80, 95};
        m_progress->setValue(values[std::clamp(m_stage->load(), 0, 3)]);
    });

    // --- dashboard
    m_locations = new LocationHealthModel(this);
    m_alerts = new HealthAlertModel(this);
    m_dashboard = new HealthDashboard(m_locations, m_alerts, this);
    connect(m_dashboard, &HealthDashboard::statusesClicked, this, &HealthView::filterStatuses);
    connect(m_dashboard, &HealthDashboard::segmentClicked, this, &HealthView::filterSegment);
    connect(m_dashboard, &HealthDashboard::locationClicked, this, &HealthView::filterLocation);
    connect(m_dashboard, &HealthDashboard::alertActivated, this, [this](int row) {
        const Health::StoredAlert &a = m_alerts->alert(row);
        if (a.locationId >= 0 && a.skuId >= 0)
            showRow(a.locationId, a.skuId);
    });

    // --- SKU × location table and detail
    m_rows = new HealthRowModel(this);
    m_filter = new HealthRowFilter(this);
    m_filter->setSourceModel(m_rows);
    auto *rowsPage = new QWidget(this);
    m_search = new QLineEdit(rowsPage);
    m_search->setObjectName(QStringLiteral("healthSearch"));
    m_search->setPlaceholderText(tr("Search: SKU or location code, SKU name"));
    m_search->setClearButtonEnabled(true);
    m_statusCombo = new QComboBox(rowsPage);
    m_statusCombo->setObjectName(QStringLiteral("healthStatusFilter"));
    const auto statusItem = [this](const QString &text, const QList<StockStatus> &statuses) {
        QVariantList list;
        for (StockStatus s : statuses)
            list.append(int(s));
        m_statusCombo->addItem(text, list);
    };
    statusItem(tr("All statuses"), {});
    statusItem(tr("Needs attention"), {StockStatus::OutOfStock, StockStatus::Critical,
                                       StockStatus::BelowReorderPoint, StockStatus::Expiring});
    statusItem(tr("Below reorder point or critical"),
               {StockStatus::BelowReorderPoint, StockStatus::Critical});
    for (int s = 0; s < Health::kStatusCount; ++s)
        statusItem(Health::statusLabel(StockStatus(s)), {StockStatus(s)});
    m_segmentCombo = new QComboBox(rowsPage);
    m_segmentCombo->setObjectName(QStringLiteral("healthSegmentFilter"));
    m_segmentCombo->addItem(tr("All segments"), QString());
    for (const QString &scope : PolicyRuleModel::scopes())
        if (scope != QLatin1String("default"))
            m_segmentCombo->addItem(scope, scope);
    m_locationCombo = new QComboBox(rowsPage);
    m_locationCombo->setObjectName(QStringLiteral("healthLocationFilter"));
    m_locationCombo->addItem(tr("All locations"), QString());
    m_locationCombo->setMinimumContentsLength(12);
    m_clearFilters = new QPushButton(tr("Clear filters"), rowsPage);
    m_rowCount = new QLabel(rowsPage);
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 2);
    filterBar->addWidget(m_statusCombo);
    filterBar->addWidget(m_segmentCombo);
    filterBar->addWidget(m_locationCombo);
    filterBar->addWidget(m_clearFilters);
    filterBar->addWidget(m_rowCount, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &HealthRowFilter::setSearchText);
    connect(m_statusCombo, &QComboBox::activated, this, [this] {
        QSet<int> statuses;
        for (const QVariant &v : m_statusCombo->currentData().toList())
            statuses.insert(v.toInt());
        m_filter->setStatuses(statuses);
    });
    connect(m_segmentCombo, &QComboBox::activated, this, [this] {
        m_filter->setSegment(m_segmentCombo->currentData().toString());
        m_dashboard->heatMap()->setSelected(m_filter->segment());
    });
    connect(m_locationCombo, &QComboBox::activated, this,
            [this] { m_filter->setLocationCode(m_locationCombo->currentData().toString()); });
    connect(m_clearFilters, &QPushButton::clicked, this, &HealthView::clearFilters);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HealthView::updateFilterBar);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HealthView::updateFilterBar);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HealthView::updateFilterBar);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HealthView::updateFilterBar);

    m_table = makeHealthTable(rowsPage, QStringLiteral("healthRows"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    // No default order: sorting a million rows on every recomputation would stall the GUI.
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HealthView::showSelected);
    m_detail = new HealthDetailPanel(rowsPage);
    connect(m_detail, &HealthDetailPanel::overrideRequested, this, &HealthView::editOverride);
    auto *rowSplit = new QSplitter(Qt::Vertical, rowsPage);
    rowSplit->addWidget(m_table);
    rowSplit->addWidget(m_detail);
    rowSplit->setStretchFactor(0, 2);
    rowSplit->setStretchFactor(1, 3);
    rowSplit->setChildrenCollapsible(false);
    auto *rowsLayout = new QVBoxLayout(rowsPage);
    rowsLayout->setContentsMargins(4, 4, 4, 4);
    rowsLayout->addLayout(filterBar);
    rowsLayout->addWidget(rowSplit, 1);

    // --- policies
    auto *policiesPage = new QWidget(this);
    m_rules = new PolicyRuleModel(this);
    m_rules->setCommit([this](const QString &scope, const Policy::PolicyParameters &p) {
        return setSegmentRule(scope, p);
    });
    m_ruleTable = makeHealthTable(policiesPage, QStringLiteral("policyRules"));
    m_ruleTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_ruleTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ruleTable->setModel(m_rules);
    m_ruleTable->setItemDelegate(new PolicyRuleDelegate(m_ruleTable));
    m_ruleTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                 | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_ruleTable->verticalHeader()->setDefaultSectionSize(24);
    auto *clearAction = new QAction(tr("Inherit selected settings"), m_ruleTable);
    clearAction->setShortcut(QKeySequence::Delete);
    clearAction->setShortcutContext(Qt::WidgetShortcut);
    m_ruleTable->addAction(clearAction);
    m_ruleTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(clearAction, &QAction::triggered, this, &HealthView::clearSelectedRuleFields);
    auto *clearButton = new QPushButton(tr("Inherit selected settings"), policiesPage);
    clearButton->setToolTip(tr("Clears the selected settings so they come from the level above "
                               "(Delete)."));
    connect(clearButton, &QPushButton::clicked, this, &HealthView::clearSelectedRuleFields);
    m_policyMessage = new QLabel(policiesPage);
    m_policyMessage->setObjectName(QStringLiteral("policyMessage"));
    m_policyMessage->setWordWrap(true);
    connect(m_rules, &PolicyRuleModel::editFailed, this, [this](const QString &message) {
        m_policyMessage->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    });

    m_overrides = new PolicyOverrideModel(this);
    m_overrideTable = makeHealthTable(policiesPage, QStringLiteral("policyOverrides"));
    m_overrideTable->setModel(m_overrides);
    m_overrideTable->horizontalHeader()->setStretchLastSection(true);
    auto *editOverrideButton = new QPushButton(tr("Edit…"), policiesPage);
    auto *removeOverrideButton = new QPushButton(tr("Remove"), policiesPage);
    connect(editOverrideButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_overrideTable->currentIndex();
        if (!index.isValid() || !m_analysis)
            return;
        const auto &e = m_overrides->entry(index.row());
        const int row = snapshotRowOf(e.locationId, e.skuId);
        if (row >= 0)
            editOverride(row);
    });
    connect(m_overrideTable, &QAbstractItemView::doubleClicked, editOverrideButton,
            &QPushButton::click);
    connect(removeOverrideButton, &QPushButton::clicked, this, &HealthView::removeSelectedOverride);

    auto *intro = new QLabel(
        tr("Each SKU × location's policy is resolved setting by setting: built-in defaults → "
           "<b>Default</b> → its <b>class</b> (A, B, C by value) → its <b>segment</b> (AX … CZ) → "
           "its own <b>override</b>. Grey italic values are inherited. Double-click a cell to "
           "change it, Delete to let it inherit again. Every change is audited, can be undone "
           "(Edit → Undo) and recomputes stock health at once."),
        policiesPage);
    intro->setWordWrap(true);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_policyMessage, 1);
    ruleButtons->addWidget(clearButton);
    auto *overrideButtons = new QHBoxLayout;
    auto *overrideTitle = new QLabel(
        tr("<b>Overrides per SKU × location</b> — add one from the SKU × location detail "
           "(Override policy…)"),
        policiesPage);
    overrideButtons->addWidget(overrideTitle, 1);
    overrideButtons->addWidget(editOverrideButton);
    overrideButtons->addWidget(removeOverrideButton);
    auto *policiesLayout = new QVBoxLayout(policiesPage);
    policiesLayout->setContentsMargins(4, 4, 4, 4);
    policiesLayout->addWidget(intro);
    policiesLayout->addWidget(m_ruleTable);
    policiesLayout->addLayout(ruleButtons);
    policiesLayout->addLayout(overrideButtons);
    policiesLayout->addWidget(m_overrideTable, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("healthPages"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(rowsPage, tr("SKU × location"));
    m_tabs->addTab(policiesPage, tr("Policies"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == DashboardPage && m_analysis) {
            m_openTimer.start();
            m_measuring = true;
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    for (QWidget *part : m_dashboard->paintedParts())
        part->installEventFilter(this);

    connect(m_store, &QObject::destroyed, this, [this] { *m_cancel = true; });
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("policy_rules"))
            || tables.contains(QStringLiteral("policy_overrides")))
            // Queued: the change may come from inside the rule model's setData.
            QMetaObject::invokeMethod(this, &HealthView::reloadPolicies, Qt::QueuedConnection);
        for (const char *input : kInputTables)
            if (tables.contains(QLatin1String(input))) {
                refresh();
                return;
            }
    });
    Money::watchCurrency(m_store, this, [this](const QString &c) { applyCurrency(c); });
    reloadPolicies();
    updateFilterBar();
    start();
}

void HealthView::applyCurrency(const QString &currency)
{
    m_currency = currency;
    m_rows->setCurrency(currency);
    m_locations->setCurrency(currency);
    m_dashboard->setCurrency(currency);
    m_detail->setCurrency(currency);
    m_rules->setCurrency(currency);
    m_overrides->setCurrency(currency);
}

HealthView::~HealthView()
{
    // The worker may still run; it stops at its next check and its result is dropped.
    *m_cancel = true;
}

void HealthView::setUndoStack(QUndoStack *stack)
{
    if (!stack || stack == m_undo)
        return;
    if (m_undo && m_undo->parent() == this)
        delete m_undo;
    m_undo = stack;
}

void HealthView::refresh()
{
    if (!m_store)
        return;
    if (m_running) {
        // The running analysis reads data that just changed: stop it and start again.
        m_pending = true;
        *m_cancel = true;
        return;
    }
    start();
}

void HealthView::cancel()
{
    if (!m_running)
        return;
    m_pending = false;
    *m_cancel = true;
    m_status->setText(tr("Cancelling…"));
}

void HealthView::start()
{
    // Each run gets its own flag: a cancel meant for this run cannot stop the next one.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_stage->store(0);
    m_running = true;
    m_pending = false;
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_progressTimer->start();
    if (!m_analysis)
        m_dashboard->setMessage(tr("Analysing stock health…"));
    m_status->setText(tr("Analysing stock health…"));
    emit analysisStarted();

    const QString path = m_store->path();
    auto cancel = m_cancel;
    auto stage = m_stage;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const std::shared_ptr<Outcome> outcome = watcher->result();
        watcher->deleteLater();
        finished(outcome);
    });
    // The worker reads its own frozen copy on its own connection and hands back plain data;
    // nothing in it touches a widget or the DataStore.
    watcher->setFuture(QtConcurrent::run([path, cancel, stage]() {
        auto out = std::make_shared<Outcome>();
        QElapsedTimer timer;
        timer.start();
        Storage::Connection::Options options;
        options.createIfMissing = false;
        auto connection = Storage::Connection::open(path, options);
        if (!connection) {
            out->error = connection.errorMessage();
            return out;
        }
        stage->store(1);
        auto analysis = Health::analyse(**connection, {}, {}, 0, cancel.get());
        // Checked after the analysis too: loading the snapshot does not look at the flag.
        if (cancel->load() || (!analysis && analysis.error().code == QLatin1String("cancelled"))) {
            out->cancelled = true;
            return out;
        }
        if (!analysis) {
            out->error = analysis.errorMessage();
            return out;
        }
        stage->store(2);
        auto shared = std::make_shared<Health::HealthAnalysis>(std::move(analysis.value()));
        auto sync = Health::syncAlerts(**connection, shared->snapshot, shared->report,
                                       shared->settings, shared->alerts);
        if (sync)
            out->sync = *sync;
        else
            out->alertError = sync.errorMessage();
        stage->store(3);
        auto alerts = Health::listAlerts(**connection);
        if (alerts)
            out->alerts = std::move(alerts.value());
        else if (out->alertError.isEmpty())
            out->alertError = alerts.errorMessage();
        out->analysis = std::move(shared);
        out->seconds = double(timer.nsecsElapsed()) / 1e9;
        return out;
    }));
}

void HealthView::finished(const std::shared_ptr<Outcome> &outcome)
{
    m_running = false;
    m_progressTimer->stop();
    m_progress->setVisible(false);
    m_cancelButton->setEnabled(false);
    if (!m_store)
        return; // the database was closed: this view is about to go
    if (outcome->analysis) {
        apply(outcome);
        if (outcome->sync.raised + outcome->sync.resolved > 0)
            m_store->notifyChanged({QStringLiteral("alerts")});
    }
    if (m_pending) {
        // Superseded by a change while it ran: run again and report only the final result.
        start();
        return;
    }
    if (outcome->analysis) {
        emit healthScoresChanged(locationScores());
        emit analysisFinished(true);
        return;
    }
    const QString shown
        = m_analysis ? tr(" The results shown are from the analysis before.") : QString();
    if (outcome->cancelled) {
        m_status->setText(tr("Cancelled.") + shown);
    } else {
        m_status->setText(tr("Error: %1").arg(outcome->error) + shown);
        if (!m_analysis)
            m_dashboard->setMessage(
                tr("Stock health could not be analysed: %1").arg(outcome->error.toHtmlEscaped()));
    }
    if (!m_analysis && outcome->cancelled)
        m_dashboard->setMessage(tr("Cancelled. Press Refresh to analyse stock health."));
    emit analysisFinished(false);
}

void HealthView::apply(const std::shared_ptr<Outcome> &outcome)
{
    QElapsedTimer timer;
    timer.start();
    m_analysis = outcome->analysis;
    m_rowIndex.clear();
    const Health::HealthAnalysis &a = *m_analysis;
    const QPair<qint64, qint64> selected = m_selectedKey;

    m_rows->setAnalysis(m_analysis);
    m_locations->setAnalysis(m_analysis);
    m_alerts->setAlerts(std::move(outcome->alerts));
    m_dashboard->setAnalysis(m_analysis);

    const QString location = m_locationCombo->currentData().toString();
    m_locationCombo->clear();
    m_locationCombo->addItem(tr("All locations"), QString());
    for (const Health::HealthGroup &g : a.report.locations)
        m_locationCombo->addItem(g.key, g.key);
    m_locationCombo->setCurrentIndex(std::max(0, m_locationCombo->findData(location)));

    QHash<QString, int> counts;
    counts.insert(QStringLiteral("default"), int(a.report.segments.size()));
    for (const Inventory::Segment &s : a.report.segments) {
        ++counts[QString(QChar::fromLatin1(s.abc))];
        ++counts[F::segment(s.abc, s.xyz)];
    }
    m_rules->setRowCounts(counts);
    m_ruleTable->resizeColumnToContents(PolicyRuleModel::Rows);

    const QString source = a.snapshot.forecastRunId > 0
                               ? tr("forecast run %1").arg(a.snapshot.forecastRunId)
                               : tr("sales history (no forecast run yet)");
    QString status
        = tr("As of %1 · %2 SKU × locations · demand from %3 · analysed in %4 s")
              .arg(F::day(a.snapshot.asOfDay), QLocale().toString(int(a.snapshot.rows.size())),
                   source, QLocale().toString(outcome->seconds, 'f', 2));
    if (!outcome->alertError.isEmpty())
        status += tr(" · alerts not updated: %1").arg(outcome->alertError);
    else if (outcome->sync.raised + outcome->sync.resolved > 0)
        status += tr(" · alerts: %1 new, %2 resolved")
                      .arg(QLocale().toString(outcome->sync.raised),
                           QLocale().toString(outcome->sync.resolved));
    m_status->setText(status);

    // Keep the SKU × location the planner was looking at, with its new figures.
    const int keep = selected.first >= 0 ? snapshotRowOf(selected.first, selected.second) : -1;
    if (keep >= 0) {
        const QModelIndex proxy = m_filter->mapFromSource(m_rows->index(keep, 0));
        if (proxy.isValid()) {
            m_table->setCurrentIndex(proxy);
            m_table->scrollTo(proxy);
        }
        m_selectedKey = selected;
        m_detail->showRow(m_analysis, keep);
    } else {
        m_selectedKey = {-1, -1};
        m_detail->showRow(m_analysis, -1);
    }
    fitColumns(m_table, 220);
    if (!m_policyChange.isEmpty()) {
        m_policyMessage->setText(tr("Stored: %1. Stock health recomputed.").arg(m_policyChange));
        m_policyChange.clear();
    }
    m_applyMs = timer.elapsed();
    if (isVisible() && page() == DashboardPage) {
        m_openTimer.start();
        m_measuring = true;
    }
}

QHash<QString, double> HealthView::locationScores() const
{
    QHash<QString, double> scores;
    if (m_analysis)
        for (const Health::HealthGroup &g : m_analysis->report.locations)
            scores.insert(g.key, g.score);
    return scores;
}

void HealthView::setPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

HealthView::Page HealthView::page() const
{
    return Page(m_tabs->currentIndex());
}

int HealthView::snapshotRowOf(qint64 locationId, qint64 skuId)
{
    if (!m_analysis)
        return -1;
    // Built on first use: most analyses are never searched by key.
    if (m_rowIndex.isEmpty()) {
        const Inventory::InventorySnapshot &snap = m_analysis->snapshot;
        m_rowIndex.reserve(qsizetype(snap.rows.size()));
        for (std::size_t i = 0; i < snap.rows.size(); ++i)
            m_rowIndex.insert({snap.location(snap.rows[i]).id, snap.sku(snap.rows[i]).id}, int(i));
    }
    return m_rowIndex.value({locationId, skuId}, -1);
}

int HealthView::detailRow() const
{
    return m_detail->row();
}

void HealthView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_analysis)
        return;
    const int row = m_filter->mapToSource(current).row();
    const auto &r = m_analysis->snapshot.rows[std::size_t(row)];
    m_selectedKey = {m_analysis->snapshot.location(r).id, m_analysis->snapshot.sku(r).id};
    if (m_detail->row() != row)
        m_detail->showRow(m_analysis, row);
}

bool HealthView::showRow(qint64 locationId, qint64 skuId)
{
    const int row = snapshotRowOf(locationId, skuId);
    if (row < 0)
        return false;
    QModelIndex proxy = m_filter->mapFromSource(m_rows->index(row, 0));
    if (!proxy.isValid()) {
        clearFilters();
        proxy = m_filter->mapFromSource(m_rows->index(row, 0));
    }
    setPage(RowsPage);
    m_table->setCurrentIndex(proxy);
    m_table->selectRow(proxy.row());
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    showSelected();
    return true;
}

void HealthView::filterSegment(const QString &segment)
{
    m_filter->setSegment(segment);
    m_segmentCombo->setCurrentIndex(std::max(0, m_segmentCombo->findData(segment)));
    m_dashboard->heatMap()->setSelected(segment);
    setPage(RowsPage);
}

void HealthView::filterLocation(const QString &code)
{
    m_filter->setLocationCode(code);
    m_locationCombo->setCurrentIndex(std::max(0, m_locationCombo->findData(code)));
    setPage(RowsPage);
}

void HealthView::filterStatuses(const QSet<int> &statuses)
{
    m_filter->setStatuses(statuses);
    int match = 0;
    for (int i = 0; i < m_statusCombo->count(); ++i) {
        QSet<int> item;
        for (const QVariant &v : m_statusCombo->itemData(i).toList())
            item.insert(v.toInt());
        if (item == statuses)
            match = i;
    }
    m_statusCombo->setCurrentIndex(match);
    setPage(RowsPage);
}

void HealthView::clearFilters()
{
    m_search->clear();
    m_statusCombo->setCurrentIndex(0);
    m_segmentCombo->setCurrentIndex(0);
    m_locationCombo->setCurrentIndex(0);
    m_filter->clearFilters();
    m_dashboard->heatMap()->setSelected(QString());
}

void HealthView::updateFilterBar()
{
    const int total = m_rows->rowCount();
    const int shown = m_filter->rowCount();
    m_rowCount->setText(shown == total
                            ? tr("%1 SKU × locations").arg(QLocale().toString(total))
                            : tr("%1 of %2 SKU × locations")
                                  .arg(QLocale().toString(shown), QLocale().toString(total)));
    m_clearFilters->setEnabled(m_filter->isFiltering());
}

void HealthView::reloadPolicies()
{
    if (!m_store)
        return;
    Status s = m_rules->reload(m_store->connection());
    if (s)
        s = m_overrides->reload(m_store->connection());
    if (!s)
        m_policyMessage->setText(
            tr("<span style='color:#b00020'>The policies could not be read: %1</span>")
                .arg(s.errorMessage().toHtmlEscaped()));
    m_ruleTable->resizeColumnsToContents();
    m_overrideTable->resizeColumnsToContents();
    // All thirteen scopes in view; the overrides take the rest of the page.
    m_ruleTable->setFixedHeight(m_ruleTable->horizontalHeader()->sizeHint().height()
                                + m_rules->rowCount()
                                      * m_ruleTable->verticalHeader()->defaultSectionSize()
                                + 2 * m_ruleTable->frameWidth() + 2);
}

Status HealthView::setSegmentRule(const QString &scope, const Policy::PolicyParameters &parameters)
{
    if (!m_store)
        return Error(tr("No database is open."), QStringLiteral("no-database"));
    if (!Policy::isValidScope(scope))
        return Error(tr("\"%1\" is not a policy scope.").arg(scope), QStringLiteral("bad-scope"));
    if (Status s = parameters.validate(); !s)
        return s;
    // What is stored now (not what a view shows): undo puts exactly this back.
    QSqlQuery q(m_store->connection().db());
    q.prepare(QStringLiteral("SELECT parameters FROM policy_rules WHERE scope = ?"));
    q.addBindValue(scope);
    const Policy::PolicyParameters before
        = storedParameters(q).value_or(Policy::PolicyParameters());
    // A rule not stored yet may still be in force (the built-in A/B/C service levels).
    const Policy::PolicyParameters shownBefore
        = Policy::PolicyConfig::standard().segments.count(scope) && before.isEmpty()
              ? Policy::PolicyConfig::standard().segments.at(scope)
              : before;
    if (Status s = Policy::saveSegmentRule(m_store->connection(), scope, parameters); !s)
        return s;
    QString change = describeChange(shownBefore, parameters, m_currency);
    if (change.isEmpty())
        change = tr("no change");
    m_undo->push(new SegmentRuleCommand(m_store, scope, before, parameters,
                                        tr("Policy of %1: %2").arg(scopeLabel(scope), change)));
    m_policyChange = tr("policy of %1: %2").arg(scopeLabel(scope), change).toHtmlEscaped();
    m_policyMessage->setText(tr("Stored: %1. Recomputing…").arg(m_policyChange));
    m_store->notifyChanged({QStringLiteral("policy_rules")});
    return {};
}

Status HealthView::setOverride(qint64 locationId, qint64 skuId,
                               const Policy::PolicyParameters &parameters, const QString &reason)
{
    if (!m_store)
        return Error(tr("No database is open."), QStringLiteral("no-database"));
    if (Status s = parameters.validate(); !s)
        return s;
    if (!parameters.isEmpty() && reason.trimmed().isEmpty())
        return Error(tr("A policy override needs a reason."), QStringLiteral("no-reason"));
    QSqlQuery q(m_store->connection().db());
    q.prepare(QStringLiteral("SELECT parameters, reason FROM policy_overrides WHERE "
                             "location_id = ? AND sku_id = ?"));
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    PolicyOverrideCommand::State before;
    if (auto p = storedParameters(q, &before.reason))
        before.parameters = *p;
    if (Status s
        = Policy::saveOverride(m_store->connection(), locationId, skuId, parameters, reason);
        !s)
        return s;
    QString what = tr("SKU × location");
    QSqlQuery codes(m_store->connection().db());
    codes.prepare(QStringLiteral(
        "SELECT (SELECT code FROM skus WHERE id = ?), (SELECT code FROM locations WHERE id = ?)"));
    codes.addBindValue(skuId);
    codes.addBindValue(locationId);
    if (codes.exec() && codes.next())
        what = tr("%1 at %2").arg(codes.value(0).toString(), codes.value(1).toString());
    const QString text
        = parameters.isEmpty()
              ? tr("Remove the policy override of %1").arg(what)
              : tr("Policy override of %1: %2")
                    .arg(what, describeChange(before.parameters, parameters, m_currency));
    m_undo->push(new PolicyOverrideCommand(m_store, locationId, skuId, before,
                                           {parameters, reason.trimmed()}, text));
    m_policyChange = text.toHtmlEscaped();
    m_policyMessage->setText(tr("Stored: %1. Recomputing…").arg(m_policyChange));
    m_store->notifyChanged({QStringLiteral("policy_overrides")});
    return {};
}

void HealthView::editOverride(int snapshotRow)
{
    if (!m_analysis || snapshotRow < 0
        || std::size_t(snapshotRow) >= m_analysis->snapshot.rows.size())
        return;
    const HealthAnalysisPtr analysis = m_analysis; // the dialog is modal: results may change
    const auto &r = analysis->snapshot.rows[std::size_t(snapshotRow)];
    const qint64 locationId = analysis->snapshot.location(r).id;
    const qint64 skuId = analysis->snapshot.sku(r).id;
    Policy::PolicyParameters existing;
    QString reason;
    for (int i = 0; i < m_overrides->rowCount(); ++i) {
        const auto &e = m_overrides->entry(i);
        if (e.locationId == locationId && e.skuId == skuId) {
            existing = e.parameters;
            reason = e.reason;
        }
    }
    PolicyOverrideDialog dialog(
        tr("%1 at %2").arg(analysis->snapshot.sku(r).code, analysis->snapshot.location(r).code),
        analysis->report.recommendations[std::size_t(snapshotRow)].policy, existing, reason, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = setOverride(locationId, skuId, dialog.parameters(), dialog.reason()); !s)
        QMessageBox::warning(this, tr("Policy override"), s.errorMessage());
}

void HealthView::removeSelectedOverride()
{
    const QModelIndex index = m_overrideTable->currentIndex();
    if (!index.isValid())
        return;
    const auto e = m_overrides->entry(index.row());
    if (const Status s = setOverride(e.locationId, e.skuId, {}, {}); !s)
        m_policyMessage->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                     .arg(s.errorMessage().toHtmlEscaped()));
}

void HealthView::clearSelectedRuleFields()
{
    // One store per scope, however many of its cells are selected.
    std::map<QString, Policy::PolicyParameters> changed;
    for (const QModelIndex &index : m_ruleTable->selectionModel()->selectedIndexes()) {
        if (index.column() < PolicyRuleModel::FirstField)
            continue;
        const QString scope = PolicyRuleModel::scopes().at(index.row());
        auto it = changed.find(scope);
        if (it == changed.end())
            it = changed.emplace(scope, m_rules->parameters(scope)).first;
        PolicyFields::clear(it->second,
                            PolicyFields::Field(index.column() - PolicyRuleModel::FirstField));
    }
    if (changed.empty())
        return;
    m_undo->beginMacro(tr("Inherit policy settings"));
    for (const auto &[scope, parameters] : changed) {
        if (parameters.toJson() == m_rules->parameters(scope).toJson())
            continue;
        if (const Status s = setSegmentRule(scope, parameters); !s)
            m_policyMessage->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                         .arg(s.errorMessage().toHtmlEscaped()));
    }
    m_undo->endMacro();
}

void HealthView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (page() == DashboardPage && m_analysis) {
        m_openTimer.start();
        m_measuring = true;
    }
}

bool HealthView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_measuring && m_analysis && !m_measureScheduled) {
        // The parts of one window are painted in one pass: the zero timer fires after it.
        m_measureScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_measureScheduled = false;
            m_measuring = false;
            m_openMs = m_openTimer.elapsed();
            emit dashboardPainted(m_openMs);
        });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Stockshift::Ui
