#include "plan/PlanRunPanel.h"

#include "common/Money.h"
#include "common/Shortcuts.h"
#include "plan/PlanFormat.h"
#include "plan/PlanInput.h"
#include "plan/PlanModels.h"
#include "plan/PlanStore.h"
#include "plan/Planner.h"
#include "settings/UserDefaults.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <cmath>
#include <mutex>

namespace Stockshift::Ui {

namespace F = PlanFormat;

// What the worker shares with the panel while it runs: written on the worker, read by poll().
struct PlanRunPanel::Live
{
    enum Stage { Opening, ReadingInput, Solving, Storing };
    std::atomic_int stage{Opening};
    std::mutex mutex;
    std::vector<Solvers::SolverProgress> history; // guarded by mutex
};

struct PlanRunPanel::Outcome
{
    qint64 planId = -1;
    Plan::PlanHeader header;
    int lines = 0;
    QString error, errorCode;
    bool cancelled = false;
    double inputSeconds = 0, seconds = 0;
};

namespace {

constexpr int kMaxHistory = 20000; // a report every 250 ms for over an hour

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QString progressText(const Solvers::SolverProgress &p, const QString &currency)
{
    if (!std::isfinite(p.incumbent) && !std::isfinite(p.bestBound))
        return QCoreApplication::translate("Stockshift::Ui::PlanRunPanel",
                                           "Solving… no plan yet · %1 nodes · %2")
            .arg(QLocale().toString(p.nodes), F::seconds(p.elapsedSeconds));
    if (!std::isfinite(p.incumbent))
        return QCoreApplication::translate("Stockshift::Ui::PlanRunPanel",
                                           "Solving… no plan yet · bound %1 · %2 nodes · %3")
            .arg(F::money(p.bestBound, currency), QLocale().toString(p.nodes),
                 F::seconds(p.elapsedSeconds));
    return QCoreApplication::translate(
               "Stockshift::Ui::PlanRunPanel",
               "Solving… incumbent %1 · best bound %2 · gap %3 · %4 nodes · %5")
        .arg(F::money(p.incumbent, currency), F::money(p.bestBound, currency), F::percent(p.gap, 2),
             QLocale().toString(p.nodes), F::seconds(p.elapsedSeconds));
}

} // namespace

PlanRunPanel::PlanRunPanel(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("planKind"));
    m_kind->addItem(tr("Transfers"), int(Plan::PlanKind::Transfers));
    m_kind->addItem(tr("Purchases"), int(Plan::PlanKind::Replenishment));
    m_kind->addItem(tr("Joint (both)"), int(Plan::PlanKind::Joint));
    m_kind->setToolTip(tr("Transfers move stock between locations before demand hits; purchases "
                          "order from suppliers; the joint plan chooses between both."));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("planMethod"));
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("planHorizon"));
    m_horizon->setRange(1, 104);
    m_horizon->setValue(UserDefaults::planHorizonWeeks()); // in the default bucket, weeks
    m_horizon->setToolTip(tr("Buckets to plan."));
    m_horizon->setMaximumWidth(64);
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("planBucket"));
    m_bucket->addItem(tr("weeks"), 7);
    m_bucket->addItem(tr("days"), 1);
    m_bucket->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_timeLimitBox = new QDoubleSpinBox(this);
    m_timeLimitBox->setObjectName(QStringLiteral("planTimeLimit"));
    m_timeLimitBox->setRange(1, 3600);
    m_timeLimitBox->setDecimals(0);
    m_timeLimitBox->setValue(UserDefaults::planTimeLimitSeconds());
    m_timeLimitBox->setSuffix(tr(" s"));
    m_timeLimitBox->setToolTip(
        tr("Wall-clock limit for CBC; the best plan found by then is kept."));
    m_gap = new QDoubleSpinBox(this);
    m_gap->setObjectName(QStringLiteral("planGap"));
    m_gap->setRange(0, 50);
    m_gap->setDecimals(2);
    m_gap->setSingleStep(0.5);
    m_gap->setValue(1.0);
    m_gap->setSuffix(tr(" %"));
    m_gap->setToolTip(tr("Stop when the plan is proven within this distance of the best bound."));
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("planThreads"));
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threads->setValue(1);
    m_threads->setToolTip(
        tr("Solver threads; independent blocks of the model are solved side by side."));
    m_truck = new QDoubleSpinBox(this);
    m_truck->setObjectName(QStringLiteral("planTruck"));
    m_truck->setRange(0, 1e7);
    m_truck->setDecimals(0);
    m_truck->setSingleStep(100);
    m_truck->setSpecialValueText(tr("any size"));
    m_truck->setSuffix(tr(" units"));
    m_truck->setToolTip(tr("Units per truck: each shipment pays the lane's fixed cost per truck. "
                           "“any size”: one shipment carries any amount."));
    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("planBudget"));
    m_budget->setRange(0, 1e12);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(1000);
    m_budget->setSpecialValueText(tr("none"));
    m_budget->setToolTip(tr("Purchasing budget per bucket (purchase value)."));
    m_run = new QPushButton(tr("Run plan"), this);
    m_run->setObjectName(QStringLiteral("runPlan"));
    m_run->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelPlan"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Stop the solver; the best plan found so far is stored."));
    Shortcuts::setRunKey(m_run);
    Shortcuts::setCancelKey(m_cancelButton);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(fieldLabel(tr("&Kind"), m_kind, this), 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(fieldLabel(tr("&Method"), m_method, this), 0, 2);
    grid->addWidget(m_method, 0, 3);
    grid->addWidget(fieldLabel(tr("&Horizon"), m_horizon, this), 1, 0);
    auto *horizon = new QHBoxLayout;
    horizon->setSpacing(4);
    horizon->addWidget(m_horizon);
    horizon->addWidget(m_bucket, 1);
    grid->addLayout(horizon, 1, 1);
    grid->addWidget(fieldLabel(tr("&Time limit"), m_timeLimitBox, this), 1, 2);
    grid->addWidget(m_timeLimitBox, 1, 3);
    grid->addWidget(fieldLabel(tr("&Gap"), m_gap, this), 2, 0);
    grid->addWidget(m_gap, 2, 1);
    grid->addWidget(fieldLabel(tr("T&hreads"), m_threads, this), 2, 2);
    grid->addWidget(m_threads, 2, 3);
    grid->addWidget(fieldLabel(tr("T&ruck"), m_truck, this), 3, 0);
    grid->addWidget(m_truck, 3, 1);
    grid->addWidget(fieldLabel(tr("&Budget"), m_budget, this), 3, 2);
    grid->addWidget(m_budget, 3, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run, 1);
    buttons->addWidget(m_cancelButton);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_status = new QLabel(tr("Set the parameters and run a plan."), this);
    m_status->setObjectName(QStringLiteral("planRunStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2 + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Incumbent and bound over time: how the solve converged (or why it stopped where it did).
    m_chart = new QChart;
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_chart->legend()->setFont(small);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setTitleFont(small);
    m_incumbent = new QLineSeries(m_chart);
    m_incumbent->setName(tr("Incumbent (best plan's cost)"));
    m_incumbent->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 2));
    m_bound = new QLineSeries(m_chart);
    m_bound->setName(tr("Best bound"));
    m_bound->setPen(QPen(QColor(0xd9, 0x82, 0x1e), 2, Qt::DashLine));
    m_chart->addSeries(m_incumbent);
    m_chart->addSeries(m_bound);
    m_axisX = new QValueAxis(m_chart);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setTitleText(tr("seconds"));
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_incumbent, m_bound}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        // A model solved in blocks reports a few times only: every report is a marker.
        s->setPointsVisible(true);
        s->setMarkerSize(5);
    }
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("planProgressChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(150);
    resetChart();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_chartView, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &PlanRunPanel::poll);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanRunPanel::updateMethods);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PlanRunPanel::updateEnabled);
    connect(m_run, &QPushButton::clicked, this, &PlanRunPanel::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlanRunPanel::cancel);
    updateMethods();
}

PlanRunPanel::~PlanRunPanel()
{
    // The worker holds its own copies of everything it needs; it stops at CBC's next event.
    *m_cancel = true;
}

void PlanRunPanel::updateMethods()
{
    const auto kind = Plan::PlanKind(m_kind->currentData().toInt());
    const QString current = m_method->currentData().toString();
    const QSignalBlocker block(m_method);
    m_method->clear();
    m_method->addItem(F::methodLabel(QStringLiteral("milp")), QStringLiteral("milp"));
    if (kind != Plan::PlanKind::Replenishment)
        m_method->addItem(kind == Plan::PlanKind::Joint ? tr("Greedy + reorder-point rules")
                                                        : F::methodLabel(QStringLiteral("greedy")),
                          QStringLiteral("greedy"));
    if (kind != Plan::PlanKind::Transfers)
        m_method->addItem(F::methodLabel(QStringLiteral("rop")), QStringLiteral("rop"));
    m_method->addItem(F::methodLabel(QStringLiteral("none")), QStringLiteral("none"));
    m_method->setCurrentIndex(std::max(0, m_method->findData(current)));
    updateEnabled();
}

void PlanRunPanel::updateEnabled()
{
    const bool milp = m_method->currentData().toString() == QLatin1String("milp");
    const auto kind = Plan::PlanKind(m_kind->currentData().toInt());
    for (QWidget *w : {static_cast<QWidget *>(m_timeLimitBox), static_cast<QWidget *>(m_gap),
                       static_cast<QWidget *>(m_threads)})
        w->setEnabled(!m_running && milp);
    m_budget->setEnabled(!m_running && kind != Plan::PlanKind::Transfers);
    m_truck->setEnabled(!m_running && kind != Plan::PlanKind::Replenishment);
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_method),
                       static_cast<QWidget *>(m_horizon), static_cast<QWidget *>(m_bucket)})
        w->setEnabled(!m_running);
    m_run->setEnabled(!m_running && m_store);
    m_cancelButton->setEnabled(m_running);
}

PlanRunParameters PlanRunPanel::parameters() const
{
    PlanRunParameters p;
    p.kind = Plan::PlanKind(m_kind->currentData().toInt());
    p.method = m_method->currentData().toString();
    p.horizon = m_horizon->value();
    p.bucketDays = m_bucket->currentData().toInt();
    p.timeLimitSeconds = m_timeLimitBox->value();
    p.relativeGap = m_gap->value() / 100.0;
    p.threads = m_threads->value();
    p.truckUnits = m_truck->value();
    p.budgetPerBucket = p.kind == Plan::PlanKind::Transfers ? 0.0 : m_budget->value();
    return p;
}

void PlanRunPanel::setParameters(const PlanRunParameters &p)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.kind))));
    updateMethods();
    m_method->setCurrentIndex(std::max(0, m_method->findData(p.method)));
    m_horizon->setValue(p.horizon);
    m_bucket->setCurrentIndex(std::max(0, m_bucket->findData(p.bucketDays)));
    m_timeLimitBox->setValue(p.timeLimitSeconds);
    m_gap->setValue(100.0 * p.relativeGap);
    m_threads->setValue(p.threads);
    m_truck->setValue(p.truckUnits);
    m_budget->setValue(p.budgetPerBucket);
    updateEnabled();
}

void PlanRunPanel::setCurrency(const QString &currency)
{
    m_currency = currency;
    // "€ 5,000" / "5.000 €" in the field; the special text "none" stays as it is.
    const Money::Affixes a = Money::affixes(currency);
    m_budget->setPrefix(a.prefix);
    m_budget->setSuffix(a.suffix);
    m_axisY->setLabelFormat(Money::axisLabelFormat(currency));
}

Solvers::SolverProgress PlanRunPanel::lastProgress() const
{
    return m_history.isEmpty() ? Solvers::SolverProgress() : m_history.constLast();
}

QString PlanRunPanel::statusText() const
{
    return m_status->text();
}

void PlanRunPanel::resetChart()
{
    m_incumbent->clear();
    m_bound->clear();
    m_axisX->setRange(0, 10);
    m_axisY->setRange(0, 100); // whole labels while empty (0 … 1 would repeat "1 €")
    m_chart->setTitle(tr("CBC's incumbent and best bound appear here while it solves."));
}

void PlanRunPanel::addChartPoint(double seconds, double incumbent, double bound)
{
    if (std::isfinite(incumbent))
        m_incumbent->append(seconds, incumbent);
    if (std::isfinite(bound))
        m_bound->append(seconds, bound);
    // Axes: the time so far (at least the first ten seconds) and the values seen.
    double low = std::numeric_limits<double>::infinity(), high = -low, last = 0;
    for (const QLineSeries *s : {m_incumbent, m_bound})
        for (const QPointF &pt : s->points()) {
            low = std::min(low, pt.y());
            high = std::max(high, pt.y());
            last = std::max(last, pt.x());
        }
    if (!std::isfinite(low) || !std::isfinite(high))
        return;
    m_chart->setTitle(QString());
    const double pad = std::max(1.0, 0.05 * (high - low));
    m_axisY->setRange(std::max(0.0, low - pad), high + pad);
    m_axisY->applyNiceNumbers();
    m_axisX->setRange(0, std::max(10.0, std::ceil(last)));
    m_axisX->applyNiceNumbers();
}

void PlanRunPanel::start()
{
    if (m_running || !m_store)
        return;
    const PlanRunParameters p = parameters();
    Planning::InputSettings input;
    input.horizon = p.horizon;
    input.bucketDays = p.bucketDays;
    input.budgetPerBucket = p.budgetPerBucket;
    Planning::PlannerSettings planner;
    planner.kind = p.kind;
    planner.method = p.method;
    planner.timeLimitSeconds = p.timeLimitSeconds;
    planner.relativeGap = p.relativeGap;
    planner.threads = p.threads;
    planner.truckUnits = p.truckUnits;

    // Each run gets its own flag and progress list: a late report or cancel of one run cannot
    // reach the next.
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_live = std::make_shared<Live>();
    m_history.clear();
    m_solving.invalidate();
    m_timeLimit = p.timeLimitSeconds;
    m_running = true;
    updateEnabled();
    resetChart();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the network, forecast and policies…"));
    m_timer->start();
    emit runStarted();

    const QString path = m_store->path();
    auto cancel = m_cancel;
    auto live = m_live;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const std::shared_ptr<Outcome> outcome = watcher->result();
        watcher->deleteLater();
        finished(outcome);
    });
    // The worker reads, solves and stores on its own connection and hands back plain data.
    watcher->setFuture(QtConcurrent::run([path, input, planner, cancel, live]() {
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
        live->stage = Live::ReadingInput;
        auto frozen = Planning::buildPlanInput(**connection, input, cancel.get());
        out->inputSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (cancel->load()) {
            out->cancelled = true;
            return out;
        }
        if (!frozen) {
            out->error = frozen.errorMessage();
            out->errorCode = frozen.error().code;
            return out;
        }
        live->stage = Live::Solving;
        Planning::PlannerSettings settings = planner;
        settings.cancel = cancel.get();
        settings.progress = [live](const Solvers::SolverProgress &report) {
            const std::lock_guard<std::mutex> lock(live->mutex);
            if (live->history.size() < std::size_t(kMaxHistory))
                live->history.push_back(report);
            else
                live->history.back() = report;
        };
        auto plan = Planning::makePlan(*frozen, settings);
        out->cancelled = cancel->load();
        if (!plan) {
            out->error = plan.errorMessage();
            out->errorCode = plan.error().code;
            return out;
        }
        live->stage = Live::Storing;
        auto id = Plan::savePlan(**connection, *plan);
        if (!id) {
            out->error = id.errorMessage();
            return out;
        }
        out->planId = *id;
        out->header = plan->header;
        out->header.id = *id;
        out->lines = int(plan->lines.size());
        out->seconds = double(timer.nsecsElapsed()) / 1e9;
        return out;
    }));
}

void PlanRunPanel::cancel()
{
    if (!m_running)
        return;
    *m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling… the best plan found so far will be stored."));
}

void PlanRunPanel::poll()
{
    if (!m_live)
        return;
    const int stage = m_live->stage.load();
    std::vector<Solvers::SolverProgress> fresh;
    {
        const std::lock_guard<std::mutex> lock(m_live->mutex);
        const auto seen = std::size_t(m_history.size());
        if (m_live->history.size() > seen)
            fresh.assign(m_live->history.begin() + qsizetype(seen), m_live->history.end());
    }
    for (const Solvers::SolverProgress &p : fresh) {
        m_history.append(p);
        addChartPoint(p.elapsedSeconds, p.incumbent, p.bestBound);
    }
    if (!m_running)
        return;
    if (stage == Live::Solving) {
        if (!m_solving.isValid())
            m_solving.start();
        // The elapsed time is the panel's own: CBC reports on new incumbents and between nodes,
        // a model solved in independent blocks only as blocks finish.
        const double elapsed = double(m_solving.elapsed()) / 1000.0;
        m_progress->setRange(0, 1000);
        m_progress->setValue(
            int(std::clamp(elapsed / std::max(1.0, m_timeLimit), 0.0, 1.0) * 1000));
        if (m_cancel->load())
            return;
        if (!m_history.isEmpty()) {
            const Solvers::SolverProgress &p = m_history.constLast();
            m_status->setText(
                progressText(p, m_currency)
                + (elapsed > p.elapsedSeconds + 2
                       ? tr(" (reported %1 ago)").arg(F::seconds(elapsed - p.elapsedSeconds))
                       : QString()));
        } else {
            m_status->setText(tr("Solving… %1 of at most %2; CBC has not reported a plan yet "
                                 "(a model in independent blocks reports as blocks finish).")
                                  .arg(F::seconds(elapsed), F::seconds(m_timeLimit)));
        }
    } else if (stage == Live::Storing) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Storing the plan…"));
    }
}

void PlanRunPanel::finished(const std::shared_ptr<Outcome> &o)
{
    poll(); // the reports that came in since the last tick
    m_timer->stop();
    m_running = false;
    updateEnabled();
    m_progress->setRange(0, 1000);
    m_progress->setValue(o->planId >= 0 ? 1000 : 0);
    if (o->planId < 0) {
        if (o->cancelled)
            m_status->setText(tr("Cancelled before any plan was found; nothing was stored."));
        else
            m_status->setText(tr("No plan: %1").arg(o->error));
        emit runFinished(-1, o->cancelled);
        return;
    }
    const Plan::PlanHeader &h = o->header;
    // The solver's final word closes the curves (its last report may be seconds older).
    if (h.method == QLatin1String("milp"))
        addChartPoint(h.seconds, h.objective, h.bound);
    QString text = o->cancelled || h.status == QLatin1String("cancelled")
                       ? tr("Cancelled: the best plan found so far is stored as plan %1").arg(h.id)
                       : tr("Plan %1 stored").arg(h.id);
    text += tr(" — %1, lines: %2; cost %3")
                .arg(F::planStatusLabel(h.status), QLocale().toString(o->lines),
                     F::money(planCost(h.totals), m_currency));
    if (h.method == QLatin1String("milp") && std::isfinite(h.gap))
        text += tr(", gap %1").arg(F::percent(h.gap, 2));
    text += tr("; input %1, total %2.").arg(F::seconds(o->inputSeconds), F::seconds(o->seconds));
    m_status->setText(text);
    if (m_store)
        m_store->notifyChanged({QStringLiteral("plans"), QStringLiteral("plan_lines")});
    emit runFinished(h.id, o->cancelled);
}

} // namespace Stockshift::Ui
