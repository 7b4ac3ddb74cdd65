#include "forecast/ForecastView.h"

#include "common/Dates.h"
#include "common/Shortcuts.h"

#include "browser/SqlTableModel.h"
#include "common/Days.h"
#include "forecast/ForecastModels.h"
#include "forecast/MethodRegistry.h"
#include "forecast/NetworkForecaster.h"
#include "forecast/OverrideCommands.h"
#include "forecast/OverrideDialog.h"
#include "settings/UserDefaults.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>

namespace Stockshift::Ui {

namespace {

qint64 msecs(int day)
{
    // Noon UTC of the day: stays on the same date in every time zone the axis may use.
    return (qint64(day) * 86400 + 43200) * 1000;
}

int dayOf(double ms)
{
    return int(std::floor(ms / 1000.0 / 86400.0));
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QString num(double v, int decimals = 2)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

} // namespace

// A chart view that reports left clicks in value coordinates (x in ms since the epoch).
class ForecastChartView : public QChartView
{
public:
    using QChartView::QChartView;
    std::function<void(QPointF)> onClick;

    /// The legend under the chart when its entries fit there in full, else on the right, one
    /// entry a line: a row too narrow cuts every entry ("Verka…", "Berei…" in German).
    void fitLegend()
    {
        QLegend *legend = chart()->legend();
        legend->setShowToolTips(true);
        const QFontMetrics metrics(legend->font());
        int needed = 0;
        for (QLegendMarker *marker : legend->markers())
            if (marker->isVisible())
                needed += metrics.horizontalAdvance(marker->label()) + metrics.height()
                          + 3 * metrics.averageCharWidth();
        const Qt::Alignment alignment = needed > width() - 24 ? Qt::AlignRight : Qt::AlignBottom;
        if (legend->alignment() != alignment)
            legend->setAlignment(alignment);
        // As many dates under the plot as fit whole ("Sept. …" otherwise), at most nine.
        const int plotWidth = width() - 90
                              - (alignment == Qt::AlignRight
                                     ? int(legend->effectiveSizeHint(Qt::PreferredSize).width())
                                     : 0);
        for (QAbstractAxis *axis : chart()->axes(Qt::Horizontal))
            if (auto *dates = qobject_cast<QDateTimeAxis *>(axis)) {
                const QFontMetrics labels(dates->labelsFont());
                int label = 0;
                for (int month = 1; month <= 12; ++month)
                    label = std::max(label, labels.horizontalAdvance(QLocale().toString(
                                                QDate(2025, month, 28), dates->format())));
                label += 2 * labels.averageCharWidth();
                dates->setTickCount(std::clamp(plotWidth / std::max(1, label) + 1, 3, 9));
            }
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QChartView::resizeEvent(event);
        fitLegend();
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (onClick && event->button() == Qt::LeftButton) {
            const QPointF scene = mapToScene(event->position().toPoint());
            const QPointF inChart = chart()->mapFromScene(scene);
            if (chart()->plotArea().contains(inChart))
                onClick(chart()->mapToValue(inChart));
        }
        QChartView::mouseReleaseEvent(event);
    }
};

ForecastView::ForecastView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_undo = new QUndoStack(this);

    // --- run controls
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 104);
    m_horizon->setValue(UserDefaults::forecastHorizonWeeks()); // in the default bucket, weeks
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("weeks"), 7);
    m_bucket->addItem(tr("days"), 1);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("forecastMethod"));
    m_method->addItem(tr("automatic (per series)"), QStringLiteral("auto"));
    for (const QString &name : Forecast::methodNames())
        if (name != QLatin1String("auto"))
            m_method->addItem(name, name);
    m_method->setToolTip(tr("Automatic: each series gets the method with the lowest error over "
                            "rolling backtests among those suited to its demand class."));
    m_asOfEnabled = new QCheckBox(tr("as of"), this);
    m_asOfEnabled->setToolTip(tr("Forecast from the history up to an earlier date (a backcast), "
                                 "to measure its accuracy against what was sold afterwards."));
    m_asOf = new QDateEdit(this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    m_runButton = new QPushButton(tr("Run forecast"), this);
    m_runButton->setObjectName(QStringLiteral("runForecast"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelForecast"));
    m_cancelButton->setEnabled(false);
    Shortcuts::setRunKey(m_runButton);
    Shortcuts::setCancelKey(m_cancelButton);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(200);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Horizon:"), this));
    bar->addWidget(m_horizon);
    bar->addWidget(m_bucket);
    bar->addWidget(new QLabel(tr("Method:"), this));
    bar->addWidget(m_method);
    bar->addWidget(m_asOfEnabled);
    bar->addWidget(m_asOf);
    bar->addWidget(m_runButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addStretch(1);

    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("forecastRuns"));
    m_runs->setMinimumContentsLength(40);
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runLabel = new QLabel(this);
    // Wraps rather than widen the window (German counts and dates are longer).
    m_runLabel->setWordWrap(true);
    m_exportButton = new QPushButton(tr("Export…"), this);
    auto *exportMenu = new QMenu(m_exportButton);
    const std::pair<const char *, Forecast::AggregationLevel> levels[]
        = {{QT_TR_NOOP("By SKU and location…"), Forecast::AggregationLevel::Series},
           {QT_TR_NOOP("By location…"), Forecast::AggregationLevel::Location},
           {QT_TR_NOOP("By region…"), Forecast::AggregationLevel::Region},
           {QT_TR_NOOP("By category…"), Forecast::AggregationLevel::Category},
           {QT_TR_NOOP("Network total…"), Forecast::AggregationLevel::Network}};
    for (const auto &[label, level] : levels) {
        const int l = int(level);
        exportMenu->addAction(tr(label), this, [this, l] { exportRun(l); });
    }
    m_exportButton->setMenu(exportMenu);
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(new QLabel(tr("Run:"), this));
    runBar->addWidget(m_runs);
    runBar->addWidget(m_runLabel, 1);
    runBar->addWidget(m_exportButton);

    // --- series list
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search: location or SKU code, class, method"));
    m_filter->setClearButtonEnabled(true);
    m_model = new SqlTableModel(m_store, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("forecastSeries"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setAlternatingRowColors(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);

    // --- chart and details
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_chart->legend()->setFont(legendFont);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new ForecastChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    m_chartView->setToolTip(tr("Click into the forecast period to override it."));
    m_chartView->onClick = [this](QPointF value) {
        if (!m_haveSeries || m_x.forecast.empty())
            return;
        const int day = dayOf(value.x());
        if (day < m_x.forecast.front().startDay)
            return;
        int row = 0;
        for (int i = 0; i < int(m_x.forecast.size()); ++i)
            if (m_x.forecast[std::size_t(i)].startDay <= day)
                row = i;
        overrideAt(row, row, std::max(0.0, value.y()));
    };

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("forecastDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(6);

    m_candidates = new CandidateModel(this);
    m_adjustments = new AdjustmentModel(this);
    m_buckets = new ForecastBucketModel(this);
    m_overrides = new OverrideModel(this);
    auto *candidateTable = makeTable(m_candidates, this, QStringLiteral("candidates"));
    auto *adjustmentTable = makeTable(m_adjustments, this, QStringLiteral("adjustments"));
    m_bucketTable = makeTable(m_buckets, this, QStringLiteral("forecastBuckets"));
    m_bucketTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_overrideTable = makeTable(m_overrides, this, QStringLiteral("overrides"));
    m_overrideTable->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *overrideButton = new QPushButton(tr("Override selected periods…"), this);
    auto *withdrawButton = new QPushButton(tr("Withdraw override"), this);
    withdrawButton->setObjectName(QStringLiteral("withdrawOverride"));
    auto *forecastTab = new QWidget(this);
    auto *forecastLayout = new QVBoxLayout(forecastTab);
    forecastLayout->setContentsMargins(2, 2, 2, 2);
    auto *bucketButtons = new QHBoxLayout;
    auto *bucketHint = new QLabel(tr("Type a final value, or select periods to scale "
                                     "them. Overrides:"),
                                  this);
    bucketHint->setWordWrap(true);
    bucketButtons->addWidget(bucketHint, 1);
    bucketButtons->addWidget(overrideButton);
    bucketButtons->addWidget(withdrawButton);
    auto *forecastSplit = new QSplitter(Qt::Horizontal, forecastTab);
    forecastSplit->addWidget(m_bucketTable);
    forecastSplit->addWidget(m_overrideTable);
    forecastSplit->setSizes({420, 380});
    forecastLayout->addLayout(bucketButtons);
    forecastLayout->addWidget(forecastSplit, 1);

    m_tabs = new QTabWidget(this);
    // The explanation scrolls when it is longer than the pane (a long German one is cut
    // otherwise).
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setWidget(m_details);
    m_tabs->addTab(detailsScroll, tr("Why"));
    m_tabs->addTab(candidateTable, tr("Methods compared"));
    m_tabs->addTab(adjustmentTable, tr("Cleansing"));
    m_tabs->addTab(forecastTab, tr("Forecast && overrides"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chartView);
    right->addWidget(m_tabs);
    right->setSizes({520, 300});

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(runBar);
    layout->addWidget(splitter, 1);

    // --- wiring
    connect(m_runButton, &QPushButton::clicked, this, &ForecastView::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            *m_cancel = true;
        m_cancelButton->setEnabled(false);
        m_runLabel->setText(tr("Cancelling…"));
    });
    connect(m_asOfEnabled, &QCheckBox::toggled, m_asOf, &QWidget::setEnabled);
    connect(m_runs, &QComboBox::activated, this,
            [this](int index) { showRun(m_runs->itemData(index).toLongLong()); });
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list shows what a planner scans for; the rest is in the details.
        const QStringList shown{QStringLiteral("location_id"),   QStringLiteral("sku_id"),
                                QStringLiteral("demand_class"),  QStringLiteral("method"),
                                QStringLiteral("backtest_mase"), QStringLiteral("outliers"),
                                QStringLiteral("censored")};
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnHidden(c, !shown.contains(m_model->columnName(c)));
        m_table->resizeColumnsToContents();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_buckets, &ForecastBucketModel::finalEdited, this, [this](int day, double value) {
        for (int i = 0; i < int(m_x.forecast.size()); ++i)
            if (m_x.forecast[std::size_t(i)].startDay == day)
                overrideAt(i, i, value);
    });
    connect(overrideButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_bucketTable->selectionModel()->selectedRows();
        int first = 0, last = int(m_x.forecast.size()) - 1;
        if (!rows.isEmpty()) {
            first = last = rows.first().row();
            for (const QModelIndex &i : rows) {
                first = std::min(first, i.row());
                last = std::max(last, i.row());
            }
        }
        overrideAt(first, last, -1);
    });
    connect(withdrawButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_overrideTable->currentIndex();
        if (!current.isValid())
            return;
        const Forecast::Override &o = m_overrides->override(current.row());
        if (!o.active())
            return;
        m_undo->push(new WithdrawOverrideCommand(
            m_store, o.id, tr("Withdraw override of %1 at %2").arg(m_x.skuCode, m_x.locationCode)));
    });
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("forecast_runs")))
            reloadRuns();
        else if (tables.contains(QStringLiteral("forecast_overrides")) && m_haveSeries)
            showSeries(m_x.locationId, m_x.skuId);
    });
    m_model->setTable(QStringLiteral("forecast_models"));
    reloadRuns();
}

ForecastView::~ForecastView()
{
    if (m_cancel)
        *m_cancel = true;
}

void ForecastView::setUndoStack(QUndoStack *stack)
{
    if (!stack || stack == m_undo)
        return;
    if (m_undo && m_undo->parent() == this)
        delete m_undo;
    m_undo = stack;
}

void ForecastView::reloadRuns()
{
    auto runs = Forecast::listRuns(m_store->connection());
    m_runs->clear();
    m_latestRun = -1;
    const QLocale locale;
    if (runs) {
        for (const Forecast::RunInfo &r : *runs) {
            if (m_latestRun < 0)
                m_latestRun = r.id;
            m_runs->addItem(tr("#%1 · %2 · %3 %4 from %5 · %6")
                                .arg(r.id)
                                .arg(Dates::time(r.createdAt, locale))
                                .arg(r.horizon)
                                .arg(r.bucketDays == 7 ? tr("weeks") : tr("days"))
                                .arg(Dates::day(r.historyEndDay + 1, locale))
                                .arg(r.method),
                            r.id);
        }
    }
    if (m_latestRun < 0) {
        m_run = -1;
        m_haveSeries = false;
        m_model->setBaseCondition(QStringLiteral("t.run_id = -1"));
        m_chart->removeAllSeries();
        m_runLabel->setText(tr("No forecast yet: press Run forecast."));
        m_details->setText(tr("Forecasts appear here once a run has finished."));
        m_exportButton->setEnabled(false);
        return;
    }
    // A backcast default: one horizon before the end of the history.
    QSqlQuery q(m_store->connection().db());
    if (q.exec(QStringLiteral("SELECT max(day) FROM sales")) && q.next() && !q.value(0).isNull())
        m_asOf->setDate(Days::toDate(q.value(0).toInt() - 91));
    showRun(m_latestRun);
}

bool ForecastView::showRun(qint64 runId)
{
    auto info = Forecast::runInfo(m_store->connection(), runId);
    if (!info)
        return false;
    m_run = runId;
    m_runs->setCurrentIndex(m_runs->findData(runId));
    m_runLabel->setText(tr("%1 series, %2 failed, %3 s; history up to %4")
                            .arg(info->series)
                            .arg(info->failed)
                            .arg(QLocale().toString(info->seconds, 'f', 1))
                            .arg(Dates::day(info->historyEndDay)));
    m_exportButton->setEnabled(true);
    m_haveSeries = false;
    m_model->setBaseCondition(QStringLiteral("t.run_id = %1").arg(m_run));
    return true;
}

void ForecastView::startRun()
{
    if (m_running)
        return;
    Forecast::NetworkForecastSettings settings;
    settings.databasePath = m_store->path();
    settings.horizon = m_horizon->value();
    settings.bucketDays = m_bucket->currentData().toInt();
    settings.method = m_method->currentData().toString();
    if (m_asOfEnabled->isChecked())
        settings.endDay = Days::fromDate(m_asOf->date());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    m_runButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setValue(0);
    m_runLabel->setText(tr("Forecasting…"));
    auto *watcher = new QFutureWatcher<Result<Forecast::NetworkForecastSummary>>(this);
    QPointer<ForecastView> self(this);
    auto cancel = m_cancel;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_runButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        m_progress->setValue(result ? 100 : 0);
        if (!result) {
            m_runLabel->setText(result.error().code == QLatin1String("cancelled")
                                    ? tr("Cancelled; the runs before are kept.")
                                    : tr("Error: %1").arg(result.errorMessage()));
            emit runFinished(false);
            return;
        }
        m_store->notifyChanged({QStringLiteral("forecast_runs"), QStringLiteral("forecast_models"),
                                QStringLiteral("forecasts"),
                                QStringLiteral("forecast_adjustments")});
        emit runFinished(true);
    });
    // The run reads its own frozen copy of the history on its own connection.
    watcher->setFuture(QtConcurrent::run([settings, cancel, self] {
        return Forecast::runNetworkForecast(
            settings,
            [self](int done, int total) {
                QMetaObject::invokeMethod(self.data(), [self, done, total] {
                    if (self)
                        self->m_progress->setValue(total > 0 ? 100 * done / total : 0);
                });
            },
            cancel.get());
    }));
}

void ForecastView::showRow(int row)
{
    if (row < 0 || m_run < 0)
        return;
    // The model shows codes; look the ids up.
    int locationColumn = -1, skuColumn = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->columnName(c) == QLatin1String("location_id"))
            locationColumn = c;
        else if (m_model->columnName(c) == QLatin1String("sku_id"))
            skuColumn = c;
    }
    if (locationColumn < 0 || skuColumn < 0)
        return;
    QSqlQuery q(m_store->connection().db());
    q.prepare(QStringLiteral(
        "SELECT (SELECT id FROM locations WHERE code = ?), (SELECT id FROM skus WHERE code = ?)"));
    q.addBindValue(m_model->data(m_model->index(row, locationColumn)).toString());
    q.addBindValue(m_model->data(m_model->index(row, skuColumn)).toString());
    if (q.exec() && q.next())
        showSeries(q.value(0).toLongLong(), q.value(1).toLongLong());
}

bool ForecastView::showSeries(qint64 locationId, qint64 skuId)
{
    if (m_run < 0)
        return false;
    auto x = Forecast::explainSeries(m_store->connection(), m_run, locationId, skuId);
    if (!x)
        return false;
    m_x = std::move(*x);
    m_haveSeries = true;
    m_candidates->setExplanation(m_x);
    m_adjustments->setExplanation(m_x);
    m_buckets->setExplanation(m_x);
    m_overrides->setExplanation(m_x);
    for (QTableView *table : m_tabs->findChildren<QTableView *>())
        table->resizeColumnsToContents();
    m_tabs->setTabText(2, m_x.adjustments.empty()
                              ? tr("Cleansing")
                              : tr("Cleansing (%1)").arg(m_x.adjustments.size()));
    int active = 0;
    for (const Forecast::Override &o : m_x.overrides)
        active += o.active() ? 1 : 0;
    m_tabs->setTabText(3, active ? tr("Forecast && overrides (%1)").arg(active)
                                 : tr("Forecast && overrides"));
    describe();
    redraw();
    return true;
}

void ForecastView::describe()
{
    const Forecast::SeriesExplanation &x = m_x;
    const QLocale locale;
    QString classWhy;
    if (x.demandClass == QLatin1String("none"))
        classWhy = tr("no demand in the history");
    else
        classWhy
            = tr("ADI %1 %2 1.32 and CV² %3 %4 0.49")
                  .arg(num(x.adi), x.adi < 1.32 ? QStringLiteral("&lt;") : QStringLiteral("≥"),
                       num(x.cv2), x.cv2 < 0.49 ? QStringLiteral("&lt;") : QStringLiteral("≥"));
    QStringList parameterLines;
    const std::function<void(const QJsonObject &, const QString &)> parameters =
        [&](const QJsonObject &object, const QString &indent) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.value().isArray() && it.key() == QLatin1String("members")) {
                    for (const QJsonValue &member : it.value().toArray()) {
                        parameterLines.append(
                            indent + member.toObject().value(QStringLiteral("method")).toString());
                        parameters(member.toObject(),
                                   indent + QStringLiteral("&nbsp;&nbsp;&nbsp;"));
                    }
                } else if (it.value().isObject()) {
                    parameterLines.append(indent + it.key().toHtmlEscaped());
                    parameters(it.value().toObject(),
                               indent + QStringLiteral("&nbsp;&nbsp;&nbsp;"));
                } else if (it.value().isArray()) {
                    parameterLines.append(QStringLiteral("%1%2 = [%3 values]")
                                              .arg(indent, it.key().toHtmlEscaped())
                                              .arg(it.value().toArray().size()));
                } else if (it.key() != QLatin1String("method")) {
                    parameterLines.append(
                        QStringLiteral("%1%2 = %3")
                            .arg(indent, it.key().toHtmlEscaped(),
                                 it.value().isDouble()
                                     ? QString::number(it.value().toDouble(), 'g', 4)
                                     : it.value().toVariant().toString().toHtmlEscaped()));
                }
            }
        };
    parameters(x.parameters, QString());

    int candidatesOk = 0;
    for (const QJsonValue &c : x.candidates)
        candidatesOk += c.toObject().contains(QStringLiteral("error")) ? 0 : 1;
    QString backtest;
    if (x.hasBacktest)
        backtest = tr("Chosen among %1 methods by the lowest error over %2 rolling backtests of "
                      "the last periods: MAE %3, RMSE %4, MASE %5, bias %6 per period.")
                       .arg(candidatesOk)
                       .arg(x.backtestOrigins)
                       .arg(num(x.backtestMae), num(x.backtestRmse), num(x.backtestMase, 3),
                            num(x.backtestBias));
    else
        backtest = tr("The history is too short for a backtest: the class's default method.");
    if (!x.thorough)
        backtest += tr(" Fast methods only: the series is outside the most valuable ones this run "
                       "tried every method family on.");

    int outliers = 0, censored = 0;
    for (const Forecast::Adjustment &a : x.adjustments)
        (a.kind == Forecast::Adjustment::Kind::Outlier ? outliers : censored)++;
    QString cleansing;
    if (outliers + censored > 0)
        cleansing = tr("Learnt from a cleansed history: %1 spike(s) cut, %2 stockout period(s) "
                       "filled in (see Cleansing).")
                        .arg(outliers)
                        .arg(censored);
    else
        cleansing = tr("The history needed no cleansing.");

    QStringList upcoming;
    if (!x.forecast.empty()) {
        const int from = x.forecast.front().startDay;
        const int to = x.forecast.back().startDay + x.run.bucketDays - 1;
        for (const auto &e : x.events)
            if (e.end >= from && e.start <= to)
                upcoming.append(
                    tr("%1 (%2, %3)")
                        .arg(e.name.toHtmlEscaped(), e.kind, Dates::day(e.start, locale)));
    }
    double statistical = 0, final = 0;
    for (const Forecast::ForecastBucket &b : x.forecast) {
        statistical += b.statistical;
        final += b.final;
    }
    QString total = tr("Forecast over the horizon: %1 units").arg(num(final, 0));
    if (std::abs(final - statistical) > 1e-9)
        total
            += tr(" (statistical %1; the planner's overrides change it by %2%)")
                   .arg(num(statistical, 0))
                   .arg(num(statistical > 0 ? 100.0 * (final - statistical) / statistical : 0, 1));
    const QString widened
        = x.parameters.contains(QStringLiteral("intervalWidening"))
              ? tr(" widened ×%1 to the backtest error")
                    .arg(num(x.parameters.value(QStringLiteral("intervalWidening")).toDouble()))
              : QString();
    m_details->setText(
        tr("<b>%1 at %2</b> — %3 (%4)<br>"
           "Demand class: <b>%5</b> (%6)<br>"
           "Method: <b>%7</b>%8<br>%9<br>%10<br>%11.<br>"
           "Intervals: 80% and 95%, from the model's error%12.%13"
           "<br><small>%14</small>")
            .arg(x.skuCode.toHtmlEscaped(), x.locationCode.toHtmlEscaped(),
                 x.skuName.toHtmlEscaped(), x.category.toHtmlEscaped(), x.demandClass, classWhy,
                 x.method.toHtmlEscaped(),
                 x.error.isEmpty() ? QString()
                                   : QStringLiteral(" — <span style='color:#b00020'>%1</span>")
                                         .arg(x.error.toHtmlEscaped()),
                 backtest, cleansing, total, widened)
            .arg(upcoming.isEmpty()
                     ? QString()
                     : tr("<br>Events in the horizon: %1").arg(upcoming.join(QStringLiteral(", "))),
                 parameterLines.join(QStringLiteral("<br>"))));
}

void ForecastView::redraw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const Forecast::SeriesExplanation &x = m_x;
    const int B = x.run.bucketDays;
    const int n = int(x.history.size());
    // The last two years (104 weeks or 120 days) of history.
    const int shown = std::min(n, B == 7 ? 104 : 120);
    const int first = n - shown;
    double top = 0;

    const auto line = [](const QString &name, const QColor &color, qreal width,
                         Qt::PenStyle style = Qt::SolidLine) {
        auto *s = new QLineSeries;
        s->setName(name);
        QPen pen(color, width);
        pen.setStyle(style);
        s->setPen(pen);
        return s;
    };
    auto *history = line(tr("Sold"), QColor(0x44, 0x4c, 0x56), 1.4);
    auto *cleansed = line(tr("Cleansed"), QColor(0x44, 0x4c, 0x56), 1.2, Qt::DashLine);
    auto *fitted = line(tr("Fitted"), QColor(0x2e, 0x9d, 0x5b), 1.2, Qt::DotLine);
    for (int t = first; t < n; ++t) {
        const double xs = double(msecs(x.bucketStart(t)));
        history->append(xs, x.history[std::size_t(t)]);
        cleansed->append(xs, x.cleansed[std::size_t(t)]);
        if (std::size_t(t) < x.fitted.size() && std::isfinite(x.fitted[std::size_t(t)]))
            fitted->append(xs, std::max(0.0, x.fitted[std::size_t(t)]));
        top = std::max(top, x.history[std::size_t(t)]);
    }

    auto *statistical = line(tr("Forecast"), QColor(0xd9, 0x82, 0x1e), 2.0);
    auto *final = line(tr("Final"), QColor(0x7b, 0x3f, 0xa8), 2.4);
    auto *lo80 = new QLineSeries, *hi80 = new QLineSeries, *lo95 = new QLineSeries,
         *hi95 = new QLineSeries;
    bool overridden = false;
    // The forecast lines start at the last history point so the two read as one curve.
    if (n > 0) {
        const QPointF joint(double(msecs(x.bucketStart(n - 1))), x.cleansed.back());
        statistical->append(joint);
        final->append(joint);
    }
    for (const Forecast::ForecastBucket &b : x.forecast) {
        const double xs = double(msecs(b.startDay));
        statistical->append(xs, b.statistical);
        final->append(xs, b.final);
        lo80->append(xs, b.lo80);
        hi80->append(xs, b.hi80);
        lo95->append(xs, b.lo95);
        hi95->append(xs, b.hi95);
        overridden |= b.overridden;
        top = std::max({top, b.hi95, b.final});
    }
    auto *band95 = new QAreaSeries(hi95, lo95);
    band95->setName(tr("95%"));
    band95->setColor(QColor(0x2e, 0x75, 0xb6, 40));
    band95->setBorderColor(Qt::transparent);
    auto *band80 = new QAreaSeries(hi80, lo80);
    band80->setName(tr("80%"));
    band80->setColor(QColor(0x2e, 0x75, 0xb6, 85));
    band80->setBorderColor(Qt::transparent);

    const auto scatter = [](const QString &name, const QColor &color,
                            QScatterSeries::MarkerShape shape, qreal size) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setColor(color);
        s->setBorderColor(color.darker(130));
        s->setMarkerShape(shape);
        s->setMarkerSize(size);
        return s;
    };
    auto *outliers = scatter(tr("Spike cut"), QColor(0xc6, 0x28, 0x28),
                             QScatterSeries::MarkerShapeRectangle, 8);
    auto *stockouts
        = scatter(tr("Stockout"), QColor(0xef, 0x8f, 0x00), QScatterSeries::MarkerShapeCircle, 8);
    for (const Forecast::Adjustment &a : x.adjustments) {
        if (a.index < first)
            continue;
        const double xs = double(msecs(x.bucketStart(a.index)));
        if (a.kind == Forecast::Adjustment::Kind::Outlier)
            outliers->append(xs, a.original);
        else
            stockouts->append(xs, a.cleansed);
    }
    // Calendar markers along the bottom: promotions, holidays and events, closures.
    auto *promos = scatter(tr("Promotion"), QColor(0x1b, 0x8a, 0x5a),
                           QScatterSeries::MarkerShapeTriangle, 9);
    auto *holidays = scatter(tr("Holiday/event"), QColor(0x15, 0x65, 0xc0),
                             QScatterSeries::MarkerShapeTriangle, 9);
    auto *closures
        = scatter(tr("Closed"), QColor(0x21, 0x21, 0x21), QScatterSeries::MarkerShapeTriangle, 9);
    const int total = n + int(x.forecast.size());
    for (const auto &r : x.context.regressors) {
        QScatterSeries *target
            = r.name == QLatin1String("promo")                                         ? promos
              : r.name == QLatin1String("closure")                                     ? closures
              : r.name == QLatin1String("holiday") || r.name == QLatin1String("event") ? holidays
                                                                                       : nullptr;
        if (!target)
            continue;
        for (int t = first; t < total && std::size_t(t) < r.values.size(); ++t)
            if (r.values[std::size_t(t)] > 0)
                target->append(double(msecs(x.bucketStart(t))), 0.0);
    }

    m_chart->addSeries(band95);
    m_chart->addSeries(band80);
    m_chart->addSeries(history);
    if (!x.adjustments.empty())
        m_chart->addSeries(cleansed);
    else
        delete cleansed;
    if (fitted->count() > 0)
        m_chart->addSeries(fitted);
    else
        delete fitted;
    m_chart->addSeries(statistical);
    if (overridden)
        m_chart->addSeries(final);
    else
        delete final;
    for (QScatterSeries *s : {outliers, stockouts, promos, holidays, closures}) {
        if (s->count() > 0)
            m_chart->addSeries(s);
        else
            delete s;
    }
    m_chart->setTitle(tr("%1 at %2 — demand per %3")
                          .arg(x.skuCode, x.locationCode, B == 7 ? tr("week") : tr("day")));
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(B == 7 ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
    const int firstDay = n > 0 ? x.bucketStart(first) : x.run.historyEndDay;
    const int lastDay = x.forecast.empty() ? x.run.historyEndDay : x.forecast.back().startDay;
    // Set the range explicitly: an axis takes its range from the first series attached to it.
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(msecs(firstDay), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(msecs(lastDay), Qt::UTC));
    xAxis->setTickCount(9);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->applyNiceNumbers();
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    // The bands' edge series are not in the legend; the calendar markers read on their own.
    for (QLegendMarker *marker : m_chart->legend()->markers())
        marker->setVisible(!marker->label().isEmpty());
    m_chartView->fitLegend();
}

void ForecastView::overrideAt(int firstRow, int lastRow, double value)
{
    if (!m_haveSeries || m_x.forecast.empty())
        return;
    OverrideDialog dialog(m_x.forecast, firstRow, lastRow, value,
                          tr("%1 at %2").arg(m_x.skuCode, m_x.locationCode), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = addOverride(dialog.result()); !s)
        QMessageBox::warning(this, tr("Override"), s.errorMessage());
}

Status ForecastView::addOverride(Forecast::Override override)
{
    if (!m_haveSeries)
        return Error(tr("No series is shown."), QStringLiteral("no-series"));
    override.locationId = m_x.locationId;
    override.skuId = m_x.skuId;
    auto id = Forecast::addOverride(m_store->connection(), override);
    if (!id)
        return id.error();
    m_undo->push(new AddOverrideCommand(
        m_store, *id,
        tr("Override %1 at %2: %3").arg(m_x.skuCode, m_x.locationCode, override.describe())));
    m_store->notifyChanged({QStringLiteral("forecast_overrides")});
    return {};
}

void ForecastView::exportRun(int level)
{
    if (m_run < 0)
        return;
    const auto l = Forecast::AggregationLevel(level);
    const QString suggested
        = QStringLiteral("forecast-run%1-%2.csv").arg(m_run).arg(Forecast::aggregationLevelName(l));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the forecast"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(l, path);
}

void ForecastView::exportTo(Forecast::AggregationLevel l, const QString &path)
{
    if (m_run < 0)
        return;
    m_exportButton->setEnabled(false);
    m_progress->setRange(0, 0); // busy
    const QString db = m_store->path();
    const qint64 run = m_run;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Status s = watcher->result();
        watcher->deleteLater();
        m_progress->setRange(0, 100);
        m_exportButton->setEnabled(true);
        const QString message = s ? tr("Forecast written to %1.").arg(path)
                                  : tr("Export failed: %1").arg(s.errorMessage());
        m_runLabel->setText(message);
        emit exportFinished(s.ok(), message);
    });
    watcher->setFuture(QtConcurrent::run([db, run, l, path]() -> Status {
        Storage::Connection::Options options;
        options.createIfMissing = false;
        auto c = Storage::Connection::open(db, options);
        if (!c)
            return c.error();
        return Forecast::writeForecastCsv(**c, run, l, path);
    }));
}

QMap<QString, int> ForecastView::chartPointCounts() const
{
    QMap<QString, int> counts;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series))
            counts.insert(area->name(), int(area->upperSeries()->count()));
        else if (auto *xy = qobject_cast<QXYSeries *>(series))
            counts.insert(xy->name(), int(xy->count()));
    }
    return counts;
}

} // namespace Stockshift::Ui
