#include "forecast/AccuracyView.h"

#include "common/Dates.h"

#include "common/Days.h"
#include "forecast/AccuracyModels.h"
#include "forecast/AccuracyMonitor.h"
#include "forecast/ForecastStore.h"
#include "forecast/Overrides.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>

namespace Stockshift::Ui {

namespace {

qint64 msecs(int day)
{
    return (qint64(day) * 86400 + 43200) * 1000;
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

AccuracyView::AccuracyView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_evaluate = new QPushButton(tr("Evaluate against actuals"), this);
    m_evaluate->setObjectName(QStringLiteral("evaluateAccuracy"));
    m_evaluate->setToolTip(tr("Compare every stored forecast run with the sales that arrived "
                              "after it, and raise alerts when accuracy drops."));
    m_runs = new QComboBox(this);
    m_runs->setMinimumContentsLength(28);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("accuracyLevel"));
    const std::pair<const char *, const char *> levels[]
        = {{QT_TR_NOOP("by location"), "location"},
           {QT_TR_NOOP("by category"), "category"},
           {QT_TR_NOOP("by SKU"), "sku"},
           {QT_TR_NOOP("by SKU × location"), "series"},
           {QT_TR_NOOP("network"), "network"}};
    for (const auto &[label, key] : levels)
        m_level->addItem(tr(label), QString::fromLatin1(key));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("accuracySummary"));
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_evaluate);
    bar->addWidget(new QLabel(tr("Run:"), this));
    bar->addWidget(m_runs);
    bar->addWidget(m_level);
    bar->addWidget(m_filter, 1);

    m_model = new AccuracyTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(AccuracyTableModel::Key);
    m_table = makeTable(m_proxy, this, QStringLiteral("accuracyTable"));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setToolTip(tr("Largest error first. Double-click a SKU × location to open its "
                           "forecast."));

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *chartView = new QChartView(m_chart, this);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(240);

    m_alerts = new AlertModel(this);
    m_alertTable = makeTable(m_alerts, this, QStringLiteral("forecastAlerts"));
    m_alertTable->setToolTip(tr("Double-click an alert about a SKU × location to open it."));
    m_dismiss = new QPushButton(tr("Dismiss alert"), this);
    m_alertTable->setColumnHidden(AlertModel::Action, true);
    // The message column is wider than the pane: its title at its start stays in view.
    m_alertTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *alertDetail = new QLabel(this);
    alertDetail->setObjectName(QStringLiteral("alertDetail"));
    alertDetail->setWordWrap(true);
    alertDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *alertBox = new QWidget(this);
    auto *alertLayout = new QVBoxLayout(alertBox);
    alertLayout->setContentsMargins(0, 0, 0, 0);
    auto *alertBar = new QHBoxLayout;
    alertBar->addWidget(new QLabel(tr("<b>Open forecast alerts</b>"), this), 1);
    alertBar->addWidget(m_dismiss);
    alertLayout->addLayout(alertBar);
    alertLayout->addWidget(m_alertTable, 1);
    alertLayout->addWidget(alertDetail);
    connect(m_alertTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, alertDetail](const QModelIndex &current) {
                if (!current.isValid()) {
                    alertDetail->clear();
                    return;
                }
                const auto &a = m_alerts->alert(current.row());
                alertDetail->setText(tr("<b>%1</b><br>Suggested: %2")
                                         .arg(a.message.toHtmlEscaped(), a.action.toHtmlEscaped()));
            });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(chartView);
    right->addWidget(alertBox);
    right->setSizes({420, 300});
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setSizes({760, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_evaluate, &QPushButton::clicked, this, &AccuracyView::evaluate);
    connect(m_level, &QComboBox::currentIndexChanged, this, &AccuracyView::reload);
    connect(m_runs, &QComboBox::activated, this, [this](int index) {
        m_run = m_runs->itemData(index).toLongLong();
        reload();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const auto &row = m_model->row(m_proxy->mapToSource(current).row());
                showTrend(row.level, row.key);
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto &row = m_model->row(m_proxy->mapToSource(index).row());
        if (row.level == QLatin1String("series"))
            emit showSeriesRequested(row.locationId, row.skuId);
    });
    connect(m_alertTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto &a = m_alerts->alert(index.row());
        if (a.locationId >= 0 && a.skuId >= 0)
            emit showSeriesRequested(a.locationId, a.skuId);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_alertTable->currentIndex();
        if (!current.isValid())
            return;
        if (Status s
            = Forecast::resolveAlert(m_store->connection(), m_alerts->alert(current.row()).id,
                                     Forecast::currentUserName());
            !s) {
            QMessageBox::warning(this, tr("Dismiss alert"), s.errorMessage());
            return;
        }
        m_store->notifyChanged({QStringLiteral("alerts")});
    });
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("forecast_accuracy"))
            || tables.contains(QStringLiteral("alerts"))) {
            m_run = -1;
            reload();
        }
    });
    reload();
}

void AccuracyView::setLevel(const QString &level)
{
    const int index = m_level->findData(level);
    if (index >= 0)
        m_level->setCurrentIndex(index);
}

void AccuracyView::evaluate()
{
    if (m_evaluating)
        return;
    m_evaluating = true;
    m_evaluate->setEnabled(false);
    m_summary->setText(tr("Evaluating…"));
    const QString path = m_store->path();
    auto *watcher = new QFutureWatcher<Result<Forecast::AccuracySummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto result = watcher->result();
        watcher->deleteLater();
        m_evaluating = false;
        m_evaluate->setEnabled(true);
        if (!result) {
            m_summary->setText(tr("Error: %1").arg(result.errorMessage()));
            emit evaluated(false, result.errorMessage());
            return;
        }
        m_store->notifyChanged({QStringLiteral("forecast_accuracy"), QStringLiteral("alerts")});
        const QString message
            = result->latestRun < 0
                  ? tr("No forecast run has actuals yet: run a forecast as of an earlier date "
                       "in the Forecasts area, or import the sales that followed a run.")
                  : tr("%n new alert(s).", nullptr, int(result->alerts.size()));
        emit evaluated(true, message);
    });
    // Its own connection on the worker: the evaluation writes in one transaction.
    watcher->setFuture(QtConcurrent::run([path]() -> Result<Forecast::AccuracySummary> {
        Storage::Connection::Options options;
        options.createIfMissing = false;
        auto c = Storage::Connection::open(path, options);
        if (!c)
            return c.error();
        return Forecast::evaluateAccuracy(**c);
    }));
}

void AccuracyView::reload()
{
    Storage::Connection &c = m_store->connection();
    auto runs = Forecast::evaluatedRuns(c);
    m_runs->clear();
    const QLocale locale;
    if (runs) {
        for (qint64 id : *runs) {
            auto info = Forecast::runInfo(c, id);
            if (info)
                m_runs->addItem(tr("#%1 · from %2 · %3 %4")
                                    .arg(id)
                                    .arg(Dates::day(info->historyEndDay + 1, locale))
                                    .arg(info->horizon)
                                    .arg(info->bucketDays == 7 ? tr("weeks") : tr("days")),
                                id);
        }
    }
    if (m_run < 0 || m_runs->findData(m_run) < 0)
        m_run = m_runs->count() > 0 ? m_runs->itemData(0).toLongLong() : -1;
    m_runs->setCurrentIndex(m_runs->findData(m_run));

    const QString level = m_level->currentData().toString();
    if (m_run < 0) {
        m_model->setRows({});
        m_summary->setText(tr("No accuracy yet. Press <i>Evaluate against actuals</i> once a "
                              "forecast run has periods with sales after it (run a forecast as "
                              "of an earlier date to measure one now)."));
    } else {
        auto rows = Forecast::loadAccuracy(c, m_run, level);
        m_model->setRows(rows ? std::move(*rows) : std::vector<Forecast::AccuracyRow>());
        auto network = Forecast::loadAccuracy(c, m_run, QStringLiteral("network"));
        if (network && !network->empty()) {
            const auto &m = network->front().metrics;
            m_summary->setText(
                tr("Run %1 against %2 periods of actuals: <b>WAPE %3%</b>, MAPE %4%, MASE %5, "
                   "bias %6%, tracking signal %7. The statistical forecast alone: WAPE %8%.")
                    .arg(m_run)
                    .arg(m.buckets)
                    .arg(locale.toString(m.wape, 'f', 1), locale.toString(m.mape, 'f', 1),
                         locale.toString(m.mase, 'f', 3), locale.toString(m.bias, 'f', 1),
                         locale.toString(m.trackingSignal, 'f', 1),
                         locale.toString(m.statWape, 'f', 1)));
        }
    }
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        showTrend(QStringLiteral("network"), QStringLiteral("network"));

    auto alerts = Forecast::listForecastAlerts(c);
    m_alerts->setAlerts(alerts ? *alerts : QList<Forecast::StoredAlert>());
    m_alertTable->resizeColumnsToContents();
    if (m_alerts->rowCount() > 0)
        m_alertTable->selectRow(0);
    m_dismiss->setEnabled(m_alerts->rowCount() > 0);
}

void AccuracyView::showTrend(const QString &level, const QString &key)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto trend = Forecast::accuracyTrend(m_store->connection(), level, key);
    if (!trend || trend->empty()) {
        m_chart->setTitle(tr("Accuracy over time appears once runs have been evaluated."));
        return;
    }
    auto *wape = new QLineSeries;
    wape->setName(tr("WAPE %"));
    wape->setPen(QPen(QColor(0x2e, 0x75, 0xb6), 2.2));
    auto *statistical = new QLineSeries;
    statistical->setName(tr("Statistical WAPE %"));
    QPen dashed(QColor(0x75, 0x75, 0x75), 1.4);
    dashed.setStyle(Qt::DashLine);
    statistical->setPen(dashed);
    auto *bias = new QLineSeries;
    bias->setName(tr("Bias %"));
    bias->setPen(QPen(QColor(0xd9, 0x82, 0x1e), 1.8));
    auto *points = new QScatterSeries;
    points->setName(QString());
    points->setMarkerSize(7);
    points->setColor(QColor(0x2e, 0x75, 0xb6));
    double low = 0, high = 10;
    for (const Forecast::AccuracyRow &r : *trend) {
        const double x = double(msecs(r.historyEndDay + 1));
        wape->append(x, r.metrics.wape);
        statistical->append(x, r.metrics.statWape);
        bias->append(x, r.metrics.bias);
        points->append(x, r.metrics.wape);
        high = std::max({high, r.metrics.wape, r.metrics.statWape, r.metrics.bias});
        low = std::min(low, r.metrics.bias);
    }
    m_chart->addSeries(wape);
    m_chart->addSeries(statistical);
    m_chart->addSeries(bias);
    m_chart->addSeries(points);
    m_chart->setTitle(tr("%1 — accuracy by forecast run (date the forecast started)")
                          .arg(level == QLatin1String("network") ? tr("Network") : key));
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM yy"));
    const double first = wape->points().constFirst().x(), last = wape->points().constLast().x();
    const double pad = std::max(86400000.0 * 7, (last - first) * 0.05);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first - pad), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(last + pad), Qt::UTC));
    xAxis->setTickCount(std::clamp(int(trend->size()) + 1, 3, 8));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(std::floor(low / 10) * 10, std::ceil(high * 1.1 / 10) * 10);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->applyNiceNumbers();
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers())
        marker->setVisible(!marker->label().isEmpty());
}

int AccuracyView::trendPoints() const
{
    for (QAbstractSeries *s : m_chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == tr("WAPE %"))
            return int(line->count());
    return 0;
}

} // namespace Stockshift::Ui
