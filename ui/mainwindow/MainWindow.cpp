#include "mainwindow/MainWindow.h"

#include "SolverInfo.h"
#include "browser/SqlTableModel.h"
#include "common/Dates.h"
#include "export/ExportView.h"
#include "forecast/AccuracyView.h"
#include "forecast/ForecastView.h"
#include "health/HealthView.h"
#include "import/CsvImporter.h"
#include "import/ImportWizard.h"
#include "info/DatabaseInfo.h"
#include "network/NetworkMapWidget.h"
#include "plan/PlanView.h"
#include "scenario/ScenarioView.h"
#include "settings/SettingsDialog.h"
#include "storage/DataStore.h"
#include "storage/Schema.h"
#include "tiers/TierView.h"
#include "undo/UndoJournalKeeper.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Stockshift::Ui {

namespace {

struct Area
{
    const char *name;
    const char *label;
    QStyle::StandardPixmap icon;
};

const Area kAreas[] = {
    {"network", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Network"),
     QStyle::SP_DriveNetIcon},
    {"browser", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Data browser"),
     QStyle::SP_FileDialogDetailedView},
    {"forecasts", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Forecasts"),
     QStyle::SP_FileDialogContentsView},
    {"accuracy", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Forecast accuracy"),
     QStyle::SP_FileDialogInfoView},
    {"health", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Stock health"),
     QStyle::SP_DialogApplyButton},
    {"plans", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Plans"), QStyle::SP_BrowserReload},
    {"exports", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Exports"),
     QStyle::SP_DialogSaveButton},
    {"tiers", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Fulfilment tiers"),
     QStyle::SP_DirHomeIcon},
    {"scenarios", QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Scenarios"),
     QStyle::SP_FileDialogListView},
};

const char *tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("locations"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Locations")},
        {QStringLiteral("skus"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "SKUs")},
        {QStringLiteral("stock"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Stock on hand")},
        {QStringLiteral("sales"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Sales history")},
        {QStringLiteral("lanes"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Lanes")},
        {QStringLiteral("suppliers"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Suppliers")},
        {QStringLiteral("supplier_items"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Supplier items")},
        {QStringLiteral("open_orders"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Open orders")},
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Customers")},
        {QStringLiteral("agreements"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Partner agreements")},
        {QStringLiteral("events"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Events and promotions")},
        {QStringLiteral("import_batches"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Import history")},
        {QStringLiteral("stockouts"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Stockout log")},
        {QStringLiteral("forecast_overrides"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Forecast overrides")},
        {QStringLiteral("alerts"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Alerts")},
        {QStringLiteral("policy_rules"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Policy rules")},
        {QStringLiteral("policy_overrides"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Policy overrides")},
        {QStringLiteral("plans"), QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Plans")},
        {QStringLiteral("plan_lines"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Plan lines")},
        {QStringLiteral("orders"),
         QT_TRANSLATE_NOOP("Stockshift::Ui::MainWindow", "Exported orders")},
    };
    return labels.value(table, "");
}

QTableView *makeView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultSectionSize(110);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Stockshift"));
    setWindowIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_undo = new QUndoStack(this);
    // Bounded so that the history kept in the database stays small (a scenario edit holds two
    // scenarios); 200 steps is far more than a planning session undoes.
    m_undo->setUndoLimit(200);
    buildMenus();

    m_navigator = new QListWidget(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setIconSize(QSize(22, 22));
    m_navigator->setSpacing(2);
    // As wide as the longest area name in the chosen language ("Précision des prévisions" in
    // French), never narrower than the English layout.
    const QFontMetrics metrics = m_navigator->fontMetrics();
    int labelWidth = 0;
    for (const Area &area : kAreas)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(tr(area.label)));
    const int itemWidth = std::max(160, m_navigator->iconSize().width() + labelWidth
                                            + 3 * metrics.averageCharWidth() + 8);
    m_navigator->setFixedWidth(itemWidth + 10);
    for (const Area &area : kAreas) {
        auto *item
            = new QListWidgetItem(style()->standardIcon(area.icon), tr(area.label), m_navigator);
        item->setData(Qt::UserRole, QString::fromLatin1(area.name));
        item->setToolTip(tr(area.label));
        item->setSizeHint(QSize(itemWidth, 34));
    }
    m_pages = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_navigator);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    m_statusDatabase = new QLabel(this);
    m_statusCounts = new QLabel(this);
    m_statusImport = new QLabel(this);
    statusBar()->addWidget(m_statusDatabase);
    statusBar()->addWidget(m_statusCounts, 1);
    statusBar()->addPermanentWidget(m_statusImport);
    rebuildPages();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Saves the edit history while the stack and the store still exist.
    m_journal.reset();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New database…"),
                    QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open database…"),
                    QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this, [this] { importCsv(); });
    file->addAction(tr("Import &folder…"), QKeySequence(tr("Ctrl+Shift+I")), this,
                    &MainWindow::importFolder);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_historyDock = new QDockWidget(tr("Edit history"), this);
    m_historyDock->setObjectName(QStringLiteral("editHistory"));
    auto *history = new QUndoView(m_undo, m_historyDock);
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(tr("Edit &history"));
    showHistory->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    edit->addAction(showHistory);
    edit->addSeparator();
    // Ctrl+, where the platform defines no Preferences key (Linux desktops, offscreen).
    QAction *settingsAction = edit->addAction(
        tr("&Settings…"),
        QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(tr("Ctrl+,"))),
        this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(std::size(kAreas)); ++i)
        view->addAction(tr(kAreas[i].label), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)),
                        this, [this, i] { m_navigator->setCurrentRow(i); });
    view->addSeparator();
    buildLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Stockshift"), this, [this] {
        QMessageBox::about(
            this, tr("About Stockshift"),
            tr("<h3>Stockshift %1</h3><p>Inventory planning workstation: forecasts, stock health, "
               "transfer and purchase plans that explain themselves.</p><p>Qt %2 · %3</p>")
                .arg(QStringLiteral(STOCKSHIFT_VERSION), QString::fromLatin1(qVersion()),
                     Solvers::cbcVersion()));
    });
    updateRecentMenu();
}

/// View → Language: stored in the settings (key as in translations/StockshiftI18n.h) and applied
/// by app/gui/main.cpp at the next start.
void MainWindow::buildLanguageMenu(QMenu *parent)
{
    static const QLatin1String key("ui/language");
    QMenu *menu = parent->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(key).toString();
    // Each language under its own name; the system default in the current language.
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("&System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto &choice : choices) {
        const QString code = choice.first;
        QAction *action = menu->addAction(choice.second);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings settings;
            if (settings.value(key).toString() == code)
                return;
            settings.setValue(key, code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language applies when Stockshift is started "
                                        "again."));
        });
    }
}

QStringList MainWindow::areaNames() const
{
    QStringList names;
    for (const Area &area : kAreas)
        names.append(QString::fromLatin1(area.name));
    return names;
}

void MainWindow::showArea(const QString &name)
{
    const int index = int(areaNames().indexOf(name));
    m_navigator->setCurrentRow(index < 0 ? 0 : index);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto store = Storage::DataStore::open(path);
    if (!store) {
        QMessageBox::critical(this, tr("Open database"), store.errorMessage());
        return false;
    }
    const int area = std::max(0, m_navigator->currentRow());
    m_journal.reset(); // the last save of the old database's history, while it is still open
    m_store = std::move(store.value());
    connect(m_store.get(), &Storage::DataStore::tablesChanged, this, &MainWindow::updateStatus);
    rebuildPages();
    m_navigator->setCurrentRow(area);
    setWindowTitle(tr("%1 — Stockshift").arg(QFileInfo(path).fileName()));
    addRecent(QFileInfo(path).absoluteFilePath());
    updateStatus();
    return true;
}

void MainWindow::rebuildPages()
{
    // The old database's history is saved before the stack is cleared below.
    m_journal.reset();
    m_journalMessage.clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_map = nullptr;
    m_forecastView = nullptr;
    m_accuracyView = nullptr;
    m_healthView = nullptr;
    m_planView = nullptr;
    m_scenarioView = nullptr;
    // Edits belong to the database they were made in.
    m_undo->clear();
    m_browserModel = nullptr;
    m_locationsModel = nullptr;
    if (!m_store) {
        for (const Area &area : kAreas)
            m_pages->addWidget(buildPendingPage(
                tr(area.label), tr("Open or create a database with the File menu.")));
        return;
    }
    m_pages->addWidget(buildNetworkPage());
    m_pages->addWidget(buildBrowserPage());
    m_forecastView = new ForecastView(m_store.get());
    m_forecastView->setUndoStack(m_undo);
    m_pages->addWidget(m_forecastView);
    m_accuracyView = new AccuracyView(m_store.get());
    m_pages->addWidget(m_accuracyView);
    connect(m_accuracyView, &AccuracyView::showSeriesRequested, this,
            [this](qint64 locationId, qint64 skuId) {
                showArea(QStringLiteral("forecasts"));
                m_forecastView->showSeries(locationId, skuId);
            });
    // New actuals: measure the stored forecasts against them (off the GUI thread).
    connect(m_store.get(), &Storage::DataStore::tablesChanged, m_accuracyView,
            [this](const QStringList &tables) {
                if (tables.contains(QStringLiteral("sales")) && m_accuracyView
                    && m_store->rowCount(QStringLiteral("forecast_runs")) > 0)
                    m_accuracyView->evaluate();
            });
    // Stock health analyses in the background from the start, so that the network map is
    // coloured by health and the area opens on results.
    m_healthView = new HealthView(m_store.get());
    m_healthView->setUndoStack(m_undo);
    m_pages->addWidget(m_healthView);
    connect(m_healthView, &HealthView::healthScoresChanged, m_map,
            &NetworkMapWidget::setHealthScores);
    // Plans: the runner, the stored plans and their review; the plan open there draws its
    // transfers on the network map too, over the health colours.
    m_planView = new PlanView(m_store.get());
    m_planView->setUndoStack(m_undo);
    m_pages->addWidget(m_planView);
    connect(m_healthView, &HealthView::healthScoresChanged, m_planView->map(),
            &NetworkMapWidget::setHealthScores);
    connect(m_planView, &PlanView::flowsChanged, m_map, &NetworkMapWidget::setFlows);
    m_map->setFlows(m_planView->flows(), m_planView->plan()
                                             ? tr("Plan %1: transfers").arg(m_planView->shownPlan())
                                             : QString());
    // Exports: purchase and transfer orders from the approved lines of a plan.
    m_pages->addWidget(new ExportView(m_store.get()));
    // Fulfilment tiers (issue 6): the tier editor, the map of which location serves which
    // region, and the routing simulation; its edits are undoable from the Edit menu.
    auto *tierView = new TierView(m_store.get());
    tierView->setUndoStack(m_undo);
    m_pages->addWidget(tierView);
    // Scenarios (issue 7): what-if scenarios, run on a frozen copy of the database, compared.
    m_scenarioView = new ScenarioView(m_store.get());
    m_scenarioView->setUndoStack(m_undo);
    m_pages->addWidget(m_scenarioView);

    // The edit history of the last session on this database comes back when it is safe to undo
    // through it; the status bar says what happened.
    m_journal = std::make_unique<UndoJournalKeeper>(m_store.get(), m_undo, m_scenarioView);
    m_journalMessage = m_journal->restore();
    if (!m_journalMessage.isEmpty())
        statusBar()->showMessage(m_journalMessage, 20000);
}

QWidget *MainWindow::buildPendingPage(const QString &title, const QString &text)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), page);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    layout->addWidget(body);
    if (m_store) {
        // What this area will work from, counted now.
        QStringList lines;
        for (const QString &table : Storage::Schema::browsableTables()) {
            if (table == QLatin1String("import_batches"))
                continue;
            lines.append(
                QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>")
                    .arg(tr(tableLabel(table)), QLocale().toString(m_store->rowCount(table))));
        }
        auto *counts = new QLabel(tr("<p>Data available in this database:</p><table>%1</table>")
                                      .arg(lines.join(QString())),
                                  page);
        layout->addWidget(counts);
    }
    layout->addStretch();
    return page;
}

QWidget *MainWindow::buildNetworkPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_map = new NetworkMapWidget(m_store.get(), splitter);
    m_map->setObjectName(QStringLiteral("networkMap"));
    m_locationsModel = new SqlTableModel(m_store.get(), page);
    m_locationsModel->setTable(QStringLiteral("locations"));
    auto *table = makeView(splitter);
    table->setModel(m_locationsModel);
    splitter->addWidget(m_map);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({620, 220});
    layout->addWidget(splitter);
    connect(m_locationsModel, &QAbstractItemModel::modelReset, table,
            [table] { table->resizeColumnsToContents(); });
    table->resizeColumnsToContents();
    return page;
}

QWidget *MainWindow::buildBrowserPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *tables = new QComboBox(page);
    tables->setObjectName(QStringLiteral("browserTable"));
    for (const QString &table : Storage::Schema::browsableTables())
        tables->addItem(tr(tableLabel(table)), table);
    auto *filter = new QLineEdit(page);
    filter->setObjectName(QStringLiteral("browserFilter"));
    filter->setPlaceholderText(tr("Filter: code, name or yyyy-mm-dd"));
    filter->setClearButtonEnabled(true);
    auto *count = new QLabel(page);
    bar->addWidget(new QLabel(tr("Table:"), page));
    bar->addWidget(tables);
    bar->addWidget(filter, 1);
    bar->addWidget(count);
    layout->addLayout(bar);
    m_browserModel = new SqlTableModel(m_store.get(), page);
    // Master-data cells are edited through the shared undo stack; a refusal says why.
    m_browserModel->setUndoStack(m_undo);
    connect(m_browserModel, &SqlTableModel::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    auto *view = makeView(page);
    view->setObjectName(QStringLiteral("browserView"));
    view->setModel(m_browserModel);
    layout->addWidget(view, 1);

    const auto updateCount = [this, count] {
        count->setText(tr("%1 rows").arg(QLocale().toString(m_browserModel->rowCount())));
    };
    connect(tables, &QComboBox::currentIndexChanged, this, [this, tables, view, updateCount] {
        m_browserModel->setTable(tables->currentData().toString());
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        updateCount();
    });
    // Filtering runs a COUNT over the table: wait for a pause in typing.
    auto *timer = new QTimer(page);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(filter, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, [this, filter, updateCount] {
        m_browserModel->setFilterText(filter->text());
        updateCount();
    });
    connect(m_browserModel, &QAbstractItemModel::modelReset, this, updateCount);
    // Only the rows in view are measured, so this stays cheap on millions of rows.
    connect(m_browserModel, &QAbstractItemModel::modelReset, view,
            [view] { view->resizeColumnsToContents(); });
    m_browserModel->setTable(tables->currentData().toString());
    updateCount();
    return page;
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusDatabase->setText(tr("No database"));
        return;
    }
    // Counting tens of millions of sales rows takes seconds: the summary is read on a worker
    // with its own connection, and requests that arrive meanwhile are folded into one more run.
    if (m_statusRunning) {
        m_statusPending = true;
        return;
    }
    m_statusRunning = true;
    m_statusPending = false;
    const QString path = m_store->path();
    auto *watcher = new QFutureWatcher<Result<Info::DatabaseInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const auto info = watcher->result();
        watcher->deleteLater();
        m_statusRunning = false;
        if (m_store && m_store->path() == path)
            showStatus(info);
        if (m_statusPending)
            updateStatus();
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<Info::DatabaseInfo> {
        Storage::Connection::Options options;
        options.createIfMissing = false;
        options.migrate = false;
        auto c = Storage::Connection::open(path, options);
        if (!c)
            return c.error();
        return Info::readDatabaseInfo(**c);
    }));
}

void MainWindow::showStatus(const Result<Info::DatabaseInfo> &info)
{
    if (!info) {
        m_statusCounts->setText(info.errorMessage());
        return;
    }
    m_statusDatabase->setText(tr("%1 (%2 MB)")
                                  .arg(QFileInfo(info->path).fileName())
                                  .arg(double(info->fileBytes) / 1e6, 0, 'f', 1));
    qint64 locations = 0, skus = 0, sales = 0;
    for (const auto &[table, n] : info->tableCounts) {
        if (table == QLatin1String("locations"))
            locations = n;
        else if (table == QLatin1String("skus"))
            skus = n;
        else if (table == QLatin1String("sales"))
            sales = n;
    }
    QString counts = tr("%1 locations · %2 SKUs · %3 series · %4 sales rows")
                         .arg(QLocale().toString(locations), QLocale().toString(skus),
                              QLocale().toString(info->seriesCount), QLocale().toString(sales));
    if (info->firstSalesDay >= 0)
        counts += tr(" · history %1 – %2")
                      .arg(Dates::day(info->firstSalesDay), Dates::day(info->lastSalesDay));
    m_statusCounts->setText(counts);
    m_statusImport->setText(info->lastImports.isEmpty()
                                ? tr("No imports yet")
                                : tr("Last import: %1 (%2)")
                                      .arg(info->lastImports.constFirst().fileName,
                                           Dates::time(info->lastImports.constFirst().startedAt)));
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Stockshift databases (*.db *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                       tr("Stockshift databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::importCsv(const QString &file)
{
    if (!m_store) {
        QMessageBox::information(this, tr("Import CSV"), tr("Open or create a database first."));
        return;
    }
    ImportWizard wizard(m_store.get(), this);
    if (!file.isEmpty())
        wizard.setFilePath(file);
    wizard.exec();
}

void MainWindow::importFolder()
{
    if (!m_store) {
        QMessageBox::information(this, tr("Import folder"), tr("Open or create a database first."));
        return;
    }
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import folder"), QDir::homePath());
    if (folder.isEmpty())
        return;
    QList<Import::ImportSettings> jobs;
    for (Import::Kind kind : Import::importOrder()) {
        const QString path = QDir(folder).filePath(Import::kindSpec(kind).fileName);
        if (!QFileInfo::exists(path))
            continue;
        Import::ImportSettings s;
        s.databasePath = m_store->path();
        s.kind = kind;
        s.filePath = path;
        jobs.append(s);
    }
    if (jobs.isEmpty()) {
        QMessageBox::information(this, tr("Import folder"),
                                 tr("%1 holds none of the known files (locations.csv, "
                                    "skus.csv, …).")
                                     .arg(folder));
        return;
    }
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(jobs.size()) * 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QFutureWatcher<QStringList> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([jobs, cancel, &progress] {
        QStringList summaries;
        for (int i = 0; i < jobs.size() && !*cancel; ++i) {
            auto result = Import::CsvImporter::run(
                jobs[i],
                [&progress, i](qint64 done, qint64 total, qint64) {
                    const int value = i * 100 + (total > 0 ? int(100 * done / total) : 0);
                    QMetaObject::invokeMethod(&progress,
                                              [&progress, value] { progress.setValue(value); });
                },
                cancel.get());
            summaries.append(result ? result->summary() : result.errorMessage());
            if (!result)
                break;
        }
        return summaries;
    }));
    progress.exec();
    watcher.waitForFinished();
    QStringList tables;
    for (const auto &job : jobs)
        tables += Import::tablesWritten(job.kind);
    m_store->notifyChanged(tables);
    QMessageBox::information(this, tr("Import folder"),
                             watcher.result().join(QStringLiteral("\n\n")));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_store.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The units of weights and volumes may have changed: the browser shows them converted.
    for (SqlTableModel *model : {m_browserModel, m_locationsModel})
        if (model)
            model->reload();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentDatabases")).toStringList();
    // Queued: opening rebuilds this menu, which deletes the action (and the lambda) that fired.
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] {
            QTimer::singleShot(0, this, [this, path] { openRecent(path); });
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecent(const QString &path)
{
    // Opening creates a missing file: a database moved or deleted since must not come back as
    // an empty one.
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentDatabases")).toStringList();
    recent.removeAll(path);
    settings.setValue(QStringLiteral("recentDatabases"), recent);
    updateRecentMenu();
    statusBar()->showMessage(
        tr("%1 no longer exists; it was removed from the recent databases.").arg(path), 15000);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentDatabases")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentDatabases"), recent);
    updateRecentMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace Stockshift::Ui
