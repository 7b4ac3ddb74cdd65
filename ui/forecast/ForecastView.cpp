#include "forecast/ForecastView.h"

#include "browser/SqlTableModel.h"
#include "common/Days.h"
#include "forecast/NetworkForecaster.h"
#include "storage/DataStore.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace Stockshift::Ui {

namespace {

qint64 msecs(int day)
{
    // Noon UTC of the day: stays on the same date in every time zone the axis may use.
    return (qint64(day) * 86400 + 43200) * 1000;
}

} // namespace

ForecastView::ForecastView(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(1, 104);
    m_horizon->setValue(13);
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("weeks"), 7);
    m_bucket->addItem(tr("days"), 1);
    m_runButton = new QPushButton(tr("Run forecast"), this);
    m_runButton->setObjectName(QStringLiteral("runForecast"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(220);
    m_runLabel = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Horizon:"), this));
    bar->addWidget(m_horizon);
    bar->addWidget(m_bucket);
    bar->addWidget(m_runButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_runLabel, 1);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: location or SKU code, class, method"));
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

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(320);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("forecastDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chartView, 3);
    rightLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({500, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ForecastView::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            *m_cancel = true;
        m_cancelButton->setEnabled(false);
    });
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list shows what a planner scans for; the rest is in the details panel.
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QString name = m_model->columnName(c);
            m_table->setColumnHidden(
                c, name == QLatin1String("run_id") || name == QLatin1String("parameters")
                       || name == QLatin1String("error") || name == QLatin1String("adi")
                       || name == QLatin1String("cv2") || name == QLatin1String("backtest_mae"));
        }
        m_table->resizeColumnsToContents();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_store, &Storage::DataStore::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("forecast_runs")))
            reloadRun();
    });
    m_model->setTable(QStringLiteral("forecast_models"));
    reloadRun();
}

ForecastView::~ForecastView()
{
    if (m_cancel)
        *m_cancel = true;
}

void ForecastView::reloadRun()
{
    QSqlQuery query(m_store->connection().db());
    m_run = -1;
    if (query.exec(QStringLiteral(
            "SELECT id, bucket_days, history_end_day, series, failed, created_at, horizon, seconds "
            "FROM forecast_runs ORDER BY id DESC LIMIT 1"))
        && query.next()) {
        m_run = query.value(0).toLongLong();
        m_bucketDays = query.value(1).toInt();
        m_historyEnd = query.value(2).toInt();
        m_runLabel->setText(tr("Run %1 of %2: %3 series, %4 %5 ahead from %6, %7 failed, %8 s")
                                .arg(m_run)
                                .arg(query.value(5).toString())
                                .arg(query.value(3).toInt())
                                .arg(query.value(6).toInt())
                                .arg(m_bucketDays == 7 ? tr("weeks") : tr("days"))
                                .arg(Days::toIso(m_historyEnd))
                                .arg(query.value(4).toInt())
                                .arg(query.value(7).toDouble(), 0, 'f', 1));
    } else {
        m_runLabel->setText(tr("No forecast yet: press Run forecast."));
    }
    m_model->setBaseCondition(QStringLiteral("t.run_id = %1").arg(m_run));
    if (m_run < 0) {
        m_chart->removeAllSeries();
        m_details->setText(tr("Forecasts appear here once a run has finished."));
    }
}

void ForecastView::startRun()
{
    if (m_running)
        return;
    Forecast::NetworkForecastSettings settings;
    settings.databasePath = m_store->path();
    settings.horizon = m_horizon->value();
    settings.bucketDays = m_bucket->currentData().toInt();
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
                                    ? tr("Cancelled; the previous run is kept.")
                                    : tr("Error: %1").arg(result.errorMessage()));
            emit runFinished(false);
            return;
        }
        m_store->notifyChanged({QStringLiteral("forecast_runs"), QStringLiteral("forecast_models"),
                                QStringLiteral("forecasts")});
        emit runFinished(true);
    });
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

bool ForecastView::showSeries(qint64 locationId, qint64 skuId)
{
    if (m_run < 0)
        return false;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    QSqlQuery q(m_store->connection().db());
    q.prepare(QStringLiteral(
        "SELECT (SELECT code FROM locations WHERE id = m.location_id), (SELECT code FROM skus "
        "WHERE id = m.sku_id), (SELECT name FROM skus WHERE id = m.sku_id), demand_class, adi, "
        "cv2, method, parameters, backtest_mae, backtest_mase, error FROM forecast_models m "
        "WHERE run_id = ? AND location_id = ? AND sku_id = ?"));
    q.addBindValue(m_run);
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    if (!q.exec() || !q.next())
        return false;
    const QString location = q.value(0).toString(), sku = q.value(1).toString();
    const QJsonObject parameters = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
    QStringList parameterLines;
    const std::function<void(const QJsonObject &, const QString &)> describe =
        [&](const QJsonObject &object, const QString &indent) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.value().isArray()) {
                    for (const QJsonValue &member : it.value().toArray()) {
                        parameterLines.append(
                            indent + member.toObject().value(QStringLiteral("method")).toString());
                        describe(member.toObject(), indent + QStringLiteral("&nbsp;&nbsp;&nbsp;"));
                    }
                } else if (it.key() != QLatin1String("method")) {
                    parameterLines.append(
                        QStringLiteral("%1%2 = %3")
                            .arg(indent, it.key(),
                                 it.value().isDouble()
                                     ? QString::number(it.value().toDouble(), 'g', 4)
                                     : it.value().toVariant().toString()));
                }
            }
        };
    describe(parameters, QString());
    const auto number = [](const QVariant &v, int decimals) {
        return v.isNull() ? QStringLiteral("–") : QString::number(v.toDouble(), 'f', decimals);
    };
    m_details->setText(
        tr("<b>%1 at %2</b> — %3<br>Demand class: <b>%4</b> (ADI %5, CV² %6)<br>Method: <b>%7</b>%8"
           "<br>Backtest on the last buckets: MAE %9, MASE %10<br><small>%11</small>")
            .arg(sku.toHtmlEscaped(), location.toHtmlEscaped(),
                 q.value(2).toString().toHtmlEscaped(), q.value(3).toString(),
                 number(q.value(4), 2), number(q.value(5), 2),
                 q.value(6).toString().toHtmlEscaped(),
                 q.value(10).toString().isEmpty()
                     ? QString()
                     : QStringLiteral(" — <span style='color:#b00020'>%1</span>")
                           .arg(q.value(10).toString().toHtmlEscaped()),
                 number(q.value(8), 2), number(q.value(9), 3),
                 parameterLines.join(QStringLiteral("<br>"))));

    // History in the run's buckets, the last two years (104 weeks or 120 days).
    int shown = m_bucketDays == 7 ? 104 : 120;
    int origin = m_historyEnd - shown * m_bucketDays + 1;
    // A series younger than the window starts at its first sale, not with invented zeros.
    q.prepare(QStringLiteral("SELECT min(day) FROM sales WHERE location_id = ? AND sku_id = ?"));
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    if (q.exec() && q.next() && !q.value(0).isNull() && q.value(0).toInt() > origin) {
        const int skip = std::min(shown - 1, (q.value(0).toInt() - origin) / m_bucketDays);
        origin += skip * m_bucketDays;
        shown -= skip;
    }
    auto *history = new QLineSeries;
    history->setName(tr("History"));
    std::vector<double> buckets(std::size_t(shown), 0.0);
    q.prepare(QStringLiteral("SELECT day, quantity FROM sales WHERE location_id = ? AND sku_id = ? "
                             "AND day BETWEEN ? AND ?"));
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    q.addBindValue(origin);
    q.addBindValue(m_historyEnd);
    if (q.exec())
        while (q.next())
            buckets[std::size_t((q.value(0).toInt() - origin) / m_bucketDays)]
                += q.value(1).toDouble();
    double top = 0;
    for (int b = 0; b < shown; ++b) {
        history->append(double(msecs(origin + b * m_bucketDays)), buckets[std::size_t(b)]);
        top = std::max(top, buckets[std::size_t(b)]);
    }

    auto *forecast = new QLineSeries;
    forecast->setName(tr("Forecast"));
    auto *lo80 = new QLineSeries, *hi80 = new QLineSeries, *lo95 = new QLineSeries,
         *hi95 = new QLineSeries;
    q.prepare(QStringLiteral(
        "SELECT start_day, quantity, lo80, hi80, lo95, hi95 FROM forecasts WHERE run_id = ? AND "
        "location_id = ? AND sku_id = ? ORDER BY start_day"));
    q.addBindValue(m_run);
    q.addBindValue(locationId);
    q.addBindValue(skuId);
    if (q.exec()) {
        // The forecast line starts at the last history point so the two read as one curve.
        if (!history->points().isEmpty())
            forecast->append(history->points().constLast());
        while (q.next()) {
            const double x = double(msecs(q.value(0).toInt()));
            forecast->append(x, q.value(1).toDouble());
            lo80->append(x, q.value(2).toDouble());
            hi80->append(x, q.value(3).toDouble());
            lo95->append(x, q.value(4).toDouble());
            hi95->append(x, q.value(5).toDouble());
            top = std::max(top, q.value(5).toDouble());
        }
    }
    auto *band95 = new QAreaSeries(hi95, lo95);
    band95->setName(tr("95% interval"));
    band95->setColor(QColor(0x2e, 0x75, 0xb6, 45));
    band95->setBorderColor(Qt::transparent);
    auto *band80 = new QAreaSeries(hi80, lo80);
    band80->setName(tr("80% interval"));
    band80->setColor(QColor(0x2e, 0x75, 0xb6, 90));
    band80->setBorderColor(Qt::transparent);
    history->setColor(QColor(0x44, 0x4c, 0x56));
    QPen forecastPen(QColor(0xd9, 0x82, 0x1e), 2.2);
    forecast->setPen(forecastPen);

    m_chart->addSeries(band95);
    m_chart->addSeries(band80);
    m_chart->addSeries(history);
    m_chart->addSeries(forecast);
    m_chart->setTitle(tr("%1 at %2 — demand per %3")
                          .arg(sku, location, m_bucketDays == 7 ? tr("week") : tr("day")));
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yy"));
    // Set the range explicitly: an axis takes its range from the first series attached to it.
    const double lastX
        = forecast->count() > 0 ? forecast->points().constLast().x() : double(msecs(m_historyEnd));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(msecs(origin), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(lastX), Qt::UTC));
    xAxis->setTickCount(9);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return true;
}

void ForecastView::showRow(int row)
{
    if (row < 0 || m_run < 0)
        return;
    // The model shows codes; look the ids up by the row's position in the same order.
    int locationColumn = -1, skuColumn = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->columnName(c) == QLatin1String("location_id"))
            locationColumn = c;
        else if (m_model->columnName(c) == QLatin1String("sku_id"))
            skuColumn = c;
    }
    if (locationColumn < 0 || skuColumn < 0)
        return;
    const QString location = m_model->data(m_model->index(row, locationColumn)).toString();
    const QString sku = m_model->data(m_model->index(row, skuColumn)).toString();
    QSqlQuery q(m_store->connection().db());
    q.prepare(QStringLiteral(
        "SELECT (SELECT id FROM locations WHERE code = ?), (SELECT id FROM skus WHERE code = ?)"));
    q.addBindValue(location);
    q.addBindValue(sku);
    if (q.exec() && q.next())
        showSeries(q.value(0).toLongLong(), q.value(1).toLongLong());
}

QList<int> ForecastView::chartPointCounts() const
{
    QList<int> counts;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            counts.append(int(line->count()));
        else if (auto *area = qobject_cast<QAreaSeries *>(series))
            counts.append(int(area->upperSeries()->count()));
    }
    return counts;
}

} // namespace Stockshift::Ui
