#include "plan/PlanComparisonPanel.h"

#include "health/HealthWidgets.h"
#include "plan/PlanCharts.h"
#include "plan/PlanEvaluator.h"
#include "plan/PlanFormat.h"
#include "plan/PlanInput.h"
#include "plan/PlanStore.h"
#include "plan/Planner.h"
#include "storage/Connection.h"
#include "storage/DataStore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace Stockshift::Ui {

namespace F = PlanFormat;

struct PlanComparisonPanel::Outcome
{
    PlanComparison comparison;
    QString error;
    bool cancelled = false;
};

namespace {

// What the simulation of a plan depends on in its review: the lines not rejected and their
// quantities (approving a line changes nothing that is simulated).
struct ReviewState
{
    int lines = 0;
    double units = 0;
};

ReviewState reviewState(const Plan::PlanData &plan)
{
    ReviewState s;
    for (const Plan::PlanLine &l : plan.lines)
        if (l.status != Plan::LineStatus::Rejected) {
            ++s.lines;
            s.units += l.quantity;
        }
    return s;
}

Planning::Evaluation evaluationFromJson(const QJsonObject &o)
{
    const auto v = [&o](const char *key) {
        return o.value(QLatin1String(key)).toDouble(std::numeric_limits<double>::quiet_NaN());
    };
    Planning::Evaluation e;
    e.runs = o.value(QStringLiteral("runs")).toInt();
    e.demand = v("demand");
    e.served = v("served");
    e.lostUnits = v("lostUnits");
    e.fillRate = v("fillRate");
    e.transport = v("transport");
    e.fixed = v("fixed");
    e.ordering = v("ordering");
    e.holding = v("holding");
    e.lostMargin = v("lostMargin");
    e.purchaseValue = v("purchaseValue");
    e.shippedShort = v("shippedShort");
    e.endingUnits = v("endingUnits");
    e.endingValue = v("endingValue");
    e.totalCost = v("totalCost");
    e.totalCostSd = v("totalCostSd");
    return e;
}

QJsonValue finiteJson(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

// The baselines of a plan kind, without the plan's own method.
QStringList baselines(Plan::PlanKind kind, const QString &method)
{
    QStringList methods{QStringLiteral("none")};
    if (kind != Plan::PlanKind::Replenishment)
        methods.append(QStringLiteral("greedy"));
    if (kind != Plan::PlanKind::Transfers)
        methods.append(QStringLiteral("rop"));
    methods.removeAll(method);
    return methods;
}

} // namespace

std::shared_ptr<PlanComparisonPanel::Outcome> PlanComparisonPanel::run(
    const QString &path, qint64 planId, int runs, quint64 seed, const std::atomic_bool *cancel)
{
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
    auto plan = Plan::loadPlan(**connection, planId, true);
    if (!plan) {
        out->error = plan.errorMessage();
        return out;
    }
    if (plan->inputs.isEmpty()) {
        out->error = QCoreApplication::translate("Stockshift::Ui::PlanComparisonPanel",
                                                 "Plan %1 was stored without its input.")
                         .arg(planId);
        return out;
    }
    auto input = Planning::PlanInput::deserialize(plan->inputs);
    if (!input) {
        out->error = input.errorMessage();
        return out;
    }
    const Plan::PlanHeader &h = plan->header;
    Planning::PlannerSettings settings;
    settings.kind = h.kind;
    const QJsonObject &p = h.parameters;
    settings.truckUnits = p.value(QStringLiteral("truckUnits")).toDouble(settings.truckUnits);
    settings.safetyPenaltyShare
        = p.value(QStringLiteral("safetyPenaltyShare")).toDouble(settings.safetyPenaltyShare);
    settings.minTransferLot
        = p.value(QStringLiteral("minTransferLot")).toDouble(settings.minTransferLot);
    settings.greedyTopN = p.value(QStringLiteral("greedyTopN")).toInt(settings.greedyTopN);

    PlanComparison &c = out->comparison;
    c.planId = planId;
    c.runs = runs;
    c.seed = seed;
    std::vector<std::vector<Plan::PlanLine>> lines;
    ComparisonRow own;
    own.method = h.method;
    own.isPlan = true;
    lines.emplace_back();
    for (const Plan::PlanLine &l : plan->lines)
        if (l.status != Plan::LineStatus::Rejected)
            lines.back().push_back(l);
    c.rows.append(own);
    for (const QString &method : baselines(h.kind, h.method)) {
        if (cancel->load()) {
            out->cancelled = true;
            return out;
        }
        Planning::PlannerSettings s = settings;
        s.method = method;
        auto made = Planning::makePlan(*input, s);
        if (!made) {
            out->error = made.errorMessage();
            return out;
        }
        ComparisonRow row;
        row.method = method;
        c.rows.append(row);
        lines.push_back(std::move(made->lines));
    }
    Planning::EvaluationSettings es;
    es.runs = runs;
    es.seed = seed;
    es.truckUnits = settings.truckUnits;
    es.kind = h.kind;
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        if (cancel->load()) {
            out->cancelled = true;
            return out;
        }
        ComparisonRow &row = c.rows[r];
        const auto &l = lines[std::size_t(r)];
        row.lines = int(l.size());
        row.totals = Planning::replayTotals(*input, settings, l);
        row.evaluation = Planning::evaluatePlan(*input, l, es);
    }
    const double own_ = c.rows.first().evaluation.totalCost;
    for (ComparisonRow &row : c.rows)
        if (!row.isPlan && std::abs(row.evaluation.totalCost) > 1e-9)
            row.saving = (row.evaluation.totalCost - own_) / row.evaluation.totalCost;
    c.seconds = double(timer.nsecsElapsed()) / 1e9;

    // Stored with the plan: its own figures as `plan evaluate` writes them, and the comparison.
    QJsonObject stored = c.rows.first().evaluation.toJson();
    QJsonArray rows;
    for (const ComparisonRow &row : c.rows)
        rows.append(QJsonObject{{QStringLiteral("method"), row.method},
                                {QStringLiteral("plan"), row.isPlan},
                                {QStringLiteral("lines"), row.lines},
                                {QStringLiteral("totals"), row.totals.toJson()},
                                {QStringLiteral("evaluation"), row.evaluation.toJson()},
                                {QStringLiteral("saving"), finiteJson(row.saving)}});
    const ReviewState state = reviewState(*plan);
    stored.insert(QStringLiteral("seed"), QJsonValue(qint64(seed)));
    stored.insert(QStringLiteral("seconds"), c.seconds);
    stored.insert(QStringLiteral("reviewedLines"), state.lines);
    stored.insert(QStringLiteral("reviewedUnits"), state.units);
    stored.insert(QStringLiteral("comparison"), rows);
    if (Status s = Plan::saveEvaluation(**connection, planId, stored); !s)
        out->error = s.errorMessage();
    return out;
}

PlanComparisonPanel::PlanComparisonPanel(Storage::DataStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_compare = new QPushButton(tr("Compare with the baselines"), this);
    m_compare->setObjectName(QStringLiteral("comparePlan"));
    m_compare->setToolTip(tr("Make the rule-based plans on this plan's own input and play all of "
                             "them under the same random demand."));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelComparison"));
    m_cancelButton->setEnabled(false);
    m_runs = new QSpinBox(this);
    m_runs->setObjectName(QStringLiteral("comparisonRuns"));
    m_runs->setRange(1, 1000);
    m_runs->setValue(20);
    m_runs->setSuffix(tr(" runs"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("comparisonSeed"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setPrefix(tr("seed "));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("comparisonStatus"));
    m_status->setWordWrap(true); // a long message must not widen the Plans area
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_compare);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_runs);
    bar->addWidget(m_seed);
    bar->addWidget(m_status, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ComparisonModel(this);
    m_table = makeHealthTable(this, QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_chart = new ComparisonChart(this);
    m_chart->setObjectName(QStringLiteral("comparisonChart"));

    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + 4 * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth() + 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_chart, 1);

    connect(m_compare, &QPushButton::clicked, this, &PlanComparisonPanel::compare);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlanComparisonPanel::cancel);
    setPlan(nullptr);
}

PlanComparisonPanel::~PlanComparisonPanel()
{
    *m_cancel = true;
}

bool PlanComparisonPanel::fromEvaluation(const Plan::PlanHeader &header, PlanComparison *out)
{
    const QJsonArray rows = header.evaluation.value(QStringLiteral("comparison")).toArray();
    if (rows.isEmpty())
        return false;
    PlanComparison c;
    c.planId = header.id;
    c.runs = header.evaluation.value(QStringLiteral("runs")).toInt();
    c.seed = quint64(header.evaluation.value(QStringLiteral("seed")).toInteger(1));
    c.seconds = header.evaluation.value(QStringLiteral("seconds")).toDouble();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ComparisonRow row;
        row.method = o.value(QStringLiteral("method")).toString();
        row.isPlan = o.value(QStringLiteral("plan")).toBool();
        row.lines = o.value(QStringLiteral("lines")).toInt();
        row.totals = Plan::PlanTotals::fromJson(o.value(QStringLiteral("totals")).toObject());
        row.evaluation = evaluationFromJson(o.value(QStringLiteral("evaluation")).toObject());
        row.saving
            = o.value(QStringLiteral("saving")).toDouble(std::numeric_limits<double>::quiet_NaN());
        c.rows.append(row);
    }
    *out = c;
    return true;
}

void PlanComparisonPanel::setPlan(const PlanPtr &plan)
{
    const qint64 before = m_plan ? m_plan->header.id : -1;
    m_plan = plan;
    m_compare->setEnabled(!m_running && m_plan && m_store);
    PlanComparison stored;
    if (m_plan && fromEvaluation(m_plan->header, &stored)) {
        // The same comparison again (a review reloaded the plan): only the summary may change.
        if (!m_hasComparison || before != m_plan->header.id
            || m_model->comparison().rows.size() != stored.rows.size()
            || m_model->comparison().seconds != stored.seconds)
            show(stored);
        updateSummary();
        return;
    }
    if (m_hasComparison || before != (m_plan ? m_plan->header.id : -1)) {
        m_hasComparison = false;
        m_model->setComparison({});
        m_chart->clear();
    }
    updateSummary();
}

void PlanComparisonPanel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    m_model->setCurrency(currency);
    m_chart->setCurrency(currency);
    if (m_hasComparison) {
        m_chart->setComparison(m_model->comparison());
        fitColumns(m_table, 200);
    }
    updateSummary();
}

const PlanComparison *PlanComparisonPanel::comparison() const
{
    return m_hasComparison && m_plan && m_model->comparison().planId == m_plan->header.id
               ? &m_model->comparison()
               : nullptr;
}

QString PlanComparisonPanel::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

void PlanComparisonPanel::show(const PlanComparison &comparison)
{
    m_hasComparison = true;
    m_model->setComparison(comparison);
    m_chart->setComparison(comparison);
    // A part no method has (ordering in a transfer plan) takes no room.
    for (int c = ComparisonModel::Transport; c <= ComparisonModel::LostMargin; ++c) {
        bool any = false;
        for (int r = 0; r < m_model->rowCount(); ++r)
            any = any || std::abs(m_model->index(r, c).data(kPlanSortRole).toDouble()) > 0.5;
        m_table->setColumnHidden(c, !any);
    }
    fitColumns(m_table, 200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Every method in view; the chart takes the rest.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + m_model->rowCount() * m_table->verticalHeader()->defaultSectionSize()
                            + m_table->horizontalScrollBar()->sizeHint().height()
                            + 2 * m_table->frameWidth() + 2);
    emit comparisonShown();
}

void PlanComparisonPanel::updateSummary()
{
    if (!m_plan) {
        m_summary->setText(tr("Select a plan to compare it with the rules planners use today."));
        return;
    }
    const PlanComparison *c = comparison();
    if (!c) {
        QStringList names;
        for (const QString &m : baselines(m_plan->header.kind, m_plan->header.method))
            names.append(F::methodInSentence(m));
        m_summary->setText(
            tr("Plan %1 has not been compared yet. <b>Compare with the baselines</b> makes the "
               "rule-based plans (%2) on the same input and simulates each of them day by day "
               "under the same random demand.")
                .arg(m_plan->header.id)
                .arg(names.join(tr(", "))));
        return;
    }
    const ComparisonRow &own = c->rows.first();
    QStringList parts;
    for (const ComparisonRow &row : c->rows) {
        if (row.isPlan)
            continue;
        const QString method = F::methodInSentence(row.method);
        if (!std::isfinite(row.saving))
            parts.append(tr("as much as %1").arg(method));
        else if (row.saving >= 0)
            parts.append(tr("<b>%1 less</b> than %2 (fill rate %3)")
                             .arg(F::percent(row.saving, 1), method,
                                  F::percent(row.evaluation.fillRate, 1)));
        else
            parts.append(tr("<b>%1 more</b> than %2 (fill rate %3)")
                             .arg(F::percent(-row.saving, 1), method,
                                  F::percent(row.evaluation.fillRate, 1)));
    }
    QString text = tr("In %1 simulated runs (seed %2), plan %3 (fill rate %4, cost %5) costs %6.")
                       .arg(QLocale().toString(c->runs), QString::number(c->seed))
                       .arg(c->planId)
                       .arg(F::percent(own.evaluation.fillRate, 1),
                            F::money(own.evaluation.totalCost, m_currency), parts.join(tr("; ")));
    const int rejected = int(
        std::count_if(m_plan->lines.begin(), m_plan->lines.end(), [](const Plan::PlanLine &l) {
            return l.status == Plan::LineStatus::Rejected;
        }));
    const ReviewState now = reviewState(*m_plan);
    const QJsonObject &e = m_plan->header.evaluation;
    if (e.value(QStringLiteral("reviewedLines")).toInt() != now.lines
        || std::abs(e.value(QStringLiteral("reviewedUnits")).toDouble() - now.units) >= 0.5)
        text += QStringLiteral(" <span style='color:#b00020'>%1</span>")
                    .arg(tr("Lines were rejected or edited since: compare again to see their "
                            "effect."));
    else if (rejected > 0)
        text += QLatin1Char(' ')
                + tr("Rejected lines left out: %1.").arg(QLocale().toString(rejected));
    m_summary->setText(text);
}

void PlanComparisonPanel::compare()
{
    if (m_running || !m_plan || !m_store)
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    m_runningFor = m_plan->header.id;
    m_compare->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("Making the baselines and simulating…"));
    emit comparisonStarted();
    const QString path = m_store->path();
    const qint64 planId = m_plan->header.id;
    const int runs = m_runs->value();
    const auto seed = quint64(m_seed->value());
    auto cancel = m_cancel;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const std::shared_ptr<Outcome> outcome = watcher->result();
        watcher->deleteLater();
        finished(outcome);
    });
    watcher->setFuture(QtConcurrent::run([path, planId, runs, seed, cancel] {
        return run(path, planId, runs, seed, cancel.get());
    }));
}

void PlanComparisonPanel::cancel()
{
    if (!m_running)
        return;
    *m_cancel = true;
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void PlanComparisonPanel::finished(const std::shared_ptr<Outcome> &o)
{
    m_running = false;
    m_cancelButton->setEnabled(false);
    m_compare->setEnabled(m_plan && m_store);
    if (o->cancelled) {
        m_status->setText(tr("Cancelled."));
        emit comparisonFinished(false);
        return;
    }
    if (!o->error.isEmpty() && o->comparison.rows.isEmpty()) {
        m_status->setText(tr("Error: %1").arg(o->error));
        emit comparisonFinished(false);
        return;
    }
    m_status->setText(o->error.isEmpty()
                          ? tr("Compared in %1.").arg(F::seconds(o->comparison.seconds))
                          : tr("Compared in %1, but not stored: %2")
                                .arg(F::seconds(o->comparison.seconds), o->error));
    if (m_plan && m_plan->header.id == o->comparison.planId)
        show(o->comparison);
    // The plan's header now holds the comparison: the list and the summary reload from it.
    if (m_store && o->error.isEmpty())
        m_store->notifyChanged({QStringLiteral("plans")});
    updateSummary();
    emit comparisonFinished(true);
}

} // namespace Stockshift::Ui
